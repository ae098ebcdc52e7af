// Location and date precision as a reader meets them: "hide approximate" drops exactly the approximate records,
// the about page opens from the header and quotes the package's citation, and the data package downloads as one
// zip holding datapackage.json, records.csv and every layer, all from this origin.
import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { readFile, writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serveDist, launchBrowser, openPage, outsideRequests, waitForMapIdle, screenshot, ROOT } from './harness.mjs'
import { loadRecords, expectedCount } from './records.mjs'

let server
let browser
const records = loadRecords()
const APPROXIMATE = new Set(['chosen', 'schematic-line'])
before(async () => {
  server = await serveDist()
  browser = await launchBrowser()
})
after(async () => {
  await browser?.close()
  await server?.close()
})

const shownCount = async (page) => Number((await page.getByTestId('shown-count').innerText()).match(/(\d+)/)[1])
async function ready(page) {
  await waitForMapIdle(page, 180_000)
  await page.waitForFunction(() => /[1-9]/.test(document.querySelector('[data-testid="shown-count"]')?.textContent ?? ''))
}

test('"hide approximate" drops exactly the records whose place is approximate, and the URL keeps it', async () => {
  const { page, context, errors } = await openPage(browser, server.origin, { path: '/?year=2010' })
  try {
    await ready(page)
    const all = expectedCount(records, 2010)
    const precise = expectedCount(records.filter((r) => !APPROXIMATE.has(r.locationPrecision)), 2010)
    assert.ok(precise < all, 'some records of 2010 are approximate')
    assert.equal(await shownCount(page), all)
    const legend = await page.getByTestId('legend').innerText()
    assert.match(legend, /近似位置/)
    assert.match(legend, /日期不详/)
    await screenshot(page, 'data-precision-shown')
    await page.getByTestId('hide-approximate').check()
    await page.waitForFunction((n) => document.querySelector('[data-testid="shown-count"]')?.textContent?.includes(`${n} /`), precise)
    assert.equal(await shownCount(page), precise)
    await page.waitForFunction(() => location.search.includes('approx=hide'))
    await waitForMapIdle(page)
    await screenshot(page, 'data-precision-hidden')
    await page.getByTestId('hide-approximate').uncheck()
    await page.waitForFunction((n) => document.querySelector('[data-testid="shown-count"]')?.textContent?.includes(`${n} /`), all)
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('the about page opens from the header, explains precision and quotes the package citation', async () => {
  const { page, context, errors } = await openPage(browser, server.origin)
  try {
    await ready(page)
    await page.getByTestId('about-open').click()
    const about = page.getByTestId('about')
    await about.waitFor({ state: 'visible' })
    const descriptor = JSON.parse(await readFile(join(ROOT, 'geo/datapackage.json'), 'utf8'))
    await page.getByTestId('about-citation').waitFor()
    assert.equal((await page.getByTestId('about-citation').innerText()).trim(), descriptor.citation.zh)
    const text = await about.innerText()
    for (const words of [/十二五/, /位置精度/, /日期不详/, /超过/, /平摊/, /高德地图/, /CC-BY-4\.0|Creative Commons/]) assert.match(text, words)
    await screenshot(page, 'data-precision-about')
    await page.getByTestId('about-close').click()
    await about.waitFor({ state: 'hidden' })
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})

test('the data package downloads as one zip with the descriptor, the CSV and every layer, from this origin only', async () => {
  const { page, context, errors, requests } = await openPage(browser, server.origin)
  try {
    await ready(page)
    await page.getByTestId('workspace-toggle').click()
    await page.getByTestId('tab-export').click()
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-datapackage').click()])
    assert.match(download.suggestedFilename(), /datapackage\.zip$/)
    const path = join(await mkdtemp(join(tmpdir(), 'atlas-dp-')), 'package.zip')
    await writeFile(path, await readFile(await download.path()))
    assert.match(execFileSync('unzip', ['-t', path], { encoding: 'utf8' }), /No errors detected/)
    const names = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n').sort()
    const descriptor = JSON.parse(execFileSync('unzip', ['-p', path, 'datapackage.json'], { encoding: 'utf8' }))
    assert.deepEqual(names, [...descriptor.resources.map((r) => r.path), 'datapackage.json'].sort())
    assert.deepEqual(descriptor, JSON.parse(await readFile(join(ROOT, 'geo/datapackage.json'), 'utf8')))
    const csv = execFileSync('unzip', ['-p', path, 'records.csv'], { encoding: 'utf8' })
    assert.equal(csv, await readFile(join(ROOT, 'geo/records.csv'), 'utf8'))
    assert.deepEqual(outsideRequests(requests, server.origin), [])
    assert.deepEqual(errors, [])
  } finally {
    await context.close()
  }
})
