import { describe, expect, it } from 'vitest';
import { Gazetteer, readGeonames, type GazetteerCity } from '../../scripts/network/gazetteer';

const city = (geonames: number, name: string, country: string, lat: number, lon: number, population: number, featureCode = 'PPL', alternates: string[] = []): GazetteerCity => ({
	geonames, name, country, lat, lon, population, featureCode, alternates
});

const gazetteer = new Gazetteer([
	city(1, 'Liège', 'BE', 50.63, 5.57, 195278, 'PPLA2'),
	city(2, 'Fès', 'MA', 34.03, -5.0, 964891, 'PPLA', ['Fes', 'Fez', 'Fès']),
	city(3, 'Springfield', 'US', 39.8, -89.64, 116250, 'PPLA'),
	city(4, 'Springfield', 'US', 37.21, -93.29, 166810, 'PPLA2'),
	city(5, 'Córdoba', 'AR', -31.41, -64.18, 1428214, 'PPLA'),
	city(6, 'Córdoba', 'AR', -27.0, -65.0, 1200),
	city(7, 'Gwangju', 'KR', 35.15, 126.92, 1490092, 'PPLA'),
	city(8, 'Busan', 'KR', 35.1, 129.03, 3678555, 'PPLA'),
	city(9, 'Seo-gu', 'KR', 35.15, 126.89, 300000),
	city(10, 'Seo-gu', 'KR', 35.1, 129.02, 110000),
	city(11, 'Santiago de Querétaro', 'MX', 20.59, -100.39, 1594212, 'PPLA', ['Queretaro', 'Querétaro']),
	city(12, 'Querétaro', 'MX', 15.84, -92.76, 300)
]);

describe('the GeoNames matcher', () => {
	it('ignores accents and case', () => {
		expect(gazetteer.match('liege', 'BE')).toMatchObject({ status: 'placed', geonames: 1 });
		expect(gazetteer.match('LIÈGE', 'BE')).toMatchObject({ status: 'placed', geonames: 1 });
	});

	it('finds an exonym among the alternate names', () => {
		expect(gazetteer.match('Fez', 'MA')).toMatchObject({ status: 'placed', geonames: 2, lat: 34.03, lon: -5 });
	});

	it('does not let a village that has the name as its own hide the city known by it', () => {
		expect(gazetteer.match('Querétaro', 'MX')).toMatchObject({ status: 'placed', geonames: 11 });
	});

	it('leaves two cities of one name in one country unplaced, with both candidates', () => {
		const match = gazetteer.match('Springfield', 'US');
		expect(match.status).toBe('ambiguous');
		expect(match.status === 'ambiguous' && match.candidates.map((c) => c.geonames).sort()).toEqual([3, 4]);
	});

	it('places a seat that dwarfs its namesakes, and uses a bracketed qualifier to choose', () => {
		expect(gazetteer.match('Córdoba', 'AR')).toMatchObject({ status: 'placed', geonames: 5 });
		expect(gazetteer.match('Seo-gu (Gwangju)', 'KR')).toMatchObject({ status: 'placed', geonames: 9 });
		expect(gazetteer.match('Seo-gu', 'KR').status).toBe('ambiguous');
	});

	it('matches only in the country given', () => {
		expect(gazetteer.match('Liège', 'FR')).toEqual({ status: 'not-found' });
	});

	it('reads the GeoNames table format', () => {
		const line = ['2965140', 'Cork', 'Cork', 'Corcaigh,Cork', '51.89797', '-8.47061', 'P', 'PPLA2', 'IE', '', 'M', '', '', '', '190384'].join('\t');
		expect([...readGeonames(`${line}\n`)]).toEqual([
			{ geonames: 2965140, name: 'Cork', alternates: ['Cork', 'Corcaigh', 'Cork'], lat: 51.89797, lon: -8.47061, featureCode: 'PPLA2', country: 'IE', population: 190384 }
		]);
	});
});
