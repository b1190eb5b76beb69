import { test, expect } from './fixtures';
import { cities } from './data';

test('the method page explains the scale and confidence and lists every source by city', async ({ page }) => {
	await page.goto('/method/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Method and sources');
	await expect(page.getByRole('heading', { name: 'The scoring scale' })).toBeVisible();
	await expect(page.getByRole('img', { name: /low confidence/ })).toBeVisible();
	for (const city of cities) {
		await expect(page.getByRole('heading', { level: 3, name: city.name })).toBeVisible();
		for (const source of city.sources) await expect(page.locator(`a[href="${source.url}"]`).first()).toBeAttached();
	}
});

test('the city panel links to the method page', async ({ page }) => {
	await page.goto('/?city=swansea');
	await page.getByRole('link', { name: 'How the scores were made' }).click();
	await expect(page).toHaveURL(/\/method\/$/);
});
