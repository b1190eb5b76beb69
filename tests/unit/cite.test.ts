import { describe, expect, it } from 'vitest';
import { datasetFromFiles } from '$lib/data/bundled';
import { atlasApa, atlasBibtex, atlasRis, bookApa, bookBibtex, bookRis, type AtlasWork } from '$lib/share/cite';

const book = datasetFromFiles().publication;
const atlas: AtlasWork = {
	name: 'Atlas des villes apprenantes',
	authors: 'Contributeurs de l’Atlas des villes apprenantes',
	kind: 'Jeu de données et atlas interactif',
	url: 'https://atlas.example.org/fr/',
	date: '2026-12-01',
	dateText: '1 décembre 2026'
};

describe('citing the book', () => {
	it('writes APA with initials, the language’s "and" and editors’ mark, the title in the language', () => {
		expect(bookApa(book, 'en').text).toBe(
			'Valdes-Cotera, R., Longworth, N., Lunardon, K., Wang, M., Jo, S., & Crowe, S. (Eds.). (2015). ' +
				'Unlocking the Potential of Urban Communities: Case Studies of Twelve Learning Cities. ' +
				`UNESCO Institute for Lifelong Learning and NILE (Republic of Korea). ${book.url}`
		);
		const fr = bookApa(book, 'fr');
		expect(fr.before).toBe('Valdes-Cotera, R., Longworth, N., Lunardon, K., Wang, M., Jo, S. et Crowe, S. (dir.). (2015). ');
		expect(fr.title).toBe(book.title.fr);
		expect(fr.after).toContain('Institut de l’UNESCO');
		expect(bookApa(book, 'es').before).toContain('Jo, S. y Crowe, S. (Eds.)');
	});

	it('writes BibTeX and RIS that name every editor, family name first', () => {
		const bib = bookBibtex(book, 'es');
		expect(bib).toMatch(/^@book\{valdescotera2015unlocking,\n/);
		expect(bib).toContain('editor    = {Valdes-Cotera, Raúl and Longworth, Norman and Lunardon, Katharina and Wang, Mo and Jo, Sunok and Crowe, Sinéad}');
		expect(bib).toContain(`title     = {{${book.title.es}}}`);
		expect(bib).toContain('language  = {spanish}');
		expect(bib.trim().endsWith('}')).toBe(true);
		const ris = bookRis(book, 'fr').split('\r\n');
		expect(ris[0]).toBe('TY  - EDBOOK');
		expect(ris.filter((l) => l.startsWith('ED  - '))).toHaveLength(book.editors.length);
		expect(ris).toContain(`TI  - ${book.title.fr}`);
		expect(ris.at(-2)).toBe('ER  - ');
	});
});

describe('citing the atlas', () => {
	it('gives its version’s date and address, or leaves the address out when the build has none', () => {
		expect(atlasApa(atlas, 'fr').text).toBe(
			'Contributeurs de l’Atlas des villes apprenantes. (2026). Atlas des villes apprenantes [Jeu de données et atlas interactif]. Consulté le 1 décembre 2026, à l’adresse https://atlas.example.org/fr/'
		);
		const offline = { ...atlas, url: null };
		expect(atlasApa(offline, 'fr').text).not.toContain('Consulté');
		expect(atlasBibtex(offline, 'fr')).not.toContain('url');
		expect(atlasBibtex(atlas, 'fr')).toContain('urldate      = {2026-12-01}');
		expect(atlasRis(atlas, 'fr')).toContain('UR  - https://atlas.example.org/fr/\r\nY2  - 2026-12-01');
	});

	it('escapes BibTeX’s special characters', () => {
		expect(atlasBibtex({ ...atlas, name: 'Cities & 100% learning_#1' }, 'en')).toContain('{{Cities \\& 100\\% learning\\_\\#1}}');
	});
});
