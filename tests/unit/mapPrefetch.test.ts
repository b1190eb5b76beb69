import { describe, expect, it } from 'vitest';
import { mapFiles, prefetchLinks } from '../../src/lib/map/prefetch.server';

/** A client manifest shaped like Vite's: the map module, a chunk it shares with the first view, and its assets. */
const manifest = {
	'src/routes/+page.svelte': { file: '_app/immutable/nodes/2.js', imports: ['_shared.js'] },
	'_shared.js': { file: '_app/immutable/chunks/shared.js' },
	'_maplibre-gl.js': { file: '_app/immutable/chunks/lib.js', imports: ['_shared.js'] },
	'src/lib/map/maplibre.ts': {
		file: '_app/immutable/chunks/map.js',
		imports: ['_maplibre-gl.js', '_shared.js'],
		assets: ['_app/immutable/assets/maplibre-gl-worker.abc.mjs', '_app/immutable/assets/maplibre-gl.def.css']
	}
};

describe('prefetching the live map', () => {
	it('finds the map module, every chunk it imports, its worker and its stylesheet', () => {
		expect(mapFiles(manifest)).toEqual({
			modules: ['_app/immutable/chunks/map.js', '_app/immutable/chunks/lib.js', '_app/immutable/chunks/shared.js'],
			worker: ['_app/immutable/assets/maplibre-gl-worker.abc.mjs'],
			styles: ['_app/immutable/assets/maplibre-gl.def.css']
		});
	});

	it('fails loudly when the build has no map module, rather than prefetching nothing', () => {
		expect(() => mapFiles({ 'src/routes/+page.svelte': { file: 'x.js' } })).toThrow(/src\/lib\/map\/maplibre\.ts/);
	});

	it('links each file relative to the page, skipping chunks the page already loads', () => {
		const files = mapFiles(manifest);
		const page = '<link rel="modulepreload" href="./_app/immutable/chunks/shared.js">';
		const root = prefetchLinks(files, '/', page);
		// The live map's own module is marked for the atlas's first script, which imports it on the first input.
		expect(root).toContain('<link rel="prefetch" href="./_app/immutable/chunks/map.js" as="script" crossorigin data-live-map>');
		expect(root.match(/data-live-map/g)).toHaveLength(1);
		expect(root).toContain('<link rel="prefetch" href="./_app/immutable/assets/maplibre-gl-worker.abc.mjs">');
		expect(root).toContain('<link rel="prefetch" href="./_app/immutable/assets/maplibre-gl.def.css" as="style">');
		expect(root).not.toContain('shared.js');
		expect(prefetchLinks(files, '/fr/', page)).toContain('href="../_app/immutable/chunks/lib.js"');
		expect(prefetchLinks(files, '/es/present/', page)).toContain('href="../../_app/immutable/chunks/map.js"');
	});
});
