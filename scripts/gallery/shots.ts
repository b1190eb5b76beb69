/**
 * What `npm run gallery` pictures: every view of the site (each prerendered page, the atlas's important states,
 * each deck slide, a 404) at each viewport in each language. Pure, so the list can be tested without a browser.
 */

export interface Viewport {
	name: string;
	width: number;
	height: number;
	/** The phone: a touch screen at twice the pixels, whose first input is a touch, not a pointer move. */
	mobile?: boolean;
}

export const VIEWPORTS: readonly Viewport[] = [
	{ name: '1280x800', width: 1280, height: 800 },
	{ name: '1024x768', width: 1024, height: 768 },
	{ name: '1920x1080', width: 1920, height: 1080 },
	{ name: '390x844', width: 390, height: 844, mobile: true }
];

/** One page to picture, as its English path (a language adds its prefix). */
export interface View {
	path: string;
	/** A page that must answer 404: its status and the browser's log line about it are expected. */
	notFound?: boolean;
}

export interface Shot {
	view: View;
	lang: string;
	viewport: Viewport;
	/** The URL path with the language prefix. */
	url: string;
	/** Where the picture goes, relative to the gallery folder. */
	file: string;
}

/** The atlas states a reader reaches by a click, which have no page of their own. */
export const ATLAS_STATES = [
	'/?city=cork',
	'/?panel=matrix',
	'/?panel=overview',
	'/?city=cork&compare=ybycui&panel=profile',
	'/?goals=social-cohesion&min=3',
	// Beyond the book: the award winners, the whole network, the network as it stood in a year, one region, and
	// the panel of a member that is not one of the twelve.
	'/?scope=awards',
	'/?scope=network',
	'/?scope=network&year=2016',
	'/?scope=network&region=africa',
	'/?scope=network&city=ras-al-khaimah-ae'
];

export const NOT_FOUND = '/nope/';

/**
 * The views, in the order the contact sheet shows them: the prerendered pages (English ones; the others are
 * their translations), the atlas states after the atlas, the deck's slides in place of its first page, a 404 last.
 */
export function views(routes: readonly string[], langs: readonly string[], slideCount: number): View[] {
	const translated = new RegExp(`^/(${langs.join('|')})/`);
	const out: View[] = [];
	for (const path of routes.filter((r) => !translated.test(r))) {
		if (path === '/present/') {
			for (let n = 1; n <= slideCount; n++) out.push({ path: `/present/?slide=${n}` });
		} else out.push({ path });
		if (path === '/') out.push(...ATLAS_STATES.map((p) => ({ path: p })));
	}
	out.push({ path: NOT_FOUND, notFound: true });
	return out;
}

/** The path in a language: the base language has no prefix. */
export function localPath(path: string, lang: string, baseLang: string): string {
	return lang === baseLang ? path : `/${lang}${path}`;
}

/** A file name from a path: `/` is `atlas`, `/?city=cork` is `atlas-city-cork`, `/city/cork/` is `city-cork`. */
export function slug(path: string): string {
	const atlas = path === '/' || path.startsWith('/?') ? 'atlas ' : '';
	return `${atlas}${path}`.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
}

export interface Filters {
	langs?: readonly string[];
	viewports?: readonly string[];
	/** A view is kept when its English path starts with one of these. */
	routes?: readonly string[];
}

export function shots(views: readonly View[], langs: readonly string[], baseLang: string, filters: Filters = {}): Shot[] {
	const out: Shot[] = [];
	for (const view of views) {
		if (filters.routes?.length && !filters.routes.some((r) => view.path.startsWith(r))) continue;
		for (const lang of langs) {
			if (filters.langs?.length && !filters.langs.includes(lang)) continue;
			for (const viewport of VIEWPORTS) {
				if (filters.viewports?.length && !filters.viewports.includes(viewport.name)) continue;
				const url = localPath(view.path, lang, baseLang);
				out.push({ view, lang, viewport, url, file: `${slug(view.path)}/${lang}-${viewport.name}.png` });
			}
		}
	}
	return out;
}

export interface Options extends Filters {
	skipBuild: boolean;
	out: string;
}

/** `--only en,fr --viewport 1024x768 --route /present/ --skip-build --out DIR`; each filter may be repeated. */
export function parseArgs(args: readonly string[]): Options {
	const options: Options = { skipBuild: false, out: 'gallery' };
	const lists = { '--only': 'langs', '--viewport': 'viewports', '--route': 'routes' } as const;
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		const [flag, inline] = arg.split(/=(.*)/s) as [string, string | undefined];
		if (flag === '--skip-build') options.skipBuild = true;
		else if (flag === '--out' || flag in lists) {
			const value = inline ?? args[++i];
			if (value === undefined) throw new Error(`${flag} needs a value`);
			if (flag === '--out') options.out = value;
			else {
				const key = lists[flag as keyof typeof lists];
				options[key] = [...(options[key] ?? []), ...value.split(',').filter(Boolean)];
			}
		} else throw new Error(`unknown option ${arg} (known: --only, --viewport, --route, --skip-build, --out)`);
	}
	return options;
}
