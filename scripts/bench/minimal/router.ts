// Minimal app: React and React Router's data router (the app's router), one empty route, started
// in steps like the app's (src/main.tsx, src/start.tsx): React, React Router, then the router and
// the render, each in a task of its own, the render in a transition. The app's own steps (its
// contract, storage and history warm-ups, its routes' code) are left out. The steps' boundary is
// the app's own.
import { nextTask } from '../../../src/lib/next-task'

const Empty = () => null

async function start(): Promise<void> {
  const { createElement, startTransition } = await import('react')
  const { createRoot } = await import('react-dom/client')
  await nextTask()
  const { createBrowserRouter, RouterProvider } = await import('react-router')
  await nextTask()
  const router = createBrowserRouter([{ path: '*', Component: Empty, HydrateFallback: Empty }])
  await nextTask()
  const host = document.body.appendChild(document.createElement('div'))
  startTransition(() => {
    createRoot(host).render(createElement(RouterProvider, { router }))
  })
}

void start()
