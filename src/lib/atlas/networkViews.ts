/**
 * The views only a scope beyond the book shows (the network's filters, the year control, a member's panel), as
 * one chunk fetched with the network's data: the book's first view carries none of their code.
 */
export { default as MemberPanel } from './MemberPanel.svelte';
export { default as NetworkFilters } from './NetworkFilters.svelte';
export { default as YearControl } from './YearControl.svelte';

