/**
 * The Data page's files, built from `data/` when the site is built: the twelve cities with every field, their
 * goal scores with evidence, confidence and basis, the network's members (CSV and GeoJSON), and the data
 * dictionary, each in the three languages. Every column is defined once, here, with its heading, its meaning
 * (the dictionary) and its value, so the files and the dictionary cannot drift apart. Pure: the routes hand in the
 * records, the unit tests too.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import { cityIn, localName } from '$lib/data/localise';
import type { Member } from '$lib/data/networkSchema';
import type { City, Dataset, Goal, Text } from '$lib/data/schema';
import { GOAL_IDS, type Locale } from '$lib/data/vocabulary';
import { csvSeparator, csvText, type Cell } from '$lib/i18n/csv';
import { countryName } from '$lib/i18n/format';
import { basisLabels, confidenceWords, regionLabels, scoreLabels } from '$lib/i18n/labels';

export interface Column<R> {
	header: Text;
	meaning: Text;
	value: (row: R, locale: Locale) => Cell;
}

const t = (en: string, fr: string, es: string): Text => ({ en, fr, es });
const yes = t('yes', 'oui', 'sí');
const no = t('no', 'non', 'no');
/** Lists inside one cell go one item a line: a spreadsheet shows the line breaks of a quoted cell. */
const lines = (items: readonly string[]) => items.join('\n');
const sourceList = (sources: readonly { label: string; url?: string }[]) => lines(sources.map((s) => (s.url ? `${s.label} <${s.url}>` : s.label)));

