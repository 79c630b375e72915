/** About as much text as the login chooser, in the same places. */
export default function Home() {
  return (
    <main
      style={{
        maxWidth: '64rem',
        margin: '0 auto',
        padding: '1.5rem 1rem',
        font: '17px/1.5 system-ui',
      }}
    >
      <h1>Log in to Business Portal</h1>
      <p>
        The old login with only a user ID and password (1-step verification) is being retired. If
        you have not done so yet, use it one last time to set up 2-step verification.
      </p>
      <h2>2-step verification</h2>
      <p>Your password, then a code from your authenticator app or from an email.</p>
      <h2>Not set up yet?</h2>
      <p>Use the old login once to do the initial setting for 2-step verification.</p>
    </main>
  )
}
