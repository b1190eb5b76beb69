/**
 * The Share control: it copies the exact address of the view on screen, says whether the copy worked, offers the
 * address to select by hand when the clipboard is refused, shows a QR code that decodes to that address, and
 * gives an <iframe> for the view's embed.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';
import { test, expect } from './fixtures';
import { say } from '../unit/messages';

/** Reads the QR code as it is drawn on screen: a screenshot of it, its pixels, then a decoder. */
async function decodeQr(page: Page): Promise<string | null> {
	const png = await page.getByTestId('share-qr').locator('svg').screenshot();
	const pixels = await page.evaluate(async (base64) => {
		const image = new Image();
		image.src = `data:image/png;base64,${base64}`;
		await image.decode();
		const canvas = new OffscreenCanvas(image.naturalWidth, image.naturalHeight);
		const context = canvas.getContext('2d')!;
		context.drawImage(image, 0, 0);
		const data = context.getImageData(0, 0, canvas.width, canvas.height);
		return { data: [...data.data], width: data.width, height: data.height };
	}, png.toString('base64'));
	return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data ?? null;
}

test.describe('with the clipboard allowed', () => {
	test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

	test('the atlas copies the exact address of the view on screen, and its QR code decodes to it', async ({ page }) => {
		await page.goto('/fr/?city=cork&goals=social-cohesion&min=3');
		// On top of the map from the first moment, the SVG preview included (it once drew over the button).
		const onTop = await page.getByTestId('share-button').evaluate((el) => {
			const r = el.getBoundingClientRect();
			return el.contains(document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2));
		});
		expect(onTop).toBe(true);
		await page.getByRole('button', { name: say('fr', 'share_button') }).click();
		const dialog = page.getByRole('dialog', { name: say('fr', 'share_title') });
		await expect(dialog).toBeVisible();
		const field = dialog.getByLabel(say('fr', 'share_address'));
		await expect(field).toHaveValue(page.url());
		await dialog.getByRole('button', { name: say('fr', 'share_copy') }).click();
		await expect(page.getByTestId('share-address-status')).toHaveText(say('fr', 'share_copied'));
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
		expect(await decodeQr(page)).toBe(page.url());
		// The dialog fits the screen, and Escape closes it, giving the focus back to the button.
		const box = (await dialog.boundingBox())!;
		expect(box.y + box.height).toBeLessThanOrEqual(800);
		await page.keyboard.press('Escape');
		await expect(dialog).toBeHidden();
		await expect(page.getByRole('button', { name: say('fr', 'share_button') })).toBeFocused();
	});

	test('a view changed after a first share is the one shared next', async ({ page }) => {
		await page.goto('/');
		await page.locator('.city-list button[data-city="espoo"]').click();
		await expect(page).toHaveURL(/city=espoo/);
		await page.getByRole('button', { name: 'Share' }).click();
		await expect(page.getByRole('dialog').getByLabel('Address of this view')).toHaveValue(page.url());
	});

	test('the embed code frames the same view, at a sensible size', async ({ page }) => {
		await page.goto('/es/?goals=economic-development');
		await page.getByRole('button', { name: say('es', 'share_button') }).click();
		const code = await page.getByRole('dialog').getByLabel(say('es', 'share_embed_code')).inputValue();
		const src = /src="([^"]+)"/.exec(code)?.[1];
		expect(src).toBe(new URL('/es/embed/?goals=economic-development', page.url()).href);
		expect(code).toMatch(/^<iframe [^>]*width="960" height="600"[^>]*><\/iframe>$/);
		expect(/title="([^"]+)"/.exec(code)?.[1]).toBe(say('es', 'site_name'));
		await page.getByRole('dialog').getByRole('button', { name: say('es', 'share_embed_copy') }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(code);
	});

	test('a city page and the deck share their own address', async ({ page }) => {
		await page.goto('/city/balanga/');
		await page.getByRole('button', { name: 'Share' }).click();
		await expect(page.getByRole('dialog').getByLabel('Address of this view')).toHaveValue(page.url());
		expect(await decodeQr(page)).toBe(page.url());
		const code = await page.getByRole('dialog').getByLabel('Embed code').inputValue();
		expect(code).toContain(`src="${new URL('/embed/city/balanga/', page.url()).href}"`);

		await page.goto('/present/?city=cork');
		// The deck hydrates after its map module: a press before that does nothing yet, so it is pressed again.
		await expect(async () => {
			if (!(await page.getByRole('dialog').isVisible())) await page.getByRole('button', { name: 'Share' }).click();
			await expect(page.getByRole('dialog')).toBeVisible({ timeout: 1000 });
		}).toPass({ timeout: 20_000 });
		await page.getByRole('dialog').getByRole('button', { name: 'Copy address' }).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
	});
});

test('the open dialog passes axe (WCAG 2.2 AA) in each language, on a phone too', async ({ page }) => {
	for (const [path, size] of [['/?city=cork', { width: 1024, height: 768 }], ['/fr/city/cork/', { width: 390, height: 844 }], ['/es/?goals=social-cohesion', { width: 390, height: 844 }]] as const) {
		await page.setViewportSize(size);
		await page.goto(path);
		// A press before the page has hydrated (a loaded machine) does nothing yet: pressed again until it opens.
		await expect(async () => {
			if (!(await page.getByRole('dialog').isVisible())) await page.getByTestId('share-button').click();
			await expect(page.getByRole('dialog')).toBeVisible({ timeout: 1000 });
		}).toPass({ timeout: 20_000 });
		await expect(page.getByTestId('share-qr').locator('svg')).toBeVisible();
		const results = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((v) => `${path}: ${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
		// Inside the screen, nothing cut off sideways.
		const box = (await page.getByRole('dialog').boundingBox())!;
		expect(box.x).toBeGreaterThanOrEqual(0);
		expect(box.x + box.width).toBeLessThanOrEqual(size.width);
	}
});

test.describe('with the clipboard refused', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(navigator.clipboard, 'writeText', {
				value: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'))
			});
		});
	});

	test('says so, and selects the address for the reader to copy by hand', async ({ page }) => {
		await page.goto('/?city=ybycui');
		await page.getByRole('button', { name: 'Share' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Copy address' }).click();
		await expect(page.getByTestId('share-address-status')).toHaveText(say('en', 'share_refused'));
		const field = page.getByRole('dialog').getByLabel('Address of this view');
		await expect(field).toBeFocused();
		const selected = await field.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart!, el.selectionEnd!));
		expect(selected).toBe(page.url());
	});
});
