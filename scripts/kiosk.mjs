#!/usr/bin/env node
// `npm run kiosk`: turn this PC into the exhibition wall. Builds dist/ when it is missing or older than the
// sources, serves it on 127.0.0.1 and opens the system's Chromium full-screen on ?mode=kiosk.
// `--check` prints the plan and does nothing; `--systemd-unit` prints a systemd user unit (docs/exhibition.md).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, statSync, readdirSync } from 'node:fs'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { serveStatic } from './kiosk-server.mjs'

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)))
const SOURCES = ['src', 'geo', 'index.html', 'vite.config.ts', 'package-lock.json']

const USAGE = `usage: npm run kiosk -- [options]
  --screen <n|x,y>   which screen: its xrandr index (0, 1…) or the x,y of its top-left corner (default 0)
  --port <n>         port on 127.0.0.1 (default 4173)
  --idle <s>         seconds without a touch before the tour resumes (default 90)
  --step <ms>        milliseconds per tour year (default 2500)
  --browser <path>   Chromium to run (default $CHROMIUM_PATH or /usr/bin/chromium)
  --profile <dir>    Chromium profile, kept between runs so the offline cache survives (default ~/.local/share/atlas-kiosk)
  --check            print what would be done, do nothing (--json: as JSON)
  --systemd-unit     print a systemd user unit that starts this command at login`

function fail(message) {
  console.error(`kiosk: ${message}\n${USAGE}`)
  process.exit(2)
}

function readOptions(argv) {
  let values
  try {
    ;({ values } = parseArgs({
      args: argv,
      options: {
        screen: { type: 'string', default: '0' }, port: { type: 'string', default: '4173' },
        idle: { type: 'string', default: '90' }, step: { type: 'string', default: '2500' },
        browser: { type: 'string' }, profile: { type: 'string' },
        check: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
        'systemd-unit': { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
      },
    }))
  } catch (e) {
    fail(e.message)
  }
  const int = (name, min, max) => {
    const n = Number(values[name])
    if (!Number.isInteger(n) || n < min || n > max) fail(`--${name} must be a whole number from ${min} to ${max}`)
    return n
  }
  return {
    port: int('port', 1, 65535), idle: int('idle', 1, 3600), step: int('step', 100, 60000), screen: values.screen,
    browser: values.browser ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    profile: resolve(values.profile ?? join(homedir(), '.local/share/atlas-kiosk')),
    check: values.check, json: values.json, unit: values['systemd-unit'], help: values.help,
  }
}

/** Newest modification time under a file or folder (0 when absent). */
function newest(path) {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs)
}

function buildReason() {
  const built = join(ROOT, 'dist/index.html')
  if (!existsSync(built)) return 'dist/ is missing'
  const builtAt = statSync(built).mtimeMs
  const stale = SOURCES.find((s) => newest(join(ROOT, s)) > builtAt)
  return stale ? `${stale} is newer than dist/` : null
}

/** The top-left corner of the chosen screen: "x,y" as given, or the n-th monitor that xrandr lists. */
function screenOrigin(screen) {
  const xy = /^(-?\d+),(-?\d+)$/.exec(screen)
  if (xy) return { x: Number(xy[1]), y: Number(xy[2]), how: 'given' }
  if (!/^\d+$/.test(screen)) fail('--screen must be an index or x,y')
  const index = Number(screen)
  const listed = spawnSync('xrandr', ['--listmonitors'], { encoding: 'utf8' })
  // e.g. " 1: +HDMI-1 1920/527x1080/296+1920+0  HDMI-1"
  const monitors = (listed.stdout ?? '').split('\n').map((l) => /\s(\d+)\/\d+x(\d+)\/\d+\+(-?\d+)\+(-?\d+)/.exec(l)).filter(Boolean)
  const m = monitors[index]
  if (m) return { x: Number(m[3]), y: Number(m[4]), how: `xrandr monitor ${index} (${m[1]}x${m[2]})` }
  if (index === 0) return { x: 0, y: 0, how: 'primary (xrandr lists no monitors)' }
  fail(`screen ${index} not found (xrandr lists ${monitors.length})`)
}

/**
 * Flags for a real GPU on a PC that must run for weeks: GPU rasterisation even on a blocklisted driver, no
 * first-run, crash, translate or update bubbles, no pinch or swipe navigation, precise heap figures for the
 * watchdog and the status panel. The profile is kept so the service worker's offline copy survives restarts.
 */
