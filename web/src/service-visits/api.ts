import { client, unwrap } from '../api/client.ts';

export {
  CHECKLIST_TYPES,
  VISIT_KINDS,
  VISIT_TRIGGERS,
} from '../../../src/domain/service/visits.ts';

export const fetchRules = () => unwrap(client.GET('/service-visit-rules'));
export type Rule = Awaited<ReturnType<typeof fetchRules>>['items'][number];

export const fetchVisits = (query: {
  state?: 'open' | 'planned' | 'overdue' | 'done' | 'cancelled';
  scope?: 'mine' | 'all';
  customerId?: string;
  limit?: number;
}) => unwrap(client.GET('/service-visits', { params: { query } }));
export type Visit = Awaited<ReturnType<typeof fetchVisits>>['items'][number];

export const fetchCustomerService = (id: string) =>
  unwrap(client.GET('/customers/{id}/service', { params: { path: { id } } }));

/** Tag colours of a visit's state: missed visits stand out. */
export const STATE_COLOR: Record<Visit['state'], string> = {
  planned: 'blue',
  overdue: 'red',
  done: 'green',
  cancelled: 'default',
};
