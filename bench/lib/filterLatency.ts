/**
 * Filter latency: main-thread time from the input event of a goal toggle (a real click through the browser's
 * input pipeline) to the end of the first animation frame in which the map (dimming set, by feature-state or
 * by the goal filter's global state, and a frame drawn with it), the list and the live count all show the new
 * filter. Read from a Chromium trace: the CPU (thread) time of the renderer main thread's top-level tasks from
 * the task that dispatched the click to a mark set in the task right after that frame (checked after every frame,
 * since the map draws in an animation-frame callback of its own). Waiting for vsync, for the compositor or for a CPU on a busy machine
 * is not main-thread work; the wall-clock span and the compositor wait are reported next to it.
 */
import type { Browser, Page } from '@playwright/test';
import { cityMatches, type GoalFilter } from '../../src/lib/state/filter.ts';
import type { GoalId } from '../../src/lib/data/schema.ts';
import { moveUntilLive } from './load.ts';
import { percentile, median } from './stats.ts';

export interface CityGoals {
	id: string;
	goals: Record<GoalId, { score: number }>;
}

interface Expectation {
	goal: string;
	pressed: boolean;
	countText: string;
	dimmed: string[];
	sample: string[];
}

interface TraceEvent {
	name: string;
	cat: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	/** Thread (CPU) duration, microseconds. */
	tdur?: number;
	args?: { name?: string };
}

/**
 * What a timed trace records: the main thread's top-level tasks with their CPU time ('toplevel') and the bench's
 * marks ('blink.user_timing'), which is all a window's CPU time needs. DevTools' own categories add their
 * recording to the very tasks they time ('disabled-by-default-devtools.timeline' tracks every layout's and
 * paint's invalidations): with them, the network's inputs measured 10 to 13 % more at the median (scope 23.0
 * against 19.9 ms, filters 17.1 against 15.3, year 12.4 against 11.0; two runs of each, taken in turn on one
 * build). The goal filter's line keeps them (DETAIL_CATEGORIES), for the compositor's wait its note reports,
 * read from their Commit events; so do traces kept to be read (BENCH_TRACE_DIR).
 */
