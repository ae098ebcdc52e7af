// Decode echarts' "UTF8Encoding" map JSON into plain GeoJSON.
// Port of decode() in echarts/lib/coord/geo/parseGeoJson.js (echarts 4.9.0, Apache-2.0):
// each ring is a string, 2 chars per vertex: charCode - 64, zigzag, delta from encodeOffsets, / scale.

function decodeRing(str, offsets, scale) {
  // a few features (the second 山南市 piece, 崇明区) are stored as plain coordinates
  if (typeof str !== 'string') return str
  const ring = []
  let prevX = offsets[0]
  let prevY = offsets[1]
  for (let i = 0; i < str.length; i += 2) {
    let x = str.charCodeAt(i) - 64
    let y = str.charCodeAt(i + 1) - 64
    x = (x >> 1) ^ -(x & 1) // zigzag
    y = (y >> 1) ^ -(y & 1)
    x += prevX
    y += prevY
    prevX = x
    prevY = y
    ring.push([x / scale, y / scale])
  }
  return ring
}

/** Returns a new FeatureCollection with decoded coordinates (input untouched). */
export function decodeEcharts(json) {
  if (!json.UTF8Encoding) return json
  const scale = json.UTF8Scale ?? 1024
  const features = json.features.map((f) => {
    const g = f.geometry
    let coordinates
    if (g.type === 'Polygon') {
      coordinates = g.coordinates.map((ring, c) => decodeRing(ring, g.encodeOffsets[c], scale))
    } else if (g.type === 'MultiPolygon') {
      coordinates = g.coordinates.map((poly, c) =>
        poly.map((ring, c2) => decodeRing(ring, g.encodeOffsets[c][c2], scale)),
      )
    } else {
      throw new Error(`unexpected geometry ${g.type}`)
    }
    return { type: 'Feature', id: f.id, properties: { ...f.properties }, geometry: { type: g.type, coordinates } }
  })
  return { type: 'FeatureCollection', features }
}
