import type { Campaign } from '../../db/schema.ts';
import type { CampaignOut } from './campaigns.schemas.ts';

export function toCampaignOut(c: Campaign, approvalThreshold: number): CampaignOut {
  return {
    id: c.id,
    name: c.name,
    segmentId: c.segment_id,
    templateId: c.template_id,
    mailboxId: c.sender_kind === 'workspace' ? null : c.mailbox_id,
    smtpAccountId: c.sender_kind === 'workspace' ? c.mailbox_id : null,
    ownerId: c.owner_id,
    schedule: {
      mode: c.send_time === null ? 'now' : 'local',
      weekday: c.weekday === null ? null : Number(c.weekday),
      time: c.send_time,
    },
    perMinute: Number(c.per_minute),
    status: c.status,
    recipients: Number(c.recipients),
    approvalThreshold,
    approvedBy: c.approved_by,
    approvedAt: c.approved_at,
    scheduledAt: c.scheduled_at,
    finishedAt: c.finished_at,
    createdAt: c.created_at,
    updatedAt: c.updated_at,
  };
}
