import type { Page } from '@playwright/test';
import { test, expect, mapCenter, mapIdle } from './fixtures';
import { cities, cityIds, dataset } from './data';

type GoalId = keyof (typeof cities)[number]['goals'];
const goalLabel = (id: GoalId) => dataset.goals.find((g) => g.id === id)!.label.en;

/** What the data says: ids of cities matching these goals, sorted. */
function expectedIds(goals: GoalId[], min: number, match: 'any' | 'all'): string[] {
	return cities
		.filter((c) => (match === 'any' ? goals.some((g) => c.goals[g].score >= min) : goals.every((g) => c.goals[g].score >= min)))
		.map((c) => c.id)
		.sort();
}

/** Cities the map draws dimmed (feature-state), read from the live MapLibre instance. */
async function mapDimmed(page: Page): Promise<string[]> {
	return page.evaluate((ids) => {
		const el = document.querySelector('[data-map-state]') as HTMLElement & {
			atlasMap?: { map: { getFeatureState(f: unknown): { dimmed?: boolean } } };
		};
		return ids.filter((id) => el.atlasMap!.map.getFeatureState({ source: 'cities', id }).dimmed === true);
	}, cityIds);
}

async function listDimmed(page: Page): Promise<string[]> {
	return (await page.locator('.city-list button.dimmed').evaluateAll((els) => els.map((e) => e.getAttribute('data-city')!))).sort();
}

const complement = (ids: string[]) => cityIds.filter((id) => !ids.includes(id));

/** The filter is shown the same way everywhere: map, list, matrix and the live count. */
async function expectFiltered(page: Page, matching: string[]) {
	const dimmed = complement(matching);
	await expect.poll(() => mapDimmed(page)).toEqual(dimmed);
	await expect.poll(() => listDimmed(page)).toEqual(dimmed);
	await expect(page.locator('.city-list button[data-city]')).toHaveCount(cities.length);
	if (matching.length === cities.length && !(await page.locator('[data-goal][aria-pressed=true]').count())) {
		await expect(page.getByTestId('filter-count')).toHaveText(`All ${cities.length} cities shown. Choose goals to filter.`);
		return;
	}
	await expect(page.getByTestId('filter-count')).toContainText(`${matching.length} of ${cities.length} cities`);
	for (const id of matching) await expect(page.getByTestId('filter-count')).toContainText(cities.find((c) => c.id === id)!.name);
}

// Pick goals where the data actually splits the cities, so a filter that does nothing would fail.
const split = (goals: GoalId[], min: number, match: 'any' | 'all') => {
	const n = expectedIds(goals, min, match).length;
	return n > 0 && n < cities.length;
};

test('toggling goals dims exactly the cities the data says, in map, list and live count', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	await expect(page.getByTestId('filter-count')).toHaveText(`All ${cities.length} cities shown. Choose goals to filter.`);

	const one = (['social-cohesion', 'economic-development', 'sustainable-development'] as GoalId[]).find((g) => split([g], 3, 'any'))!;
	const button = page.getByRole('button', { name: goalLabel(one), exact: false }).and(page.locator('[data-goal]'));
	await expect(button).toHaveAttribute('aria-pressed', 'false');

	// Threshold 3 first, then the goal.
	await page.getByRole('radio', { name: '3' }).check();
	await expect(page).toHaveURL(/min=3/);
	await button.click();
	await expect(button).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(new RegExp(`goals=${one}`));
	await expectFiltered(page, expectedIds([one], 3, 'any'));

	// A second goal, any then all.
	const two = (['economic-development', 'sustainable-development', 'individual-empowerment', 'social-cohesion'] as GoalId[]).find((g) => g !== one)!;
	await page.locator(`[data-goal="${two}"]`).click();
	await expectFiltered(page, expectedIds([one, two], 3, 'any'));
	await page.getByRole('radio', { name: 'all selected goals' }).check();
	await expect(page).toHaveURL(/match=all/);
	await expectFiltered(page, expectedIds([one, two], 3, 'all'));
	await page.getByRole('radio', { name: '1' }).check();
	await expectFiltered(page, expectedIds([one, two], 1, 'all'));

	// One click clears.
	await page.getByRole('button', { name: /Clear filter/ }).click();
	await expect(page).not.toHaveURL(/goals=/);
	await expectFiltered(page, cityIds);
});

test('a goal toggle leaves the map where the reader moved it', async ({ page }) => {
	await page.goto('/');
	await mapIdle(page);
	const world = await mapCenter(page);
	// Zoom in over the map with the wheel, as a reader would.
	const box = (await page.locator('[data-map-state] canvas').boundingBox())!;
	await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.4);
	for (let i = 0; i < 3; i++) await page.mouse.wheel(0, -300);
	await expect.poll(async () => (await mapCenter(page)).zoom).toBeGreaterThan(world.zoom + 1);
	await mapIdle(page);
	const moved = await mapCenter(page);

	await page.locator('[data-goal="social-cohesion"]').click();
	await expect(page.locator('[data-goal="social-cohesion"]')).toHaveAttribute('aria-pressed', 'true');
	await mapIdle(page);
	await page.locator('[data-goal="social-cohesion"]').click();
	await expect(page.locator('[data-goal="social-cohesion"]')).toHaveAttribute('aria-pressed', 'false');
	await mapIdle(page);
	const after = await mapCenter(page);
	expect(after.zoom).toBeCloseTo(moved.zoom, 1);
	expect(after.lng).toBeCloseTo(moved.lng, 1);
	expect(after.lat).toBeCloseTo(moved.lat, 1);
});

