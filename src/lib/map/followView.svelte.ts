/**
 * The map view's props, passed on to whichever maps are drawing (the live one, and the SVG preview until the
 * live one takes over). Called while the map view is set up, so its effects live as long as the view.
 */
import type { GoalFilter } from '$lib/state/filter';
import type { MapRenderer } from './renderer';
import type { CityPoint } from './style';
import type { SvgRenderer } from './svgRenderer.svelte';

export interface FollowedView {
	cities: () => readonly CityPoint[];
	/** The cities the world view frames (MapRenderer.setCities). */
	frame: () => readonly CityPoint[];
	selected: () => string | null;
	hovered: () => string | null;
	dimmed: () => ReadonlySet<string>;
	filter: () => GoalFilter | undefined;
	labelSize: () => number;
	motion: () => 'fly' | 'essential' | 'jump';
	renderer: () => MapRenderer | null;
	preview: () => SvgRenderer | null;
}

export function followView(view: FollowedView): { restart(): void } {
	/**
	 * The ids as values: a prop such as `atlas.view.city` is read through the whole view, so an effect reading
	 * the prop itself re-ran on every view change (a goal toggle flew the camera back to the world view).
	 */
	const selectedId = $derived(view.selected());
	const hoveredId = $derived(view.hovered());

	let first = true;
	// Before the selection's effect: a link's city may only now be among the cities. A map that takes over gets
	// them too (it may have been made with the cities of a moment ago); each ignores the cities it already draws.
	$effect(() => {
		const [cities, frame] = [view.cities(), view.frame()];
		view.preview()?.setCities(cities, frame);
		view.renderer()?.setCities(cities, frame);
	});
	$effect(() => {
		const id = selectedId;
		view.preview()?.select(id);
		const renderer = view.renderer();
		if (!renderer) return;
		const motion = view.motion();
		// A view opened from a link jumps straight there, as does the live map taking over; later changes fly.
		renderer.select(id, first || motion === 'jump' ? 'jump' : 'fly', { essential: motion === 'essential' });
		first = false;
	});
	$effect(() => {
		view.preview()?.hover(hoveredId);
		view.renderer()?.hover(hoveredId);
	});
	$effect(() => {
		const size = view.labelSize();
		view.preview()?.setLabelSize(size);
		view.renderer()?.setLabelSize(size);
	});
	$effect(() => {
		const dimmed = view.dimmed();
		view.preview()?.setDimmed(dimmed);
		view.renderer()?.setDimmed(dimmed, view.filter());
	});
	return {
		/** A new map took over: it jumps to the view at once. */
		restart() {
			first = true;
		}
	};
}
