const apps = [
  {
    name: 'Google Authenticator',
    appStore: 'https://apps.apple.com/app/google-authenticator/id388497605',
    googlePlay:
      'https://play.google.com/store/apps/details?id=com.google.android.apps.authenticator2',
  },
  {
    name: 'Microsoft Authenticator',
    appStore: 'https://apps.apple.com/app/microsoft-authenticator/id983156458',
    googlePlay: 'https://play.google.com/store/apps/details?id=com.azure.authenticator',
  },
]

/** STEP5-1: get an authenticator app onto the phone or tablet. */
export function InstallHelp() {
  return (
    <section aria-labelledby="install-title">
      <h2 id="install-title">1. Install an authenticator app</h2>
      <p>
        On your smartphone or tablet, install a 2-step verification app such as Google Authenticator
        or Microsoft Authenticator. If you already have one, go on to 2.
      </p>
      <ul>
        {apps.map((app) => (
          <li key={app.name}>
            {app.name}:{' '}
            <a href={app.appStore} target="_blank" rel="noreferrer">
              App Store (iPhone, iPad)
              <span className="visually-hidden"> for {app.name}, opens in a new tab</span>
            </a>
            {' · '}
            <a href={app.googlePlay} target="_blank" rel="noreferrer">
              Google Play (Android)
              <span className="visually-hidden"> for {app.name}, opens in a new tab</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
