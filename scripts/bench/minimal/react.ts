// Minimal app: React alone, one element rendered in a transition (as the app renders).
import { createElement, startTransition } from 'react'
import { createRoot } from 'react-dom/client'

const host = document.body.appendChild(document.createElement('div'))
startTransition(() => {
  createRoot(host).render(createElement('span'))
})
