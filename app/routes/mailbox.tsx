import { MailboxPage } from '../../src/features/mailbox/components/mailbox-page'

export default MailboxPage
