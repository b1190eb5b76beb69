/**
 * The map's colours, shared by the MapLibre style and the SVG maps. A module of its own so the SVG maps do not
 * share a chunk with the MapLibre code (and its stylesheet).
 */
export const colours = {
	ocean: '#d5e3ee',
	land: '#f6f3ec',
	border: '#a9a192',
	city: '#17324d',
	selected: '#b3470b',
	label: '#12263a',
	halo: '#ffffff'
} as const;
