// A short soak (3 accelerated tour cycles) through the same runner as `npm run soak`: the runner measures what it
// says, and DOM nodes, listeners and GL objects do not grow from one full cycle to the next.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import { growth, runSoak, table } from '../../scripts/soak-run.mjs'

test('three accelerated tour cycles: the soak runner measures, and nothing piles up', async () => {
  const rows = await runSoak({ cycles: 3, stepMs: 150 })
  console.log(table(rows))
  assert.deepEqual(rows.map((r) => r.cycle), [1, 2, 3])
  for (const r of rows) {
    assert.ok(r.heapMb > 5 && r.nodes > 100 && r.listeners > 0, `plausible page counters in cycle ${r.cycle}`)
    assert.ok(r.mainGl.buffers > 0 && r.mainGl.textures > 0 && r.mainGl.programs > 0, 'the main canvas holds GL objects')
    assert.ok(r.deckResources > 0, 'deck.gl reports its resources')
  }
  const g = growth(rows)
  for (const key of ['nodes', 'listeners', 'mainGl', 'insetGl', 'deckResources']) assert.ok(g[key] < 0.1, `${key} grew ${(g[key] * 100).toFixed(1)}% from cycle 2 to 3`)
})
