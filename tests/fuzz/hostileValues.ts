/**
 * Hostile URL parameter values for the fuzz tests, generated from a seed so a failure can be replayed:
 * markup and script payloads, unicode oddities, very long and empty values, near-misses of real values,
 * numbers that are not quite numbers and object-property names. Shared by the Vitest fuzz (thousands of
 * values) and the browser fuzz (a smaller sample of the same values).
 */

/** A small deterministic PRNG (mulberry32): the same seed gives the same values on every machine. */
export function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** Payloads that would run script if any of them reached the DOM as HTML or a URL: each sets `window.__xss`. */
export const SCRIPT_PAYLOADS = [
	'<script>window.__xss=1</script>',
	'"><script>window.__xss=1</script>',
	"'><img src=x onerror=window.__xss=1>",
	'<img src=x onerror="window.__xss=1">',
	'<svg onload=window.__xss=1>',
	'<svg><script>window.__xss=1</script></svg>',
	'javascript:window.__xss=1',
	'JaVaScRiPt:window.__xss=1//',
	'data:text/html,<script>window.__xss=1</script>',
	'<iframe srcdoc="<script>parent.__xss=1</script>">',
	'<a href="javascript:window.__xss=1">x</a>',
	'{{constructor.constructor("window.__xss=1")()}}',
	'${window.__xss=1}',
	'</title><script>window.__xss=1</script>',
	'<style>@import "http://example.com/x.css"</style>',
	'<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
	'<details open ontoggle=window.__xss=1>'
];

const UNICODE = [
	'\u202e', // right-to-left override
	'\u200b', // zero-width space
	'\ufeff', // byte-order mark
	'\u0000',
	'\ud800', // lone surrogate
	'\udfff',
	'\u0301', // combining accent
	'😀',
	'👩‍👩‍👧‍👦',
	'ﷺ',
	'İ',
	'ß',
	'Ω',
	'\n',
	'\r\n',
	'\t',
	'\u2028',
	'🏳️‍🌈',
	'コルク',
	'Корк'
];

const FRAGMENTS = [
	'&',
	'=',
	'?',
	'#',
	'%',
	'%00',
	'%zz',
	'%E0%A4%A',
	'+',
	',',
	',,,',
	'/',
	'\\',
	'..',
	'../../',
	"'",
	'"',
	'`',
	'<',
	'>',
	' ',
	'__proto__',
	'constructor',
	'prototype',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'null',
	'undefined',
	'NaN',
	'Infinity',
	'-Infinity',
	'true',
	'[]',
	'{}',
	'0',
	'-0',
	'-1',
	'1e309',
	'0x2',
	'2.0',
	'02',
	' 2',
	'2 ',
	'1,2',
	'9007199254740993',
	'999999999999999999999'
];

/**
 * `count` hostile values for one parameter. `real` are values the parameter really accepts (city ids,
 * goal ids, ...): hostile values are often built from them, because near-misses are what slips through.
 */
export function hostileValues(real: readonly string[], count: number, seed: number): string[] {
	const next = random(seed);
	const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
	const fixed = [
		'',
		...SCRIPT_PAYLOADS,
		...UNICODE,
		...FRAGMENTS,
		'a'.repeat(201),
		'x'.repeat(10_000),
		pick(real).repeat(100),
		real.join(','),
		real.join(',').repeat(50),
		...real.map((r) => r.toUpperCase()),
		...real.map((r) => ` ${r}`),
		...real.map((r) => `${r}\u0000`),
		...real.map((r) => `${r}<script>window.__xss=1</script>`)
	];
	const builders: Array<() => string> = [
		() => pick(SCRIPT_PAYLOADS),
		() => pick(real) + pick(SCRIPT_PAYLOADS),
		() => pick(real) + pick(UNICODE),
		() => pick(UNICODE) + pick(real),
		() => pick(real).slice(0, 1 + Math.floor(next() * pick(real).length)),
		() => `${pick(real)},${pick(FRAGMENTS)},${pick(real)}`,
		() => Array.from({ length: 1 + Math.floor(next() * 8) }, () => pick(real)).join(pick([',', ', ', ';', '|', ',,'])),
		() => pick(FRAGMENTS) + pick(FRAGMENTS),
		() => Array.from({ length: 1 + Math.floor(next() * 12) }, () => pick([...UNICODE, ...FRAGMENTS])).join(''),
		() => String.fromCodePoint(...Array.from({ length: 1 + Math.floor(next() * 20) }, () => Math.floor(next() * 0x110000))),
		() => pick(real).repeat(2 + Math.floor(next() * 300)),
		() => encodeURIComponent(pick(SCRIPT_PAYLOADS)),
		() => String(Math.floor(next() * 1e6) - 5e5) + pick(['', '.5', 'e3', 'px']),
		() => pick(['x', '<', '%', '9', '&']).repeat(1 + Math.floor(next() * 5000))
	];
	const values = fixed.slice(0, count);
	while (values.length < count) values.push(pick(builders)());
	return values;
}
