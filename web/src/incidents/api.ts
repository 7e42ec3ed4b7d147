import type { ResponseOf } from '../api/models.ts';

export const INCIDENT_KINDS = [
  'product_safety',
  'data_security',
  'labour_ethics',
  'political',
  'environmental',
  'other',
] as const;
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export const STATUSES = ['monitoring', 'active', 'contained', 'closed'] as const;
export const STATUS_COLOR = {
  monitoring: 'blue',
  active: 'red',
  contained: 'orange',
  closed: 'default',
} as const;
export const SEVERITY_COLOR = {
  low: 'default',
  medium: 'gold',
  high: 'orange',
  critical: 'red',
} as const;

export type IncidentDetail = ResponseOf<'/incidents/{id}'>;

export const incidentKeys = {
  all: () => ['incidents'] as const,
  list: (status?: string) => ['incidents', 'list', status ?? 'all'] as const,
  one: (id: string) => ['incidents', 'one', id] as const,
};
