import type { InjectionKey } from 'vue'
import type { Camera } from '../domain/url-state'

/** The camera's link to the URL: the view it starts at, and where it reports moves. */
export interface CameraLink {
  initial: Camera | null
  set(camera: Camera | null): void
}
export const CAMERA_KEY: InjectionKey<CameraLink> = Symbol('camera')
