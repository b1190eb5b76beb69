/**
 * The map without WebGL (project `no-webgl`: Chromium with --disable-webgl --disable-3d-apis). The atlas must
 * draw the same map as SVG, with every city, the selection and the filter, by mouse and by keyboard, and
 * must never download the map library it cannot use.
 */
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, fallbackDrawn } from './fixtures';
import { cities, cityIds } from './data';
import { englishLeft, readableText } from './english';

const mapState = (page: Page) => page.locator('[data-map-state]');
const marker = (page: Page, id: string) => page.locator(`[data-map-city="${id}"]`);
const byLon = [...cities].sort((a, b) => a.lon - b.lon);

/** Ids of the cities the SVG map draws dimmed. */
async function svgDimmed(page: Page) {
	return (await page.locator('[data-map-city].dimmed').evaluateAll((els) => els.map((e) => e.getAttribute('data-map-city')!))).sort();
}

test('the browser here really has no WebGL', async ({ page }) => {
	await page.goto('/');
	expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2') === null)).toBe(true);
});

test('without WebGL the map is drawn as SVG with countries and every city, without starting MapLibre', async ({ page }) => {
	await page.goto('/');
	await fallbackDrawn(page);
	// The land is a real drawing of the world, not an empty path.
	const land = await page.locator('.svg-map path.land').getAttribute('d');
	expect(land?.length).toBeGreaterThan(10_000);
	const group = page.getByRole('group', { name: 'Cities on the map' });
	await expect(group.getByRole('button')).toHaveCount(cities.length);
	for (const city of cities) {
		await expect(group.getByRole('button', { name: city.name, exact: true })).toBeVisible();
	}
	// Each city's dot lies inside the map.
	const box = (await mapState(page).boundingBox())!;
	for (const city of cities) {
		const dot = (await marker(page, city.id).locator('.dot').boundingBox())!;
		expect(dot.x >= box.x && dot.x + dot.width <= box.x + box.width && dot.y >= box.y && dot.y + dot.height <= box.y + box.height, city.id).toBe(true);
	}
	// MapLibre never ran: no worker, no canvas, and its stylesheet (linked when its code loads) is not linked.
	// (The page may prefetch its files at the lowest priority; nothing runs them.)
	await page.mouse.move(20, 20);
	await page.keyboard.press('Shift');
	expect(page.workers()).toHaveLength(0);
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(0);
	await expect(page.locator('link[data-maplibre-css]')).toHaveCount(0);
});

test('clicking a city on the SVG map selects it in the map, the list, the panel and the URL', async ({ page }) => {
	await page.goto('/');
	await fallbackDrawn(page);
	for (const city of [cities[0]!, cities[cities.length - 1]!]) {
		await marker(page, city.id).click();
		await expect(page).toHaveURL(new RegExp(`\\?city=${city.id}$`));
		await expect(page.getByRole('heading', { level: 2, name: city.name })).toBeVisible();
		await expect(marker(page, city.id)).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator(`.city-list button[data-city="${city.id}"]`)).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('[data-map-city][aria-pressed="true"]')).toHaveCount(1);
	}
});

test('a city chosen in the list is selected on the SVG map; a link opens with it selected', async ({ page }) => {
	const [a, b] = [cities[1]!, cities[2]!];
	await page.goto(`/?city=${a.id}`);
	await fallbackDrawn(page);
	await expect(marker(page, a.id)).toHaveAttribute('aria-pressed', 'true');
	await page.locator(`.city-list button[data-city="${b.id}"]`).click();
	await expect(marker(page, b.id)).toHaveAttribute('aria-pressed', 'true');
	await expect(marker(page, a.id)).toHaveAttribute('aria-pressed', 'false');
});

test('the SVG map is one tab stop; arrow keys walk the cities west to east with a visible focus; Enter selects', async ({ page }) => {
	await page.goto('/');
	await fallbackDrawn(page);
	await expect(page.locator('[data-map-city][tabindex="0"]')).toHaveCount(1);
	await marker(page, byLon[0]!.id).focus();
	await expect(marker(page, byLon[0]!.id)).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(marker(page, byLon[1]!.id)).toBeFocused();
	// Focus is visible: the marker gets the focus outline.
	const outline = await marker(page, byLon[1]!.id).evaluate((el) => getComputedStyle(el).outlineStyle);
	expect(outline).toBe('solid');
	await page.keyboard.press('End');
	await expect(marker(page, byLon.at(-1)!.id)).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`\\?city=${byLon.at(-1)!.id}$`));
	await page.keyboard.press('Home');
	await page.keyboard.press(' ');
	await expect(page).toHaveURL(new RegExp(`\\?city=${byLon[0]!.id}$`));
	// Tab leaves the map in one step.
	await page.keyboard.press('Tab');
	await expect(page.locator('[data-map-city]:focus')).toHaveCount(0);
});

