import { test, expect } from './fixtures';
import { dataset } from './data';
import { heading, headingOf, open, slides } from './deck';

const cityName = (id: string) => dataset.cities.find((c) => c.id === id)!.name;

test('a tour in the link gives its slides in its order, unknown ids dropped, and the title slide its words', async ({ page }) => {
	await open(page, '?tour=title,goals,cork,nowhere,espoo,matrix,closing,cork&title=Learning%20on%20the%20Lee&speaker=Ada%20Byrne&event=ICLC%207');
	await expect(page.getByTestId('slide-count')).toHaveText('1 / 6');
	await expect(page.locator('main').getByTestId('tour-title')).toHaveText('Learning on the Lee');
	await expect(page.locator('main').getByTestId('tour-byline')).toHaveText('Ada Byrne · ICLC 7');
	const expected = [null, 'Five goals of a learning city', 'Cork', 'Espoo', 'The cities side by side', 'Explore the atlas'];
	for (const [i, name] of expected.entries()) {
		if (i > 0) await page.keyboard.press('ArrowRight');
		if (name) await expect(heading(page)).toHaveText(name);
	}
	// The tour stays in the URL as the talk moves, so the address bar can be sent as it is.
	await expect(page).toHaveURL(/[?&]tour=title,goals,cork,espoo,matrix,closing(&|$)/);
	await expect(page).toHaveURL(/[?&]speaker=Ada\+Byrne/);
	await page.reload();
	await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
	await expect(heading(page)).toHaveText('Explore the atlas');
	await expect(page.getByTestId('slide-count')).toHaveText('6 / 6');
});

for (const [what, search] of [
	['a tour of unknown ids', '?tour=%3Cscript%3Ealert(1)%3C/script%3E,javascript:alert(1)'],
	['an empty tour', '?tour='],
	['a tour of commas', '?tour=,,,']
] as const) {
	test(`${what} gives the default deck`, async ({ page }) => {
		await open(page, search);
		await expect(page.getByTestId('slide-count')).toHaveText(`1 / ${slides.length}`);
		await expect(heading(page)).toHaveText(headingOf(slides[0]!));
	});
}

test('hostile title, speaker and event give the default title slide and run no script', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', (dialog) => {
		dialogs++;
		void dialog.dismiss();
	});
	const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
	await open(page, `?tour=title,closing&title=${hostile}&speaker=${encodeURIComponent('"><script>alert(2)</script>')}&event=${hostile}`);
	await expect(page.getByTestId('slide-count')).toHaveText('1 / 2');
	await expect(heading(page)).toHaveText(dataset.publication.title.en);
	await expect(page.locator('main').getByTestId('tour-byline')).toHaveCount(0);
	expect(await page.locator('main img, main script').count()).toBe(0);
	expect(dialogs).toBe(0);
	// Over-long words are cut at their cap, not refused.
	await open(page, `?tour=title&title=${'A'.repeat(500)}`);
	expect((await page.locator('main').getByTestId('tour-title').textContent())!.length).toBe(120);
});

test('a tour built with the keyboard opens in that order, and the builder keeps it after a reload', async ({ page }) => {
	await page.goto('/present/tour/');
	await expect(page.locator('.builder')).toHaveAttribute('data-ready', 'true');
	// Keep only title, Cork, Espoo and closing: untick everything else.
	const keep = new Set(['Title', 'Cork', 'Espoo', 'Closing: sources and QR code']);
	const boxes = page.locator('.choices input[type=checkbox]');
	for (let i = 0; i < (await boxes.count()); i++) {
		const box = boxes.nth(i);
		const name = (await box.locator('xpath=..').textContent())!.trim();
		if ((await box.isChecked()) !== keep.has(name)) {
			await box.focus();
			await page.keyboard.press('Space');
		}
	}
	const order = page.getByTestId('tour-order').locator('li .name');
	await expect(order).toHaveText(['Title', 'Cork', 'Espoo', 'Closing: sources and QR code']);
	// Espoo before Cork, by keyboard: focus its Up button and press Enter; focus stays on the moved row.
	await page.getByRole('button', { name: 'Move Espoo up' }).focus();
	await page.keyboard.press('Enter');
	await expect(order).toHaveText(['Title', 'Espoo', 'Cork', 'Closing: sources and QR code']);
	await expect(page.getByRole('status').filter({ hasText: 'Espoo: now 2 of 4' })).toBeAttached();
	await page.keyboard.press('Enter');
	await expect(order).toHaveText(['Espoo', 'Title', 'Cork', 'Closing: sources and QR code']);
	// At the top its Up button is disabled: focus went to its Down button, and Enter moves it back.
	await expect(page.getByRole('button', { name: 'Move Espoo down' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(order).toHaveText(['Title', 'Espoo', 'Cork', 'Closing: sources and QR code']);
	await page.locator('input[name=title]').fill('Two cities by the sea');
	await page.locator('input[name=speaker]').fill('Ana Ruiz');
	await expect(page.getByTestId('tour-url')).toContainText('tour=title,espoo,cork,closing');

	// Kept on the device: a reload of the bare builder shows the same tour.
	await page.goto('/present/tour/');
	await expect(page.locator('.builder')).toHaveAttribute('data-ready', 'true');
	await expect(order).toHaveText(['Title', 'Espoo', 'Cork', 'Closing: sources and QR code']);
	await expect(page.locator('input[name=speaker]')).toHaveValue('Ana Ruiz');

	await page.getByTestId('tour-start').click();
	await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
	await expect(page.getByTestId('slide-count')).toHaveText('1 / 4');
	await expect(page.locator('main').getByTestId('tour-title')).toHaveText('Two cities by the sea');
	for (const name of [cityName('espoo'), cityName('cork'), 'Explore the atlas']) {
		await page.keyboard.press('ArrowRight');
		await expect(heading(page)).toHaveText(name);
	}
	// And the same link in a fresh page (as sent to a colleague) gives the same deck.
	const link = page.url();
	const other = await page.context().newPage();
	await other.goto(link);
	await expect(other.locator('.deck')).toHaveAttribute('data-ready', 'true');
	await expect(other.getByTestId('slide-count')).toHaveText('4 / 4');
	await other.close();
});

test('dragging a slide in the builder reorders the tour', async ({ page }) => {
	await page.goto('/present/tour/?tour=title,cork,espoo,closing');
	await expect(page.locator('.builder')).toHaveAttribute('data-ready', 'true');
	const order = page.getByTestId('tour-order').locator('li');
	await order.nth(3).dragTo(order.nth(0));
	await expect(order.locator('.name')).toHaveText(['Closing: sources and QR code', 'Title', 'Cork', 'Espoo']);
});

test('the deck bar opens the builder on the tour being shown', async ({ page }) => {
	await open(page, '?tour=cork,closing');
	await page.getByRole('link', { name: 'Tour', exact: true }).click();
	await expect(page.locator('.builder')).toHaveAttribute('data-ready', 'true');
	await expect(page.getByTestId('tour-order').locator('li .name')).toHaveText(['Cork', 'Closing: sources and QR code']);
});
