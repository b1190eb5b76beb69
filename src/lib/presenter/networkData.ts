/**
 * The network for the deck's two network slides ("The network today", "The award, edition by edition"): fetched
 * once, when one of them is first shown or in idle time after the first slide (for the handout), from `/present/network.json` (written at build time from data/network/ by
 * the route of that name), so the deck's first view does not carry it. What the slides say is computed here, pure.
 */
import { base } from '$app/paths';
import type { Locale, Publication } from '$lib/data/schema';

export interface DeckMember {
	id: string;
	name: string;
	names?: { fr?: string; es?: string };
	country: string;
	lat: number | null;
	lon: number | null;
	joined: number | null;
	awards: number[];
}

export interface DeckNetwork {
	members: DeckMember[];
	awards: { year: number; place: string; announced: number | null; named: number | null; source: string }[];
	cohorts: { id: string; announced: number | null; named: number | null; source: string }[];
}

export const NETWORK_PATH = '/present/network.json';

let request: Promise<DeckNetwork> | null = null;

/** The network, fetched once; a failed request is forgotten, so the next slide shown tries again. */
export function loadNetwork(fetcher: typeof fetch = fetch): Promise<DeckNetwork> {
	if (!request) {
		request = fetcher(`${base}${NETWORK_PATH}`).then((response) => {
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return response.json() as Promise<DeckNetwork>;
		});
		request.catch(() => (request = null));
	}
	return request;
}

export function memberName(member: Pick<DeckMember, 'name' | 'names'>, locale: Locale): string {
	return (locale === 'en' ? undefined : member.names?.[locale]) ?? member.name;
}

/** The source's host, as the slides cite a page (the full address is in the notes and on the method page). */
export function host(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

export interface NetworkSummary {
	/** Members the data names. */
	named: number;
	/** Of them, those with a place on the map. */
	placed: number;
	awarded: number;
	countries: number;
	/** The network's size as last announced, its date and source (publication.json's networkGrowth). */
	total: { members: number; date: string; source: string } | null;
}

export function networkSummary(network: DeckNetwork, growth: Publication['networkGrowth']): NetworkSummary {
	const last = [...growth].sort((a, b) => a.date.localeCompare(b.date)).at(-1);
	return {
		named: network.members.length,
		placed: network.members.filter((m) => m.lat !== null && m.lon !== null).length,
		awarded: network.members.filter((m) => m.awards.length > 0).length,
		countries: new Set(network.members.map((m) => m.country)).size,
		total: last ? { members: last.members, date: last.date, source: last.source } : null
	};
}

export interface Edition {
	year: number;
	/** The city that hosted the conference where the award was given, in the page's language. */
	host: string;
	announced: number | null;
	/** The winners the data names, in the page's alphabetical order. */
	winners: string[];
	source: string;
}

/** "ICLC 2, Mexico City" -> "Mexico City"; "ICLC 5, Yeonsu (Incheon), hybrid" -> "Yeonsu". */
export function hostCity(place: string): string {
	return (place.match(/^ICLC \d+, ([^(,]+)/)?.[1] ?? place).trim();
}

export function editions(network: DeckNetwork, locale: Locale): Edition[] {
	const collator = new Intl.Collator(locale);
	return [...network.awards]
		.sort((a, b) => a.year - b.year)
		.map((award) => {
			const city = hostCity(award.place);
			const member = network.members.find((m) => m.name === city);
			return {
				year: award.year,
				host: member ? memberName(member, locale) : city,
				announced: award.announced,
				winners: network.members
					.filter((m) => m.awards.includes(award.year))
					.map((m) => memberName(m, locale))
					.sort(collator.compare),
				source: award.source
			};
		});
}

/** The cities that won more than once, with their years ("Cork: 2015, 2024"). */
export function repeatWinners(network: DeckNetwork, locale: Locale): { name: string; years: number[] }[] {
	return network.members
		.filter((m) => m.awards.length > 1)
		.map((m) => ({ name: memberName(m, locale), years: [...m.awards].sort() }));
}
