// Moves the displayed year window smoothly from one value to the next, so the GPU filter's soft edges dissolve
// records in and out instead of popping. One animation frame at a time; dispose() cancels it.
export class YearTween {
  private frame = 0
  private current: [number, number]
  constructor(start: [number, number], private readonly onFrame: (window: [number, number]) => void, private readonly ms = 450) {
    this.current = start
  }

  to(target: [number, number], animate: boolean): void {
    cancelAnimationFrame(this.frame)
    if (!animate) {
      this.current = target
      this.onFrame(target)
      return
    }
    const from = this.current
    const t0 = performance.now()
    const step = (now: number) => {
      const k = Math.min(1, (now - t0) / this.ms)
      const e = k * (2 - k)
      this.current = [from[0] + (target[0] - from[0]) * e, from[1] + (target[1] - from[1]) * e]
      this.onFrame(this.current)
      if (k < 1) this.frame = requestAnimationFrame(step)
    }
    this.frame = requestAnimationFrame(step)
  }

  dispose(): void {
    cancelAnimationFrame(this.frame)
  }
}
