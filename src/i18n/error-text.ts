// Errors and problems in the person's language: a CodedError or a coded problem is translated by its key; any other
// error keeps its own message (a browser's or a library's, which the atlas does not word).
import { CodedError, type CodedText, type MessageParams } from '../domain/coded-error'
import type { LocalText } from '../domain/schema'
import { createAtlasI18n } from '.'
import { LOCALES, type Locale } from './messages'

type Translate = (key: string, params: MessageParams) => string

export function errorText(e: unknown, t: Translate): string {
  if (e instanceof CodedError) return t(e.key, e.params)
  return e instanceof Error ? e.message : String(e)
}

export function codedText(p: CodedText, t: Translate): string {
  return typeof p === 'string' ? p : t(p.key, p.params)
}

let both: ReturnType<typeof createAtlasI18n> | null = null
/** A message in both languages at once, for text drawn with both (map labels carry `LocalText`). */
export function inBoth(key: string, params: (locale: Locale) => MessageParams): LocalText {
  both ??= createAtlasI18n('zh')
  const { t } = both.global
  const [zh, en] = LOCALES.map((locale) => t(key, params(locale), { locale }))
  return { zh: zh!, en: en! }
}
