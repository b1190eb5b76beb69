/** Numbers, dates and country names through Intl, never hand-written lists. */
import type { Locale } from '$lib/data/schema';

const countryNames = new Map<Locale, Intl.DisplayNames>();

export function countryName(iso2: string, locale: Locale): string {
	let names = countryNames.get(locale);
	if (!names) countryNames.set(locale, (names = new Intl.DisplayNames([locale], { type: 'region' })));
	return names.of(iso2) ?? iso2;
}

export function formatNumber(value: number, locale: Locale): string {
	return new Intl.NumberFormat(locale).format(value);
}

export function formatDate(isoDate: string, locale: Locale): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
