/**
 * Three languages, complete: every interface message and every data text exists in English, French and
 * Spanish, and translations keep the message's parameters. Paraglide silently falls back to English for a
 * missing translation, so this test is what catches one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../src/lib/data/files';
import { LOCALES } from '../../src/lib/data/schema';
import { basisLabels, confidenceLabels, regionLabels, scoreLabels } from '../../src/lib/i18n/labels';

/** A message: a plain pattern, or (message-format plugin) an array holding one message with plural variants. */
type Message = string | Array<{ declarations: string[]; selectors: string[]; match: Record<string, string> }>;
type Messages = Record<string, Message>;
const messages = Object.fromEntries(
	LOCALES.map((locale) => {
		const { $schema, ...rest } = JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Messages;
		void $schema;
		return [locale, rest];
	})
) as Record<(typeof LOCALES)[number], Messages>;

/** Messages whose translation is rightly the same word as the English one. */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
	fr: ['panel_population', 'panel_vision', 'panel_sources', 'site_nav_label', 'about_source', 'growth_date', 'overview_score', 'speaker_notes', 'timer_pause', 'method_col_score', 'csv_col_source', 'deck_pptx', 'deck_awards_edition', 'net_year_pause', 'net_panel_sources'],
	es: ['panel_award_no', 'label_value', 'colon', 'deck_pptx', 'deck_awards_edition']
};

/** Every text a message can show (each variant of a plural). */
const patterns = (message: Message | undefined): string[] =>
	message === undefined ? [] : typeof message === 'string' ? [message] : message.flatMap((m) => Object.values(m.match));

/** The parameters a caller passes: the placeholders of a plain pattern, the declared inputs of a plural. */
const params = (message: Message | undefined): string[] =>
	(typeof message === 'string'
		? [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)
		: (message ?? []).flatMap((m) => m.declarations.flatMap((d) => /^input (\w+)$/.exec(d)?.[1] ?? []))
	)
		.filter((name, i, all) => all.indexOf(name) === i)
		.sort();

/** Every `{en, fr, es}`-like object in a JSON tree, with its path. */
/** A proper name's forms in other languages are given only where they differ (the schema's `LocalNames`). */
const NAME_FORMS = new Set(['names', 'officialNames', 'publisherNames']);

function texts(node: unknown, path: string, out: Array<{ path: string; text: Record<string, unknown> }> = []) {
	if (Array.isArray(node)) node.forEach((item, i) => texts(item, `${path}[${i}]`, out));
	else if (node && typeof node === 'object') {
		const record = node as Record<string, unknown>;
		if (LOCALES.some((locale) => locale in record)) out.push({ path, text: record });
		else for (const [key, value] of Object.entries(record)) if (!NAME_FORMS.has(key)) texts(value, `${path}.${key}`, out);
	}
	return out;
}

const missing = (text: Record<string, unknown>) =>
	LOCALES.filter((locale) => typeof text[locale] !== 'string' || !(text[locale] as string).trim());

describe('interface messages', () => {
	it('have the same keys in every language', () => {
		const keys = Object.keys(messages.en).sort();
		expect(keys.length).toBeGreaterThan(10);
		for (const locale of LOCALES) expect(Object.keys(messages[locale]).sort(), locale).toEqual(keys);
	});
	it('are non-empty and keep the English parameters', () => {
		for (const locale of LOCALES)
			for (const [key, english] of Object.entries(messages.en)) {
				const texts = patterns(messages[locale][key]);
				expect(texts.length, `${locale}.${key}`).toBeGreaterThan(0);
				for (const text of texts) expect(text.trim(), `${locale}.${key}`).not.toBe('');
				expect(params(messages[locale][key]), `${locale}.${key}`).toEqual(params(english));
			}
	});
	it('are translated, not copied from English', () => {
		for (const locale of ['fr', 'es'] as const) {
			const copied = Object.keys(messages.en).filter(
				(key) =>
					JSON.stringify(messages[locale][key]) === JSON.stringify(messages.en[key]) && !SAME_AS_ENGLISH[locale]!.includes(key)
			);
			expect(copied, locale).toEqual([]);
		}
	});
});

describe('data texts', () => {
	const files = readDataFiles(process.cwd());
	const all = Object.entries(files).flatMap(([file, json]) => texts(json, file));

	it('exist in every language (every file, every field)', () => {
		expect(all.length).toBeGreaterThan(50);
		const incomplete = all.filter(({ text }) => missing(text).length > 0).map(({ path, text }) => `${path}: ${missing(text)}`);
		expect(incomplete).toEqual([]);
	});
	it('would catch a missing language', () => {
		expect(missing({ en: 'Vision', fr: 'Vision' })).toEqual(['es']);
		expect(missing({ en: 'Vision', fr: ' ', es: 'Visión' })).toEqual(['fr']);
	});
	it('of the fixed vocabularies exist in every language', () => {
		const vocabularies = [regionLabels, confidenceLabels, basisLabels, scoreLabels].flatMap((v) => Object.values(v));
		for (const text of vocabularies) expect(missing(text as Record<string, unknown>)).toEqual([]);
	});
});
