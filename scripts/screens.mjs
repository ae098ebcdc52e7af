// The screenshot set, the review record of what the atlas looks like (issue 13, Deliver 10): serves dist/ (built
// with the test handles, so the script can wait for the map to settle), opens each view in Debian's Chromium and
// writes docs/screens/NAME.png, one PNG per view. `npm run screens` builds and runs it; `node scripts/screens.mjs
// 1920 kiosk` redoes only the views whose name contains one of the words.
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serveDist, launchBrowser, openPage, waitForMapIdle, ROOT } from '../tests/e2e/harness.mjs'

const OUT = join(ROOT, 'docs/screens')

/**
 * Every view of the set: a name (the file), the screen, the URL and what to do before the picture. The plan's 2010
 * view with its default layers at each supported size, then the wall, the kiosk, English, the 长三角 preset and the
 * offices with an office's timeline open.
 */
export const VIEWS = [
  { name: '1280x720', width: 1280, height: 720, path: '/?year=2010' },
  { name: '1920x1080', width: 1920, height: 1080, path: '/?year=2010' },
  { name: '3840x2160', width: 3840, height: 2160, path: '/?year=2010' },
  { name: '7680x2160', width: 7680, height: 2160, path: '/?year=2010' },
  {
    // The tour's first chapter, a year every 30 s so it stays there, its caption shown and its camera settled.
    name: 'kiosk-1920x1080', width: 1920, height: 1080, path: '/?mode=kiosk&step=30000',
    prepare: async (page) => {
      await page.getByTestId('kiosk-caption').waitFor({ timeout: 120_000 })
      await page.waitForTimeout(5000)
      await waitForMapIdle(page, 120_000)
    },
  },
  { name: 'en-1920x1080', width: 1920, height: 1080, path: '/?year=2010&lang=en' },
  {
    name: 'delta-1920x1080', width: 1920, height: 1080, path: '/?year=2010&layers=aid,park,waterway,cooperation',
    prepare: async (page) => {
      await page.getByTestId('view-delta').click()
      await page.waitForTimeout(3000)
      await waitForMapIdle(page, 120_000)
    },
  },
  { name: 'offices-1920x1080', width: 1920, height: 1080, path: '/?year=2012&layers=office,coverage&sel=office-shenzhen-liaison' },
  { name: 'all-layers-1920x1080', width: 1920, height: 1080, path: '/?span=2006-2010&layers=aid,park,waterway,office,coverage,cooperation' },
]

async function main() {
  const only = process.argv.slice(2)
  const views = only.length ? VIEWS.filter((v) => only.some((w) => v.name.includes(w))) : VIEWS
  await mkdir(OUT, { recursive: true })
  const server = await serveDist()
  const browser = await launchBrowser()
  let failed = 0
  try {
    for (const view of views) {
      const started = Date.now()
      const { page, context, errors, requests } = await openPage(browser, server.origin, view)
      try {
        await waitForMapIdle(page, 300_000)
        await view.prepare?.(page)
        // Fonts and the last tiles of the frame.
        await page.evaluate(() => document.fonts.ready)
        await page.waitForTimeout(1000)
        const png = await page.screenshot({ type: 'png' })
        await writeFile(join(OUT, `${view.name}.png`), png)
        const outside = requests.filter((u) => !(u.startsWith(server.origin + '/') || u.startsWith('data:') || u.startsWith('blob:')))
        if (outside.length || errors.length) {
          failed++
          console.error(`${view.name}: ${[...outside.map((u) => `request left the machine: ${u}`), ...errors].join('; ')}`)
        }
        console.log(`${view.name}.png  ${(png.length / 1024).toFixed(0)} KB  ${((Date.now() - started) / 1000).toFixed(0)} s`)
      } catch (e) {
        failed++
        console.error(`${view.name}: ${e.message}`)
      } finally {
        await context.close()
      }
    }
  } finally {
    await browser.close()
    await server.close()
  }
  process.exit(failed ? 1 : 0)
}

await main()
