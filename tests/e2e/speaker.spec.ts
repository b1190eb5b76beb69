import { test, expect, mapAtRest } from './fixtures';
import { dataset } from './data';
import { slides } from './deck';

const corkSlide = slides.findIndex((s) => s.kind === 'city' && s.city.id === 'cork') + 1;
const networkSlide = slides.findIndex((s) => s.kind === 'network') + 1;
const cork = dataset.cities.find((c) => c.id === 'cork')!;
const swansea = dataset.cities.find((c) => c.id === 'swansea')!;

async function openSpeaker(page: import('@playwright/test').Page, search: string) {
	await page.goto(`/present/speaker/${search}`);
	await expect(page.locator('.speaker')).toHaveAttribute('data-ready', 'true');
}

test('a city slide has default notes written from the data, with its sources', async ({ page }) => {
	await openSpeaker(page, `?slide=${corkSlide}`);
	const notes = page.getByTestId('speaker-notes');
	await expect(notes).toHaveValue(new RegExp(cork.summary.en.slice(0, 40).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
	await expect(notes).toHaveValue(new RegExp(`Sources: .*${cork.sources[0]!.url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
	await expect(notes).toHaveAttribute('data-edited', 'false');
});

test('notes edited in the speaker view are kept on the device, per slide, and can go back to the default', async ({ page }) => {
	await openSpeaker(page, `?slide=${corkSlide}`);
	const notes = page.getByTestId('speaker-notes');
	const original = await notes.inputValue();
	await notes.fill('Ask who has been to Cork.');
	await expect(notes).toHaveAttribute('data-edited', 'true');
	await page.reload();
	await expect(page.locator('.speaker')).toHaveAttribute('data-ready', 'true');
	await expect(notes).toHaveValue('Ask who has been to Cork.');
	// The next slide keeps its own notes.
	await page.getByRole('button', { name: 'Next ›' }).click();
	await expect(notes).not.toHaveValue('Ask who has been to Cork.');
	await page.getByRole('button', { name: '‹ Previous' }).click();
	await expect(notes).toHaveValue('Ask who has been to Cork.');
	await page.getByRole('button', { name: 'Back to the default notes' }).click();
	await expect(notes).toHaveValue(original);
	await page.reload();
	await expect(page.locator('.speaker')).toHaveAttribute('data-ready', 'true');
	await expect(notes).toHaveValue(original);
});

test('the notes size control changes the notes and is kept', async ({ page }) => {
	await openSpeaker(page, '?slide=2');
	const notes = page.getByTestId('speaker-notes');
	const before = await notes.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	await page.getByRole('button', { name: 'Larger notes' }).click();
	await page.getByRole('button', { name: 'Larger notes' }).click();
	const after = await notes.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	expect(after).toBeGreaterThan(before);
	await page.reload();
	await expect(page.locator('.speaker')).toHaveAttribute('data-ready', 'true');
	expect(await notes.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBe(after);
});

test('the previews draw the slides with their maps: a city on the SVG map, the network with every member', async ({ page }) => {
	await openSpeaker(page, `?slide=${corkSlide}`);
	const now = page.locator('.now .preview');
	await expect(now.locator('[data-preview-map="cork"] svg path').first()).toBeAttached();
	await expect(now.locator('h1')).toHaveText(cork.name);
	await openSpeaker(page, `?slide=${networkSlide - 1}`);
	// The next slide is the network: its preview shows the map with its dots.
	const next = page.locator('.next .preview');
	await expect(next.locator('[data-network-map] circle').first()).toBeAttached();
	await expect(next.locator('[data-network-map] path')).toHaveCount(1);
	const box = (await next.locator('[data-network-map]').boundingBox())!;
	expect(box.width).toBeGreaterThan(100);
});

test('a city preview shows what the room sees: the city in the middle of the map, at the live map scale', async ({ page, context }) => {
	// The room: the deck on a 1024x768 projector, its live map at rest on Cork.
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto(`/present/?slide=${corkSlide}`);
	await expect(page.locator('[data-map-state="idle"]')).toBeAttached({ timeout: 30_000 });
	await mapAtRest(page);
	const live = await page.evaluate(
		([a, b]) => {
			const el = document.querySelector('[data-map-state]') as HTMLElement & {
				atlasMap: { map: { project(p: [number, number]): { x: number; y: number }; getBounds(): { getWest(): number; getEast(): number } } };
			};
			const map = el.atlasMap.map;
			const bounds = map.getBounds();
			return { width: el.clientWidth, height: el.clientHeight, span: bounds.getEast() - bounds.getWest(), dx: map.project(b!).x - map.project(a!).x };
		},
		[
			[cork.lon, cork.lat],
			[swansea.lon, swansea.lat]
		] as [number, number][]
	);

	const speaker = await context.newPage();
	await openSpeaker(speaker, `?slide=${corkSlide}`);
	const map = speaker.locator('.now [data-preview-map="cork"]');
	await expect(map.locator('svg path').first()).toBeAttached();
	const frame = (await map.boundingBox())!;
	const centre = async (id: string) => {
		const box = (await map.locator(`[data-map-city="${id}"] .dot`).boundingBox())!;
		return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	};
	const at = await centre('cork');
	// The preview's map is the live one's frame, scaled down with the slide.
	const ratio = frame.width / live.width;
	expect(frame.height / live.height).toBeCloseTo(ratio, 2);
	expect(Math.abs(at.x - (frame.x + frame.width / 2))).toBeLessThan(3);
	expect(Math.abs(at.y - (frame.y + frame.height / 2))).toBeLessThan(3);
	// The same scale: Cork to Swansea is as far on the preview as on the room's map, scaled, and the preview
	// spans the longitudes the live map's bounds do.
	const dx = (await centre('swansea')).x - at.x;
	expect(dx / (live.dx * ratio)).toBeGreaterThan(0.95);
	expect(dx / (live.dx * ratio)).toBeLessThan(1.05);
	const span = (frame.width * (swansea.lon - cork.lon)) / dx;
	expect(span / live.span).toBeGreaterThan(0.95);
	expect(span / live.span).toBeLessThan(1.05);
});

test('the clock, the elapsed time and what remains of the talk length the speaker sets', async ({ page }) => {
	await page.clock.install();
	await openSpeaker(page, '?slide=1');
	await expect(page.getByTestId('wall-clock')).toHaveText(/\d{1,2}:\d\d/);
	await expect(page.getByTestId('remaining')).toHaveText(/^(20:00|19:5\d)$/);
	await page.getByLabel('Talk length (minutes)').fill('1');
	await page.getByLabel('Talk length (minutes)').press('Enter');
	await page.getByLabel('Talk length (minutes)').blur();
	await expect(page.getByTestId('remaining')).toHaveText(/^(01:00|00:[0-5]\d)$/);
	await page.clock.runFor(90_000);
	await expect(page.getByRole('timer')).toHaveText(/^01:3\d$/);
	await expect(page.getByText('Over by')).toBeVisible();
	await page.reload();
	await expect(page.locator('.speaker')).toHaveAttribute('data-ready', 'true');
	await expect(page.getByLabel('Talk length (minutes)')).toHaveValue('1');
});
