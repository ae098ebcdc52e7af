import { MAP_FONT } from './palette'

/**
 * The map draws its labels locally from the page's fonts (no glyph server). The self-hosted font is split by
 * unicode range, so load the ranges the labels need before the first labels are drawn.
 */
export async function loadLabelFont(texts: Iterable<string>): Promise<void> {
  if (typeof document === 'undefined' || !('fonts' in document)) return
  const chars = new Set<string>()
  for (const text of texts) for (const ch of text) chars.add(ch)
  try {
    await Promise.all([
      document.fonts.load(`16px "${MAP_FONT}"`, [...chars].join('')),
      document.fonts.load(`bold 16px "${MAP_FONT}"`, '上海'),
    ])
  } catch {
    // The system CJK font remains as the fallback.
  }
}
