// Handles for the browser tests and the benchmark, set on `window` only in a build made with
// ATLAS_TEST_HANDLES=1 (see vite.config.ts). The shipped build compiles them to nothing (and the bench's set below to
// an empty one), and no production code
// reads a `window.__*` handle: components and workspace code reach the map through provide/inject (map-handle.ts).
declare const __ATLAS_TEST_HANDLES__: boolean

export function exposeForTests(handles: Record<string, unknown>): void {
  if (!__ATLAS_TEST_HANDLES__) return
  Object.assign(window, handles)
}

/**
 * The bench's cold-start floor (test builds only; always empty in the shipped build): the kinds of thematic layer
 * spec (`polygons`, `points`, `arcs`, `paths`, `labels`, `tiles`; layer-specs.ts, tiled-specs.ts) that
 * `?bench-leave-out=a,b` keeps out of the overlay, so the bench can time the atlas's start with deck.gl loaded but
 * fewer or none of its layers drawn (tests/bench/run.mjs, whose rows print how many layers were drawn). Read once
 * when the module loads, before the atlas writes its own address.
 */
export const benchLeftOutKinds: ReadonlySet<string> = new Set(__ATLAS_TEST_HANDLES__
  ? new URLSearchParams(window.location.search).get('bench-leave-out')?.split(',').filter(Boolean) ?? []
  : [])
