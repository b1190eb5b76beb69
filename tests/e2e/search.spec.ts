/**
 * Finding a city by name on the atlas: the combobox (WAI-ARIA APG, list autocomplete) by keyboard from `/`, by
 * names with and without accents and in other languages, no results, Escape, choosing (the URL, the panel), in
 * the three languages; axe on the open list; where it sits on the screen.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const field = (page: Page) => page.getByRole('combobox', { name: /Find a city|Trouver une ville|Buscar una ciudad/ });
const options = (page: Page) => page.getByRole('option');

/** `/` reaches the field once the page listens (a key pressed while it hydrates is not heard): press until it has. */
async function slash(page: Page) {
	await expect(async () => {
		await page.keyboard.press('/');
		await expect(field(page)).toBeFocused({ timeout: 200 });
	}).toPass({ timeout: 15_000 });
}

async function activeOption(combobox: Locator) {
	const id = await combobox.getAttribute('aria-activedescendant');
	return id ? combobox.page().locator(`[id="${id}"]`) : null;
}

test.describe('by keyboard alone', () => {
	test('/ then a name without its accent, Down, Enter: the city is chosen, in the URL and the panel', async ({ page }) => {
		await page.goto('/');
		await slash(page);
		const combobox = field(page);
		await expect(combobox).toHaveAttribute('aria-expanded', 'false');
		await page.keyboard.type('ybycui');
		await expect(combobox).toHaveAttribute('aria-expanded', 'true');
		await expect(options(page)).toHaveText([/^Ybycuí\s*Paraguay$/]);
		await expect(page.getByRole('status').filter({ hasText: 'city found' })).toHaveText('1 city found');
		// The list is the field's: it controls it, and no option is active until Down.
		const listId = await combobox.getAttribute('aria-controls');
		await expect(page.locator(`[id="${listId}"]`)).toHaveAttribute('role', 'listbox');
		expect(await combobox.getAttribute('aria-activedescendant')).toBeNull();
		await page.keyboard.press('ArrowDown');
		const active = (await activeOption(combobox))!;
		await expect(active).toHaveAttribute('aria-selected', 'true');
		await expect(active).toContainText('Ybycuí');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/[?&]city=ybycui(&|$)/);
		await expect(page.locator('#city-title')).toHaveText('Ybycuí');
		await expect(combobox).toHaveValue('Ybycuí');
		await expect(combobox).toHaveAttribute('aria-expanded', 'false');
		await expect(combobox).toBeFocused();
	});

	test('Down and Up move through the options and wrap; Home and End go back to the text', async ({ page }) => {
		await page.goto('/');
		await slash(page);
		const combobox = field(page);
		// "an": four names have it, then two countries (Ireland, Finland).
		await page.keyboard.type('an');
		await expect(options(page).locator('.name')).toHaveText(['Amman', 'Balanga', 'Namyangju', 'Swansea', 'Cork', 'Espoo']);
		await page.keyboard.press('ArrowUp');
		await expect((await activeOption(combobox))!).toContainText(await options(page).last().locator('.name').innerText());
		await page.keyboard.press('ArrowDown');
		await expect((await activeOption(combobox))!).toContainText('Amman');
		await page.keyboard.press('ArrowDown');
		await expect(page.locator('[role=option][aria-selected=true]')).toHaveCount(1);
		await page.keyboard.press('Home');
		expect(await combobox.getAttribute('aria-activedescendant')).toBeNull();
		expect(await combobox.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(0);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('End');
		expect(await combobox.getAttribute('aria-activedescendant')).toBeNull();
		expect(await combobox.evaluate((el: HTMLInputElement) => el.selectionStart)).toBe(2);
		// Enter with no option active chooses the best match.
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/[?&]city=amman(&|$)/);
	});

	test('Escape closes the list, then clears the field; the open city stays open', async ({ page }) => {
		await page.goto('/?city=beijing');
		await expect(page.locator('#city-title')).toHaveText('Beijing');
		await slash(page);
		const combobox = field(page);
		await page.keyboard.type('cork');
		await expect(options(page)).toHaveCount(1);
		await page.keyboard.press('Escape');
		await expect(combobox).toHaveAttribute('aria-expanded', 'false');
		await expect(page.getByRole('listbox')).toBeHidden();
		await expect(combobox).toHaveValue('cork');
		await page.keyboard.press('Escape');
		await expect(combobox).toHaveValue('');
		await page.keyboard.press('Escape');
		await expect(page.locator('#city-title')).toHaveText('Beijing');
		await expect(page).toHaveURL(/[?&]city=beijing/);
		// Down opens the list again on what is typed.
		await page.keyboard.type('swan');
		await page.keyboard.press('Escape');
		await page.keyboard.press('ArrowDown');
		await expect(combobox).toHaveAttribute('aria-expanded', 'true');
		await expect((await activeOption(combobox))!).toContainText('Swansea');
	});

	test('/ is typed, not taken, in another text field; and from a button it reaches the search', async ({ page }) => {
		await page.goto('/');
		await slash(page);
		await page.keyboard.press('Escape');
		// The atlas has no other text field today: one stands in for those a later view may add.
		await page.evaluate(() => {
			const other = document.createElement('input');
			other.id = 'other-field';
			other.setAttribute('aria-label', 'Another field');
			document.querySelector('main')!.prepend(other);
		});
		await page.locator('#other-field').focus();
		await page.keyboard.type('a/b');
		await expect(page.locator('#other-field')).toHaveValue('a/b');
		await expect(page.locator('#other-field')).toBeFocused();
		await page.getByRole('tab').first().focus();
		await page.keyboard.press('/');
		await expect(field(page)).toBeFocused();
		await expect(field(page)).toHaveValue('');
	});
});

