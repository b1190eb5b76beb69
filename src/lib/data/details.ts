/**
 * A city's details, fetched when the atlas opens the city: one prerendered file per city and language
 * (`/city/<id>/details.<locale>.json`, written by the route of that name from ./summary.ts `detailsFile`), on
 * this origin and precached by the service worker, so a city never opened before still opens offline.
 */
import { base } from '$app/paths';
import { fromIsland } from './island';
import type { City, Locale } from './schema';

export function detailsPath(id: string, locale: Locale): string {
	return `/city/${id}/details.${locale}.json`;
}

export function parseDetails(json: string): City {
	return fromIsland(json) as City;
}

/** Why details could not be had: the server's answer, or none at all (offline, before the first visit). */
export class DetailsError extends Error {
	constructor(readonly status: number | null) {
		super(status === null ? 'network error' : `HTTP ${status}`);
	}
}

const loaded = new Map<string, Promise<City>>();

/** The city's details in `locale`, fetched once; a failed request is forgotten, so trying again fetches again. */
export function loadDetails(id: string, locale: Locale, fetcher: typeof fetch = fetch): Promise<City> {
	const path = detailsPath(id, locale);
	let request = loaded.get(path);
	if (!request) {
		request = fetcher(`${base}${path}`).then(
			async (response) => {
				if (!response.ok) throw new DetailsError(response.status);
				return parseDetails(await response.text());
			},
			() => {
				throw new DetailsError(null);
			}
		);
		request.catch(() => loaded.delete(path));
		loaded.set(path, request);
	}
	return request;
}
