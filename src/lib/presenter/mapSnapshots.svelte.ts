/**
 * Pictures of the one map at each city, for the printed handout: printing cannot move a WebGL camera page by
 * page, so each city's view is captured from the canvas (kept with preserveDrawingBuffer) once, when the talk
 * reaches it, or all at once by "Print handout". At most one image per city, so a kiosk never accumulates more.
 */
import type { AtlasMap } from '$lib/map/maplibre';

export class MapSnapshots {
	images = $state<Record<string, string>>({});

	/** The live map inside an element, as MapView exposes it (null until it has loaded). */
	static find(root: Element | undefined): AtlasMap | null {
		const el = root?.querySelector('[data-map-state]') as (Element & { atlasMap?: AtlasMap }) | null | undefined;
		return el?.atlasMap ?? null;
	}

	#take(map: AtlasMap, cityId: string) {
		this.images[cityId] = map.map.getCanvas().toDataURL('image/jpeg', 0.85);
	}

	/** Captures the city's view once the map has come to rest there, unless already captured. */
	captureWhenIdle(map: AtlasMap, cityId: string, stillCurrent: () => boolean) {
		if (cityId in this.images) return;
		void map.map.once('idle').then(() => {
			if (stillCurrent() && !(cityId in this.images)) this.#take(map, cityId);
		});
	}

	/** Visits every city still missing (jumping, out of sight under the print dialog), then returns to `current`. */
	async captureAll(map: AtlasMap, cityIds: readonly string[], current: string | null) {
		for (const id of cityIds) {
			if (id in this.images) continue;
			map.select(id, 'jump');
			await map.map.once('idle');
			this.#take(map, id);
		}
		map.select(current, 'jump');
	}
}