const cityColumns: Column<City>[] = [
	{ header: t('id', 'id', 'id'), meaning: t('The city’s permanent id, as in the atlas’s addresses (?city=cork).', 'L’identifiant permanent de la ville, celui des adresses de l’atlas (?city=cork).', 'El identificador permanente de la ciudad, el de las direcciones del atlas (?city=cork).'), value: (c) => c.id },
	{ header: t('City', 'Ville', 'Ciudad'), meaning: t('The city’s name in the file’s language.', 'Le nom de la ville dans la langue du fichier.', 'El nombre de la ciudad en el idioma del archivo.'), value: (c) => c.name },
	{ header: t('Official name', 'Nom officiel', 'Nombre oficial'), meaning: t('The city government’s official name.', 'Le nom officiel de l’administration de la ville.', 'El nombre oficial del gobierno de la ciudad.'), value: (c) => c.officialName },
	{ header: t('Country', 'Pays', 'País'), meaning: t('The country, named in the file’s language.', 'Le pays, nommé dans la langue du fichier.', 'El país, nombrado en el idioma del archivo.'), value: (c, l) => countryName(c.iso2, l) },
	{ header: t('ISO 3166-1 alpha-2', 'ISO 3166-1 alpha-2', 'ISO 3166-1 alfa-2'), meaning: t('The country’s two-letter code.', 'Le code du pays à deux lettres.', 'El código del país de dos letras.'), value: (c) => c.iso2 },
	{ header: t('ISO 3166-1 alpha-3', 'ISO 3166-1 alpha-3', 'ISO 3166-1 alfa-3'), meaning: t('The country’s three-letter code.', 'Le code du pays à trois lettres.', 'El código del país de tres letras.'), value: (c) => c.iso3 },
	{ header: t('UNESCO region', 'Région UNESCO', 'Región de la UNESCO'), meaning: t('The UNESCO region, as UIL groups its member cities.', 'La région UNESCO, comme l’UIL regroupe ses villes membres.', 'La región de la UNESCO, como el UIL agrupa a sus ciudades miembro.'), value: (c, l) => regionLabels[c.region][l] },
	{ header: t('Latitude', 'Latitude', 'Latitud'), meaning: t('Degrees north (WGS 84).', 'Degrés nord (WGS 84).', 'Grados norte (WGS 84).'), value: (c) => c.lat },
	{ header: t('Longitude', 'Longitude', 'Longitud'), meaning: t('Degrees east (WGS 84).', 'Degrés est (WGS 84).', 'Grados este (WGS 84).'), value: (c) => c.lon },
	{ header: t('Coordinates source', 'Source des coordonnées', 'Fuente de las coordenadas'), meaning: t('Where the coordinates come from.', 'D’où viennent les coordonnées.', 'De dónde proceden las coordenadas.'), value: (c) => c.coordinatesSource },
	{ header: t('Population', 'Population', 'Población'), meaning: t('Inhabitants; empty when no source gives it (the note says what is known).', 'Nombre d’habitants ; vide quand aucune source ne le donne (la note dit ce qui est connu).', 'Habitantes; vacío cuando ninguna fuente lo da (la nota dice lo que se sabe).'), value: (c) => c.population.value },
	{ header: t('Population year', 'Année de la population', 'Año de la población'), meaning: t('The year of the count.', 'L’année du décompte.', 'El año del recuento.'), value: (c) => c.population.year },
	{ header: t('Population note', 'Note sur la population', 'Nota sobre la población'), meaning: t('What the count is and where it comes from.', 'Ce qu’est ce chiffre et d’où il vient.', 'Qué es la cifra y de dónde procede.'), value: (c, l) => c.population.note?.[l] },
	{ header: t('Population source', 'Source de la population', 'Fuente de la población'), meaning: t('The page the count comes from.', 'La page d’où vient le chiffre.', 'La página de la que procede la cifra.'), value: (c) => c.population.source },
	{ header: t('Learning city since', 'Ville apprenante depuis', 'Ciudad del aprendizaje desde'), meaning: t('The year the city’s learning-city work began; empty when unknown.', 'L’année où la ville a commencé sa démarche de ville apprenante ; vide si elle est inconnue.', 'El año en que la ciudad empezó su labor de ciudad del aprendizaje; vacío si se desconoce.'), value: (c) => c.learningCityStart.value },
	{ header: t('Learning city since: note', 'Ville apprenante depuis : note', 'Ciudad del aprendizaje desde: nota'), meaning: t('What is known of that start.', 'Ce que l’on sait de ce début.', 'Lo que se sabe de ese comienzo.'), value: (c, l) => c.learningCityStart.note?.[l] },
	{ header: t('Learning city since: source', 'Ville apprenante depuis : source', 'Ciudad del aprendizaje desde: fuente'), meaning: t('The page that says so.', 'La page qui l’indique.', 'La página que lo indica.'), value: (c) => c.learningCityStart.source },
	{ header: t('UNESCO Learning City Award 2015', 'Prix UNESCO de la ville apprenante 2015', 'Premio UNESCO Ciudad del Aprendizaje 2015'), meaning: t('Whether the city received the 2015 award.', 'Si la ville a reçu le prix 2015.', 'Si la ciudad recibió el premio de 2015.'), value: (c, l) => (c.award2015.received ? yes : no)[l] },
	{ header: t('Award source', 'Source du prix', 'Fuente del premio'), meaning: t('The page that says so.', 'La page qui l’indique.', 'La página que lo indica.'), value: (c) => c.award2015.source },
	{ header: t('Summary', 'Résumé', 'Resumen'), meaning: t('The city in a few lines, written for the atlas from its sources.', 'La ville en quelques lignes, écrites pour l’atlas d’après ses sources.', 'La ciudad en pocas líneas, escritas para el atlas a partir de sus fuentes.'), value: (c, l) => c.summary[l] },
	{ header: t('Vision', 'Vision', 'Visión'), meaning: t('The city’s vision of a learning city.', 'La vision de la ville apprenante que porte la ville.', 'La visión de ciudad del aprendizaje de la ciudad.'), value: (c, l) => c.vision[l] },
	{ header: t('Flagship programmes', 'Programmes phares', 'Programas emblemáticos'), meaning: t('Three to six programmes, one a line: name, then what it does.', 'De trois à six programmes, un par ligne : le nom, puis ce qu’il fait.', 'De tres a seis programas, uno por línea: el nombre y lo que hace.'), value: (c, l) => lines(c.programmes.map((p) => `${p.name}: ${p.description[l]}`)) },
	{ header: t('Challenges', 'Difficultés', 'Desafíos'), meaning: t('The challenges the sources name, one a line.', 'Les difficultés que nomment les sources, une par ligne.', 'Los desafíos que mencionan las fuentes, uno por línea.'), value: (c, l) => lines(c.challenges.map((x) => x[l])) },
	{ header: t('Sources', 'Sources', 'Fuentes'), meaning: t('Every source of the record, one a line: who published it, then its address.', 'Toutes les sources de la fiche, une par ligne : qui l’a publiée, puis son adresse.', 'Todas las fuentes del registro, una por línea: quién la publicó y su dirección.'), value: (c) => sourceList(c.sources) }
];

