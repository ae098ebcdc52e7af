#!/usr/bin/env node
// `npm run soak`: the accelerated kiosk tour for many cycles (default 24); prints the per-cycle table and the growth
// from cycle 2 to the last, and writes both into docs/benchmarks.md under "## Soak run (kiosk tour)" with the commit.
// Options: --cycles <n> (default 24), --step <ms a tour year> (default 150), --no-write (print only).
import { execSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { ROOT } from '../tests/e2e/harness.mjs'
import { growth, runSoak, table } from './soak-run.mjs'

const { values } = parseArgs({ options: {
  cycles: { type: 'string', default: '24' }, step: { type: 'string', default: '150' }, 'no-write': { type: 'boolean', default: false },
} })
const cycles = Number(values.cycles)
const stepMs = Number(values.step)
const GOAL = 0.1
const HEADING = '## Soak run (kiosk tour)'

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
const rows = await runSoak({ cycles, stepMs, onCycle: (r) => console.log(`  cycle ${r.cycle}: ${r.seconds} s, heap ${r.heapMb.toFixed(1)} MB, ${r.nodes} nodes, ${r.listeners} listeners`) })
const g = growth(rows)
const pct = (x) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)}%`
const verdict = Object.entries(g).map(([k, v]) => `${k} ${pct(v)}${v < GOAL ? '' : ' (OVER the 10% goal)'}`).join(', ')
const met = Object.values(g).every((v) => v < GOAL)
const section = `${HEADING}

Written by \`npm run soak\` (scripts/soak.mjs) from one run of commit **${commit}**, ${startedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC:
${cycles} cycles of \`?mode=kiosk&step=${stepMs}\` in headless Chromium (SwiftShader, 1280×720), measured after each full
cycle of the tour. Heap is after two forced GCs (CDP); DOM nodes and listeners from CDP \`Memory.getDOMCounters\`; GL
objects are those alive on each canvas, counted by wrapping WebGL's create/delete calls in the page (maplibre and
deck.gl share the main canvas); deck.gl's columns are luma.gl's own counts. Goal: growth < 10% from cycle 2 to the last.

${table(rows)}

Growth from cycle ${rows.find((r) => r.cycle === 2) ? 2 : 1} to ${rows.at(-1).cycle}: ${verdict}. ${met ? 'Goal met.' : 'Goal NOT met.'}
`
console.log('\n' + section)
if (!values['no-write']) {
  const file = join(ROOT, 'docs/benchmarks.md')
  const doc = readFileSync(file, 'utf8')
  const start = doc.indexOf(HEADING)
  let next = start >= 0 ? doc.indexOf('\n## ', start + HEADING.length) : -1
  if (next < 0) next = doc.length
  const updated = start >= 0 ? doc.slice(0, start) + section + doc.slice(next).replace(/^\n*/, '\n') : doc.trimEnd() + '\n\n' + section
  writeFileSync(file, updated.replace(/\n+$/, '\n'))
  console.log(`written to docs/benchmarks.md (${HEADING})`)
}
process.exit(met ? 0 : 1)
