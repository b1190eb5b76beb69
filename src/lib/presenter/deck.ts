/** The presenter's deck file. The build validates it against the schema and the cities (see validate.ts). */
import raw from '$data/deck.json';
import type { Deck } from '$lib/data/schema';

export const deck = raw as unknown as Deck;
