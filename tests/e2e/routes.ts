/**
 * Every prerendered page of the build, read from the build output (adapter-static writes `/x/` as
 * `build/x/index.html`), so specs that walk all routes cover pages added later without being edited.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const BUILD = join(process.cwd(), 'build');

export function prerenderedRoutes(dir = BUILD): string[] {
	const routes: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory() && entry.name !== '_app') routes.push(...prerenderedRoutes(path));
		else if (entry.name === 'index.html') {
			const folder = relative(BUILD, dir).split(sep).filter(Boolean).join('/');
			routes.push(folder ? `/${folder}/` : '/');
		}
	}
	return routes.sort();
}
