/**
 * Label ownership, measured on screen: every name a map draws is nearer its own city's dot than any other dot,
 * covers no other dot, and lies wholly inside the map. On the live map the boxes are MapLibre's own, read from
 * its collision index (where it put each name it drew), and the dots are the cities as it projects them; on the
 * SVG map both are the DOM's boxes. At the world view of each viewport, after flying to a city, and on every
 * slide of the deck with a map.
 */
import type { Browser, Page } from '@playwright/test';
import { test, expect, mapAtRest, mapCenter, mapIdle, mapPixel } from './fixtures';
import { cities, dataset } from './data';
import { buildSlides } from '../../src/lib/presenter/slides';
import type { Deck } from '../../src/lib/data/schema';
import { readFileSync } from 'node:fs';

interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}
interface Drawn {
	/** The map's size, in CSS pixels. */
	width: number;
	height: number;
	dots: { id: string; x: number; y: number; r: number }[];
	labels: { id: string; box: Box }[];
	/** Names that two boxes claim at once (a box's centre inside another name's box). */
	overlaps: string[];
}

const distance = (x: number, y: number, b: Box) => Math.hypot(Math.max(b.x0 - x, 0, x - b.x1), Math.max(b.y0 - y, 0, y - b.y1));

/** What is wrong with the names drawn: an empty list when every name belongs to its own dot, whole. */
function problems({ width, height, dots, labels, overlaps }: Drawn): string[] {
	const found = [...overlaps];
	// Half a pixel of rounding at the edge.
	const e = 0.5;
	for (const { id, box } of labels) {
		if (box.x0 < -e || box.y0 < -e || box.x1 > width + e || box.y1 > height + e)
			found.push(`${id}'s name is cut by the map's edge (${Math.round(box.x0)}..${Math.round(box.x1)} of ${width}, ${Math.round(box.y0)}..${Math.round(box.y1)} of ${height})`);
		const own = dots.find((d) => d.id === id);
		if (!own) {
			found.push(`${id}'s name has no dot`);
			continue;
		}
		const mine = distance(own.x, own.y, box);
		for (const dot of dots) {
			if (dot.id === id) continue;
			const theirs = distance(dot.x, dot.y, box);
			if (theirs < dot.r) found.push(`${id}'s name covers ${dot.id}'s dot`);
			else if (theirs <= mine) found.push(`${id}'s name is nearer ${dot.id}'s dot (${theirs.toFixed(1)}px) than its own (${mine.toFixed(1)}px)`);
		}
	}
	return found;
}

/**
 * The map's own overlays as boxes in the map's frame (`frame`: the canvas or the SVG map): the zoom buttons, the
 * search field, the credit. Whatever lies under them, a reader cannot see or click.
 */
async function overlayBoxes(page: Page, frame: string): Promise<{ name: string; box: Box }[]> {
	return page.evaluate((frame) => {
		const origin = document.querySelector(frame)!.getBoundingClientRect();
		const found: { name: string; box: { x0: number; y0: number; x1: number; y1: number } }[] = [];
		for (const [name, selector] of [
			['the zoom buttons', '.map-controls'],
			['the search field', '.map-search input'],
			['the credit', '.maplibregl-ctrl-attrib, .svg-map .credit']
		])
			for (const el of document.querySelectorAll(selector!)) {
				const r = el.getBoundingClientRect();
				// The search field's box is its frame's (the field's border), not the input's text box alone.
				const box = name === 'the search field' ? (el.closest('.map-search') ?? el).getBoundingClientRect() : r;
				if (box.width && box.height) found.push({ name: name!, box: { x0: box.left - origin.x, y0: box.top - origin.y, x1: box.right - origin.x, y1: box.bottom - origin.y } });
			}
		return found;
	}, frame);
}

/** Dots and names under an overlay: an empty list when every city and name is in the clear. */
function underOverlays({ dots, labels }: Drawn, overlays: { name: string; box: Box }[]): string[] {
	const found: string[] = [];
	const meets = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
	for (const { name, box } of overlays) {
		for (const dot of dots) if (distance(dot.x, dot.y, box) < dot.r) found.push(`${dot.id}'s dot is under ${name}`);
		for (const label of labels) if (meets(label.box, box)) found.push(`${label.id}'s name is under ${name}`);
	}
	return found;
}

