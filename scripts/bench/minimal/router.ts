// Minimal app: React and React Router's data router (the app's router), one empty route, started
// as the app starts (src/main.tsx): React, React Router, then the router and the render, each
// step in a task of its own, the render in a transition.
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))
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
