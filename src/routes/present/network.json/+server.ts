// The network as the deck's two network slides read it: every member's name, place and awards, the award editions
// and the admission cohorts, with their sources. One small file on this origin, fetched only when a network slide
// is shown (so the deck's first view does not carry it) and precached for offline use like every prerendered file.
import type { Editions, Member } from '$lib/data/networkSchema';
import type { DeckNetwork } from '$lib/presenter/networkData';

export const prerender = true;

// $data may be a bench data root without a network: then the slides say the network is not in this build.
const members = import.meta.glob<Member[]>('$data/network/members/*.json', { eager: true, import: 'default' });
const editions = import.meta.glob<Editions>('$data/network/editions.json', { eager: true, import: 'default' });

export function GET() {
	const { awards = [], cohorts = [] } = Object.values(editions)[0] ?? {};
	const body: DeckNetwork = {
		members: Object.values(members)
			.flat()
			.map(({ id, name, names, country, lat, lon, joined, awards }) => ({ id, name, ...(names ? { names } : {}), country, lat, lon, joined, awards })),
		awards: awards.map(({ year, place, announced, named, source }) => ({ year, place, announced, named, source })),
		cohorts: cohorts.map(({ id, announced, named, source }) => ({ id, announced, named, source }))
	};
	return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}
