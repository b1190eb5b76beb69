/**
 * A generated data directory for the scale bench: the real goals, publication, deck and twelve cities, plus
 * generated cities up to `total`, each a full City of the same schema (the build validates them all). Texts
 * are short placeholders; names, places and scores vary deterministically (seeded), so runs are comparable.
 * Written to a temporary directory at bench time, never committed.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { City } from '../../src/lib/data/schema.ts';
import type { Editions, Member } from '../../src/lib/data/networkSchema.ts';
import { namedCounts } from '../../src/lib/data/networkValidate.ts';
import { GOAL_IDS } from '../../src/lib/data/vocabulary.ts';

/** mulberry32: a tiny seeded PRNG (the unit tests use it too, for repeatable random cities). */
export function random(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const text = (s: string) => ({ en: s, fr: s, es: s });

/** Copies `from/data` to `root/data` and adds generated cities until there are `total`. Returns `root`. */
export function generateDataRoot(from: string, root: string, total: number): string {
	const data = join(root, 'data');
	mkdirSync(join(data, 'cities'), { recursive: true });
	cpSync(join(from, 'data'), data, { recursive: true });
	const real = readdirSync(join(data, 'cities')).map((f) => JSON.parse(readFileSync(join(data, 'cities', f), 'utf8')) as City);
	const rand = random(8);
	const url = 'https://example.org/generated-city';
	for (let i = 0; i < total - real.length; i++) {
		const like = real[i % real.length]!;
		const n = String(i + 1).padStart(5, '0');
		const city: City = {
			id: `gen-${n}`,
			name: `Generated ${n}`,
			officialName: `Generated City ${n}`,
			country: like.country,
			iso2: like.iso2,
			iso3: like.iso3,
			region: like.region,
			// Spread over the inhabited latitudes, denser near the real cities so clusters form.
			lat: Math.round(Math.max(-55, Math.min(70, like.lat + (rand() - 0.5) * 40)) * 1e4) / 1e4,
			lon: Math.round((((like.lon + (rand() - 0.5) * 60 + 540) % 360) - 180) * 1e4) / 1e4,
			coordinatesSource: url,
			population: { value: 10_000 + Math.floor(rand() * 5e6), year: 2020, source: url },
			learningCityStart: { value: null, year: null, note: text('Generated for the benchmark.'), source: null },
			award2015: { received: false, source: url },
			summary: text(`Generated city ${n} for the scale benchmark.`),
			vision: text('A generated vision.'),
			programmes: [1, 2, 3].map((p) => ({ name: `Programme ${p}`, description: text('A generated programme.') })),
			challenges: [text('A generated challenge.')],
			goals: Object.fromEntries(
				GOAL_IDS.map((g) => [
					g,
					{ score: Math.floor(rand() * 4), evidence: text('Generated evidence.'), confidence: 'low', basis: 'other' }
				])
			) as City['goals'],
			sources: [{ label: 'Generated', url }]
		};
		writeFileSync(join(data, 'cities', `${city.id}.json`), JSON.stringify(city));
	}
	generateNetwork(data, total);
	return root;
}

/**
 * The network at `total` members: the real records, and copies of them until there are `total`, each under a
 * name of its own ("Cork 2", accents and all, so search meets the real names' shapes), in its model's country
 * and region, a few kilometres from it (so the build's check that a city lies in its country still passes),
 * with the model's join year and awards; `editions.json`'s counts of named records follow, so the data
 * validates as the real data does.
 */
function generateNetwork(data: string, total: number) {
	const dir = join(data, 'network/members');
	const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
	const byFile = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(dir, f), 'utf8')) as Member[]]));
	const real = [...byFile.values()].flat();
	const rand = random(11);
	const jitter = (v: number | null) => (v === null ? null : Math.round((v + (rand() - 0.5) * 0.04) * 1e4) / 1e4);
	for (let i = 0; i < total - real.length; i++) {
		const like = real[i % real.length]!;
		const copy = Math.floor(i / real.length) + 2;
		const { caseStudy: _caseStudy, names, ...rest } = like;
		const member: Member = {
			...rest,
			id: `${like.id}-${copy}`,
			name: `${like.name} ${copy}`,
			...(names ? { names: Object.fromEntries(Object.entries(names).map(([l, n]) => [l, `${n} ${copy}`])) } : {}),
			lat: jitter(like.lat),
			lon: jitter(like.lon)
		};
		byFile.get(`${like.country}.json`)!.push(member);
	}
	for (const [file, members] of byFile) writeFileSync(join(dir, file), JSON.stringify(members));
	const editionsFile = join(data, 'network/editions.json');
	const editions = JSON.parse(readFileSync(editionsFile, 'utf8')) as Editions;
	const named = namedCounts([...byFile.values()].flat());
	for (const award of editions.awards) award.named = named.award(award.year);
	for (const cohort of editions.cohorts) cohort.named = named.cohort(cohort.id);
	writeFileSync(editionsFile, JSON.stringify(editions));
}
