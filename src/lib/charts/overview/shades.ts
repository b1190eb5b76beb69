import type { Score } from '../scales';

/**
 * The overview's one encoding of the score: depth of the goal's colour (0 is an empty square). Whether a city
 * matches the filter is drawn with its outline, never with opacity, so "darker = higher" stays true.
 */
export const SHADE: Record<Score, number> = { 3: 1, 2: 0.62, 1: 0.3, 0: 0 };
