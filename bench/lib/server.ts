/**
 * A small static server for the bench: serves the built atlas and the bare MapLibre page the same way
 * (same process, same gzip for text, same cache headers), and knows the encoded size of every file it sends,
 * so byte budgets are counted from what actually went over the wire.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
	'.webmanifest': 'application/manifest+json',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.ico': 'image/x-icon'
};
/** Compressed like any static host would: text yes, already-compressed formats (woff2, png) no. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

export interface Served {
	/** Bytes on the wire for a URL path (gzip for text), or undefined when that path is not a file. */
	encodedSize(pathname: string): number | undefined;
	rawSize(pathname: string): number | undefined;
	origin: string;
	close(): Promise<void>;
}

interface Entry {
	body: Buffer;
	raw: number;
	gzip: boolean;
	type: string;
}

/** `mounts` maps a URL prefix (ending in '/') to a directory; the longest prefix wins. Port 0: any free port. */
export async function serve(mounts: Record<string, string>, port: number): Promise<Served> {
	const cache = new Map<string, Entry | null>();
	const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);

	function fileFor(pathname: string): string | null {
		const prefix = prefixes.find((p) => pathname.startsWith(p));
		if (!prefix) return null;
		const relative = normalize(decodeURIComponent(pathname.slice(prefix.length))).replace(/^(\.\.[/\\])+/, '');
		let file = join(mounts[prefix]!, relative);
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		return existsSync(file) ? file : null;
	}

	function entry(pathname: string): Entry | null {
		if (cache.has(pathname)) return cache.get(pathname)!;
		const file = fileFor(pathname);
		let value: Entry | null = null;
		if (file) {
			const raw = readFileSync(file);
			const ext = extname(file);
			const gzip = COMPRESSIBLE.has(ext);
			value = { body: gzip ? gzipSync(raw, { level: 9 }) : raw, raw: raw.length, gzip, type: TYPES[ext] ?? 'application/octet-stream' };
		}
		cache.set(pathname, value);
		return value;
	}

	const server: Server = createServer((req, res) => {
		const url = new URL(req.url ?? '/', 'http://localhost');
		// Directories are canonical with a trailing slash (the site's own trailingSlash: 'always').
		const file = fileFor(url.pathname);
		if (file && !url.pathname.endsWith('/') && file.endsWith('index.html') && !url.pathname.endsWith('.html')) {
			res.writeHead(308, { location: `${url.pathname}/${url.search}` }).end();
			return;
		}
		// A page that is not there gets the site's 404 page, as static hosts serve it.
		const hit = entry(url.pathname);
		const sent = hit ?? entry('/404.html');
		if (!sent) {
			res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
			return;
		}
		const headers: Record<string, string | number> = {
			'content-type': sent.type,
			'content-length': sent.body.length,
			'cache-control': url.pathname.includes('/immutable/') ? 'public, max-age=31536000, immutable' : 'no-cache',
			vary: 'accept-encoding'
		};
		if (sent.gzip) headers['content-encoding'] = 'gzip';
		res.writeHead(hit ? 200 : 404, headers);
		res.end(req.method === 'HEAD' ? undefined : sent.body);
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	// Port 0 asks the system for a free port: the origin names the one it gave.
	const address = server.address();
	return {
		origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`,
		encodedSize: (p) => entry(p)?.body.length,
		rawSize: (p) => entry(p)?.raw,
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}
