/** The speaker timer's arithmetic, pure so the edges (an hour and more, nonsense lengths) are unit-tested. */

/** Milliseconds as mm:ss, or h:mm:ss from an hour on. */
export function clockText(ms: number): string {
	const seconds = Math.floor(Math.max(0, ms) / 1000);
	const pad = (n: number) => String(n).padStart(2, '0');
	const h = Math.floor(seconds / 3600);
	const rest = `${pad(Math.floor((seconds % 3600) / 60))}:${pad(seconds % 60)}`;
	return h > 0 ? `${h}:${rest}` : rest;
}

/** A talk's length in whole minutes, 1 to 600, or null for anything else. */
export function parseMinutes(value: string | null): number | null {
	if (value === null || !/^\s*\d{1,3}\s*$/.test(value)) return null;
	const n = Number(value);
	return n >= 1 && n <= 600 ? n : null;
}
