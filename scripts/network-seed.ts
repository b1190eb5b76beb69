/**
 * One-off: builds data/network/ from the reference lists gathered in December 2026 (awards.json, members.json
 * of shared/reference/network/). Kept so the first build can be repeated and reviewed; from now on the network is
 * kept current with `npm run data:import`. Every placement below that is not a plain gazetteer match says why.
 *
 *   npx tsx scripts/network-seed.ts [REFERENCE_DIR]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Member } from '../src/lib/data/networkSchema.ts';
import { UNESCO_REGION } from '../src/lib/data/unescoRegions.ts';
import { countryCode } from './network/countries.ts';
import { geonames } from './network/gazetteer.ts';
import { readStore, slug, writeStore, type Store } from './network/store.ts';

const root = process.cwd();
const dir = process.argv[2] ?? join(root, '../shared/reference/network');
const members = JSON.parse(readFileSync(join(dir, 'members.json'), 'utf8')) as {
	city: string; country: string; joined: number | null; source: string; basis: string; note?: string;
}[];
const awards = JSON.parse(readFileSync(join(dir, 'awards.json'), 'utf8')) as { city: string; country: string; year: number; source: string }[];

type Fix = Member['place'] & { lat?: number; lon?: number };
const seat = (geonames: number, note: string): Fix => ({ geonames, via: 'seat', note });
const parent = (geonames: number, note: string): Fix => ({ geonames, via: 'parent', note });
const same = (geonames: number, note: string): Fix => ({ geonames, note });

/** Names the gazetteer does not match as written, each resolved by hand with its reason. */
const FIXES: Record<string, Fix> = {
	'La Matanza|AR': seat(3428775, 'La Matanza is a partido; placed at its seat, San Justo (Buenos Aires).'),
	'Canning|AU': seat(2075024, 'City of Canning (Perth); placed at Cannington, its centre.'),
	'Wyndham|AU': seat(2144095, 'City of Wyndham (Victoria); placed at its centre, Werribee. GeoNames\'s Wyndham is a town in Western Australia.'),
	'Živinice|BA': same(3186423, 'The municipality near Tuzla; the other Živinice is a hamlet.'),
	'Maroua 1er|CM': parent(2228373, 'A commune of Maroua; placed at Maroua.'),
	'Yaoundé 1er|CM': parent(2220957, 'A commune of Yaoundé; placed at Yaoundé.'),
	'Hina|CM': seat(2226275, 'A commune of Mayo-Tsanaga that GeoNames cities500 lacks; placed at the department seat, Mokolo.'),
	'Mayo-Baléo|CM': seat(2221513, 'A commune of Faro-et-Déo that GeoNames cities500 lacks; placed at the department seat, Tignère.'),
	'Renca|CL': parent(3871336, 'A commune of Greater Santiago; placed at Santiago.'),
	'San Nicolás|CL': seat(3895088, 'A commune of Ñuble that GeoNames cities500 lacks; placed at the regional seat, Chillán.'),
	'Suzhou|CN': same(1886760, 'Suzhou, Jiangsu, named with Nanjing among the 2024 members; the other Suzhou is in Anhui.'),
	'Kourion|CY': seat(146384, 'A municipality of Limassol district that GeoNames cities500 lacks; placed at Limassol.'),
	'Sharkia|EG': seat(359493, 'Sharkia is a governorate; placed at its seat, Zagazig.'),
	'Shebin El-Kom|EG': same(349158, 'GeoNames spells it Shibīn al Kawm.'),
	'Lesbos|GR': seat(256866, 'Lesbos is an island municipality; placed at its seat, Mytilene.'),
	'Bandar Khamir|IR': same(127992, 'GeoNames spells it Bandar-e Khamīr.'),
	'Hashtgerd New Town|IR': parent(131691, 'The new town beside Hashtgerd; placed at Hashtgerd.'),
	'Muwaqqar|JO': same(407169, 'GeoNames spells it Al Muwaqqar.'),
	'Kilifi County|KE': seat(192067, 'A county; placed at its seat, Kilifi.'),
	'Makueni County|KE': seat(178077, 'A county; placed at its seat, Wote.'),
	'Laikipia Consortium|KE': seat(180992, 'A consortium in Laikipia County; placed at the county seat, Rumuruti.'),
	'Bayan-Öndör soum (Orkhon aimag)|MN': seat(1515957, 'The soum of Erdenet, the seat of Orkhon aimag; placed at Erdenet.'),
	'Bayangol District (Ulaanbaatar)|MN': parent(2028462, 'A district of Ulaanbaatar; placed at Ulaanbaatar.'),
	'Ifrane|MA': same(2546917, 'Ifrane, the Middle Atlas town and provincial seat; the other Ifrane (Anti-Atlas) is a village.'),
	'Helao Nafidi Town Council|NA': parent(3353996, 'Helao Nafidi is the town that includes Oshikango; placed at Oshikango.'),
	'Barranco|PE': parent(3936456, 'A district of Lima; placed at Lima.'),
	'Lagoa (Açores)|PT': same(3372965, 'Lagoa on São Miguel, Azores, as the qualifier says; the other Lagoa is in the Algarve.'),
	'Al Daayen|QA': seat(289847, 'A municipality; placed at its seat as GeoNames names it, Az̧ Z̧a‘āyin.'),
	'Al Shamal|QA': seat(289739, 'A municipality; placed at its seat, Madīnat ash Shamāl.'),
	'Al Wakra|QA': same(289915, 'GeoNames spells it Al Wakrah.'),
	'Al-Shahaniya|QA': same(289877, 'GeoNames spells it Ash Shīḩānīyah.'),
	'Umm Salal|QA': seat(289523, 'A municipality; placed at Umm Şalāl Muḩammad, its largest town.'),
	'Buan|KR': same(1838722, 'GeoNames spells it Puan.'),
	'Dobong-gu|KR': parent(1835848, 'A district of Seoul, which GeoNames cities500 has no point for; placed at Seoul.'),
	'Gangdong-gu (Seoul)|KR': parent(1835848, 'A district of Seoul, which GeoNames cities500 has no point for; placed at Seoul.'),
	'Songpa-gu (Seoul)|KR': parent(1835848, 'A district of Seoul, which GeoNames cities500 has no point for; placed at Seoul.'),
	'Eunpyeong-gu|KR': parent(1835848, 'A district of Seoul, which GeoNames cities500 has no point for; placed at Seoul until a cited point is added.'),
	'Nam-gu (Busan)|KR': parent(1838524, 'A district of Busan; placed at Busan.'),
	'Yeonsu-gu|KR': parent(1843564, 'A district of Incheon; placed at Incheon.'),
	'Al-Ahsa|SA': seat(109571, 'Al-Ahsa is a governorate; placed at its seat, Al Hufūf.'),
	'AlUla|SA': same(108841, 'GeoNames spells it Al-`Ula.'),
	'Jubail Industrial City|SA': parent(109435, 'The industrial city beside Al Jubayl; placed at Al Jubayl.'),
	'King Abdullah Economic City|SA': parent(103035, 'The economic city beside Rābigh; placed at Rābigh.'),
	'Yanbu Industrial City|SA': parent(100425, 'The industrial city beside Yanbu; placed at Yanbu.'),
	'Kara - Commune de Kozah 1|TG': same(2366152, 'Kara, the seat of Kozah prefecture.'),
	'Niamtougou - Commune de Doufelgou 1|TG': same(2364812, 'Niamtougou, the seat of Doufelgou prefecture.'),
	'Pya - Commune de Kozah 2|TG': seat(2366152, 'A commune of Kozah prefecture that GeoNames cities500 lacks; placed at the prefecture seat, Kara.'),
	'Derry and Strabane|GB': seat(2643736, 'A district; placed at its seat, Derry.'),
	'Liège|BE': same(2792413, 'Liège, the city; other Walloon places carry Liège among their alternate names.'),
	'Abuja|NG': same(2352778, 'Abuja, the capital; GeoNames also gives the name to Suleja.'),
	'Tak|TH': same(1150490, 'Tak, the provincial seat; Ban Tak is a district town of the same province.'),
	'Santiago|MX': same(3983671, 'Santiago, Nuevo León, as the 2019 award list names it.'),
	'Kirklees|GB': seat(2646458, 'A metropolitan borough; placed at its seat, Huddersfield.'),
	'Seodaemun-gu|KR': {
		source: { label: 'Wikipedia (de), Seodaemun-gu, via Wikiwand: 37° 34′ 45″ N, 126° 56′ 12″ E', url: 'https://wikiwand.com/de/Seodaemun-gu' },
		note: 'A district of Seoul, which GeoNames cities500 has no point for.',
		lat: 37.5792,
		lon: 126.9367
	},
	'Seo-gu (Gwangju)|KR': {
		source: { label: 'Wikipedia (en), Seo District, Gwangju (2018 copy): 35.15000°N 126.89167°E', url: 'https://kiwix.casplantje.nl/wikipedia_en_all_maxi_2018-10/A/Seo-gu%2C_Gwangju.html' },
		note: 'A district of Gwangju, which GeoNames cities500 has no point for.',
		lat: 35.15,
		lon: 126.89167
	},
	'Nilambur|IN': {
		source: { label: 'Wikipedia (en), Nilambur, via WikiMili: 11°16′37″N 76°13′33″E', url: 'https://wikimili.com/en/Nilambur' },
		note: 'GeoNames cities500 has no record for Nilambur.',
		lat: 11.27694,
		lon: 76.22583
	}
};

