import { PageHeading } from '../../../components/PageHeading'

export default function UsersPage() {
  return <PageHeading>User management</PageHeading>
}
