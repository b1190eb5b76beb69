/**
 * The whole network (every member the data names, the award editions, the admission cohorts and the latest
 * headline count), fetched when a scope beyond the book opens: never part of the atlas's first view. One
 * prerendered file in every language (`/network.json`, written by the route of that name from
 * ./networkFile.ts), on this origin and precached by the service worker, so every scope works offline after the
 * first visit. Names are in all three languages (`names`), for the page's language and for search.
 */
import { base } from '$app/paths';
import type { Editions, Member } from './networkSchema';

/** A member as the atlas reads it: the record without how it was placed (the method page tells that). */
export type NetworkMember = Omit<Member, 'place'>;

export interface NetworkHeadline {
	/** Members UNESCO counted at `date`, and in how many countries. */
	members: number;
	countries: number | null;
	date: string;
	source: string;
}

export interface NetworkData {
	members: NetworkMember[];
	editions: Editions;
	headline: NetworkHeadline;
}

export const NETWORK_PATH = '/network.json';

let loaded: Promise<NetworkData> | null = null;

/** The network, fetched once; a failed request is forgotten, so trying again fetches again. */
export function loadNetwork(fetcher: typeof fetch = fetch): Promise<NetworkData> {
	if (!loaded) {
		const request = fetcher(`${base}${NETWORK_PATH}`).then(async (response) => {
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return (await response.json()) as NetworkData;
		});
		request.catch(() => {
			if (loaded === request) loaded = null;
		});
		loaded = request;
	}
	return loaded;
}
