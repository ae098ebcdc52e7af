// Export an A1 poster (7016×9933 at 300 dpi, portrait or landscape) through the export tab, as a person would, and
// report its pixel size, tiles, print scale, time and file size. Too slow for `npm test` under SwiftShader; run by
// hand on a build with test handles:
//   ATLAS_TEST_HANDLES=1 npx vite build && node scripts/poster-a1.mjs [landscape|portrait] [width] [height]
// It writes tests/e2e/artifacts/poster-A1-<orientation>.png and a 1600 px wide copy for looking at.
import { mkdir, writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { serveDist, launchBrowser, waitForMapIdle, ARTIFACTS } from '../tests/e2e/harness.mjs'

const orientation = process.argv[2] === 'portrait' ? 'portrait' : 'landscape'
const [width, height] = [Number(process.argv[3] || 1280), Number(process.argv[4] || 720)]
const server = await serveDist()
const browser = await launchBrowser()
try {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true })
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error('page error:', e.message))
  await page.goto(server.origin + '/?year=2010')
  await waitForMapIdle(page, 300_000)
  await page.getByTestId('workspace-toggle').click()
  await page.getByTestId('tab-export').click()
  await page.getByTestId('poster-paper-A1').check()
  await page.getByTestId(`poster-${orientation}`).check()
  const started = Date.now()
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 3_600_000 }), page.getByTestId('export-poster').click()])
  const seconds = (Date.now() - started) / 1000
  const bytes = readFileSync(await download.path())
  const report = await page.evaluate(() => window.__posterReport)
  const memory = await page.evaluate(() => performance.memory?.usedJSHeapSize ?? null)
  await mkdir(ARTIFACTS, { recursive: true })
  const name = `poster-A1-${orientation}`
  await writeFile(join(ARTIFACTS, `${name}.png`), bytes)
  const small = await page.evaluate(async (b64) => {
    const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob())
    const s = new OffscreenCanvas(1600, Math.round((bitmap.height * 1600) / bitmap.width))
    s.getContext('2d').drawImage(bitmap, 0, 0, s.width, s.height)
    const out = new Uint8Array(await (await s.convertToBlob({ type: 'image/png' })).arrayBuffer())
    let bin = ''
    for (let i = 0; i < out.length; i += 0x8000) bin += String.fromCharCode(...out.subarray(i, i + 0x8000))
    return btoa(bin)
  }, bytes.toString('base64'))
  await writeFile(join(ARTIFACTS, `${name}-small.png`), Buffer.from(small, 'base64'))
  console.log(JSON.stringify({
    screen: [width, height], png: [bytes.readUInt32BE(16), bytes.readUInt32BE(20)], megabytes: +(bytes.length / 2 ** 20).toFixed(1),
    seconds, scale: +report.plan.scale.toFixed(3), tiles: [report.plan.cols, report.plan.rows], tilePx: report.plan.tilePx, jsHeapMB: memory && Math.round(memory / 2 ** 20),
  }))
  await context.close()
} finally {
  await browser.close()
  await server.close()
}
