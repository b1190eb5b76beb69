/**
 * Downloads of the panels and the data: a chart's SVG as a standalone file, the same picture as PNG, and the
 * filtered cities as CSV, each crediting the book. Hand-written: a few lines beat a dependency here.
 */
import { slugify } from '$lib/data/slug';
import { dsvFormat } from 'd3';
import type { CitySummary, Confidence, GoalId, Locale, PublicationSummary, RegionId } from '$lib/data/schema';
import { GOAL_IDS } from '$lib/data/vocabulary';

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface CreditParts {
	editor: string;
	title: string;
	publisher: string;
	year: number;
	url: string;
	site: string;
}

/** The English wording; the atlas passes its translated message (Paraglide's `m.chart_credit`) instead. */
const englishCredit = (p: CreditParts) =>
	`Source: ${p.editor} et al. (eds), ${p.title}, ${p.publisher}, ${p.year}. ${p.url} · Scores: ${p.site}`;

/**
 * The citation every exported file carries, in `locale` (the book's title in that language). The wording comes
 * in as a function so this module stays free of the compiled messages (its unit test runs without them).
 */
export function creditLine(
	publication: PublicationSummary,
	locale: Locale = 'en',
	wording: (parts: CreditParts) => string = englishCredit,
	site = 'Learning Cities Atlas'
): string {
	const [first] = publication.editors;
	const editor = first?.split(' ').slice(1).join(' ') ?? '';
	const { publisher, year, url } = publication;
	return wording({ editor, title: publication.title[locale], publisher, year, url, site });
}

/**
 * A chart's SVG as a file: size fixed, a white background, a title and the credit under the chart. Positions the
 * page animates with CSS transforms become `transform` attributes, which every SVG reader understands.
 */
