// Every visible string comes from src/i18n/messages.ts in Chinese and English: the two trees have the same keys, each
// a non-empty text with the same {placeholders}; every message key the code throws or reports (CodedError, coded
// problems) is there; the export and data paths throw no English-only text.
import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { messages } from '../../src/i18n/messages'
import { CodedError } from '../../src/domain/coded-error'
import { codedText, errorText, inBoth } from '../../src/i18n/error-text'
import { createAtlasI18n } from '../../src/i18n'

type Tree = { [k: string]: string | Tree }
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    if (typeof v === 'string') out.set(prefix + k, v)
    else for (const [kk, vv] of leaves(v, `${prefix}${k}.`)) out.set(kk, vv)
  }
  return out
}
const zh = leaves(messages.zh as unknown as Tree)
const en = leaves(messages.en as unknown as Tree)
/** A message's placeholders; a language's own variant of a parameter ({regionZh} beside {region}) counts as it. */
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!.replace(/(Zh|En)$/, '')).sort()

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? sources(p) : /\.(ts|vue)$/.test(f) ? [p] : []
  })
}

describe('the messages', () => {
  it('have the same keys in Chinese and English, each a text with the same placeholders', () => {
    expect([...en.keys()].filter((k) => !zh.has(k))).toEqual([])
    expect([...zh.keys()].filter((k) => !en.has(k))).toEqual([])
    for (const [k, v] of zh) {
      expect(v, k).toMatch(/\S/)
      // Chinese measure words (处, 个) have no English counterpart: those units may be empty in English.
      if (!k.startsWith('headline.unit.')) expect(en.get(k), k).toMatch(/\S/)
      expect(placeholders(en.get(k)!), k).toEqual(placeholders(v))
    }
  })

  it('hold every key the code throws or reports as a coded error', () => {
    const keys = new Set<string>()
    for (const file of sources('src')) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(/new CodedError\('([\w.]+)'/g)) keys.add(m[1]!)
      for (const m of text.matchAll(/\{ key: '(errors\.\w+)'/g)) keys.add(m[1]!)
    }
    expect(keys.size).toBeGreaterThanOrEqual(8)
    for (const k of keys) {
      expect(zh.has(k), `${k} in Chinese`).toBe(true)
      expect(en.has(k), `${k} in English`).toBe(true)
    }
  })

  it('are the only words the export and data paths show: no English-only error text there', () => {
    for (const file of ['src/components/workspace/ExportTab.vue', 'src/workspace/poster.ts', 'src/workspace/recorder.ts', 'src/workspace/compose.ts',
      'src/map/map-handle.ts', 'src/map/print-map.ts', 'src/stores/data.ts', 'src/map/layer-specs.ts']) {
      const text = readFileSync(file, 'utf8')
      expect(text.match(/new Error\(['`]/g), file).toBeNull()
      expect(text, file).not.toMatch(/: repeats ids|office region`|办 联系区域`/)
    }
  })
})

describe('coded errors in the person’s language', () => {
  const t = (locale: 'zh' | 'en') => {
    const i18n = createAtlasI18n(locale)
    return (key: string, params: Record<string, string | number>) => i18n.global.t(key, params)
  }
  it('translates a CodedError by its key and keeps another error’s own message', () => {
    expect(errorText(new CodedError('errors.mapNotReady'), t('zh'))).toBe('地图尚未就绪')
    expect(errorText(new CodedError('errors.mapNotReady'), t('en'))).toBe('The map is not ready')
    expect(errorText(new CodedError('errors.printMapSize', { width: 1, height: 2, wantW: 3, wantH: 4 }), t('en'))).toBe('The print map is 1×2 px, not 3×4 px')
    expect(errorText(new Error('WebGL lost'), t('zh'))).toBe('WebGL lost')
  })
  it('translates a coded problem and leaves a plain one as it is', () => {
    expect(codedText({ key: 'errors.repeatedIds', params: { file: 'park.pmtiles' } }, t('zh'))).toBe('park.pmtiles：记录编号与另一图层文件重复')
    expect(codedText({ key: 'errors.repeatedIds', params: { file: 'park.pmtiles' } }, t('en'))).toBe('park.pmtiles: repeats ids of another layer file')
    expect(codedText('x.geojson: bad', t('en'))).toBe('x.geojson: bad')
  })
  it('gives a map label in both languages from one message', () => {
    expect(inBoth('map.coverageLabel', (l) => ({ name: l === 'zh' ? '广州' : 'Guangzhou' }))).toEqual({ zh: '广州办 联系区域', en: 'Guangzhou office region' })
  })
})
