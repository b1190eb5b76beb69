/**
 * The network on the map: the three scopes (the book's twelve, the award winners, every member named), from a
 * link and from the control, through back and forward; the network's filters with their counts against the data;
 * a member's panel; the year control; the goal filter beyond the book; axe on each scope. The live map is checked
 * by its state (the cities its source holds, what it dims), not by pixels.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, mapCenter, mapIdle, liveCities } from './fixtures';
import { headline, latestYear, members, placed, since, winners } from './networkData';

const count = (page: Page) => page.locator('[data-scope-count]');
const n = (value: number) => value.toLocaleString('en');
const networkLine = `${n(members.length)} of ${n(headline.members)} members named, December ${headline.date.slice(0, 4)}`;

/** How many cities the live map's source holds (each placed city once). */
async function listed(page: Page): Promise<number> {
	const rows = page.locator('[role=tabpanel] li[aria-setsize]');
	if (await rows.count()) return Number(await rows.first().getAttribute('aria-setsize'));
	return page.locator('[role=tabpanel] [data-city]').count();
}

test.describe('scopes', () => {
	const scopes = [
		{ scope: 'book', line: 'The book’s 12 case studies, with their goal scores', total: 12, onMap: 12 },
		{ scope: 'awards', line: `${winners.length} award-winning cities`, total: winners.length, onMap: placed(winners) },
		{ scope: 'network', line: networkLine, total: members.length, onMap: placed(members) }
	];
	for (const { scope, line, total, onMap } of scopes) {
		test(`a link to ?scope=${scope} shows its cities on the live map, in the list and in the count line`, async ({ page }) => {
			await page.goto(`/?scope=${scope}`);
			await mapIdle(page);
			await expect(count(page)).toContainText(line);
			await expect(page.getByRole('radio', { name: { book: 'The book’s twelve', awards: 'Award winners', network: 'Whole network' }[scope] })).toBeChecked();
			await expect.poll(() => liveCities(page)).toBe(onMap);
			expect(await listed(page)).toBe(total);
		});
	}

	test('the control switches scope, writes it in the URL, and back and forward walk through the scopes', async ({ page }) => {
		await page.goto('/');
		await mapIdle(page);
		await page.getByText('Award winners', { exact: true }).click();
		await expect(page).toHaveURL(/\?scope=awards$/);
		await expect(count(page)).toHaveText(`${winners.length} award-winning cities`);
		await expect.poll(() => liveCities(page)).toBe(placed(winners));
		await page.getByRole('radio', { name: 'Whole network' }).check();
		await expect(page).toHaveURL(/\?scope=network$/);
		await expect(count(page)).toContainText(networkLine);
		await expect.poll(() => liveCities(page)).toBe(placed(members));
		await page.goBack();
		await expect(page).toHaveURL(/\?scope=awards$/);
		await expect(page.getByRole('radio', { name: 'Award winners' })).toBeChecked();
		await expect.poll(() => liveCities(page)).toBe(placed(winners));
		await page.goBack();
		await expect(page).toHaveURL(/\/$/);
		await expect.poll(() => liveCities(page)).toBe(12);
		await page.goForward();
		await expect(count(page)).toHaveText(`${winners.length} award-winning cities`);
	});

	test('a city of the network is let go when the book comes back, and a case study stays selected', async ({ page }) => {
		await page.goto('/?scope=network&city=cork');
		await expect(page.locator('#city-title')).toHaveText('Cork');
		await page.getByRole('radio', { name: 'The book’s twelve' }).check();
		await expect(page).toHaveURL(/\?city=cork$/);
		await page.goto('/?scope=network&city=abuja-ng');
		await expect(page.locator('#member-title')).toHaveText('Abuja');
		await page.getByRole('radio', { name: 'The book’s twelve' }).check();
		await expect(page).toHaveURL(/\/$/);
	});

	test('a link with values the network does not have shows a valid view and loses them from the URL', async ({ page }) => {
		await page.goto('/?scope=network&award=2016&country=ZZ&city=atlantis-xx&region=mars&year=1990');
		await expect(count(page)).toContainText(networkLine);
		await expect(page).toHaveURL(/\?scope=network$/);
	});
});

