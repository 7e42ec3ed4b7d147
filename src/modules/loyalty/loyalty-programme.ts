import type { Executor } from '../../db/dialect.ts';
import { bonusRulesOf } from '../../domain/loyalty/bonus.ts';
import type { LoyaltyProgrammeTable } from '../../db/schema.ts';
import {
  DEFAULT_PROGRAMME,
  type LoyaltyBasis,
  type Programme,
  type Tier,
} from '../../domain/loyalty/programme.ts';
import { minorDigits } from '../../domain/value/money.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { loyaltyProgrammeRepository } from './loyalty-programme.repository.ts';

/** The workspace's programme, or the default (switched off) when none was saved. */
export async function programmeOf(db: Executor, workspaceId: string): Promise<Programme> {
  return programmeFrom(await loyaltyProgrammeRepository.find(db, workspaceId));
}

/** A saved programme row as the domain reads it; none saved: the defaults (switched off). */
export function programmeFrom(row: LoyaltyProgrammeTable | undefined): Programme {
  if (!row) return DEFAULT_PROGRAMME;
  return {
    enabled: row.enabled === 1,
    pointsPerUnit: Number(row.points_per_unit_e4) / 10_000,
    expiryMonths: row.expiry_months,
    basis: row.basis as LoyaltyBasis,
    tiers: JSON.parse(row.tiers) as Tier[],
    bonuses: bonusRulesOf(row.bonuses),
  };
}

export function programmeRow(workspaceId: string, p: Programme, at: string): LoyaltyProgrammeTable {
  return {
    workspace_id: workspaceId,
    enabled: p.enabled ? 1 : 0,
    points_per_unit_e4: Math.round(p.pointsPerUnit * 10_000),
    expiry_months: p.expiryMonths,
    basis: p.basis,
    tiers: JSON.stringify([...p.tiers].sort((a, b) => a.threshold - b.threshold)),
    bonuses: JSON.stringify(p.bonuses),
    updated_at: at,
  };
}

/** The reporting currency tiers and points are counted in, and its minor digits. */
export async function reportingOf(db: Executor, workspaceId: string) {
  const ws = await workspaces.find(db, workspaceId);
  const currency = ws?.reporting_currency ?? 'USD';
  return { currency, digits: minorDigits(currency) };
}
