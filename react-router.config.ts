import type { Config } from '@react-router/dev/config'
import { mockEnabled, prerenderedPaths } from './app/pages'

// No server at run time: every fixed address is written as HTML at build time, in both
// languages; any other address (a scenario, a mistyped one) gets the SPA fallback
// (dist/client/__spa-fallback.html). Decision 0015.
export default {
  ssr: false,
  buildDirectory: process.env.BUILD_DIR ?? 'dist',
  prerender: prerenderedPaths(mockEnabled(process.env)),
  future: {
    v8_middleware: true,
    v8_passThroughRequests: true,
    v8_splitRouteModules: true,
    v8_trailingSlashAwareDataRequests: true,
    v8_viteEnvironmentApi: true,
  },
} satisfies Config
