/**
 * The UN M49 region (continent) of each country, for roll-ups by region: Africa, Americas,
 * Asia, Europe, Oceania, as the UN Statistics Division's "Standard country or area codes for
 * statistical use" groups them (Cyprus and Turkey in Asia, Russia in Europe, as M49 does).
 */
export const WORLD_REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type WorldRegion = (typeof WORLD_REGIONS)[number];

const LISTS: Record<WorldRegion, string> = {
  africa:
    'DZ AO BJ BW IO BF BI CV CM CF TD KM CG CD CI DJ EG GQ ER SZ ET TF GA GM GH GN GW KE LS LR LY MG MW ML MR MU YT MA MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS SD TZ TG TN UG EH ZM ZW',
  americas:
    'AI AG AR AW BS BB BZ BM BO BQ BV BR CA KY CL CO CR CU CW DM DO EC SV FK GF GL GD GP GT GY HT HN JM MQ MX MS NI PA PY PE PR BL KN LC MF PM VC SX GS SR TT TC US UM UY VE VG VI',
  asia: 'AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV MN MM NP KP OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE',
  europe:
    'AX AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB',
  oceania: 'AS AU CX CC CK FJ PF GU HM KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV VU WF',
};

const REGION_OF = new Map<string, WorldRegion>();
for (const r of WORLD_REGIONS) for (const c of LISTS[r].split(' ')) REGION_OF.set(c, r);

/** The region of an ISO 3166-1 alpha-2 code, or null (unknown code, Antarctica). */
export function worldRegionOf(country: string): WorldRegion | null {
  return REGION_OF.get(country.toUpperCase()) ?? null;
}
