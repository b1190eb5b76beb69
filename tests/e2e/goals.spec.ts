import type { Page } from '@playwright/test';
import { test, expect, mapIdle } from './fixtures';
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

test('Escape clears the filter in one key', async ({ page }) => {
	await page.goto('/?goals=social-cohesion&min=3');
	await mapIdle(page);
	await expectFiltered(page, expectedIds(['social-cohesion'], 3, 'any'));
	await page.locator('[data-goal="social-cohesion"]').focus();
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/\?min=3$/);
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

test('junk in a filter URL is dropped and the URL corrected', async ({ page }) => {
	await page.goto('/?goals=social-cohesion,<b>x</b>&min=7&match=both&sort=evil&compare=atlantis&utm=1');
	await expect(page).toHaveURL(/\/\?goals=social-cohesion$/);
	await mapIdle(page);
	await expectFiltered(page, expectedIds(['social-cohesion'], 2, 'any'));
});
