/**
 * How many cities make a crowded map, shared by both maps and by the text that describes them. A module of its
 * own (no MapLibre types, no style code), so the page's first view can read it without pulling the style in.
 */

/**
 * Past this many cities, points that crowd are drawn as clusters (a circle with a count), on the MapLibre map
 * and on the SVG map alike. The twelve cities of the book never cluster: each keeps its own dot and label.
 */
export const CLUSTER_FROM = 50;
