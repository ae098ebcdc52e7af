// The basemap's places file: GB/T 2260 code -> names, level, parent and points. Pure; validated at the door.
import { z } from 'zod'

const lonLat = z.tuple([z.number().min(-180).max(180), z.number().min(-90).max(90)])

export const PlaceSchema = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
  level: z.enum(['province', 'prefecture', 'county']),
  parent: z.string().regex(/^\d{6}$/).nullable(),
  label: lonLat,
  center: lonLat,
})

export type Place = z.infer<typeof PlaceSchema>
export type Places = ReadonlyMap<string, Place>

export function parsePlaces(file: string, input: unknown): Places {
  const result = z.record(z.string().regex(/^\d{6}$/), PlaceSchema).safeParse(input)
  if (!result.success) {
    const first = result.error.issues[0]
    const where = first ? first.path.join('.') : '(root)'
    throw new Error(`${file}: ${where}: ${first?.message ?? 'invalid'}`)
  }
  return new Map(Object.entries(result.data))
}

/** The chain of units from the province down to `code` (e.g. province, prefecture, county). */
export function ancestry(places: Places, code: string): string[] {
  const chain: string[] = []
  let current: string | null = code
  while (current && !chain.includes(current)) {
    if (!places.has(current)) break
    chain.unshift(current)
    current = places.get(current)?.parent ?? null
  }
  return chain
}