export function chromiumArgs(url, origin, profile) {
  return [
    `--kiosk`, `--start-fullscreen`, `--window-position=${origin.x},${origin.y}`, `--user-data-dir=${profile}`,
    '--ignore-gpu-blocklist', '--enable-gpu-rasterization', '--enable-zero-copy',
    '--enable-precise-memory-info',
    '--no-first-run', '--no-default-browser-check', '--noerrdialogs', '--disable-infobars',
    '--disable-session-crashed-bubble', '--hide-crash-restore-bubble', '--disable-translate',
    '--disable-features=Translate,TranslateUI,MediaRouter,OverscrollHistoryNavigation',
    '--disable-pinch', '--overscroll-history-navigation=0', '--check-for-update-interval=31536000',
    '--disable-component-update', '--password-store=basic', '--autoplay-policy=no-user-gesture-required',
    url,
  ]
}

/** X11 screen blanking and power saving off for this session (GNOME's own settings: docs/exhibition.md). */
function blankingOff() {
  if (!process.env.DISPLAY) return null
  return spawnSync('sh', ['-c', 'command -v xset'], { encoding: 'utf8' }).status === 0 ? ['xset', 's', 'off', 's', 'noblank', '-dpms'] : null
}

function plan(o) {
  const url = `http://127.0.0.1:${o.port}/?mode=kiosk&idle=${o.idle}&step=${o.step}`
  const origin = screenOrigin(o.screen)
  return {
    build: buildReason(), blanking: blankingOff(), serve: { root: join(ROOT, 'dist'), host: '127.0.0.1', port: o.port }, url,
    screen: origin, browser: o.browser, browserFound: existsSync(o.browser), args: chromiumArgs(url, origin, o.profile),
  }
}

function systemdUnit(argv) {
  const passOn = argv.filter((a) => a !== '--systemd-unit').join(' ')
  return `[Unit]
Description=Shanghai Cooperation Atlas exhibition wall
After=graphical-session.target
PartOf=graphical-session.target

[Service]
Type=simple
WorkingDirectory=${ROOT}
ExecStart=${process.execPath} ${join(ROOT, 'scripts/kiosk.mjs')}${passOn ? ' ' + passOn : ''}
Restart=always
RestartSec=5

[Install]
WantedBy=graphical-session.target
`
}

async function main() {
  const argv = process.argv.slice(2)
  const o = readOptions(argv)
  if (o.help) return console.log(USAGE)
  if (o.unit) return process.stdout.write(systemdUnit(argv))
  const p = plan(o)
  if (o.check) {
    if (o.json) return console.log(JSON.stringify(p, null, 2))
    console.log([
      `build:   ${p.build ? `yes (${p.build}): npx vite build` : 'no, dist/ is up to date'}`,
      `serve:   ${p.serve.root} on http://${p.serve.host}:${p.serve.port}/`,
      `screen:  ${p.screen.x},${p.screen.y} (${p.screen.how})`,
      `blank:   ${p.blanking ? `off: ${p.blanking.join(' ')}` : 'left alone (no X display or no xset)'}`,
      `browser: ${p.browser}${p.browserFound ? '' : ' (NOT FOUND)'}`,
      `run:     ${p.browser} ${p.args.join(' ')}`,
    ].join('\n'))
    return
  }
  if (!p.browserFound) fail(`no browser at ${p.browser} (apt-get install chromium, or --browser)`)
  if (p.build) {
    console.log(`kiosk: building (${p.build})`)
    const built = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: ROOT, stdio: 'inherit' })
    if (built.status !== 0) process.exit(built.status ?? 1)
  }
  if (p.blanking) spawnSync(p.blanking[0], p.blanking.slice(1), { stdio: 'inherit' })
  const server = await serveStatic(p.serve.root, p.serve.host, p.serve.port)
  console.log(`kiosk: serving ${p.serve.root} on ${p.url}`)
  const browser = spawn(p.browser, p.args, { stdio: 'inherit' })
  const stop = () => { browser.kill('SIGTERM'); server.close() }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  // When Chromium ends, so does this command: the systemd unit (Restart=always) starts both again.
  browser.on('exit', (code) => { server.close(); process.exit(code ?? 1) })
}

await main()
