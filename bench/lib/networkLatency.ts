/**
 * Network latency: the scope control, the network's filters (award edition, years joined, UNESCO region,
 * country) and the year control, each input a real one through the browser's input pipeline (a click on a scope,
 * a key on a focused select or on the year slider, as a keyboard reader changes them), measured as the goal
 * filter is (./filterLatency.ts): the main thread's CPU time from the task that dispatched the input to the end of
 * the first frame in which the live map (its city source holding the cities the filters keep, loaded and drawn),
 * the list, the count line and the controls all show the new view, read from a Chromium trace. What each view
 * must show is computed in Node with the atlas's own pure functions (./networkModel.ts). One untimed switch to
 * the network and back first: its file and views arrive as the scope control's hover prefetch brings them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { NetworkFilter } from '../../src/lib/state/networkFilter.ts';
import { analyseTrace, DETAIL_CATEGORIES, TIMING_CATEGORIES, WAIT_FOR_FRAME } from './filterLatency.ts';
import { moveUntilLive } from './load.ts';
import { expect, startView, type NetworkModel, type NetworkExpectation } from './networkModel.ts';
import { median, percentile } from './stats.ts';

export type InputKind = 'scope' | 'filter' | 'year';

const ARM = `window.__benchArmView = (x, type) => {
	const holder = document.querySelector('[data-map-state]');
	const live = holder && holder.atlasMap && holder.atlasMap.map ? holder.atlasMap : null;
	const map = live ? live.map : null;
	// What the map was last sent (the source itself holds it packed: src/lib/map/packedData.ts).
	const data = () => (live ? live.sentCities() || null : null);
	const before = data();
	// The city source holds what the view shows (and, once a frame is drawn with it, its worker was done with it
	// and its tiles were loaded). A frame is enough: the camera may still be easing to the cities kept, an
	// animation whose frames are not this input's response.
	const hasData = () => {
		const d = data();
		return !map || (!!d && d.features.length === x.placed && !(x.newData && d === before));
	};
	const mapOk = () => {
		if (!map) return true;
		const s = map.getSource('cities');
		return !!s && hasData() && s.loaded() && map.isSourceLoaded('cities');
	};
	const domOk = () => {
		const count = document.querySelector('[data-scope-count]');
		if (!count || count.dataset.scopeCount !== x.scope) return false;
		const text = count.textContent;
		if (!x.countHas.every((s) => text.includes(s)) || x.countHasNot.some((s) => text.includes(s))) return false;
		for (const [name, value] of Object.entries(x.controls)) {
			const control = document.querySelector('[data-filter="' + name + '"]');
			if (!control || control.value !== value) return false;
		}
		if (x.year !== undefined) {
			const year = document.querySelector('[data-testid="year-value"]');
			if (!year || year.textContent.trim() !== x.year) return false;
		}
		const rows = document.querySelectorAll('.city-list [data-city], .virtual-list [data-city]');
		if (!x.size) return rows.length === 0;
		if (!rows.length || (x.first !== undefined && rows[0].dataset.city !== x.first)) return false;
		const setSize = rows[0].closest('li') && rows[0].closest('li').getAttribute('aria-setsize');
		return setSize !== null ? Number(setSize) === x.size : rows.length === x.size;
	};
	let drawn = !x.newData && mapOk();
	const onRender = () => { if (mapOk()) drawn = true; };
	if (map) map.on('render', onRender);
	const waitForFrame = ${WAIT_FOR_FRAME};
	window.__benchDone = new Promise((resolve) => {
		addEventListener(type, () => waitForFrame(() => drawn && hasData() && domOk(), (ms) => {
			if (map) map.off('render', onRender);
			resolve(ms);
		}), { capture: true, once: true });
	});
};`;

/** One input: a scope clicked, a key on a select or on the year slider, or the year's "back to today" button. */
type Action =
	| { kind: 'scope'; scope: NetworkFilter['scope'] }
	| { kind: 'filter'; select: 'award' | 'from' | 'to' | 'region' | 'country'; key: string }
	| { kind: 'year'; key: string }
	| { kind: 'year'; today: true };

const keys = (select: 'award' | 'from' | 'to' | 'region' | 'country', ...list: string[]): Action[] =>
	list.map((key) => ({ kind: 'filter', select, key }));
const times = (n: number, key: string) => Array.from({ length: n }, () => key);

