/** The matrix's roving focus: a city (null for the heading row) and a goal (null for the name column). */
export interface Focus<G extends string = string> {
	city: string | null;
	goal: G | null;
}

const STEPS: Record<string, [number, number]> = {
	ArrowUp: [-1, 0],
	ArrowDown: [1, 0],
	ArrowLeft: [0, -1],
	ArrowRight: [0, 1],
	Home: [0, -99],
	End: [0, 99]
};

/** Whether a key moves the focus (the matrix then keeps it from scrolling the page). */
export const isStep = (key: string): boolean => key in STEPS;

/** Where a key moves the focus, or null when the key is not a move (or would land on the empty top-left corner). */
export function nextFocus<G extends string>(focus: Focus<G>, key: string, rows: readonly string[], goals: readonly G[]): Focus<G> | null {
	const d = STEPS[key];
	if (!d) return null;
	const r = focus.city === null ? -1 : rows.indexOf(focus.city);
	const c = focus.goal === null ? -1 : goals.indexOf(focus.goal);
	const nr = Math.max(-1, Math.min(rows.length - 1, r + d[0]));
	const nc = Math.max(-1, Math.min(goals.length - 1, c + d[1]));
	if (nr === -1 && nc === -1) return null;
	return { city: nr === -1 ? null : rows[nr]!, goal: nc === -1 ? null : goals[nc]! };
}
