import { defineConfig } from 'vitest/config'

/**
 * The API tests as a conformance suite for any portal over HTTP (PORTAL_BASE_URL): every test
 * but the two that read the mock's own insides (its scenarios, its message loader).
 */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['mocks/test/**/*.test.ts'],
    exclude: ['mocks/test/scenarios.test.ts', 'mocks/test/i18n.test.ts'],
    // One portal, one state: the tests take turns.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
