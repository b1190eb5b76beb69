/** Numbers, dates and country names through Intl, never hand-written lists. */
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

/** A number with exactly `digits` decimals (an average, a coordinate): 1.8 in English, 1,8 in French. */
export function formatDecimal(value: number, locale: Locale, digits = 1): string {
	return formatNumber(value, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Names joined the language's way: "Cork, Espoo and Swansea", "Cork, Espoo et Swansea". */
export function formatList(items: readonly string[], locale: Locale, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
	const key = `${locale} ${type}`;
	let format = listFormats.get(key);
	if (!format) listFormats.set(key, (format = new Intl.ListFormat(locale, { type })));
	return format.format(items);
}

export function formatDate(isoDate: string, locale: Locale): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
