// The time playback as a WebM video: the first year to the last, each year held on screen, with the caption and a progress bar
// burned in. canvas.captureStream + MediaRecorder; cancel stops and discards.
import { drawFrame, type Caption } from './compose'
import type { MapFrames } from '../map/map-handle'
import { FIRST_YEAR } from '../domain/time'
import { CodedError } from '../domain/coded-error'

export interface RecordOptions {
  frames: MapFrames
  years: readonly number[]
  setYear(year: number): void
  caption(year: number): Caption
  onProgress(done: number, year: number): void
  /** How long each year stays on screen once drawn. */
  holdMs?: number
  maxWidth?: number
  signal: { cancelled: boolean }
}

export function pickMimeType(): string | null {
  if (typeof MediaRecorder === 'undefined') return null
  for (const t of ['video/webm;codecs=vp9', 'video/webm;codecs=vp8', 'video/webm']) if (MediaRecorder.isTypeSupported(t)) return t
  return null
}

const sleep = (ms: number) => new Promise((r) => window.setTimeout(r, ms))

/** Resolves with the video, or null when cancelled. */
export async function recordPlayback(o: RecordOptions): Promise<Blob | null> {
  const mimeType = pickMimeType()
  if (!mimeType) throw new CodedError('errors.noWebm')
  const frame = await o.frames.capture()
  if (!frame) throw new CodedError('errors.mapNotReady')
  const scale = Math.min(1, (o.maxWidth ?? 1280) / frame.width)
  const out = document.createElement('canvas')
  out.width = Math.round((frame.width * scale) / 2) * 2
  out.height = Math.round((frame.height * scale) / 2) * 2
  const ctx = out.getContext('2d')
  if (!ctx) throw new CodedError('errors.no2dCanvas')
  let year = o.years[0] ?? FIRST_YEAR
  let progress = 0
  const paint = () => drawFrame(ctx, frame.width ? frame : null, o.caption(year), progress)
  // Every map frame is copied while it is still in the drawing buffer; the year tween is filmed as it moves.
  const offFrame = o.frames.onFrame((src) => {
    if (frame.width !== src.width || frame.height !== src.height) {
      frame.width = src.width
      frame.height = src.height
    }
    frame.getContext('2d')?.drawImage(src, 0, 0)
    paint()
  })
  const ticker = window.setInterval(paint, 100)
  const stream = out.captureStream(25)
  const recorder = new MediaRecorder(stream, { mimeType, videoBitsPerSecond: 4_000_000 })
  const chunks: Blob[] = []
  recorder.ondataavailable = (e) => { if (e.data.size > 0) chunks.push(e.data) }
  const stopped = new Promise<void>((resolve) => (recorder.onstop = () => resolve()))
  try {
    paint()
    recorder.start(250)
    for (let i = 0; i < o.years.length; i++) {
      if (o.signal.cancelled) break
      year = o.years[i]!
      o.setYear(year)
      o.onProgress(i, year)
      await sleep(50)
      await o.frames.settled()
      await sleep(o.holdMs ?? 900)
      progress = (i + 1) / o.years.length
      paint()
    }
    await sleep(200)
  } finally {
    offFrame()
    window.clearInterval(ticker)
    if (recorder.state !== 'inactive') recorder.stop()
    await stopped
    stream.getTracks().forEach((t) => t.stop())
  }
  if (o.signal.cancelled) return null
  return new Blob(chunks, { type: 'video/webm' })
}
