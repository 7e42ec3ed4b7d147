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
  /** The support teams the caller belongs to: their tickets are the caller's to handle. */
  supportTeamIds?: string[];
  /** A manager's: the members of their support teams (tickets assigned to them are visible). */
  supportMemberIds?: string[];
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
    // A service agent owns no customers and sees none through ownership: only tickets.
    case 'agent':
      return [];
  }
}

/** Whose tickets a caller reaches besides all (null: an admin, or work done by the system). */
export interface TicketReach {
  /** tickets of customers owned by these users */
  owners: string[];
  /** tickets assigned to these users */
  assignees: string[];
  /** tickets of these support teams */
  teams: string[];
}

/**
 * The tickets' access rule: the tickets of customers the caller sees (rep: own; manager: their
 * teams'), tickets assigned to the caller — for a manager also to their team members and their
 * support teams' members — and the tickets of the caller's support teams. An agent, who sees no
 * customer, reaches only the last two. `ticketsVisibleTo` in `src/db/visibility.ts` is its SQL.
 */
export function ticketReach(scope: Scope): TicketReach | null {
  if (scope.visibleOwnerIds === 'all') return null;
  const owners = scope.visibleOwnerIds;
  const assignees = [scope.userId, ...owners, ...(scope.supportMemberIds ?? [])].filter(Boolean);
  return { owners, assignees: [...new Set(assignees)], teams: scope.supportTeamIds ?? [] };
}

/**
 * Orders, deals, quotes, price lists and customer value are the sales side's: a service agent is
 * refused them (403) even where a list would be workspace-wide rather than owner-scoped.
 */
export function requireCommercial(scope: Scope): void {
  if (scope.role === 'agent')
    throw AppError.forbidden(
      'Service agents do not see orders, deals, quotes, price lists or customer value',
    );
}
