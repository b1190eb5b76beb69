/**
 * Chart text is laid out before any browser can measure it (the charts are prerendered), so widths are
 * estimated from the character count. 0.56 em a character is a little wider than Noto Sans's average for
 * mixed-case Latin text (about 0.5 em), so an estimate errs towards room, not overlap.
 */
const EM_PER_CHAR = 0.56;

let context: CanvasRenderingContext2D | null | undefined;

/**
 * The estimate, or in a browser the width the page's font really takes when that is more (words heavy in m
 * and w, like "empowerment", run past the average), so a label never runs into what follows it.
 */
export function textWidth(text: string, fontSize: number, weight = 400): number {
	const estimate = text.length * fontSize * EM_PER_CHAR * (weight >= 600 ? 1.08 : 1);
	if (context === undefined) context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
	if (!context) return estimate;
	context.font = `${weight} ${fontSize}px "Noto Sans", "Noto Sans Fallback", sans-serif`;
	return Math.max(estimate, context.measureText(text).width);
}

/**
 * A label as one line if it fits `maxWidth`, otherwise as two lines broken at the space that makes the longer
 * line shortest (French and Spanish goal names run longer than the English ones).
 */
export function labelLines(label: string, fontSize: number, maxWidth: number): string[] {
	if (textWidth(label, fontSize) <= maxWidth) return [label];
	let best: string[] = [label];
	let bestWidth = Infinity;
	for (let i = label.indexOf(' '); i !== -1; i = label.indexOf(' ', i + 1)) {
		const lines = [label.slice(0, i), label.slice(i + 1)];
		const width = Math.max(...lines.map((line) => textWidth(line, fontSize)));
		if (width < bestWidth) [best, bestWidth] = [lines, width];
	}
	return best;
}
