import { test, expect } from './fixtures';
import { open } from './deck';

for (const locale of ['en', 'fr', 'es'])
	test(`at 1024x768 in ${locale} every control of the deck bar fits on its one row`, async ({ page }) => {
		await page.setViewportSize({ width: 1024, height: 768 });
		await open(page, '', locale);
		// The bar shows while the pointer moves.
		await page.mouse.move(500, 700);
		const bar = page.getByTestId('deck-bar');
		const fits = await bar.evaluate((el) => ({
			scroll: el.scrollWidth - el.clientWidth,
			outside: [...el.querySelectorAll('button, a, select')]
				.filter((c) => {
					const r = c.getBoundingClientRect();
					return r.right > innerWidth + 1 || r.left < -1 || c.scrollWidth > c.clientWidth + 1;
				})
				.map((c) => c.textContent?.trim())
		}));
		expect(fits).toEqual({ scroll: 0, outside: [] });
		const height = (await bar.boundingBox())!.height;
		expect(height).toBeLessThan(60);
	});
