import { afterEach, describe, expect, it, vi } from 'vitest';

/** firstInput.ts listens from the moment it is evaluated: each test evaluates it afresh on a fake window. */
async function load() {
	vi.resetModules();
	const target = new EventTarget();
	vi.stubGlobal('window', target);
	const module = await import('../../src/lib/map/firstInput');
	return { ...module, target };
}

afterEach(() => vi.unstubAllGlobals());

describe('the first input', () => {
	it('runs what waits for it once, on the first pointer move', async () => {
		const { onFirstInput, target } = await load();
		const then = vi.fn();
		onFirstInput(then);
		expect(then).not.toHaveBeenCalled();
		target.dispatchEvent(new Event('pointermove'));
		target.dispatchEvent(new Event('keydown'));
		expect(then).toHaveBeenCalledTimes(1);
	});

	it('is not missed when it came before anyone asked (a reader moving while the page hydrates)', async () => {
		const { onFirstInput, target } = await load();
		target.dispatchEvent(new Event('touchstart'));
		const then = vi.fn();
		onFirstInput(then);
		expect(then).toHaveBeenCalledTimes(1);
	});

	it('can be cancelled', async () => {
		const { onFirstInput, target } = await load();
		const then = vi.fn();
		const cancel = onFirstInput(then);
		cancel();
		target.dispatchEvent(new Event('wheel'));
		expect(then).not.toHaveBeenCalled();
	});

	it('ignores events that are not input', async () => {
		const { onFirstInput, target } = await load();
		const then = vi.fn();
		onFirstInput(then);
		target.dispatchEvent(new Event('scroll'));
		target.dispatchEvent(new Event('resize'));
		expect(then).not.toHaveBeenCalled();
	});
});
