/**
 * The map labels' sizes, on their own: the map's container (MapView, in every page's first view) needs the size,
 * not the placement (labelPlacement.ts, which the maps load with them).
 */

/** The label font size every map uses unless told otherwise (the deck scales it with the slide). */
export const LABEL_SIZE = 14;
/** The dot's radius with its white ring (7 + 2 on the MapLibre map): a name keeps clear of it. */
export const DOT_RADIUS = 9;
