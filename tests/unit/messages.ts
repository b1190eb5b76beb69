/**
 * Says a message from messages/*.json with its inputs, choosing the variant as Paraglide does: each `local X = Y:
 * plural` declaration gives the plural category of input Y, and the first variant whose every selector matches
 * (an exact value, or `*`) wins. Unit tests read the JSON directly (Paraglide's compiler does not run under Vitest).
 */
import { readFileSync } from 'node:fs';
import type { Locale } from '../../src/lib/data/vocabulary';

type Complex = Array<{ declarations: string[]; selectors: string[]; match: Record<string, string> }>;
const files = new Map<Locale, Record<string, string | Complex>>();

/** `inputs`: the message's inputs, strings or numbers (an object, so interfaces such as CityCount pass as they are). */
export function say(locale: Locale, key: string, given: object = {}): string {
	const inputs = given as Record<string, string | number>;
	if (!files.has(locale)) files.set(locale, JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')));
	const message = files.get(locale)![key];
	if (message === undefined) throw new Error(`${locale}: no message ${key}`);
	const fill = (pattern: string) => pattern.replace(/\{(\w+)\}/g, (_, name: string) => String(inputs[name] ?? `{${name}}`));
	if (typeof message === 'string') return fill(message);
	const { declarations, selectors, match } = message[0]!;
	const values: Record<string, string> = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)]));
	for (const d of declarations) {
		const local = /^local (\w+) = (\w+): plural$/.exec(d);
		if (local) values[local[1]!] = new Intl.PluralRules(locale).select(Number(inputs[local[2]!]));
	}
	for (const [keys, pattern] of Object.entries(match)) {
		const wanted = keys.split(', ').map((k) => k.split('='));
		if (wanted.every(([name, value], i) => name === selectors[i] && (value === '*' || value === values[name!]))) return fill(pattern);
	}
	throw new Error(`${locale} ${key}: no variant for ${JSON.stringify(inputs)}`);
}
