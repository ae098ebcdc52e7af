#!/usr/bin/env node
// Rebuilds the basemap into a temporary folder and compares it byte for byte with the committed
// geo/basemap/ (about 20 s). Exit code 1 on any difference. Usage: node scripts/basemap/check-deterministic.mjs
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const committed = path.join(root, 'geo/basemap')
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'basemap-'))
try {
  execFileSync(process.execPath, [path.join(root, 'scripts/build-basemap.mjs'), '--out', tmp], { stdio: 'inherit' })
  const names = [...new Set([...fs.readdirSync(committed), ...fs.readdirSync(tmp)])].sort()
  const differ = names.filter((n) => {
    const a = path.join(committed, n)
    const b = path.join(tmp, n)
    return !fs.existsSync(a) || !fs.existsSync(b) || !fs.readFileSync(a).equals(fs.readFileSync(b))
  })
  if (differ.length) {
    console.error(`basemap differs from a fresh build: ${differ.join(', ')}`)
    process.exitCode = 1
  } else console.log(`basemap is reproducible (${names.length} files identical)`)
} finally {
  fs.rmSync(tmp, { recursive: true, force: true })
}
