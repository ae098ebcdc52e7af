// What a running wall reports as its version: the commit it was built from, when, and a hash of the data it
// ships (geo/), so two walls showing the same figures say the same data version.
import { createHash } from 'node:crypto'
import { execSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

function files(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : [path]
  })
}

export interface BuildInfo {
  commit: string
  builtAt: string
  data: string
}

export function buildInfo(root = process.cwd()): BuildInfo {
  let commit = 'unknown'
  try {
    commit = execSync('git rev-parse --short HEAD', { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim()
  } catch {
    // not a git checkout (a copied folder): the data hash still identifies the data
  }
  const hash = createHash('sha256')
  for (const dir of ['geo/layers', 'geo/basemap', 'geo/tour']) {
    for (const file of files(join(root, dir))) hash.update(file.slice(root.length)).update(readFileSync(file))
  }
  return { commit, builtAt: process.env.ATLAS_BUILT_AT ?? new Date().toISOString(), data: hash.digest('hex').slice(0, 12) }
}