/** One round of inputs, from and back to the whole network with no filter. */
function round(years: number): Action[] {
	return [
		{ kind: 'scope', scope: 'awards' },
		{ kind: 'scope', scope: 'book' },
		{ kind: 'scope', scope: 'network' },
		...keys('award', ...times(6, 'ArrowDown'), 'Home'),
		...keys('from', ...times(4, 'ArrowDown'), 'Home'),
		...keys('to', 'End', ...times(3, 'ArrowUp'), 'Home'),
		...keys('region', ...times(5, 'ArrowDown'), 'Home'),
		...keys('country', ...times(6, 'ArrowDown'), 'Home'),
		{ kind: 'year', key: 'Home' },
		...times(years, 'ArrowRight').map((key): Action => ({ kind: 'year', key })),
		{ kind: 'year', today: true },
		{ kind: 'scope', scope: 'awards' },
		...keys('award', ...times(3, 'ArrowDown'), 'Home'),
		{ kind: 'year', key: 'Home' },
		...times(3, 'ArrowRight').map((key): Action => ({ kind: 'year', key })),
		{ kind: 'year', today: true },
		{ kind: 'scope', scope: 'network' }
	];
}

const SLIDER = '.year-control input[type="range"]';

/** The value a key gives a focused select or the slider, read from the page before the key is pressed. */
async function nextValue(page: Page, selector: string, key: string): Promise<string> {
	return page.evaluate(
		([selector, key]) => {
			const el = document.querySelector(selector!) as HTMLSelectElement | HTMLInputElement;
			if (el instanceof HTMLInputElement) {
				const [min, max, now] = [Number(el.min), Number(el.max), Number(el.value)];
				return String(key === 'Home' ? min : key === 'End' ? max : key === 'ArrowRight' ? Math.min(max, now + 1) : Math.max(min, now - 1));
			}
			const options = [...el.options];
			const enabled = options.map((o, i) => (o.disabled ? -1 : i)).filter((i) => i >= 0);
			const at = el.selectedIndex;
			const pick =
				key === 'Home' ? enabled[0] : key === 'End' ? enabled.at(-1) : key === 'ArrowDown' ? (enabled.find((i) => i > at) ?? at) : ([...enabled].reverse().find((i) => i < at) ?? at);
			return options[pick!]!.value;
		},
		[selector, key]
	);
}

const asYear = (v: string) => (v === '' ? null : Number(v));

/** The view an action leads to (read from the page where the control decides), or null if it changes nothing. */
async function plan(page: Page, view: NetworkFilter, action: Action): Promise<NetworkFilter | null> {
	let next: NetworkFilter;
	if (action.kind === 'scope') next = { ...view, scope: action.scope };
	else if (action.kind === 'filter') {
		const value = await nextValue(page, `[data-filter="${action.select}"]`, action.key);
		next = { ...view, [action.select]: action.select === 'region' || action.select === 'country' ? value || null : asYear(value) };
	} else if ('today' in action) next = { ...view, year: null };
	else next = { ...view, year: asYear(await nextValue(page, SLIDER, action.key)) };
	return JSON.stringify(next) === JSON.stringify(view) ? null : next;
}

async function perform(page: Page, action: Action) {
	if (action.kind === 'scope') return page.locator(`.scope label:has(input[value="${action.scope}"])`).click();
	if ('today' in action) return page.locator('.year-control button.action:not(.play)').click();
	await page.keyboard.press(action.key);
}

/** Focus goes to the control before the timing is armed: the focus is not part of the change. */
async function focus(page: Page, action: Action) {
	if (action.kind === 'filter') await page.locator(`[data-filter="${action.select}"]`).focus();
	else if (action.kind === 'year' && !('today' in action)) await page.locator(SLIDER).focus();
}

async function step(page: Page, x: NetworkExpectation, action: Action, what: string): Promise<number> {
	await page.evaluate(([x, type]) => (window as unknown as { __benchArmView(x: unknown, t: string): void }).__benchArmView(x, type as string), [
		x,
		action.kind === 'scope' || 'today' in action ? 'click' : 'keydown'
	] as const);
	await perform(page, action);
	const done = page.evaluate(() => (window as unknown as { __benchDone: Promise<number> }).__benchDone);
	const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`${what}: the page never showed ${JSON.stringify(x).slice(0, 300)}`)), 180_000));
	return Promise.race([done, timeout]);
}

export interface ViewRun {
	kinds: InputKind[];
	mainThread: number[];
	wall: number[];
}

