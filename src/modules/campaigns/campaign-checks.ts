import type { Executor } from '../../db/dialect.ts';
import type { Campaign } from '../../db/schema.ts';
import type { CampaignStatus } from '../../domain/communication/campaign-vocabulary.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import type { MailDeliveryService } from '../mail/delivery.service.ts';
import { findSegment } from '../segments/segment-conditions.service.ts';
import { findTemplate } from '../templates/templates.service.ts';
import type { CampaignBody } from './campaigns.schemas.ts';

/**
 * The references of a campaign checked together, so one 400 names every problem and nothing is
 * written: the segment and template exist, the sender is one of the caller's own mailboxes that
 * can send or a workspace SMTP account (one of the two), a local schedule has its time.
 */
export async function checkReferences(
  db: Executor,
  delivery: MailDeliveryService,
  scope: Scope,
  body: CampaignBody,
): Promise<void> {
  const errors: FieldError[] = [];
  if (!(await findSegment(db, scope.workspaceId, body.segmentId)))
    errors.push(fieldError('/segmentId', 'no_such', { entity: 'segment' }));
  if (!(await findTemplate(db, scope.workspaceId, body.templateId)))
    errors.push(fieldError('/templateId', 'no_such', { entity: 'template' }));
  if (body.mailboxId && body.smtpAccountId)
    errors.push(fieldError('/smtpAccountId', 'campaign_one_sender'));
  else if (body.smtpAccountId) {
    if (!(await delivery.accountSender(scope.workspaceId, body.smtpAccountId)))
      errors.push(fieldError('/smtpAccountId', 'no_such', { entity: 'smtp account' }));
  } else if (!body.mailboxId) errors.push(fieldError('/mailboxId', 'required'));
  else if (!(await delivery.ownSender(scope, body.mailboxId)))
    errors.push(fieldError('/mailboxId', 'mail_no_smtp'));
  if (body.schedule.mode === 'local' && !body.schedule.time)
    errors.push(fieldError('/schedule/time', 'required'));
  if (errors.length) throw AppError.validation(errors);
}

/** Only the creator changes, schedules and test-sends a campaign: it goes out in their name. */
export function requireOwner(scope: Scope, c: Campaign): void {
  if (c.owner_id !== scope.userId)
    throw new AppError(403, 'Forbidden', 'Only the campaign’s creator can do this', [
      fieldError('/id', 'campaign_not_owner'),
    ]);
}

export function requireStatus(c: Campaign, ...allowed: CampaignStatus[]): void {
  if (!allowed.includes(c.status))
    throw AppError.conflict(`The campaign is ${c.status}`, [
      fieldError('/status', 'campaign_status', { status: c.status }),
    ]);
}
