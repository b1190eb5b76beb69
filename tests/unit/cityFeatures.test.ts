import { describe, expect, it } from 'vitest';
import { citiesToGeoJSON, type CityPoint } from '../../src/lib/map/style';
import { packed } from '../../src/lib/map/packedData';

const goals = { individual: { score: 3 }, social: { score: 1 } } as unknown as CityPoint['goals'];
const cork = (): CityPoint => ({ id: 'cork', name: 'Cork', lat: 51.9, lon: -8.47, goals });
const espoo = (): CityPoint => ({ id: 'espoo', name: 'Espoo', lat: 60.2, lon: 24.65 });

describe("the cities' features, made once and sent again", () => {
	it('a filter change sends the same feature for a city that stays the same, made anew when it changes', () => {
		const first = citiesToGeoJSON([cork(), espoo()]).features;
		// New points for the same cities, as the scope makes them on every change.
		const again = citiesToGeoJSON([cork(), espoo()]).features;
		expect(again[0]).toBe(first[0]);
		expect(again[1]).toBe(first[1]);
		// Left out by the filter: its own feature, kept 0; back in, the first one again.
		const dimmed = citiesToGeoJSON([cork(), espoo()], new Set(['cork'])).features;
		expect(dimmed[0]!.properties.kept).toBe(0);
		expect(citiesToGeoJSON([cork()]).features[0]).toBe(first[0]);
		// Renamed (another language) or moved: a new feature, with the new values.
		const renamed = citiesToGeoJSON([{ ...cork(), name: 'Corcaigh' }]).features[0]!;
		expect(renamed).not.toBe(first[0]);
		expect(renamed.properties.name).toBe('Corcaigh');
		const moved = citiesToGeoJSON([{ ...cork(), lon: -8.5 }]).features[0]!;
		expect(moved.geometry.coordinates).toEqual([-8.5, 51.9]);
	});

	it("a name's place makes a feature of its own, never shared", () => {
		const labels = { anchors: { cork: 'left' }, offsets: { cork: [0.8, 0] as [number, number] }, hidden: {} };
		const a = citiesToGeoJSON([cork()], new Set(), { labels }).features[0]!;
		const b = citiesToGeoJSON([cork()], new Set(), { labels }).features[0]!;
		expect(a).not.toBe(b);
		expect(a.properties).toMatchObject({ la: 'left', lo: [0.8, 0], lh: false });
		expect(citiesToGeoJSON([cork()]).features[0]!.properties).not.toHaveProperty('la');
	});

	it('the text sent to the worker is the JSON of the collection, whichever features were written before', () => {
		const labels = { anchors: { espoo: 'right' }, offsets: { espoo: [0.8, 0] as [number, number] }, hidden: { espoo: true } };
		for (const data of [citiesToGeoJSON([cork(), espoo()]), citiesToGeoJSON([espoo(), cork()], new Set(['espoo'])), citiesToGeoJSON([cork(), espoo()], new Set(), { labels }), citiesToGeoJSON([])])
			expect(packed(data)).toBe(JSON.stringify(data));
	});
});