/**
 * The live map's names, once it is at rest: the collision boxes MapLibre placed (text-ignore-placement keeps them
 * in its second grid), each named by the label feature MapLibre finds at the box's centre; and every city's dot.
 */
async function liveDrawn(page: Page): Promise<Drawn> {
	await mapAtRest(page);
	return page.evaluate(async (ids) => {
		type Grid = { boxKeys: unknown[]; bboxes: number[] };
		const el = document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: any } };
		const map = el.atlasMap.map;
		const canvas = map.getCanvas() as HTMLCanvasElement;
		const width = canvas.clientWidth;
		const height = canvas.clientHeight;
		// The collision index works in a frame padded by 100px on every side (collision_index.ts, viewportPadding).
		const pad = 100;
		const index = map.style.placement.collisionIndex as { grid: Grid; ignoredGrid: Grid };
		const hidden = (map.getGlobalState()['label-hidden'] ?? {}) as Record<string, boolean>;
		const labels: { id: string; box: { x0: number; y0: number; x1: number; y1: number } }[] = [];
		const overlaps: string[] = [];
		for (const grid of [index.grid, index.ignoredGrid])
			for (let i = 0; i < grid.boxKeys.length; i++) {
				const [x0, y0, x1, y1] = grid.bboxes.slice(4 * i, 4 * i + 4).map((v) => v - pad) as [number, number, number, number];
				const centre = [(x0 + x1) / 2, (y0 + y1) / 2];
				// A map of single cities carries each name's place in its data (`lh`: hidden), a crowded one in global state.
				const features = map.queryRenderedFeatures(centre, { layers: ['city-labels'] }) as any[];
				const isHidden = (f: any) => ('la' in f.properties ? f.properties.lh === true : hidden[String(f.properties.id)] === true);
				const shown = [...new Set(features.filter((f) => !isHidden(f)).map((f) => String(f.properties.id)))] as string[];
				if (shown.length > 1) overlaps.push(`names overlap: ${shown.join(', ')}`);
				const box = { x0, y0, x1, y1 };
				// Whose box it is, from its key: the feature MapLibre placed it for. A hidden name keeps its (undrawn)
				// box, and where a drawn name lies over its centre the box is still the hidden one's. (If MapLibre's
				// private records change, the name drawn at its centre stands in.)
				const key = grid.boxKeys[i] as { bucketInstanceId: number; featureIndex: number };
				let owner: { id?: unknown; cluster?: unknown; la?: unknown; lh?: unknown } | null = null;
				try {
					const data = map.style.placement.retainedQueryData[key.bucketInstanceId];
					owner = (Object.values(data.featureIndex.loadVTLayers())[0] as any).feature(key.featureIndex).properties;
				} catch {
					owner = shown.length ? { id: shown[0] } : null;
				}
				// A group's count is not a name.
				if (!owner || owner.cluster || owner.id === undefined) continue;
				const id = String(owner.id);
				if ('la' in owner ? owner.lh === true : hidden[id] === true) continue;
				// Boxes wholly off the canvas are not drawn.
				if (x1 > 0 && y1 > 0 && x0 < width && y0 < height) labels.push({ id, box });
			}
		const dots = ids.map(({ id, lon, lat }) => {
			const p = map.project([lon, lat]);
			return { id, x: p.x, y: p.y, r: 7 };
		});
		return { width, height, dots, labels, overlaps };
	}, cities.map((c) => ({ id: c.id, lon: c.lon, lat: c.lat })));
}

/** The SVG map's names and dots, from their boxes on screen; a name drawn transparent (placed nowhere) is not drawn. */
async function svgDrawn(page: Page): Promise<Drawn> {
	return page.evaluate(() => {
		const map = document.querySelector('.svg-map')!.getBoundingClientRect();
		const dots: Drawn['dots'] = [];
		const labels: Drawn['labels'] = [];
		for (const marker of document.querySelectorAll<HTMLElement>('[data-map-city]')) {
			const id = marker.dataset.mapCity!;
			const dot = marker.querySelector('.dot')!.getBoundingClientRect();
			dots.push({ id, x: dot.x + dot.width / 2 - map.x, y: dot.y + dot.height / 2 - map.y, r: dot.width / 2 });
			const name = marker.querySelector<HTMLElement>('.name')!;
			const style = getComputedStyle(name);
			if (Number(style.opacity) === 0 || name.classList.contains('visually-hidden')) continue;
			const range = document.createRange();
			range.selectNodeContents(name);
			const r = range.getBoundingClientRect();
			labels.push({ id, box: { x0: r.left - map.x, y0: r.top - map.y, x1: r.right - map.x, y1: r.bottom - map.y } });
		}
		return { width: map.width, height: map.height, dots, labels, overlaps: [] };
	}) as Promise<Drawn>;
}

