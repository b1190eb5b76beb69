/**
 * The deck as the back of the room sees it (issue 15, review D1-D8, E1, F1): no word cut across lines, score
 * squares where low reads as low, a filtered talk that says so, the closing slide's public address, kiosk mode,
 * the control bar, the speaker view's maps and the printed handout.
 */
import { test, expect, mapIdle } from './fixtures';
import { dataset } from './data';
import { brokenWords, heading, luminance, open, slides } from './deck';
import { qrPath } from '../../src/lib/share/qr';
import { cityMatches } from '../../src/lib/state/filter';

const LOCALES = ['en', 'fr', 'es'] as const;

for (const locale of LOCALES)
	for (const [width, height] of [
		[1024, 768],
		[1920, 1080]
	] as const)
		test(`${locale} at ${width}x${height}: no word of any slide breaks across lines`, async ({ page }) => {
			test.slow();
			await page.setViewportSize({ width, height });
			await open(page, '', locale);
			const found: string[] = [];
			for (let n = 1; n <= slides.length; n++) {
				await expect(page.locator(`main[data-slide="${n}"]`)).toBeVisible();
				for (const word of await brokenWords(page, 'main')) found.push(`slide ${n}: ${word}`);
				await page.keyboard.press('ArrowRight');
			}
			expect(found).toEqual([]);
		});

test('score squares: an empty step is darker than a filled one on the black slide, and a key says what they mean', async ({ page }) => {
	const matrix = slides.findIndex((s) => s.kind === 'matrix') + 1;
	await open(page, `?slide=${matrix}`);
	const stepColour = (label: RegExp, on: boolean) =>
		page
			.getByRole('img', { name: label })
			.first()
			.locator(on ? '.step.on' : '.step:not(.on)')
			.first()
			.evaluate((el) => getComputedStyle(el).backgroundColor);
	const slideBackground = (await page.locator('main').evaluate((el) => getComputedStyle(el).backgroundColor)).match(/\d+/g)!.map(Number);
	const empty = luminance(await stepColour(/^0 of 3/, false), slideBackground);
	const full = luminance(await stepColour(/^3 of 3/, true), slideBackground);
	expect(empty).toBeLessThan(full);
	// Low confidence is a shape (a half-filled step), not hatching a few pixels wide.
	const low = await page.locator('.meter.low .step.on').first().evaluate((el) => getComputedStyle(el).backgroundImage);
	expect(low).toMatch(/linear-gradient\(to top, .* 50%, .* 50%\)/);
	const steps = await page.locator('.meter .step').first().boundingBox();
	expect(steps!.width).toBeGreaterThanOrEqual(16);
	await expect(page.locator('main').getByTestId('score-key')).toContainText('filled steps: the score, 0 to 3');
	await expect(page.locator('main').getByTestId('score-key')).toContainText('half filled: low confidence');
	// Explained before the first city slide, on the goals slide.
	await page.keyboard.press('Home');
	await page.keyboard.press('ArrowRight');
	await expect(heading(page)).toHaveText('Five goals of a learning city');
	await expect(page.locator('main').getByTestId('score-key')).toBeVisible();
});

test('a filtered deck says so on its title slide, in each language: goals, minimum score, how many of the cities', async ({ page }) => {
	const cases = [
		{ search: '?goals=social-cohesion&min=3', goals: ['social-cohesion'], min: 3, match: 'any' },
		{ search: '?goals=social-cohesion,economic-development&min=2&match=all', goals: ['social-cohesion', 'economic-development'], min: 2, match: 'all' }
	] as const;
	const counted = { en: (n: number) => `${n} of 12 cities score`, fr: (n: number) => `${n} villes sur 12`, es: (n: number) => `${n} de 12 ciudades` };
	const joined = { en: ' and ', fr: ' et ', es: ' y ' };
	for (const filter of cases) {
		const matching = dataset.cities.filter((c) => cityMatches(c, filter)).length;
		for (const locale of LOCALES) {
			await open(page, filter.search, locale);
			const note = page.locator('main').getByTestId('deck-filter');
			await expect(note).toBeVisible();
			await expect(note).toContainText(counted[locale](matching));
			await expect(note).toContainText(String(filter.min));
			for (const id of filter.goals) await expect(note).toContainText(dataset.goals.find((g) => g.id === id)!.label[locale]);
			if (filter.match === 'all') await expect(note).toContainText(joined[locale]);
		}
	}
	await open(page);
	await expect(page.locator('main').getByTestId('deck-filter')).toHaveCount(0);
});

