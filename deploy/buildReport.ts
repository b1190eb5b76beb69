/**
 * The summary `npm run build` ends with: where the site is, what it holds and how to serve it. (deploy/build.js
 * prints the first line and leaves out the bundlers' progress.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { siteDir } from '../buildDirs.js';
import { basePath } from './basePath.js';

/** The HTML pages under `dir`, `_app/` (Kit's scripts and styles) left out. */
function countPages(dir: string): number {
	let n = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		if (entry.isDirectory()) n += entry.name === '_app' ? 0 : countPages(join(dir, entry.name));
		else if (entry.name.endsWith('.html')) n++;
	}
	return n;
}

export function buildReport(): Plugin {
	return {
		name: 'atlas-build-report',
		closeBundle: {
			order: 'post',
			sequential: true,
			handler() {
				// Kit writes the site (prerender, then adapter) as the server build closes; the client and
				// service-worker builds close earlier.
				// Another language's build, merged into the site afterwards (deploy/localeBuilds.js), is not the site.
				if (!this.environment?.config.build.ssr || process.env.ATLAS_LOCALE_VARIANT) return;
				const where = basePath ? `under ${basePath}/ on its host` : 'at the root of its host';
				// Preview serves the build the same settings name (buildDirs.js), so they are repeated.
				const env = [basePath && `BASE_PATH=${basePath}`, process.env.ATLAS_BUILD_DIR && `ATLAS_BUILD_DIR=${process.env.ATLAS_BUILD_DIR}`].filter(Boolean).join(' ');
				const preview = `${env ? `${env} ` : ''}npm run preview`;
				console.log(
					`\nThe atlas is built: ${countPages(siteDir)} pages in ${siteDir}/, to be served ${where}.\n` +
						`  ${preview}   serves it here, on http://localhost:4173${basePath}/ (PORT=4180 for another port)\n` +
						`  ${'README, deploy/nginx.conf'.padEnd(preview.length)}   how to publish it on nginx or any static host`
				);
			}
		}
	};
}
