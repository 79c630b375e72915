import { fill, i18n, terms, useMessages } from '../../../i18n'

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

const messages = i18n('installHelp', {
  title: '1. Install an authenticator app',
  app: '{app}: ',
  text: 'On your smartphone or tablet, install a 2-step verification app such as Google Authenticator or Microsoft Authenticator. If you already have one, go on to 2.',
  appStore: 'App Store (iPhone, iPad)',
  googlePlay: 'Google Play (Android)',
  newTab: ' for {app}, opens in a new tab',
  noDevice:
    'No smartphone or tablet, or you cannot bring one where you use Business Portal? Ask your Portal Admin to switch you to MailOTP: your codes then come by email.',
})

/** STEP5-1: get an authenticator app onto the phone or tablet. */
export function InstallHelp() {
  const t = useMessages(messages)
  return (
    <section aria-labelledby="install-title">
      <h2 id="install-title">{t.title}</h2>
      <p>{t.text}</p>
      <ul>
        {apps.map((app) => (
          <li key={app.name}>
            {fill(t.app, { app: app.name })}
            <a href={app.appStore} target="_blank" rel="noreferrer">
              {t.appStore}
              <span className="visually-hidden">{fill(t.newTab, { app: app.name })}</span>
            </a>
            {' · '}
            <a href={app.googlePlay} target="_blank" rel="noreferrer">
              {t.googlePlay}
              <span className="visually-hidden">{fill(t.newTab, { app: app.name })}</span>
            </a>
          </li>
        ))}
      </ul>
      <p>{terms(t.noDevice)}</p>
    </section>
  )
}
