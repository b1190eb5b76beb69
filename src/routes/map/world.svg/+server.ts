// The atlas's map as a static image, for readers without JavaScript (see src/routes/+page.svelte).
import { dataset } from '$lib/data/dataset';
import StaticWorldMap from '$lib/map/StaticWorldMap.svelte';
import { svgResponse, worldTopology } from '$lib/map/svgFile';

export const prerender = true;

export function GET() {
	return svgResponse(StaticWorldMap, { topology: worldTopology, cities: dataset.cities });
}
