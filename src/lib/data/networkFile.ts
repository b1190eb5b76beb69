/**
 * The network file the atlas fetches (./network.ts): the records of `data/network/` as the build validated them
 * (./networkValidate.ts), without `place`, sorted by name, with the latest headline count of the book's
 * `networkGrowth`. Server only (prerendering and the unit tests).
 */
import publication from '$data/publication.json';
import type { NetworkData } from './network';
import type { Editions, Member } from './networkSchema';

let records: Member[] | undefined;

/**
 * Every record of `data/network/members/`, `place` included, in the order of their ids (stable across builds,
 * whatever the files' order): the Data page's downloads.
 */
export function networkFromFiles(): Member[] {
	if (records) return records;
	const files = import.meta.glob<Member[]>('$data/network/members/*.json', { eager: true, import: 'default' });
	records = Object.values(files)
		.flat()
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return records;
}

export function networkData(): NetworkData {
	const editionFiles = import.meta.glob<Editions>('$data/network/editions.json', { eager: true, import: 'default' });
	const members = networkFromFiles()
		.map(({ place: _place, ...member }) => member)
		.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
	const growth = [...publication.networkGrowth].sort((a, b) => a.date.localeCompare(b.date));
	const latest = growth.at(-1)!;
	return {
		members,
		editions: Object.values(editionFiles)[0] ?? { awards: [], cohorts: [] },
		headline: { members: latest.members, countries: latest.countries, date: latest.date, source: latest.source }
	};
}
