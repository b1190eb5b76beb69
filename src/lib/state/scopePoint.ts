/**
 * A city as the maps draw it, and when two draw the same. Pure, beside the scope's store: the scope keeps its
 * lists while their points stay the same, and the live map keeps each city's feature (map/style.ts).
 */
import type { ScopeCity } from './scopeCities';

/** A city as the maps draw it (the map floor's CityPoint). */
export interface ScopePoint {
	id: string;
	name: string;
	lat: number;
	lon: number;
	goals?: ScopeCity['goals'];
}

/** Whether two points draw the same: the same city, name, place and scores. */
export const samePoint = (p: ScopePoint, q: ScopePoint) => p.id === q.id && p.name === q.name && p.lat === q.lat && p.lon === q.lon && p.goals === q.goals;
