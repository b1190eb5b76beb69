/**
 * The network for the slides that show it, shared by every window's slides: fetched when the first such slide
 * mounts, or, in the audience window of a deck that has them, in idle time after the first slide has painted (so a
 * handout printed at once has it); never as part of the first view, and never by a deck without them.
 */
import { onMount } from 'svelte';
import { loadNetwork, type DeckNetwork } from './networkData';

export const networkState = $state<{ network: DeckNetwork | null; failed: boolean }>({ network: null, failed: false });

export function requestNetwork(): Promise<void> {
	return loadNetwork().then(
		(network) => {
			networkState.network = network;
			networkState.failed = false;
		},
		() => {
			networkState.failed = true;
		}
	);
}

/** For a slide's component: asks for the network when it mounts; the state fills in when it arrives. */
export function useNetwork() {
	onMount(() => void requestNetwork());
	return networkState;
}

export const needsNetwork = (kind: string) => kind === 'network' || kind === 'awards';
