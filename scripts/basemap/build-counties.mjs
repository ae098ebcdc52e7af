// counties.topo.json: object `counties` for the paired prefectures.
import { runMapshaper } from './mapshaper-run.mjs'

export const COUNTY_SETTINGS = { percentage: 0.03, quantization: 1e5 }

export async function buildCounties(counties) {
  const s = COUNTY_SETTINGS
  const topo = await runMapshaper(
    `-i counties.json name=counties snap -clean -explode -simplify ${s.percentage * 100}% weighted keep-shapes ` +
      `-dissolve code copy-fields=name,prefecture,province`,
    { 'counties.json': counties },
    `format=topojson quantization=${s.quantization}`,
  )
  for (const g of topo.objects.counties.geometries) {
    const { code, name, prefecture, province } = g.properties
    g.properties = { code, name, prefecture, province }
  }
  return topo
}
