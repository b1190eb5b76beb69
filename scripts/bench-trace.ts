/**
 * `npx tsx scripts/bench-trace.ts DIR`: where the network inputs' main-thread time goes. Reads the traces that
 * `BENCH_TRACE_DIR=DIR npm run bench -- --only network` writes (with V8's sampling profiler on) and prints, per timed
 * window (an input to the frame that shows it, as the bench times it), the tasks and frames in it, the time by kind
 * of work (input, animation frames, worker messages, compositor commits...), and the JavaScript functions that
 * took the most, by self and by inclusive time; `--input`, of the input's own task only (the update it makes, before
 * any frame). Build with ATLAS_NO_MINIFY=1 for readable function names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { inputWindows } from '../bench/lib/filterLatency.ts';

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	tdur?: number;
	pid: number;
	tid: number;
	id?: string;
	args?: { data?: { startTime?: number; cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] }; timeDeltas?: number[] } };
}
interface ProfileNode {
	id: number;
	parent?: number;
	callFrame: { functionName: string; url?: string; lineNumber: number };
}

const dir = process.argv[2];
if (!dir) throw new Error('usage: npx tsx scripts/bench-trace.ts DIR [--input] [--kind scope|filter|year] [--focus NAME] (written by BENCH_TRACE_DIR=DIR npm run bench -- --only network)');
/** `--input`: only the task that handled each input (the page's update, before any frame). */
const inputOnly = process.argv.includes('--input');
/** `--kind scope|filter|year`: only that kind of input's windows. */
const kindAt = process.argv.indexOf('--kind');
const onlyKind = kindAt > 0 ? process.argv[kindAt + 1] : undefined;
/** `--focus NAME`: where the time of the functions whose name starts with NAME comes from and goes (callers, callees). */
const focusAt = process.argv.indexOf('--focus');
const focus = focusAt > 0 ? process.argv[focusAt + 1] : undefined;
const callers = new Map<string, number>();
const callees = new Map<string, number>();

const byEvent = new Map<string, number>();
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
const perKind = new Map<string, { windows: number; cpu: number }>();
const add = (map: Map<string, number>, key: string, ms: number) => map.set(key, (map.get(key) ?? 0) + ms);
let windows = 0;

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
	const { kinds, trace } = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8')) as { kinds: string[]; trace: { traceEvents: TraceEvent[] } };
	const events = trace.traceEvents;
	// The windows as the bench times them (filterLatency.ts).
	const { pid, tid, onMain: main, tasks, taskName, windows: timed } = inputWindows(events);
	const inputEnd = (from: number) => {
		const task = tasks.find((t) => t.ts === from);
		return task ? task.ts + (task.dur ?? 0) : from;
	};
	const spans = timed.map(({ from, to }, i): [number, number, string] => [from, inputOnly ? inputEnd(from) : to, kinds[i] ?? '?']);
	for (const [from, to, kind] of spans) {
		if (onlyKind && kind !== onlyKind) continue;
		const inside = tasks.filter((t) => t.ts >= from && t.ts <= to);
		const cpu = inside.reduce((n, t) => n + (t.tdur ?? t.dur ?? 0), 0) / 1000;
		const k = perKind.get(kind) ?? { windows: 0, cpu: 0 };
		perKind.set(kind, { windows: k.windows + 1, cpu: k.cpu + cpu });
		add(byEvent, '(tasks)', inside.length);
		add(byEvent, '(frames committed)', main.filter((e) => e.name === 'Commit' && e.ts >= from && e.ts <= to).length);
		// The outermost events inside the tasks: what kind of work each task did.
		let covered = -1;
		for (const e of main.filter((e) => e.name !== taskName && e.name !== 'RunTask' && e.ts >= from && e.ts <= to).sort((a, b) => a.ts - b.ts)) {
			if (e.ts < covered) continue;
			covered = e.ts + (e.dur ?? 0);
			add(byEvent, e.name, (e.tdur ?? e.dur ?? 0) / 1000);
		}
		windows++;
	}
	// V8's samples of the main thread, attributed to the windows they fall in.
	const profiles = events.filter((e) => e.pid === pid && (e.name === 'Profile' || e.name === 'ProfileChunk'));
	const ids = new Set(profiles.filter((e) => e.name === 'Profile' && e.tid === tid).map((e) => e.id));
	const nodes = new Map<number, ProfileNode>();
	const samples: [number, number][] = [];
	let t = 0;
	for (const e of profiles) {
		if (!ids.has(e.id)) continue;
		if (e.name === 'Profile') {
			t = e.args?.data?.startTime ?? 0;
			continue;
		}
		const profile = e.args?.data?.cpuProfile ?? {};
		for (const node of profile.nodes ?? []) nodes.set(node.id, node);
		const deltas = e.args?.data?.timeDeltas ?? [];
		(profile.samples ?? []).forEach((id, i) => samples.push([(t += deltas[i] ?? 0), id]));
	}
	const name = (id: number) => {
		const f = nodes.get(id)?.callFrame;
		if (!f) return '?';
		return f.url ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}` : f.functionName || '(native)';
	};
	for (let i = 0; i < samples.length - 1; i++) {
		const [ts, id] = samples[i]!;
		if (!spans.some(([from, to, kind]) => ts >= from && ts <= to && (!onlyKind || kind === onlyKind)) || nodes.get(id)?.callFrame.functionName === '(idle)') continue;
		const ms = (samples[i + 1]![0] - ts) / 1000;
		add(self, name(id), ms);
		const seen = new Set<string>();
		let below = '(self)';
		let focused = false;
		for (let at: number | undefined = id; at !== undefined; at = nodes.get(at)?.parent) {
			const key = name(at);
			if (!seen.has(key)) add(inclusive, key, ms);
			seen.add(key);
			if (focus && !focused && key.startsWith(focus)) {
				focused = true;
				add(callees, below, ms);
				const up = nodes.get(at)?.parent;
				add(callers, up === undefined ? '(none)' : name(up), ms);
			}
			below = key;
		}
	}
}

const per = (ms: number) => (ms / windows).toFixed(2).padStart(7);
const top = (map: Map<string, number>, n: number) =>
	[...map.entries()].filter(([k]) => !/^\((root|program)\)/.test(k)).sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(`${windows} windows; main-thread CPU per window, by input:`);
for (const [kind, { windows: w, cpu }] of perKind) console.log(`${(cpu / w).toFixed(2).padStart(7)} ms  ${kind} (${w})`);
console.log('\nper window, by kind of work (ms; counts for the bracketed lines):');
for (const [k, v] of top(byEvent, 16)) console.log(`${per(v)}  ${k}`);
console.log('\nJavaScript, self time per window (ms):');
for (const [k, v] of top(self, 25)) console.log(`${per(v)}  ${k}`);
console.log('\nJavaScript, inclusive time per window (ms):');
for (const [k, v] of top(inclusive, 50)) console.log(`${per(v)}  ${k}`);
if (focus) {
	console.log(`\n${focus}: called from (ms per window)`);
	for (const [k, v] of top(callers, 12)) console.log(`${per(v)}  ${k}`);
	console.log(`\n${focus}: time in what it calls (ms per window)`);
	for (const [k, v] of top(callees, 12)) console.log(`${per(v)}  ${k}`);
}
