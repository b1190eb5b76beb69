/** Kiosk soak: placeholder until the presenter (/present) lands on main. */
import type { Browser } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Line } from './report.ts';
import type { Served } from './server.ts';

export async function measureKiosk(_browser: Browser, _served: Served, root: string, _details: Record<string, unknown>): Promise<Line[]> {
	const landed = existsSync(join(root, 'build/present/index.html'));
	const note = landed ? 'soak not written yet' : 'presenter mode (/present) has not landed on main yet';
	return [
		{ id: 'kiosk-heap', measure: 'Kiosk soak, 500 slides: JS heap growth', value: null, unit: 'MB', budget: '<= 5 MB', pass: null, note },
		{ id: 'kiosk-webgl', measure: 'Kiosk soak, 500 slides: WebGL contexts', value: null, unit: '', budget: '= 1', pass: null, note }
	];
}
