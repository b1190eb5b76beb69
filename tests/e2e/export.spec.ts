import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { csvParse } from 'd3';
import { test, expect } from './fixtures';
import { cities, dataset } from './data';


async function saved(page: Page, button: string): Promise<{ download: Download; bytes: Buffer }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
	const path = await download.path();
	return { download, bytes: readFileSync(path) };
}

/** Parses SVG text in the browser and says whether it is well-formed XML with an <svg> root. */
async function wellFormedSvg(page: Page, text: string) {
	return page.evaluate((markup) => {
		const doc = new DOMParser().parseFromString(markup, 'image/svg+xml');
		return { error: doc.querySelector('parsererror')?.textContent ?? null, root: doc.documentElement.nodeName };
	}, text);
}

function pngSize(bytes: Buffer) {
	expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

for (const panel of [
	{ tab: 'matrix', chart: 'goal-matrix', file: 'learning-cities-goal-matrix' },
	{ tab: 'overview', chart: 'goal-overview', file: 'learning-cities-goal-overview' },
	{ tab: 'profile&city=cork&compare=espoo', chart: 'city-profile', file: 'learning-cities-profile-cork-espoo' }
])
	test(`the ${panel.chart} downloads as a well-formed SVG and a PNG, crediting the book`, async ({ page }) => {
		await page.goto(`/?panel=${panel.tab}`);
		await expect(page.locator(`svg[data-chart="${panel.chart}"]`)).toBeVisible();

		const svg = await saved(page, 'Download SVG');
		expect(svg.download.suggestedFilename()).toBe(`${panel.file}.svg`);
		const text = svg.bytes.toString('utf8');
		expect(await wellFormedSvg(page, text)).toEqual({ error: null, root: 'svg' });
		expect(text).toContain('xmlns="http://www.w3.org/2000/svg"');
		expect(text).toContain(dataset.publication.title.en);
		expect(text).not.toContain('tabindex');
		if (panel.chart === 'goal-matrix') for (const c of cities) expect(text).toContain(`>${c.name}<`);

		const png = await saved(page, 'Download PNG');
		expect(png.download.suggestedFilename()).toBe(`${panel.file}.png`);
		const size = pngSize(png.bytes);
		expect(size.width).toBeGreaterThan(300);
		expect(size.height).toBeGreaterThan(200);
		expect(png.bytes.length).toBeGreaterThan(5000);
	});

test('the CSV holds exactly the filtered cities with their scores, and credits the book', async ({ page }) => {
	await page.goto('/?goals=social-cohesion&min=3&panel=matrix');
	const matching = cities.filter((c) => c.goals['social-cohesion'].score >= 3);
	const csv = await saved(page, `Download CSV of the matching cities (${matching.length})`);
	expect(csv.download.suggestedFilename()).toBe('learning-cities-goals-social-cohesion-min3-any.csv');
	// A byte-order mark first, so that Excel reads UTF-8.
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const rows = csvParse(csv.bytes.toString('utf8').slice(1));
	expect(rows.columns.slice(0, 4)).toEqual(['id', 'City', 'Country', 'Region']);
	for (const g of dataset.goals) expect(rows.columns).toEqual(expect.arrayContaining([g.label.en, `${g.label.en}: confidence`]));
	expect(rows.map((r) => r.id).sort()).toEqual(matching.map((c) => c.id).sort());
	for (const row of rows) {
		const city = cities.find((c) => c.id === row.id)!;
		expect(row.City).toBe(city.name);
		for (const g of dataset.goals) expect(Number(row[g.label.en])).toBe(city.goals[g.id].score);
		expect(row.Source).toContain(dataset.publication.title.en);
		expect(row.Source).toContain(dataset.publication.url);
	}
});
