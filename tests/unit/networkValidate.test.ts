import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { networkProblems, readNetworkFiles } from '../../src/lib/data/networkValidate';
import { EDITIONS, cork, limerick, writeNetwork, type Json } from './networkFixtures';

let root: string;
beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'network-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

const problemsWith = (members: Record<string, Json[]>, editions?: Json) => {
	writeNetwork(root, members, editions);
	return networkProblems(readNetworkFiles(root), ['cork']);
};

describe('the network validator', () => {
	it('accepts valid records', () => {
		expect(problemsWith({ IE: [cork(), limerick()] })).toEqual([]);
	});

	it('fails a city more than 25 km outside its country, naming file, record and field', () => {
		const paris = { ...limerick(), lat: 48.8566, lon: 2.3522 };
		const [problem] = problemsWith({ IE: [cork(), paris] });
		expect(problem).toMatch(/^data\/network\/members\/IE\.json, record "limerick-ie", field lat\/lon: 48\.8566, 2\.3522 is \d+ km outside IE/);
	});

	it('accepts a coastal city that the coarse 110m coast leaves offshore, within 25 km', () => {
		const offshore = { ...limerick(), lat: 51.75, lon: -10.45 };
		expect(problemsWith({ IE: [cork(), offshore] })).toEqual([]);
	});

	it('fails a duplicate, however it is spelt', () => {
		const again = { ...limerick(), id: 'cork-2-ie', name: 'CORK' };
		expect(problemsWith({ IE: [cork(), again] })).toContainEqual(
			'data/network/members/IE.json, record "cork-2-ie", field name: duplicate city: record "cork-ie" already has "Cork" in IE (two places of one name need different bracketed qualifiers)'
		);
	});

	it('takes two places of one name with different bracketed qualifiers as two, and one without a qualifier as a duplicate', () => {
		const kildare = { ...limerick(), id: 'newtown-kildare-ie', name: 'Newtown (Kildare)' };
		const wicklow = { ...limerick(), id: 'newtown-wicklow-ie', name: 'Newtown (Wicklow)', joined: null, joinedNote: 'No year.' };
		const bare = { ...wicklow, id: 'newtown-ie', name: 'Newtown' };
		const editions = { ...EDITIONS, cohorts: [{ ...EDITIONS.cohorts[0], named: 2 }] };
		expect(problemsWith({ IE: [cork(), kildare, wicklow] }, editions)).toEqual([]);
		expect(problemsWith({ IE: [cork(), kildare, bare] }, editions)).toEqual([
			'data/network/members/IE.json, record "newtown-ie", field name: duplicate city: record "newtown-kildare-ie" already has "Newtown (Kildare)" in IE (two places of one name need different bracketed qualifiers)'
		]);
	});

	it('fails an award year that is no edition', () => {
		const problems = problemsWith({ IE: [cork(), { ...limerick(), awards: [2016] }] });
		expect(problems).toContain('data/network/members/IE.json, record "limerick-ie", field awards.0: 2016 is not an award edition in data/network/editions.json');
	});

	it('fails a join year after an award year', () => {
		const problems = problemsWith({ IE: [{ ...cork(), joined: 2017 }, limerick()] });
		expect(problems).toContain('data/network/members/IE.json, record "cork-ie", field joined: joined 2017, after its 2015 award (only members can win)');
	});

	it('fails a record without a source', () => {
		const [problem] = problemsWith({ IE: [cork(), { ...limerick(), sources: [] }] });
		expect(problem).toMatch(/^data\/network\/members\/IE\.json, record "limerick-ie", field sources: expected at least one source/);
	});

	it('fails a record filed under another country, an unknown case study and a wrong region', () => {
		const problems = problemsWith({ GB: [{ ...cork(), caseStudy: 'corke' }], IE: [{ ...limerick(), region: 'africa' }] });
		expect(problems).toContain('data/network/members/GB.json, record "cork-ie", field country: "IE" is filed under GB; move the record to members/IE.json');
		expect(problems).toContain('data/network/members/GB.json, record "cork-ie", field caseStudy: no city "corke" in data/cities/');
		expect(problems).toContain('data/network/members/IE.json, record "limerick-ie", field region: IE is in "europe-north-america", got "africa"');
	});

	it('fails completeness counts that no longer match the records', () => {
		const editions = structuredClone(EDITIONS);
		editions.cohorts[0]!.named = 5;
		expect(problemsWith({ IE: [cork(), limerick()] }, editions)).toEqual([
			'data/network/editions.json, cohort 2015-2018, field cohorts.0.named: the records name 2, got 5'
		]);
	});
});
