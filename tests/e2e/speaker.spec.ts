import { test, expect } from './fixtures';
import { dataset } from './data';
import { slides } from './deck';

const corkSlide = slides.findIndex((s) => s.kind === 'city' && s.city.id === 'cork') + 1;
const networkSlide = slides.findIndex((s) => s.kind === 'network') + 1;
const cork = dataset.cities.find((c) => c.id === 'cork')!;

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
