/**
 * CSV that opens right in a spreadsheet in the reader's language: UTF-8 with a byte-order mark (without it Excel
 * reads UTF-8 as the computer's legacy code page: "YbycuÃ­"), the list separator that goes with the language's
 * decimal mark, and numbers written as that language writes them. Shared by the charts' exports and the Data page.
 */
import { dsvFormat } from 'd3';
import type { Locale } from '$lib/data/vocabulary';
import { formatNumber } from './format';

/**
 * The separator a spreadsheet expects from a reader whose numbers are written the `numberLocale` way. Where the
 * decimal mark is a comma (France, Spain) the list separator is ';', so a comma-separated file would open in one
 * column there; where it is a point (the UK, the US, Mexico) it is ','.
 */
export function csvSeparator(numberLocale: string): ',' | ';' {
	const decimal = new Intl.NumberFormat(numberLocale).formatToParts(1.5).find((p) => p.type === 'decimal')?.value;
	return decimal === ',' ? ';' : ',';
}

/**
 * A number as a spreadsheet in `locale` reads it back as a number: the language's decimal mark, no grouping (a
 * French thousands space would make it text), up to six decimals (coordinates to about 0.1 m).
 */
export function csvNumber(value: number, locale: Locale): string {
	return formatNumber(value, locale, { useGrouping: false, maximumFractionDigits: 6 });
}

export type Cell = string | number | null | undefined;

/** The rows under their header, numbers in `locale`'s way, empty cells for unknown values, the mark first. */
export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[], locale: Locale, separator: ',' | ';'): string {
	const cell = (value: Cell) => (value === null || value === undefined ? '' : typeof value === 'number' ? csvNumber(value, locale) : value);
	return `\uFEFF${dsvFormat(separator).formatRows([[...header], ...rows.map((row) => row.map(cell))])}\n`;
}
