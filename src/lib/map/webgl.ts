/**
 * Asked before MapLibre is even downloaded: can this browser create a WebGL2 context? MapLibre 6 needs
 * WebGL2 and nothing less; without it the atlas draws its SVG map instead.
 */
export function supportsWebGL2(doc: Pick<Document, 'createElement'> = document): boolean {
	// The page asks twice (on the first input, and when the map mounts); a probe costs a context, so once is enough.
	// On the atlas the page's first script may have asked already, on the first input ($lib/atlas/atlasHead.js).
	if (typeof document !== 'undefined' && doc === document) return (pageAnswer ??= earlyAnswer() ?? probe(doc));
	return probe(doc);
}

let pageAnswer: boolean | undefined;

function earlyAnswer(): boolean | undefined {
	const answer = document.documentElement.dataset.webgl2;
	return answer === undefined ? undefined : answer === 'yes';
}

function probe(doc: Pick<Document, 'createElement'>): boolean {
	try {
		const canvas = doc.createElement('canvas');
		const gl = canvas.getContext('webgl2');
		if (!gl) return false;
		// Give the probe's context back at once: browsers drop the oldest context when too many are alive.
		gl.getExtension('WEBGL_lose_context')?.loseContext();
		return true;
	} catch {
		// Some locked-down browsers throw instead of returning null.
		return false;
	}
}
