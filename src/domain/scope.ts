import type { Role } from '../db/schema.ts';

/**
 * Who is asking. Every repository call that reads or writes business rows takes one, so access
 * is decided in the data layer and never left to the UI.
 */
export interface Scope {
  workspaceId: string;
  userId: string;
  role: Role;
  teamIds: string[];
  /** Users whose records this caller may see: self for a rep, team members for a manager. */
  visibleOwnerIds: string[] | 'all';
}

export function canSeeOwner(scope: Scope, ownerId: string): boolean {
  return scope.visibleOwnerIds === 'all' || scope.visibleOwnerIds.includes(ownerId);
}

export function ownerVisibility(
  role: Role,
  userId: string,
  teamMemberIds: string[],
): Scope['visibleOwnerIds'] {
  switch (role) {
    case 'admin':
      return 'all';
    case 'manager':
      return [...new Set([userId, ...teamMemberIds])];
    case 'rep':
      return [userId];
  }
}