interface ScoreRow {
	city: City;
	goal: Goal;
}

const scoreColumns: Column<ScoreRow>[] = [
	{ header: t('id', 'id', 'id'), meaning: cityColumns[0]!.meaning, value: (r) => r.city.id },
	{ header: cityColumns[1]!.header, meaning: cityColumns[1]!.meaning, value: (r) => r.city.name },
	{ header: t('Goal id', 'id de l’objectif', 'id del objetivo'), meaning: t('The goal’s permanent id, as in the atlas’s addresses (?goals=social-cohesion).', 'L’identifiant permanent de l’objectif, celui des adresses de l’atlas (?goals=social-cohesion).', 'El identificador permanente del objetivo, el de las direcciones del atlas (?goals=social-cohesion).'), value: (r) => r.goal.id },
	{ header: t('Goal', 'Objectif', 'Objetivo'), meaning: t('One of the five goals of learning in the book.', 'L’un des cinq objectifs de l’apprentissage du livre.', 'Uno de los cinco objetivos del aprendizaje del libro.'), value: (r, l) => r.goal.label[l] },
	{ header: t('Score', 'Score', 'Puntuación'), meaning: t('0 to 3: our editorial judgement of how much the city uses learning for the goal (see the Method page).', 'De 0 à 3 : notre jugement éditorial de la place que la ville donne à l’apprentissage pour cet objectif (voir la page Méthode).', 'De 0 a 3: nuestro juicio editorial sobre cuánto usa la ciudad el aprendizaje para el objetivo (véase la página Método).'), value: (r) => r.city.goals[r.goal.id].score },
	{ header: t('Score meaning', 'Sens du score', 'Significado de la puntuación'), meaning: t('The score in words.', 'Le score en mots.', 'La puntuación en palabras.'), value: (r, l) => scoreLabels[r.city.goals[r.goal.id].score]![l] },
	{ header: t('Evidence', 'Éléments probants', 'Evidencia'), meaning: t('The programme or statement behind the score.', 'Le programme ou la déclaration qui fonde le score.', 'El programa o la declaración en que se basa la puntuación.'), value: (r, l) => r.city.goals[r.goal.id].evidence[l] },
	{ header: t('Confidence', 'Confiance', 'Confianza'), meaning: t('How sure the score is: high, medium or low.', 'Le degré de certitude du score : élevée, moyenne ou faible.', 'Qué tan segura es la puntuación: alta, media o baja.'), value: (r, l) => confidenceWords[r.city.goals[r.goal.id].confidence][l] },
	{ header: t('Basis', 'Fondement', 'Base'), meaning: t('What the score rests on: the case study, or other public material.', 'Ce sur quoi repose le score : l’étude de cas, ou d’autres sources publiques.', 'En qué se basa la puntuación: el estudio de caso u otras fuentes públicas.'), value: (r, l) => basisLabels[r.city.goals[r.goal.id].basis][l] },
	{ header: cityColumns.at(-1)!.header, meaning: t('The city’s sources, one a line.', 'Les sources de la ville, une par ligne.', 'Las fuentes de la ciudad, una por línea.'), value: (r) => sourceList(r.city.sources) }
];

const membership: Record<Member['membership'], Text> = {
	read: t('named as a member by a source', 'nommée membre par une source', 'nombrada miembro por una fuente'),
	'read-weak': t('named as a member by a weaker source', 'nommée membre par une source plus fragile', 'nombrada miembro por una fuente más débil'),
	'inferred-from-award': t('inferred from an award', 'déduite d’un prix', 'deducida de un premio')
};

