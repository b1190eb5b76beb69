/** The network for a slide that shows it: loaded when the slide mounts (the first one shown fetches it), then shared. */
import { onMount } from 'svelte';
import { loadNetwork, type DeckNetwork } from './networkData';

export function useNetwork() {
	const state = $state<{ network: DeckNetwork | null; failed: boolean }>({ network: null, failed: false });
	onMount(() => {
		loadNetwork().then(
			(network) => (state.network = network),
			() => (state.failed = true)
		);
	});
	return state;
}
