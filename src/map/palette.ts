// Basemap colours: a quiet paper map, so the thematic layers carry the colour.
export const BASE = {
  sea: '#d6e4ee',
  land: '#f6f2e7',
  neighbour: '#e7e6e1',
  neighbourLine: '#c3c1b9',
  provinceLine: '#8f8371',
  prefectureLine: '#cdbfa9',
  countyLine: '#ddd2c0',
  river: '#93b6d4',
  yangtze: '#2f78bd',
  lake: '#b3cfe5',
  dash: '#5b6f86',
  label: '#3b342c',
  labelHalo: '#fbf9f3',
  shanghai: '#c0392b',
} as const

/** The font the atlas ships (self-hosted Noto Sans SC) with the system CJK font as fallback. */
export const MAP_FONT = 'Noto Sans SC'