/** French and Spanish names where they differ from the English (well-established exonyms only). */
const NAMES: Record<string, { fr?: string; es?: string }> = {
	'Mexico City|MX': { fr: 'Mexico', es: 'Ciudad de México' },
	'Lisbon|PT': { fr: 'Lisbonne', es: 'Lisboa' },
	'Cairo|EG': { fr: 'Le Caire', es: 'El Cairo' },
	'Alexandria|EG': { fr: 'Alexandrie', es: 'Alejandría' },
	'Giza|EG': { fr: 'Gizeh', es: 'Guiza' },
	'Algiers|DZ': { fr: 'Alger', es: 'Argel' },
	'Tunis|TN': { es: 'Túnez' },
	'Fez|MA': { fr: 'Fès' },
	'Hanoi|VN': { fr: 'Hanoï', es: 'Hanói' },
	'Ho Chi Minh City|VN': { fr: 'Hô Chi Minh-Ville', es: 'Ciudad Ho Chi Minh' },
	'Athens|GR': { fr: 'Athènes', es: 'Atenas' },
	'Heraklion|GR': { fr: 'Héraklion', es: 'Heraclión' },
	'Turin|IT': { es: 'Turín' },
	'Hamburg|DE': { fr: 'Hambourg', es: 'Hamburgo' },
	'Dresden|DE': { fr: 'Dresde', es: 'Dresde' },
	'Liège|BE': { es: 'Lieja' },
	'Tehran|IR': { fr: 'Téhéran', es: 'Teherán' },
	'Isfahan|IR': { fr: 'Ispahan', es: 'Isfahán' },
	'Baku|AZ': { fr: 'Bakou', es: 'Bakú' },
	'Muscat|OM': { fr: 'Mascate', es: 'Mascate' },
	'Riyadh|SA': { fr: 'Riyad', es: 'Riad' },
	'Amman|JO': { es: 'Amán' },
	'Shanghai|CN': { es: 'Shanghái' },
	'Nanjing|CN': { fr: 'Nankin', es: 'Nankín' },
	'Kyiv|UA': { fr: 'Kyiv', es: 'Kiev' },
	'Kharkiv|UA': { es: 'Járkov' },
	'Lviv|UA': { es: 'Leópolis' },
	'Bethlehem|PS': { fr: 'Bethléem', es: 'Belén' },
	'Palermo|IT': { fr: 'Palerme' },
	'Lucca|IT': { fr: 'Lucques', es: 'Luca' },
	'Reggio Calabria|IT': { fr: 'Reggio de Calabre', es: 'Regio de Calabria' },
	"'s-Hertogenbosch|NL": { fr: 'Bois-le-Duc', es: 'Bolduque' },
	'Groningen|NL': { fr: 'Groningue', es: 'Groninga' },
	'Ashgabat|TM': { fr: 'Achgabat', es: 'Asjabad' },
	'Al-Madinah (Medina)|SA': { fr: 'Médine', es: 'Medina' },
	'Dublin|IE': { es: 'Dublín' },
	'Brescia|IT': {},
	'Ankara|TR': {}
};

