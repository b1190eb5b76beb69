/**
 * Serves a build with deploy/nginx.conf on a loopback port, as the current user, in the foreground: to try the
 * configuration before a host does, and for the e2e tests (playwright.config.ts). Everything nginx writes (pid,
 * logs, temporary files) goes to a fresh folder under the system's temporary directory; nothing needs root.
 *
 *   node deploy/nginx-local.js [--build build] [--site DIR] [--port 4175]
 *
 * `--site` is where nginx reads the files, when it is not the build's folder: the update test points it at a
 * link it switches from one build to the next, as a host publishes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderNginx } from './nginx.js';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const option = (name, fallback) => {
	const i = args.indexOf(`--${name}`);
	return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const build = option('build', 'build');
const port = option('port', '4175');
const site = option('site', build);

const nginx = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].find(
	(path) => spawnSync(path, ['-v'], { stdio: 'ignore' }).status === 0
);
if (!nginx) {
	console.error("nginx is not installed (Debian: apt-get install nginx); .ci/run installs it.");
	process.exit(1);
}

const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
const server = renderNginx({ build, site, listen: `127.0.0.1:${port}` });
const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `\t${t}_temp_path ${prefix}/${t};`).join('\n');
writeFileSync(
	join(prefix, 'nginx.conf'),
	`# Written by deploy/nginx-local.js: deploy/nginx.conf for ${build}, run by the current user.
${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
	access_log ${prefix}/access.log;
${temp}
${server}
}
`
);
const child = spawn(nginx, ['-p', prefix, '-e', `${prefix}/error.log`, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
	stdio: 'inherit'
});
console.log(`nginx serves ${build} on http://127.0.0.1:${port}/ (configuration and logs in ${prefix})`);
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => child.kill('SIGQUIT'));
child.on('exit', (code) => process.exit(code ?? 0));
