import { createI18n } from 'vue-i18n'
import { messages, type Locale } from './messages'

export function createAtlasI18n(locale: Locale) {
  return createI18n({ legacy: false, locale, fallbackLocale: 'zh', messages })
}
