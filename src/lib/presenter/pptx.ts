/**
 * The tour as a PowerPoint file, made in the browser (pptxgenjs, imported only here, and this module only when
 * "Download as PowerPoint" is pressed): one slide per deck slide, in the deck's colours and font, titles and text
 * as real text a speaker can edit, each map as a picture of what the slide shows, the QR code and sources on the
 * closing slide, the speaker's notes as PowerPoint notes. 4:3, as the projectors the deck is made for.
 */
import PptxGenJS from 'pptxgenjs';
import type { City, Dataset, Locale } from '$lib/data/schema';
import { countryName, formatList, formatNumber } from '$lib/i18n/format';
import { regionLabels, scoreLabels } from '$lib/i18n/labels';
import { tr } from '$lib/i18n/locale';
import { m } from '$lib/paraglide/messages';
import { editions, host, networkSummary, repeatWinners, type DeckNetwork } from './networkData';
import { slideName } from './slideNames';
import type { Slide } from './slides';
import type { TourText } from './tour';

export interface PptxInput {
	slides: readonly Slide[];
	/** The cities the talk presents (the matrix's rows). */
	cities: readonly City[];
	dataset: Dataset;
	locale: Locale;
	text: TourText;
	/** The closing slide's address, or null when there is none to share. */
	address: string | null;
	/** PNG data URLs: the QR code of the address, each city's map, the network's map. */
	pictures: { qr: string | null; cities: Record<string, string>; network: string | null };
	network: DeckNetwork | null;
	notes: (slide: Slide) => string;
}

/** The deck's projector theme (deck.css): white and yellow on black, in the bundled Noto Sans. */
const BG = '000000';
const INK = 'FFFFFF';
const ACCENT = 'FFD84D';
const MUTED = 'E6E6E6';
const FONT = 'Noto Sans';
/** Inches, on PowerPoint's 4:3 slide. */
const W = 10;
const H = 7.5;
const PAD = 0.35;
/** The city slide's map column, as the deck's at 4:3 (--map-width: 42%). */
const MAP_W = 4.2;

type Deck = InstanceType<typeof PptxGenJS>;
type PSlide = ReturnType<Deck['addSlide']>;
type Runs = PptxGenJS.TextProps[];

const base = { fontFace: FONT, color: INK, valign: 'top', margin: 0 } as const;

function heading(slide: PSlide, text: string, x = PAD, w = W - 2 * PAD) {
	slide.addText(text, { ...base, x, y: PAD, w, h: 0.9, fontSize: 28, bold: true, valign: 'top', fit: 'shrink' });
}

function label(text: string): PptxGenJS.TextProps {
	return { text: text.toUpperCase(), options: { color: ACCENT, bold: true, fontSize: 14, charSpacing: 1, breakLine: true, paraSpaceBefore: 8 } };
}

const line = (text: string, options: PptxGenJS.TextPropsOptions = {}): PptxGenJS.TextProps => ({ text, options: { breakLine: true, ...options } });

function titleSlide(slide: PSlide, input: PptxInput) {
	const { publication } = input.dataset;
	const byline = [input.text.speaker, input.text.event].filter(Boolean).join(' · ');
	const runs: Runs = [line(m.site_name().toUpperCase(), { color: ACCENT, bold: true, fontSize: 16, charSpacing: 2 })];
	if (input.text.title) runs.push(line(input.text.title, { fontSize: 32, bold: true, paraSpaceBefore: 8 }));
	if (byline) runs.push(line(byline, { color: ACCENT, bold: true, fontSize: 20, paraSpaceBefore: 6 }));
	if (input.text.title) runs.push(line(`${tr(publication.title, input.locale)} (${publication.publisher}, ${publication.year})`, { color: MUTED, fontSize: 16, paraSpaceBefore: 8 }));
	else
		runs.push(
			line(tr(publication.title, input.locale), { fontSize: 30, bold: true, paraSpaceBefore: 8 }),
			line(`${publication.publisher}, ${publication.year}`, { fontSize: 18, paraSpaceBefore: 8 }),
			line(m.slide_edited_by({ names: formatList(publication.editors, input.locale) }), { color: MUTED, fontSize: 16, paraSpaceBefore: 6 })
		);
	slide.addText(runs, { ...base, x: PAD, y: PAD, w: W - 2 * PAD, h: H - 2 * PAD, valign: 'middle', fit: 'shrink' });
}

