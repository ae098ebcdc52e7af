// The kiosk's hand-over to a new build (src/kiosk/service-worker.ts), against a fake service-worker container: the
// page may reload only once the new build controls it, never on a timer into the old build.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { registerOfflineCopy } from '../../src/kiosk/service-worker'
import { bootMark } from '../../src/boot-marks'

class FakeWorker extends EventTarget {
  messages: unknown[] = []
  postMessage(m: unknown) {
    this.messages.push(m)
  }
}

class FakeRegistration extends EventTarget {
  waiting: FakeWorker | null = null
  installing: FakeWorker | null = null
  update = vi.fn(() => Promise.resolve(this))
}

class FakeContainer extends EventTarget {
  controller: FakeWorker | null
  registration = new FakeRegistration()
  constructor(controller: FakeWorker | null) {
    super()
    this.controller = controller
  }
  register = vi.fn(() => Promise.resolve(this.registration))
  /** The worker takes control of the page (skipWaiting + clients.claim in the real sw.js). */
  takeControl(worker: FakeWorker) {
    this.controller = worker
    this.dispatchEvent(new Event('controllerchange'))
  }
}

let container: FakeContainer
const buildA = new FakeWorker()

function install(controller: FakeWorker | null) {
  container = new FakeContainer(controller)
  Object.defineProperty(navigator, 'serviceWorker', { value: container, configurable: true })
}

beforeEach(() => {
  vi.stubEnv('DEV', false)
  vi.useFakeTimers()
  // The worker is registered once the first complete frame is drawn (see the last describe).
  bootMark('overlay-drawn')
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
})

const settle = () => vi.advanceTimersByTimeAsync(0)

describe('the offline copy takes a new build', () => {
  it('only once the waiting build controls the page', async () => {
    install(buildA)
    const copy = registerOfflineCopy(null)
    await settle()
    expect(copy.updateReady.value).toBe(false)
    // The new build installs, then waits (the real worker sends statechange as it becomes "installed").
    const buildB = new FakeWorker()
    container.registration.installing = buildB
    container.registration.dispatchEvent(new Event('updatefound'))
    container.registration.installing = null
    container.registration.waiting = buildB
    buildB.dispatchEvent(new Event('statechange'))
    expect(copy.updateReady.value).toBe(true)
    let taken: boolean | null = null
    void copy.takeUpdate().then((t) => (taken = t))
    await settle()
    expect(buildB.messages).toEqual([{ type: 'SKIP_WAITING' }])
    await vi.advanceTimersByTimeAsync(30_000)
    expect(taken).toBeNull()
    container.registration.waiting = null
    container.takeControl(buildB)
    await settle()
    expect(taken).toBe(true)
    expect(copy.updateReady.value).toBe(true)
    copy.dispose()
  })

  it('does not reload into the old build when the new one never takes control: it says no, and asks again later', async () => {
    install(buildA)
    const buildB = new FakeWorker()
    container.registration.waiting = buildB
    const copy = registerOfflineCopy(null)
    await settle()
    let taken: boolean | null = null
    void copy.takeUpdate().then((t) => (taken = t))
    await vi.advanceTimersByTimeAsync(120_000)
    expect(taken).toBe(false)
    expect(copy.updateReady.value).toBe(true)
    // A later chapter asks again, and this time the build takes over.
    void copy.takeUpdate().then((t) => (taken = t))
    container.takeControl(buildB)
    await settle()
    expect(taken).toBe(true)
    expect(buildB.messages).toHaveLength(2)
    copy.dispose()
  })

  it('a first worker claiming a page that had none is not an update; no waiting build, nothing to take', async () => {
    install(null)
    const copy = registerOfflineCopy(null)
    await settle()
    container.takeControl(buildA)
    await settle()
    expect(copy.updateReady.value).toBe(false)
    expect(await copy.takeUpdate()).toBe(false)
    copy.dispose()
  })

  it('a page taken over while a visitor had the wall reloads at once when asked next', async () => {
    install(buildA)
    const copy = registerOfflineCopy(null)
    await settle()
    container.takeControl(new FakeWorker())
    await settle()
    expect(copy.updateReady.value).toBe(true)
    expect(await copy.takeUpdate()).toBe(true)
    copy.dispose()
  })

  it('checks for a new build at the interval it is given, and notices a waiting one', async () => {
    install(buildA)
    const copy = registerOfflineCopy(2000)
    await settle()
    expect(copy.updateReady.value).toBe(false)
    container.registration.waiting = new FakeWorker()
    await vi.advanceTimersByTimeAsync(2000)
    expect(container.registration.update).toHaveBeenCalledTimes(1)
    expect(copy.updateReady.value).toBe(true)
    copy.dispose()
  })
})

describe('the offline copy waits for the first complete frame', () => {
  // A fresh module each: the boot marks are the page's, set once.
  const fresh = async () => {
    vi.resetModules()
    const worker = await import('../../src/kiosk/service-worker')
    const marks = await import('../../src/boot-marks')
    return { register: worker.registerOfflineCopy, bootMark: marks.bootMark }
  }

  it('is registered only once the map has drawn its layers', async () => {
    const { register, bootMark: mark } = await fresh()
    install(null)
    const copy = register(null)
    await vi.advanceTimersByTimeAsync(5000)
    expect(container.register).not.toHaveBeenCalled()
    mark('overlay-drawn')
    await settle()
    expect(container.register).toHaveBeenCalledTimes(1)
    copy.dispose()
  })

  it('is registered all the same when the map never draws', async () => {
    const { register } = await fresh()
    install(null)
    const copy = register(null)
    await vi.advanceTimersByTimeAsync(19_000)
    expect(container.register).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1_000)
    expect(container.register).toHaveBeenCalledTimes(1)
    copy.dispose()
  })
})
