import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import type { Plugin } from 'vite'
import { VitePWA } from 'vite-plugin-pwa'
import { buildInfo } from './scripts/build-info'
import { atlasTiles } from './scripts/tiles/vite-plugin'

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

/**
 * The service worker precaches everything the build emits (app shell, basemap, layers, fonts), so the wall keeps
 * playing when its server dies. No skipWaiting: a new build waits until the kiosk takes it between chapters
 * (src/kiosk/service-worker.ts); analysts get it on their next visit, never by a surprise reload.
 */
const offline = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{html,js,css,json,geojson,csv,woff2,pmtiles,png,svg}'],
    // Tiled layers are read with range requests, which a precached whole response would not answer (and they are big).
    globIgnores: ['tiles/**'],
    maximumFileSizeToCacheInBytes: 16 * 1024 * 1024,
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: false,
  },
})

export default defineConfig({
  plugins: [woff2Only(), vue(), ...(process.env.VITEST ? [] : [atlasTiles(process.cwd()), offline])],
  define: {
    __ATLAS_BUILD__: JSON.stringify(buildInfo()),
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
