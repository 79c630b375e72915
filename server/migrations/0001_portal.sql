-- The portal's state: the rows of mocks/db.ts, one table each. Times are epoch milliseconds.
CREATE TABLE users (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  user_id text PRIMARY KEY,
  name text NOT NULL,
  role text NOT NULL,
  method text NOT NULL,
  method_chosen boolean NOT NULL,
  email text NOT NULL,
  password_hash text NOT NULL,
  password_changed boolean NOT NULL,
  registered boolean NOT NULL,
  totp_secret text,
  last_totp_step bigint,
  failed_count integer NOT NULL,
  locked_until bigint
);

CREATE TABLE sessions (
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users ON DELETE CASCADE,
  stage text NOT NULL,
  created_at bigint NOT NULL,
  last_seen_at bigint NOT NULL,
  pending_secret text,
  wrong_codes integer
);
CREATE INDEX sessions_by_user ON sessions (user_id);

-- Failed logins of user IDs no account has: they lock as real ones do.
CREATE TABLE unknown_ids (
  user_id text PRIMARY KEY,
  failed_count integer NOT NULL,
  locked_until bigint
);

CREATE TABLE codes (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY,
  user_id text NOT NULL REFERENCES users ON DELETE CASCADE,
  attempt_id text NOT NULL,
  code_hash text NOT NULL,
  sent_at bigint NOT NULL,
  expires_at bigint NOT NULL,
  state text NOT NULL
);
CREATE INDEX codes_by_user ON codes (user_id, sent_at);

CREATE TABLE mails (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY,
  "to" text NOT NULL,
  subject text NOT NULL,
  body text NOT NULL,
  sent_at bigint NOT NULL
);

CREATE TABLE audit (
  seq bigint GENERATED ALWAYS AS IDENTITY,
  id text PRIMARY KEY,
  at bigint NOT NULL,
  actor text NOT NULL,
  target text NOT NULL,
  action text NOT NULL,
  detail text NOT NULL
);
