import { defineConfig, devices } from '@playwright/test';
import { existsSync } from 'node:fs';

/**
 * Chromium: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium if present, else Playwright's own browser
 * (`npx playwright install chromium` on machines that can download it).
 */
const executablePath =
	process.env.CHROMIUM_PATH || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
/** Overridable so several checkouts can run their suites side by side. */
const PORT = Number(process.env.PORT ?? 4173);
/**
 * The sub-path build (`npm run build:base`: BASE_PATH=/atlas into build-base/), served under /atlas/ on a port of
 * its own: by nginx with deploy/nginx.conf where nginx is installed (CI installs it), else by `vite preview`.
 * Without that build there is no such server, and the deployed spec says what to run.
 */
const DEPLOYED_PORT = Number(process.env.DEPLOYED_PORT ?? PORT + 1);
const DEPLOYED_BUILD = 'build-base';
// DEPLOYED_SERVER=vite tries the fallback where nginx is installed.
const nginx = process.env.DEPLOYED_SERVER !== 'vite' && ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/bin/nginx'].some((path) => existsSync(path));
process.env.ATLAS_DEPLOYED_BY = nginx ? 'nginx' : 'vite';
const deployedServer = existsSync(`${DEPLOYED_BUILD}/index.html`)
	? [
			{
				command: nginx
					? `node deploy/nginx-local.js --build ${DEPLOYED_BUILD} --port ${DEPLOYED_PORT}`
					: `npx vite preview --host 127.0.0.1 --port ${DEPLOYED_PORT} --strictPort`,
				env: { BASE_PATH: '/atlas', ATLAS_BUILD_DIR: DEPLOYED_BUILD },
				url: `http://127.0.0.1:${DEPLOYED_PORT}/atlas/`,
				reuseExistingServer: !process.env.CI,
				timeout: 60_000
			}
		]
	: [];
/** Chromium's own background services try to reach Google; this machine's network refuses them. */
const quiet = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];
const desktop = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	timeout: 45_000,
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: { executablePath, args: quiet }
	},
	projects: [
		// The normal browser runs every spec except the two that need their own browser set-up. Service workers
		// are blocked here so that page.route() sees every request (a worker's own fetches bypass it).
		{
			name: 'chromium',
			testIgnore: [/offline.*\.spec\.ts/, /fallback\.spec\.ts/, /deployed\.spec\.ts/, /update\.spec\.ts/],
			use: { ...desktop, serviceWorkers: 'block' }
		},
		// No WebGL at all: the map must draw its SVG fallback. Runs the fallback spec (map, selection, filtering,
		// keyboard, axe) rather than the whole suite, whose MapLibre assertions mean nothing here.
		{
			name: 'no-webgl',
			testMatch: /fallback\.spec\.ts/,
			use: {
				...desktop,
				serviceWorkers: 'block',
				launchOptions: { executablePath, args: [...quiet, '--disable-webgl', '--disable-3d-apis'] }
			}
		},
		// Offline after a first visit: the spec visits once with the service worker allowed, then cuts the network.
		{ name: 'offline', testMatch: /offline.*\.spec\.ts/, use: { ...desktop, serviceWorkers: 'allow' } },
		// The smoke set, against the sub-path build as a host serves it (service workers allowed: their scope is checked).
		{
			name: 'deployed',
			testMatch: /deployed\.spec\.ts/,
			use: { ...desktop, serviceWorkers: 'allow', baseURL: `http://127.0.0.1:${DEPLOYED_PORT}/atlas/` }
		},
		// Build A open in the browser while build B is published (nginx, a port of its own: see the spec).
		{ name: 'update', testMatch: /update\.spec\.ts/, use: { ...desktop, serviceWorkers: 'allow' } }
	],
	webServer: [
		{
			// Tests run against the production build (npm test builds first).
			command: `npx vite preview --port ${PORT} --strictPort`,
			port: PORT,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000
		},
		...deployedServer
	]
});