function placeText(place: Member['place'], locale: Locale): string {
	if ('geonames' in place) {
		const via = place.via && { seat: t('the seat', 'le chef-lieu', 'la cabecera'), parent: t('the parent city', 'la ville parente', 'la ciudad matriz') }[place.via][locale];
		return `GeoNames ${place.geonames}${via ? ` (${via})` : ''}`;
	}
	if ('source' in place) return sourceList([place.source]);
	return { ambiguous: t('not placed: ambiguous', 'non placée : ambiguë', 'sin ubicar: ambigua'), 'not-found': t('not placed: not found', 'non placée : introuvable', 'sin ubicar: no encontrada'), 'no-single-place': t('not placed: no single place', 'non placée : pas de lieu unique', 'sin ubicar: sin un lugar único') }[place.unplaced][locale];
}

const networkColumns: Column<Member>[] = [
	{ header: t('id', 'id', 'id'), meaning: t('The record’s permanent id: name and country.', 'L’identifiant permanent de la fiche : nom et pays.', 'El identificador permanente del registro: nombre y país.'), value: (r) => r.id },
	{ header: cityColumns[1]!.header, meaning: cityColumns[1]!.meaning, value: (r, l) => localName(r.name, r.names, l) },
	{ header: cityColumns[4]!.header, meaning: cityColumns[4]!.meaning, value: (r) => r.country },
	{ header: cityColumns[3]!.header, meaning: cityColumns[3]!.meaning, value: (r, l) => countryName(r.country, l) },
	{ header: cityColumns[6]!.header, meaning: cityColumns[6]!.meaning, value: (r, l) => regionLabels[r.region][l] },
	{ header: cityColumns[7]!.header, meaning: t('Degrees north (WGS 84); empty for a city not placed yet.', 'Degrés nord (WGS 84) ; vide pour une ville pas encore placée.', 'Grados norte (WGS 84); vacío para una ciudad aún sin ubicar.'), value: (r) => r.lat },
	{ header: cityColumns[8]!.header, meaning: t('Degrees east (WGS 84); empty for a city not placed yet.', 'Degrés est (WGS 84) ; vide pour une ville pas encore placée.', 'Grados este (WGS 84); vacío para una ciudad aún sin ubicar.'), value: (r) => r.lon },
	{ header: t('Placed by', 'Placée par', 'Ubicada por'), meaning: t('Where the coordinates come from: a GeoNames record (the place, or the seat or parent city it is placed at), a cited page, or why it is not placed.', 'D’où viennent les coordonnées : une fiche GeoNames (le lieu, ou le chef-lieu ou la ville parente où il est placé), une page citée, ou pourquoi il n’est pas placé.', 'De dónde proceden las coordenadas: un registro de GeoNames (el lugar, o la cabecera o ciudad matriz donde se ubica), una página citada o por qué no está ubicado.'), value: (r, l) => placeText(r.place, l) },
	{ header: t('Joined', 'Année d’adhésion', 'Año de ingreso'), meaning: t('The year the city joined the network; empty when unknown.', 'L’année où la ville a rejoint le réseau ; vide si elle est inconnue.', 'El año en que la ciudad ingresó en la red; vacío si se desconoce.'), value: (r) => r.joined },
	{ header: t('Awards', 'Prix', 'Premios'), meaning: t('The years of its UNESCO Learning City Awards.', 'Les années de ses prix UNESCO de la ville apprenante.', 'Los años de sus premios UNESCO Ciudad del Aprendizaje.'), value: (r) => r.awards.join(' ') },
	{ header: t('Case study', 'Étude de cas', 'Estudio de caso'), meaning: t('The id of its case study in the book, for the twelve.', 'L’identifiant de son étude de cas dans le livre, pour les douze.', 'El identificador de su estudio de caso en el libro, para las doce.'), value: (r) => r.caseStudy },
	{ header: t('Membership', 'Fondement de l’adhésion', 'Base de la pertenencia'), meaning: t('How the membership is known.', 'Comment l’adhésion est connue.', 'Cómo se conoce la pertenencia.'), value: (r, l) => membership[r.membership][l] },
	{ header: cityColumns.at(-1)!.header, meaning: cityColumns.at(-1)!.meaning, value: (r) => sourceList(r.sources) },
	{ header: t('Note (in English)', 'Note (en anglais)', 'Nota (en inglés)'), meaning: t('The maintainers’ note on the record, in English only.', 'La note des responsables sur la fiche, en anglais seulement.', 'La nota de quienes mantienen el registro, solo en inglés.'), value: (r) => [r.note, r.joinedNote].filter(Boolean).join(' | ') }
];

