import { fileURLToPath } from 'node:url'
import { reactRouter } from '@react-router/dev/vite'
import { defineConfig } from 'vite'

export default defineConfig({
  plugins: [reactRouter()],
  // msw's cookie store asks tldts only for a cookie's parent domains: mocks/tldts-stub.ts answers
  // without the public-suffix list (decision 0016). Vitest (msw/node) keeps the real package.
  resolve: {
    alias: [
      {
        find: /^tldts$/,
        replacement: fileURLToPath(new URL('./mocks/tldts-stub.ts', import.meta.url)),
      },
    ],
  },
  server: { port: 5173 },
  build: {
    target: 'es2022',
    // The app's own helpers (src/lib, src/i18n) that two or more routes share go in one chunk,
    // with the libraries they import, rather than in a dozen of a few hundred bytes each
    // (decision 0027).
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [{ name: 'common', test: /[\\/]src[\\/](lib|i18n)[\\/]/, minShareCount: 2 }],
        },
      },
    },
  },
})