test.describe('what it finds', () => {
	test('accents and case do not matter, either way ("PÉKIN", "pekin", "ciudad de mexico")', async ({ page }) => {
		await page.goto('/');
		const combobox = field(page);
		await combobox.fill('PÉKIN');
		await expect(options(page).first()).toHaveText(/^Beijing\s*China$/);
		await combobox.fill('ciudad de mexico');
		await expect(options(page)).toHaveText([/^Mexico City\s*Mexico$/]);
		await combobox.fill('Namyangju');
		await expect(options(page)).toHaveText([/^Namyangju\s*South Korea$/]);
	});

	test('an exonym: "mexique" finds Mexico City on the English page, through its country’s French name', async ({ page }) => {
		await page.goto('/');
		await field(page).fill('mexique');
		await expect(options(page)).toHaveText([/^Mexico City/]);
	});

	test('no city: the list stays shut and the field says so, to sight and to a screen reader', async ({ page }) => {
		await page.goto('/');
		const combobox = field(page);
		await combobox.fill('zzq(*');
		await expect(page.getByText('No city found for “zzq(*”.', { exact: true })).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'No city found' })).toHaveText('No city found for “zzq(*”.');
		await expect(combobox).toHaveAttribute('aria-expanded', 'false');
		await expect(options(page)).toHaveCount(0);
		// Escape puts the message away first, then empties the field.
		await combobox.press('Escape');
		await expect(page.getByText('No city found')).toBeHidden();
		await expect(combobox).toHaveValue('zzq(*');
	});

	test('a click on an option chooses it; the × empties the field', async ({ page }) => {
		await page.goto('/');
		const combobox = field(page);
		await combobox.fill('sw');
		await options(page).filter({ hasText: 'Swansea' }).click();
		await expect(page).toHaveURL(/[?&]city=swansea(&|$)/);
		await expect(page.locator('#city-title')).toHaveText('Swansea');
		await page.getByRole('button', { name: 'Clear the search' }).click();
		await expect(combobox).toHaveValue('');
		await expect(combobox).toBeFocused();
	});
});

for (const { path, label, query, name, id, status } of [
	{ path: '/fr/', label: 'Trouver une ville', query: 'pekin', name: 'Pékin', id: 'beijing', status: '1 ville trouvée' },
	{ path: '/fr/', label: 'Trouver une ville', query: 'mexique', name: 'Mexico', id: 'mexico-city', status: '1 ville trouvée' },
	{ path: '/es/', label: 'Buscar una ciudad', query: 'beijing', name: 'Pekín', id: 'beijing', status: '1 ciudad encontrada' },
	{ path: '/es/', label: 'Buscar una ciudad', query: 'Mexique', name: 'Ciudad de México', id: 'mexico-city', status: '1 ciudad encontrada' }
]) {
	test(`${path}: "${query}" finds ${name}, named as the page names it, and Enter chooses it`, async ({ page }) => {
		await page.goto(path);
		await slash(page);
		const combobox = page.getByRole('combobox', { name: label });
		await expect(combobox).toBeFocused();
		await page.keyboard.type(query);
		await expect(options(page).first().locator('.name')).toHaveText(name);
		await expect(page.getByRole('status').filter({ hasText: status })).toHaveText(status);
		await page.keyboard.press('ArrowDown');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(new RegExp(`[?&]city=${id}(&|$)`));
		await expect(page.locator('#city-title')).toHaveText(name);
	});
}

test.describe('for everyone', () => {
	for (const path of ['/', '/fr/']) {
		test(`${path}: axe finds no WCAG 2.2 AA violation with the list open and an option active, nor on no result`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator('[data-map-state]')).toHaveAttribute('data-map-state', /idle|fallback|preview/, { timeout: 30_000 });
			const combobox = field(page);
			await combobox.fill('a');
			await combobox.press('ArrowDown');
			await expect(page.locator('[role=option][aria-selected=true]')).toHaveCount(1);
			const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
			const open = await new AxeBuilder({ page }).withTags(tags).include('.city-search').analyze();
			expect(open.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
			await combobox.fill('zzzz');
			await expect(page.locator('.city-search .none')).toBeVisible();
			const none = await new AxeBuilder({ page }).withTags(tags).analyze();
			expect(none.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
		});
	}
});

test.describe('where it sits', () => {
	const box = (locator: Locator) => locator.evaluate((el) => el.getBoundingClientRect().toJSON() as DOMRect);
	const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

	for (const viewport of [
		{ width: 1024, height: 768 },
		{ width: 390, height: 844 }
	]) {
		test(`${viewport.width}x${viewport.height}: on the map's top edge, on the first screen, clear of the zoom buttons; the list fits`, async ({ page }) => {
			await page.setViewportSize(viewport);
			await page.goto('/');
			const search = await box(page.locator('.city-search'));
			const map = await box(page.locator('.map-area'));
			const zoom = await box(page.locator('.map-controls'));
			expect(search.top).toBeGreaterThanOrEqual(map.top);
			expect(search.top - map.top).toBeLessThan(20);
			expect(search.right).toBeLessThanOrEqual(map.right);
			expect(search.bottom).toBeLessThanOrEqual(viewport.height);
			expect(search.width).toBeGreaterThanOrEqual(200);
			expect(overlaps(search, zoom)).toBe(false);
			await field(page).fill('a');
			const list = await box(page.getByRole('listbox'));
			expect(list.bottom).toBeLessThanOrEqual(Math.min(map.bottom, viewport.height));
			expect(list.left).toBeGreaterThanOrEqual(map.left);
		});
	}
});
