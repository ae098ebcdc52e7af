// Run in the page (page.evaluate): arms a probe for the next click, timed from the click's own dispatch to the start
// of the animation frame that paints the shown count's new text, left in window.__answerMs (null until then).
// The bench's filter-change row (run.mjs) and profile-filter.mjs read the same probe.
export function armAnswerProbe() {
  window.__answerMs = null
  let t0 = 0
  document.addEventListener('click', () => (t0 = performance.now()), { capture: true, once: true })
  const el = document.querySelector('[data-testid="shown-count"]')
  const before = el.textContent
  const mo = new MutationObserver(() => {
    if (el.textContent === before) return
    mo.disconnect()
    requestAnimationFrame(() => (window.__answerMs = performance.now() - t0))
  })
  mo.observe(el, { subtree: true, childList: true, characterData: true })
}