const VIEWPORTS = [
	{ width: 1280, height: 800 },
	{ width: 1024, height: 768 },
	{ width: 1920, height: 1080 },
	{ width: 390, height: 844, phone: true }
];

async function atlasPage(browser: Browser, { width, height, phone }: (typeof VIEWPORTS)[number]) {
	const context = await browser.newContext({
		viewport: { width, height },
		serviceWorkers: 'block',
		...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {})
	});
	return { context, page: await context.newPage() };
}

/** Starts the live map as the reader would: a tap on a phone (on the header, away from any link), a move elsewhere. */
async function liveIdle(page: Page, phone = false) {
	if (!phone) return mapIdle(page);
	await expect(async () => {
		await page.touchscreen.tap(4, 4);
		expect(await page.locator('[data-map-state]').getAttribute('data-map-state')).toBe('idle');
	}).toPass({ timeout: 30_000, intervals: [100, 250, 500] });
}

for (const viewport of VIEWPORTS) {
	const size = `${viewport.width}x${viewport.height}`;
	test.describe(size, () => {
		// Each test opens its own context (a phone needs touch): the guard fixture's page is not used.
		// In each language: the page above the map differs (French's header and filters take more lines), so the
		// map's size does too.
		for (const prefix of ['', '/fr', '/es'])
			test(`live map, world view at ${size}${prefix && ` in ${prefix.slice(1)}`}: every name by its own dot, over no other, inside the map; all twelve dots in view, none under the map's controls, search or credit`, async ({
				browser
			}) => {
				const { context, page } = await atlasPage(browser, viewport);
				await page.goto(`${prefix}/`);
				await liveIdle(page, viewport.phone);
				const drawn = await liveDrawn(page);
				expect(problems(drawn)).toEqual([]);
				// The world view fits every city, with room for a dot, on every screen (a phone's cut off the Americas).
				for (const dot of drawn.dots) expect(dot.x > 9 && dot.x < drawn.width - 9 && dot.y > 9 && dot.y < drawn.height - 9, `${dot.id} in view`).toBe(true);
				// At 1024x768 in French, Espoo was drawn under the search field and Melton under the credit (now under the map).
				await expect(page.locator('.map-search input')).toBeVisible();
				expect(underOverlays(drawn, await overlayBoxes(page, '.maplibregl-canvas'))).toEqual([]);
				expect(drawn.labels.length).toBeGreaterThanOrEqual(viewport.phone ? 9 : 12);
				await context.close();
			});

		test(`SVG preview at ${size}: every name by its own dot, over no other, inside the map`, async ({ browser }) => {
			const { context, page } = await atlasPage(browser, viewport);
			await page.goto('/');
			// No input: the SVG preview stays.
			await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'preview');
			const drawn = await svgDrawn(page);
			expect(drawn.dots).toHaveLength(cities.length);
			expect(problems(drawn)).toEqual([]);
			await expect(page.locator('.map-search input')).toBeVisible();
			expect(underOverlays(drawn, await overlayBoxes(page, '.svg-map'))).toEqual([]);
			await context.close();
		});
	});
}

/**
 * The whole network at its world view: the zoom buttons cover the map's top left corner, where North America
 * lies. Edmonton was drawn under them at 1280x800 (its dot half hidden) and wholly hidden on a phone, Mexico's
 * group beside them. No dot, group or name goes under them, on the SVG map or on the live one.
 */
