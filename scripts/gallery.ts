/**
 * `npm run gallery`: pictures every page, atlas state and deck slide of the built site at four viewports in every
 * language, into gallery/ with a contact sheet (gallery/index.html) to look through. Console errors and requests to
 * another origin seen on the way are listed there and printed, so it is also a smoke check; it fails only when a
 * page does not load.
 * Usage: npm run gallery -- [--only fr,es] [--viewport 1024x768] [--route /present/] [--skip-build] [--out DIR]
 * (filters may be repeated or comma-separated; a route filter keeps the views whose English path starts with it).
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve } from '../bench/lib/server.ts';
import config from '../playwright.config.ts';
import { readDataFiles } from '../src/lib/data/files.ts';
import { validateDataset } from '../src/lib/data/validate.ts';
import type { Deck } from '../src/lib/data/schema.ts';
import { buildSlides } from '../src/lib/presenter/slides.ts';
import { DEFAULT_FILTER } from '../src/lib/state/filter.ts';
import { prerenderedRoutes } from '../tests/e2e/routes.ts';
import { take, type Taken } from './gallery/camera.ts';
import { contactSheet, mergeRuns, problemLines } from './gallery/sheet.ts';
import { parseArgs, shots, views, VIEWPORTS } from './gallery/shots.ts';

const root = resolve(import.meta.dirname, '..');
const WORKERS = 2;

/** The newest modification time of the files under `path`, in ms. */
function newest(path: string): number {
	if (!existsSync(path)) return 0;
	const stat = statSync(path);
	if (!stat.isDirectory()) return stat.mtimeMs;
	return Math.max(0, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** The build is missing or older than what it is built from. */
function buildIsStale(): boolean {
	const built = join(root, 'build', 'index.html');
	if (!existsSync(built)) return true;
	const sources = ['src', 'data', 'messages', 'static', 'svelte.config.js', 'vite.config.ts', 'prerenderScope.js'];
	return Math.max(...sources.map((s) => newest(join(root, s)))) > statSync(built).mtimeMs;
}

const options = parseArgs(process.argv.slice(2));
const { baseLocale, locales } = JSON.parse(readFileSync(join(root, 'project.inlang/settings.json'), 'utf8')) as {
	baseLocale: string;
	locales: string[];
};
for (const lang of options.langs ?? []) if (!locales.includes(lang)) throw new Error(`--only ${lang}: the languages are ${locales.join(', ')}`);
for (const name of options.viewports ?? [])
	if (!VIEWPORTS.some((v) => v.name === name)) throw new Error(`--viewport ${name}: the viewports are ${VIEWPORTS.map((v) => v.name).join(', ')}`);

if (!options.skipBuild && buildIsStale()) {
	console.log('building the site (npm run build)…');
	execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}

const deck = JSON.parse(readFileSync(join(root, 'data/deck.json'), 'utf8')) as Deck;
const slideCount = buildSlides(deck, validateDataset(readDataFiles(root)).cities, DEFAULT_FILTER).length;
const everyView = views(prerenderedRoutes(), locales, slideCount);
const list = shots(everyView, locales, baseLocale, options);
if (!list.length) throw new Error('no picture matches these filters');

const dir = resolve(root, options.out);
const runs = join(dir, 'shots.json');
const filtered = Boolean(options.langs?.length || options.viewports?.length || options.routes?.length);
// A full run replaces the gallery; a filtered one retakes its pictures and keeps the others on the sheet.
if (!filtered) rmSync(dir, { recursive: true, force: true });
const earlier: Taken[] = existsSync(runs) ? JSON.parse(readFileSync(runs, 'utf8')) : [];
mkdirSync(dir, { recursive: true });

const started = Date.now();
const served = await serve({ '/': join(root, 'build') }, 0);
const browser = await chromium.launch(config.use?.launchOptions);
const taken: Taken[] = new Array(list.length);
try {
	let next = 0;
	let done = 0;
	const worker = async () => {
		for (let i = next++; i < list.length; i = next++) {
			taken[i] = await take(browser, served.origin, dir, list[i]!);
			if (++done % 10 === 0 || done === list.length) console.log(`${done}/${list.length} pictures`);
		}
	};
	await Promise.all(Array.from({ length: Math.min(WORKERS, list.length) }, worker));
} finally {
	await browser.close();
	await served.close();
}
const seconds = (Date.now() - started) / 1000;
const index = join(dir, 'index.html');
const sheet = mergeRuns(shots(everyView, locales, baseLocale), earlier, taken);
writeFileSync(runs, JSON.stringify(sheet));
writeFileSync(index, contactSheet({ taken: sheet, date: new Date().toISOString(), seconds }));

// The same problem on many pictures is printed once, with a count and the first picture it came with.
const counts = new Map<string, { n: number; first: string }>();
for (const line of problemLines(taken)) {
	const [where, problem] = line.split(/: (.*)/s) as [string, string];
	const seen = counts.get(problem) ?? { n: 0, first: where };
	seen.n++;
	counts.set(problem, seen);
}
for (const [problem, { n, first }] of counts) console.log(`  ${problem} (${n}×, first at ${first})`);
const failed = taken.filter((t) => t.failed);
const pictures = taken.filter((t) => t.saved).length;
console.log(`${pictures} picture${pictures === 1 ? '' : 's'} in ${seconds.toFixed(0)} s, ${counts.size} distinct problems: ${index}`);
if (failed.length) {
	console.error(`${failed.length} pages did not load`);
	process.exitCode = 1;
}
