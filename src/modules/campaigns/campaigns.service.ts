import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Campaign, DB } from '../../db/schema.ts';
import {
  DEFAULT_APPROVAL_THRESHOLD,
  DEFAULT_PER_MINUTE,
} from '../../domain/communication/campaign-vocabulary.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { checkReferences, requireOwner, requireStatus } from './campaign-checks.ts';
import { CAMPAIGN_SEND_JOB, type CampaignDeps } from './campaign-deps.ts';
import { campaignQueueRepository as queue } from './campaign-queue.repository.ts';
import { campaignRecipientsRepository as recipients } from './campaign-recipients.repository.ts';
import { writeRecipients } from './campaign-scheduler.ts';
import { toCampaignOut } from './campaigns.mapper.ts';
import { campaignsRepository as repo } from './campaigns.repository.ts';
import type { CampaignBody, CampaignOut, CampaignPatchBody } from './campaigns.schemas.ts';

/**
 * Campaigns to segments. Managers and admins see the workspace's campaigns (their results are
 * counts, no customer data); reps get 403. The creator edits, schedules and test-sends (it goes
 * out from their mailbox, to the contacts of their scope); above the workspace's threshold
 * another manager or an admin approves before anything is sent.
 */
export class CampaignsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly deps: CampaignDeps,
  ) {}

  async threshold(db: Executor, workspaceId: string): Promise<number> {
    return (await repo.threshold(db, workspaceId)) ?? DEFAULT_APPROVAL_THRESHOLD;
  }

  async setThreshold(scope: Scope, value: number): Promise<{ approvalThreshold: number }> {
    requireRole(scope, 'admin');
    await this.db.transaction().execute(async (tx) => {
      const before = await this.threshold(tx, scope.workspaceId);
      await repo.setThreshold(tx, scope.workspaceId, value, nowIso());
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'campaign_settings',
        entityId: scope.workspaceId,
        changes: { approvalThreshold: { before, after: value } },
      });
    });
    return { approvalThreshold: value };
  }

  async settings(scope: Scope): Promise<{ approvalThreshold: number }> {
    requireRole(scope, 'manager', 'admin');
    return { approvalThreshold: await this.threshold(this.db, scope.workspaceId) };
  }

  async find(db: Executor, scope: Scope, id: string): Promise<Campaign> {
    requireRole(scope, 'manager', 'admin');
    const c = await repo.find(db, scope.workspaceId, id);
    if (!c) throw AppError.notFound('Campaign');
    return c;
  }

  private async out(scope: Scope, c: Campaign): Promise<CampaignOut> {
    return toCampaignOut(c, await this.threshold(this.db, scope.workspaceId));
  }

  async get(scope: Scope, id: string): Promise<CampaignOut> {
    return this.out(scope, await this.find(this.db, scope, id));
  }

  async list(scope: Scope, limit: number): Promise<{ items: CampaignOut[] }> {
    requireRole(scope, 'manager', 'admin');
    const t = await this.threshold(this.db, scope.workspaceId);
    return {
      items: (await repo.list(this.db, scope.workspaceId, limit)).map((c) => toCampaignOut(c, t)),
    };
  }

  async create(scope: Scope, body: CampaignBody): Promise<CampaignOut> {
    requireRole(scope, 'manager', 'admin');
    await checkReferences(this.db, this.deps.delivery, scope, body);
    const at = nowIso();
    const row: Campaign = {
      workspace_id: scope.workspaceId,
      id: newId(),
      name: body.name,
      segment_id: body.segmentId,
      template_id: body.templateId,
      ...senderColumns(body),
      owner_id: scope.userId,
      weekday: body.schedule.mode === 'local' ? (body.schedule.weekday ?? null) : null,
      send_time: body.schedule.mode === 'local' ? (body.schedule.time ?? null) : null,
      per_minute: body.perMinute ?? DEFAULT_PER_MINUTE,
      status: 'draft',
      recipients: 0,
      approved_by: null,
      approved_at: null,
      scheduled_at: null,
      finished_at: null,
      created_at: at,
      updated_at: at,
    };
    await this.db.transaction().execute(async (tx) => {
      await repo.insert(tx, row);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'campaign',
        entityId: row.id,
        changes: {
          name: { before: null, after: row.name },
          segmentId: { before: null, after: row.segment_id },
        },
      });
    });
    return this.out(scope, row);
  }

  async update(scope: Scope, id: string, patch: CampaignPatchBody): Promise<CampaignOut> {
    const c = await this.find(this.db, scope, id);
    requireOwner(scope, c);
    requireStatus(c, 'draft');
    const current = toCampaignOut(c, 0);
    const body: CampaignBody = {
      name: patch.name ?? c.name,
      segmentId: patch.segmentId ?? c.segment_id,
      templateId: patch.templateId ?? c.template_id,
      // A patch naming either sender replaces the sender; else the campaign keeps its own.
      ...('mailboxId' in patch || 'smtpAccountId' in patch
        ? { mailboxId: patch.mailboxId ?? null, smtpAccountId: patch.smtpAccountId ?? null }
        : {
            mailboxId: current.mailboxId,
            smtpAccountId: current.smtpAccountId,
          }),
      schedule: patch.schedule ?? {
        mode: current.schedule.mode,
        weekday: current.schedule.weekday,
        ...(current.schedule.time ? { time: current.schedule.time } : {}),
      },
      perMinute: patch.perMinute ?? Number(c.per_minute),
    };
    await checkReferences(this.db, this.deps.delivery, scope, body);
    const local = body.schedule.mode === 'local';
    const change = {
      name: body.name,
      segment_id: body.segmentId,
      template_id: body.templateId,
      ...senderColumns(body),
      weekday: local ? (body.schedule.weekday ?? null) : null,
      send_time: local ? (body.schedule.time ?? null) : null,
      per_minute: body.perMinute ?? DEFAULT_PER_MINUTE,
      updated_at: nowIso(),
    };
    await this.db.transaction().execute(async (tx) => {
      if (!(await repo.transition(tx, scope.workspaceId, id, ['draft'], change)))
        requireStatus({ ...c, status: 'scheduled' }, 'draft');
      const { updated_at: _u, ...compared } = change;
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'campaign',
        entityId: id,
        changes: diff(c, compared),
      });
    });
    return this.get(scope, id);
  }

  /**
   * Writes the recipients (in pages, in one transaction: a failure leaves none) and, within the
   * threshold, schedules the sending; above it the campaign waits for approval.
   */
  async schedule(scope: Scope, id: string): Promise<CampaignOut> {
    const c = await this.find(this.db, scope, id);
    requireOwner(scope, c);
    requireStatus(c, 'draft');
    await checkReferences(this.db, this.deps.delivery, scope, {
      ...toCampaignOut(c, 0),
      schedule: { mode: 'now' },
    });
    const now = this.deps.now();
    await this.db.transaction().execute(async (tx) => {
      const written = await writeRecipients(tx, this.deps, scope, c, now);
      const needsApproval = written.queued > (await this.threshold(tx, scope.workspaceId));
      // Nobody to mail (all unsubscribed or without an address): done at once.
      const status = needsApproval ? 'pending_approval' : written.queued ? 'scheduled' : 'done';
      const moved = await repo.transition(tx, scope.workspaceId, id, ['draft'], {
        status,
        recipients: written.total,
        scheduled_at: now.toISOString(),
        finished_at: status === 'done' ? now.toISOString() : null,
        updated_at: nowIso(),
      });
      if (!moved) requireStatus({ ...c, status: 'scheduled' }, 'draft');
      if (!needsApproval) await this.enqueue(tx, c, written.firstSendAt);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'campaign',
        entityId: id,
        changes: {
          status: { before: 'draft', after: status },
          recipients: { before: 0, after: written.total },
        },
      });
    });
    return this.get(scope, id);
  }

  async approve(scope: Scope, id: string): Promise<CampaignOut> {
    const c = await this.find(this.db, scope, id);
    if (c.owner_id === scope.userId && scope.role !== 'admin')
      throw new AppError(403, 'Forbidden', 'Another manager or an admin approves this campaign', [
        fieldError('/id', 'campaign_own_approval'),
      ]);
    requireStatus(c, 'pending_approval');
    const at = nowIso();
    await this.db.transaction().execute(async (tx) => {
      const moved = await repo.transition(tx, scope.workspaceId, id, ['pending_approval'], {
        status: 'scheduled',
        approved_by: scope.userId,
        approved_at: at,
        updated_at: at,
      });
      if (!moved) requireStatus({ ...c, status: 'scheduled' }, 'pending_approval');
      await this.enqueue(tx, c, await queue.nextQueued(tx, scope.workspaceId, id));
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'campaign',
        entityId: id,
        changes: { status: { before: 'pending_approval', after: 'scheduled' } },
      });
    });
    return this.get(scope, id);
  }

  /** The creator or an admin cancels; recipients not yet sent are dropped. */
  async cancel(scope: Scope, id: string): Promise<CampaignOut> {
    const c = await this.find(this.db, scope, id);
    if (scope.role !== 'admin') requireOwner(scope, c);
    requireStatus(c, 'draft', 'pending_approval', 'scheduled', 'sending');
    await this.db.transaction().execute(async (tx) => {
      const at = nowIso();
      const from = ['draft', 'pending_approval', 'scheduled', 'sending'] as const;
      if (
        !(await repo.transition(tx, scope.workspaceId, id, [...from], {
          status: 'cancelled',
          finished_at: at,
          updated_at: at,
        }))
      )
        requireStatus({ ...c, status: 'done' }, ...from);
      await recipients.dropQueued(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'campaign',
        entityId: id,
        changes: { status: { before: c.status, after: 'cancelled' } },
      });
    });
    return this.get(scope, id);
  }

  private async enqueue(tx: Executor, c: Campaign, firstSendAt: string | null | undefined) {
    if (!firstSendAt) return;
    const runAt = new Date(firstSendAt);
    await enqueueJob(
      tx,
      CAMPAIGN_SEND_JOB,
      { campaignId: c.id },
      { workspaceId: c.workspace_id, dedupKey: `${c.id}@${runAt.toISOString()}`, runAt },
    );
  }
}

/** The sender's columns: a mailbox, or a workspace SMTP account (`sender_kind` 'workspace'). */
function senderColumns(body: CampaignBody) {
  return body.smtpAccountId
    ? { mailbox_id: body.smtpAccountId, sender_kind: 'workspace' as const }
    : { mailbox_id: body.mailboxId ?? '', sender_kind: 'mailbox' as const };
}
