/**
 * The chart panels as a reader sees them, measured on screen: text sizes at projector resolution, matrix
 * headings over their own column (and visible in forced colours), the profile's legend and ticks, the
 * overview's named squares, and what an export carries.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { cities, dataset } from './data';

const MATRIX = '/?panel=matrix&goals=social-cohesion,economic-development';
const PROFILE = '/?city=cork&compare=ybycui&panel=profile';
const OVERVIEW = '/?panel=overview&goals=social-cohesion';
const GOALS = dataset.goals.map((g) => g.id);
const name = (id: string) => cities.find((c) => c.id === id)!.name;

type Pt = [number, number];

/** Each chart text's size in CSS pixels as drawn: its font size times the scale its SVG is drawn at. */
async function textSizes(page: Page, chart: string) {
	return page.locator(`svg[data-chart="${chart}"] text`).evaluateAll((els) =>
		els
			.filter((el) => (el.textContent ?? '').trim() && (el as SVGGraphicsElement).getBBox().width > 0)
			.map((el) => {
				const m = (el as SVGGraphicsElement).getScreenCTM()!;
				return { text: el.textContent!.trim(), px: parseFloat(getComputedStyle(el).fontSize) * Math.hypot(m.a, m.b) };
			})
	);
}

/** An element's outline in page coordinates: a text's rotated box, or a shape sampled along its outline. */
async function outline(page: Page, selector: string): Promise<Pt[]> {
	return page.locator(selector).first().evaluate((el) => {
		const g = el as SVGGraphicsElement;
		const m = g.getScreenCTM()!;
		const at = (x: number, y: number): [number, number] => [m.a * x + m.c * y + m.e, m.b * x + m.d * y + m.f];
		if (g instanceof SVGTextElement) {
			const b = g.getBBox();
			return [at(b.x, b.y), at(b.x + b.width, b.y), at(b.x + b.width, b.y + b.height), at(b.x, b.y + b.height)];
		}
		const shape = g as SVGGeometryElement;
		const length = shape.getTotalLength();
		return Array.from({ length: 120 }, (_, i) => {
			const p = shape.getPointAtLength((length * i) / 120);
			return at(p.x, p.y);
		});
	});
}

function inside([x, y]: Pt, poly: Pt[]): boolean {
	let hit = false;
	for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
		const [xi, yi] = poly[i]!;
		const [xj, yj] = poly[j]!;
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
	}
	return hit;
}
function crosses(a: Pt, b: Pt, c: Pt, d: Pt): boolean {
	const side = (p: Pt, q: Pt, r: Pt) => Math.sign((q[0] - p[0]) * (r[1] - p[1]) - (q[1] - p[1]) * (r[0] - p[0]));
	return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0;
}
function intersects(p: Pt[], q: Pt[]): boolean {
	if (p.some((pt) => inside(pt, q)) || q.some((pt) => inside(pt, p))) return true;
	return p.some((a, i) => q.some((c, j) => crosses(a, p[(i + 1) % p.length]!, c, q[(j + 1) % q.length]!)));
}
/** Shrinks a quad towards its centre, so touching edges (anti-aliasing, rounding) do not count as overlap. */
function shrink(quad: Pt[], by: number): Pt[] {
	const cx = quad.reduce((s, p) => s + p[0], 0) / quad.length;
	const cy = quad.reduce((s, p) => s + p[1], 0) / quad.length;
	return quad.map(([x, y]) => {
		const d = Math.hypot(x - cx, y - cy);
		return [x - ((x - cx) * by) / d, y - ((y - cy) * by) / d];
	});
}

