import { Link } from '../../src/components/Link'
import { PageHeading } from '../../src/components/PageHeading'
import { i18n, useMessages } from '../../src/i18n'

const messages = i18n('notFound', {
  title: 'Page not found',
  text: 'If you typed the web address, check it is correct.',
  home: 'Go to the login screen',
})

export function NotFoundPage() {
  const t = useMessages(messages)
  return (
    <div className="narrow">
      <PageHeading>{t.title}</PageHeading>
      <p>{t.text}</p>
      <p>
        <Link to="/">{t.home}</Link>
      </p>
    </div>
  )
}
