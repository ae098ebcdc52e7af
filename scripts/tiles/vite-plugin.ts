/**
 * The build's tiled layers (geo/README.md "Tiled layers"): every `geo/layers/*.geojson` above TILE_THRESHOLD records,
 * and every file of the folders in ATLAS_EXTRA_LAYERS (colon-separated) above it, is written as tiles under `tiles/`
 * with `tiles/manifest.json` listing them (always written, empty when nothing is tiled). A tiled geo/layers file is
 * not shipped as GeoJSON: its `?url` import becomes '' and src/data/layers.ts skips it. `vite` (dev) and
 * `vite preview` serve the same files; preview and any static host answer the archive's range requests.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Plugin } from 'vite'
import type { TiledOutput } from './build'

export function atlasTiles(root: string): Plugin {
  const layersDir = resolve(root, 'geo/layers')
  let outputs: TiledOutput[] | null = null
  const tiledNames = new Set<string>()
  // The tiling code (and the app's schema with it) is loaded only when a build or the dev server starts, not when
  // vitest reads this config.
  const files = async (): Promise<Map<string, Uint8Array>> => {
    const { featureCount, knownRegionCodes, manifestOf, tileLayerFile } = await import('./build')
    const { TILE_THRESHOLD } = await import('../../src/domain/tiled')
    if (!outputs) {
      const codes = knownRegionCodes(root)
      const dirs = [layersDir, ...(process.env.ATLAS_EXTRA_LAYERS ?? '').split(':').filter(Boolean).map((d) => resolve(d))]
      outputs = []
      for (const dir of dirs) {
        if (!existsSync(dir)) continue
        for (const name of readdirSync(dir).filter((f) => f.endsWith('.geojson')).sort()) {
          const text = readFileSync(join(dir, name), 'utf8')
          if (featureCount(text) <= TILE_THRESHOLD) continue
          outputs.push(tileLayerFile(name, text, codes))
          if (dir === layersDir) tiledNames.add(name)
        }
      }
    }
    const manifest = manifestOf(outputs)
    return new Map([[manifest.path, manifest.bytes], ...outputs.flatMap((o) => [...o.files])])
  }
  return {
    name: 'atlas-tiles',
    async buildStart() {
      await files()
    },
    async load(id) {
      const [path, query] = id.split('?')
      if (query !== 'url' || !path?.startsWith(layersDir)) return null
      await files()
      return tiledNames.has(path.slice(layersDir.length + 1)) ? 'export default ""' : null
    },
    async generateBundle() {
      for (const [fileName, source] of await files()) this.emitFile({ type: 'asset', fileName, source })
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '')
        const body = path.startsWith('tiles/') ? (await files()).get(path) : undefined
        if (!body) return next()
        const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range ?? '')
        if (range) {
          const start = Number(range[1])
          const end = Math.min(body.length - 1, range[2] ? Number(range[2]) : body.length - 1)
          res.writeHead(206, { 'content-range': `bytes ${start}-${end}/${body.length}`, 'accept-ranges': 'bytes', 'content-length': end - start + 1 })
          res.end(body.subarray(start, end + 1))
        } else {
          res.writeHead(200, { 'accept-ranges': 'bytes', 'content-length': body.length })
          res.end(body)
        }
      })
    },
  }
}
