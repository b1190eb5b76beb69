import { flow, LINE } from '../layout';
import { textWidth } from '../textWidth';

/**
 * How the profile paints a bar, in one place so its legend paints its swatches the same way: the first city
 * in the goal's colour, the second lighter (the same colour, a third as strong), low confidence hatched.
 */
export const SECOND_OPACITY = 0.35;

export function barFill(colour: string, k: number, low: boolean, hatch: string, goal = ''): { fill: string; opacity: number } {
	return { fill: low ? `url(#${hatch}-${goal})` : colour, opacity: k === 0 ? 1 : SECOND_OPACITY };
}

export type LegendKind = 'city' | 'average' | 'low';
export interface LegendItem {
	kind: LegendKind;
	/** 0 for the selected city, 1 for the compared one. */
	k: number;
	id: string;
	text: string;
}

/** Where the legend's items go, and how tall it is, at `width`. */
export function legendLayout(items: readonly LegendItem[], width: number, font: number, swatch: number) {
	const lineHeight = Math.round(font * LINE + 8);
	const key = (kind: LegendKind) => (kind === 'average' ? 8 : swatch);
	const at = flow(items.map((item) => key(item.kind) + 6 + textWidth(item.text, font)), width, lineHeight);
	return { at, height: (at.at(-1)?.y ?? 0) + lineHeight, textX: (kind: LegendKind) => key(kind) + 6 };
}
