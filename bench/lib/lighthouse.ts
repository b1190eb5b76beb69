/**
 * Lighthouse 12.2.3 (pinned: 13 needs Node 22) through its CLI, on Debian's Chromium, desktop and mobile
 * presets. Each run is a separate Chromium that Lighthouse launches itself.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type Preset = 'desktop' | 'mobile';
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface LighthouseRun {
	scores: Record<Category, number>;
	/** Audits that lost points outside performance, to say what to fix. */
	failing: string[];
	metrics: { fcp: number; lcp: number; tbt: number; cls: number; si: number };
}

interface Audit {
	id: string;
	title: string;
	score: number | null;
	scoreDisplayMode: string;
	numericValue?: number;
}

export async function runLighthouse(root: string, url: string, preset: Preset, chromePath: string): Promise<LighthouseRun> {
	const dir = mkdtempSync(join(tmpdir(), 'atlas-lh-'));
	const out = join(dir, 'report.json');
	const args = [
		url,
		'--output=json',
		`--output-path=${out}`,
		'--quiet',
		`--only-categories=${CATEGORIES.join(',')}`,
		'--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update',
		...(preset === 'desktop' ? ['--preset=desktop'] : [])
	];
	try {
		await new Promise<void>((resolve, reject) => {
			const child = spawn(join(root, 'node_modules/.bin/lighthouse'), args, {
				env: { ...process.env, CHROME_PATH: chromePath },
				stdio: ['ignore', 'ignore', 'pipe']
			});
			let stderr = '';
			child.stderr.on('data', (d) => (stderr += d));
			child.on('error', reject);
			child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}: ${stderr.slice(-800)}`))));
		});
		const report = JSON.parse(readFileSync(out, 'utf8')) as {
			categories: Record<Category, { score: number; auditRefs: { id: string; weight: number }[] }>;
			audits: Record<string, Audit>;
		};
		const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)])) as Record<
			Category,
			number
		>;
		const failing = CATEGORIES.filter((c) => c !== 'performance').flatMap((c) =>
			report.categories[c].auditRefs
				.filter((r) => r.weight > 0)
				.map((r) => report.audits[r.id]!)
				.filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric'].includes(a.scoreDisplayMode))
				.map((a) => `${c}: ${a.id}`)
		);
		const metric = (id: string) => Math.round(report.audits[id]?.numericValue ?? NaN);
		return {
			scores,
			failing,
			metrics: {
				fcp: metric('first-contentful-paint'),
				lcp: metric('largest-contentful-paint'),
				tbt: metric('total-blocking-time'),
				cls: Math.round((report.audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
				si: metric('speed-index')
			}
		};
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
