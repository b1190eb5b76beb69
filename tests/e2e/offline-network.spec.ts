/**
 * The network's scopes offline (project `offline`): after one visit to the book's atlas, with the network cut,
 * the award winners and the whole network open from a link, never having been opened before (the network's file
 * is precached with the rest).
 */
import { test, expect, liveCities, mapIdle } from './fixtures';
import { members, placed, winners } from './networkData';

test('offline after one visit to the book, the award winners and the whole network open, filters and all', async ({ page, context }) => {
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (!navigator.serviceWorker.controller) {
			await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
		}
	});
	await context.setOffline(true);
	await page.goto('/?scope=awards');
	await expect(page.locator('[data-scope-count]')).toHaveText(`${winners.length} award-winning cities`);
	await page.goto('/fr/?scope=network&region=africa');
	const africa = members.filter((m) => m.region === 'africa');
	await expect(page.locator('[data-scope-count]')).toContainText(`${africa.length} sur ${members.length} affichées`);
	await mapIdle(page);
	expect(await liveCities(page)).toBe(placed(africa));
});