function luminance(css: string): number {
	const [r, g, b] = css.match(/[\d.]+/g)!.slice(0, 3).map(Number).map((v) => {
		const c = v / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
	const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (l1! + 0.05) / (l2! + 0.05);
};

test.describe('at 1024x768 (a projector)', () => {
	test.use({ viewport: { width: 1024, height: 768 } });

	for (const [path, chart] of [
		[MATRIX, 'goal-matrix'],
		[PROFILE, 'city-profile'],
		[OVERVIEW, 'goal-overview']
	] as const)
		test(`every text of the ${chart} is drawn at 14 px or more`, async ({ page }) => {
			await page.goto(path);
			await expect(page.locator(`svg[data-chart="${chart}"]`)).toBeVisible();
			await page.waitForTimeout(300);
			const sizes = await textSizes(page, chart);
			expect(sizes.length).toBeGreaterThan(10);
			const small = sizes.filter((s) => s.px < 13.95).map((s) => `${s.text}: ${s.px.toFixed(1)} px`);
			expect(small).toEqual([]);
		});

	test('each matrix heading sits inside its own column band, nearest its own column, clear of the highlighted neighbours', async ({ page }) => {
		await page.goto(MATRIX);
		await expect(page.locator('[data-goal-column="social-cohesion"]')).toHaveAttribute('aria-pressed', 'true');
		await page.waitForTimeout(500);
		const bands: Record<string, Pt[]> = {};
		for (const goal of GOALS) bands[goal] = await outline(page, `[data-goal-column="${goal}"] > :is(path.band, rect)`);
		const columns = await page.locator(`[data-row="${cities[0]!.id}"] [data-key] > rect`).evaluateAll((els) =>
			els.slice(1).map((el) => {
				const r = el.getBoundingClientRect();
				return r.x + r.width / 2;
			})
		);
		expect(columns).toHaveLength(GOALS.length);
		for (const [i, goal] of GOALS.entries()) {
			const quad = await outline(page, `[data-goal-column="${goal}"] text`);
			const text = shrink(quad, 1.5);
			expect(text.every((p) => inside(p, bands[goal]!)), `${goal}'s heading inside its own band`).toBe(true);
			for (const other of ['social-cohesion', 'economic-development'].filter((g) => g !== goal))
				expect(intersects(text, bands[other]!), `${goal}'s heading over ${other}'s highlight`).toBe(false);
			// The heading's foot (its lowest corner) is nearest its own column.
			const foot = quad.reduce((a, b) => (b[1] > a[1] ? b : a));
			const nearest = columns.map((x) => Math.abs(x - foot[0])).reduce((best, d, k, all) => (d < all[best]! ? k : best), 0);
			expect(nearest, `${goal}'s heading nearest column`).toBe(i);
		}
	});

	for (const scheme of ['dark', 'light'] as const)
	test(`in forced colours (Windows high contrast, ${scheme}) every matrix heading contrasts at least 3:1 with what is behind it`, async ({ page }) => {
		await page.emulateMedia({ forcedColors: 'active', colorScheme: scheme });
		await page.goto(MATRIX);
		await expect(page.locator('[data-goal-column="social-cohesion"]')).toHaveAttribute('aria-pressed', 'true');
		const pairs = await page.locator('[data-goal-column]').evaluateAll((heads) =>
			heads.map((head) => {
				const text = head.querySelector('text')!;
				const band = head.querySelector(':is(path.band, rect)')!;
				const bandFill = getComputedStyle(band).fill;
				const painted = bandFill.startsWith('rgb(') || (bandFill.startsWith('rgba(') && !/,\s*0\)$/.test(bandFill));
				// What shows through a transparent page: the system's Canvas colour.
				const probe = document.body.appendChild(document.createElement('div'));
				probe.style.backgroundColor = 'Canvas';
				let back = getComputedStyle(probe).backgroundColor;
				probe.remove();
				if (painted && getComputedStyle(band).fillOpacity !== '0') back = bandFill;
				else
					for (let el: Element | null = head.closest('svg'); el; el = el.parentElement) {
						const bg = getComputedStyle(el).backgroundColor;
						if (bg && bg !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(bg)) {
							back = bg;
							break;
						}
					}
				return { goal: head.getAttribute('data-goal-column'), fill: getComputedStyle(text).fill, back };
			})
		);
		expect(pairs).toHaveLength(GOALS.length);
		for (const p of pairs) expect(contrast(p.fill, p.back), `${p.goal}: ${p.fill} on ${p.back}`).toBeGreaterThanOrEqual(3);
	});

	test('the profile: legend swatches painted as the bars, hatching only for low confidence, the tick clear of every value, the title naming both cities', async ({ page }) => {
		await page.goto(PROFILE);
		await expect(page.locator('svg[data-chart="city-profile"] rect.bar')).toHaveCount(10);
		await expect(page.locator('#city-profile-title')).toHaveText(new RegExp(`${name('cork')}.*${name('ybycui')}`));
		for (const id of ['cork', 'ybycui']) {
			const paint = (sel: string) =>
				page.locator(sel).evaluateAll((els) => [...new Set(els.map((e) => `${getComputedStyle(e).fill} ${getComputedStyle(e).fillOpacity}`))].sort());
			const swatches = await paint(`svg[data-chart="city-profile"] [data-legend="city"][data-city="${id}"] rect.swatch`);
			const bars = await paint(`svg[data-chart="city-profile"] rect.bar[data-city="${id}"]:not([data-confidence="low"])`);
			expect(swatches.length).toBeGreaterThan(0);
			for (const bar of bars) expect(swatches, `${id}'s bar paint in its legend swatch`).toContain(bar);
		}
		// Hatching (a pattern fill) means low confidence, whichever city the bar is.
		const hatched = await page
			.locator('svg[data-chart="city-profile"] rect.bar')
			.evaluateAll((els) => els.map((e) => ({ hatched: getComputedStyle(e).fill.startsWith('url('), low: e.getAttribute('data-confidence') === 'low' })));
		for (const bar of hatched) expect(bar.hatched).toBe(bar.low);

		for (const goal of GOALS) {
			const tick = await page.locator(`svg[data-chart="city-profile"] [data-goal="${goal}"] line`).last().boundingBox();
			const values = await page.locator(`svg[data-chart="city-profile"] [data-goal="${goal}"] rect.bar + text`).evaluateAll((els) =>
				els.map((e) => {
					const r = e.getBoundingClientRect();
					return { x: r.x, y: r.y, width: r.width, height: r.height, text: e.textContent };
				})
			);
			expect(values).toHaveLength(2);
			for (const v of values) {
				const overlap = tick!.x < v.x + v.width && v.x < tick!.x + tick!.width && tick!.y < v.y + v.height && v.y < tick!.y + tick!.height;
				expect(overlap, `${goal}: the average tick strikes through "${v.text}"`).toBe(false);
			}
		}
	});

	test('the overview: every square names its city, each score sits inside one square, the legend is painted as the squares, and a filter never fades a square', async ({ page }) => {
		await page.goto(`${OVERVIEW}&min=3`);
		const units = page.locator('svg[data-chart="goal-overview"] rect.unit');
		await expect(units).toHaveCount(cities.length * GOALS.length);
		for (const city of cities.slice(0, 4)) {
			const own = page.locator(`svg[data-chart="goal-overview"] rect.unit[data-city="${city.id}"]`);
			for (let i = 0; i < GOALS.length; i++) await expect(own.nth(i)).toHaveAccessibleName(new RegExp(city.name));
		}
		expect(await page.locator('svg[data-chart="goal-overview"] rect.unit title').count()).toBe(cities.length * GOALS.length);
		// Hovering a square shows its city's name.
		await units.first().hover();
		await expect(page.locator('.goal-overview .tip')).toBeVisible();
		await expect(page.locator('.goal-overview .tip')).toContainText(await units.first().getAttribute('data-city').then((id) => name(id!)));

		const boxes = await units.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
		const numbers = await page
			.locator('svg[data-chart="goal-overview"] :is(.segment text, text[data-score-label])')
			.evaluateAll((els) => els.map((e) => ({ text: e.textContent, box: e.getBoundingClientRect().toJSON() as DOMRect })));
		expect(numbers.length).toBeGreaterThan(GOALS.length);
		for (const n of numbers) {
			const within = boxes.some((b) => n.box.x >= b.x - 1 && n.box.x + n.box.width <= b.x + b.width + 1);
			expect(within, `score "${n.text}" inside one square, not on a border`).toBe(true);
		}

		const paint = await units.evaluateAll((els) =>
			els.map((e) => ({
				score: Number(e.getAttribute('data-unit-score')),
				paint: `${getComputedStyle(e).fill} ${getComputedStyle(e).fillOpacity}`,
				opacity: getComputedStyle(e).opacity
			}))
		);
		// "Darker = higher score" holds with the filter on: nothing is faded, the match is carried by the outline.
		expect(paint.every((p) => p.opacity === '1')).toBe(true);
		for (const score of [3, 2, 1, 0]) {
			const swatches = await page
				.locator(`svg[data-chart="goal-overview"] [data-legend-score="${score}"] rect.swatch`)
				.evaluateAll((els) => els.map((e) => `${getComputedStyle(e).fill} ${getComputedStyle(e).fillOpacity}`));
			const squares = [...new Set(paint.filter((p) => p.score === score).map((p) => p.paint))];
			expect(squares.length).toBeGreaterThan(0);
			for (const s of squares) expect(swatches, `score ${score}: square paint in the legend`).toContain(s);
		}
		await expect(page.locator('svg[data-chart="goal-overview"] [data-legend="match"]')).toBeVisible();
	});
});

test('an empty profile asks for a city instead of drawing a near-blank chart', async ({ page }) => {
	await page.goto('/?panel=profile');
	await expect(page.locator('[data-empty-profile]')).toBeVisible();
	await expect(page.locator('svg[data-chart="city-profile"]')).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Download SVG' })).toHaveCount(0);
});

test('sorted by region, the matrix shows a heading above each region’s rows', async ({ page }) => {
	await page.goto('/?panel=matrix&sort=region');
	const regions = [...new Set(cities.map((c) => c.region))];
	const headings = page.locator('svg[data-chart="goal-matrix"] .heading');
	await expect(headings).toHaveCount(regions.length);
	await page.waitForTimeout(600);
	for (const region of regions) {
		const heading = await page.locator(`svg[data-chart="goal-matrix"] .heading[data-region="${region}"]`).boundingBox();
		for (const city of cities.filter((c) => c.region === region)) {
			const row = await page.locator(`[data-row="${city.id}"] rect`).first().boundingBox();
			expect(row!.y, `${city.id} under its region heading`).toBeGreaterThanOrEqual(heading!.y + heading!.height - 1);
		}
	}
});

test('axe: the filtered matrix has no violations, label-content-name-mismatch included', async ({ page }) => {
	await page.goto(MATRIX);
	await expect(page.locator('svg[data-chart="goal-matrix"]')).toBeVisible();
	const results = await new AxeBuilder({ page }).include('[data-panel="goal-matrix"]').withRules(['label-content-name-mismatch']).analyze();
	expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
	const all = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
	expect(all.violations.map((v) => v.id)).toEqual([]);
});

async function saved(page: Page, button: string): Promise<{ download: Download; text: string }> {
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: false }).click()]);
	return { download, text: readFileSync(await download.path()).toString('utf8') };
}

