// Room left around the first view for the page's chrome. Pure: the components that own the chrome measure it
// and pass the numbers in (this module never looks at their markup).

/** The chrome's sizes in CSS pixels; null when that piece is not on screen (the kiosk has no side panel). */
export interface ChromeSizes {
  /** The right edge of the side panel, from the map's left edge. */
  sideRight: number | null
  /** The height of the time bar along the bottom. */
  timeHeight: number | null
}

export function homePadding(width: number, height: number, chrome: ChromeSizes) {
  const side = chrome.sideRight ?? width * 0.2
  const time = chrome.timeHeight ?? height * 0.14
  return { top: Math.round(height * 0.07), bottom: Math.round(time + height * 0.02), left: Math.round(side + width * 0.01), right: Math.round(width * 0.02) }
}
