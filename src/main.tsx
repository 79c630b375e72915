import './styles.css'
import { nextTask } from './lib/next-task'

// The app's code evaluates in three steps, each in a task of its own instead of one long one:
// React with the code every screen shares (the entry's own chunk imports it), then React Router,
// then the app itself (./start). React Router's step reads one export: the bare namespace gave
// a facade chunk that the build ordered wrongly.
void import('react-dom/client')
  .then(nextTask)
  .then(() => import('react-router').then((router) => router.createBrowserRouter))
  .then(nextTask)
  .then(() => import('./start'))
