// The worker's side of the `records` / `next` handshake (import-protocol.ts): every chunk after the job's first
// waits for the page's `next`, which the page sends once it has taken the chunk before and had a turn to draw.
// One count for the whole job, not per file: the first chunk of a restore's second file waits for the `next` that
// answers the first file's last chunk (else the files' chunks would go two at a time, off by one).
import { CHUNK, type WorkerReply } from './import-protocol'
import type { AtlasRecord } from '../domain/schema'

export class ChunkSender {
  private sent = 0
  private waiting: (() => void) | null = null
  /** `next`s that came before a chunk waited for them. */
  private credits = 0

  constructor(private readonly post: (reply: WorkerReply) => void, private readonly size = CHUNK) {}

  /** The page asked for the next chunk. */
  next(): void {
    const go = this.waiting
    this.waiting = null
    if (go) go()
    else this.credits++
  }

  private turn(): Promise<void> {
    if (this.sent === 0) return Promise.resolve()
    if (this.credits > 0) {
      this.credits--
      return Promise.resolve()
    }
    return new Promise<void>((resolve) => { this.waiting = resolve })
  }

  /** A file's records as `records` replies, each after the page's `next` for the one before (the job's first at once). */
  async send(file: number, records: readonly AtlasRecord[]): Promise<void> {
    for (let i = 0; i < records.length; i += this.size) {
      await this.turn()
      this.sent++
      this.post({ kind: 'records', file, records: records.slice(i, i + this.size) })
    }
  }
}
