import type { Plugin } from 'vite'

/** V8's file-wide compile hint (Chrome 136+): compile every function as the file streams in. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n'

/**
 * Starts every JavaScript chunk with the compile hint (decision 0013). The hint must come first
 * in the file, so this runs after Vite has prepended its preload map; the source map moves down
 * one line with the code.
 */
export function compileHints(): Plugin {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type !== 'chunk') continue
          chunk.code = COMPILE_HINT + chunk.code
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`
        }
      },
    },
  }
}
