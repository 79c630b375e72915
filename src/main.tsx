import './styles.css'

// The app's code evaluates in three steps, each in a task of its own instead of one long one:
// React with the code every screen shares, then React Router, then the app itself (./start).
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

void import('react-dom/client')
  .then(nextTask)
  .then(() => import('react-router').then((router) => router.createBrowserRouter))
  .then(nextTask)
  .then(() => import('./start'))
