/**
 * The atlas intro counts its cities in every language: the book's twelve spelled out as prose would, any other
 * number as a formatted figure with the plural it needs. Read from messages/*.json, choosing the variant as
 * Paraglide does (an exact match on the count first, then the plural category).
 */
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../src/lib/data/vocabulary';
import { cityCount } from '../../src/lib/i18n/cityCount';
import { say as sayMessage } from './messages';

const say = (locale: Locale, key: string, count: number) => sayMessage(locale, key, { ...cityCount(count, locale) });

describe('the atlas intro counts the cities', () => {
	it('spells out the book’s twelve', () => {
		expect(LOCALES.map((l) => say(l, 'atlas_intro_title', 12))).toEqual([
			'Twelve cities, five goals',
			'Douze villes, cinq objectifs',
			'Doce ciudades, cinco objetivos'
		]);
		for (const l of LOCALES) expect(say(l, 'atlas_intro_text', 12)).toMatch(/2015/);
	});

	it('gives a network-sized atlas its number, formatted for the language', () => {
		expect(LOCALES.map((l) => say(l, 'atlas_intro_title', 10_000))).toEqual([
			'10,000 cities, five goals',
			`10${'\u202f'}000 villes, cinq objectifs`,
			'10.000 ciudades, cinco objetivos'
		]);
		expect(say('en', 'atlas_intro_text', 10_000)).toMatch(/^This atlas maps 10,000 learning cities\. /);
		expect(say('fr', 'atlas_intro_text', 400)).toMatch(/^Cet atlas présente 400 villes apprenantes\. /);
		expect(say('es', 'atlas_intro_text', 400)).toMatch(/^Este atlas presenta 400 ciudades del aprendizaje\. /);
	});

	it('uses the singular where the language does', () => {
		expect(say('en', 'atlas_intro_title', 1)).toBe('1 city, five goals');
		expect(say('fr', 'atlas_intro_title', 1)).toBe('1 ville, cinq objectifs');
		expect(say('es', 'atlas_intro_title', 1)).toBe('1 ciudad, cinco objetivos');
		for (const l of LOCALES) expect(say(l, 'atlas_intro_text', 13)).not.toMatch(/\{|\}/);
	});
});
