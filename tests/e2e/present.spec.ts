import type { Page } from '@playwright/test';
import { test, expect, holdRequests, mapCenter, mapIdle } from './fixtures';
import { dataset } from './data';
import { buildSlides } from '../../src/lib/presenter/slides';
import { deck, heading, headingOf, open, slides } from './deck';

const startsWith = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

async function expectSlide(page: Page, number: number) {
	await expect(heading(page)).toHaveText(headingOf(slides[number - 1]!));
	await expect(page).toHaveURL(new RegExp(`[?&]slide=${number}(&|$)`));
	await expect(page.getByTestId('slide-count')).toHaveText(`${number} / ${slides.length}`);
}

test('the keyboard walks the whole deck forwards and back, each heading as the deck file says', async ({ page }) => {
	// Forty-odd slides, each moving the WebGL map in a software renderer: slow by nature, not by a bug.
	test.slow();
	await open(page);
	await expectSlide(page, 1);
	const forward = ['ArrowRight', 'PageDown', ' '];
	for (let n = 2; n <= slides.length; n++) {
		await page.keyboard.press(forward[n % forward.length]!);
		await expectSlide(page, n);
	}
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, slides.length);
	const back = ['ArrowLeft', 'PageUp'];
	for (let n = slides.length - 1; n >= 1; n--) {
		await page.keyboard.press(back[n % back.length]!);
		await expectSlide(page, n);
	}
	await page.keyboard.press('End');
	await expectSlide(page, slides.length);
	await page.keyboard.press('Home');
	await expectSlide(page, 1);
	// A click on the slide moves on too.
	await page.locator('main').click({ position: { x: 40, y: 40 } });
	await expectSlide(page, 2);
});

test('a number then Enter jumps to that slide; a number past the end goes to the last, and says so', async ({ page }) => {
	await open(page);
	await page.keyboard.type('4');
	await expect(page.getByRole('status').filter({ hasText: 'Go to 4' })).toBeVisible();
	await page.keyboard.press('Enter');
	await expectSlide(page, 4);
	await page.keyboard.type('99');
	await page.keyboard.press('Enter');
	await expectSlide(page, slides.length);
	await expect(page.getByRole('status').filter({ hasText: `No slide 99: this is the last one (${slides.length}).` })).toBeVisible();
	// The next move clears it.
	await page.keyboard.press('ArrowLeft');
	await expect(page.getByTestId('jump-notice')).toHaveCount(0);
});

test('a slide URL reloads to the same slide, filter kept', async ({ page }) => {
	const search = '?slide=3&goals=social-cohesion&min=1';
	const filtered = buildSlides(deck, dataset.cities, { goals: ['social-cohesion'], min: 1, match: 'any' });
	await open(page, search);
	await expect(heading(page)).toHaveText(headingOf(filtered[2]!));
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/\?slide=4&goals=social-cohesion&min=1$/);
	await page.reload();
	await expect(page.locator('.deck')).toHaveAttribute('data-ready', 'true');
	await expect(heading(page)).toHaveText(headingOf(filtered[3]!));
});

test('the goal filter carries into the deck: only matching cities are presented', async ({ page }) => {
	test.slow();
	const filter = { goals: ['cultural-prosperity' as const], min: 2 as const, match: 'any' as const };
	const matching = dataset.cities.filter((c) => c.goals['cultural-prosperity'].score >= 2);
	const filtered = buildSlides(deck, dataset.cities, filter);
	await open(page, '?goals=cultural-prosperity');
	await expect(page.getByTestId('slide-count')).toHaveText(`1 / ${filtered.length}`);
	expect(filtered.filter((s) => s.kind === 'city')).toHaveLength(matching.length);
	const names: string[] = [];
	for (let n = 1; n <= filtered.length; n++) {
		const slide = filtered[n - 1]!;
		await expect(heading(page)).toHaveText(headingOf(slide));
		if (slide.kind === 'city') names.push(slide.city.name);
		await page.keyboard.press('ArrowRight');
	}
	expect(names.toSorted()).toEqual(matching.map((c) => c.name).toSorted());
});

