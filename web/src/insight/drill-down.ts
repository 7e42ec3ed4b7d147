import type { Market } from './useInsight.ts';

type DrillDown = Market['kpis'][number]['drillDown'];

// The web page of each list a figure drills down to; the filter goes in its address.
const PAGES: Record<DrillDown['list'], string> = {
  customers: '/customers',
  deals: '/deals',
  receivables: '/risk',
  tickets: '/tickets',
  feedback: '/feedback',
  orders: '/customers',
};

export function drillDownPath(d: DrillDown): string {
  const q = new URLSearchParams(d.query).toString();
  return `${PAGES[d.list]}${q ? `?${q}` : ''}`;
}
