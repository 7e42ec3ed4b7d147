import type { Generated, Selectable } from 'kysely';
import type {
  CampaignRecipientStatus,
  CampaignStatus,
} from '../../domain/communication/campaign-vocabulary.ts';

/** A campaign: one template to a segment's contacts, from one of its creator's mailboxes. */
export interface CampaignTable {
  workspace_id: string;
  id: string;
  name: string;
  segment_id: string;
  template_id: string;
  /** the sender: a mailbox of the creator, or with sender_kind 'workspace' an SMTP account */
  mailbox_id: string;
  /** 'mailbox' | 'workspace' (0073) */
  sender_kind: 'mailbox' | 'workspace';
  owner_id: string;
  /** ISO weekday (1 Monday … 7 Sunday) at each recipient; null: the first day (or now) */
  weekday: number | null;
  /** local HH:MM at each recipient; null: send now */
  send_time: string | null;
  /** messages per minute through the sender's mailbox */
  per_minute: number;
  status: CampaignStatus;
  /** recipient rows written when scheduled (every status) */
  recipients: number;
  approved_by: string | null;
  approved_at: string | null;
  scheduled_at: string | null;
  finished_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One contact of a campaign: when it goes to them, in which language, and what happened. */
export interface CampaignRecipientTable {
  workspace_id: string;
  campaign_id: string;
  contact_id: string;
  customer_id: string;
  country: string;
  address: string | null;
  language: string | null;
  send_at: string;
  status: CampaignRecipientStatus;
  sent_at: string | null;
  error: string | null;
  /** when the contact unsubscribed through this campaign's link */
  unsubscribed_at: string | null;
  /** the delivery report's status code of the last bounce (0061), e.g. 5.1.1 or 4.2.2 */
  bounce_status: string | null;
  bounced_at: string | null;
  /** times sent again after a soft bounce (at most MAX_SOFT_RETRIES) */
  retries: Generated<number>;
}

/** An address a server refused for good (a hard bounce): no campaign mails it again. */
export interface BouncedAddressTable {
  workspace_id: string;
  /** lower case */
  address: string;
  /** the status code reported, e.g. 5.1.1 */
  status: string;
  diagnostic: string | null;
  /** the campaign mail that bounced, and its contact */
  campaign_id: string | null;
  contact_id: string | null;
  bounced_at: string;
}

export interface CampaignSettingsTable {
  workspace_id: string;
  approval_threshold: number;
  updated_at: string;
}

export type Campaign = Selectable<CampaignTable>;
export type CampaignRecipient = Selectable<CampaignRecipientTable>;