test('the deck starts from a city, the one map flies there, and Escape lands in the atlas on it', async ({ page }) => {
	const city = dataset.cities.at(-1)!;
	const number = slides.findIndex((s) => s.kind === 'city' && s.city.id === city.id) + 1;
	await open(page, `?city=${city.id}&goals=social-cohesion&min=1`);
	await expect(heading(page)).toHaveText(city.name);
	await mapIdle(page);
	const camera = await mapCenter(page);
	expect(Math.abs(camera.lng - city.lon)).toBeLessThan(1);
	expect(Math.abs(camera.lat - city.lat)).toBeLessThan(1);
	expect(number).toBeGreaterThan(0);
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(new RegExp(`/\\?city=${city.id}&goals=social-cohesion&min=1$`));
	await expect(page.getByRole('heading', { level: 2, name: city.name })).toBeVisible();
});

test('the atlas header links to the deck with its city and filter', async ({ page }) => {
	const city = dataset.cities[0]!;
	await page.goto(`/?city=${city.id}`);
	await page.getByRole('link', { name: 'Present' }).click();
	await expect(page).toHaveURL(/\/present\/\?slide=\d+/);
	await expect(heading(page)).toHaveText(city.name);
});

test('the deck link keeps the city and filter even when clicked before the atlas is ready', async ({ page }) => {
	const city = dataset.cities[0]!;
	const release = await holdRequests(page, '**/_app/immutable/nodes/**');
	await page.goto(`/?city=${city.id}`, { waitUntil: 'domcontentloaded' });
	await page.getByRole('link', { name: 'Present' }).click();
	release();
	await expect(page).toHaveURL(/\/present\/\?slide=\d+/);
	await expect(heading(page)).toHaveText(city.name);
});

test('B blanks the screen and any key brings the same slide back; ? shows every key', async ({ page }) => {
	await open(page, '?slide=2');
	await page.keyboard.press('b');
	await expect(page.locator('.blanked')).toBeVisible();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.blanked')).toHaveCount(0);
	await expectSlide(page, 2);
	await page.keyboard.press('.');
	await expect(page.locator('.blanked')).toBeVisible();
	await page.keyboard.press('x');
	await expect(page.locator('.blanked')).toHaveCount(0);
	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Keys' });
	await expect(help).toContainText('PageDown');
	await expect(help).toContainText('blank the screen');
	await page.keyboard.press('Escape');
	await expect(help).toHaveCount(0);
	await expectSlide(page, 2);
});

for (const [width, height] of [
	[1024, 768],
	[1920, 1080]
] as const) {
	test(`at ${width}x${height} every slide fits: nothing overflows or is clipped, text is large`, async ({ page }) => {
		test.slow();
		await page.setViewportSize({ width, height });
		await open(page);
		for (let n = 1; n <= slides.length; n++) {
			await expect(heading(page)).toHaveText(headingOf(slides[n - 1]!));
			// The network's slides come as a chunk of their own, with their stylesheet: measured once it is here (a
			// first frame before it can show their map at its own size).
			await page.waitForLoadState('networkidle');
			const problems = await page.evaluate(() => {
				const found: string[] = [];
				const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${el.textContent?.trim().slice(0, 30)}"`;
				const slide = document.querySelector('main')!;
				if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1) found.push(`slide scrolls: ${name(slide)}`);
				for (const el of document.querySelectorAll('.deck *')) {
					if (el.closest('.deck-map, .visually-hidden, .bar.idle')) continue;
					const r = el.getBoundingClientRect();
					if (r.width === 0 && r.height === 0) continue;
					if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) found.push(`outside the viewport: ${name(el)}`);
					if (el instanceof HTMLElement && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline')
						found.push(`clipped: ${name(el)}`);
				}
				for (const el of slide.querySelectorAll('p, li, td, th, dd, span, a, strong')) {
					const size = parseFloat(getComputedStyle(el).fontSize);
					if (el.textContent?.trim() && size < 24) found.push(`text below 24px (${size}px): ${name(el)}`);
				}
				return found;
			});
			expect(problems, `slide ${n}`).toEqual([]);
			await page.keyboard.press('ArrowRight');
		}
	});
}