function citySlide(slide: PSlide, s: Extract<Slide, { kind: 'city' }>, input: PptxInput) {
	const { city } = s;
	const { locale, dataset } = input;
	const picture = input.pictures.cities[city.id];
	if (picture) slide.addImage({ data: picture, x: 0, y: 0, w: MAP_W, h: H, sizing: { type: 'cover', w: MAP_W, h: H }, altText: m.deck_map({ name: city.name }) });
	slide.addShape('rect', { x: MAP_W, y: 0, w: 0.04, h: H, fill: { color: ACCENT }, line: { color: ACCENT } });
	const x = MAP_W + 0.3;
	const w = W - x - PAD;
	heading(slide, city.name, x, w);
	const runs: Runs = [line(`${countryName(city.iso2, locale)} · ${tr(regionLabels[city.region], locale)}`, { fontSize: 17 }), label(m.slide_goal_profile())];
	for (const goal of dataset.goals) {
		const score = city.goals[goal.id].score;
		runs.push(line(`${tr(goal.label, locale)}: ${'●'.repeat(score)}${'○'.repeat(3 - score)} ${m.score_of_three({ score, label: tr(scoreLabels[score]!, locale) })}`, { fontSize: 15 }));
	}
	runs.push(label(m.panel_programmes()));
	for (const p of s.programmes) runs.push(line(p.name, { fontSize: 16, bullet: { characterCode: '25B8' } }));
	runs.push(line(cityFact(s, input), { color: ACCENT, bold: true, fontSize: 17, paraSpaceBefore: 10 }));
	slide.addText(runs, { ...base, x, y: PAD + 0.85, w, h: H - PAD * 2 - 0.85, fit: 'shrink' });
}

function cityFact(s: Extract<Slide, { kind: 'city' }>, input: PptxInput): string {
	const { city } = s;
	const { publication } = input.dataset;
	if (s.fact === 'population' && city.population.value !== null) return `${m.slide_population({ number: formatNumber(city.population.value, input.locale) })} (${city.population.year}, ${host(city.population.source ?? '')})`;
	if (s.fact === 'learningCityStart' && city.learningCityStart.value !== null) return `${m.slide_since({ year: city.learningCityStart.value })} (${host(city.learningCityStart.source ?? '')})`;
	return city.award2015.received ? m.slide_award({ year: publication.award.date.slice(0, 4) }) : m.slide_case_study({ year: publication.year });
}

function listSlide(slide: PSlide, title: string, items: { lead: string; text: string }[], numbered = false) {
	heading(slide, title);
	const runs: Runs = items.flatMap((item, i) => [
		{ text: `${numbered ? `${i + 1}. ` : ''}${item.lead}`, options: { color: ACCENT, bold: true, paraSpaceBefore: 8 } },
		{ text: ` ${item.text}`, options: { breakLine: true } }
	]);
	slide.addText(runs, { ...base, x: PAD, y: PAD + 0.9, w: W - 2 * PAD, h: H - 2 * PAD - 0.9, fontSize: 17, fit: 'shrink' });
}

function matrixSlide(slide: PSlide, input: PptxInput) {
	const { goals } = input.dataset;
	heading(slide, m.slide_matrix_title());
	const cell = (text: string, options: PptxGenJS.TableCellProps = {}): PptxGenJS.TableCell => ({ text, options: { fontFace: FONT, color: INK, fontSize: 12, ...options } });
	const rows = [
		[cell(''), ...goals.map((g) => cell(tr(g.label, input.locale), { color: ACCENT, bold: true, fontSize: 10 }))],
		...input.cities.map((c) => [cell(c.name, { bold: true }), ...goals.map((g) => cell(`${'●'.repeat(c.goals[g.id].score)}${'○'.repeat(3 - c.goals[g.id].score)} ${c.goals[g.id].score}`))])
	];
	slide.addTable(rows, { x: PAD, y: PAD + 0.9, w: W - 2 * PAD, colW: [2, ...goals.map(() => (W - 2 * PAD - 2) / goals.length)], border: { type: 'solid', color: '555555', pt: 0.5 }, fill: { color: BG } });
}

