import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { compileHints } from './scripts/compile-hints'

export default defineConfig(({ mode }) => ({
  plugins: [react(), compileHints()],
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
          // Fewer, larger chunks: every chunk a page loads costs a request and a task of its own.
          // A group holds only the modules it names, not what they import.
          includeDependenciesRecursively: false,
          groups: [
            // What the entry shares with lazy chunks and the mock: one chunk, not eight. The
            // portal naming is here, not in the entry, so the mock's handlers do not depend on
            // the entry chunk and never ask again for its stylesheet, which every page has
            // inline (a re-parse and a style recalculation; scripts/budgets.ts checks it).
            {
              name: 'app',
              test: /[\\/]src[\\/](lib|i18n)[\\/][^/\\]+\.tsx?$|[\\/]mocks[\\/]portal\.ts$|[\\/]node_modules[\\/](react|react-dom|scheduler|nanostores|@nanostores[\\/][^/\\]+|@tanstack[\\/](query-core|react-query))[\\/]|preload-helper|rolldown[\\/]runtime/,
            },
            // React Router: src/main.tsx evaluates it in a task of its own, after React.
            { name: 'router', test: /[\\/]node_modules[\\/]react-router[\\/]/ },
            // zod, apart from the schemas: src/lib/contract.ts evaluates it in a task of its
            // own, before the contract's.
            {
              name: 'zod',
              test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]contract[\\/]zod-config\.ts$/,
            },
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
