/**
 * The map keeps its size as the scope changes, where the screen has room: the year control lies over the map's
 * bottom edge instead of taking a row under it, and the rows above the map are as tall in the book as beyond it.
 * A resize costs a switch a redraw of the old cities at the new size, and the reader a map that jumps. On a short
 * screen (1024x768) and a phone the year goes under the map, which keeps the book's map its room.
 */
import type { Page } from '@playwright/test';
import { test, expect, mapIdle, mapResizes as resizes } from './fixtures';

type Box = { top: number; bottom: number; left: number; right: number };

const canvasBox = (page: Page) =>
	page.locator('canvas.maplibregl-canvas').evaluate((c): Box => {
		const r = c.getBoundingClientRect();
		return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
	});

/** The scope's cities drawn, and the camera at rest on them (the refit to a new scope eases for half a second). */
async function settled(page: Page, scope: string) {
	await expect(page.locator('[data-scope-count]')).toHaveAttribute('data-scope-count', scope);
	await expect
		.poll(
			() =>
				page.evaluate(() => {
					const map = (document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: import('maplibre-gl').Map } }).atlasMap.map;
					return map.loaded() && !map.isMoving() && map.areTilesLoaded();
				}),
			{ intervals: [200, 200, 300] }
		)
		.toBe(true);
	await page.waitForTimeout(300);
}

/** Where each city and group the map draws sits on the page (its centre): the features its circle layers drew. */
const drawnPoints = (page: Page) =>
	page.evaluate(() => {
		const el = document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: import('maplibre-gl').Map } };
		const map = el.atlasMap.map;
		const origin = map.getCanvas().getBoundingClientRect();
		const seen = new Set<string>();
		const out: { x: number; y: number; what: string }[] = [];
		const layers = map.getStyle().layers.filter((l) => l.type === 'circle' && 'source' in l && l.source === 'cities').map((l) => l.id);
		for (const f of map.queryRenderedFeatures({ layers })) {
			const what = String(f.properties?.cluster_id !== undefined ? `group ${f.properties.cluster_id}` : f.properties?.id);
			if (seen.has(what)) continue;
			seen.add(what);
			const { x, y } = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
			if (x >= 0 && y >= 0 && x <= origin.width && y <= origin.height) out.push({ x: origin.left + x, y: origin.top + y, what });
		}
		return out;
	});

for (const { size, path, languages } of [
	{ size: { width: 1280, height: 800 }, path: '/', languages: 'en' },
	{ size: { width: 1280, height: 800 }, path: '/fr/', languages: 'fr' },
	{ size: { width: 1920, height: 1080 }, path: '/es/', languages: 'es' }
]) {
	test(`at ${size.width}x${size.height} (${languages}) the map keeps its size through every scope, and the year over its bottom edge covers no city`, async ({ page }) => {
		await page.setViewportSize(size);
		await page.goto(path);
		await mapIdle(page);
		expect(await resizes(page)).toBe(0);
		const book = await canvasBox(page);
		for (const scope of ['awards', 'network', 'book', 'network'] as const) {
			await page.locator(`.scope label:has(input[value="${scope}"])`).click();
			await settled(page, scope);
			// The same size, and where it was to within a pixel (rows of text may round to a 32nd of one).
			const now = await canvasBox(page);
			for (const side of ['top', 'bottom', 'left', 'right'] as const) expect(Math.abs(now[side] - book[side]), `${scope}: ${side}`).toBeLessThan(0.5);
			if (scope === 'book') {
				await expect(page.locator('.year-control')).toHaveCount(0);
				continue;
			}
			const year = await page.locator('.year-control').evaluate((e): Box => {
				const r = e.getBoundingClientRect();
				return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
			});
			// Over the map, along its bottom edge, its whole width.
			expect(year.top).toBeGreaterThan(book.top);
			expect(Math.abs(year.bottom - book.bottom)).toBeLessThanOrEqual(1);
			expect(year.right - year.left).toBeGreaterThanOrEqual(book.right - book.left - 1);
			// Every city and group drawn lies above it (a dot's radius, 7 px, or a group's, up to 22 px, clear too).
			const points = await drawnPoints(page);
			expect(points.length).toBeGreaterThan(5);
			const under = points.filter((p) => p.y > year.top - 7);
			expect(under, `${scope}: drawn under the year control`).toEqual([]);
		}
		// The rows above and the key kept their heights: no resize at all, not even a sub-pixel one.
		expect(await resizes(page)).toBe(0);
	});
}

for (const size of [
	{ width: 1024, height: 768 },
	{ width: 390, height: 844 }
]) {
	test(`at ${size.width}x${size.height} the year goes under the map, which keeps the book's room`, async ({ page }) => {
		await page.setViewportSize(size);
		await page.goto('/?scope=network');
		await mapIdle(page);
		await settled(page, 'network');
		const canvas = await canvasBox(page);
		const year = await page.locator('.year-control').evaluate((e) => e.getBoundingClientRect().top);
		expect(year).toBeGreaterThanOrEqual(canvas.bottom - 1);
		// The book's rows do not keep room for the network's words: its map is taller than the network's.
		await page.locator('.scope label:has(input[value="book"])').click();
		await settled(page, 'book');
		const bookCanvas = await canvasBox(page);
		expect(bookCanvas.bottom - bookCanvas.top).toBeGreaterThan(canvas.bottom - canvas.top);
	});
}

test("at 1024x768 in French the book's map and its key are in view, and beyond the book the map is at least 20rem tall", async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('/fr/');
	await mapIdle(page);
	// The twelve fit the room the filters leave (277 px): the map does not grow to push its key under the fold.
	const key = (await page.locator('.map-key').boundingBox())!;
	expect(key.y + key.height).toBeLessThanOrEqual(768);
	// Beyond the book the whole network needs more height than that to lie clear of the search field and the edges.
	await page.locator('.scope label:has(input[value="network"])').click();
	await settled(page, 'network');
	const canvas = await canvasBox(page);
	expect(canvas.bottom - canvas.top).toBeGreaterThanOrEqual(320);
});