const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
const source = (text: string) => (/^https?:\/\//.test(text) ? { label: host(text), url: text } : { label: text });
const key = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const CASE_STUDIES: Record<string, string> = {
	'Melton|AU': 'melton', 'Sorocaba|BR': 'sorocaba', 'Beijing|CN': 'beijing', 'Bahir Dar|ET': 'bahir-dar', 'Espoo|FI': 'espoo',
	'Cork|IE': 'cork', 'Amman|JO': 'amman', 'Mexico City|MX': 'mexico-city', 'Ybycuí|PY': 'ybycui', 'Balanga|PH': 'balanga',
	'Namyangju|KR': 'namyangju', 'Swansea|GB': 'swansea'
};

const gazetteer = geonames();
const store: Store = { members: [], editions: readStore(root).editions };
const report: Record<string, string[]> = { matched: [], fixed: [], unplaced: [] };

for (const r of members) {
	const country = countryCode(r.country);
	if (!country) throw new Error(`${r.city}: unknown country "${r.country}"`);
	const won = awards.filter((a) => a.country === r.country && key(a.city) === key(r.city));
	const id = slug(r.city, country);
	const fix = FIXES[`${r.city}|${country}`];
	let place: Member['place'];
	let lat: number | null = null;
	let lon: number | null = null;
	if (fix) {
		const { lat: fixLat, lon: fixLon, ...rest } = fix;
		place = rest as Member['place'];
		if ('geonames' in rest) {
			const point = gazetteer.byId(rest.geonames);
			if (!point) throw new Error(`${r.city}: no GeoNames record ${rest.geonames}`);
			[lat, lon] = [point.lat, point.lon];
		} else [lat, lon] = [fixLat ?? null, fixLon ?? null];
		report.fixed.push(r.city);
	} else {
		const match = gazetteer.match(r.city, country);
		if (match.status === 'placed') {
			place = { geonames: match.geonames };
			[lat, lon] = [match.lat, match.lon];
			report.matched.push(r.city);
		} else {
			place = match.status === 'ambiguous'
				? { unplaced: 'ambiguous', candidates: match.candidates.map((c) => c.geonames) }
				: { unplaced: 'not-found', note: 'GeoNames cities500 has no place of this name in this country; no coordinates were found in a source read.' };
			report.unplaced.push(`${r.city} (${country}, ${match.status})`);
		}
	}
	const membership = r.basis.startsWith('inferred') ? 'inferred-from-award' : r.basis.includes('weak') ? 'read-weak' : 'read';
	const names = NAMES[`${r.city}|${country}`];
	const record: Member = {
		id,
		name: r.city,
		...(names && Object.keys(names).length > 0 ? { names } : {}),
		country,
		region: UNESCO_REGION[country],
		lat: lat === null ? null : Math.round(lat * 1e5) / 1e5,
		lon: lon === null ? null : Math.round(lon * 1e5) / 1e5,
		place,
		joined: r.joined,
		...(r.joined === null ? { joinedNote: r.note ? 'The sources conflict or give no year; see the note.' : 'No source read gives the year it joined.' } : {}),
		awards: [...new Set(won.map((a) => a.year))].sort(),
		...(CASE_STUDIES[`${r.city}|${country}`] ? { caseStudy: CASE_STUDIES[`${r.city}|${country}`] } : {}),
		membership,
		sources: [
			source(r.source),
			...won.filter((a) => a.source !== r.source).map((a) => ({ label: `UNESCO Learning City Award ${a.year}: ${host(a.source)}`, url: a.source }))
		],
		...(r.note ? { note: r.note } : {})
	};
	store.members.push(record);
}

const written = writeStore(root, store);
console.log(`records: ${store.members.length}; placed by the gazetteer: ${report.matched.length}; placed by hand (seat, parent, cited): ${report.fixed.length}; unplaced: ${report.unplaced.length}`);
for (const line of report.unplaced) console.log(`  unplaced: ${line}`);
console.log(`wrote ${written.length} files`);
