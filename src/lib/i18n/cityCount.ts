/**
 * The words that count the atlas's cities, chosen by how many there are: the book's twelve keep the book's
 * sentences (an exact match on 12 in messages/*.json, as the intro's title does), any other number is said as a
 * figure formatted for the language, with its plural. Pure, so unit tests check the choice in every language.
 */
import type { Locale } from '$lib/data/schema';
import { CLUSTER_FROM } from '$lib/data/crowding';
import { formatList, formatNumber } from './format';

/** Past this many cities, a sentence gives their number without their names (a network would read for minutes). */
export const NAMES_UP_TO = 30;

/** A number of cities for the messages that count them: `count` picks the variant, `shown` is what is read. */
export interface CityCount {
	count: number;
	shown: string;
}

export function cityCount(count: number, locale: Locale): CityCount {
	return { count, shown: formatNumber(count, locale) };
}

/**
 * How the map's description speaks of its cities: by name (up to NAMES_UP_TO), by number ('counted'), or by number
 * with the groups a crowded map draws ('grouped', from CLUSTER_FROM, where both maps cluster).
 */
export type MapLayout = 'named' | 'counted' | 'grouped';

export function mapLayout(count: number): MapLayout {
	return count >= CLUSTER_FROM ? 'grouped' : count > NAMES_UP_TO ? 'counted' : 'named';
}

/** The inputs of `atlas_map_description` for these cities' names. */
export function mapDescriptionInputs(names: readonly string[], locale: Locale): CityCount & { layout: MapLayout; names: string } {
	const layout = mapLayout(names.length);
	return { ...cityCount(names.length, locale), layout, names: layout === 'named' ? formatList(names, locale) : '' };
}
