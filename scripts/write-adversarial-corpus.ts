// Writes the adversarial import corpus (tests/fixtures/adversarial/corpus.ts) to a folder as real files, with a
// manifest of what each must give: for the browser test, which picks them through the real file input, and for a
// person who wants to try them by hand. Big files are generated, never committed.
//   npx tsx scripts/write-adversarial-corpus.ts OUT_DIR [--worst]
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { CASES, WORST_TEN } from '../tests/fixtures/adversarial/corpus'
import { messages } from '../src/i18n/messages'

const [out, flag] = process.argv.slice(2)
if (!out) {
  console.error('usage: write-adversarial-corpus.ts OUT_DIR [--worst]')
  process.exit(2)
}
const chosen = flag === '--worst' ? WORST_TEN.map((n) => CASES.find((c) => c.name === n)!) : [...CASES]
const zh = messages.zh.workspace.import.issue as Record<string, string>
/** The longest fixed part of the Chinese message for a code: what the import tab must show. */
const zhPart = (code: string | undefined) => {
  const template = code ? zh[code] : undefined
  return template ? template.split(/\{[^}]*\}/).sort((a, b) => b.length - a.length)[0]!.trim() : null
}
const manifest = chosen.map((c, i) => {
  const dir = join(out, String(i).padStart(3, '0'))
  mkdirSync(dir, { recursive: true })
  const path = join(dir, c.file)
  writeFileSync(path, c.bytes())
  const e = c.expect
  return 'accepted' in e
    ? { name: c.name, file: c.file, path, accepted: e.accepted.ids }
    : { name: c.name, file: c.file, path, refused: { code: e.refused.code ?? null, field: e.refused.field ?? null, zh: zhPart(e.refused.code) } }
})
writeFileSync(join(out, 'manifest.json'), JSON.stringify(manifest, null, 1))
console.log(`${manifest.length} files in ${out}`)
