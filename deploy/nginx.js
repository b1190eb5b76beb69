/**
 * Writes deploy/nginx.conf for a build: `node deploy/nginx.js [--build build] [--site DIR] [--listen 80]` prints
 * the file for nginx's conf.d/. The base path and each page's Content-Security-Policy are read from the build
 * itself (its pages carry both), so the header and the build can never disagree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), 'nginx.conf');

/** @param {string} dir @returns {string[]} the HTML files under dir, _app/ left out */
function pages(dir) {
	/** @type {string[]} */
	const found = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (entry.name !== '_app') found.push(...pages(path));
		} else if (entry.name.endsWith('.html')) found.push(path);
	}
	return found;
}

/** @param {string} html @param {string} file */
function metaPolicy(html, file) {
	const match = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
	if (!match) throw new Error(`${file} carries no Content-Security-Policy <meta>: is it a page of this build?`);
	return match[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
}

/** The base path Kit wrote into the build's start-up script ('' at the root of a domain). @param {string} build */
export function buildBase(build) {
	const html = readFileSync(join(build, 'index.html'), 'utf8');
	const match = /\bbase: "([^"]*)"/.exec(html);
	if (!match) throw new Error(`${build}/index.html does not say its base path: is ${build} a build of the atlas?`);
	return match[1];
}

/** nginx's strings are double-quoted here; a policy has no double quote or backslash, but make sure. @param {string} s */
function quoted(s) {
	if (/["\\$]/.test(s)) throw new Error(`cannot write ${s} into nginx.conf`);
	return `"${s}"`;
}

/**
 * @param {{ build: string, site?: string, listen?: string }} options `site`: where nginx finds the build's files
 * on the host (by default where the build is now).
 */
export function renderNginx({ build, site, listen = '80' }) {
	const base = buildBase(build);
	const siteDir = resolve(site ?? build);
	const csp = [];
	const notFound = [];
	let files = '';
	for (const file of pages(build).sort()) {
		const path = relative(build, file).split(sep).join('/');
		const policy = metaPolicy(readFileSync(file, 'utf8'), file);
		const uris = path.endsWith('index.html') ? [`${base}/${path.slice(0, -'index.html'.length)}`, `${base}/${path}`] : [`${base}/${path}`];
		for (const uri of uris) csp.push(`\t${quoted(uri)} ${quoted(policy)};`);
		if (path === 'index.html') files = policy.replace(/ 'sha256-[^']+'/g, '');
		const language = /^([a-z]{2})\/404\.html$/.exec(path);
		if (language) notFound.push(`\t"~^${base}/${language[1]}/" ${quoted(`${base}/${path}`)};`);
	}
	return readFileSync(TEMPLATE, 'utf8')
		.replaceAll('@CSP_MAP@', csp.join('\n'))
		.replaceAll('@CSP_FILES@', files)
		.replaceAll('@NOT_FOUND@', notFound.join('\n'))
		.replaceAll('@LISTEN@', listen)
		.replaceAll('@OUTSIDE@', base ? `\tlocation = ${base} {\n\t\treturn 301 ${base}/;\n\t}\n\tlocation / {\n\t\treturn 404;\n\t}` : '')
		.replaceAll('@SITE@', siteDir)
		.replaceAll('@BASE@', base);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	/** @param {string} name */
	const option = (name) => {
		const i = args.indexOf(`--${name}`);
		return i >= 0 ? args[i + 1] : undefined;
	};
	process.stdout.write(renderNginx({ build: option('build') ?? 'build', site: option('site'), listen: option('listen') }));
}