test.describe('the closing slide', () => {
	const closing = `?slide=${slides.length}`;

	test('served from this machine, with no public address set, says so and shows no QR code of a private address', async ({ page }) => {
		await open(page, closing);
		await expect(page.locator('main').getByTestId('share-address-none')).toHaveText(/No public address is set for this atlas/);
		await expect(page.locator('main').locator('svg.qr, [data-qr-text]')).toHaveCount(0);
		await expect(page.locator('main')).not.toContainText('localhost');
	});

	test("shows and encodes the speaker's address from qr=", async ({ page }) => {
		const address = 'https://example.org/atlas/';
		await open(page, `${closing}&qr=${encodeURIComponent(address)}`);
		await expect(page.locator('main').getByTestId('share-address')).toHaveText(address);
		await expect(page.locator('main [data-qr-text]')).toHaveAttribute('data-qr-text', address);
		// The code drawn is the code of that address, module for module.
		await expect(page.locator('main svg.qr path')).toHaveAttribute('d', qrPath(address).d);
		await expect(page).toHaveURL(/[?&]qr=https%3A%2F%2Fexample\.org%2Fatlas%2F/);
	});

	test('ignores a bad qr= (no error, the deck still works) and drops it from the URL', async ({ page }) => {
		await open(page, `${closing}&qr=${encodeURIComponent('javascript:alert(1)')}`);
		await expect(page.locator('main').getByTestId('share-address-none')).toBeVisible();
		await expect(page).not.toHaveURL(/qr=/);
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByTestId('slide-count')).toHaveText(`${slides.length - 1} / ${slides.length}`);
	});

	test("the speaker view's field sets the address in the audience window; a bad one is refused", async ({ page, context }) => {
		await open(page, closing);
		const speaker = await context.newPage();
		await speaker.goto(`/present/speaker/${closing}`);
		await expect(speaker.locator('.speaker')).toHaveAttribute('data-ready', 'true');
		const field = speaker.getByRole('textbox', { name: 'Address on the closing slide' });
		await field.fill('not a link');
		await speaker.getByRole('button', { name: 'Use', exact: true }).click();
		await expect(speaker.getByTestId('speaker-address-status')).toHaveText(/starts with https:\/\//);
		await field.fill('https://venue.example.net/atlas');
		await speaker.getByRole('button', { name: 'Use', exact: true }).click();
		await expect(speaker.getByTestId('speaker-address-status')).toHaveText('The audience sees: https://venue.example.net/atlas');
		await expect(page.locator('main').getByTestId('share-address')).toHaveText('https://venue.example.net/atlas');
		await expect(page.locator('main svg.qr path')).toHaveAttribute('d', qrPath('https://venue.example.net/atlas').d);
		await speaker.close();
	});
});

test('kiosk mode: an indicator says it is on, K pauses and resumes it, and the control bar is gone', async ({ page }) => {
	// Fourteen steps, two of them through half a minute of the page's clock: on a loaded machine it took over 45 s.
	test.slow();
	await page.clock.install();
	await open(page, '?slide=1&autoplay=5');
	const kiosk = page.getByTestId('kiosk');
	await expect(kiosk).toBeVisible();
	await expect(kiosk).toContainText('every 5 s');
	await expect(page.getByTestId('deck-bar')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Print' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Speaker view' })).toHaveCount(0);
	await page.keyboard.press('k');
	await expect(kiosk).toHaveAttribute('data-paused', 'true');
	await expect(kiosk).toContainText('Kiosk paused · K resumes');
	await page.clock.runFor(30_000);
	await expect(page.locator('main')).toHaveAttribute('data-slide', '1');
	await page.keyboard.press('k');
	await expect(kiosk).toHaveAttribute('data-paused', 'false');
	await page.clock.runFor(5_500);
	await expect(page.locator('main')).toHaveAttribute('data-slide', '2');
	// The help names the kiosk key and Print.
	await page.keyboard.press('?');
	const help = page.getByRole('dialog', { name: 'Keys' });
	await expect(help).toContainText('kiosk mode');
	await expect(help).toContainText('print a handout');
});

