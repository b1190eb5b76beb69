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

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: 2,
	retries: process.env.CI ? 1 : 0,
	timeout: 45_000,
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		viewport: { width: 1280, height: 800 },
		launchOptions: {
			executablePath,
			// Chromium's own background services try to reach Google; this machine's network refuses them.
			args: ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
	webServer: {
		// Tests run against the production build (npm test builds first).
		command: `npx vite preview --port ${PORT} --strictPort`,
		port: PORT,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
