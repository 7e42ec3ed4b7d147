import type { Kysely } from 'kysely';
import type { AuditEntry, DB } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { requireRole } from '../../domain/scope.ts';
import { auditRepository, type AuditFilter } from './audit.repository.ts';

export class AuditService {
  constructor(private readonly db: Kysely<DB>) {}

  /** Admins only: the log shows every user's actions, including ones on records others own. */
  list(scope: Scope, filter: AuditFilter): Promise<AuditEntry[]> {
    requireRole(scope, 'admin');
    return auditRepository.list(this.db, scope.workspaceId, filter);
  }
}
