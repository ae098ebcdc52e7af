// Named views a person (or the kiosk) can jump to. The Yangtze Delta is where most of the cooperation layer lives
// and is a knot at the national view: one tap shows it at prefecture level.
export type Bounds = [[number, number], [number, number]]

/** Shanghai, Jiangsu, Zhejiang and Anhui: every Delta council member city, park and port of the plan. */
export const DELTA_BOUNDS: Bounds = [[114.8, 27.0], [123.0, 35.2]]
