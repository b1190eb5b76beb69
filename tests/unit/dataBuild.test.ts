import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dataCheck } from '../../src/lib/data/vitePlugin';

let root: string | undefined;
afterEach(() => root && rmSync(root, { recursive: true, force: true }));

function projectWith(edit: (cork: Record<string, unknown>) => void): string {
	root = mkdtempSync(join(tmpdir(), 'atlas-data-'));
	cpSync('data', join(root, 'data'), { recursive: true });
	const file = join(root, 'data/cities/cork.json');
	const cork = JSON.parse(readFileSync(file, 'utf8'));
	edit(cork);
	writeFileSync(file, JSON.stringify(cork));
	return root;
}

const buildStart = (dir: string) => () => (dataCheck(dir).buildStart as () => void).call({});

describe('the build checks data/', () => {
	it('passes with the real data', () => {
		expect(buildStart(projectWith(() => {}))).not.toThrow();
	});
	it('fails naming the file, city and field', () => {
		const dir = projectWith((cork) => ((cork.goals as Record<string, { score: number }>)['social-cohesion']!.score = 7));
		expect(buildStart(dir)).toThrow(
			'data/cities/cork.json, city "cork", field goals.social-cohesion.score: expected an integer from 0 to 3, got 7'
		);
	});
	it('fails on a network record placed outside its country, naming the file, record and field', () => {
		const dir = projectWith(() => {});
		const file = join(dir, 'data/network/members/KR.json');
		const members = JSON.parse(readFileSync(file, 'utf8')) as { id: string; lat: number | null; lon: number | null }[];
		const tongyeong = members.find((m) => m.id === 'tongyeong-kr')!;
		tongyeong.lon = 138.42779;
		writeFileSync(file, JSON.stringify(members));
		expect(buildStart(dir)).toThrow(/data\/network\/members\/KR\.json, record "tongyeong-kr", field lat\/lon: 34\.84957, 138\.42779 is \d+ km outside KR/);
	});
	it('fails on a file that is not JSON', () => {
		const dir = projectWith(() => {});
		writeFileSync(join(dir, 'data/cities/cork.json'), '{ "id": "cork",');
		expect(buildStart(dir)).toThrow('data/cities/cork.json: cannot be read as JSON');
	});
});
