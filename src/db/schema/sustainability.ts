import type { ColumnType, Selectable } from 'kysely';

/** A customer's sustainability requirement (issue 19): ISO 14001, a PCF, a CBAM report … */
export interface SustainabilityRequirementTable {
  workspace_id: string;
  id: string;
  customer_id: string;
  /** one of REQUIREMENT_KINDS (src/domain/sustainability/sustainability.ts) */
  kind: string;
  /** CBAM reports only: one of CBAM_GOODS */
  cbam_goods: string | null;
  title: string;
  details: ColumnType<string, string | undefined, string>;
  requested_on: string;
  due_date: string | null;
  /** one of REQUIREMENT_STATUSES */
  status: string;
  owner_id: string;
  /** JSON array of { title, url } */
  evidence: ColumnType<string, string | undefined, string>;
  created_at: string;
  updated_at: string;
}

/** A certificate the company holds; its renewal reminder is counted in the home calendar. */
export interface CertificateTable {
  workspace_id: string;
  id: string;
  standard: string;
  name: string;
  issuer: ColumnType<string, string | undefined, string>;
  number: ColumnType<string, string | undefined, string>;
  scope: ColumnType<string, string | undefined, string>;
  issued_on: string;
  expires_on: string;
  reminder_business_days: number;
  document_url: string | null;
  owner_id: string;
  created_at: string;
  updated_at: string;
}

/** A commitment made to a customer or a stakeholder (or publicly), with its owner and status. */
export interface SustainabilityCommitmentTable {
  workspace_id: string;
  id: string;
  title: string;
  details: ColumnType<string, string | undefined, string>;
  customer_id: string | null;
  stakeholder_id: string | null;
  made_on: string;
  due_date: string | null;
  /** one of COMMITMENT_STATUSES */
  status: string;
  owner_id: string;
  created_at: string;
  updated_at: string;
}

export type SustainabilityRequirement = Selectable<SustainabilityRequirementTable>;
export type Certificate = Selectable<CertificateTable>;
export type SustainabilityCommitment = Selectable<SustainabilityCommitmentTable>;
