import { defineConfig } from 'vitest/config'

// Tests render route modules through React Router's route stubs, without the framework's plugin.
export default defineConfig({
  test: {
    environment: 'jsdom',
    setupFiles: ['./vitest.setup.ts'],
    include: [
      'src/**/*.test.{ts,tsx}',
      'app/**/*.test.{ts,tsx}',
      'mocks/**/*.test.ts',
      'scripts/**/*.test.ts',
      'server/**/*.test.ts',
    ],
    restoreMocks: true,
    env: { VITE_API_BASE_URL: 'http://portal.test' },
  },
})
