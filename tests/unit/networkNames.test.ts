import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataFiles } from '../../src/lib/data/files';
import { validateDataset } from '../../src/lib/data/validate';
import { networkProblems, readNetworkFiles, validateNetwork } from '../../src/lib/data/networkValidate';
import { cork, limerick, writeNetwork } from './networkFixtures';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const { cities } = validateDataset(readDataFiles(ROOT));
const { members } = validateNetwork(readNetworkFiles(ROOT), cities.map((c) => c.id));

describe('the network names the twelve as their case studies do', () => {
	it.each(cities.map((c) => [c.id, c] as const))('%s: the same name and the same French and Spanish forms', (id, city) => {
		const member = members.find((m) => m.caseStudy === id);
		expect(member, id).toBeDefined();
		expect(member!.name).toBe(city.name);
		expect(member!.names ?? {}).toEqual(city.names ?? {});
	});

	it('gives Beijing and Mexico City the forms the French and Spanish pages use', () => {
		const names = (id: string) => members.find((m) => m.caseStudy === id)?.names;
		expect(names('beijing')).toEqual({ fr: 'Pékin', es: 'Pekín' });
		expect(names('mexico-city')).toEqual({ fr: 'Mexico', es: 'Ciudad de México' });
		expect(names('amman')).toEqual({ es: 'Amán' });
	});
});

describe('a French or Spanish form in the network', () => {
	let root: string;
	beforeEach(() => (root = mkdtempSync(join(tmpdir(), 'network-names-'))));
	afterEach(() => rmSync(root, { recursive: true, force: true }));

	it('is rejected where it only repeats the name, naming the record and field', () => {
		writeNetwork(root, { IE: [{ ...cork(), names: { fr: 'Cork' } }, limerick()] });
		expect(networkProblems(readNetworkFiles(root))[0]).toMatch(
			/^data\/network\/members\/IE\.json, record "cork-ie", field names: expected a French or Spanish form only where it differs/
		);
	});

	it('is accepted where it differs', () => {
		writeNetwork(root, { IE: [cork(), { ...limerick(), names: { es: 'Limérick' } }] });
		expect(networkProblems(readNetworkFiles(root))).toEqual([]);
	});

	it('never makes two members of one country look alike: no form in any language is another record\'s', () => {
		const owner = new Map<string, string>();
		const clashes: string[] = [];
		for (const m of members)
			for (const form of new Set([m.name, m.names?.fr, m.names?.es].filter((f): f is string => !!f))) {
				const key = `${m.country}:${form}`;
				const other = owner.get(key);
				if (other && other !== m.id) clashes.push(`${other} and ${m.id}: "${form}"`);
				owner.set(key, m.id);
			}
		expect(clashes).toEqual([]);
	});
});
