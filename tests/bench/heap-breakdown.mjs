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

/**
 * Self size by kind: (type) name, plain objects by their first four property names. RETAINERS=1: every number,
 * array and object also by the first node holding it and the edge, and where that holder is an array, by the
 * array's own holder too, e.g. "(heap numbers) ← {type,coordinates}.coordinates[element]": whose they are. (This
 * splits a kind into a row per holder.)
 */
function summarise(snap) {
  const { node_fields: nf, edge_fields: ef, node_types: [types], edge_types: [edgeTypes] } = snap.snapshot.meta
  const N_FIELDS = nf.length
  const E_FIELDS = ef.length
  const [T, NAME, SIZE, EDGES] = ['type', 'name', 'self_size', 'edge_count'].map((f) => nf.indexOf(f))
  const [ET, EN, TO] = ['type', 'name_or_index', 'to_node'].map((f) => ef.indexOf(f))
  const { nodes, edges, strings } = snap
  const count = nodes.length / N_FIELDS
  // Where each node's edges start in `edges`.
  const firstEdge = new Uint32Array(count)
  for (let n = 0, e = 0; n < count; n++) {
    firstEdge[n] = e
    e += nodes[n * N_FIELDS + EDGES] * E_FIELDS
  }
  const typeOf = (n) => types[nodes[n * N_FIELDS + T]]
  const kindName = (n) => {
    const type = typeOf(n)
    const name = strings[nodes[n * N_FIELDS + NAME]]
    if (type === 'object' && name === 'Object') {
      const props = []
      for (let k = 0, at = firstEdge[n]; k < nodes[n * N_FIELDS + EDGES] && props.length < 4; k++, at += E_FIELDS) {
        if (edgeTypes[edges[at + ET]] === 'property') props.push(strings[edges[at + EN]])
      }
      return `{${props.join(',')}}`
    }
    if (type === 'string' || type === 'concatenated string' || type === 'sliced string') {
      // DETAIL=1: strings by their shape (digits as #), to tell which kind of text is repeated.
      return process.env.DETAIL ? `(${type}) ${name.slice(0, 24).replace(/[0-9]+/g, '#')}` : '(strings)'
    }
    if (type === 'number') return '(heap numbers)'
    if (type === 'code' || type === 'closure') return `(${type})`
    return type === 'object' ? name : `(${type}) ${name.slice(0, 40)}`
  }
  const holder = process.env.RETAINERS ? firstHolders() : null
  function firstHolders() {
    const of = new Int32Array(count).fill(-1)
    const label = []
    for (let n = 0; n < count; n++) {
      for (let k = 0, at = firstEdge[n]; k < nodes[n * N_FIELDS + EDGES]; k++, at += E_FIELDS) {
        const kind = edgeTypes[edges[at + ET]]
        if (kind === 'weak' || kind === 'shortcut') continue
        const to = edges[at + TO] / N_FIELDS
        if (of[to] >= 0 || !['number', 'array', 'object', 'hidden'].includes(typeOf(to))) continue
        of[to] = n
        label[to] = kind === 'element' || kind === 'hidden' ? `[${kind}]` : `.${strings[edges[at + EN]]}`
      }
    }
    return { of, label }
  }
  const heldBy = (n) => {
    const h = holder.of[n]
    if (h < 0) return ''
    const arrayLike = typeOf(h) === 'array' || (typeOf(h) === 'object' && strings[nodes[h * N_FIELDS + NAME]] === 'Array')
    const hh = arrayLike ? holder.of[h] : -1
    return hh >= 0 ? ` ← ${kindName(hh)}${holder.label[h]}${holder.label[n]}` : ` ← ${kindName(h)}${holder.label[n]}`
  }
  const out = new Map()
  for (let n = 0; n < count; n++) {
    const name = holder ? kindName(n) + heldBy(n) : kindName(n)
    const row = out.get(name) ?? { size: 0, count: 0 }
    row.size += nodes[n * N_FIELDS + SIZE]
    row.count += 1
    out.set(name, row)
  }
  return out
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
