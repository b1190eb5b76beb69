/**
 * The map's zoom buttons and key on the SVG map (project `no-webgl`, a Chromium without WebGL): the same buttons
 * as on the live map zoom the SVG drawing, "Whole world" brings back the world view, and the key's marks are the
 * SVG map's own. (The live map's side: mapcontrols.spec.ts.)
 */
import type { Page } from '@playwright/test';
import { test, expect, fallbackDrawn, holdRequests, tabTo } from './fixtures';

const mapState = (page: Page) => page.locator('[data-map-state]');
const control = (page: Page, name: 'in' | 'out' | 'world') => page.locator(`[data-map-control="${name}"]`);

/** Where a city's dot is drawn (its centre, in page pixels), or null when the zoomed map leaves it out. */
async function dot(page: Page, id: string) {
	const marker = page.locator(`[data-map-city="${id}"] .dot`);
	if ((await marker.count()) === 0) return null;
	const box = (await marker.boundingBox())!;
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}
const apart = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

test('Tab reaches zoom-in on the SVG map and Enter doubles its scale; Whole world brings back the world view', async ({ page }) => {
	await page.goto('/');
	await fallbackDrawn(page);
	const [amman, bahirDar] = [(await dot(page, 'amman'))!, (await dot(page, 'bahir-dar'))!];
	await tabTo(page, '[data-map-control="in"]');
	await page.keyboard.press('Enter');
	await expect.poll(async () => apart((await dot(page, 'amman'))!, (await dot(page, 'bahir-dar'))!)).toBeCloseTo(2 * apart(amman, bahirDar), 0);
	await control(page, 'world').click();
	await expect.poll(() => dot(page, 'amman')).toEqual(amman);
	expect(await dot(page, 'bahir-dar')).toEqual(bahirDar);
});

test('a zoomed-in map stays zoomed when the network\'s file arrives (fetched as the focus passes the scope control)', async ({ page }) => {
	const release = await holdRequests(page, '**/network.json');
	await page.goto('/');
	await fallbackDrawn(page);
	const before = apart((await dot(page, 'amman'))!, (await dot(page, 'bahir-dar'))!);
	const asked = page.waitForRequest((r) => r.url().endsWith('/network.json'));
	await tabTo(page, '[data-map-control="in"]');
	await asked;
	await page.keyboard.press('Enter');
	await expect.poll(async () => apart((await dot(page, 'amman'))!, (await dot(page, 'bahir-dar'))!)).toBeCloseTo(2 * before, 0);
	const arrived = page.waitForResponse((r) => r.url().endsWith('/network.json'));
	release();
	await (await arrived).finished();
	// Two frames for the data to reach the map; then the zoom is still the reader's.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
	expect(apart((await dot(page, 'amman'))!, (await dot(page, 'bahir-dar'))!)).toBeCloseTo(2 * before, 0);
	await expect(control(page, 'out')).toBeEnabled();
});

test('the SVG map zooms about the selected city, which stays selected through "Whole world"', async ({ page }) => {
	await page.goto('/?city=amman');
	await fallbackDrawn(page);
	const world = (await dot(page, 'amman'))!;
	await control(page, 'in').click();
	await control(page, 'in').click();
	const map = (await mapState(page).boundingBox())!;
	const zoomed = (await dot(page, 'amman'))!;
	expect(Math.abs(zoomed.x - (map.x + map.width / 2))).toBeLessThan(2);
	expect(Math.abs(zoomed.y - (map.y + map.height / 2))).toBeLessThan(2);
	// Cities out of the zoomed frame are not buttons to tab through.
	expect(await dot(page, 'mexico-city')).toBeNull();
	await control(page, 'world').click();
	await expect.poll(() => dot(page, 'amman')).toEqual(world);
	await expect(page).toHaveURL(/\?city=amman$/);
	await expect(page.locator('[data-map-city="amman"]')).toHaveAttribute('aria-pressed', 'true');
});

test('on the SVG map zoom out is disabled at the world view and zoom in at its closest, keeping the focus', async ({ page }) => {
	await page.goto('/');
	await fallbackDrawn(page);
	await expect(control(page, 'out')).toHaveAttribute('aria-disabled', 'true');
	await expect(control(page, 'in')).toHaveAttribute('aria-disabled', 'false');
	await control(page, 'in').focus();
	for (let i = 0; i < 4; i++) await page.keyboard.press('Enter');
	await expect(control(page, 'in')).toHaveAttribute('aria-disabled', 'true');
	await expect(control(page, 'in')).toBeFocused();
	await expect(control(page, 'out')).toHaveAttribute('aria-disabled', 'false');
});

test("the key's marks are the SVG map's: a city, the selected city and a left-out city", async ({ page }) => {
	await page.goto('/fr/?city=cork&goals=economic-development');
	await fallbackDrawn(page);
	await expect(page.getByRole('list', { name: 'Légende de la carte' }).getByRole('listitem')).toHaveText(['Ville', 'Ville sélectionnée', 'Écartée par le filtre']);
	const fill = (key: string) => page.locator(`.map-legend [data-legend="${key}"] circle`).evaluate((c) => ({ colour: getComputedStyle(c).fill, opacity: Number(getComputedStyle(c).opacity) }));
	const drawn = (selector: string) => page.locator(`${selector} .dot`).first().evaluate((d) => ({ colour: getComputedStyle(d).backgroundColor, opacity: Number(getComputedStyle(d).opacity) }));
	expect((await fill('city')).colour).toBe((await drawn('[data-map-city]:not(.selected):not(.dimmed)')).colour);
	expect((await fill('selected')).colour).toBe((await drawn('[data-map-city].selected')).colour);
	// Amman scores 0 on economic development: left out, drawn faint.
	const left = await fill('dimmed');
	const amman = await drawn('[data-map-city="amman"]');
	expect(left.colour).toBe(amman.colour);
	expect(Math.abs(left.opacity - amman.opacity)).toBeLessThanOrEqual(0.05);
	// Under the map, not on it.
	const map = (await mapState(page).boundingBox())!;
	expect((await page.locator('.map-legend').boundingBox())!.y).toBeGreaterThanOrEqual(map.y + map.height - 1);
});
