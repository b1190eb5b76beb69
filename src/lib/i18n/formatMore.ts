/**
 * Decimals and dates, which only views opened later show (the charts, the handout, the Method and About pages):
 * apart from ./format.ts, whose counts and names the atlas's first view reads.
 */
import type { Locale } from '$lib/data/schema';
import { formatNumber } from './format';

/** A number with exactly `digits` decimals (an average, a coordinate): 1.8 in English, 1,8 in French. */
export function formatDecimal(value: number, locale: Locale, digits = 1): string {
	return formatNumber(value, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatDate(isoDate: string, locale: Locale): string {
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}
