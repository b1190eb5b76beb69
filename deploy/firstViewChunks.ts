/**
 * Fewer, larger chunks for the pages' first views. Left to itself the bundler gives every set of pages that shares
 * some modules a chunk of its own, each compressed alone: the atlas asked for 30 files up front, 73.7 kB gzip,
 * where the same code compressed as one file is 66.6 kB. Three kinds of chunk, for the client build only, placed
 * in this order (each group takes a module's dependencies with it, unless an earlier group has them):
 *
 * - `common`: what the root layout reaches (every page loads it);
 * - `atlas-<pages>`: what the atlas shares with some other pages, one chunk per set of pages, so that the Data
 *   page loads what it shares with the atlas and not the atlas's own code;
 * - `atlas`: what only the atlas page reaches.
 *
 * "Reaches" is static reachability from a route's files by `import` declarations: what a page imports dynamically
 * (the live map, the network's data, the charts) keeps its own chunks and still arrives only when it is wanted. A
 * module the atlas does not reach statically, and Paraglide's messages (see below), are left to the bundler.
 * First-view JS, gzip -9 (`npm run bench` measures the atlas's): the atlas 73.7 -> 68.5 kB, the Data page
 * 50.8 -> 48.4, Method 56.5 -> 54.1, a city page 78.5 -> 74.6, the deck 94.4 -> 96.1 (it shares more with the
 * atlas's chunks than it did with the bundler's).
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, Rolldown } from 'vite';

const ROUTE_FILE = /^\+(page|layout|error)(\.server)?\.(svelte|ts|js)$/;

/** Every route file under `routes`, as absolute paths. */
function routeFiles(routes: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(routes, { withFileTypes: true })) {
		const path = join(routes, entry.name);
		if (entry.isDirectory()) out.push(...routeFiles(path));
		else if (ROUTE_FILE.test(entry.name) && !entry.name.includes('.server.')) out.push(path);
	}
	return out;
}

type ModuleInfoOf = (id: string) => { importedIds: readonly string[] } | null;

/** The modules reachable from `roots` by static imports. */
function reachable(roots: readonly string[], info: ModuleInfoOf): Set<string> {
	const seen = new Set<string>();
	const stack = [...roots];
	while (stack.length) {
		const id = stack.pop()!;
		if (seen.has(id)) continue;
		const module = info(id);
		if (!module) continue;
		seen.add(id);
		stack.push(...module.importedIds);
	}
	return seen;
}

/**
 * Names a module's chunk once the graph is known: 'common' (the root layout reaches it: every page loads it),
 * 'atlas' (only the atlas page reaches it), a name per set of pages for what the atlas shares with some pages
 * but not all (so the Data page loads what it shares with the atlas, not the atlas's own code), or null: the
 * bundler decides (modules the atlas does not load up front).
 */
export function firstViewClassifier(root: string) {
	const routes = resolve(root, 'src/routes');
	const layout = ['+layout.svelte', '+layout.ts'].map((f) => join(routes, f));
	const atlasPage = join(routes, '+page.svelte');
	const pages = routeFiles(routes).filter((f) => f !== atlasPage && !layout.includes(f));
	let sets: { common: Set<string>; atlas: Set<string>; pages: Set<string>[] } | null = null;
	return (id: string, info: ModuleInfoOf): string | null => {
		sets ??= { common: reachable(layout, info), atlas: reachable([atlasPage, ...layout], info), pages: pages.map((p) => reachable([p], info)) };
		// Messages are reached through one barrel (`m`) that imports every message: reachability says nothing of which
		// ones a page uses (tree-shaking does), so they are left to the bundler, which keeps only those used.
		if (/[\\/]paraglide[\\/]messages[\\/]/.test(id) || !sets.atlas.has(id)) return null;
		if (sets.common.has(id)) return 'common';
		const sharers = sets.pages.flatMap((set, i) => (set.has(id) ? [i] : []));
		return sharers.length ? `atlas-${sharers.join('-')}` : 'atlas';
	};
}

export function firstViewChunks(root = process.cwd()): Plugin {
	return {
		name: 'atlas-first-view-chunks',
		apply: 'build',
		configEnvironment(name) {
			if (name !== 'client') return;
			const classify = firstViewClassifier(root);
			return {
				build: {
					rolldownOptions: {
						output: {
							codeSplitting: {
								// Each group captures a module's dependencies too, unless a group of higher priority has them: so
								// the shared ones are placed first, and the atlas's own chunk keeps only the atlas's own code.
								groups: (['common', 'atlas-', 'atlas'] as const).map((kind, i) => ({
									priority: 30 - 10 * i,
									name: (id: string, ctx: Rolldown.ChunkingContext) => {
										const name = classify(id, (m) => ctx.getModuleInfo(m));
										return name && (kind === 'atlas-' ? name.startsWith(kind) : name === kind) ? name : null;
									}
								}))
							}
						}
					}
				}
			};
		}
	};
}
