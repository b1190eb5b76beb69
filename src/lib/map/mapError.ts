/** What the map says when it cannot draw, in the page's language. */
import { m } from '$lib/paraglide/messages';
import { BasemapError } from './basemapFile';

export function mapErrorMessage(error: unknown): string {
	if (error instanceof BasemapError)
		return {
			offline: () => m.map_basemap_offline(),
			missing: () => m.map_basemap_missing({ status: error.status ?? '?' }),
			'not-json': () => m.map_basemap_not_json(),
			'no-countries': () => m.map_basemap_no_countries()
		}[error.problem]();
	return error instanceof Error ? error.message : String(error);
}
