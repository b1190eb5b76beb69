/** The bench's result lines, the printed table and bench/results.json. */
export interface Line {
	/** Stable key, used by the README generator. */
	id: string;
	measure: string;
	/** The measured figure; null when it could not be measured. */
	value: number | null;
	unit: string;
	/** The budget in words, e.g. "<= 60 kB". */
	budget: string;
	/** true PASS, false FAIL, null when there is no budget (information) or nothing was measured. */
	pass: boolean | null;
	note?: string;
}

export interface Results {
	date: string;
	machine: { cpu: string; cores: number; memoryGB: number; os: string; node: string; chromium: string };
	loadAverage: { start: number; end: number };
	commit: string;
	runs: Record<string, number>;
	lines: Line[];
	details: Record<string, unknown>;
}

export const kB = (bytes: number) => Math.round(bytes / 100) / 10;

export function status(line: Line): string {
	if (line.value === null) return 'NOT MEASURED';
	return line.pass === null ? 'info' : line.pass ? 'PASS' : 'FAIL';
}

export function formatValue(line: Line): string {
	return line.value === null ? '-' : `${line.value}${line.unit ? ` ${line.unit}` : ''}`;
}

export function table(lines: readonly Line[]): string {
	const rows = lines.map((l) => [status(l), l.measure, formatValue(l), l.budget, l.note ?? '']);
	const head = ['result', 'measure', 'value', 'budget', 'note'];
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
	const fmt = (r: string[]) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
	return [fmt(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(fmt)].join('\n');
}
