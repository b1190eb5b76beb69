/**
 * Chart geometry in CSS pixels of the width a chart really has: the charts measure their column and draw at
 * that width, so text keeps its size instead of being scaled down with a fixed viewBox (at 1024x768 that made
 * 10.5 px labels render at about 10 px). Pure, so it is tested without a browser.
 */
import { scaleSqrt } from 'd3';
import { labelLines, textWidth } from './textWidth';

/** Chart text size. 14 px reads on a projector at 1024x768; 12 is the floor a narrow phone column may fall to. */
export const FONT = 14;
export const FONTS = [14, 13, 12] as const;
/** Line height of chart text, in ems. */
export const LINE = 1.2;

/** The width to draw at: the measured one (before measuring, on the server, a phone-sized guess), capped. */
export function chartWidth(measured: number, fallback = 360, max = 620): number {
	return Math.round(Math.min(max, measured > 0 ? measured : fallback));
}

/** Slant of the matrix's column headings, degrees above the horizontal: they read up and to the right. */
export const HEADER_ANGLE = 60;

export interface MatrixRowIn {
	id: string;
	name: string;
	/** Rows sharing a group sit together under a heading (the region, when sorted by region). */
	group?: string;
}

export interface HeaderGeometry {
	/** The slanted band over the column and the mark row under it: the heading's hit area and highlight. */
	band: string;
	/** Puts the text's origin at the column's centre, on the band's base, with x running up the band. */
	transform: string;
	lines: { text: string; x: number; y: number }[];
}

export interface MatrixGeometry {
	width: number;
	height: number;
	font: number;
	cell: number;
	rowHeight: number;
	labelWidth: number;
	/** Top of the first row (headings and mark row above it). */
	headerHeight: number;
	/** Where the slanted bands meet the mark row. */
	base: number;
	x: (goal: string) => number;
	y: (id: string) => number;
	radius: (score: number) => number;
	header: (goal: string) => HeaderGeometry;
	/** Group headings (region names), each above its first row. */
	headings: { group: string; y: number }[];
	/** Where the rows end: the legend goes below. */
	bottom: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;

/**
 * The goal matrix laid out to `width`: a name column as wide as the longest name, one column per goal, and
 * headings slanted up-right inside a band that starts on their own column, so a heading never sits over a
 * neighbour. The largest font of FONTS whose columns stay wide enough for two heading lines wins; past the
 * smallest, the chart grows past `width` (and the page scales it down).
 */
export function matrixGeometry(width: number, rows: readonly MatrixRowIn[], goals: readonly { id: string; label: string }[]): MatrixGeometry {
	const sin = Math.sin(rad(HEADER_ANGLE));
	const cos = Math.cos(rad(HEADER_ANGLE));
	let plan!: ReturnType<typeof fit>;
	function fit(font: number) {
		const labelWidth = Math.ceil(Math.max(0, ...rows.map((r) => textWidth(r.name, font)))) + 12;
		const lines = goals.map((g) => labelLines(g.label, font, 7 * font));
		const lh = font * 1.15;
		const block = Math.max(...lines.map((l) => l.length)) * lh;
		// Bold: a heading in the filter is drawn bold.
		const longest = Math.max(...lines.flat().map((l) => textWidth(l, font, 700)));
		// Far enough up the band that the lowest line clears the band's base.
		const start = (block / 2) * (cos / sin) + 4;
		const run = start + longest + 6;
		const right = run * cos + 4;
		const need = (block + 2) / sin;
		const cell = Math.min(64, Math.max(need, (width - labelWidth - right) / goals.length));
		return { font, labelWidth, lines, lh, start, run, right, cell, fits: (width - labelWidth - right) / goals.length >= need };
	}
	for (const font of FONTS) {
		plan = fit(font);
		if (plan.fits) break;
	}
	const { font, labelWidth, lines, lh, start, run, cell } = plan;
	const markRow = font + 14;
	const base = Math.ceil(run * sin) + 4;
	const headerHeight = base + markRow;
	const rowHeight = Math.max(30, Math.round(font * 2.2));
	const headingHeight = Math.round(font * LINE + 12);
	const ys = new Map<string, number>();
	const headings: { group: string; y: number }[] = [];
	let y = headerHeight;
	rows.forEach((row, i) => {
		if (row.group !== undefined && row.group !== rows[i - 1]?.group) {
			headings.push({ group: row.group, y });
			y += headingHeight;
		}
		ys.set(row.id, y);
		y += rowHeight;
	});
	const xs = new Map(goals.map((g, i) => [g.id, labelWidth + i * cell]));
	const radius = scaleSqrt().domain([0, 3]).range([0, Math.min(rowHeight, cell) / 2 - 2]);
	const used = Math.ceil(labelWidth + goals.length * cell + plan.right);
	return {
		width: Math.max(width, used),
		height: y + 4,
		font,
		cell,
		rowHeight,
		labelWidth,
		headerHeight,
		base,
		x: (g) => xs.get(g) ?? 0,
		y: (id) => ys.get(id) ?? 0,
		radius: (s) => radius(s),
		headings,
		bottom: y,
		header(goal) {
			const i = goals.findIndex((g) => g.id === goal);
			const x0 = labelWidth + i * cell;
			const dx = run * cos;
			const dy = run * sin;
			const band = `M${x0},${headerHeight} V${base} L${x0 + dx},${base - dy} H${x0 + cell + dx} L${x0 + cell},${base} V${headerHeight} Z`;
			const own = lines[i] ?? [];
			return {
				band,
				transform: `translate(${x0 + cell / 2}, ${base}) rotate(${-HEADER_ANGLE})`,
				lines: own.map((text, k) => ({ text, x: start, y: (k - (own.length - 1) / 2) * lh + font * 0.35 }))
			};
		}
	};
}

/**
 * Where a bar's value label goes: just past the bar's end, or past a tick (the average) that would strike
 * through it there.
 */
export function valueLabelX(barEnd: number, ticks: readonly number[], labelWidth: number, gap = 5): number {
	let x = barEnd + gap;
	for (const tick of [...ticks].sort((a, b) => a - b)) if (tick > x - gap && tick < x + labelWidth + gap) x = tick + gap;
	return x;
}

export interface LegendGeometry {
	/** x of the centres of the score 1, 2 and 3 discs. */
	discs: number[];
	low: { x: number; y: number };
	height: number;
}

/** The matrix's key on one line, or with its low-confidence item on a second when one would overflow. */
export function matrixLegend(width: number, font: number, radius: (s: number) => number, scoreLabel: string, lowLabel: string): LegendGeometry {
	const discs: number[] = [];
	let x = textWidth(scoreLabel, font) + 8;
	for (const s of [1, 2, 3]) {
		discs.push(x + radius(s));
		x += 2 * radius(s) + 6;
	}
	const lowX = x + 14 + radius(2);
	const wraps = 6 + lowX + radius(2) + 6 + textWidth(lowLabel, font) > width;
	const line = 2 * radius(3) + 8;
	return { discs, low: wraps ? { x: radius(2), y: line } : { x: lowX, y: 0 }, height: (wraps ? 2 * line : line) + 4 };
}

/** Items of a legend placed left to right, wrapping to a new line where the next would pass `width`. */
export function flow(widths: readonly number[], width: number, lineHeight: number, gap = 16): { x: number; y: number }[] {
	let x = 0;
	let y = 0;
	return widths.map((w) => {
		if (x > 0 && x + w > width) {
			x = 0;
			y += lineHeight;
		}
		const at = { x, y };
		x += w + gap;
		return at;
	});
}