export const FILE_IDS = ['cities', 'scores', 'network', 'dictionary'] as const;
export type FileId = (typeof FILE_IDS)[number];

/** What a file is, in the page's words: its title, and the name it is saved under. */
export const fileTitles: Record<FileId | 'geojson' | 'json', { title: Text; name: Text }> = {
	cities: { title: t('The twelve cities, every field', 'Les douze villes, tous les champs', 'Las doce ciudades, todos los campos'), name: t('learning-cities', 'villes-apprenantes', 'ciudades-del-aprendizaje') },
	scores: { title: t('Goal scores with evidence, confidence and basis', 'Scores des objectifs, avec éléments probants, confiance et fondement', 'Puntuaciones de los objetivos con evidencia, confianza y base'), name: t('learning-cities-goal-scores', 'villes-apprenantes-scores-des-objectifs', 'ciudades-del-aprendizaje-puntuaciones') },
	network: { title: t('The Global Network of Learning Cities: members', 'Le Réseau mondial des villes apprenantes : membres', 'La Red Mundial de Ciudades del Aprendizaje: miembros'), name: t('learning-cities-network', 'villes-apprenantes-reseau', 'ciudades-del-aprendizaje-red') },
	geojson: { title: t('The network’s placed members as points (GeoJSON)', 'Les membres placés du réseau, en points (GeoJSON)', 'Los miembros ubicados de la red, como puntos (GeoJSON)'), name: t('learning-cities-network', 'villes-apprenantes-reseau', 'ciudades-del-aprendizaje-red') },
	json: { title: t('Everything in one file, three languages (JSON)', 'Tout en un fichier, trois langues (JSON)', 'Todo en un archivo, tres idiomas (JSON)'), name: t('learning-cities-atlas-data', 'atlas-villes-apprenantes-donnees', 'atlas-ciudades-del-aprendizaje-datos') },
	dictionary: { title: t('Data dictionary', 'Dictionnaire des données', 'Diccionario de datos'), name: t('learning-cities-data-dictionary', 'villes-apprenantes-dictionnaire-des-donnees', 'ciudades-del-aprendizaje-diccionario-de-datos') }
};

export interface Records {
	dataset: Dataset;
	network: readonly Member[];
}

function rows<R>(columns: readonly Column<R>[], records: readonly R[], locale: Locale): string {
	return csvText(
		columns.map((c) => c.header[locale]),
		records.map((r) => columns.map((c) => c.value(r, locale))),
		locale,
		csvSeparator(locale)
	);
}

/** The cities as the files show them: names in `locale`, in that language's alphabetical order. */
function citiesIn({ dataset }: Records, locale: Locale): City[] {
	const collator = new Intl.Collator(locale);
	return dataset.cities.map((c) => cityIn(c, locale)).sort((a, b) => collator.compare(a.name, b.name));
}

/** The columns of each CSV file, for the dictionary (file, column, meaning). */
export function dictionary(): { file: Exclude<FileId, 'dictionary'> | 'geojson'; columns: { header: Text; meaning: Text }[] }[] {
	return [
		{ file: 'cities', columns: cityColumns },
		{ file: 'scores', columns: scoreColumns },
		{ file: 'network', columns: networkColumns },
		{ file: 'geojson', columns: geojsonProperties }
	];
}