test('the goal filter dims exactly the cities the list dims', async ({ page }) => {
	const goal = 'social-cohesion';
	const matching = cities.filter((c) => c.goals[goal].score >= 3).map((c) => c.id);
	expect(matching.length).toBeGreaterThan(0);
	expect(matching.length).toBeLessThan(cities.length);
	await page.goto(`/?goals=${goal}&min=3`);
	await fallbackDrawn(page);
	const dimmed = cityIds.filter((id) => !matching.includes(id));
	await expect.poll(() => svgDimmed(page)).toEqual(dimmed);
	// Dimmed cities still answer a click: the filter shows, it does not remove.
	await marker(page, dimmed[0]!).click();
	await expect(page).toHaveURL(new RegExp(`city=${dimmed[0]}`));
});

test('the presenter mode draws its map as SVG too', async ({ page }) => {
	await page.goto('/present/');
	await fallbackDrawn(page);
	await expect(page.locator('[data-map-city]')).toHaveCount(cities.length);
});

test('axe finds no WCAG 2.2 AA violations with the SVG map, a city selected and a filter on', async ({ page }) => {
	await page.goto(`/?city=${cities[0]!.id}&goals=social-cohesion&min=3`);
	await fallbackDrawn(page);
	const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

for (const locale of ['fr', 'es'] as const)
	test(`the SVG map in ${locale}: its city group, credit and the page carry no English interface text`, async ({ page }) => {
		const messages = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
		await page.goto(`/${locale}/?city=cork`);
		await fallbackDrawn(page);
		const group = page.getByRole('group', { name: messages.map_cities_group });
		await expect(group.getByRole('button', { name: 'Cork', exact: true })).toBeVisible();
		// The credit is under the map, in the key's strip, in the page's language.
		await expect(page.locator('.map-key .credit')).toHaveText(messages.map_credit!);
		expect(englishLeft(await readableText(page))).toEqual([]);
	});

test('the English SVG map does show the words the check looks for', async ({ page }) => {
	await page.goto('/?city=cork');
	await fallbackDrawn(page);
	expect(englishLeft(await readableText(page))).toEqual(expect.arrayContaining(['Cities on the map', 'World map', 'Zoom in', 'Whole world', 'Map key', 'Selected city']));
});

test('a selected city the filter leaves out stays whole on the SVG map, its name at full strength', async ({ page }) => {
	await page.goto('/?city=amman&goals=economic-development');
	await fallbackDrawn(page);
	const amman = marker(page, 'amman');
	await expect(amman).toHaveClass(/dimmed/);
	await expect(amman).toHaveAttribute('aria-pressed', 'true');
	await expect(amman.locator('.dot')).toHaveCSS('opacity', '1');
	await expect(amman.locator('.dot')).toHaveCSS('transform', 'none');
	await expect(amman.locator('.name')).toHaveCSS('font-weight', '600');
	await expect(amman.locator('.name')).toHaveCSS('opacity', '1');
});

test('a name the map has no room for shows while its dot has the focus or the pointer', async ({ page }) => {
	// A narrow map: Balanga's and Namyangju's names would be nearer a neighbour's dot on every side.
	await page.setViewportSize({ width: 320, height: 640 });
	await page.goto('/');
	await fallbackDrawn(page);
	// The map is drawn once it knows its size, and its names placed then: not always in the state's first frame.
	const unplaced = () =>
		page
			.locator('[data-map-city]')
			.evaluateAll((els) =>
				els.filter((e) => getComputedStyle(e.querySelector('.name')!).opacity === '0').map((e) => (e as HTMLElement).dataset.mapCity!)
			);
	await expect.poll(async () => (await unplaced()).length).toBeGreaterThan(0);
	const hidden = await unplaced();
	const visible = async (id: string) => {
		const name = marker(page, id).locator('.name');
		const box = (await name.boundingBox())!;
		return (await name.evaluate((e) => getComputedStyle(e).opacity)) === '1' && box.width > 20;
	};
	for (const id of hidden) {
		expect(await visible(id), `${id} before`).toBe(false);
		await marker(page, id).focus();
		await expect.poll(() => visible(id), `${id} on focus`).toBe(true);
		await marker(page, id).blur();
		await marker(page, id).hover();
		await expect.poll(() => visible(id), `${id} on hover`).toBe(true);
		await expect(marker(page, id)).toHaveCSS('cursor', 'pointer');
		await page.mouse.move(0, 0);
	}
});
