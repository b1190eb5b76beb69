/** Small network folders that the network tests write to a temp dir. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Json = Record<string, any>;

export const EDITIONS = {
	awards: [{ year: 2015, date: '2015-09-28', place: 'ICLC 2, Mexico City', announced: 12, named: 1, source: 'https://example.org/award-2015' }],
	cohorts: [{ id: '2015-2018', date: null, announced: null, countries: null, named: 2, source: 'https://example.org/founding' }]
};

export const cork = (): Json => ({
	id: 'cork-ie', name: 'Cork', country: 'IE', region: 'europe-north-america', lat: 51.89797, lon: -8.47061,
	place: { geonames: 2965140 }, joined: 2015, awards: [2015], membership: 'read',
	sources: [{ label: 'example.org', url: 'https://example.org/cork' }]
});

export const limerick = (): Json => ({
	id: 'limerick-ie', name: 'Limerick', country: 'IE', region: 'europe-north-america', lat: 52.66472, lon: -8.62306,
	place: { geonames: 2962943 }, joined: 2016, awards: [], membership: 'read',
	sources: [{ label: 'example.org', url: 'https://example.org/limerick' }]
});

/** Writes a network folder under `root` with the given members files (country code → records). */
export function writeNetwork(root: string, members: Record<string, Json[]>, editions: Json = EDITIONS) {
	mkdirSync(join(root, 'data/network/members'), { recursive: true });
	writeFileSync(join(root, 'data/network/editions.json'), JSON.stringify(editions));
	for (const [code, list] of Object.entries(members)) writeFileSync(join(root, `data/network/members/${code}.json`), JSON.stringify(list));
}

