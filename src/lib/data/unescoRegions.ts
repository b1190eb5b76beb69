/**
 * The UNESCO region of each member country, as UIL groups the network's cities (ISO 3166-1 alpha-2). A country
 * missing here fails `npm run data:check` and the import, so a new member country gets its region on purpose.
 */
import type { RegionId } from './vocabulary.ts';

const BY_REGION: Record<RegionId, string> = {
	africa: 'AO BF BI BJ BW CD CF CG CI CM CV DJ ER ET GA GH GM GN GQ GW KE KM LR LS MG ML MU MW MZ NA NE NG RW SC SL SN SO SS ST SZ TD TG TZ UG ZA ZM ZW',
	'arab-states': 'AE BH DZ EG IQ JO KW LB LY MA MR OM PS QA SA SD SY TN YE',
	'asia-pacific': 'AF AU BD BN BT CN FJ ID IN IR JP KG KH KP KR KZ LA LK MM MN MV MY NP NZ PG PH PK SB SG TH TJ TL TM TO UZ VN VU WS',
	'europe-north-america': 'AD AL AM AT AZ BA BE BG BY CA CH CY CZ DE DK EE ES FI FR GB GE GR HR HU IE IL IS IT LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SK SM TR UA US',
	'latin-america-caribbean': 'AG AR BB BO BR BS BZ CL CO CR CU DM DO EC GD GT GY HN HT JM KN LC MX NI PA PE PY SR SV TT UY VC VE'
};

export const UNESCO_REGION: Readonly<Record<string, RegionId>> = Object.fromEntries(
	Object.entries(BY_REGION).flatMap(([region, codes]) => codes.split(' ').map((code) => [code, region as RegionId]))
);
