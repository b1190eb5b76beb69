/**
 * Search keystroke: what one keystroke in the city search costs the main thread in the matcher
 * (src/lib/state/search.ts `findCities`, the best 50 kept, as the field draws them) over 10,000 generated
 * candidates with accented names, names in three languages, official forms and countries. The module is
 * transpiled as it stands and run in a blank page of headless Chromium, so the figure is V8 and ICU as the atlas
 * meets them. The queries are typed a letter at a time as a reader types: names without their accents, in lower
 * case, a country in French, two words, and names that match nothing. One untimed pass warms the JIT; the timed
 * passes give every keystroke as a sample. Drawing the list is not in it: it is at most 50 options whatever
 * the number of candidates.
 */
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import type { SearchCandidate } from '../../src/lib/state/search.ts';
import { random } from './generate.ts';
import type { Line } from './report.ts';
import { median, percentile, round } from './stats.ts';

export const SEARCH_CANDIDATES = 10_000;
const PASSES = 5;
const SYLLABLES = ['ba', 'sa', 'mé', 'ku', 'lo', 'rí', 'an', 'to', 'ñe', 'zu', 'vi', 'go', 'ła', 'chi', 'de', 'ma', 'ne', 'pa', 'te', 'ös', 'ça', 'ri', 'mo', 'lu'];
const COUNTRIES = ['MX', 'BR', 'CN', 'FR', 'DE', 'ES', 'IT', 'KR', 'JP', 'IE', 'GB', 'FI', 'JO', 'ET', 'PH', 'PY', 'AU', 'CA', 'US', 'CO', 'AR', 'CL', 'PE', 'EG', 'MA', 'NG', 'KE', 'IN', 'ID', 'VN', 'TR', 'GR', 'PL', 'PT', 'SE', 'NO', 'DK', 'NL', 'BE', 'CH'];

/** Deterministic candidates shaped like the network's: a name, two language forms, an official name, a country. */
export function searchCandidates(n: number): SearchCandidate[] {
	const rand = random(17);
	const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
	const word = () => {
		const w = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(SYLLABLES)).join('');
		return w[0]!.toUpperCase() + w.slice(1);
	};
	const countries = Object.fromEntries(
		(['en', 'fr', 'es'] as const).map((l) => [l, new Intl.DisplayNames([l], { type: 'region' })])
	);
	return Array.from({ length: n }, (_, i) => {
		const name = rand() < 0.25 ? `${pick(['San', 'Nova', 'Puerto', 'Saint', 'Nueva'])} ${word()}` : word();
		const iso = pick(COUNTRIES);
		return {
			id: `c${i}`,
			name,
			names: [`${name}a`, `Ciudad de ${name}`, `Ville de ${name}`, `City of ${name}`],
			hint: countries.en!.of(iso)!,
			places: (['en', 'fr', 'es'] as const).map((l) => countries[l]!.of(iso)!)
		};
	});
}

/** What a reader types, one string per keystroke. */
function keystrokes(candidates: readonly SearchCandidate[]): string[] {
	const rand = random(23);
	const plain = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	const typed = [
		...Array.from({ length: 24 }, () => plain(candidates[Math.floor(rand() * candidates.length)]!.name)),
		'mexique',
		'ciudad de sa',
		'ville de ma',
		'qxzvw',
		'zzzzzz'
	];
	return typed.flatMap((text) => Array.from(text, (_, k) => text.slice(0, k + 1)));
}

/** The matcher's module as a classic script that leaves its exports on `window.__search`. */
function matcherScript(root: string): string {
	const source = readFileSync(join(root, 'src/lib/state/search.ts'), 'utf8');
	const { outputText } = ts.transpileModule(source, {
		compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 }
	});
	return `(function (exports) {${outputText}\n})(window.__search = {});`;
}

export async function measureSearch(browser: Browser, root: string, details: Record<string, unknown>): Promise<Line[]> {
	const candidates = searchCandidates(SEARCH_CANDIDATES);
	const queries = keystrokes(candidates);
	const page = await browser.newPage();
	try {
		await page.setContent('<!doctype html><title>search bench</title>');
		await page.addScriptTag({ content: matcherScript(root) });
		const result = await page.evaluate(
			({ candidates, queries, passes }) => {
				const { searchIndex, findCities } = (window as unknown as { __search: typeof import('../../src/lib/state/search.ts') }).__search;
				const built = performance.now();
				const index = searchIndex(candidates, 'en');
				const indexMs = performance.now() - built;
				const samples: number[] = [];
				let found = 0;
				for (let pass = 0; pass <= passes; pass++) {
					for (const q of queries) {
						const start = performance.now();
						found += findCities(index, q, 50).total;
						const ms = performance.now() - start;
						if (pass > 0) samples.push(ms);
					}
				}
				return { indexMs, samples, found };
			},
			{ candidates, queries, passes: PASSES }
		);
		const p95 = percentile(result.samples, 95);
		const med = median(result.samples);
		details.search = {
			candidates: candidates.length,
			keystrokes: queries.length,
			passes: PASSES,
			medianMs: round(med, 2),
			p95Ms: round(p95, 2),
			maxMs: round(Math.max(...result.samples), 2),
			indexMs: round(result.indexMs)
		};
		return [
			{
				id: 'search-p95-10000',
				measure: `Search keystroke p95, ${candidates.length} candidates (matcher, main thread)`,
				value: round(p95, 2),
				unit: 'ms',
				budget: '<= 8 ms',
				pass: p95 <= 8,
				note: `median ${round(med, 2)} ms, max ${round(Math.max(...result.samples), 1)} ms; ${result.samples.length} keystrokes; index built once in ${Math.round(result.indexMs)} ms`
			}
		];
	} finally {
		await page.close();
	}
}
