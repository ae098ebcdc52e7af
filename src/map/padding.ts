// Room left around the first view for the page's chrome. Pure: the components that own the chrome measure it
// and pass the numbers in (this module never looks at their markup).

/** The chrome's sizes in CSS pixels; null when that piece is not on screen (the kiosk has no side panel). */
export interface ChromeSizes {
  /** The right edge of the side panel, from the map's left edge. */
  sideRight: number | null
  /** The height of the time bar along the bottom. */
  timeHeight: number | null
  /** The left edge of the wall's column (32:9 only), from the map's left edge; the map frames China left of it. */
  wallLeft?: number | null
}

export function homePadding(width: number, height: number, chrome: ChromeSizes) {
  const side = chrome.sideRight ?? width * 0.2
  const time = chrome.timeHeight ?? height * 0.14
  return { top: Math.round(height * 0.07), bottom: Math.round(time + height * 0.02), left: Math.round(side + width * 0.01), right: Math.round(chrome.wallLeft != null ? width - chrome.wallLeft + width * 0.01 : width * 0.02) }
}
