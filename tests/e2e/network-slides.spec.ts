import { readdirSync, readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { dataset } from './data';
import { brokenWords, heading, open, slides } from './deck';
import type { Editions, Member } from '../../src/lib/data/networkSchema';

const members = readdirSync('data/network/members').flatMap((f) => JSON.parse(readFileSync(`data/network/members/${f}`, 'utf8')) as Member[]);
const editions = JSON.parse(readFileSync('data/network/editions.json', 'utf8')) as Editions;
const placed = members.filter((m) => m.lat !== null);
const latest = [...dataset.publication.networkGrowth].sort((a, b) => a.date.localeCompare(b.date)).at(-1)!;

const networkSlide = slides.findIndex((s) => s.kind === 'network') + 1;
const awardsSlide = slides.findIndex((s) => s.kind === 'awards') + 1;

test('the default deck has the two network slides right after the twelve cities', () => {
	const lastCity = slides.findLastIndex((s) => s.kind === 'city') + 1;
	expect(slides.filter((s) => s.kind === 'city')).toHaveLength(dataset.cities.length);
	expect([networkSlide, awardsSlide]).toEqual([lastCity + 1, lastCity + 2]);
});

test('the first slide does not wait for the network (it comes once the page has loaded); its slide maps every placed member with the counts and sources', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('network.json')) fetched.push(request.url());
	});
	await open(page);
	await expect(heading(page)).toHaveText(dataset.publication.title.en);
	// Fetched in idle time for the handout, after the page's load event: never part of the first view.
	await expect(page.locator('.deck')).toHaveAttribute('data-print-ready', 'true');
	expect(fetched).toHaveLength(1);
	const after = await page.evaluate(() => {
		const [nav] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
		const data = performance.getEntriesByType('resource').find((e) => e.name.includes('network.json'))!;
		return data.startTime - nav!.loadEventEnd;
	});
	expect(after).toBeGreaterThanOrEqual(0);
	fetched.length = 0;

	await open(page, `?slide=${networkSlide}`);
	await expect(heading(page)).toHaveText('The network today');
	const slide = page.locator('main [data-testid=network-slide]');
	await expect(slide).toHaveAttribute('data-loaded', 'true');
	expect(fetched).toHaveLength(1);
	await expect(slide.locator('[data-network-map]')).toHaveAttribute('data-network-map', String(placed.length));
	await expect(slide.locator('[data-network-map] circle')).toHaveCount(placed.length);
	const month = new Intl.DateTimeFormat('en', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(latest.date));
	await expect(page.locator('main').getByTestId('network-count')).toContainText(`${members.length} of ${latest.members} members named, ${month}`);
	const awarded = members.filter((m) => m.awards.length > 0).length;
	await expect(slide).toContainText(`${awarded} award-winning cities`);
	await expect(slide).toContainText(new URL(latest.source).hostname.replace(/^www\./, ''));
	// The map is as wide as the slide's text and fits under its heading, the counts under it all on screen.
	const box = (await slide.locator('[data-network-map]').boundingBox())!;
	expect(box.width).toBeGreaterThan(600);
	const sources = (await slide.locator('.sources').boundingBox())!;
	expect(sources.y + sources.height).toBeLessThanOrEqual(page.viewportSize()!.height);
});

test('the award slide lists every edition with its host city and winners, Cork in two', async ({ page }) => {
	await open(page, `?slide=${awardsSlide}`);
	await expect(heading(page)).toHaveText('The award, edition by edition');
	const slide = page.locator('main [data-testid=awards-slide]');
	await expect(slide).toHaveAttribute('data-loaded', 'true');
	const rows = slide.locator('.editions > li');
	await expect(rows).toHaveCount(editions.awards.length);
	for (const award of editions.awards) {
		const row = slide.locator(`.editions > li[data-year="${award.year}"]`);
		const winners = members.filter((m) => m.awards.includes(award.year));
		await expect(row.locator('.winners li')).toHaveCount(winners.length);
		await expect(row.locator('h2')).toContainText(String(award.year));
	}
	await expect(slide.locator('.editions > li', { has: page.locator('.winners li', { hasText: /^Cork$/ }) })).toHaveCount(2);
	await expect(slide.locator('.editions > li[data-year="2017"] h2')).toContainText('Cork');
	await expect(slide.locator('.foot')).toContainText('Won twice: Cork (2015, 2024)');
	// The dot after a name is its only separator: no list marker beside any name.
	const marked = await slide.locator('.winners li').evaluateAll((items) =>
		items.filter((li) => getComputedStyle(li).display === 'list-item' && getComputedStyle(li).listStyleType !== 'none').length
	);
	expect(marked).toBe(0);
});

for (const locale of ['en', 'fr', 'es']) {
	for (const size of [
		{ width: 1024, height: 768 },
		{ width: 1920, height: 1080 }
	]) {
		test(`both network slides fit the screen whole in ${locale} at ${size.width}x${size.height}`, async ({ page }) => {
			await page.setViewportSize(size);
			for (const number of [networkSlide, awardsSlide]) {
				await open(page, `?slide=${number}`, locale);
				await expect(page.locator('main [data-loaded=true]')).toBeVisible();
				expect(await brokenWords(page, 'main')).toEqual([]);
				// Nothing runs past the slide's bottom (the slide clips what would).
				const overflow = await page.locator('main').evaluate((el) => [el.scrollHeight - el.clientHeight, el.scrollWidth - el.clientWidth]);
				expect(overflow[0]).toBeLessThanOrEqual(1);
				expect(overflow[1]).toBeLessThanOrEqual(1);
				// And no name runs past the slide's right edge (the slide clips it, so scrollWidth alone can miss it).
				const right = await page.locator('main').evaluate((el) => {
					const edge = el.getBoundingClientRect().right;
					return [...el.querySelectorAll('li, p, h1, h2')].filter((e) => e.getBoundingClientRect().right > edge + 1).map((e) => e.textContent);
				});
				expect(right).toEqual([]);
			}
		});
	}
}
