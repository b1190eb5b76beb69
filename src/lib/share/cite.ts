/**
 * How to cite the atlas and the book, in APA (7th edition, in the conventions of each language: "(Eds.)",
 * "(dir.)"; "&", "et", "y"), BibTeX and RIS. Pure: the page passes the book's record and the atlas's name and
 * address in its language, so each format is unit-tested.
 */
import { localName } from '$lib/data/localise';
import type { Publication } from '$lib/data/schema';
import type { Locale } from '$lib/data/vocabulary';

export const DATA_LICENCE =
	'Data: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), Learning Cities Atlas. The book and the pages it cites stay under their own terms (see LICENSE). Code: MIT.';

/** An APA reference in three parts, so a page can set the title in italics; `text` is the whole of it. */
export interface Reference {
	before: string;
	title: string;
	after: string;
	text: string;
}

export interface AtlasWork {
	/** The atlas's name in the page's language. */
	name: string;
	/** Who made it, as a group author ("Learning Cities Atlas contributors"). */
	authors: string;
	/** What it is, APA's bracketed description ("Data set and interactive atlas"). */
	kind: string;
	/** Its public address (SITE_URL), or null when the build does not know it. */
	url: string | null;
	/** The day of the build, YYYY-MM-DD: the version being cited. */
	date: string;
	/** That day as the page's language writes it ("1 December 2026"), for APA's retrieval date. */
	dateText: string;
}

const APA = {
	en: { and: '&', eds: 'Eds.', retrieved: (date: string, url: string) => `Retrieved ${date}, from ${url}` },
	fr: { and: 'et', eds: 'dir.', retrieved: (date: string, url: string) => `Consulté le ${date}, à l’adresse ${url}` },
	es: { and: 'y', eds: 'Eds.', retrieved: (date: string, url: string) => `Recuperado el ${date}, de ${url}` }
} satisfies Record<Locale, unknown>;

/** "Raúl Valdes-Cotera" as APA writes an author: "Valdes-Cotera, R."; the family name is the last word. */
function apaName(full: string): string {
	const words = full.trim().split(/\s+/);
	const family = words.pop()!;
	return words.length ? `${family}, ${words.map((w) => w.split('-').map((p) => `${p[0]}.`).join('-')).join(' ')}` : family;
}

/** "Valdes-Cotera, Raúl": BibTeX's and RIS's form. */
function familyFirst(full: string): string {
	const words = full.trim().split(/\s+/);
	const family = words.pop()!;
	return words.length ? `${family}, ${words.join(' ')}` : family;
}

function apaList(names: readonly string[], locale: Locale): string {
	if (names.length < 2) return names.join('');
	// APA puts a comma before the ampersand in English; French and Spanish write none before "et" and "y".
	const last = locale === 'en' ? `, ${APA[locale].and} ` : ` ${APA[locale].and} `;
	return `${names.slice(0, -1).join(', ')}${last}${names.at(-1)}`;
}

const reference = (before: string, title: string, after: string): Reference => ({ before, title, after, text: `${before}${title}${after}` });

export function bookApa(book: Publication, locale: Locale): Reference {
	const editors = apaList(book.editors.map(apaName), locale);
	const publisher = localName(book.publisher, book.publisherNames, locale);
	return reference(`${editors} (${APA[locale].eds}). (${book.year}). `, book.title[locale], `. ${publisher}. ${book.url}`);
}

export function atlasApa(atlas: AtlasWork, locale: Locale): Reference {
	const year = atlas.date.slice(0, 4);
	const where = atlas.url ? ` ${APA[locale].retrieved(atlas.dateText, atlas.url)}` : '';
	return reference(`${atlas.authors}. (${year}). `, atlas.name, ` [${atlas.kind}].${where}`);
}

/** BibTeX's special characters; text is otherwise UTF-8, which biber and bibtex8 read. */
const bib = (text: string) => text.replace(/([&%$#_])/g, '\\$1');
const LANGUAGE = { en: 'english', fr: 'french', es: 'spanish' } satisfies Record<Locale, string>;

function bibEntry(type: string, key: string, fields: [string, string | null][]): string {
	const kept = fields.filter((f): f is [string, string] => f[1] !== null);
	const width = Math.max(...kept.map(([k]) => k.length));
	return `@${type}{${key},\n${kept.map(([k, v]) => `  ${k.padEnd(width)} = {${v}}`).join(',\n')}\n}\n`;
}

export function bookBibtex(book: Publication, locale: Locale): string {
	return bibEntry('book', `valdescotera${book.year}unlocking`, [
		['editor', book.editors.map((e) => bib(familyFirst(e))).join(' and ')],
		['title', `{${bib(book.title[locale])}}`],
		['publisher', bib(localName(book.publisher, book.publisherNames, locale))],
		['year', String(book.year)],
		['url', book.url],
		['language', LANGUAGE[locale]]
	]);
}

export function atlasBibtex(atlas: AtlasWork, locale: Locale): string {
	return bibEntry('misc', `learningcitiesatlas${atlas.date.slice(0, 4)}`, [
		['author', `{${bib(atlas.authors)}}`],
		['title', `{${bib(atlas.name)}}`],
		['howpublished', bib(atlas.kind)],
		['year', atlas.date.slice(0, 4)],
		['url', atlas.url],
		['urldate', atlas.url ? atlas.date : null],
		['note', 'CC BY 4.0'],
		['language', LANGUAGE[locale]]
	]);
}

/** RIS: a tag, two spaces, a hyphen, a space; one field a line; ER closes the record. */
function ris(fields: [string, string | null][]): string {
	return `${fields
		.filter((f): f is [string, string] => f[1] !== null)
		.map(([tag, value]) => `${tag}  - ${value}`)
		.join('\r\n')}\r\nER  - \r\n`;
}

export function bookRis(book: Publication, locale: Locale): string {
	return ris([
		['TY', 'EDBOOK'],
		...book.editors.map((e): [string, string] => ['ED', familyFirst(e)]),
		['TI', book.title[locale]],
		['PY', String(book.year)],
		['PB', localName(book.publisher, book.publisherNames, locale)],
		['UR', book.url],
		['L1', book.pdf],
		['LA', locale]
	]);
}

export function atlasRis(atlas: AtlasWork, locale: Locale): string {
	return ris([
		['TY', 'DATA'],
		['AU', atlas.authors],
		['TI', atlas.name],
		['PY', atlas.date.slice(0, 4)],
		['UR', atlas.url],
		['Y2', atlas.url ? atlas.date : null],
		['M3', atlas.kind],
		['LA', locale]
	]);
}
