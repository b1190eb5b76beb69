/**
 * What the atlas should show after each network input, computed in Node with the atlas's own pure functions
 * (scopeCities.ts, networkFilter.ts) from the data directory the build read: the scope's cities, those the
 * filters keep, how many of them have a place, and the count line's figures. The bench's in-page check waits
 * for exactly that, so an input's window ends when its result shows, not when something changed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { NetworkMember } from '../../src/lib/data/network.ts';
import type { CitySummary } from '../../src/lib/data/schema.ts';
import { citiesInScope, citiesShown } from '../../src/lib/state/scopeCities.ts';
import { DEFAULT_NETWORK_FILTER, type NetworkFilter } from '../../src/lib/state/networkFilter.ts';
import { readCities } from './data.ts';

export interface NetworkModel {
	book: CitySummary[];
	members: NetworkMember[];
	/** The latest headline count of members (the count line's "of 425"). */
	headline: number;
}

export function readNetworkModel(dataDir: string): NetworkModel {
	const dir = join(dataDir, 'network/members');
	const members = readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.flatMap((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as (NetworkMember & { place?: unknown })[])
		.map(({ place: _place, ...m }) => m as NetworkMember)
		// As the network file sorts them (networkFile.ts), so equal names keep the page's order.
		.sort((a, b) => a.name.localeCompare(b.name, 'en') || a.id.localeCompare(b.id));
	const growth = (JSON.parse(readFileSync(join(dataDir, 'publication.json'), 'utf8')) as { networkGrowth: { date: string; members: number }[] })
		.networkGrowth.slice()
		.sort((a, b) => a.date.localeCompare(b.date));
	// The atlas's summaries carry more, but these are the fields a scope's city reads.
	const book = readCities(dataDir) as unknown as CitySummary[];
	return { book, members, headline: growth.at(-1)!.members };
}

/** What the page must show for a view: checked in the page every frame after the input. */
export interface NetworkExpectation {
	scope: NetworkFilter['scope'];
	/** Texts the count line must hold, and one it must not. */
	countHas: string[];
	countHasNot: string[];
	/** The first city of the list (null: the list is empty), or undefined where its order is not the bench's to know. */
	first?: string | null;
	/** Cities in the list. */
	size: number;
	/** Features the live map's city source holds. */
	placed: number;
	/** Whether the map's data must be replaced (the cities shown changed). */
	newData: boolean;
	/** Controls whose value must show the view (data-filter name -> value, '' for none). */
	controls: Record<string, string>;
	/** What the year control's output says, beyond the book ("today" for none). */
	year?: string;
}

const n = new Intl.NumberFormat('en').format;

export function shownFor(model: NetworkModel, view: NetworkFilter) {
	const cities = citiesInScope(view.scope, model.book, model.members, 'en');
	return { cities, shown: citiesShown(cities, view) };
}

/** The expectation for `view`, given the ids the previous view showed. */
export function expect(model: NetworkModel, view: NetworkFilter, previous: readonly string[] | null): { x: NetworkExpectation; ids: string[] } {
	const { cities, shown } = shownFor(model, view);
	const total = cities.length;
	const narrowed = view.award !== null || view.from !== null || view.to !== null || view.region !== null || view.country !== null || view.year !== null;
	const base =
		view.scope === 'book' ? `${n(total)} case studies` : view.scope === 'awards' ? `${n(total)} award-winning` : `${n(total)} of ${n(model.headline)} members named`;
	const countHas = [base];
	if (narrowed) countHas.push(`${n(shown.length)} of ${n(total)} shown`);
	if (view.year !== null) countHas.push(`end of ${view.year}`);
	const ids = shown.map((c) => c.id);
	const same = previous !== null && previous.length === ids.length && previous.every((id, i) => id === ids[i]);
	const str = (v: string | number | null) => (v === null ? '' : String(v));
	return {
		ids,
		x: {
			scope: view.scope,
			countHas,
			countHasNot: view.year === null ? ['as the network stood'] : [],
			// The book's scope lists the twelve in the first view's order, not the bench's concern.
			first: view.scope === 'book' ? undefined : (ids[0] ?? null),
			size: shown.length,
			placed: shown.filter((c) => c.lat !== null && c.lon !== null).length,
			newData: !same,
			controls:
				view.scope === 'book'
					? {}
					: { award: str(view.award), from: str(view.from), to: str(view.to), region: str(view.region), country: str(view.country) },
			year: view.scope === 'book' ? undefined : view.year === null ? 'today' : String(view.year)
		}
	};
}

export const startView = (): NetworkFilter => ({ ...DEFAULT_NETWORK_FILTER });
