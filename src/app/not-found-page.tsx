import { Link } from 'react-router'
import { PageHeading } from '../components/PageHeading'
import { i18n, useStore } from '../i18n'

const messages = i18n('notFound', {
  title: 'Page not found',
  text: 'If you typed the web address, check it is correct.',
  home: 'Go to the login screen',
})

export default function NotFoundPage() {
  const t = useStore(messages)
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
