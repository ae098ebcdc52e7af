import { describe, expect, it } from 'vitest'
import { ChunkSender } from '../../../src/workspace/chunk-sender'
import type { WorkerReply } from '../../../src/workspace/import-protocol'
import type { AtlasRecord } from '../../../src/domain/schema'

const fake = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ id: `${tag}${i}` }) as AtlasRecord)
const settle = () => new Promise((ok) => setTimeout(ok, 0))

describe('the import worker sends one chunk per `next` (restore of several stored files)', () => {
  it('the second file waits for the `next` that answers the first file\'s last chunk', async () => {
    const sent: { file: number; first: string; n: number }[] = []
    const sender = new ChunkSender((reply: WorkerReply) => {
      if (reply.kind === 'records') sent.push({ file: reply.file, first: reply.records[0]!.id, n: reply.records.length })
    }, 2)
    // Two stored files of 3 and 4 records, chunks of 2: a, a | b, b — as the worker's restore sends them.
    const job = (async () => {
      await sender.send(0, fake(3, 'a'))
      await sender.send(1, fake(4, 'b'))
    })()
    await settle()
    // Only the job's first chunk goes before the page asks.
    expect(sent).toEqual([{ file: 0, first: 'a0', n: 2 }])
    const expected = [{ file: 0, first: 'a2', n: 1 }, { file: 1, first: 'b0', n: 2 }, { file: 1, first: 'b2', n: 2 }]
    for (const [k, chunk] of expected.entries()) {
      sender.next()
      await settle()
      // Each `next` releases exactly one chunk, in order.
      expect(sent).toHaveLength(k + 2)
      expect(sent[k + 1]).toEqual(chunk)
    }
    await job
  })
})
