// Thin wrapper around mapshaper's Node API (mapshaper@0.7.70): in-memory inputs, one output file.
import mapshaper from 'mapshaper'

/**
 * Runs `commands` on in-memory `inputs` and returns the parsed output.
 * `outOpts` are extra -o options, e.g. 'format=topojson quantization=1e5 target=a,b'.
 */
export async function runMapshaper(commands, inputs, outOpts = 'format=geojson') {
  const outputs = await mapshaper.applyCommands(`${commands} -o out.json ${outOpts}`, inputs)
  const buf = outputs['out.json']
  if (!buf) throw new Error(`mapshaper produced no output for: ${commands}`)
  return JSON.parse(buf.toString())
}
