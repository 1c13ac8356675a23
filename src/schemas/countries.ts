/**
 * ISO 3166-1 alpha-2 country codes grouped by region, so a location's region can be derived from its
 * country. This table is the list of valid codes: a code not listed here is rejected.
 */
import type { RegionId } from './vocabularies.ts';

const codesByRegion: Record<RegionId, string> = {
  africa:
    'DZ AO BJ BW BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW IO TF',
  asia: 'AF BD BT BN KH CN HK IN ID JP KZ KP KR KG LA MO MY MV MN MM NP PK PH SG LK TW TJ TH TL TM UZ VN',
  europe:
    'AX AL AD AM AT AZ BY BE BA BG HR CY CZ DK EE FO FI FR GE DE GI GR GG HU IS IE IM IT JE XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB VA',
  'latin-america-caribbean':
    'AI AG AR AW BS BB BZ BO BQ BR VG KY CL CO CR CU CW DM DO EC SV FK GF GD GP GT GY HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF VC SX SR TT TC UY VE VI GS BV',
  'middle-east': 'BH IR IQ IL JO KW LB OM PS QA SA SY TR AE YE',
  'north-america': 'CA US GL BM PM UM',
  oceania: 'AS AU CX CC CK FJ PF GU HM KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF AQ',
};

/** Region of each known country code. */
export const regionOfCountry: ReadonlyMap<string, RegionId> = new Map(
  (Object.entries(codesByRegion) as [RegionId, string][]).flatMap(([region, codes]) =>
    codes.split(' ').map((code) => [code, region] as const),
  ),
);

/** Every valid ISO 3166-1 alpha-2 code, sorted. */
export const countryCodes: readonly string[] = [...regionOfCountry.keys()].sort();
