import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { trimMaplibreCss } from '../../src/lib/map/maplibreCss';

const full = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
const trimmed = trimMaplibreCss(full);

describe("MapLibre's stylesheet, trimmed to what the atlas shows", () => {
	it('keeps the rules the map and the compact attribution need, unchanged', () => {
		for (const rule of [
			'.maplibregl-map{',
			'.maplibregl-canvas{position:absolute;left:0;top:0}',
			'.maplibregl-ctrl-bottom-right .maplibregl-ctrl{',
			'.maplibregl-ctrl-attrib.maplibregl-compact{',
			'.maplibregl-ctrl-attrib-button{',
			'.maplibregl-boxzoom{',
			// Touch screens: one finger scrolls the page over the map (touch-action), and the two-finger hint shows.
			'.maplibregl-canvas-container.maplibregl-touch-drag-pan.maplibregl-cooperative-gestures .maplibregl-canvas{touch-action:pan-x pan-y}',
			'.maplibregl-cooperative-gesture-screen.maplibregl-show{',
			'.maplibregl-cooperative-gesture-screen .maplibregl-mobile-message{display:block}'
		]) {
			expect(trimmed, rule).toContain(rule);
			expect(full.replace(/\/\*[\s\S]*?\*\//g, ''), rule).toContain(rule);
		}
		// A rule inside @media keeps its media query.
		expect(trimmed).toMatch(/@media screen\{[^}]*\.maplibregl-ctrl-attrib\.maplibregl-compact\{/);
	});

	it('drops what the atlas never shows: popups, markers, the logo, other controls and their icons', () => {
		for (const part of ['maplibregl-popup', 'maplibregl-marker', 'maplibregl-ctrl-logo', 'maplibregl-ctrl-zoom-in', 'maplibregl-ctrl-geolocate', 'maplibregl-user-location']) {
			expect(full, part).toContain(part);
			expect(trimmed, part).not.toContain(part);
		}
	});

	it('keeps braces balanced and is under a fifth of the original in gzip', () => {
		expect(trimmed.split('{').length).toBe(trimmed.split('}').length);
		expect(gzipSync(trimmed).length).toBeLessThan(gzipSync(full).length / 5);
	});

	it('keeps, from a selector list, only the selectors the atlas uses', () => {
		const css = '.maplibregl-canvas:focus,.maplibregl-popup{color:red}.maplibregl-marker{x:y}@media print{.maplibregl-marker{x:y}}';
		expect(trimMaplibreCss(css)).toBe('.maplibregl-canvas:focus{color:red}');
	});

	it('keeps the attribution button\'s focus ring (shared in MapLibre with buttons the atlas does not show)', () => {
		expect(trimmed).toContain('.maplibregl-ctrl-attrib-button:focus{box-shadow:');
	});
});
