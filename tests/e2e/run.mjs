// Runs every end-to-end test file with node's test runner, one file at a time (each starts its own browser).
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const dir = fileURLToPath(new URL('.', import.meta.url))
const files = readdirSync(dir).filter((f) => f.endsWith('.e2e.test.mjs')).sort().map((f) => dir + f)
const only = process.argv.slice(2)
const chosen = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...chosen], { stdio: 'inherit' })
process.exit(result.status ?? 1)