async function svgMarks(page: Page): Promise<{ id: string; x: number; y: number; r: number }[]> {
	return page.evaluate(() => {
		const map = document.querySelector('.svg-map')!.getBoundingClientRect();
		return [...document.querySelectorAll<HTMLElement>('.svg-map [data-map-city] .dot, .svg-map [data-map-cluster] .disc')].map((el) => {
			const r = el.getBoundingClientRect();
			const mark = el.closest<HTMLElement>('[data-map-city], [data-map-cluster]')!;
			return { id: mark.dataset.mapCity ?? `a group of ${mark.dataset.mapCluster}`, x: r.x + r.width / 2 - map.x, y: r.y + r.height / 2 - map.y, r: r.width / 2 };
		});
	});
}
async function liveMarks(page: Page): Promise<{ id: string; x: number; y: number; r: number }[]> {
	return page.evaluate(() => {
		const map = (document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: any } }).atlasMap.map;
		return map.queryRenderedFeatures({ layers: ['city-points', 'city-clusters'] }).map((f: any) => {
			const p = map.project(f.geometry.coordinates);
			const group = f.properties.point_count;
			return { id: group ? `a group of ${group}` : String(f.properties.id), x: p.x, y: p.y, r: group ? 12 : 5 };
		});
	});
}
for (const viewport of [VIEWPORTS[0]!, VIEWPORTS[1]!, VIEWPORTS[3]!]) {
	const size = `${viewport.width}x${viewport.height}`;
	const buttons = async (page: Page, frame: string) => {
		const found = (await overlayBoxes(page, frame)).filter((o) => o.name === 'the zoom buttons');
		expect(found).toHaveLength(1);
		return found;
	};
	test(`the network at ${size}: no dot, group or name under the zoom buttons, on the SVG map and on the live map`, async ({ browser }) => {
		const { context, page } = await atlasPage(browser, viewport);
		await page.goto('/?scope=network');
		// The SVG preview first (no input yet), once the network's cities are drawn on it.
		await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'preview');
		await expect.poll(() => page.locator('.svg-map [data-map-cluster]').count()).toBeGreaterThan(5);
		const svg = { ...(await svgDrawn(page)), dots: await svgMarks(page) };
		expect(svg.dots.length).toBeGreaterThan(10);
		expect(underOverlays(svg, await buttons(page, '.svg-map'))).toEqual([]);
		await liveIdle(page, viewport.phone);
		await mapAtRest(page);
		const live = { ...(await liveDrawn(page)), dots: await liveMarks(page) };
		expect(live.dots.length).toBeGreaterThan(10);
		expect(underOverlays(live, await buttons(page, '.maplibregl-canvas'))).toEqual([]);
		await context.close();
	});
}

/**
 * A short screen beyond the book: at 1024x768 the filters above left the network's map 219 px tall in English and
 * 160 in French, and the camera, held at the smallest world MapLibre draws, put Canning's dot past the map's
 * bottom edge; in French, Africa's cities put Dakar's name under the search field. Every dot and group is drawn
 * whole inside the map, none under the map's controls, search or credit, and every name is by its own dot.
 */
for (const path of ['/?scope=network', '/fr/?scope=network', '/fr/?scope=network&region=africa', '/es/?scope=awards'])
	test(`at 1024x768, ${path}: every dot and group whole inside a map of at least 20rem, clear of its controls and search, each name by its own dot`, async ({ browser }) => {
		const { context, page } = await atlasPage(browser, VIEWPORTS[1]!);
		await page.goto(path);
		await liveIdle(page);
		await expect(page.locator('.map-search input')).toBeVisible();
		// Off the map: a hovered city's name is drawn over the rest, as it should be, and is not what is checked.
		await page.mouse.move(2, 2);
		await mapAtRest(page);
		const live = { ...(await liveDrawn(page)), dots: await liveMarks(page) };
		expect(live.height).toBeGreaterThanOrEqual(320);
		expect(live.dots.length).toBeGreaterThan(8);
		const cut = live.dots.filter((d) => d.x - d.r < 0 || d.y - d.r < 0 || d.x + d.r > live.width || d.y + d.r > live.height);
		expect(cut.map((d) => `${d.id} at ${Math.round(d.x)},${Math.round(d.y)} of ${live.width}x${live.height}`)).toEqual([]);
		expect(problems(live)).toEqual([]);
		expect(underOverlays(live, await overlayBoxes(page, '.maplibregl-canvas'))).toEqual([]);
		await context.close();
	});