test('the control bar steps back with the idle pointer, returns on a move or Tab, and never shows under the help', async ({ page }) => {
	await open(page, '?slide=2');
	const bar = page.getByTestId('deck-bar');
	// Shown: on screen. Stepped back: below the screen's bottom edge (still in the Tab order).
	const onScreen = () => bar.evaluate((el) => (el.getBoundingClientRect().top < innerHeight - 1 ? 1 : 0));
	await page.mouse.move(300, 300);
	await expect.poll(onScreen).toBe(1);
	await expect.poll(onScreen, { timeout: 8_000 }).toBe(0);
	await page.mouse.move(320, 310);
	await expect.poll(onScreen).toBe(1);
	await expect.poll(onScreen, { timeout: 8_000 }).toBe(0);
	// Tab reaches the bar (after the page's skip link) and brings it back.
	await expect(async () => {
		await page.keyboard.press('Tab');
		expect(await bar.locator(':focus').count()).toBe(1);
	}).toPass({ timeout: 5_000 });
	await expect.poll(onScreen).toBe(1);
	await page.keyboard.press('?');
	await expect(page.getByRole('dialog', { name: 'Keys' })).toBeVisible();
	await expect(bar).toBeHidden();
});

test("the speaker view's previews draw the map with the slide's city selected, and no WebGL of their own", async ({ page }) => {
	const first = slides.findIndex((s) => s.kind === 'city');
	const [now, next] = [slides[first]!, slides[first + 1]!];
	if (now.kind !== 'city' || next.kind !== 'city') throw new Error('the deck should open with two city slides in a row');
	await page.goto(`/present/speaker/?slide=${first + 1}`);
	await expect(page.locator('.speaker')).toHaveAttribute('data-ready', 'true');
	for (const [section, city] of [
		['.now', now.city],
		['.next', next.city]
	] as const) {
		const map = page.locator(`${section} [data-preview-map="${city.id}"]`);
		await expect(map.locator('svg path').first()).toBeAttached();
		await expect(map.locator(`[data-map-city="${city.id}"]`)).toHaveAttribute('aria-pressed', 'true');
		await expect(map.locator('[aria-pressed="true"]')).toHaveCount(1);
		const box = await map.locator(`[data-map-city="${city.id}"] .dot`).boundingBox();
		const frame = await map.boundingBox();
		expect(box!.x).toBeGreaterThan(frame!.x);
		expect(box!.x + box!.width).toBeLessThan(frame!.x + frame!.width);
	}
	await expect(page.getByText(`Map: ${now.city.name}`)).toHaveCount(0);
	await expect(page.locator('canvas')).toHaveCount(0);
});

test.describe('the printed handout', () => {
	/** Pages in a PDF: its page objects (not the /Pages tree). */
	const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;

	test('1, 2 or 4 slides a page, chosen beside Print and kept in the URL: fewer pages, each one filled', async ({ page }) => {
		test.slow();
		await open(page);
		const counts: Record<number, number> = {};
		for (const perPage of [1, 2, 4]) {
			await page.getByLabel('Slides per printed page').selectOption(String(perPage));
			if (perPage > 1) await expect(page).toHaveURL(new RegExp(`[?&]handout=${perPage}(&|$)`));
			counts[perPage] = pdfPages(await page.pdf({ preferCSSPageSize: true, printBackground: true }));
		}
		expect(counts).toEqual({ 1: slides.length, 2: Math.ceil(slides.length / 2), 4: Math.ceil(slides.length / 4) });
		await page.reload();
		await expect(page.getByLabel('Slides per printed page')).toHaveValue('4');
	});

	test('prints source URLs after their links, breaks no word, and titles the document as a handout while printing', async ({ page }) => {
		test.slow();
		await open(page);
		await mapIdle(page);
		await page.evaluate(() => {
			const w = window as unknown as { printedTitle: string | null };
			w.printedTitle = null;
			window.print = () => (w.printedTitle = document.title);
		});
		await page.getByRole('button', { name: 'Print' }).click();
		await expect
			.poll(() => page.evaluate(() => (window as unknown as { printedTitle: string | null }).printedTitle), { timeout: 60_000 })
			.toBe(`Handout · ${dataset.publication.title.en}`);
		await expect(page).toHaveTitle(/Presenting/);
		await page.emulateMedia({ media: 'print' });
		const urls = page.locator('.handout .print-url');
		await expect(urls.first()).toBeVisible();
		await expect(urls.first()).toContainText(dataset.publication.url);
		// Laid out at the width each layout prints at (A4 less 1 cm margins: 27.7 cm landscape, 19 cm portrait).
		for (const [perPage, width] of [
			[1, 1047],
			[2, 718],
			[4, 1047]
		] as const) {
			await page.emulateMedia({ media: 'screen' });
			await page.getByLabel('Slides per printed page').selectOption(String(perPage));
			await page.emulateMedia({ media: 'print' });
			await page.setViewportSize({ width, height: 800 });
			expect(await brokenWords(page, '.handout'), `${perPage} a page`).toEqual([]);
		}
	});
});
