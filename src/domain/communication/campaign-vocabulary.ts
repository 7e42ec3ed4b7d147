/** A campaign's life: draft → (pending_approval) → scheduled → sending → done, or cancelled. */
export const CAMPAIGN_STATUSES = [
  'draft',
  'pending_approval',
  'scheduled',
  'sending',
  'done',
  'cancelled',
] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

export const CAMPAIGN_RECIPIENT_STATUSES = [
  'queued',
  'sent',
  'failed',
  'skipped_unsubscribed',
  'skipped_no_email',
  'bounced',
  /** the address was refused for good by an earlier mail (a hard bounce, 0061) */
  'skipped_bounced',
] as const;
export type CampaignRecipientStatus = (typeof CAMPAIGN_RECIPIENT_STATUSES)[number];

/** Above this many recipients a manager or admin other than the creator approves first. */
export const DEFAULT_APPROVAL_THRESHOLD = 500;
export const DEFAULT_PER_MINUTE = 30;
