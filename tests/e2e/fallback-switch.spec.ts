/**
 * When WebGL fails after all (project `chromium`, WebGL available): a context lost mid-session, a context
 * that cannot be created although the probe said yes, and a basemap file that is missing or damaged.
 */
import type { Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';
import { cities, cityIds } from './data';

const mapState = (page: Page) => page.locator('[data-map-state]');
const goal = 'social-cohesion';
const matching = cities.filter((c) => c.goals[goal].score >= 3).map((c) => c.id);
const city = cities.find((c) => !matching.includes(c.id)) ?? cities[0]!;

test('a WebGL context lost mid-session hands over to the SVG map with the same selection and filter', async ({ page }) => {
	await page.goto(`/?city=${city.id}&goals=${goal}&min=3`);
	await mapIdle(page);
	await page.evaluate(() => {
		const el = document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: { getCanvas(): HTMLCanvasElement } } };
		el.atlasMap.map.getCanvas().getContext('webgl2')!.getExtension('WEBGL_lose_context')!.loseContext();
	});
	await expect(mapState(page)).toHaveAttribute('data-map-state', 'fallback');
	await expect(page.locator('.maplibregl-canvas')).toHaveCount(0);
	await expect(page.locator(`[data-map-city="${city.id}"]`)).toHaveAttribute('aria-pressed', 'true');
	const dimmed = await page.locator('[data-map-city].dimmed').evaluateAll((els) => els.map((e) => e.getAttribute('data-map-city')!));
	expect(dimmed.sort()).toEqual(cityIds.filter((id) => !matching.includes(id)));
	await expect(page).toHaveURL(new RegExp(`city=${city.id}`));
	// And it keeps working.
	const other = cities.find((c) => c.id !== city.id)!;
	await page.locator(`[data-map-city="${other.id}"]`).click();
	await expect(page.getByRole('heading', { level: 2, name: other.name })).toBeVisible();
});

test('when MapLibre cannot create its context although WebGL2 was detected, the SVG map is drawn', async ({ page }) => {
	// The probe's canvas gets WebGL2; MapLibre's canvas (class maplibregl-canvas) is refused, as a flaky driver would.
	await page.addInitScript(() => {
		const original = HTMLCanvasElement.prototype.getContext;
		HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: Parameters<typeof original>) {
			if (this.classList.contains('maplibregl-canvas')) return null;
			return original.apply(this, args);
		} as typeof original;
	});
	await page.goto('/');
	await expect(mapState(page)).toHaveAttribute('data-map-state', 'preview');
	await page.mouse.move(5, 5); // the reader's first move starts the live map, which fails here
	await expect(mapState(page)).toHaveAttribute('data-map-state', 'fallback');
	await expect(page.locator('[data-map-city]')).toHaveCount(cities.length);
});

test.describe('a missing basemap file', () => {
	test.use({ expectedConsoleErrors: [/status of 404/] });
	test('says so in the page, and the city list still selects', async ({ page }) => {
		await page.route('**/countries-110m*.json', (route) => route.fulfill({ status: 404, body: 'Not found' }));
		await page.goto('/');
		await expect(mapState(page)).toHaveAttribute('data-map-state', 'error');
		await expect(page.getByRole('alert')).toContainText('The basemap file is missing');
		await expect(page.getByRole('alert')).toContainText('The city list still works');
		await page.locator(`.city-list button[data-city="${city.id}"]`).click();
		await expect(page.getByRole('heading', { level: 2, name: city.name })).toBeVisible();
	});
});

for (const [what, body, message] of [
	['not JSON', '<html>garbage</html>', 'not valid JSON'],
	['JSON without countries', '{"type":"Topology","objects":{}}', 'holds no countries']
] as const) {
	test(`a damaged basemap file (${what}) says so in the page`, async ({ page }) => {
		await page.route('**/countries-110m*.json', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
		await page.goto('/');
		await expect(mapState(page)).toHaveAttribute('data-map-state', 'error');
		await expect(page.getByRole('alert')).toContainText('The basemap file is damaged');
		await expect(page.getByRole('alert')).toContainText(message);
	});
}
