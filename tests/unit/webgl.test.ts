import { describe, expect, it } from 'vitest';
import { supportsWebGL2 } from '../../src/lib/map/webgl';

/** A document whose canvases answer getContext('webgl2') with `context` (or throw it). */
function fakeDocument(context: unknown, throws = false) {
	const asked: string[] = [];
	const doc = {
		createElement: () => ({
			getContext(kind: string) {
				asked.push(kind);
				if (throws) throw context;
				return context;
			}
		})
	} as unknown as Pick<Document, 'createElement'>;
	return { doc, asked };
}

describe('WebGL2 detection', () => {
	it('says yes when a WebGL2 context can be created, and gives the probe context back', () => {
		let lost = false;
		const { doc, asked } = fakeDocument({ getExtension: () => ({ loseContext: () => (lost = true) }) });
		expect(supportsWebGL2(doc)).toBe(true);
		expect(asked).toEqual(['webgl2']);
		expect(lost).toBe(true);
	});
	it('says yes even when the context cannot be handed back early', () => {
		expect(supportsWebGL2(fakeDocument({ getExtension: () => null }).doc)).toBe(true);
	});
	it('says no when the browser has no WebGL2 (null context)', () => {
		expect(supportsWebGL2(fakeDocument(null).doc)).toBe(false);
	});
	it('says no when creating the context throws', () => {
		expect(supportsWebGL2(fakeDocument(new Error('GPU process crashed'), true).doc)).toBe(false);
	});
});
