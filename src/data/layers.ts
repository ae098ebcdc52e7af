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

export async function loadLayers(knownCodes: ReadonlySet<string>): Promise<LoadedLayers> {
  bootMark('layers-fetch-start')
  const entries = Object.entries(files).sort(([a], [b]) => a.localeCompare(b))
  const fetched = await Promise.all(entries.map(async ([path, url]) => {
    const name = path.split('/').pop() ?? path
    try {
      const response = await fetch(url)
      return response.ok ? { name, text: await response.text() } : { name, failed: `HTTP ${response.status}` }
    } catch (e) {
      return { name, failed: e instanceof Error ? e.message : String(e) }
    }
  }))
  bootMark('layers-fetched')
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