test('Escape clears the filter in one key, threshold included', async ({ page }) => {
	await page.goto('/?goals=social-cohesion&min=3');
	await mapIdle(page);
	await expectFiltered(page, expectedIds(['social-cohesion'], 3, 'any'));
	await page.locator('[data-goal="social-cohesion"]').focus();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/$/);
	await expectFiltered(page, cityIds);
	await expect(page.locator('[data-goal="social-cohesion"]')).toHaveAttribute('aria-pressed', 'false');
});

test('a filter link reproduces the view after reload, and back/forward walk through filter changes', async ({ page }) => {
	await page.goto('/?goals=economic-development&min=3');
	await mapIdle(page);
	const first = expectedIds(['economic-development'], 3, 'any');
	await expectFiltered(page, first);
	await page.locator('[data-goal="social-cohesion"]').click();
	const second = expectedIds(['social-cohesion', 'economic-development'], 3, 'any');
	await expectFiltered(page, second);
	// The filter shows first and reaches the URL just after (src/lib/state/atlas.svelte.ts).
	await expect(page).toHaveURL(/\?goals=social-cohesion(%2C|,)economic-development&min=3$/);
	await page.reload();
	await mapIdle(page);
	await expect(page.locator('[data-goal="social-cohesion"]')).toHaveAttribute('aria-pressed', 'true');
	await expectFiltered(page, second);
	await page.goBack();
	await expect(page).toHaveURL(/\?goals=economic-development&min=3$/);
	await expect(page.locator('[data-goal="social-cohesion"]')).toHaveAttribute('aria-pressed', 'false');
	await expectFiltered(page, first);
	await page.goForward();
	await expectFiltered(page, second);
});

test('goals toggled in quick succession are all kept, shown and put in the URL as one step', async ({ page }) => {
	await page.goto('/?min=3');
	await mapIdle(page);
	// Both presses in one task: the second comes before the first has reached the URL.
	await page.evaluate(() => {
		for (const goal of ['social-cohesion', 'economic-development']) (document.querySelector(`[data-goal="${goal}"]`) as HTMLElement).click();
	});
	const both = expectedIds(['social-cohesion', 'economic-development'], 3, 'any');
	await expectFiltered(page, both);
	await expect(page.locator('[data-goal="social-cohesion"]')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('[data-goal="economic-development"]')).toHaveAttribute('aria-pressed', 'true');
	await expect(page).toHaveURL(/\?goals=social-cohesion(%2C|,)economic-development&min=3$/);
	await page.goBack();
	await expect(page).toHaveURL(/\/\?min=3$/);
	await expectFiltered(page, cityIds);
});

test('junk in a filter URL is dropped and the URL corrected', async ({ page }) => {
	await page.goto('/?goals=social-cohesion,<b>x</b>&min=7&match=both&sort=evil&compare=atlantis&utm=1');
	await expect(page).toHaveURL(/\/\?goals=social-cohesion$/);
	await mapIdle(page);
	await expectFiltered(page, expectedIds(['social-cohesion'], 2, 'any'));
});

/** Rows the goal matrix draws dimmed, and its row order. */
const matrixDimmed = async (page: Page) =>
	(await page.locator('svg[data-chart="goal-matrix"] g.row.dimmed').evaluateAll((els) => els.map((e) => e.getAttribute('data-row')!))).sort();
const matrixOrder = async (page: Page) =>
	page.locator('svg[data-chart="goal-matrix"] g.row').evaluateAll((els) =>
		els
			.map((e) => ({ id: e.getAttribute('data-row')!, y: new DOMMatrix(getComputedStyle(e).transform).f }))
			.sort((a, b) => a.y - b.y)
			.map((r) => r.id)
	);

test('the goal matrix dims the same cities as the map, its headings toggle goals and its rows select cities', async ({ page }) => {
	await page.goto('/?panel=matrix');
	await mapIdle(page);
	await expect(page.getByRole('tab', { name: 'Goal matrix' })).toHaveAttribute('aria-selected', 'true');
	await expect(page.locator('svg[data-chart="goal-matrix"] g.row')).toHaveCount(cities.length);
	expect(await matrixDimmed(page)).toEqual([]);

	// A column heading toggles its goal in the filter, like the filter's own button.
	const heading = page.locator('[data-goal-column="social-cohesion"]');
	await heading.click();
	await expect(heading).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('[data-goal="social-cohesion"]')).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('radio', { name: '3' }).check();
	const matching = expectedIds(['social-cohesion'], 3, 'any');
	await expect.poll(() => matrixDimmed(page)).toEqual(complement(matching));
	await expect.poll(() => mapDimmed(page)).toEqual(complement(matching));
	await expect(page.getByTestId('filter-count')).toContainText(`${matching.length} of ${cities.length} cities`);

	// Each cell carries its score from the data.
	for (const city of cities.slice(0, 3))
		await expect(page.locator(`[data-key="${city.id}:economic-development"]`)).toHaveAttribute('data-score', String(city.goals['economic-development'].score));

	// A row selects its city everywhere.
	const target = cities[1]!;
	await page.getByRole('button', { name: `${target.name}: select`, exact: false }).click();
	await expect(page).toHaveURL(new RegExp(`city=${target.id}`));
	await expect(page.getByRole('button', { name: `${target.name}: select`, exact: false })).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('tab', { name: 'Cities' }).click();
	await expect(page.getByRole('heading', { level: 2, name: target.name })).toBeVisible();
	await expect.poll(() => listDimmed(page)).toEqual(complement(matching));
});

