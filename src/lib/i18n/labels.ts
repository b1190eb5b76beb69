/** Labels for the fixed vocabularies of the schema (regions, confidence, basis), in the atlas's languages. */
import type { Basis, Confidence, RegionId, Text } from '$lib/data/schema';

export const regionLabels: Record<RegionId, Text> = {
	africa: { en: 'Africa', fr: 'Afrique', es: 'África' },
	'arab-states': { en: 'Arab States', fr: 'États arabes', es: 'Estados Árabes' },
	'asia-pacific': { en: 'Asia and the Pacific', fr: 'Asie et Pacifique', es: 'Asia y el Pacífico' },
	'europe-north-america': { en: 'Europe and North America', fr: 'Europe et Amérique du Nord', es: 'Europa y América del Norte' },
	'latin-america-caribbean': {
		en: 'Latin America and the Caribbean',
		fr: 'Amérique latine et Caraïbes',
		es: 'América Latina y el Caribe'
	}
};

export const confidenceLabels: Record<Confidence, Text> = {
	high: { en: 'high confidence', fr: 'confiance élevée', es: 'confianza alta' },
	medium: { en: 'medium confidence', fr: 'confiance moyenne', es: 'confianza media' },
	low: { en: 'low confidence', fr: 'confiance faible', es: 'confianza baja' }
};

/** A confidence on its own, under a heading that says "confidence" (the CSV's columns). */
export const confidenceWords: Record<Confidence, Text> = {
	high: { en: 'high', fr: 'élevée', es: 'alta' },
	medium: { en: 'medium', fr: 'moyenne', es: 'media' },
	low: { en: 'low', fr: 'faible', es: 'baja' }
};

export const basisLabels: Record<Basis, Text> = {
	'case-study': { en: 'case study', fr: 'étude de cas', es: 'estudio de caso' },
	other: { en: 'other material', fr: 'autres sources', es: 'otras fuentes' }
};

export const scoreLabels: Text[] = [
	{ en: 'no evidence', fr: 'aucune indication', es: 'sin evidencia' },
	{ en: 'mentioned', fr: 'mentionné', es: 'mencionado' },
	{ en: 'a clear strand', fr: 'un axe clair', es: 'una línea clara' },
	{ en: 'the central purpose', fr: 'l’objectif central', es: 'el propósito central' }
];
