import { Link } from 'react-router'
import { PageHeading } from '../components/PageHeading'

export default function NotFoundPage() {
  return (
    <div className="narrow">
      <PageHeading>Page not found</PageHeading>
      <p>If you typed the web address, check it is correct.</p>
      <p>
        <Link to="/">Go to the login screen</Link>
      </p>
    </div>
  )
}
