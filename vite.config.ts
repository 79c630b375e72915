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
  build: { target: 'es2022', sourcemap: false, manifest: true },
  test: {
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts'],
    restoreMocks: true,
    env: { VITE_API_BASE_URL: 'http://portal.test' },
  },
}))
