/** Builds the bare MapLibre baseline page (bench/bare) with Vite into a temporary directory. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { CityPoint } from '../../src/lib/map/style.ts';

export async function buildBare(root: string, outDir: string, cities: CityPoint[]) {
	await build({
		configFile: false,
		root: join(root, 'bench/bare'),
		base: './',
		logLevel: 'warn',
		// The map's modules import the data floor by the app's alias (style.ts: $lib/data/crowding).
		resolve: { alias: { $lib: fileURLToPath(new URL('../../src/lib', import.meta.url)) } },
		define: { __CITIES__: JSON.stringify(cities) },
		// The map modules it shares with the atlas import through $lib (style.ts: $lib/data/crowding).
		resolve: { alias: { $lib: join(root, 'src/lib') } },
		build: { outDir, emptyOutDir: true, target: 'esnext', reportCompressedSize: false }
	});
}
