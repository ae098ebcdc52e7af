// The layering the code promises, checked on the source: maplibre and deck.gl only in src/map/, and no production
// code reads a `window.__*` test handle (they are set only in test builds, by src/map/test-handles.ts).
import { describe, expect, it, vi } from 'vitest'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { homePadding } from '../../src/map/padding'

const ROOT = join(__dirname, '../..')
const SRC = join(ROOT, 'src')
/** The benchmark's own pages (bench.html, built only by vite.bench.config.ts): they draw with maplibre and deck.gl
 * directly, as the reference the atlas is measured against, and the atlas never loads them. */
const BENCH = 'src/bench/'
const HANDLES = 'src/map/test-handles.ts'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.(ts|vue|js|mjs)$/.test(name) ? [relative(ROOT, path).replaceAll('\\', '/')] : []
  })
}

const MAP_LIBRARY = /(?:from\s*|import\s*\(?\s*)['"](maplibre-gl|@deck\.gl\/[\w-]+)/g
/** `window.__x`, `window['__x']`, `globalThis.__x`, `(window as …).__x`, `self.__x`: a read or a write of a handle. */
const HANDLE = /\b(?:window|globalThis|self)\b\s*(?:\)|as\b[^\n;]*?\))?\s*(?:\.\s*__\w|\[\s*['"`]__)/g

/** Which files break a rule in the given source texts. */
function mapLibraryImports(files: Record<string, string>) {
  return Object.entries(files).flatMap(([path, text]) =>
    path.startsWith('src/map/') || path.startsWith(BENCH) ? [] : [...text.matchAll(MAP_LIBRARY)].map((m) => `${path}: ${m[1]}`))
}
function handleReads(files: Record<string, string>) {
  return Object.entries(files).flatMap(([path, text]) =>
    path === HANDLES || path.startsWith(BENCH) ? [] : [...text.matchAll(HANDLE)].map((m) => `${path}: ${m[0]}`))
}

const files = Object.fromEntries(sourceFiles(SRC).map((p) => [p, readFileSync(join(ROOT, p), 'utf8')]))

describe('architecture', () => {
  it('the rules catch what they are meant to catch', () => {
    const bad = {
      'src/components/X.vue': "import * as maplibregl from 'maplibre-gl'\nimport { PathLayer } from '@deck.gl/layers'",
      'src/workspace/y.ts': "import type { Map } from 'maplibre-gl'\nconst m = (window as unknown as { __atlasMap?: Map }).__atlasMap",
      'src/z.ts': "const d = await import('@deck.gl/core'); const h = window.__atlasDeck; const k = globalThis['__x']",
      'src/main.ts': "import 'maplibre-gl/dist/maplibre-gl.css'",
      'src/map/ok.ts': "import * as maplibregl from 'maplibre-gl'",
    }
    expect(mapLibraryImports(bad)).toEqual([
      'src/components/X.vue: maplibre-gl', 'src/components/X.vue: @deck.gl/layers', 'src/workspace/y.ts: maplibre-gl',
      'src/z.ts: @deck.gl/core', 'src/main.ts: maplibre-gl',
    ])
    expect(handleReads(bad)).toHaveLength(3)
    expect(handleReads({ 'src/domain/f.ts': 'return start <= window[1] && end >= window[0]' })).toEqual([])
  })

  it('maplibre-gl and @deck.gl are imported only under src/map/', () => {
    expect(Object.keys(files).length).toBeGreaterThan(50)
    expect(mapLibraryImports(files)).toEqual([])
  })

  it('no production code reads a window.__ handle', () => {
    expect(handleReads(files)).toEqual([])
  })

  it('the only place that sets handles does so only when the build flag is on', () => {
    expect(files[HANDLES]).toMatch(/if \(!__ATLAS_TEST_HANDLES__\) return/)
  })

  it('the shipped build has the flag off; only ATLAS_TEST_HANDLES=1 turns it on', async () => {
    const saved = process.env.ATLAS_TEST_HANDLES
    try {
      const define = async () => {
        vi.resetModules()
        return ((await import('../../vite.config')).default as { define: Record<string, unknown> }).define.__ATLAS_TEST_HANDLES__
      }
      delete process.env.ATLAS_TEST_HANDLES
      expect(await define()).toBe('false')
      process.env.ATLAS_TEST_HANDLES = '1'
      expect(await define()).toBe('true')
    } finally {
      if (saved === undefined) delete process.env.ATLAS_TEST_HANDLES
      else process.env.ATLAS_TEST_HANDLES = saved
    }
  })
})

describe('map padding from the chrome sizes the components measure', () => {
  it('leaves room for the side panel and the time bar', () => {
    expect(homePadding(1920, 1080, { sideRight: 400, timeHeight: 150 })).toEqual({ top: 76, bottom: 172, left: 419, right: 38 })
  })
  it('falls back to a share of the screen for chrome that is not there (the kiosk has no side panel)', () => {
    expect(homePadding(1000, 1000, { sideRight: null, timeHeight: null })).toEqual({ top: 70, bottom: 160, left: 210, right: 20 })
  })
})
