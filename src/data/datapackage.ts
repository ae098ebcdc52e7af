// The open data package as one zip, built in the browser from the same-origin files the build emits:
// geo/datapackage.json, geo/records.csv and geo/layers/*.geojson, at the paths the descriptor names.
import { storedZip, type ZipEntry } from '../domain/zip'
import descriptorUrl from '../../geo/datapackage.json?url'
import recordsUrl from '../../geo/records.csv?url'

const layerUrls = import.meta.glob('../../geo/layers/*.geojson', { query: '?url', import: 'default', eager: true }) as Record<string, string>

/** Archive path -> URL of the built file. */
export function packageFiles(): [string, string][] {
  const layers = Object.entries(layerUrls)
    .map(([path, url]): [string, string] => [`layers/${path.split('/').pop()}`, url])
    .sort(([a], [b]) => a.localeCompare(b))
  return [['datapackage.json', descriptorUrl], ['records.csv', recordsUrl], ...layers]
}

/** Fetch every file of the package and zip it; any failed fetch fails the whole zip (never a partial package). */
export async function dataPackageZip(): Promise<Blob> {
  const entries = await Promise.all(packageFiles().map(async ([name, url]): Promise<ZipEntry> => {
    const response = await fetch(url)
    if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`)
    return { name, data: new Uint8Array(await response.arrayBuffer()) }
  }))
  const bytes = storedZip(entries)
  return new Blob([bytes.buffer as ArrayBuffer], { type: 'application/zip' })
}

export interface PackageDescriptor {
  title: string
  version: string
  homepage?: string
  citation: { zh: string; en: string }
  licenses: { name: string; title: string; path: string }[]
}

/** The package's descriptor (title, version, licence, how to cite), fetched from the same origin. */
export async function loadDescriptor(): Promise<PackageDescriptor> {
  const response = await fetch(descriptorUrl)
  if (!response.ok) throw new Error(`datapackage.json: HTTP ${response.status}`)
  return (await response.json()) as PackageDescriptor
}
