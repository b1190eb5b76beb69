/**
 * What the scopes read once the network's data is here: its members as the scope's cities, the filters, and the
 * count line's words. One chunk, fetched with the data (./network.svelte.ts): the book's first view has none of it.
 */
import { loadExtendedLatin } from '$lib/i18n/extendedLatin';

export { citiesInScope, citiesShown, unknownLinkValues } from './scopeCities';
export { countLine, emptyListText } from './scopeCount';

// The letters of the members' names beyond plain Latin, fetched with their data rather than during a reader's
// first change (this chunk is evaluated as the data is fetched).
loadExtendedLatin();
