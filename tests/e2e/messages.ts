/** The interface messages as the tests read them, per language, straight from messages/. */
import { readFileSync } from 'node:fs';

export const LOCALES = ['en', 'fr', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const messages = Object.fromEntries(
	LOCALES.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8')) as Record<string, string>])
) as Record<Locale, Record<string, string>>;

/** The path prefix of a language's pages ('' for English, the default). */
export const prefix = (locale: Locale) => (locale === 'en' ? '' : `/${locale}`);
