// Loading only: fetch the thematic layers of geo/layers and hand them to the domain's validator.
import { parseLayerText, checkUniqueIds, checkRegions, formatIssue, type AtlasRecord } from '../domain/schema'

const files = import.meta.glob('../../geo/layers/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<string, string>

export interface LoadedLayers {
  records: AtlasRecord[]
  /** Readable problems, each naming the file, feature and field. A file with any problem is left out whole. */
  problems: string[]
}

export async function loadLayers(knownCodes: ReadonlySet<string>): Promise<LoadedLayers> {
  const records: AtlasRecord[] = []
  const problems: string[] = []
  const entries = Object.entries(files).sort(([a], [b]) => a.localeCompare(b))
  const texts = await Promise.all(entries.map(async ([path, url]) => {
    const response = await fetch(url)
    return { name: path.split('/').pop() ?? path, text: response.ok ? await response.text() : null, status: response.status }
  }))
  for (const { name, text, status } of texts) {
    if (text === null) {
      problems.push(`${name}: HTTP ${status}`)
      continue
    }
    const parsed = parseLayerText(name, text)
    if (!parsed.ok) {
      problems.push(...parsed.errors.map(formatIssue))
      continue
    }
    records.push(...parsed.records)
  }
  const crossFile = [...checkUniqueIds(records), ...checkRegions(records, new Set(knownCodes))]
  problems.push(...crossFile.map(formatIssue))
  return { records, problems }
}
