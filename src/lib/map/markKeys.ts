/**
 * Where an arrow key moves the focus among a map's marks (one tab stop for the group, arrow keys from west to
 * east, Home and End to either end): the index to focus, or null for a key that does not move it.
 */
export function stepTo(key: string, index: number, last: number): number | null {
	if (key === 'ArrowRight' || key === 'ArrowDown') return Math.min(last, index + 1);
	if (key === 'ArrowLeft' || key === 'ArrowUp') return Math.max(0, index - 1);
	if (key === 'Home') return 0;
	if (key === 'End') return last;
	return null;
}
