// Where a cold start's CPU goes, by Chromium process and thread (the bench's `threads` section, run.mjs): CPU time
// of every thread of the browser's processes, read from /proc (Linux, 10 ms resolution), named by process type and
// thread name. Elsewhere the readings are empty and the section prints nothing.
import { readFileSync, readdirSync } from 'node:fs'
import { processesBelow, statCpuMs } from './process-cpu.mjs'

/** Every process below this node process: its pid and Chromium process type. */
const processes = () => processesBelow().map((p) => ({
  pid: p[0],
  type: (p.find((a) => a.startsWith('--type=')) ?? '--type=browser').slice(7) + (p.some((a) => a.includes('NetworkService')) ? ' (network)' : ''),
}))

/** CPU ms used so far by every thread of those processes, keyed by pid/tid, each with its "process thread" name. */
export function threadSnapshot() {
  const out = new Map()
  for (const { pid, type } of processes()) {
    let tids = []
    try { tids = readdirSync(`/proc/${pid}/task`) } catch { continue }
    for (const tid of tids) {
      try {
        const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim()
        const ms = statCpuMs(`/proc/${pid}/task/${tid}/stat`)
        if (ms !== null) out.set(`${pid}/${tid}`, { key: `${type}: ${name}`, ms })
      } catch { /* the thread ended meanwhile */ }
    }
  }
  return out
}

/** Adds what each thread used between two snapshots into `totals` (by name). */
export function addThreadCpu(totals, before, after) {
  for (const [id, { key, ms }] of after) {
    const used = ms - (before.get(id)?.ms ?? 0)
    if (used > 0) totals.set(key, (totals.get(key) ?? 0) + used)
  }
}

/** The markdown table: per thread name, the mean CPU ms per run on the bare page and in the atlas, largest gap first. */
export function threadTable(bare, atlas, runs) {
  const names = [...new Set([...bare.keys(), ...atlas.keys()])]
  const rows = names.map((name) => [name, (bare.get(name) ?? 0) / runs, (atlas.get(name) ?? 0) / runs])
    .filter(([, a, b]) => a + b >= 20).sort((x, y) => (y[2] - y[1]) - (x[2] - x[1]))
  const sum = (m) => [...m.values()].reduce((x, y) => x + y, 0) / runs
  const ms = (v) => `${v.toFixed(0)} ms`
  const signed = (v) => `${v >= 0 ? '+' : ''}${ms(v)}`
  return [
    `| process: thread (mean of ${runs} cold starts each, until the first complete frame) | bare maplibre | atlas | atlas − bare |`,
    '| --- | --- | --- | --- |',
    ...rows.map(([name, a, b]) => `| ${name} | ${ms(a)} | ${ms(b)} | ${signed(b - a)} |`),
    `| *every thread* | ${ms(sum(bare))} | ${ms(sum(atlas))} | ${signed(sum(atlas) - sum(bare))} |`,
  ].join('\n')
}
