/**
 * The Data page's downloads offline (project `offline`, service workers allowed): after one visit to the atlas,
 * with the network cut, the page opens and every file still downloads whole, from the service worker's cache.
 */
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { cities } from './data';

test('with the network cut after one visit, the Data page opens and its files download', async ({ page, context }) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		}
	});
	await context.setOffline(true);
	await page.goto('/fr/data/');
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	for (const file of ['cities', 'scores', 'network', 'geojson', 'dictionary', 'json']) {
		const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-file="${file}"] a`).click()]);
		expect(await download.failure(), file).toBeNull();
		const bytes = readFileSync((await download.path())!);
		expect(bytes.length, file).toBeGreaterThan(100);
		if (file === 'cities') expect(parse(bytes, { bom: true, delimiter: ';', columns: true })).toHaveLength(cities.length);
	}
});
