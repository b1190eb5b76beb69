import { describe, expect, it } from 'vitest';
import { dataset } from '$lib/data/dataset';
import { fromIsland, islandElement, toIsland } from '$lib/data/island';
import { LOCALES } from '$lib/data/vocabulary';

describe('the data island (the dataset inside each page, in its language)', () => {
	const cork = dataset.cities.find((c) => c.id === 'cork')!;

	it.each(LOCALES)('reads back in %s: every text answers in that language, everything else unchanged', (locale) => {
		const back = fromIsland(toIsland(dataset, locale)) as typeof dataset;
		const corkBack = back.cities.find((c) => c.id === 'cork')!;
		expect(corkBack.vision.en).toBe(cork.vision[locale]);
		expect(corkBack.vision.fr).toBe(cork.vision[locale]);
		expect(back.goals.map((g) => g.label.es)).toEqual(dataset.goals.map((g) => g.label[locale]));
		expect(corkBack.goals).toEqual(
			Object.fromEntries(
				Object.entries(cork.goals).map(([id, s]) => [id, { ...s, evidence: { en: s.evidence[locale], fr: s.evidence[locale], es: s.evidence[locale] } }])
			)
		);
		expect([corkBack.lat, corkBack.lon]).toEqual([cork.lat, cork.lon]);
		expect(back.cities.map((c) => c.id)).toEqual(dataset.cities.map((c) => c.id));
	});

	it('carries one language only', () => {
		const fr = toIsland(dataset, 'fr');
		expect(fr).toContain(JSON.stringify(cork.vision.fr).slice(1, 40));
		expect(fr).not.toContain(JSON.stringify(cork.vision.en).slice(1, 40));
		// Sources, scores and coordinates are shared; the prose is a third of what it was.
		expect(fr.length).toBeLessThan(JSON.stringify(dataset).length * 0.6);
	});

	it('cannot be broken out of: text holding </script> stays text', () => {
		const hostile = { note: { en: '</script><script>alert(1)</script>', fr: '\u2028', es: 'ok' } };
		const element = islandElement(hostile, 'en');
		expect(element.match(/<\/script>/g)).toHaveLength(1);
		expect(fromIsland(toIsland(hostile, 'en'))).toEqual({ note: { en: hostile.note.en, fr: hostile.note.en, es: hostile.note.en } });
		expect(fromIsland(toIsland(hostile, 'fr'))).toEqual({ note: { en: '\u2028', fr: '\u2028', es: '\u2028' } });
	});
});