const geojsonProperties: { header: Text; meaning: Text }[] = [
	{ header: t('id', 'id', 'id'), meaning: networkColumns[0]!.meaning },
	{ header: t('name', 'name', 'name'), meaning: t('The name in English; name_fr and name_es its French and Spanish forms.', 'Le nom en anglais ; name_fr et name_es ses formes française et espagnole.', 'El nombre en inglés; name_fr y name_es sus formas francesa y española.') },
	{ header: t('country', 'country', 'country'), meaning: cityColumns[4]!.meaning },
	{ header: t('region', 'region', 'region'), meaning: t('The UNESCO region’s id (europe-north-america, …).', 'L’identifiant de la région UNESCO (europe-north-america, …).', 'El identificador de la región de la UNESCO (europe-north-america, …).') },
	{ header: t('joined', 'joined', 'joined'), meaning: networkColumns[8]!.meaning },
	{ header: t('awards', 'awards', 'awards'), meaning: networkColumns[9]!.meaning },
	{ header: t('caseStudy', 'caseStudy', 'caseStudy'), meaning: networkColumns[10]!.meaning },
	{ header: t('membership', 'membership', 'membership'), meaning: t('How the membership is known: read, read-weak or inferred-from-award.', 'Comment l’adhésion est connue : read (lue), read-weak (lue dans une source plus fragile) ou inferred-from-award (déduite d’un prix).', 'Cómo se conoce la pertenencia: read (leída), read-weak (leída en una fuente más débil) o inferred-from-award (deducida de un premio).') },
	{ header: t('sources', 'sources', 'sources'), meaning: t('Every source, as { label, url }.', 'Toutes les sources, sous la forme { label, url }.', 'Todas las fuentes, como { label, url }.') }
];

export function dictionaryCsv(locale: Locale): string {
	const header = [t('File', 'Fichier', 'Archivo'), t('Column', 'Colonne', 'Columna'), t('Meaning', 'Signification', 'Significado')].map((h) => h[locale]);
	const body = dictionary().flatMap(({ file, columns }) => columns.map((c) => [fileTitles[file].title[locale], c.header[locale], c.meaning[locale]]));
	return csvText(header, body, locale, csvSeparator(locale));
}

export function citiesCsvFile(records: Records, locale: Locale): string {
	return rows(cityColumns, citiesIn(records, locale), locale);
}

/** One row per city and goal (twelve times five), in the goals' own order. */
export function scoresCsvFile(records: Records, locale: Locale): string {
	const goals = GOAL_IDS.map((id) => records.dataset.goals.find((g) => g.id === id)!);
	return rows(scoreColumns, citiesIn(records, locale).flatMap((city) => goals.map((goal) => ({ city, goal }))), locale);
}

export function networkCsvFile(records: Records, locale: Locale): string {
	return rows(networkColumns, records.network, locale);
}

/** The placed members as points ([lon, lat], RFC 7946); a record not placed yet has no point to give. */
export function networkGeoJson({ network }: Records): FeatureCollection<Point> {
	const features: Feature<Point>[] = network.flatMap((r) =>
		r.lat === null || r.lon === null
			? []
			: [
					{
						type: 'Feature' as const,
						id: r.id,
						geometry: { type: 'Point' as const, coordinates: [r.lon, r.lat] },
						properties: {
							id: r.id,
							name: r.name,
							name_fr: localName(r.name, r.names, 'fr'),
							name_es: localName(r.name, r.names, 'es'),
							country: r.country,
							region: r.region,
							joined: r.joined,
							awards: r.awards,
							caseStudy: r.caseStudy ?? null,
							membership: r.membership,
							sources: r.sources
						}
					}
				]
	);
	return { type: 'FeatureCollection', features };
}

/** The dataset as in `data/`, its texts in the three languages, with the licence it comes under. */
export function everythingJson({ dataset, network }: Records, licence: string): string {
	return `${JSON.stringify({ licence, goals: dataset.goals, publication: dataset.publication, cities: dataset.cities, network }, null, '\t')}\n`;
}

/** How many rows each file has (the page says so beside each download). */
export function fileCounts({ dataset, network }: Records) {
	return {
		cities: dataset.cities.length,
		scores: dataset.cities.length * GOAL_IDS.length,
		network: network.length,
		geojson: network.filter((r) => r.lat !== null).length,
		dictionary: dictionary().reduce((n, f) => n + f.columns.length, 0)
	};
}
