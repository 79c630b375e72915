#!/usr/bin/env bash
# Starts a throwaway PostgreSQL (Debian's package) on 127.0.0.1 and prints its DATABASE_URL;
# exits non-zero, saying why, when it cannot. Stop it with: scripts/postgres.sh stop
set -euo pipefail
dir="${PG_TEST_DIR:-/tmp/bp2s-postgres}"
port="${PG_TEST_PORT:-54329}"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
as=()
if [ "$(id -u)" = 0 ]; then as=(runuser -u postgres --); fi

if [ "${1:-}" = stop ]; then
  [ -d "${dir}" ] && "${as[@]}" "${bin}/pg_ctl" -D "${dir}" -m fast stop >/dev/null 2>&1 || true
  exit 0
fi
if [ -z "${bin}" ] || [ ! -x "${bin}/initdb" ]; then
  echo "no PostgreSQL server here (apt-get install postgresql)" >&2
  exit 1
fi
"${as[@]}" "${bin}/pg_ctl" -D "${dir}" -m fast stop >/dev/null 2>&1 || true
if [ -L "${dir}" ]; then
  echo "refusing: ${dir} is a symbolic link" >&2
  exit 1
fi
rm -rf "${dir}"
mkdir -p "${dir}"
[ ${#as[@]} -gt 0 ] && chown postgres "${dir}"
"${as[@]}" "${bin}/initdb" -D "${dir}" -U postgres -A trust >/dev/null
"${as[@]}" "${bin}/pg_ctl" -D "${dir}" -l "${dir}/log" -w \
  -o "-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=100" start >/dev/null
echo "postgres://postgres@127.0.0.1:${port}/postgres"
