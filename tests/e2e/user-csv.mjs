/** A CSV of `n` park records in the import's columns, spread over Yunnan's Wenshan and over the years (bench and scale test). */
export function userCsv(n) {
  const lines = ['id,layer,name_zh,name_en,category,status,year_start,year_end,regions,lon,lat,fundsCny,projects,source_ref,summary_zh,summary_en']
  for (let i = 0; i < n; i++) {
    const start = 2006 + (i % 10)
    const end = Math.min(2015, start + (i % 3))
    const lon = (103.6 + ((i * 7919) % 1000) / 1000).toFixed(3)
    const lat = (23.1 + ((i * 104729) % 700) / 1000).toFixed(3)
    lines.push(`b${i},park,园${i},Park ${i},industrial-park,achieved,${start},${end},532600,${lon},${lat},,,bench,,`)
  }
  return lines.join('\n') + '\n'
}