test.describe('filters', () => {
	const facets = [
		{ select: 'award', value: '2017', label: '2017', keep: members.filter((m) => m.awards.includes(2017)) },
		{ select: 'region', value: 'africa', label: 'Africa', keep: members.filter((m) => m.region === 'africa') },
		{ select: 'country', value: 'IE', label: 'Ireland', keep: members.filter((m) => m.country === 'IE') },
		{ select: 'from', value: '2022', label: '2022', keep: members.filter((m) => m.joined !== null && m.joined >= 2022) },
		{ select: 'to', value: '2016', label: '2016', keep: members.filter((m) => m.joined !== null && m.joined <= 2016) }
	];
	for (const { select, value, label, keep } of facets) {
		test(`${select}=${value}: the count line, the list and the map show what the data holds, and a link restores it`, async ({ page }) => {
			await page.goto('/?scope=network');
			await mapIdle(page);
			const field = page.locator(`select[data-filter=${select}]`);
			if (select === 'from' || select === 'to') {
				const joinedIn = members.filter((m) => m.joined === Number(value)).length;
				await expect(field.locator(`option[value="${value}"]`)).toHaveText(`${label} (${joinedIn})`);
			} else {
				await expect(field.locator(`option[value="${value}"]`)).toHaveText(`${label} (${keep.length})`);
			}
			await field.selectOption(value);
			await expect(page).toHaveURL(new RegExp(`[?&]${select}=${value}`));
			await expect(count(page)).toContainText(`${n(keep.length)} of ${n(members.length)} shown`);
			await expect.poll(() => liveCities(page)).toBe(placed(keep));
			expect(await listed(page)).toBe(keep.length);
			await page.reload();
			await expect(page.locator(`select[data-filter=${select}]`)).toHaveValue(value);
			await expect(count(page)).toContainText(`${n(keep.length)} of ${n(members.length)} shown`);
		});
	}

	test('arrowing through the regions is one step in the history: Back returns to before the first', async ({ page }) => {
		await page.goto('/?scope=network');
		await mapIdle(page);
		const field = page.locator('select[data-filter=region]');
		await field.focus();
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
		await expect(page).toHaveURL(/[?&]region=asia-pacific/);
		await expect(count(page)).toContainText(`of ${n(members.length)} shown`);
		await page.goBack();
		await expect(page).toHaveURL(/\?scope=network$/);
		await expect(field).toHaveValue('');
		await expect(count(page)).toContainText(networkLine);
		await expect(count(page)).not.toContainText('shown');
	});

	test('a region chosen: the map draws its cities, then frames them, every one inside the map', async ({ page }) => {
		const africa = members.filter((m) => m.region === 'africa' && m.lat !== null && m.lon !== null);
		await page.goto('/?scope=network');
		await mapIdle(page);
		const camera = (places: { lat: number | null; lon: number | null }[]) =>
			page.evaluate((places) => {
				const map = (document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: import('maplibre-gl').Map } }).atlasMap.map;
				const { width, height } = map.getCanvas().getBoundingClientRect();
				const inside = places.every(({ lat, lon }) => {
					const p = map.project([lon!, lat!]);
					return p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height;
				});
				return { zoom: map.getZoom(), inside, moving: map.isMoving() };
			}, places);
		const world = await camera(africa);
		await page.locator('select[data-filter=region]').selectOption('africa');
		await expect.poll(() => liveCities(page)).toBe(africa.length);
		// Once the camera has settled it frames Africa: closer than the world view, and not one city outside the map.
		await expect.poll(async () => { const c = await camera(africa); return !c.moving && c.inside && c.zoom > world.zoom + 0.5; }).toBe(true);
	});

	test('a filter that takes the map under the crowding threshold and back redraws its cities, grouped only when crowded', async ({ page }) => {
		const drawn = () =>
			page.evaluate(() => {
				const map = (document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: import('maplibre-gl').Map } }).atlasMap.map;
				const clusters = map.queryRenderedFeatures({ layers: ['city-clusters'] }).length;
				return { cities: map.queryRenderedFeatures({ layers: ['city-points'] }).length, clusters };
			});
		await page.goto('/?scope=network');
		await mapIdle(page);
		await expect.poll(async () => (await drawn()).clusters).toBeGreaterThan(0);
		const africa = members.filter((m) => m.region === 'africa');
		await page.locator('select[data-filter=region]').selectOption('africa');
		await expect.poll(() => liveCities(page)).toBe(placed(africa));
		// Under the threshold: no groups, and the single cities are drawn.
		await expect.poll(drawn).toEqual({ cities: expect.any(Number), clusters: 0 });
		await expect.poll(async () => (await drawn()).cities).toBeGreaterThan(0);
		await page.locator('select[data-filter=region]').selectOption('');
		await expect.poll(() => liveCities(page)).toBe(placed(members));
		await expect.poll(async () => (await drawn()).clusters).toBeGreaterThan(0);
	});

	test('filters combine, their options count with the others applied, and Clear filters empties them', async ({ page }) => {
		await page.goto('/?scope=awards&region=europe-north-america');
		const europe = winners.filter((m) => m.region === 'europe-north-america');
		await expect(count(page)).toContainText(`${europe.length} of ${winners.length} shown`);
		const in2024 = europe.filter((m) => m.awards.includes(2024)).length;
		await expect(page.locator('select[data-filter=award] option[value="2024"]')).toHaveText(`2024 (${in2024})`);
		await page.getByRole('button', { name: 'Clear filters' }).click();
		await expect(page).toHaveURL(/\?scope=awards$/);
		await expect(count(page)).toHaveText(`${winners.length} award-winning cities`);
	});
});

