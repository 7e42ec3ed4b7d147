import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { POOL_HOLDER_ID } from '../../../src/domain/pool/pool-holder.ts';
import { client, unwrap } from './client.ts';
import { qk } from './query-keys.ts';

export const useUsers = () =>
  useQuery({
    queryKey: qk.users(),
    queryFn: () => unwrap(client.GET('/users')).then((r) => r.items),
    staleTime: 60_000,
  });
export const useTeams = () =>
  useQuery({
    queryKey: qk.teams(),
    queryFn: () => unwrap(client.GET('/teams')).then((r) => r.items),
    staleTime: 60_000,
  });
export const useCustomFields = () =>
  useQuery({
    queryKey: qk.customFields(),
    queryFn: () => unwrap(client.GET('/custom-fields')).then((r) => r.items),
    staleTime: 60_000,
  });
export const useProductFields = () =>
  useQuery({
    queryKey: qk.productFields(),
    queryFn: () =>
      unwrap(client.GET('/custom-fields', { params: { query: { entity: 'product' } } })).then(
        (r) => r.items,
      ),
    staleTime: 60_000,
  });
export const usePriceLists = () =>
  useQuery({
    queryKey: qk.priceLists.all(),
    queryFn: () => unwrap(client.GET('/price-lists')).then((r) => r.items),
  });
export const useSegments = () =>
  useQuery({
    queryKey: qk.segments(),
    queryFn: () => unwrap(client.GET('/segments')).then((r) => r.items),
  });

export const usePoolSettings = () =>
  useQuery({
    queryKey: qk.pool.settings(),
    queryFn: () => unwrap(client.GET('/pool/settings')),
    staleTime: 60_000,
  });

export function useNameOf() {
  const { t } = useTranslation();
  const users = useUsers().data ?? [];
  const teams = useTeams().data ?? [];
  // The shared pool's holder owns pooled customers but is no one: it is not in the user list.
  const userNames = new Map([
    [POOL_HOLDER_ID, t('pool.holder')],
    ...users.map((u) => [u.id, u.name] as const),
  ]);
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  return {
    user: (id: string | null | undefined) => (id ? (userNames.get(id) ?? id.slice(0, 8)) : '—'),
    team: (id: string | null | undefined) => (id ? (teamNames.get(id) ?? id.slice(0, 8)) : '—'),
  };
}