test('the speaker view and the audience stay in sync, either window driving', async ({ page, context }) => {
	await open(page, '?slide=2');
	const speaker = await context.newPage();
	await speaker.goto('/present/speaker/?slide=1');
	await expect(speaker.locator('.speaker')).toHaveAttribute('data-ready', 'true');
	// The speaker view joins the talk where the audience is.
	await expect(speaker.getByTestId('speaker-count')).toHaveText(`2 / ${slides.length}`);
	// The notes open with the deck file's words for the slide; the data's points and sources follow.
	await expect(speaker.getByTestId('speaker-notes')).toHaveValue(startsWith(deck.slides[1]!.notes!.en));
	// Audience drives.
	await page.bringToFront();
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, 3);
	const third = slides[2]!;
	await expect(speaker.getByTestId('speaker-current')).toHaveText(headingOf(third));
	await expect(speaker.getByTestId('speaker-next')).toHaveText(headingOf(slides[3]!));
	await expect(speaker.getByTestId('speaker-notes')).toHaveValue(startsWith(third.notes?.en ?? ''));
	// Speaker drives, by button and by key.
	await speaker.bringToFront();
	await speaker.getByRole('button', { name: 'Next ›' }).click();
	await expectSlide(page, 4);
	await speaker.keyboard.press('PageUp');
	await expectSlide(page, 3);
	await speaker.getByRole('button', { name: 'Blank screen' }).click();
	await expect(page.locator('.blanked')).toBeVisible();
	await expect(speaker.getByRole('timer')).toHaveText(/^\d\d:\d\d$/);
	await speaker.close();
});

test('one map serves the whole deck: walking every slide twice keeps a single WebGL canvas', async ({ page }) => {
	test.slow();
	await open(page);
	await mapIdle(page);
	for (let n = 0; n < slides.length * 2; n++) await page.keyboard.press(n < slides.length ? 'ArrowRight' : 'ArrowLeft');
	await expect(page.locator('canvas.maplibregl-canvas')).toHaveCount(1);
	await expect(page.locator('[data-map-state]')).toHaveCount(1);
});

test('printing gives a handout: one page per slide, each city page with its map drawn', async ({ page }) => {
	test.slow();
	await open(page);
	await mapIdle(page);
	// The print dialog itself is the browser's; here "Print" only has to prepare the pages.
	await page.evaluate(() => {
		(window as unknown as { printed: boolean }).printed = false;
		window.print = () => ((window as unknown as { printed: boolean }).printed = true);
	});
	await page.getByRole('button', { name: 'Print' }).click();
	await expect.poll(() => page.evaluate(() => (window as unknown as { printed: boolean }).printed), { timeout: 60_000 }).toBe(true);
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.deck')).toBeHidden();
	const pages = page.locator('.handout .page');
	await expect(pages).toHaveCount(slides.length);
	for (const [i, slide] of slides.entries()) {
		await expect(pages.nth(i).getByRole('heading', { level: 1, includeHidden: true })).toHaveText(headingOf(slide));
		if (slide.kind === 'city') await expect(pages.nth(i).locator('img')).toHaveAttribute('src', /^data:image\/jpeg;base64,/);
	}
	// Each slide starts a new sheet.
	expect(await page.locator('.handout .sheet').first().evaluate((el) => getComputedStyle(el).breakAfter)).toBe('page');
	await expect(page.locator('.handout .sheet')).toHaveCount(slides.length);
});

test('kiosk mode advances on its own and loops back to the first slide', async ({ page }) => {
	await open(page, `?slide=${slides.length}&autoplay=3`);
	// No control bar in kiosk mode: the slide says where the deck is.
	await expect(heading(page)).toHaveText(headingOf(slides.at(-1)!));
	await expect(page.locator('main')).toHaveAttribute('data-slide', String(slides.length));
	await expect(heading(page)).toHaveText(headingOf(slides[0]!), { timeout: 10_000 });
	await expect(page).toHaveURL(/\?slide=1&autoplay=3$/);
	await expect(heading(page)).toHaveText(headingOf(slides[1]!), { timeout: 10_000 });
});

test('a new slide fades in; the first slide of the page does not, nor any slide in jump mode', async ({ page }) => {
	// Each fade the deck starts on a slide, counted as it starts (a finished one leaves no trace to read later).
	await page.addInitScript(() => {
		const animate = Element.prototype.animate;
		(window as unknown as { slideFades: number }).slideFades = 0;
		Element.prototype.animate = function (this: Element, ...args: Parameters<Element['animate']>) {
			if (this.matches('main.deck-slide') && JSON.stringify(args[0]).includes('opacity')) (window as unknown as { slideFades: number }).slideFades++;
			return animate.apply(this, args);
		};
	});
	const fades = () => page.evaluate(() => (window as unknown as { slideFades: number }).slideFades);
	await open(page);
	await expectSlide(page, 1);
	expect(await fades()).toBe(0);
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, 2);
	expect(await fades()).toBe(1);
	await page.evaluate(() => localStorage.setItem('atlas-present-motion', 'jump'));
	await page.reload();
	await expectSlide(page, 2);
	await page.keyboard.press('ArrowRight');
	await expectSlide(page, 3);
	expect(await fades()).toBe(0);
});
