/**
 * Fetches the basemap TopoJSON that ships with the build, for both renderers. A missing or damaged file is
 * reported as a BasemapError whose message a reader understands, so the page can say what went wrong; its
 * `problem` lets the page say it in the reader's language (the English message stays for logs and tools).
 */
// The slimmed copy of world-atlas's countries (see slimTopology.ts).
import topologyUrl from './countries-110m.slim.json?url';
import type { CountriesTopology } from './basemap';

export type BasemapProblem = 'offline' | 'missing' | 'not-json' | 'no-countries';

export class BasemapError extends Error {
	override name = 'BasemapError';
	constructor(
		message: string,
		readonly problem: BasemapProblem,
		/** The HTTP status, for 'missing'. */
		readonly status?: number
	) {
		super(message);
	}
}

/** Enough of the shape to be sure topojson-client can read it; anything else is a damaged file. */
export function isCountriesTopology(value: unknown): value is CountriesTopology {
	const topology = value as Partial<CountriesTopology> | null;
	return (
		typeof topology === 'object' &&
		topology !== null &&
		topology.type === 'Topology' &&
		Array.isArray(topology.arcs) &&
		Array.isArray(topology.objects?.countries?.geometries)
	);
}

let pending: Promise<CountriesTopology> | null = null;

async function fetchTopology(): Promise<CountriesTopology> {
	let response: Response;
	try {
		response = await fetch(topologyUrl);
	} catch {
		throw new BasemapError('The basemap file could not be fetched: the network is down and there is no offline copy yet.', 'offline');
	}
	if (!response.ok) throw new BasemapError(`The basemap file is missing (the server answered ${response.status}).`, 'missing', response.status);
	let data: unknown;
	try {
		data = await response.json();
	} catch {
		throw new BasemapError('The basemap file is damaged: it is not valid JSON.', 'not-json');
	}
	if (!isCountriesTopology(data)) throw new BasemapError('The basemap file is damaged: it holds no countries.', 'no-countries');
	return data;
}

let loaded: CountriesTopology | null = null;

/** One download per page, shared when the SVG map takes over from MapLibre; a failure may be retried. */
export function loadTopology(): Promise<CountriesTopology> {
	pending ??= fetchTopology().then(
		(topology) => (loaded = topology),
		(error: unknown) => {
			pending = null;
			throw error;
		}
	);
	return pending;
}

/** The basemap if it has already arrived, else null: for what must draw at once (a page made as printing starts). */
export function loadedTopology(): CountriesTopology | null {
	return loaded;
}
