// Minimal app: React and React Router's data router (the app's router), one empty route.
import { createElement, startTransition } from 'react'
import { createRoot } from 'react-dom/client'
import { createBrowserRouter, RouterProvider } from 'react-router'

const Empty = () => null
const router = createBrowserRouter([{ path: '*', Component: Empty, HydrateFallback: Empty }])
const host = document.body.appendChild(document.createElement('div'))
startTransition(() => {
  createRoot(host).render(createElement(RouterProvider, { router }))
})
