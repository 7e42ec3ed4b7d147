import { useQueries, useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../api/client.ts';
import type { ResponseOf } from '../api/models.ts';
import { qk } from '../api/query-keys.ts';

export type Office = ResponseOf<'/offices'>['items'][number];
export type OfficeDetail = ResponseOf<'/offices/{id}'>;
export type Person = OfficeDetail['people'][number];
export type Leave = OfficeDetail['leave'][number];
export type Planning = ResponseOf<'/offices/{id}/planning'>;
export type PlanningDay = Planning['days'][number];
export type OverviewPlan = ResponseOf<'/office-planning'>['offices'][number];
/** What the stall and closed-day cards read: one office's plan, full or lean. */
export type PlanSummary = Pick<Planning, 'office' | 'stalls' | 'closedDifferences'>;
export type Playbook = ResponseOf<'/offices/{id}/playbook'>;
export type MeetingSlot = ResponseOf<'/office-meetings/plan', 'post'>['slots'][number];
export type HandOver = ResponseOf<'/office-hand-overs'>['items'][number];
export type AssignablePerson = ResponseOf<'/office-people'>['items'][number];

/** The server's language for holiday names and reasons. */
export const apiLang = (locale: string) => (locale === 'zh-CN' ? ('zh' as const) : ('en' as const));

export const useOffices = () =>
  useQuery({
    queryKey: qk.offices.list(),
    queryFn: () => unwrap(client.GET('/offices')).then((r) => r.items),
  });

export const useOffice = (id: string) =>
  useQuery({
    queryKey: qk.offices.one(id),
    queryFn: () => unwrap(client.GET('/offices/{id}', { params: { path: { id } } })),
  });

/** Every visible office with its people (the meeting planner picks across them). */
export function useOfficeDetails(ids: string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: qk.offices.one(id),
      queryFn: () => unwrap(client.GET('/offices/{id}', { params: { path: { id } } })),
    })),
  });
}

/** Every visible office over the same days, in one request. */
export const useOverview = (days: number, locale: string) => {
  const lang = apiLang(locale);
  return useQuery({
    queryKey: qk.offices.planning('all', { days, lang }),
    queryFn: () => unwrap(client.GET('/office-planning', { params: { query: { days, lang } } })),
  });
};

export function usePlannings(
  ids: string[],
  from: string | undefined,
  days: number,
  locale: string,
) {
  const lang = apiLang(locale);
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: qk.offices.planning(id, { from, days, lang }),
      queryFn: () =>
        unwrap(
          client.GET('/offices/{id}/planning', {
            params: { path: { id }, query: { from, days, lang } },
          }),
        ),
    })),
  });
}

/** The people of every office the caller sees (assignee pickers of follow-ups and tickets). */
export const useOfficePeople = () =>
  useQuery({
    queryKey: qk.offices.people(),
    queryFn: () => unwrap(client.GET('/office-people')).then((r) => r.items),
    staleTime: 60_000,
  });
