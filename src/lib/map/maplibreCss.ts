/**
 * MapLibre's stylesheet, cut to what the atlas's map uses. maplibre-gl.css (10 kB gzip) styles every control,
 * popup and marker MapLibre has, most of it icons inlined as SVG data; the atlas shows a canvas, the compact
 * attribution control and the touch screen's two-finger hint, nothing else. This keeps each rule (inside @media
 * blocks too) with only those of its selectors that name nothing but those parts, declarations unchanged, and drops
 * the rest: MapLibre's own rules style what is shown (about 1 kB gzip).
 * Applied at build time to the imported file by the Vite plugin below.
 */
import type { Plugin } from 'vite';

/** The MapLibre classes the atlas's map puts on the page (map, canvas, corners, attribution, box zoom). */
const USED = new Set([
	'maplibregl-map',
	'maplibregl-canvas',
	'maplibregl-canvas-container',
	'maplibregl-interactive',
	'maplibregl-track-pointer',
	'maplibregl-touch-zoom-rotate',
	'maplibregl-touch-drag-pan',
	'maplibregl-control-container',
	'maplibregl-ctrl',
	'maplibregl-ctrl-top-left',
	'maplibregl-ctrl-top-right',
	'maplibregl-ctrl-bottom-left',
	'maplibregl-ctrl-bottom-right',
	'maplibregl-ctrl-attrib',
	'maplibregl-ctrl-attrib-button',
	'maplibregl-ctrl-attrib-inner',
	'maplibregl-compact',
	'maplibregl-compact-show',
	'maplibregl-attrib-empty',
	'maplibregl-boxzoom',
	// Cooperative gestures on touch screens (maplibre.ts): the page keeps one-finger scroll, the hint says two fingers.
	'maplibregl-cooperative-gestures',
	'maplibregl-cooperative-gesture-screen',
	'maplibregl-show',
	'maplibregl-desktop-message',
	'maplibregl-mobile-message'
]);

/** Top-level blocks of a stylesheet: `selector{...}` rules and `@media ...{...}` groups. */
function blocks(css: string): string[] {
	const out: string[] = [];
	let depth = 0;
	let start = 0;
	let quote: string | null = null;
	for (let i = 0; i < css.length; i++) {
		const c = css[i]!;
		if (quote) {
			if (c === quote && css[i - 1] !== '\\') quote = null;
		} else if (c === '"' || c === "'") quote = c;
		else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) {
			out.push(css.slice(start, i + 1).trim());
			start = i + 1;
		}
	}
	return out.filter((b) => b && !b.startsWith('/*'));
}

/** Whether a selector names only used classes (and at least one). */
function usedSelector(selector: string): boolean {
	const classes = [...selector.matchAll(/\.(maplibregl-[\w-]+)/g)].map((m) => m[1]!);
	return classes.length > 0 && classes.every((c) => USED.has(c));
}

/** A rule with only its used selectors (`.a:focus,.unused:focus{...}` keeps `.a:focus`), or nothing. */
function trimRule(rule: string): string[] {
	const open = rule.indexOf('{');
	const selectors = rule.slice(0, open).split(',').filter(usedSelector);
	return selectors.length ? [`${selectors.join(',')}${rule.slice(open)}`] : [];
}

export function trimMaplibreCss(css: string): string {
	// Comments first (the licence header is kept by the bundle's own notice; no rule hides inside one).
	const source = css.replace(/\/\*[\s\S]*?\*\//g, '');
	return blocks(source)
		.flatMap((block) => {
			if (!block.startsWith('@')) return trimRule(block);
			const open = block.indexOf('{');
			const inner = blocks(block.slice(open + 1, -1)).flatMap(trimRule);
			return inner.length ? [`${block.slice(0, open)}{${inner.join('')}}`] : [];
		})
		.join('\n');
}

/** The Vite plugin: trims maplibre-gl.css wherever it is imported, before Vite's own CSS handling. */
export function trimMaplibreStylesheet(): Plugin {
	return {
		name: 'atlas:trim-maplibre-css',
		enforce: 'pre',
		transform(code, id) {
			if (!/maplibre-gl\/dist\/maplibre-gl\.css(\?.*)?$/.test(id)) return null;
			return { code: trimMaplibreCss(code), map: null };
		}
	};
}
