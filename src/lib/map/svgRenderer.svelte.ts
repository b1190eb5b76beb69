/**
 * The SVG map's side of the renderer contract: the same select/hover/setDimmed calls MapLibre answers,
 * kept as rune state that SvgMap.svelte draws from. Motion is ignored: the fallback runs on machines
 * without a GPU, where redrawing every country per frame would stutter, so it always jumps.
 */
import { LABEL_SIZE } from './labelPlacement';
import type { MapRenderer } from './renderer';

export class SvgRenderer implements MapRenderer {
	readonly kind = 'svg';
	selected = $state<string | null>(null);
	hovered = $state<string | null>(null);
	dimmed = $state.raw<ReadonlySet<string>>(new Set());
	labelSize = $state(LABEL_SIZE);

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
	destroy() {}
}
