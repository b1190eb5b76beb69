/** Reads a data directory the way the atlas does (goals.json + cities/*.json), for expectations and the baseline. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { City, GoalId } from '../../src/lib/data/schema.ts';

export function readCities(dataDir: string): City[] {
	const dir = join(dataDir, 'cities');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.flatMap((f) => {
			const parsed = JSON.parse(readFileSync(join(dir, f), 'utf8')) as City | City[];
			return Array.isArray(parsed) ? parsed : [parsed];
		})
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

export function readGoalIds(dataDir: string): GoalId[] {
	return (JSON.parse(readFileSync(join(dataDir, 'goals.json'), 'utf8')) as { id: GoalId }[]).map((g) => g.id);
}