export const TIMING_CATEGORIES = ['toplevel', 'blink.user_timing'];
export const DETAIL_CATEGORIES = [...TIMING_CATEGORIES, 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

/**
 * In the page: marks the input's start, then checks `ready` in the task right after each frame (the map draws in
 * its own animation-frame callback, which may come after this one in the same frame) and marks the end at the
 * first that passes. The bench's in-page arms (goal filter, network controls, search) all wait with it.
 */
export const WAIT_FOR_FRAME = `(ready, finish) => {
	performance.mark('bench:start');
	const t0 = performance.now();
	const afterFrame = () => {
		if (!ready()) return requestAnimationFrame(tick);
		performance.mark('bench:end');
		finish(performance.now() - t0);
	};
	const tick = () => {
		const channel = new MessageChannel();
		channel.port1.onmessage = afterFrame;
		channel.port2.postMessage(0);
	};
	requestAnimationFrame(tick);
}`;

const ARM = `window.__benchArm = (x) => {
	const dim = new Set(x.dimmed);
	const holder = document.querySelector('[data-map-state]');
	const live = holder && holder.atlasMap && holder.atlasMap.map ? holder.atlasMap : null;
	const map = live ? live.map : null;
	// Dimmed as the map draws it (feature-state, or the goal filter's global state on a clustered map), with no
	// tile of the city source still being re-evaluated.
	const mapOk = () => !map || (map.isSourceLoaded('cities') && x.sample.every((id) => live.isDimmed(id) === dim.has(id)));
	const domOk = () => {
		const toggle = document.querySelector('[data-goal="' + x.goal + '"]');
		if (!toggle || toggle.getAttribute('aria-pressed') !== String(x.pressed)) return false;
		const count = document.querySelector('[data-testid="filter-count"]');
		if (!count || !count.textContent.includes(x.countText)) return false;
		for (const b of document.querySelectorAll('.city-list [data-city], .virtual-list [data-city]')) if (b.classList.contains('dimmed') !== dim.has(b.dataset.city)) return false;
		return true;
	};
	let drawn = mapOk();
	const onRender = () => { if (mapOk()) drawn = true; };
	if (map) map.on('render', onRender);
	const waitForFrame = ${WAIT_FOR_FRAME};
	window.__benchDone = new Promise((resolve) => {
		addEventListener('click', () => waitForFrame(() => drawn && mapOk() && domOk(), (ms) => {
			if (map) map.off('render', onRender);
			resolve(ms);
		}), { capture: true, once: true });
	});
};`;

function expectation(cities: readonly CityGoals[], filter: GoalFilter, goal: string, pressed: boolean): Expectation {
	const dimmed = cities.filter((c) => !cityMatches(c, filter)).map((c) => c.id);
	const matching = cities.length - dimmed.length;
	const dimSet = new Set(dimmed);
	// A spread of cities, dimmed and not, whose map state is checked each frame (all of them when few).
	const step = Math.max(1, Math.floor(cities.length / 40));
	const sample = cities.filter((_, i) => i % step === 0).map((c) => c.id);
	const firstDim = dimmed[0];
	const firstMatch = cities.find((c) => !dimSet.has(c.id))?.id;
	for (const id of [firstDim, firstMatch]) if (id && !sample.includes(id)) sample.push(id);
	// The count line formats its numbers for the page's language (English here: 4,992 of 10,000).
	const n = new Intl.NumberFormat('en').format;
	const countText = filter.goals.length ? `${n(matching)} of ${n(cities.length)}` : `All ${n(cities.length)}`;
	return { goal, pressed, countText, dimmed, sample };
}

/** Busy time of one thread inside [from, to], from its top-level task events (microseconds in, ms out). */
function busyMs(tasks: readonly TraceEvent[], from: number, to: number): number {
	const spans = tasks
		.map((t) => [Math.max(from, t.ts), Math.min(to, t.ts + (t.dur ?? 0))] as const)
		.filter(([a, b]) => b > a)
		.sort((a, b) => a[0] - b[0]);
	let total = 0;
	let end = -Infinity;
	for (const [a, b] of spans) {
		if (b <= end) continue;
		total += b - Math.max(a, end);
		end = b;
	}
	return total / 1000;
}

export interface Window {
	/** CPU time of the renderer's main thread (its top-level tasks' thread time), ms. */
	cpu: number;
	/** Wall time the main thread was inside tasks (includes waiting, e.g. blocked on compositor commits), ms. */
	busy: number;
	/** Of `busy`, time blocked in commits waiting for the compositor thread, ms. */
	commitWait: number;
	frames: number;
}

/**
 * The main thread's top-level tasks and the timed windows in a trace: each from the start of the task that
 * dispatched the input (a `bench:start` mark) to the matching `bench:end` mark, in trace microseconds.
 */
export function inputWindows<E extends Pick<TraceEvent, 'name' | 'ph' | 'ts' | 'dur' | 'pid' | 'tid'>>(trace: { traceEvents: E[] } | E[]) {
	const events = Array.isArray(trace) ? trace : trace.traceEvents;
	const marks = events.filter((e) => e.name === 'bench:start' || e.name === 'bench:end').sort((a, b) => a.ts - b.ts);
	if (!marks.length) throw new Error('no bench marks in the trace');
	const { pid, tid } = marks[0]!;
	const onMain = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X');
	// Both names mark the same top-level tasks in current Chromium; use one so nothing counts twice.
	const preferred = onMain.some((e) => e.name === 'ThreadControllerImpl::RunTask') ? 'ThreadControllerImpl::RunTask' : 'RunTask';
	const tasks = onMain.filter((e) => e.name === preferred);
	const windows: { from: number; to: number }[] = [];
	for (let i = 0; i < marks.length; i++) {
		const start = marks[i]!;
		const end = marks[i + 1];
		if (start.name !== 'bench:start' || end?.name !== 'bench:end') continue;
		const host = tasks.filter((t) => t.ts <= start.ts && t.ts + (t.dur ?? 0) >= start.ts).sort((a, b) => a.ts - b.ts)[0];
		windows.push({ from: host?.ts ?? start.ts, to: end.ts });
		i++;
	}
	return { pid, tid, onMain, tasks, taskName: preferred, windows };
}

/**
 * Per toggle, from the start of the task that dispatched the click (input handling included) to the mark set
 * in the task right after the updated frame. Tasks' thread time (`tdur`) is CPU time: on a shared machine the
 * main thread is descheduled or blocked for long stretches, and that is not the atlas's work.
 */
export function analyseTrace(trace: { traceEvents: TraceEvent[] } | TraceEvent[]): Window[] {
	const { onMain, tasks, windows } = inputWindows(trace);
	const commits = onMain.filter((e) => e.name === 'Commit');
	const sum = (xs: TraceEvent[], f: (e: TraceEvent) => number) => xs.reduce((n, e) => n + f(e), 0) / 1000;
	return windows.map(({ from, to }) => {
		const inWindow = tasks.filter((t) => t.ts >= from && t.ts <= to);
		const inCommits = commits.filter((c) => c.ts >= from && c.ts <= to);
		return {
			cpu: sum(inWindow, (t) => t.tdur ?? t.dur ?? 0),
			busy: busyMs(tasks, from, to),
			commitWait: sum(inCommits, (c) => (c.dur ?? 0) - (c.tdur ?? 0)),
			frames: inCommits.length
		};
	});
}

export interface LatencyRun {
	/** Main-thread CPU time per toggle, ms: the measure the budget applies to. */
	mainThread: number[];
	/** Main thread inside tasks, wall time (includes waiting), ms. */
	busy: number[];
	/** Of `busy`, blocked in compositor commits, ms. */
	commitWait: number[];
	/** Frames committed inside each window. */
	frames: number[];
	/** Wall-clock from the click's dispatch to the end of the updated frame, ms. */
	wall: number[];
}

/** One run: a fresh page, `rounds` times each goal on then each goal off, every toggle timed. */
export async function measureFilterRun(
	browser: Browser,
	url: string,
	cities: readonly CityGoals[],
	goalIds: readonly GoalId[],
	rounds: number
): Promise<LatencyRun> {
	const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
	try {
		const page: Page = await context.newPage();
		await page.goto(url);
		await moveUntilLive(page, 120_000);
		await page.waitForSelector('[data-map-state="idle"]', { timeout: 120_000 });
		// Through the DevTools protocol: the site's CSP (rightly) refuses inline script tags.
		await page.evaluate(ARM);
		const on: GoalId[] = [];
		const wall: number[] = [];
		const plan = Array.from({ length: rounds }, () => [...goalIds, ...goalIds]).flat();
		await browser.startTracing(page, { categories: DETAIL_CATEGORIES });
		for (const goal of plan) {
			const pressed = !on.includes(goal);
			if (pressed) on.push(goal);
			else on.splice(on.indexOf(goal), 1);
			const filter: GoalFilter = { goals: goalIds.filter((g) => on.includes(g)), min: 2, match: 'any' };
			await page.evaluate((x) => (window as unknown as { __benchArm(x: unknown): void }).__benchArm(x), expectation(cities, filter, goal, pressed));
			await page.locator(`[data-goal="${goal}"]`).click();
			wall.push(await page.evaluate(() => (window as unknown as { __benchDone: Promise<number> }).__benchDone));
			// Let the map's fades and any idle work finish, so toggles do not overlap.
			await page.waitForTimeout(250);
		}
		const trace = JSON.parse((await browser.stopTracing()).toString('utf8'));
		const windows = analyseTrace(trace);
		return {
			mainThread: windows.map((w) => w.cpu),
			busy: windows.map((w) => w.busy),
			commitWait: windows.map((w) => w.commitWait),
			frames: windows.map((w) => w.frames),
			wall
		};
	} finally {
		await context.close();
	}
}

export function summarise(runs: readonly LatencyRun[]) {
	return {
		p95: median(runs.map((r) => percentile(r.mainThread, 95))),
		median: median(runs.map((r) => median(r.mainThread))),
		wallP95: median(runs.map((r) => percentile(r.wall, 95))),
		busyP95: median(runs.map((r) => percentile(r.busy, 95))),
		commitWaitP95: median(runs.map((r) => percentile(r.commitWait, 95))),
		samples: runs.reduce((n, r) => n + r.mainThread.length, 0)
	};
}
