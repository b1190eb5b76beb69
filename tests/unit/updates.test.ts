import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECK_EVERY_MS, watchForUpdates } from '$lib/offline/updates';

/** A window with what the watcher uses: the network state, the page's visibility and their events. */
function fakeWindow(onLine = true, visibility: DocumentVisibilityState = 'visible') {
	const events = new EventTarget();
	const doc = new EventTarget() as EventTarget & { visibilityState: DocumentVisibilityState };
	doc.visibilityState = visibility;
	const win = {
		navigator: { onLine },
		document: doc,
		setInterval,
		clearInterval,
		addEventListener: events.addEventListener.bind(events),
		removeEventListener: events.removeEventListener.bind(events),
		dispatchEvent: events.dispatchEvent.bind(events)
	};
	return win as unknown as Window & typeof win;
}

describe('asking whether a new build is out', () => {
	afterEach(() => vi.useRealTimers());

	it('asks every few minutes while the page is shown and online, and when it comes back online or into view', () => {
		vi.useFakeTimers();
		const win = fakeWindow();
		const check = vi.fn();
		const stop = watchForUpdates(check, win);
		expect(check).not.toHaveBeenCalled();
		vi.advanceTimersByTime(CHECK_EVERY_MS);
		expect(check).toHaveBeenCalledTimes(1);
		win.dispatchEvent(new Event('online'));
		win.document.dispatchEvent(new Event('visibilitychange'));
		expect(check).toHaveBeenCalledTimes(3);
		stop();
		vi.advanceTimersByTime(CHECK_EVERY_MS * 3);
		win.dispatchEvent(new Event('online'));
		expect(check).toHaveBeenCalledTimes(3);
	});

	it('never asks offline (it would only log a failed request) nor from a hidden tab', () => {
		vi.useFakeTimers();
		const offline = fakeWindow(false);
		const hidden = fakeWindow(true, 'hidden');
		const check = vi.fn();
		watchForUpdates(check, offline);
		watchForUpdates(check, hidden);
		vi.advanceTimersByTime(CHECK_EVERY_MS * 2);
		hidden.document.dispatchEvent(new Event('visibilitychange'));
		expect(check).not.toHaveBeenCalled();
	});
});
