/** Numbers, dates and country names through Intl; lists joined by CLDR's patterns, held to Intl's output (see formatList). */
import type { Locale } from '$lib/data/schema';

const countryNames = new Map<Locale, Intl.DisplayNames>();

export function countryName(iso2: string, locale: Locale): string {
	let names = countryNames.get(locale);
	if (!names) countryNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
	return names.of(iso2) ?? iso2;
}

export function formatNumber(value: number, locale: Locale, options?: Intl.NumberFormatOptions): string {
	const key = `${locale} ${JSON.stringify(options ?? {})}`;
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
	return format.format(value);
}
/** Formatters are made once per language and options: the count line formats on every goal toggle. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();

/**
 * The last joining word of the site's languages' lists (CLDR's patterns: "A, B, and C", "A, B et C", "A, B y C").
 * The first Intl formatter a page makes loads ICU's data, up to a few hundred milliseconds of a phone's main
 * thread; the deck's first slide lists the book's editors while it hydrates. So a list is joined here wherever
 * these patterns are the whole rule, and by Intl.ListFormat wherever the language changes the word itself:
 * Spanish "y" before "i"/"hi" ("e Italia"), "o" before "o"/"ho"/"8"/"11" ("u Hong Kong"). The unit tests hold it
 * to Intl's own output.
 */
const LAST_WORD: Record<Locale, Record<'conjunction' | 'disjunction', string>> = {
	en: { conjunction: 'and', disjunction: 'or' },
	fr: { conjunction: 'et', disjunction: 'ou' },
	es: { conjunction: 'y', disjunction: 'o' }
};
const SPANISH_WORD_CHANGES = /^[ihoIHO81]/;

/** Names joined the language's way: "Cork, Espoo, and Swansea", "Cork, Espoo et Swansea". */
export function formatList(items: readonly string[], locale: Locale, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
	const word = LAST_WORD[locale]?.[type];
	const last = items.at(-1);
	if (last === undefined) return '';
	if (items.length === 1) return last;
	if (word && !(locale === 'es' && SPANISH_WORD_CHANGES.test(last))) {
		const comma = locale === 'en' && items.length > 2 ? ',' : '';
		return `${items.slice(0, -1).join(', ')}${comma} ${word} ${last}`;
	}
	const key = `${locale} ${type}`;
	let format = listFormats.get(key);
	if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { type })));
	return format.format(items);
}
