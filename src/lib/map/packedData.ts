/**
 * How the live map sends its cities to MapLibre's workers: as JSON text, read back in the worker
 * (./packedDataWorker.mjs), once every worker has said it can read it; as objects until then, or for good if a
 * worker never says so. A filter change, a year's step or a scope sends every city the map draws (a clustered
 * source is grouped anew from the whole set), and as objects MapLibre walks each feature on the main thread
 * and the browser clones the copy it makes: 0.7 to 1.3 ms a send at 322 cities, against 0.4 to 0.5 as text
 * (measured in the page, the JSON itself 0.1). The text goes as a String object: MapLibre takes a string primitive for a URL,
 * but hands a String object to its worker as it is (web_worker_transfer: a built-in clone, one copy of the
 * text), and the source keeps it, so a style MapLibre rebuilds (after restarting its workers) sends it again.
 * A Blob would do too, but making one cost 0.7 ms a change (traced).
 */
import { getGlobalDispatcher, importScriptInWorkers, type GeoJSONSource } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
// Its own file, never inlined as a data: URL, which the worker's policy (script-src 'self') would refuse.
import workerScript from './packedDataWorker.mjs?url&no-inline';

let packing = false;
let starting: Promise<boolean> | null = null;

/** Loads the reader into MapLibre's workers; true once every worker has answered that it has it. */
export function startPacking(): Promise<boolean> {
	starting ??= importScriptInWorkers(new URL(workerScript, location.href).href)
		.then(() => getGlobalDispatcher().broadcast<null, boolean>('atlas:packed', null))
		.then(
			(answers) => (packing = answers.length > 0 && answers.every((a) => a === true)),
			() => (packing = false)
		);
	return starting;
}

/** What each source was last sent, as objects (for tests and tools: the source itself holds their text). */
const sent = new WeakMap<GeoJSONSource, FeatureCollection>();

/**
 * A clustered source's options go with every update too, and the atlas's carry 97 cluster properties (the goal
 * filter's counts, ./filterExpressions.ts), walked and cloned as objects on each update. Packed the same way,
 * once, on the options the source sends from then on.
 */
function packOptions(source: GeoJSONSource) {
	const options = source.workerOptions as { clusterProperties?: unknown } | undefined;
	if (!options?.clusterProperties || options.clusterProperties instanceof String) return;
	options.clusterProperties = new String(JSON.stringify(options.clusterProperties));
}

/** Sends `data` to `source`: packed once the workers read it (see above), else as objects. */
export function sendData(source: GeoJSONSource | undefined, data: FeatureCollection): void {
	if (!source) return;
	sent.set(source, data);
	if (packing) packOptions(source);
	// The reader in the worker turns the text back into this collection before MapLibre's loadData runs.
	source.setData(packing ? (new String(packed(data)) as unknown as FeatureCollection) : data);
}

/**
 * Each feature's text, kept while the feature is: the cities' features are made once and sent again with every
 * change (style.ts `citiesToGeoJSON`), and writing 10,000 of them anew was 6 ms of a scope switch (traced).
 */
const texts = new WeakMap<object, string>();
function featureText(feature: object): string {
	let text = texts.get(feature);
	if (text === undefined) texts.set(feature, (text = JSON.stringify(feature)));
	return text;
}

/** The collection as JSON, from its features' texts: what `JSON.stringify(data)` gives for the cities' collections (a type and features, nothing else). */
export function packed(data: FeatureCollection): string {
	return `{"type":"FeatureCollection","features":[${data.features.map(featureText).join(',')}]}`;
}

/** The collection last sent to `source` with `sendData`. */
export const sentData = (source: GeoJSONSource | undefined): FeatureCollection | undefined => (source ? sent.get(source) : undefined);

/** Whether the cities go packed (for tests). */
export const isPacking = () => packing;