function networkSlide(slide: PSlide, input: PptxInput) {
	heading(slide, m.deck_net_title());
	if (!input.network) return;
	const summary = networkSummary(input.network, input.dataset.publication.networkGrowth);
	const n = (v: number) => formatNumber(v, input.locale);
	const month = (date: string) => new Intl.DateTimeFormat(input.locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
	const mapW = W - 2 * PAD;
	const mapH = mapW * 0.44;
	if (input.pictures.network) slide.addImage({ data: input.pictures.network, x: PAD, y: PAD + 0.85, w: mapW, h: mapH, altText: m.deck_net_map_label({ placed: n(summary.placed), awarded: n(summary.awarded) }) });
	const count = summary.total
		? m.deck_net_count({ named: n(summary.named), total: n(summary.total.members), date: month(summary.total.date) })
		: m.deck_net_count_plain({ named: n(summary.named) });
	slide.addText(
		[
			{ text: count, options: { color: ACCENT, bold: true } },
			line(` · ${m.deck_net_placed({ placed: n(summary.placed), countries: n(summary.countries) })}`),
			line(`● ${m.deck_net_key_award({ count: n(summary.awarded) })}`, { fontSize: 14 }),
			line(
				m.deck_net_sources({
					total: summary.total ? host(summary.total.source) : '—',
					date: summary.total ? month(summary.total.date) : '—',
					cohorts: n(input.network.cohorts.length),
					awards: n(input.network.awards.length)
				}),
				{ color: MUTED, fontSize: 13, paraSpaceBefore: 6 }
			)
		],
		{ ...base, x: PAD, y: PAD + 0.95 + mapH, w: W - 2 * PAD, h: H - PAD - (PAD + 0.95 + mapH), fontSize: 16, fit: 'shrink' }
	);
}

function awardsSlide(slide: PSlide, input: PptxInput) {
	heading(slide, m.deck_awards_title());
	if (!input.network) return;
	const runs: Runs = editions(input.network, input.locale).flatMap((e) => [
		{ text: m.deck_awards_edition({ year: String(e.year), host: e.host }), options: { color: ACCENT, bold: true, paraSpaceBefore: 8 } },
		{ text: ` ${m.deck_awards_cities({ count: formatNumber(e.winners.length, input.locale) })}  `, options: { color: MUTED } },
		line(e.winners.join(' · '))
	]);
	const twice = repeatWinners(input.network, input.locale);
	const foot = `${twice.length ? `${m.deck_awards_twice({ cities: formatList(twice.map((t) => `${t.name} (${t.years.join(', ')})`), input.locale) })} ` : ''}${m.deck_awards_sources()}`;
	runs.push(line(foot, { color: MUTED, fontSize: 13, paraSpaceBefore: 10 }));
	slide.addText(runs, { ...base, x: PAD, y: PAD + 0.9, w: W - 2 * PAD, h: H - 2 * PAD - 0.9, fontSize: 15, fit: 'shrink' });
}

function closingSlide(slide: PSlide, input: PptxInput) {
	const { publication } = input.dataset;
	heading(slide, m.slide_closing_title());
	const qrSize = 3.2;
	let x = PAD;
	if (input.pictures.qr && input.address) {
		slide.addImage({ data: input.pictures.qr, x: PAD, y: PAD + 1, w: qrSize, h: qrSize, altText: m.slide_qr_label({ address: input.address }) });
		x = PAD + qrSize + 0.3;
	}
	const sources = [
		{ label: m.slide_source_book({ publisher: publication.publisher, year: publication.year }), url: publication.url },
		{ label: `UNESCO, ${m.doc_key_features()}`, url: publication.keyFeatures.source },
		{ label: `UNESCO, ${m.doc_guidelines()}`, url: publication.guidelines.source }
	];
	const runs: Runs = [
		input.address ? line(input.address, { color: ACCENT, bold: true, fontSize: 18, hyperlink: { url: input.address } }) : line(m.slide_no_address(), { fontSize: 16 }),
		label(m.panel_sources()),
		// The label on its line, the address (the link) under it: Impress wraps a link as one unbreakable field,
		// cutting a linked label inside its words, and an address has no words to keep whole.
		...sources.flatMap((s) => [
			line(s.label, { fontSize: 14, bullet: true, paraSpaceBefore: 4 }),
			line(s.url, { fontSize: 11, color: MUTED, indentLevel: 1, hyperlink: { url: s.url } })
		]),
		line(m.slide_sources_per_city(), { fontSize: 14, bullet: true, paraSpaceBefore: 4 })
	];
	slide.addText(runs, { ...base, x, y: PAD + 1, w: W - x - PAD, h: H - PAD * 2 - 1 });
}

/** The file's bytes. */
export async function buildPptx(input: PptxInput): Promise<Blob> {
	const deck = new PptxGenJS();
	deck.layout = 'LAYOUT_4x3';
	deck.title = input.text.title ?? tr(input.dataset.publication.title, input.locale);
	deck.author = input.text.speaker ?? m.site_name();
	deck.company = m.site_name();
	deck.subject = input.text.event ?? '';
	deck.theme = { headFontFace: FONT, bodyFontFace: FONT };
	const { dataset, locale } = input;
	for (const s of input.slides) {
		const slide = deck.addSlide();
		slide.background = { color: BG };
		switch (s.kind) {
			case 'title':
				titleSlide(slide, input);
				break;
			case 'goals':
				listSlide(slide, m.slide_goals_title(), dataset.goals.map((g) => ({ lead: tr(g.label, locale), text: tr(g.description, locale) })));
				break;
			case 'city':
				citySlide(slide, s, input);
				break;
			case 'matrix':
				matrixSlide(slide, input);
				break;
			case 'guidelines':
				listSlide(slide, m.slide_guidelines_title(), dataset.publication.guidelines.areas.map((a) => ({ lead: `${tr(a.label, locale)}.`, text: tr(a.description, locale) })), true);
				break;
			case 'network':
				networkSlide(slide, input);
				break;
			case 'awards':
				awardsSlide(slide, input);
				break;
			case 'closing':
				closingSlide(slide, input);
				break;
		}
		slide.addNotes(input.notes(s) || slideName(s));
	}
	return (await deck.write({ outputType: 'blob', compression: true })) as Blob;
}
