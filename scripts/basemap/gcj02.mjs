// GCJ-02 ("Mars coordinates", used by AMap and therefore by the echarts map data) -> WGS84.
// Forward formula is the widely published one (Krasovsky ellipsoid constants); the inverse is
// iterative: start at the GCJ point and correct by the forward error, 5 iterations (< 1 cm).

const A = 6378245.0
const EE = 0.006693421622965943

function outOfChina(lon, lat) {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271
}

function tLat(x, y) {
  let r = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x))
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  r += ((20 * Math.sin(y * Math.PI) + 40 * Math.sin((y / 3) * Math.PI)) * 2) / 3
  r += ((160 * Math.sin((y / 12) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30)) * 2) / 3
  return r
}

function tLon(x, y) {
  let r = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x))
  r += ((20 * Math.sin(6 * x * Math.PI) + 20 * Math.sin(2 * x * Math.PI)) * 2) / 3
  r += ((20 * Math.sin(x * Math.PI) + 40 * Math.sin((x / 3) * Math.PI)) * 2) / 3
  r += ((150 * Math.sin((x / 12) * Math.PI) + 300 * Math.sin((x / 30) * Math.PI)) * 2) / 3
  return r
}

/** WGS84 -> GCJ-02 (forward). */
export function wgs2gcj(lon, lat) {
  if (outOfChina(lon, lat)) return [lon, lat]
  let dLat = tLat(lon - 105, lat - 35)
  let dLon = tLon(lon - 105, lat - 35)
  const radLat = (lat / 180) * Math.PI
  let magic = Math.sin(radLat)
  magic = 1 - EE * magic * magic
  const sqrtMagic = Math.sqrt(magic)
  dLat = (dLat * 180) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI)
  dLon = (dLon * 180) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI)
  return [lon + dLon, lat + dLat]
}

/** GCJ-02 -> WGS84, iterative inverse (5 iterations). */
export function gcj2wgs(lon, lat) {
  let x = lon
  let y = lat
  for (let i = 0; i < 5; i++) {
    const [gx, gy] = wgs2gcj(x, y)
    x -= gx - lon
    y -= gy - lat
  }
  return [x, y]
}

const round6 = (v) => Math.round(v * 1e6) / 1e6

/** Converts every vertex of a (Multi)Polygon/(Multi)LineString geometry, rounding to 6 decimals. */
export function convertGeometry(geometry) {
  const conv = (c) => {
    if (typeof c[0] === 'number') {
      const [x, y] = gcj2wgs(c[0], c[1])
      return [round6(x), round6(y)]
    }
    return c.map(conv)
  }
  return { type: geometry.type, coordinates: conv(geometry.coordinates) }
}
