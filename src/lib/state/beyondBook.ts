/**
 * What the scopes read once the network's data is here: its members as the scope's cities, and the filters. One
 * chunk, fetched with the data (./network.svelte.ts): the book's first view has none of it.
 */
export { citiesInScope, citiesShown } from './scopeCities';
