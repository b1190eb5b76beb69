/**
 * The SVG map's side of the renderer contract: the same calls MapLibre answers, kept as rune state that
 * SvgMap.svelte draws from. Motion is ignored: the fallback runs on machines without a GPU, where redrawing
 * every country per frame would stutter, so it always jumps.
 */
import { LABEL_SIZE } from './labelSize';
import type { MapRenderer, ZoomRange } from './renderer';
import type { CityPoint } from './style';

/** How far the zoom buttons go on the SVG map: four steps of two, about as far as MapLibre's country-sized zoom. */
export const SVG_MAX_SCALE = 16;

export class SvgRenderer implements MapRenderer {
	readonly kind = 'svg';
	selected = $state<string | null>(null);
	hovered = $state<string | null>(null);
	dimmed = $state.raw<ReadonlySet<string>>(new Set());
	labelSize = $state(LABEL_SIZE);
	/** The zoom buttons' magnification of the frame below, 1 (the frame) to SVG_MAX_SCALE. */
	scale = $state(1);
	/** On a crowded map, the cities of the group last chosen: the map fits them instead of every city. */
	frame = $state.raw<readonly CityPoint[] | null>(null);

	select(id: string | null) {
		this.selected = id;
	}
	hover(id: string | null) {
		this.hovered = id;
	}
	setLabelSize(size: number) {
		this.labelSize = size;
	}
	setDimmed(ids: ReadonlySet<string>) {
		this.dimmed = new Set(ids);
	}
	#framed: readonly CityPoint[] | null = null;
	/**
	 * SvgMap.svelte draws the cities it is given, and frames the world it is given: a new world lets a group's
	 * frame go (it may hold cities gone); a year's step, in the same world, keeps it.
	 */
	setCities(cities: readonly CityPoint[], frame = cities) {
		if (this.#framed !== null && frame !== this.#framed) this.showWorld();
		this.#framed = frame;
	}
	/** Zooming out past a group's frame goes back to the whole world: the frame is the group's, not a zoom level. */
	zoomBy(delta: number) {
		if (delta < 0 && this.scale <= 1) this.frame = null;
		this.scale = Math.min(SVG_MAX_SCALE, Math.max(1, this.scale * 2 ** delta));
	}
	/** Shows a group's cities (null: every city), as a click on a MapLibre cluster zooms in until it splits. */
	showFrame(cities: readonly CityPoint[] | null) {
		this.frame = cities;
		this.scale = 1;
	}
	showWorld() {
		this.showFrame(null);
	}
	onZoom(listener: (range: ZoomRange) => void) {
		return $effect.root(() => {
			$effect(() => listener({ canZoomIn: this.scale < SVG_MAX_SCALE, canZoomOut: this.scale > 1 || this.frame !== null }));
		});
	}
	destroy() {}
}