test.describe('a member beyond the twelve', () => {
	test('opens a panel with its country, region, year, awards, sources and how sure its membership is', async ({ page }) => {
		const member = members.find((m) => !m.caseStudy && m.joined !== null && m.awards.length > 0 && m.lat !== null)!;
		await page.goto('/?scope=awards');
		await mapIdle(page);
		await page.locator(`[data-city="${member.id}"]`).click();
		await expect(page).toHaveURL(new RegExp(`city=${member.id}`));
		const panel = page.locator(`[data-member="${member.id}"]`);
		await expect(panel.locator('#member-title')).toHaveText(member.name);
		await expect(panel.getByTestId('member-joined')).toHaveText(String(member.joined));
		await expect(panel.getByTestId('member-awards')).toContainText(String(member.awards[0]));
		await expect(panel.getByTestId('member-membership')).toHaveText(/^(read|inferred)/);
		await expect(panel.locator('.sources li')).toHaveCount(member.sources.length);
		await expect(page).toHaveTitle(new RegExp(`^${member.name} · `));
		// The live map flew to it.
		await expect
			.poll(() => page.evaluate(() => (document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: { getZoom(): number } } }).atlasMap.map.getZoom()))
			.toBeGreaterThan(3);
		await page.keyboard.press('Escape');
		await expect(panel).toHaveCount(0);
		await expect(page).toHaveURL(/\?scope=awards$/);
	});

	test('says why a join year is unknown, and the membership inferred from an award, in French', async ({ page }) => {
		const member = members.find((m) => !m.caseStudy && m.joined === null && m.membership === 'inferred-from-award')!;
		await page.goto(`/fr/?scope=network&city=${member.id}`);
		const panel = page.locator(`[data-member="${member.id}"]`);
		await expect(panel.getByTestId('member-joined')).toContainText('inconnue');
		await expect(panel.getByTestId('member-joined')).toContainText(`membre en ${Math.min(...member.awards)} au plus tard`);
		await expect(panel.getByTestId('member-membership')).toHaveText(/^déduite de son prix/);
	});
});

