/**
 * `npm run preview` (and so `npm start`): serves the last build on http://localhost:4173/, or on $PORT. Vite's own
 * message for a port in use is a stack trace; a person starting the atlas needs to know what happened and what
 * to type instead, so the port is tried here first.
 */
import { createServer } from 'node:net';
import { preview } from 'vite';
import { basePath } from './basePath.js';

const DEFAULT_PORT = 4173;
const raw = process.env.PORT ?? String(DEFAULT_PORT);
const port = Number(raw);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
	console.error(`PORT must be a port number (1 to 65535), got "${raw}".`);
	process.exit(1);
}

/** Whether something already listens on the port (any address), as Vite would find when it binds. */
function inUse(port) {
	return new Promise((resolve) => {
		const probe = createServer()
			.once('error', (error) => resolve(/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE'))
			.once('listening', () => probe.close(() => resolve(false)))
			.listen(port);
	});
}

if (await inUse(port)) {
	const other = port === DEFAULT_PORT ? DEFAULT_PORT + 7 : port + 1;
	console.error(
		`Port ${port} is already in use, perhaps by another copy of the atlas or another program.\n` +
			`Choose another port: PORT=${other} npm start   (or PORT=${other} npm run preview to serve the last build again)`
	);
	process.exit(1);
}

const server = await preview({ preview: { port, strictPort: true }, logLevel: 'warn' });
console.log(`The atlas is served at http://localhost:${port}${basePath}/  (Ctrl+C stops it)`);
server.httpServer.once('close', () => process.exit(0));
