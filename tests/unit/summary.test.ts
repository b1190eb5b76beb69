/**
 * The atlas page's first view and the city details it fetches later: the summary projection (exactly the
 * schema's `CitySummary`), the details files (a city's whole record in one language), their path (the route's),
 * the loader's caching and failures, and what the atlas island weighs as the network grows.
 */
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as v from 'valibot';
import { describe, expect, it, vi } from 'vitest';
import { random } from '../../bench/lib/generate';
import { dataset } from '$lib/data/dataset';
import { DetailsError, detailsPath, loadDetails, parseDetails } from '$lib/data/details';
import { fromIsland, islandElement, toIsland } from '$lib/data/island';
import { CitySummary, PublicationSummary, type City } from '$lib/data/schema';
import { atlasDataOf, citySummary, detailsFile } from '$lib/data/summary';
import { GOAL_IDS, LOCALES } from '$lib/data/vocabulary';

const cork = dataset.cities.find((c) => c.id === 'cork')!;
const gzip = (s: string) => gzipSync(s, { level: 9 }).length;

describe('the atlas summary of a city', () => {
	it.each(dataset.cities.map((c) => [c.id, c] as const))('%s: exactly the schema’s CitySummary, values unchanged', (_id, city) => {
		const summary = citySummary(city);
		// strictObject: a key too many or too few fails.
		expect(v.parse(CitySummary, summary)).toEqual(summary);
		expect(summary).toMatchObject({ id: city.id, name: city.name, iso2: city.iso2, region: city.region, lat: city.lat, lon: city.lon });
		for (const goal of GOAL_IDS) expect(summary.goals[goal]).toEqual({ score: city.goals[goal].score, confidence: city.goals[goal].confidence });
	});

	it('leaves out every text of the city, in every language', () => {
		const json = JSON.stringify(citySummary(cork));
		for (const locale of LOCALES) {
			expect(json).not.toContain(cork.vision[locale].slice(0, 30));
			expect(json).not.toContain(cork.goals['social-cohesion'].evidence[locale].slice(0, 30));
		}
		expect(json).not.toContain(cork.sources[0]!.url);
	});

	it('the atlas data keeps all goals and cities in order, and only the book’s title and credit', () => {
		const atlas = atlasDataOf(dataset);
		expect(atlas.goals).toEqual(dataset.goals);
		expect(atlas.cities.map((c) => c.id)).toEqual(dataset.cities.map((c) => c.id));
		expect(v.parse(PublicationSummary, atlas.publication)).toEqual(atlas.publication);
		expect(Object.keys(atlas.publication).sort()).toEqual(['editors', 'publisher', 'title', 'url', 'year']);
	});
});

describe('a city’s details file', () => {
	it.each(LOCALES)('in %s: the whole record, every text in that language only', (locale) => {
		const file = detailsFile(cork, locale);
		const back = parseDetails(file);
		expect(back.vision).toEqual({ en: cork.vision[locale], fr: cork.vision[locale], es: cork.vision[locale] });
		expect(back.programmes.map((p) => p.description.en)).toEqual(cork.programmes.map((p) => p.description[locale]));
		expect(back.goals['economic-development'].evidence.es).toBe(cork.goals['economic-development'].evidence[locale]);
		expect(back.population.value).toBe(cork.population.value);
		expect(back.sources).toEqual(cork.sources);
		expect(Object.keys(back).sort()).toEqual(Object.keys(cork).sort());
		for (const other of LOCALES.filter((l) => l !== locale && cork.vision[l] !== cork.vision[locale])) {
			expect(file).not.toContain(JSON.stringify(cork.vision[other]).slice(1, 40));
		}
	});

	it('lives where its prerendered route writes it', () => {
		expect(detailsPath('bahir-dar', 'fr')).toBe('/city/bahir-dar/details.fr.json');
		// The route's folder, with its parameters filled in, is that path.
		const route = 'city/[id]/details.[locale].json';
		expect(existsSync(`src/routes/${route}/+server.ts`)).toBe(true);
		expect(`/${route.replace('[id]', 'bahir-dar').replace('[locale]', 'fr')}`).toBe(detailsPath('bahir-dar', 'fr'));
	});
});

describe('loading details', () => {
	const ok = (city: City) => new Response(detailsFile(city, 'es'), { status: 200 });

	it('fetches each city and language once', async () => {
		const fetcher = vi.fn(async () => ok(cork));
		const [a, b] = await Promise.all([loadDetails('cork', 'es', fetcher), loadDetails('cork', 'es', fetcher)]);
		expect(a.vision.en).toBe(cork.vision.es);
		expect(b).toBe(a);
		expect(fetcher).toHaveBeenCalledTimes(1);
		expect(fetcher).toHaveBeenCalledWith('/city/cork/details.es.json');
	});

	it('reports the server’s answer, or none (offline), and tries again after a failure', async () => {
		const fetcher = vi
			.fn<typeof fetch>()
			.mockResolvedValueOnce(new Response('not found', { status: 404 }))
			.mockRejectedValueOnce(new TypeError('Failed to fetch'))
			.mockResolvedValueOnce(ok(cork));
		await expect(loadDetails('cork', 'fr', fetcher)).rejects.toEqual(new DetailsError(404));
		await expect(loadDetails('cork', 'fr', fetcher)).rejects.toMatchObject({ status: null });
		await expect(loadDetails('cork', 'fr', fetcher)).resolves.toMatchObject({ id: 'cork' });
		expect(fetcher).toHaveBeenCalledTimes(3);
	});
});

describe('the atlas island as the network grows', () => {
	/** `n` cities: the book's twelve, then copies of them with their own ids, names, places and scores. */
	function network(n: number): City[] {
		const rand = random(3);
		return Array.from({ length: n }, (_, i) => {
			const like = dataset.cities[i % dataset.cities.length]!;
			if (i < dataset.cities.length) return like;
			const goals = Object.fromEntries(GOAL_IDS.map((g) => [g, { ...like.goals[g], score: Math.floor(rand() * 4) }])) as City['goals'];
			return { ...like, id: `city-${i}`, name: `City ${i}`, lat: rand() * 140 - 70, lon: rand() * 360 - 180, goals };
		});
	}
	const atlasIsland = (n: number) => gzip(islandElement(atlasDataOf({ ...dataset, cities: network(n) }), 'en', 'atlas'));

	it('holds the twelve cities’ first view in under 2 kB gzip, a tenth of the whole dataset’s island', () => {
		const full = gzip(islandElement(dataset, 'en'));
		expect(atlasIsland(12)).toBeLessThan(2_000);
		expect(atlasIsland(12)).toBeLessThan(full / 8);
	});

	it('grows by under 100 bytes gzip a city: 400 more cities cost under 40 kB', () => {
		const perCity = (atlasIsland(412) - atlasIsland(12)) / 400;
		expect(perCity).toBeLessThan(100);
	});

	it('reads back as the summaries it was written from', () => {
		const atlas = atlasDataOf(dataset);
		expect(fromIsland(toIsland(atlas, 'fr'))).toEqual({
			...atlas,
			goals: atlas.goals.map((g) => ({ ...g, label: { en: g.label.fr, fr: g.label.fr, es: g.label.fr }, description: { en: g.description.fr, fr: g.description.fr, es: g.description.fr } })),
			publication: { ...atlas.publication, title: { en: atlas.publication.title.fr, fr: atlas.publication.title.fr, es: atlas.publication.title.fr } }
		});
	});
});
