import { describe, expect, it } from 'vitest'
import { posterFactor } from '../../src/workspace/poster'

describe('poster size', () => {
  it('renders at the wanted factor when the GPU allows it, less when not, never under 1', () => {
    expect(posterFactor(1920, 1080, 3, 16384)).toBe(3)
    expect(posterFactor(3840, 2160, 3, 8192)).toBe(2)
    expect(posterFactor(7680, 2160, 3, 8192)).toBe(1)
  })
})
