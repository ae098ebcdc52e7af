// The map handle the exports inject: frames come from whichever map MapView attached last, read in its render event.
import { describe, expect, it } from 'vitest'
import { createMapHandle } from '../../src/map/map-handle'
import type { MainMap } from '../../src/map/main-map'

function fakeMap(width: number) {
  const listeners = new Set<(c: HTMLCanvasElement) => void>()
  const canvas = Object.assign(document.createElement('canvas'), { width, height: 10 })
  let repaints = 0
  const map = {
    onFrame(listener: (c: HTMLCanvasElement) => void) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    repaint() {
      repaints += 1
      queueMicrotask(() => [...listeners].forEach((l) => l(canvas)))
    },
    settled: () => Promise.resolve(),
  } as unknown as MainMap
  return { map, listeners, repaints: () => repaints }
}

describe('map handle', () => {
  it('gives no frame before a map is attached, or after it is detached', async () => {
    const handle = createMapHandle()
    expect(await handle.capture()).toBeNull()
    const { map } = fakeMap(20)
    handle.attach(map)
    handle.attach(null)
    expect(await handle.capture()).toBeNull()
  })

  it('captures the next frame of the map attached last, asking it to repaint, and stops listening', async () => {
    const handle = createMapHandle()
    const first = fakeMap(20)
    const second = fakeMap(30)
    handle.attach(first.map)
    handle.attach(second.map) // the map rebuilt after a lost GPU context
    const shot = await handle.capture()
    expect(shot?.width).toBe(30)
    expect(second.repaints()).toBe(1)
    expect(first.repaints()).toBe(0)
    expect(second.listeners.size).toBe(0)
  })

  it('passes frame subscriptions to the map and returns their unsubscribe', () => {
    const handle = createMapHandle()
    const { map, listeners } = fakeMap(20)
    handle.attach(map)
    const off = handle.onFrame(() => {})
    expect(listeners.size).toBe(1)
    off()
    expect(listeners.size).toBe(0)
  })
})
