/**
 * Imported into each of MapLibre's workers (`importScriptInWorkers`, see ./packedData.ts): the GeoJSON that a
 * source's `setData` hands over as JSON text (a String object), and the cluster properties sent with it, are
 * read back into objects here, in the worker, before MapLibre's own loadData sees them. Sent as objects, the
 * atlas's cities cost the main thread MapLibre's walk over every feature (web_worker_transfer's serialize) and
 * the structured clone of the result (0.7 to 1.3 ms a send at 322 cities); sent as text, the main thread writes
 * the JSON and the browser copies one string (0.4 to 0.5 ms).
 *
 * Plain JavaScript, run as it is: the worker imports it by URL. It reads MapLibre's worker (`self.worker`, its
 * actor's handlers): if a MapLibre version renames them, this throws, `packedData.ts` never hears the
 * 'atlas:packed' answer, and the cities go on being sent as objects.
 */
const actor = self.worker.actor;
/** MessageType.loadData in MapLibre's actor_messages.ts. */
const LOAD_DATA = 'LD';
const load = actor.messageHandlers[LOAD_DATA];
if (typeof load !== 'function') throw new Error('MapLibre worker: no loadData handler to wrap');
/** The cluster properties come with every update, the same text each time: read once. */
let lastProperties = { text: '', value: undefined };
function clusterProperties(text) {
	if (text !== lastProperties.text) lastProperties = { text, value: JSON.parse(text) };
	return lastProperties.value;
}
actor.registerMessageHandler(LOAD_DATA, (mapId, params, abortController) => {
	if (params && params.data instanceof String) params.data = JSON.parse(params.data.valueOf());
	if (params && params.clusterProperties instanceof String) params.clusterProperties = clusterProperties(params.clusterProperties.valueOf());
	return load(mapId, params, abortController);
});
actor.registerMessageHandler('atlas:packed', async () => true);
