import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstViewClassifier } from '../../deploy/firstViewChunks';

/** A site of three routes on disk (the classifier finds route files there) and a module graph over them. */
function site() {
	const root = mkdtempSync(join(tmpdir(), 'fvc-'));
	const r = (f: string) => join(root, 'src/routes', f);
	for (const dir of ['', 'data', 'city/[id]']) mkdirSync(join(root, 'src/routes', dir), { recursive: true });
	const files = ['+layout.svelte', '+layout.ts', '+page.svelte', 'data/+page.svelte', 'city/[id]/+page.svelte', 'city/[id]/+page.ts'];
	for (const f of files) writeFileSync(r(f), '');
	const graph: Record<string, string[]> = {
		[r('+layout.svelte')]: ['svelte', 'header'],
		[r('+layout.ts')]: [],
		[r('+page.svelte')]: ['svelte', 'atlasOnly', 'labels', 'panel', '/p/paraglide/messages/a.js'],
		[r('data/+page.svelte')]: ['labels', 'dataOnly'],
		[r('city/[id]/+page.svelte')]: ['labels', 'panel'],
		[r('city/[id]/+page.ts')]: [],
		svelte: [],
		header: ['svelte'],
		atlasOnly: ['labels', 'format'],
		labels: [],
		panel: ['format'],
		format: [],
		dataOnly: [],
		lazyMap: [],
		'/p/paraglide/messages/a.js': []
	};
	const info = (id: string) => (graph[id] ? { importedIds: graph[id]! } : null);
	return { classify: firstViewClassifier(root), info };
}

describe('the first view chunks', () => {
	it('puts what every page loads in common, what the atlas shares with some pages by those pages, and the rest in atlas', () => {
		const { classify, info } = site();
		const names = Object.fromEntries(['svelte', 'header', 'atlasOnly', 'labels', 'panel', 'format'].map((id) => [id, classify(id, info)]));
		expect(names.svelte).toBe('common');
		expect(names.header).toBe('common');
		expect(names.atlasOnly).toBe('atlas');
		// labels: the atlas, the Data page and the city page; panel and format: the atlas and the city page.
		expect(names.labels).toMatch(/^atlas-\d+-\d+$/);
		expect(names.panel).toMatch(/^atlas-\d+$/);
		expect(names.format).toBe(names.panel);
		expect(names.labels).not.toBe(names.panel);
	});

	it('leaves to the bundler what the atlas does not load up front, and the messages', () => {
		const { classify, info } = site();
		expect(classify('dataOnly', info)).toBeNull();
		expect(classify('lazyMap', info)).toBeNull();
		expect(classify('/p/paraglide/messages/a.js', info)).toBeNull();
	});
});
