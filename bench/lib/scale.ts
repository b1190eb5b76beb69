/** Scale: placeholder until the 10,000-city build is wired. */
import type { Line } from './report.ts';

export interface ScaleOptions {
	root: string;
	tmp: string;
	port: number;
	chromePath: string;
	details: Record<string, unknown>;
	runs: Record<string, number>;
	log: (m: string) => void;
}

export async function measureScale(_options: ScaleOptions): Promise<Line[]> {
	return [
		{ id: 'filter-p95-10000', measure: 'Filter latency p95, 10000 cities (main thread)', value: null, unit: 'ms', budget: '<= 50 ms', pass: null, note: 'not wired yet' }
	];
}
