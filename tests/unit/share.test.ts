import { describe, expect, it } from 'vitest';
import { embedCode } from '$lib/share/embedCode';
import { ATLAS_EMBED } from '$lib/share/ShareButton.svelte';
import { canonicalAddress } from '$lib/state/shareAddress';

describe('the address the Share control gives', () => {
	it('is on SITE_URL when the build has it, keeping the site’s own path, else on the page’s origin', () => {
		const site = new URL('https://example.org/atlas/');
		expect(canonicalAddress('/fr/?city=cork', site, 'http://localhost:4173/fr/')).toBe('https://example.org/atlas/fr/?city=cork');
		expect(canonicalAddress('/fr/?city=cork', null, 'http://localhost:4173/es/?x=1')).toBe('http://localhost:4173/fr/?city=cork');
	});
});

describe('the embed code', () => {
	it('is one iframe with its size and a title, its attributes escaped', () => {
		const code = embedCode('https://example.org/embed/?city=cork&goals=social-cohesion', 'Cork "learning" <city>', ATLAS_EMBED);
		expect(code).toBe(
			'<iframe src="https://example.org/embed/?city=cork&amp;goals=social-cohesion" title="Cork &quot;learning&quot; &lt;city>" width="960" height="600" style="width:100%;max-width:960px;height:600px;border:0" loading="lazy"></iframe>'
		);
	});
});
