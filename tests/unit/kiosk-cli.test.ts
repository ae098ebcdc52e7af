// @vitest-environment node
// `npm run kiosk --check` prints the plan and does nothing; the static server answers types and byte ranges.
import { describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
// @ts-expect-error: a plain .mjs script without type declarations
import { parseRange, serveStatic } from '../../scripts/kiosk-server.mjs'

const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/kiosk.mjs', ...args], { encoding: 'utf8' })

describe('npm run kiosk --check', () => {
  it('prints the URL, the screen and the GPU flags, and starts nothing', () => {
    const profile = join(mkdtempSync(join(tmpdir(), 'kiosk-')), 'profile')
    const out = run('--check', '--json', '--port', '4999', '--idle', '30', '--step', '2000', '--screen', '1920,0', '--profile', profile, '--browser', '/bin/true')
    expect(out.status).toBe(0)
    const plan = JSON.parse(out.stdout)
    expect(plan.url).toBe('http://127.0.0.1:4999/?mode=kiosk&idle=30&step=2000')
    expect(plan.serve).toMatchObject({ host: '127.0.0.1', port: 4999 })
    expect(plan.screen).toMatchObject({ x: 1920, y: 0 })
    expect(plan.args).toEqual(expect.arrayContaining(['--kiosk', '--window-position=1920,0', '--ignore-gpu-blocklist', `--user-data-dir=${profile}`]))
    expect(plan.args).not.toContain('--disable-gpu')
    expect(plan.args.at(-1)).toBe(plan.url)
    expect(existsSync(profile)).toBe(false) // the browser never ran
  })

  it('prints a readable plan and refuses bad options', () => {
    const out = run('--check', '--port', '4998', '--browser', '/nonexistent/chromium')
    expect(out.stdout).toMatch(/serve: .*http:\/\/127\.0\.0\.1:4998\//)
    expect(out.stdout).toMatch(/NOT FOUND/)
    expect(run('--check', '--port', 'abc').status).toBe(2)
    expect(run('--check', '--idle', '0').status).toBe(2)
  })

  it('prints a systemd user unit that restarts the wall', () => {
    const out = run('--systemd-unit', '--port', '4200')
    expect(out.stdout).toMatch(/^ExecStart=.*scripts\/kiosk\.mjs --port 4200$/m)
    expect(out.stdout).toMatch(/^Restart=always$/m)
  })
})

describe('kiosk static server', () => {
  it('parses byte ranges', () => {
    expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 })
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 })
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 })
    expect(parseRange('bytes=100-', 100)).toBeNull()
    expect(parseRange(undefined, 100)).toBeNull()
  })

  it('serves types, ranges, the SPA fallback and nothing outside its root', async () => {
    const root = mkdtempSync(join(tmpdir(), 'kiosk-root-'))
    writeFileSync(join(root, 'index.html'), '<!doctype html><p>atlas</p>')
    writeFileSync(join(root, 'data.json'), '0123456789')
    const server = await serveStatic(root, '127.0.0.1', 0)
    try {
      const base = `http://127.0.0.1:${server.port}`
      const json = await fetch(`${base}/data.json`)
      expect(json.headers.get('content-type')).toBe('application/json')
      const part = await fetch(`${base}/data.json`, { headers: { range: 'bytes=2-4' } })
      expect(part.status).toBe(206)
      expect(part.headers.get('content-range')).toBe('bytes 2-4/10')
      expect(await part.text()).toBe('234')
      const spa = await fetch(`${base}/some/route`)
      expect(spa.headers.get('content-type')).toMatch(/text\/html/)
      expect((await fetch(`${base}/missing.js`)).status).toBe(404)
      expect(await (await fetch(`${base}/%2e%2e/%2e%2e/etc/passwd`)).text()).not.toMatch(/root:/)
    } finally {
      await server.close()
    }
  })
})

describe('the systemd user unit', () => {
  const analyze = spawnSync('sh', ['-c', 'command -v systemd-analyze'], { encoding: 'utf8' }).status === 0
  it.skipIf(!analyze)('passes systemd-analyze verify in a throwaway folder', () => {
    const dir = mkdtempSync(join(tmpdir(), 'kiosk-unit-'))
    const unit = join(dir, 'atlas-kiosk.service')
    writeFileSync(unit, run('--systemd-unit', '--screen', '0').stdout)
    const verify = spawnSync('systemd-analyze', ['verify', unit], { encoding: 'utf8' })
    expect(verify.stderr).toBe('')
    expect(verify.status).toBe(0)
  })
})
