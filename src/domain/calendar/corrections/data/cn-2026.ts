import type { CorrectionFile } from "../types.ts";
import { SOURCES } from "./sources.ts";

const day = (
  date: string,
  kind: "span" | "business-saturday",
  zh: string,
  en: string,
) => ({ kind, date, name: { en, zh }, schedule: true, source: SOURCES.cn2026 });

/**
 * China 2026: the State Council schedule (调休) as corrections, so every workspace gets it by
 * default; a workspace opts out per country (country settings, official schedule off).
 * Same rows as the cn-2026 preset file.
 */
export const CN_2026: CorrectionFile = {
  country: "CN",
  year: 2026,
  reviewed: "2026-11-30, against the notice text of 2025-11-04",
  corrections: [
    day("2026-01-01", "span", "元旦", "New Year's Day"),
    day("2026-01-02", "span", "元旦", "New Year's Day"),
    day("2026-01-03", "span", "元旦", "New Year's Day"),
    day("2026-01-04", "business-saturday", "元旦调休上班", "New Year's Day make-up working day"),
    day("2026-02-14", "business-saturday", "春节调休上班", "Spring Festival make-up working day"),
    day("2026-02-15", "span", "春节", "Spring Festival"),
    day("2026-02-16", "span", "春节", "Spring Festival"),
    day("2026-02-17", "span", "春节", "Spring Festival"),
    day("2026-02-18", "span", "春节", "Spring Festival"),
    day("2026-02-19", "span", "春节", "Spring Festival"),
    day("2026-02-20", "span", "春节", "Spring Festival"),
    day("2026-02-21", "span", "春节", "Spring Festival"),
    day("2026-02-22", "span", "春节", "Spring Festival"),
    day("2026-02-23", "span", "春节", "Spring Festival"),
    day("2026-02-28", "business-saturday", "春节调休上班", "Spring Festival make-up working day"),
    day("2026-04-04", "span", "清明节", "Qingming Festival"),
    day("2026-04-05", "span", "清明节", "Qingming Festival"),
    day("2026-04-06", "span", "清明节", "Qingming Festival"),
    day("2026-05-01", "span", "劳动节", "Labour Day"),
    day("2026-05-02", "span", "劳动节", "Labour Day"),
    day("2026-05-03", "span", "劳动节", "Labour Day"),
    day("2026-05-04", "span", "劳动节", "Labour Day"),
    day("2026-05-05", "span", "劳动节", "Labour Day"),
    day("2026-05-09", "business-saturday", "劳动节调休上班", "Labour Day make-up working day"),
    day("2026-06-19", "span", "端午节", "Dragon Boat Festival"),
    day("2026-06-20", "span", "端午节", "Dragon Boat Festival"),
    day("2026-06-21", "span", "端午节", "Dragon Boat Festival"),
    day("2026-09-20", "business-saturday", "国庆节调休上班", "National Day make-up working day"),
    day("2026-09-25", "span", "中秋节", "Mid-Autumn Festival"),
    day("2026-09-26", "span", "中秋节", "Mid-Autumn Festival"),
    day("2026-09-27", "span", "中秋节", "Mid-Autumn Festival"),
    day("2026-10-01", "span", "国庆节", "National Day"),
    day("2026-10-02", "span", "国庆节", "National Day"),
    day("2026-10-03", "span", "国庆节", "National Day"),
    day("2026-10-04", "span", "国庆节", "National Day"),
    day("2026-10-05", "span", "国庆节", "National Day"),
    day("2026-10-06", "span", "国庆节", "National Day"),
    day("2026-10-07", "span", "国庆节", "National Day"),
    day("2026-10-10", "business-saturday", "国庆节调休上班", "National Day make-up working day"),
    // Not in the schedule: a day off for children under 14 only.
    {
      kind: "abolished",
      date: "2026-06-01",
      name: { en: "Children's Day: a day off for children only", zh: "儿童节：仅少年儿童放假" },
      source: SOURCES.cnRegulation,
    },
  ],
};
