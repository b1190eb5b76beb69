import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COVERS_CHANGE } from '../../src/lib/map/reserve';

describe('the search field tells the maps it covers part of them', () => {
	it('by the event name the maps listen for', () => {
		const search = readFileSync(new URL('../../src/lib/atlas/CitySearch.svelte', import.meta.url), 'utf8');
		expect(search).toContain(`new Event('${COVERS_CHANGE}')`);
		expect(search).toMatch(/data-map-covers \{@attach announceCover\}/);
	});
});
