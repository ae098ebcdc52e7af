// The benchmark build (npm run bench): only bench.html, into dist/bench/, after the atlas's own `vite build`.
// The atlas's build (vite.config.ts) is untouched: its dist/index.html never references anything built here.
import { mergeConfig } from 'vite'
import base from './vite.config'

export default mergeConfig(base, {
  base: '/bench/',
  build: {
    outDir: 'dist/bench',
    emptyOutDir: true,
    rolldownOptions: { input: { bench: 'bench.html' } },
  },
})
