/** Reads `data/` from disk (Node only): for the build's check, `npm run data:check` and the unit tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RawFiles } from './validate.ts';

export function readDataFiles(root: string): RawFiles {
	const files: RawFiles = {};
	const read = (relative: string) => {
		try {
			files[relative] = JSON.parse(readFileSync(join(root, relative), 'utf8'));
		} catch (error) {
			throw new Error(`${relative}: cannot be read as JSON (${(error as Error).message})`, { cause: error });
		}
	};
	for (const name of readdirSync(join(root, 'data'))) if (name.endsWith('.json')) read(`data/${name}`);
	for (const name of readdirSync(join(root, 'data/cities'))) if (name.endsWith('.json')) read(`data/cities/${name}`);
	return files;
}
