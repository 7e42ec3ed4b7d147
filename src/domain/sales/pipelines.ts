import { daysSince } from '../calendar/dates.ts';
import type { StageKind } from '../enums.ts';
import { fieldError, type FieldError } from '../field-errors.ts';

export interface StageSpec {
  /** the seeded default's key (`inquiry`…), so the web can name it in the reader's language */
  code: string | null;
  name: string;
  /** default probability of a deal entering the stage, 0–100 */
  probability: number;
  kind: StageKind;
}

export interface PipelineSpec {
  code: string | null;
  name: string;
  /** an open deal with no stage move and no touch for longer than this is rotting */
  rottingDays: number | null;
  stages: StageSpec[];
}

/**
 * The pipeline every workspace starts with: how an exporter sells, with samples as a stage of
 * its own (the buyer tests them before any order). Stage names are the English defaults; the web
 * shows a stage by its code until an admin renames it.
 */
export const DEFAULT_PIPELINE: PipelineSpec = {
  code: 'export',
  name: 'Export sales',
  rottingDays: 21,
  stages: [
    { code: 'inquiry', name: 'Inquiry', probability: 10, kind: 'open' },
    { code: 'qualified', name: 'Qualified', probability: 20, kind: 'open' },
    { code: 'quotation', name: 'Quotation', probability: 40, kind: 'open' },
    { code: 'samples', name: 'Samples', probability: 60, kind: 'open' },
    { code: 'negotiation', name: 'Negotiation', probability: 80, kind: 'open' },
    { code: 'won', name: 'Won', probability: 100, kind: 'won' },
    { code: 'lost', name: 'Lost', probability: 0, kind: 'lost' },
  ],
};

/** The English default name of a seeded stage or pipeline code (the web translates these). */
export const DEFAULT_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  [DEFAULT_PIPELINE, ...DEFAULT_PIPELINE.stages].map((s): [string, string] => [
    s.code ?? '',
    s.name,
  ]),
);

export const MAX_STAGES = 20;
export const MAX_ROTTING_DAYS = 365;

/**
 * What makes a stage list usable: at least one open stage, exactly one won and one lost stage
 * (so "won" and "lost" mean one thing in forecasts), names unique within the pipeline.
 */
export function stageListProblems(
  stages: readonly Pick<StageSpec, 'name' | 'kind'>[],
  path = '/stages',
): FieldError[] {
  const errors: FieldError[] = [];
  const count = (kind: StageKind) => stages.filter((s) => s.kind === kind).length;
  if (count('open') < 1) errors.push(fieldError(path, 'pipeline_needs_open_stage'));
  for (const kind of ['won', 'lost'] as const)
    if (count(kind) !== 1) errors.push(fieldError(path, 'pipeline_one_closed_stage', { kind }));
  const seen = new Set<string>();
  stages.forEach((s, i) => {
    const key = s.name.trim().toLocaleLowerCase();
    if (seen.has(key)) errors.push(fieldError(`${path}/${i}/name`, 'taken'));
    seen.add(key);
  });
  return errors;
}

/** Whole days a deal has been in its stage. */
export function daysInStage(stageEnteredAt: string, now: Date): number {
  return Math.max(0, daysSince(stageEnteredAt, now));
}

/**
 * An open deal rots when nothing happened for longer than the pipeline's limit: no stage move
 * and no touch with the customer (a call, an email) since. Closed deals never rot.
 */
export function isRotting(
  deal: { status: StageKind; stageEnteredAt: string; lastTouchAt: string | null },
  rottingDays: number | null,
  now: Date,
): boolean {
  if (deal.status !== 'open' || rottingDays === null) return false;
  const last =
    deal.lastTouchAt && deal.lastTouchAt > deal.stageEnteredAt
      ? deal.lastTouchAt
      : deal.stageEnteredAt;
  return daysSince(last, now) > rottingDays;
}
