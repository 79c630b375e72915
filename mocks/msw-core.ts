// msw's core (handlers, responses, its cookie store), for the mock's handlers: the mock's start
// evaluates it in a step of its own, before msw's browser part (./browser.ts).
export { HttpResponse, http } from 'msw'
