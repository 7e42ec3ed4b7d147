/**
 * A lead's score: how well it fits the workspace's ideal customer profile (country, industry,
 * size, source) plus how engaged it is (activities and inbound mail of the last 30 days),
 * explained part by part as the health score is. Pure.
 */
export interface IdealCustomerProfile {
  countries: string[];
  industries: string[];
  sizes: string[];
  sources: string[];
}

export const EMPTY_ICP: IdealCustomerProfile = {
  countries: [],
  industries: [],
  sizes: [],
  sources: [],
};

export interface LeadFacts {
  country: string;
  industry: string | null;
  size: string | null;
  source: string | null;
  /** activities of any kind in the last 30 days */
  activities30d: number;
  /** inbound activities (mail, calls, messages from them) in the last 30 days */
  inbound30d: number;
}

export type LeadPartKey = 'country' | 'industry' | 'size' | 'source' | 'activity' | 'inbound';

export interface LeadPart {
  key: LeadPartKey;
  points: number;
  max: number;
  /** what the customer has: the field's value or the count */
  value: string | number | null;
}

// Fit weighs 65 of 100, engagement 35: a perfect-fit lead nobody talks to is not yet hot.
const FIT: {
  key: 'country' | 'industry' | 'size' | 'source';
  list: keyof IdealCustomerProfile;
  max: number;
}[] = [
  { key: 'country', list: 'countries', max: 20 },
  { key: 'industry', list: 'industries', max: 20 },
  { key: 'size', list: 'sizes', max: 15 },
  { key: 'source', list: 'sources', max: 10 },
];
const PER_ACTIVITY = 4;
const ACTIVITY_MAX = 20;
const PER_INBOUND = 5;
const INBOUND_MAX = 15;

const norm = (s: string) => s.trim().toLowerCase();

export function leadScore(
  f: LeadFacts,
  icp: IdealCustomerProfile,
): { score: number; parts: LeadPart[] } {
  const parts: LeadPart[] = FIT.map(({ key, list, max }) => {
    const value = f[key];
    const wanted = icp[list].map(norm);
    const hit = value !== null && wanted.includes(norm(value));
    return { key, points: hit ? max : 0, max, value };
  });
  parts.push({
    key: 'activity',
    points: Math.min(ACTIVITY_MAX, f.activities30d * PER_ACTIVITY),
    max: ACTIVITY_MAX,
    value: f.activities30d,
  });
  parts.push({
    key: 'inbound',
    points: Math.min(INBOUND_MAX, f.inbound30d * PER_INBOUND),
    max: INBOUND_MAX,
    value: f.inbound30d,
  });
  return { score: parts.reduce((s, p) => s + p.points, 0), parts };
}
