import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'

/** Ship only the woff2 files of the self-hosted font: every browser the atlas targets reads woff2. */
function woff2Only(): Plugin {
  return {
    name: 'atlas-woff2-only',
    enforce: 'pre',
    transform(code, id) {
      if (!/@fontsource[\\/].*\.css$/.test(id)) return null
      return code.replace(/,\s*url\([^)]*\.woff\) format\('woff'\)/g, '')
    },
  }
}

export default defineConfig({
  plugins: [woff2Only(), vue()],
  define: {
    __VUE_I18N_FULL_INSTALL__: false,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    // Test handles on `window` (src/map/test-handles.ts): on only for the e2e and bench builds, off in `npm run build`.
    __ATLAS_TEST_HANDLES__: JSON.stringify(process.env.ATLAS_TEST_HANDLES === '1'),
  },
  // geo/ is the data folder; the app fetches its built files from the same origin (see src/data).
  publicDir: 'public',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // No group for deck.gl: it is imported dynamically after the first frame and stays out of the first load.
          groups: [
            { name: 'maplibre', test: /node_modules[\\/]maplibre-gl/ },
            { name: 'vue', test: /node_modules[\\/](@vue|vue|pinia|vue-i18n|@intlify)[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  test: {
    environment: 'happy-dom',
    include: ['tests/unit/**/*.test.ts'],
  },
})