test.describe('the year', () => {
	test('a link to a year shows the network as it stood, and Back to today lets it go', async ({ page }) => {
		const by2016 = members.filter((m) => (since(m) ?? Infinity) <= 2016);
		await page.goto('/?scope=network&year=2016');
		await mapIdle(page);
		await expect(count(page)).toContainText(`${n(by2016.length)} of ${n(members.length)} shown, as the network stood at the end of 2016`);
		await expect(page.getByTestId('year-value')).toHaveText('2016');
		await expect(page.getByRole('slider', { name: 'Year' })).toHaveValue('2016');
		await expect.poll(() => liveCities(page)).toBe(placed(by2016));
		await page.getByRole('slider', { name: 'Year' }).focus();
		await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/year=2017/);
		await page.getByRole('button', { name: 'Back to today' }).click();
		await expect(page).toHaveURL(/\?scope=network$/);
		await expect(page.getByTestId('year-value')).toHaveText('today');
		// By keyboard: the button goes disabled once pressed, and the focus went with it to the page's body; the
		// slider, now at today, takes it, and the next key goes on from there.
		await page.getByRole('slider', { name: 'Year' }).focus();
		await page.keyboard.press('ArrowLeft');
		await expect(page.getByTestId('year-value')).not.toHaveText('today');
		await page.getByRole('button', { name: 'Back to today' }).focus();
		await page.keyboard.press('Enter');
		await expect(page.getByTestId('year-value')).toHaveText('today');
		await expect(page.getByRole('slider', { name: 'Year' })).toBeFocused();
	});

	test('stepping through the years leaves the filters where they are, each showing its choice whole', async ({ page }) => {
		// The options' counts change with each year; sized by its widest option, each select grew and shrank with them
		// ("Europe and North America (97)", then "(9)"), and the row of filters shifted under the reader's eyes.
		await page.goto('/?scope=network');
		await mapIdle(page);
		const boxes = () =>
			page.locator('[data-filter]').evaluateAll((selects) =>
				selects.map((s) => {
					const box = s.getBoundingClientRect();
					return `${s.getAttribute('data-filter')} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`;
				})
			);
		const before = await boxes();
		expect(before).toHaveLength(5);
		const slider = page.getByRole('slider', { name: 'Year' });
		await slider.focus();
		for (const year of ['2024', '2020', '2016', '2013']) {
			await slider.fill(year);
			await expect(page.getByTestId('year-value')).toHaveText(year);
			expect(await boxes(), `in ${year}`).toEqual(before);
		}
		// A chosen region's name and count are whole in its select: it is as wide as its text.
		const region = page.locator('[data-filter="region"]');
		await region.selectOption('europe-north-america');
		await expect(page).toHaveURL(/region=europe-north-america/);
		const fits = await region.evaluate((s: HTMLSelectElement) => {
			const probe = document.createElement('span');
			probe.style.font = getComputedStyle(s).font;
			probe.textContent = s.selectedOptions[0]!.textContent;
			document.body.append(probe);
			const text = probe.getBoundingClientRect().width;
			probe.remove();
			return { text, box: s.clientWidth };
		});
		expect(fits.box).toBeGreaterThan(fits.text);
	});

	test("the letters of the members' names beyond plain Latin arrive with the network, before a reader's first change", async ({ page }) => {
		// Fetched the first time such a name was on screen, the subset arrived in the middle of a year step or a filter
		// change, laying the whole page out again and swapping the names' letters as the reader watched.
		const extended = () =>
			page.evaluate(() => ['400', '600'].map((weight) => document.fonts.check(`${weight} 1em "Noto Sans"`, 'ş')));
		await page.goto('/');
		await mapIdle(page);
		const fetched = () => page.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('latin-ext')).length);
		// The book's twelve need none of it.
		expect(await fetched()).toBe(0);
		await page.goto('/?scope=network');
		await expect(count(page)).not.toContainText('Loading');
		await expect.poll(extended).toEqual([true, true]);
		expect(await fetched()).toBe(2);
	});

	test('the award winners as they stood: a winner shows from its first award', async ({ page }) => {
		await page.goto('/?scope=awards&year=2019');
		const by2019 = winners.filter((m) => m.awards.some((y) => y <= 2019));
		await expect(count(page)).toContainText(`${n(by2019.length)} of ${n(winners.length)} shown`);
	});

	test('play steps through the years from 2013, one a second, and pauses', async ({ page }) => {
		// The page's clock is Playwright's: each second of play is stepped by the test, so a busy machine (timers
		// firing late and in bursts) cannot skip the year the test looks at.
		await page.clock.install();
		await page.goto('/?scope=network');
		await expect(count(page)).not.toContainText('Loading');
		await page.clock.pauseAt(Date.now() + 60 * 60_000);
		await page.getByTestId('year-play').click();
		await expect(page.getByTestId('year-value')).toHaveText('2013');
		// The address is written once the changes settle (300 ms, then at most 50 more for an idle moment, on this
		// clock too).
		await page.clock.runFor(400);
		await expect(page).toHaveURL(/year=2013/);
		await page.clock.runFor(600);
		await expect(page.getByTestId('year-value')).toHaveText('2014');
		await page.clock.runFor(1000);
		await expect(page.getByTestId('year-value')).toHaveText('2015');
		await page.clock.runFor(400);
		await expect(page).toHaveURL(/year=2015/);
		await page.getByRole('button', { name: 'Pause' }).click();
		await expect(page.getByRole('button', { name: 'Play the years' })).toBeVisible();
		await page.clock.runFor(5000);
		await expect(page.getByTestId('year-value')).toHaveText('2015');
		// The steps replaced the address rather than adding to history: Back leaves the years for today.
		await page.goBack();
		await expect(page).toHaveURL(/\?scope=network$/);
	});

	test('the years play on a still map, and a reader can move it while they play', async ({ page }) => {
		await page.goto('/?scope=network');
		await mapIdle(page);
		const moving = () => page.evaluate(() => (document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { map: import('maplibre-gl').Map } }).atlasMap.map.isMoving());
		const still = async (before: { lng: number; lat: number; zoom: number }) => {
			const now = await mapCenter(page);
			expect(now.lng).toBeCloseTo(before.lng, 3);
			expect(now.lat).toBeCloseTo(before.lat, 3);
			expect(now.zoom).toBeCloseTo(before.zoom, 3);
		};
		await expect.poll(moving).toBe(false);
		const world = await mapCenter(page);
		await page.getByTestId('year-play').click();
		// Each year thins the cities; the frame stays every year's (a refit eases for half a second).
		for (const year of ['2013', '2014']) {
			await expect(page.getByTestId('year-value')).toHaveText(year, { timeout: 5000 });
			await page.waitForTimeout(600);
			await still(world);
		}
		// A drag while they play: the next years leave the map where the reader put it.
		const box = (await page.locator('[data-map-state]').boundingBox())!;
		const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
		await page.mouse.move(x, y);
		await page.mouse.down();
		for (let step = 1; step <= 10; step++) await page.mouse.move(x + step * 15, y);
		await page.mouse.up();
		await expect.poll(moving).toBe(false);
		const moved = await mapCenter(page);
		expect(moved.lng).toBeLessThan(world.lng - 5);
		const shown = await page.getByTestId('year-value').textContent();
		await expect(page.getByTestId('year-value')).not.toHaveText(shown!, { timeout: 5000 });
		await page.waitForTimeout(600);
		await still(moved);
		await page.getByRole('button', { name: 'Pause' }).click();
	});

	test('an empty list says why: no member yet in a year, or filters no member meets', async ({ page }) => {
		const first = Math.min(...members.map((m) => since(m) ?? Infinity));
		test.skip(first <= 2013, 'the data has a member by 2013');
		await page.goto('/fr/?scope=network&year=2013');
		await expect(page.getByTestId('list-none')).toHaveText('Aucun membre connu n’était dans le réseau fin 2013.');
		await page.locator('.year-control input[type="range"]').focus();
		for (let year = 2014; year <= first; year++) await page.keyboard.press('ArrowRight');
		await expect(page.getByTestId('list-none')).toHaveCount(0);
		await page.goto('/es/?scope=network&region=africa&country=IE');
		await expect(count(page)).toContainText('0 de');
		await expect(page.getByTestId('list-none')).toHaveText('Ningún miembro coincide con los filtros elegidos.');
	});

	test('under reduced motion, play jumps to the last year and says so', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto('/?scope=network');
		await page.getByTestId('year-play').click();
		await expect(page.getByTestId('year-value')).toHaveText(String(latestYear));
		await expect(page.getByText(`Reduced motion is on: the map jumped to ${latestYear}.`)).toBeVisible();
	});
});