const desktop = VIEWPORTS[0]!;
const phone = VIEWPORTS[3]!;
for (const [city, viewport] of [
	['cork', desktop],
	['beijing', desktop],
	['beijing', phone],
	['swansea', phone],
	['melton', phone]
] as const) {
	const size = `${viewport.width}x${viewport.height}`;
	test(`live map, flown to ${city} at ${size}: every name in view by its own dot, whole`, async ({ browser }) => {
		const { context, page } = await atlasPage(browser, viewport);
		// A link to a city starts the live map at once.
		await page.goto(`/?city=${city}`);
		await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
		const drawn = await liveDrawn(page);
		expect(drawn.labels.map((l) => l.id)).toContain(city);
		expect(problems(drawn)).toEqual([]);
		await context.close();
	});
}

test('live map, after closing a city: no name from a copy of the world at the edge', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('/?city=mexico-city');
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/$/);
	await expect(async () => expect(problems(await liveDrawn(page))).toEqual([])).toPass({ timeout: 10_000 });
});

test('a selected city the filter leaves out is drawn whole on the live map, not faded', async ({ page }) => {
	await page.goto('/?city=amman&goals=economic-development');
	await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
	const amman = cities.find((c) => c.id === 'amman')!;
	await mapAtRest(page);
	const dimmed = await page.evaluate(() => {
		const el = document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { isDimmed(id: string): boolean } };
		return el.atlasMap.isDimmed('amman');
	});
	expect(dimmed).toBe(true);
	// The selected orange, #b3470b, at full strength (faded to 30% over the land it read about #e5c9b4).
	const [r, g, b] = await mapPixel(page, amman.lon, amman.lat);
	expect(Math.abs(r - 0xb3) + Math.abs(g - 0x47) + Math.abs(b - 0x0b)).toBeLessThan(40);
});

test('the cursor is a pointer over a city’s dot on the live map', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const namyangju = cities.find((c) => c.id === 'namyangju')!;
	const at = await page.evaluate(([lon, lat]) => {
		const el = document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: any } };
		const p = el.atlasMap.map.project([lon, lat]);
		const r = el.atlasMap.map.getCanvas().getBoundingClientRect();
		return { x: r.x + p.x, y: r.y + p.y };
	}, [namyangju.lon, namyangju.lat]);
	await page.mouse.move(at.x, at.y);
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCSS('cursor', 'pointer');
});

const deck = JSON.parse(readFileSync('data/deck.json', 'utf8')) as Deck;
const slides = buildSlides(deck, dataset.cities, { goals: [], min: 2, match: 'any' });
const citySlides = slides.flatMap((s, i) => (s.kind === 'city' ? [i + 1] : []));

for (const [width, height] of [
	[1024, 768],
	[1920, 1080]
] as const) {
	test(`deck at ${width}x${height}: on every slide with a map, every name by its own dot, whole, and sized with the slide`, async ({ page }) => {
		test.slow();
		await page.setViewportSize({ width, height });
		const found: string[] = [];
		// One page walked with the arrow key, as a speaker does: the one map flies from city to city.
		await page.goto(`/present/?slide=${citySlides[0]}`);
		await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', 'idle', { timeout: 30_000 });
		let at = citySlides[0]!;
		for (const n of citySlides) {
			for (; at < n; at++) await page.keyboard.press('ArrowRight');
			await expect(page).toHaveURL(new RegExp(`slide=${n}(&|$)`));
			// At rest, on the slide's city (a city near the antimeridian, Melton, sits off-centre: there is one world).
			const city = (slides[n - 1] as { city: { lon: number; lat: number } }).city;
			await expect(async () => {
				const before = await mapCenter(page);
				await page.waitForTimeout(200);
				const after = await mapCenter(page);
				expect(after.lng, `slide ${n} at rest`).toBe(before.lng);
				expect(Math.abs(after.lng - city.lon), `slide ${n} on its city`).toBeLessThan(5);
			}).toPass({ timeout: 10_000 });
			const drawn = await liveDrawn(page);
			found.push(...problems(drawn).map((p) => `slide ${n}: ${p}`));
			const sizes = await page.evaluate(() => {
				const el = document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: any } };
				return {
					label: Number(el.atlasMap.map.getLayoutProperty('city-labels', 'text-size') ?? 16),
					body: parseFloat(getComputedStyle(document.querySelector('.deck-slide')!).fontSize)
				};
			});
			if (sizes.label < 0.6 * sizes.body) found.push(`slide ${n}: map labels ${sizes.label}px beside ${sizes.body}px slide text`);
		}
		expect(found).toEqual([]);
	});
}
