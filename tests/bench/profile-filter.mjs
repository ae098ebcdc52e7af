// A CPU profile of one filter change with N imported records (node tests/bench/profile-filter.mjs [N]):
// prints the functions with the most self time between the click and the frame that shows the new count.
import { serveDist, launchBrowser } from '../e2e/harness.mjs'
import { userCsv } from '../e2e/user-csv.mjs'
import { armAnswerProbe } from './answer-probe.mjs'

const N = Number(process.argv[2] ?? 100_000)
const server = await serveDist(process.env.PROFILE_DIST || undefined)
const browser = await launchBrowser()
try {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, reducedMotion: 'reduce' })
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error('page error', e.message))
  await page.goto(server.origin + '/?year=2006', { timeout: 180_000 })
  await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', { timeout: 180_000 })
  await page.getByTestId('workspace-toggle').click()
  await page.getByTestId('tab-import').click()
  await page.getByTestId('import-file').setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from(userCsv(N)) })
  await page.getByTestId('import-ok').waitFor({ timeout: 600_000 })
  await page.getByTestId('workspace-close').click()
  await page.waitForSelector('[data-testid="map"][data-map-state="idle"]', { timeout: 180_000 })
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
  const answers = []
  const totals = new Map()
  for (let i = 0; i < 6; i++) {
    await new Promise((ok) => setTimeout(ok, 1500))
    await page.evaluate(armAnswerProbe)
    await cdp.send('Profiler.start')
    await page.getByTestId('status-planned').click()
    await page.waitForFunction(() => window.__answerMs !== null, null, { timeout: 60_000, polling: 20 })
    await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))))
    const { profile } = await cdp.send('Profiler.stop')
    answers.push(await page.evaluate(() => window.__answerMs))
    if (i < 2) continue // warm-up
    const dt = new Map(profile.nodes.map((n) => [n.id, 0]))
    profile.samples.forEach((id, k) => dt.set(id, dt.get(id) + (profile.timeDeltas[k + 1] ?? 0)))
    for (const n of profile.nodes) {
      const f = n.callFrame
      const key = `${f.functionName || '(anon)'} ${f.url.split('/').pop()}:${f.lineNumber}`
      totals.set(key, (totals.get(key) ?? 0) + dt.get(n.id) / 1000)
    }
  }
  console.log('answer ms per toggle:', answers.map((x) => x.toFixed(0)).join(' '))
  const top = [...totals].filter(([k]) => !k.startsWith('(idle)') && !k.startsWith('(program)')).sort((a, b) => b[1] - a[1]).slice(0, 30)
  for (const [k, v] of top) console.log((v / 4).toFixed(1).padStart(7), 'ms/toggle', k)
} finally {
  await browser.close()
  server.close()
}