test('a filtered export says its filter and date, and carries no Svelte classes or dangling references', async ({ page }) => {
	await page.goto(MATRIX);
	await expect(page.locator('svg[data-chart="goal-matrix"]')).toBeVisible();
	const { download, text } = await saved(page, 'Download SVG');
	expect(download.suggestedFilename()).toMatch(/social-cohesion/);
	expect(text).not.toMatch(/svelte-/);
	expect(text).not.toContain('aria-describedby');
	const caption = text.match(/<text[^>]*data-caption[^>]*>(.*?)<\/text>/s)?.[1]?.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ') ?? '';
	expect(caption).toContain('Social cohesion');
	expect(caption).toContain('Economic development');
	expect(caption).toContain(String(new Date().getFullYear()));
	// The credit's URL is never cut inside a word.
	expect(text.replace(/<[^>]+>/g, ' ')).toContain('unlocking-potential-urban-communities-case-studies-twelve-learning');
});

test('the profile exports name its cities: title, file names, and a CSV of just those cities', async ({ page }) => {
	await page.goto(PROFILE);
	await expect(page.locator('svg[data-chart="city-profile"]')).toBeVisible();
	const svg = await saved(page, 'Download SVG');
	expect(svg.download.suggestedFilename()).toBe('learning-cities-profile-cork-ybycui.svg');
	expect(svg.text).toContain(`<title>Profile of ${name('cork')} compared with ${name('ybycui')}</title>`);
	const csv = await saved(page, 'Download CSV');
	expect(csv.download.suggestedFilename()).toBe('learning-cities-goals-cork-ybycui.csv');
	const ids = csv.text
		.trim()
		.split('\n')
		.slice(1)
		.map((line) => line.replace(/^\uFEFF/, '').split(',')[0]);
	expect(ids).toEqual(['cork', 'ybycui']);
});
