import type { Config } from '@react-router/dev/config'

// The reference: React and React Router's framework mode, one prerendered page, nothing else.
export default {
  ssr: false,
  prerender: ['/'],
  future: {
    v8_middleware: true,
    v8_passThroughRequests: true,
    v8_splitRouteModules: true,
    v8_trailingSlashAwareDataRequests: true,
    v8_viteEnvironmentApi: true,
  },
} satisfies Config
