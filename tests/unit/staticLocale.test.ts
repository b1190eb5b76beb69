import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { staticLocale } from '../../deploy/staticLocale';

const file = 'src/lib/paraglide/messages/filter_count.js';
const code = readFileSync(file, 'utf8');

function transform(locale: string | undefined, environment: string) {
	const plugin = staticLocale(locale);
	const hook = plugin.transform as (this: unknown, code: string, id: string) => { code: string } | undefined;
	return hook.call({ environment: { name: environment } }, code, `/work/${file}`)?.code;
}

describe("a language's own client build", () => {
	it("makes each message that language's function itself, in the client only", () => {
		const fr = transform('fr', 'client')!;
		expect(fr).toContain('export const filter_count = fr_filter_count;');
		expect(fr).not.toContain('getLocale()');
		// The text itself is the compiler's, untouched.
		expect(fr).toContain('villes sur');
		expect(transform('fr', 'ssr')).toBeUndefined();
		expect(transform(undefined, 'client')).toBeUndefined();
	});

	it('refuses a language the atlas does not have', () => {
		expect(() => staticLocale('de')).toThrow(/must be one of en, fr, es/);
	});
});
