// Handles for the browser tests and the benchmark, set on `window` only in a build made with
// ATLAS_TEST_HANDLES=1 (see vite.config.ts). The shipped build compiles this to nothing, and no production code
// reads a `window.__*` handle: components and workspace code reach the map through provide/inject (map-handle.ts).
declare const __ATLAS_TEST_HANDLES__: boolean

export function exposeForTests(handles: Record<string, unknown>): void {
  if (!__ATLAS_TEST_HANDLES__) return
  Object.assign(window, handles)
}
