// Loading only: the tour chapters (geo/tour/chapters.json), fetched from the same origin and checked by domain/tour.
import tourUrl from '../../geo/tour/chapters.json?url'
import { parseTour, type Chapter } from '../domain/tour'

/** The chapters the kiosk tour and the briefing both play; throws with the file named when they do not parse. */
export async function loadChapters(): Promise<Chapter[]> {
  const response = await fetch(tourUrl)
  return parseTour('chapters.json', await response.json())
}
