#!/usr/bin/env node
// `npm run soak`: the accelerated kiosk tour for many cycles (default 24); prints the per-cycle table and the growth
// from cycle 2 to the last, and writes both into docs/benchmarks.md between <!-- soak:table --> and <!-- /soak:table -->
// with the commit. Options: --cycles <n> (default 24), --step <ms a tour year> (default 150), --minutes <m> (wait
// for no further cycle after m minutes; the text then says how many cycles ran of those asked), --no-write.
import { execSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT } from '../tests/e2e/harness.mjs'
import { growth, runSoak, table } from './soak-run.mjs'

const { values } = parseArgs({ options: {
  cycles: { type: 'string', default: '24' }, step: { type: 'string', default: '150' }, minutes: { type: 'string' },
  'no-write': { type: 'boolean', default: false },
} })
const cycles = Number(values.cycles)
const stepMs = Number(values.step)
const GOAL = 0.1
const [START, END] = ['<!-- soak:table -->', '<!-- /soak:table -->']

const commit = (() => {
  try {
    const hash = execSync('git rev-parse --short HEAD', { cwd: ROOT, encoding: 'utf8' }).trim()
    const dirty = execSync('git status --porcelain --untracked-files=no', { cwd: ROOT, encoding: 'utf8' }).trim()
    return dirty ? `${hash} + uncommitted changes` : hash
  } catch {
    return 'unknown'
  }
})()

const startedAt = new Date()
console.log(`soak: ${cycles} cycles of ?mode=kiosk&step=${stepMs}, commit ${commit}`)
const stopAt = values.minutes ? startedAt.getTime() + Number(values.minutes) * 60_000 : Infinity
const rows = await runSoak({ cycles, stepMs, stopAt, onCycle: (r) => console.log(`  cycle ${r.cycle}: ${r.seconds} s, heap ${r.heapMb.toFixed(1)} MB, ${r.nodes} nodes, ${r.listeners} listeners, ${r.tiles ?? '?'} tiles`) })
const g = growth(rows)
const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`
const verdict = Object.entries(g).map(([k, v]) => `${k} ${pct(v)}${v < GOAL ? '' : ' (OVER the 10% goal)'}`).join(', ')
const met = Object.values(g).every((v) => v < GOAL)
const ran = rows.length === cycles ? `${cycles} cycles` : `${rows.length} cycles (of ${cycles} asked: the run was stopped at its ${values.minutes}-minute limit)`
const section = `Written by \`npm run soak\` (scripts/soak.mjs) from one run of commit **${commit}**, started ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC:
${ran} of \`?mode=kiosk&step=${stepMs}\`.

${table(rows)}

Growth from cycle ${rows.find((r) => r.cycle === 2) ? 2 : 1} to ${rows.at(-1).cycle}: ${verdict}. ${met ? 'Goal met.' : 'Goal NOT met.'}
`
console.log('\n' + section)
if (!values['no-write']) {
  const file = join(ROOT, 'docs/benchmarks.md')
  const doc = readFileSync(file, 'utf8')
  const a = doc.indexOf(START)
  const b = doc.indexOf(END)
  if (a < 0 || b < a) throw new Error(`docs/benchmarks.md has no ${START} … ${END} section`)
  writeFileSync(file, `${doc.slice(0, a + START.length)}\n${section}${doc.slice(b)}`)
  console.log(`written to docs/benchmarks.md (${START})`)
}
process.exit(met ? 0 : 1)
