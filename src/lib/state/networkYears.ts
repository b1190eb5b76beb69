/** The years the network's controls offer: from its first year to the latest the data knows (a join, an award, a count). */
import type { NetworkData } from '$lib/data/network';
import { FIRST_YEAR } from './networkFilter';

export function latestYear(data: NetworkData): number {
	let latest = Number(data.headline.date.slice(0, 4));
	for (const m of data.members) latest = Math.max(latest, m.joined ?? 0, ...m.awards);
	return latest;
}

export function networkYears(data: NetworkData): number[] {
	return Array.from({ length: latestYear(data) - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);
}
