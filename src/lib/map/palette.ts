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
	/** The selected city's name: darker than its dot, 6:1 on land and on the halo, for a washed-out projector. */
	selectedLabel: '#963a07',
	/** The ring of a selected city the filter leaves out: it stays whole, so the ring says "left out". */
	leftOut: '#5b6670',
	label: '#12263a',
	halo: '#ffffff'
} as const;
