// Where the heap an import of 100,000 records adds goes: heap snapshots of the running atlas (the built dist/, as
// the bench's atlas-year section) before the import and after it (workspace closed, after a full GC), summed by kind
// of node. A plain object is named by its first property names ("{id,layer,name,category}" is a record), so records,
// map data and legend arrays show apart. Prints a markdown table; never fails on a figure.
//   ATLAS_TEST_HANDLES=1 npx vite build && node --max-old-space-size=6000 tests/bench/heap-breakdown.mjs [records]
import { serveDist, launchBrowser } from '../e2e/harness.mjs'
import { userCsv } from '../e2e/user-csv.mjs'

const N = Number(process.argv[2] ?? 100_000)

async function snapshot(cdp) {
  await cdp.send('HeapProfiler.collectGarbage')
  const chunks = []
  const onChunk = (e) => chunks.push(e.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  return summarise(JSON.parse(chunks.join('')))
}

/** Self size by kind: (type) name, plain objects by their first four property names. */
function summarise(snap) {
  const { node_fields: nf, edge_fields: ef, node_types: [types], edge_types: [edgeTypes] } = snap.snapshot.meta
  const N_FIELDS = nf.length
  const E_FIELDS = ef.length
  const [T, NAME, SIZE, EDGES] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f))
  const [ET, EN] = ['type', 'name_or_index'].map((f) => ef.indexOf(f))
  const { nodes, edges, strings } = snap
  const out = new Map()
  const retainers = process.env.RETAINERS ? retainerNames(snap, N_FIELDS, E_FIELDS) : []
  let e = 0
  for (let i = 0; i < nodes.length; i += N_FIELDS) {
    const type = types[nodes[i + T]]
    let name = strings[nodes[i + NAME]]
    const count = nodes[i + EDGES]
    if (type === 'object' && name === 'Object') {
      const props = []
      for (let k = 0; k < count && props.length < 4; k++) {
        const at = e + k * E_FIELDS
        if (edgeTypes[edges[at + ET]] === 'property') props.push(strings[edges[at + EN]])
      }
      name = `{${props.join(',')}}`
    } else if (type === 'string' || type === 'concatenated string' || type === 'sliced string') {
      // DETAIL=1: strings by their shape (digits as #), to tell which kind of text is repeated.
      name = process.env.DETAIL ? `(${type}) ${name.slice(0, 24).replace(/[0-9]+/g, '#')}` : '(strings)'
    }
    else if (type === 'number') name = '(heap numbers)'
    else if (type === 'code' || type === 'closure') name = `(${type})`
    else if (type !== 'object') name = `(${type}) ${name.slice(0, 40)}`
    e += count * E_FIELDS
    if (process.env.RETAINERS && retainers[i / N_FIELDS]) name += ` ← ${retainers[i / N_FIELDS]}`
    const row = out.get(name) ?? { size: 0, count: 0 }
    row.size += nodes[i + SIZE]
    row.count += 1
    out.set(name, row)
  }
  return out
}

/**
 * RETAINERS=1: each small node (numbers, arrays, their elements) named also by one node holding it and the edge, e.g.
 * "(heap numbers) ← {id,years,fill,line}.radius", to tell whose numbers and arrays they are.
 */
function retainerNames(snap, N_FIELDS, E_FIELDS) {
  const { node_fields: nf, edge_fields: ef, node_types: [types], edge_types: [edgeTypes] } = snap.snapshot.meta
  const [T, NAME, EDGES] = ['type', 'name', 'edge_count'].map((f) => nf.indexOf(f))
  const [ET, EN, TO] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f))
  const { nodes, edges, strings } = snap
  const objectName = (i) => {
    const type = types[nodes[i + T]]
    return type === 'object' ? strings[nodes[i + NAME]] : `(${type})`
  }
  const names = []
  let e = 0
  for (let i = 0; i < nodes.length; i += N_FIELDS) {
    const count = nodes[i + EDGES]
    for (let k = 0; k < count; k++) {
      const at = e + k * E_FIELDS
      const kind = edgeTypes[edges[at + ET]]
      if (kind === 'weak' || kind === 'shortcut') continue
      const to = edges[at + TO] / N_FIELDS
      const toType = types[nodes[edges[at + TO] + T]]
      if (names[to] !== undefined || !['number', 'array', 'object', 'hidden'].includes(toType)) continue
      const label = kind === 'element' || kind === 'hidden' ? `[${kind}]` : `.${strings[edges[at + EN]]}`
      names[to] = `${objectName(i)}${label}`
    }
    e += count * E_FIELDS
  }
  return names
}

const server = await serveDist()
const browser = await launchBrowser()
try {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' })
  const page = await context.newPage()
  await page.goto(server.origin + '/?year=2006', { timeout: 180_000 })
  await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-map-state') === 'idle', null, { timeout: 180_000, polling: 200 })
  const cdp = await context.newCDPSession(page)
  const usage = async () => { await cdp.send('HeapProfiler.collectGarbage'); return (await cdp.send('Runtime.getHeapUsage')).usedSize }
  const before = await snapshot(cdp)
  const usedBefore = await usage()
  const csv = userCsv(N)
  await page.getByTestId('workspace-toggle').click()
  await page.getByTestId('tab-import').click()
  await page.getByTestId('import-file').setInputFiles({ name: 'bench-records.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) })
  await page.getByTestId('import-ok').waitFor({ timeout: 600_000 })
  await page.getByTestId('workspace-close').click()
  await new Promise((ok) => setTimeout(ok, 2000))
  const usedAfter = await usage()
  const after = await snapshot(cdp)
  const rows = [...after].map(([name, a]) => {
    const b = before.get(name) ?? { size: 0, count: 0 }
    return { name, size: a.size - b.size, count: a.count - b.count }
  }).filter((r) => Math.abs(r.size) >= 100 * 1024).sort((x, y) => y.size - x.size)
  const mb = (x) => `${(x / 1024 / 1024).toFixed(2)} MB`
  console.log(`Heap added by importing ${N.toLocaleString('en')} records (CSV ${mb(csv.length)}): ${mb(usedAfter - usedBefore)} (${((usedAfter - usedBefore) / csv.length).toFixed(2)}× the CSV), by kind of node (≥ 0.1 MB):\n`)
  console.log('| kind of node | nodes added | self size added | per record |')
  console.log('| --- | --- | --- | --- |')
  for (const r of rows) console.log(`| ${r.name.replaceAll('|', '\\|')} | ${r.count.toLocaleString('en')} | ${mb(r.size)} | ${(r.size / N).toFixed(1)} B |`)
  await context.close()
} finally {
  await browser.close()
  await server.close?.()
}