export function svgFile(svg: SVGSVGElement, title: string, credit: string, caption = ''): string {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlinePaint(svg, clone);
	cleanExport(clone);
	const [x, y, w, h] = (svg.getAttribute('viewBox') ?? '0 0 300 150').split(/[\s,]+/).map(Number) as [number, number, number, number];
	const captionLines = caption ? wrap(caption, Math.max(30, Math.floor(w / 6.4))) : [];
	const top = 28 + captionLines.length * 16;
	// The credit wraps to the chart's width (about 4.6 px per character at 8 px).
	const lines = wrap(credit, Math.max(30, Math.floor(w / 4.6)));
	const bottom = 12 + lines.length * 11;
	const height = h + top + bottom;
	clone.setAttribute('xmlns', SVG_NS);
	clone.setAttribute('viewBox', `${x} ${y - top} ${w} ${height}`);
	clone.setAttribute('width', String(w));
	clone.setAttribute('height', String(height));
	clone.setAttribute('font-family', 'Noto Sans, Arial, sans-serif');
	for (const el of clone.querySelectorAll<SVGElement>('[style]')) {
		const transform = el.style.transform;
		if (transform) {
			el.setAttribute('transform', transform.replaceAll('px', ''));
			el.style.removeProperty('transform');
		}
		el.style.removeProperty('transition');
	}
	for (const el of clone.querySelectorAll('[tabindex]')) el.removeAttribute('tabindex');
	const make = (name: string, attrs: Record<string, string | number>, text?: string) => {
		const el = document.createElementNS(SVG_NS, name);
		for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
		if (text !== undefined) el.textContent = text;
		return el;
	};
	const background = make('rect', { x, y: y - top, width: w, height, fill: '#ffffff' });
	const heading = make('text', { x: x + 4, y: y - top + 20, 'font-size': 15, 'font-weight': 600, fill: '#16202b' }, title);
	// The filter and the date the picture was taken, so a pasted chart still says why rows are struck through.
	const captionText = make('text', { x: x + 4, y: y - top + 38, 'font-size': 12, fill: '#16202b', 'data-caption': '' });
	captionText.append(...captionLines.map((line, i) => make('tspan', { x: x + 4, dy: i ? 16 : 0 }, line)));
	const note = make('text', { x: x + 4, y: y + h + 14, 'font-size': 8, fill: '#4b5866' });
	note.append(...lines.map((line, i) => make('tspan', { x: x + 4, dy: i ? 11 : 0 }, line)));
	// The credit whole in <desc> too, for readers and tools that take text, not pictures.
	clone.prepend(make('title', {}, title), make('desc', {}, credit), background, heading, ...(caption ? [captionText] : []));
	clone.append(note);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}\n`;
}

/**
 * Greedy word wrap that never cuts a word: a word longer than a line (a URL) breaks after its slashes, and a
 * piece still longer than a line keeps a line of its own.
 */
export function wrap(text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).flatMap((w) => (w.length > width ? urlPieces(w, width) : [w]))) {
		if (!line) line = word;
		else if (line.length + 1 + word.length <= width) line += ` ${word}`;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** A long word split after its slashes into pieces of at most `width` where it can be, joined back without spaces. */
function urlPieces(word: string, width: number): string[] {
	const parts = word.split(/(?<=\/)/);
	const pieces: string[] = [];
	for (const part of parts) {
		const last = pieces.at(-1);
		if (last !== undefined && last.length + part.length <= width) pieces[pieces.length - 1] = last + part;
		else pieces.push(part);
	}
	return pieces;
}

const PAINT = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'paint-order'] as const;

/** The charts paint partly from their stylesheet, which a file does not carry: each mark's paint becomes attributes. */
export function inlinePaint(source: SVGSVGElement, clone: SVGSVGElement): void {
	const from = source.querySelectorAll('rect, circle, path, line, text, polygon');
	const to = clone.querySelectorAll('rect, circle, path, line, text, polygon');
	from.forEach((el, i) => {
		const style = getComputedStyle(el);
		for (const name of PAINT) to[i]?.setAttribute(name, style.getPropertyValue(name));
	});
}

/**
 * What a file needs none of: Svelte's scoping classes (`svelte-1abc`), and references (aria-describedby, a
 * focus hint beside the chart) to elements the file does not hold.
 */
export function cleanExport(root: Element): void {
	const ids = new Set([...root.querySelectorAll('[id]')].map((el) => el.id));
	for (const el of [root, ...root.querySelectorAll('*')]) {
		const kept = [...el.classList].filter((c) => !/^svelte-/.test(c));
		if (kept.length) el.setAttribute('class', kept.join(' '));
		else el.removeAttribute('class');
		for (const attr of ['aria-describedby', 'aria-labelledby']) {
			const refs = (el.getAttribute(attr) ?? '').split(/\s+/).filter((id) => id && ids.has(id));
			if (refs.length) el.setAttribute(attr, refs.join(' '));
			else el.removeAttribute(attr);
		}
	}
}

/** A download's file name: the chart's base name, then what it shows (cities, goals, threshold), as a slug. */
export function exportName(base: string, parts: readonly (string | number)[] = []): string {
	return [base, ...parts.map(slugify).filter(Boolean)].join('-');
}

/** Draws an SVG file onto a canvas at `scale` times its size and returns the PNG. */
export async function pngFromSvg(markup: string, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.ceil(image.naturalWidth * scale);
		canvas.height = Math.ceil(image.naturalHeight * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('no 2D canvas');
		context.drawImage(image, 0, 0, canvas.width, canvas.height);
		return await new Promise<Blob>((resolve, reject) =>
			canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

/**
 * The PNG with a text of its own (an iTXt chunk, UTF-8, right after the header): the caption and the credit travel
 * with the picture as text, for search, screen readers' alt suggestions and anyone who reads its properties.
 */
export async function withPngText(png: Blob, entries: Record<string, string>): Promise<Blob> {
	const bytes = new Uint8Array(await png.arrayBuffer());
	const encoder = new TextEncoder();
	const chunks = Object.entries(entries).map(([keyword, text]) => {
		// keyword, NUL, no compression (0, 0), no language tag (NUL), no translated keyword (NUL), the text.
		const data = new Uint8Array([...encoder.encode(keyword), 0, 0, 0, 0, 0, ...encoder.encode(text)]);
		const chunk = new Uint8Array(12 + data.length);
		const view = new DataView(chunk.buffer);
		view.setUint32(0, data.length);
		chunk.set(encoder.encode('iTXt'), 4);
		chunk.set(data, 8);
		view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
		return chunk;
	});
	// The signature (8 bytes), then IHDR: its length, type, 13 bytes of data and its CRC.
	const headerEnd = 8 + 12 + 13;
	return new Blob([bytes.subarray(0, headerEnd), ...chunks, bytes.subarray(headerEnd)], { type: 'image/png' });
}

/** The CSV's words in the page's language: column headings and the values that are words. */
export interface CsvWords {
	columns: Record<'id' | 'city' | 'country' | 'region' | 'source', string>;
	goal: (id: GoalId) => string;
	/** The heading of a goal's confidence column, from the goal's heading. */
	confidenceColumn: (goal: string) => string;
	confidence: (value: Confidence) => string;
	region: (id: RegionId) => string;
	country: (iso2: string) => string;
}

/**
 * The cities (the filtered ones) with their five scores and confidences, then the credit as a column, in the
 * page's language (`words`). It starts with a byte-order mark: without it Excel reads UTF-8 as the computer's
 * legacy code page ("YbycuÃ­").
 */
export function citiesCsv(cities: readonly CitySummary[], credit: string, words: CsvWords, separator: ',' | ';' = ','): string {
	const { columns: heading } = words;
	const goalColumns = GOAL_IDS.map((g) => ({ id: g, score: words.goal(g), confidence: words.confidenceColumn(words.goal(g)) }));
	const rows = cities.map((c) => ({
		[heading.id]: c.id,
		[heading.city]: c.name,
		[heading.country]: words.country(c.iso2),
		[heading.region]: words.region(c.region),
		...Object.fromEntries(
			goalColumns.flatMap((g) => [
				[g.score, c.goals[g.id].score],
				[g.confidence, words.confidence(c.goals[g.id].confidence)]
			])
		),
		[heading.source]: credit
	}));
	const columns = [heading.id, heading.city, heading.country, heading.region, ...goalColumns.flatMap((g) => [g.score, g.confidence]), heading.source];
	return `\uFEFF${dsvFormat(separator).format(rows, columns)}\n`;
}

export function download(content: Blob | string, filename: string, type = 'text/plain') {
	const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// Give the browser time to start the download before the URL goes.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