test('beyond the book the goal filter says it scores the twelve only, and highlights them among the rest', async ({ page }) => {
	await page.goto('/?scope=network');
	await mapIdle(page);
	await expect(page.getByTestId('goal-note')).toContainText('Goal scores exist for the book’s twelve only');
	await page.locator('[data-goal="social-cohesion"]').click();
	await expect(page).toHaveURL(/goals=social-cohesion/);
	const dimmed = (id: string) =>
		page.evaluate((id) => (document.querySelector('[data-map-state]') as HTMLElement & { atlasMap: { isDimmed(id: string): boolean } }).atlasMap.isDimmed(id), id);
	const other = members.find((m) => !m.caseStudy && m.lat !== null)!;
	await expect.poll(() => dimmed(other.id)).toBe(true);
	// Cork scores 2 or more on social cohesion in the book (see data/cities/cork.json) and stays whole.
	await expect.poll(() => dimmed('cork')).toBe(false);
	// The list still holds every member: dimmed, not hidden.
	expect(await listed(page)).toBe(members.length);
});

for (const path of ['/?scope=awards', '/?scope=network', '/?scope=network&region=africa&year=2020', '/?scope=network&city=abuja-ng', '/fr/?scope=network']) {
	test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
		await page.goto(path);
		await mapIdle(page);
		await expect(count(page)).not.toContainText('Loading');
		const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
	});
}
