import type { Role } from './enums.ts';
import { AppError } from './errors.ts';

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
  /** work done by no person: the audit log names this instead of a user ('demo': the demo seed) */
  systemKind?: SystemKind;
  /** set while an automation rule's actions run: the events they cause carry it (loop guard) */
  automation?: AutomationChain;
}

/**
 * Where in a chain of automations a change happens: `depth` is what the events it causes carry
 * (a person's change is 0), `fired` the rule-and-entity pairs already run in the chain.
 */
export interface AutomationChain {
  depth: number;
  fired: string[];
}

/** Who acts when no user does: the system, or the demo seed filling a demo workspace. */
export const SYSTEM_KINDS = ['system', 'demo'] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];

/**
 * Work done by the system rather than a person (imports resumed on start, public web forms,
 * the demo seed): it sees the whole workspace and is audited as `actorId`, or as nobody.
 */
export function systemScope(workspaceId: string, actorId: string | null = null): Scope {
  return {
    workspaceId,
    userId: actorId ?? '',
    role: 'admin',
    teamIds: [],
    visibleOwnerIds: 'all',
  };
}

/** The demo seed: sees the whole workspace and is audited as "System (demo data)", not a user. */
export function demoScope(workspaceId: string): Scope {
  return { ...systemScope(workspaceId), systemKind: 'demo' };
}

export function canSeeOwner(scope: Scope, ownerId: string): boolean {
  return scope.visibleOwnerIds === 'all' || scope.visibleOwnerIds.includes(ownerId);
}

/** The owners whose records a query must be limited to, or null when the caller sees all. */
export function ownerFilter(scope: Scope): string[] | null {
  return scope.visibleOwnerIds === 'all' ? null : scope.visibleOwnerIds;
}

export function requireRole(scope: Scope, ...roles: Role[]): void {
  if (!roles.includes(scope.role))
    throw AppError.forbidden(`Only ${roles.join(' or ')} users can do this`);
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
