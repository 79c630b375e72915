// The mock portal's service worker: msw's own (mockServiceWorker.js, written by `msw init`; not
// edited), behind one filter. msw runs its handlers in the page, so every request it sees costs
// the page's main thread a round trip. The mock answers the app's fetch() calls (destination '');
// the files the page loads (scripts, workers, styles, images) go to the network directly.
self.addEventListener('fetch', (event) => {
  if (event.request.destination !== '') event.stopImmediatePropagation()
})

importScripts('./mockServiceWorker.js')
