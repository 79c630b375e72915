import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'

export default defineConfig(({ mode }) => ({
  plugins: [react()],
  resolve: {
    // The browser never needs the public-suffix list: see src/lib/tldts-stub.ts. Vitest (msw/node)
    // keeps the real package.
    alias:
      mode === 'test'
        ? []
        : [
            {
              find: /^tldts$/,
              replacement: fileURLToPath(new URL('./src/lib/tldts-stub.ts', import.meta.url)),
            },
          ],
  },
  server: { port: 5173 },
  preview: { port: 4173, strictPort: true },
  build: {
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The mock toolbar (in the entry) and the mock's handlers share the portal naming. In a
          // chunk of its own, the handlers do not depend on the entry chunk, so loading them does
          // not ask again for the entry's stylesheet, which every page has inline (a re-parse and
          // a style recalculation of the whole page). scripts/budgets.ts checks it.
          groups: [
            { name: 'portal', test: /mocks[\\/]portal\.ts$/ },
            // zod whole, apart from the schemas: src/lib/contract.ts evaluates it in a task of
            // its own, before the contract's.
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    restoreMocks: true,
    env: { VITE_API_BASE_URL: 'http://portal.test' },
  },
}))
