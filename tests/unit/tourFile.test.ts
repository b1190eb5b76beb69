import { describe, expect, it } from 'vitest';
import { readTourFile, writeTourFile } from '../../src/lib/presenter/tourFile';

const cities = new Set(['cork', 'espoo']);

describe('tour files', () => {
	it('round-trip the tour, its words and the notes of its own slides only', () => {
		const json = writeTourFile(['title', 'cork'], { title: 'On the Lee', speaker: null, event: 'ICLC' }, { en: { 'city:cork': 'Say hello', 'city:espoo': 'not in the tour' } });
		expect(readTourFile(json, cities)).toEqual({
			tour: ['title', 'cork'],
			text: { title: 'On the Lee', speaker: null, event: 'ICLC' },
			notes: { en: { 'city:cork': 'Say hello' } }
		});
	});
	it('refuse anything else whole, and drop markup from what they read', () => {
		for (const bad of ['', 'null', '[]', '{"tour":["cork"]}', '{"kind":"learning-cities-atlas/tour","tour":["nowhere"]}']) expect(readTourFile(bad, cities)).toBeNull();
		const file = readTourFile('{"kind":"learning-cities-atlas/tour","tour":["cork",3],"text":{"title":"<b>x</b>","speaker":5},"notes":{"en":{"city:cork":7}}}', cities);
		expect(file).toEqual({ tour: ['cork'], text: { title: null, speaker: null, event: null }, notes: {} });
	});
});
