/**
 * `npm run build`: `vite build`, printing what a person needs. Vite's own table of chunks is silenced by its
 * logLevel (vite.config.ts), but other parts print their progress whatever that setting: Kit builds the service
 * worker with a configuration of its own (`configFile: false`, so the bundler's native reporter lists its chunk),
 * Paraglide logs each compile, and Kit suggests `npm run preview` before the site is even written. Those lines
 * are left out here; everything else on stdout, and all of stderr (warnings, errors), passes untouched.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { basePath } from './basePath.js';

const NOISE = [
	/^vite v\d/,
	/^(transforming|rendering chunks|computing gzip size)\.\.\.$/,
	/^✓ (\d+ modules transformed|built in )/,
	/^\S+\s+[\d.,]+ kB\b/,
	/\[paraglide-js\] Compilation (complete|skipped)/,
	/^Run npm run preview to preview your production build locally\.$/
];
const ANSI = /\x1b\[[0-9;]*[A-Za-z]/g;

const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
console.log(
	`Building the atlas${basePath ? ` for ${basePath}/` : ''}: checking the data, bundling, then prerendering every page in three languages (a minute or two)...`
);
const child = spawn(process.execPath, [vite, 'build', ...process.argv.slice(2)], { stdio: ['inherit', 'pipe', 'inherit'] });
let blank = false;
createInterface({ input: child.stdout }).on('line', (line) => {
	const plain = line.replace(ANSI, '').trim();
	if (NOISE.some((re) => re.test(plain))) return;
	// The lines left out leave gaps: one blank line at a time.
	if (plain === '' && blank) return;
	blank = plain === '';
	console.log(line);
});
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