/** One run: a fresh page on the book's scope, then `rounds` rounds of every input, each timed. */
export async function measureViewRun(browser: Browser, url: string, model: NetworkModel, rounds: number): Promise<ViewRun> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: process.env.BENCH_REDUCED ? 'reduce' : 'no-preference' });
	try {
		const page = await context.newPage();
		await page.goto(url);
		await moveUntilLive(page, 120_000);
		await page.waitForSelector('[data-map-state="idle"]', { timeout: 120_000 });
		await page.evaluate(ARM);
		let view = startView();
		let ids: string[] | null = expect(model, view, null).ids;
		// Untimed: the network's file and views arrive, then back to the book.
		for (const scope of ['network', 'book'] as const) {
			const next = { ...view, scope };
			const e = expect(model, next, ids);
			await step(page, e.x, { kind: 'scope', scope }, `warm-up ${scope}`);
			[view, ids] = [next, e.ids];
			await page.waitForTimeout(500);
		}
		const actions: Action[] = [{ kind: 'scope', scope: 'network' }, ...Array.from({ length: rounds }, () => round(12)).flat()];
		const kinds: InputKind[] = [];
		const wall: number[] = [];
		const profile = process.env.BENCH_TRACE_DIR;
		await browser.startTracing(page, {
			categories: profile ? [...DETAIL_CATEGORIES, 'disabled-by-default-v8.cpu_profiler'] : TIMING_CATEGORIES
		});
		for (const [i, action] of actions.entries()) {
			await focus(page, action);
			const next = await plan(page, view, action);
			if (!next) continue;
			const e = expect(model, next, ids);
			wall.push(await step(page, e.x, action, `input ${i + 1} (${JSON.stringify(action)})`));
			kinds.push(action.kind);
			[view, ids] = [next, e.ids];
			// Let the map's camera and any idle work finish, so inputs do not overlap.
			await page.waitForTimeout(250);
		}
		const raw = (await browser.stopTracing()).toString('utf8');
		if (profile) mkdirSync(profile, { recursive: true });
		if (profile) writeFileSync(join(profile, `network-${Date.now()}.json`), JSON.stringify({ kinds, trace: JSON.parse(raw) }));
		const windows = analyseTrace(JSON.parse(raw));
		if (windows.length !== kinds.length) throw new Error(`${windows.length} timed windows in the trace for ${kinds.length} inputs`);
		return { kinds, mainThread: windows.map((w) => w.cpu), wall };
	} finally {
		await context.close();
	}
}

/** Per kind of input: the median over runs of each run's p95 and median, and how many inputs. */
export function summariseViews(runs: readonly ViewRun[]) {
	const of = (kind: InputKind, field: 'mainThread' | 'wall') => runs.map((r) => r[field].filter((_, i) => r.kinds[i] === kind));
	return Object.fromEntries(
		(['scope', 'filter', 'year'] as const).map((kind) => [
			kind,
			{
				p95: median(of(kind, 'mainThread').map((xs) => percentile(xs, 95))),
				median: median(of(kind, 'mainThread').map((xs) => median(xs))),
				max: Math.max(...of(kind, 'mainThread').flat()),
				wallP95: median(of(kind, 'wall').map((xs) => percentile(xs, 95))),
				samples: of(kind, 'mainThread').reduce((n, xs) => n + xs.length, 0)
			}
		])
	) as Record<InputKind, { p95: number; median: number; max: number; wallP95: number; samples: number }>;
}

const LABELS: Record<InputKind, string> = {
	scope: 'Scope switch',
	filter: 'Network filter change (award, joined, region, country)',
	year: 'Year control step'
};

/** The three budget lines of a size: scope, filters, year. */
export function viewLines(runs: readonly ViewRun[], cities: number, budget: number) {
	const s = summariseViews(runs);
	const lines = (['scope', 'filter', 'year'] as const).map((kind) => ({
		id: `net-${kind}-p95-${cities >= 10_000 ? '10000' : 'real'}`,
		measure: `${LABELS[kind]} p95, ${new Intl.NumberFormat('en').format(cities)} members (main thread)`,
		value: Math.round(s[kind].p95 * 10) / 10,
		unit: 'ms',
		budget: `<= ${budget} ms`,
		pass: s[kind].p95 <= budget,
		note: `CPU time; median ${Math.round(s[kind].median * 10) / 10} ms, max ${Math.round(s[kind].max * 10) / 10} ms. Wall p95 ${Math.round(s[kind].wallP95)} ms; ${s[kind].samples} inputs in ${runs.length} runs`
	}));
	return { lines, summary: s };
}