test('the matrix sorts by goal, region and name, and the sort is in the URL', async ({ page }) => {
	await page.goto('/?panel=matrix');
	await mapIdle(page);
	const byName = [...cities].sort((a, b) => a.name.localeCompare(b.name, 'en')).map((c) => c.id);
	await expect.poll(() => matrixOrder(page)).toEqual(byName);
	await page.getByLabel('Sort rows by').selectOption('economic-development');
	await expect(page).toHaveURL(/sort=economic-development/);
	const byGoal = [...cities]
		.sort((a, b) => b.goals['economic-development'].score - a.goals['economic-development'].score || a.name.localeCompare(b.name, 'en'))
		.map((c) => c.id);
	await expect.poll(() => matrixOrder(page)).toEqual(byGoal);
	await page.reload();
	await expect.poll(() => matrixOrder(page)).toEqual(byGoal);
	await page.goBack();
	await expect.poll(() => matrixOrder(page)).toEqual(byName);
});

test('the matrix works from the keyboard: arrows move, Enter selects and toggles', async ({ page }) => {
	await page.goto('/?panel=matrix');
	const first = [...cities].sort((a, b) => a.name.localeCompare(b.name, 'en'))[0]!;
	await page.locator(`[data-key="${first.id}:name"]`).focus();
	await page.keyboard.press('ArrowRight');
	await expect(page.locator(`[data-key="${first.id}:individual-empowerment"]`)).toBeFocused();
	// The number shows on focus.
	await expect(page.locator(`[data-key="${first.id}:individual-empowerment"] text`)).toHaveText(String(first.goals['individual-empowerment'].score));
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`city=${first.id}`));
	await page.keyboard.press('ArrowUp');
	await expect(page.locator('[data-key="head:individual-empowerment"]')).toBeFocused();
	await page.keyboard.press(' ');
	await expect(page).toHaveURL(/goals=individual-empowerment/);
});

test('clicking a bar of the goal overview filters to the cities scoring at least that', async ({ page }) => {
	await page.goto('/?panel=overview');
	await mapIdle(page);
	await page.locator('svg[data-chart="goal-overview"] [data-goal="social-cohesion"][data-score="3"]').click();
	await expect(page).toHaveURL(/goals=social-cohesion&min=3/);
	await expect(page.locator('[data-goal="social-cohesion"][data-score="3"]')).toHaveAttribute('aria-pressed', 'true');
	await expect.poll(() => mapDimmed(page)).toEqual(complement(expectedIds(['social-cohesion'], 3, 'any')));
	// Left-out cities keep their score's depth of colour; the match is carried by the outline (data-match).
	const dimmedUnits = await page
		.locator('svg[data-chart="goal-overview"] rect.unit[data-unit-goal="individual-empowerment"]')
		.evaluateAll((els) => els.filter((e) => e.getAttribute('data-match') === 'false').map((e) => e.getAttribute('data-city')!));
	expect(dimmedUnits.sort()).toEqual(complement(expectedIds(['social-cohesion'], 3, 'any')));
});

test('the city profile compares the selected city with a pinned one, and the pin is in the URL', async ({ page }) => {
	const [a, b] = [cities[0]!, cities[2]!];
	await page.goto(`/?city=${a.id}&panel=profile`);
	const bars = page.locator(`svg[data-chart="city-profile"] rect.bar[data-city="${a.id}"]`);
	await expect(bars).toHaveCount(5);
	await page.getByLabel('Compare with').selectOption(b.id);
	await expect(page).toHaveURL(new RegExp(`compare=${b.id}`));
	await expect(page.locator(`svg[data-chart="city-profile"] rect.bar[data-city="${b.id}"]`)).toHaveCount(5);
	await expect(page.locator(`svg[data-chart="city-profile"] [data-goal="social-cohesion"] rect.bar[data-city="${b.id}"]`)).toHaveAttribute(
		'data-score',
		String(b.goals['social-cohesion'].score)
	);
	await page.reload();
	await expect(page.locator(`svg[data-chart="city-profile"] rect.bar[data-city="${b.id}"]`)).toHaveCount(5);
	await page.goBack();
	await expect(page.locator(`svg[data-chart="city-profile"] rect.bar[data-city="${b.id}"]`)).toHaveCount(0);
});
