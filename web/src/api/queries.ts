import { useQuery } from '@tanstack/react-query';
import { get } from './client.ts';
import type { CustomField, SavedSegment, Team, User } from './types.ts';

export const useUsers = () =>
  useQuery({
    queryKey: ['users'],
    queryFn: () => get<{ items: User[] }>('/users').then((r) => r.items),
    staleTime: 60_000,
  });
export const useTeams = () =>
  useQuery({
    queryKey: ['teams'],
    queryFn: () => get<{ items: Team[] }>('/teams').then((r) => r.items),
    staleTime: 60_000,
  });
export const useCustomFields = () =>
  useQuery({
    queryKey: ['custom-fields'],
    queryFn: () => get<{ items: CustomField[] }>('/custom-fields').then((r) => r.items),
    staleTime: 60_000,
  });
export const useSegments = () =>
  useQuery({
    queryKey: ['segments'],
    queryFn: () => get<{ items: SavedSegment[] }>('/segments').then((r) => r.items),
  });

export function useNameOf() {
  const users = useUsers().data ?? [];
  const teams = useTeams().data ?? [];
  const userNames = new Map(users.map((u) => [u.id, u.name]));
  const teamNames = new Map(teams.map((t) => [t.id, t.name]));
  return {
    user: (id: string | null | undefined) => (id ? (userNames.get(id) ?? id.slice(0, 8)) : '—'),
    team: (id: string | null | undefined) => (id ? (teamNames.get(id) ?? id.slice(0, 8)) : '—'),
  };
}
