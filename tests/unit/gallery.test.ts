import { describe, expect, it } from 'vitest';
import type { Taken } from '../../scripts/gallery/camera';
import { contactSheet, escapeHtml, mergeRuns } from '../../scripts/gallery/sheet';
import { parseArgs, shots, slug, views, VIEWPORTS } from '../../scripts/gallery/shots';

const langs = ['en', 'fr', 'es'];
const routes = ['/', '/about/', '/city/cork/', '/fr/', '/fr/about/', '/fr/city/cork/', '/es/', '/present/', '/present/speaker/'];

describe('the gallery’s views', () => {
	const list = views(routes, langs, 3);
	const paths = list.map((v) => v.path);

	it('are the English pages, the atlas states after the atlas, each slide for the deck, and a 404 last', () => {
		expect(paths).toEqual([
			'/',
			'/?city=cork',
			'/?panel=matrix',
			'/?panel=overview',
			'/?city=cork&compare=ybycui&panel=profile',
			'/?goals=social-cohesion&min=3',
			'/?scope=awards',
			'/?scope=network',
			'/?scope=network&year=2016',
			'/?scope=network&region=africa',
			'/?scope=network&city=ras-al-khaimah-ae',
			'/about/',
			'/city/cork/',
			'/present/?slide=1',
			'/present/?slide=2',
			'/present/?slide=3',
			'/present/speaker/',
			'/nope/'
		]);
		expect(list.filter((v) => v.notFound).map((v) => v.path)).toEqual(['/nope/']);
	});

	it('are each pictured at every viewport in every language, into a file of its own', () => {
		const all = shots(list, langs, 'en');
		expect(all).toHaveLength(list.length * VIEWPORTS.length * langs.length);
		expect(new Set(all.map((s) => s.file)).size).toBe(all.length);
		expect(all.filter((s) => s.view.path === '/nope/').map((s) => s.url)).toEqual(
			expect.arrayContaining(['/nope/', '/fr/nope/', '/es/nope/'])
		);
		const phone = all.find((s) => s.url === '/es/?city=cork' && s.viewport.mobile);
		expect(phone).toMatchObject({ file: 'atlas-city-cork/es-390x844.png', viewport: { width: 390, height: 844 } });
	});

	it('name their files so that the atlas with a city and the city’s page differ', () => {
		expect([slug('/'), slug('/?city=cork'), slug('/city/cork/'), slug('/present/?slide=12')]).toEqual([
			'atlas',
			'atlas-city-cork',
			'city-cork',
			'present-slide-12'
		]);
	});

	it('can be narrowed to languages, viewports and route prefixes', () => {
		const some = shots(list, langs, 'en', { langs: ['fr'], viewports: ['1024x768'], routes: ['/present/'] });
		expect(some.map((s) => s.url)).toEqual([
			'/fr/present/?slide=1',
			'/fr/present/?slide=2',
			'/fr/present/?slide=3',
			'/fr/present/speaker/'
		]);
	});

	it('read their filters from the command line', () => {
		expect(parseArgs(['--only', 'en,fr', '--viewport=1024x768', '--route', '/present/', '--route', '/about/', '--skip-build'])).toEqual({
			skipBuild: true,
			out: 'gallery',
			langs: ['en', 'fr'],
			viewports: ['1024x768'],
			routes: ['/present/', '/about/']
		});
		expect(() => parseArgs(['--langs', 'en'])).toThrow(/unknown option/);
		expect(() => parseArgs(['--only'])).toThrow(/needs a value/);
	});
});

describe('the contact sheet', () => {
	it('escapes text and attributes', () => {
		expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
	});

	const [shot] = shots([{ path: '/?goals=a&min=3' }], ['fr'], 'en', { viewports: ['390x844'] });
	const taken: Taken = { shot: shot!, problems: ['console error: <script>alert(1)</script>'], saved: true, ms: 1 };
	const html = contactSheet({ taken: [taken], date: '2026-12-01T20:00:00Z', seconds: 3 });

	it('shows each picture as a labelled thumbnail linking to the whole picture', () => {
		expect(html).toContain('<a href="atlas-goals-a-min-3/fr-390x844.png"><img src="atlas-goals-a-min-3/fr-390x844.png"');
		expect(html).toContain('<p>fr · 390x844 · /fr/?goals=a&amp;min=3</p>');
		expect(html).toContain('<th scope="col">390x844</th>');
		expect(html).toContain('<th scope="row">fr</th>');
	});

	it('lists what went wrong, escaped, with the picture it came with', () => {
		expect(html).not.toContain('<script>');
		expect(html).toContain('<li>/fr/?goals=a&amp;min=3 390x844: console error: &lt;script&gt;alert(1)&lt;/script&gt;</li>');
		expect(html).toContain('1 problem seen');
	});
});

describe('a filtered run', () => {
	it('retakes its pictures and keeps the earlier ones on the sheet, in the order of the whole list', () => {
		const all = shots([{ path: '/' }, { path: '/about/' }], ['en'], 'en', { viewports: ['1024x768'] });
		const taken = (i: number, problems: string[]): Taken => ({ shot: all[i]!, problems, saved: true, ms: 1 });
		const merged = mergeRuns(all, [taken(0, ['old']), taken(1, ['old'])], [taken(0, [])]);
		expect(merged.map((t) => [t.shot.url, t.problems])).toEqual([
			['/', []],
			['/about/', ['old']]
		]);
	});
});
