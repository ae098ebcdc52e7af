// Loading only: fetch the thematic layers of geo/layers and hand them to the one gate, validateLayerSet.
import { formatIssue, type AtlasRecord } from '../domain/schema'
import { validateLayerSet, type LayerFileInput } from '../domain/layer-set'
import { bootMark } from '../boot-marks'

const files = import.meta.glob('../../geo/layers/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<string, string>

export interface LoadedLayers {
  records: AtlasRecord[]
  /** Files left out whole (a problem inside them, across files, or a failed fetch). */
  leftOut: string[]
  /** Readable problems, each naming the file, feature and field. */
  problems: string[]
}

type Fetched = { name: string; text: string; failed?: undefined } | { name: string; failed: string; text?: undefined }

/** Start fetching the layer files: called at mount, so they come in while the basemap does. */
export function fetchLayerFiles(): Promise<Fetched[]> {
  bootMark('layers-fetch-start')
  // A file the build tiled (scripts/tiles/vite-plugin.ts) has no URL: src/data/tiled-layers.ts loads it.
  const entries = Object.entries(files).filter(([, url]) => url).sort(([a], [b]) => a.localeCompare(b))
  return Promise.all(entries.map(async ([path, url]): Promise<Fetched> => {
    const name = path.split('/').pop() ?? path
    try {
      const response = await fetch(url)
      return response.ok ? { name, text: await response.text() } : { name, failed: `HTTP ${response.status}` }
    } catch (e) {
      return { name, failed: e instanceof Error ? e.message : String(e) }
    }
  })).then((all) => {
    bootMark('layers-fetched')
    return all
  })
}

export async function loadLayers(knownCodes: ReadonlySet<string>, fetching: Promise<Fetched[]> = fetchLayerFiles()): Promise<LoadedLayers> {
  const fetched = await fetching
  const inputs: LayerFileInput[] = []
  const leftOut: string[] = []
  const problems: string[] = []
  for (const f of fetched) {
    if ('text' in f && f.text !== undefined) inputs.push({ name: f.name, content: f.text })
    else {
      leftOut.push(f.name)
      problems.push(`${f.name}: ${f.failed}`)
    }
  }
  const set = validateLayerSet(inputs, knownCodes)
  bootMark('layers-validated')
  leftOut.push(...set.leftOut.map((l) => l.name))
  problems.push(...set.problems.map(formatIssue))
  return { records: set.records, leftOut, problems }
}
