/**
 * The deck map's label size: three quarters of the slide text (deck.css: max(24px, 3.2vmin)), so a name on the
 * map reads from as far back as the slide (18px at 1024x768, 26px at 1920x1080) instead of the atlas's 14px.
 */
export const MAP_LABEL_SHARE = 0.75;

export function deckLabelSize(width: number, height: number): number {
	return Math.round(MAP_LABEL_SHARE * Math.max(24, 0.032 * Math.min(width, height)));
}
