import { describe, expect, it } from 'vitest';
import type { StageKind } from '../enums.ts';
import {
  DEFAULT_NAMES,
  DEFAULT_PIPELINE,
  daysInStage,
  isRotting,
  stageListProblems,
} from './pipelines.ts';

const stages = (...kinds: [string, StageKind][]) => kinds.map(([name, kind]) => ({ name, kind }));

describe('pipelines', () => {
  it('the default export pipeline: inquiry → … → samples → negotiation → won / lost', () => {
    expect(DEFAULT_PIPELINE.stages.map((s) => s.code)).toEqual([
      'inquiry',
      'qualified',
      'quotation',
      'samples',
      'negotiation',
      'won',
      'lost',
    ]);
    expect(stageListProblems(DEFAULT_PIPELINE.stages)).toEqual([]);
    expect(DEFAULT_NAMES.samples).toBe('Samples');
  });

  it.each([
    ['a usable list', stages(['A', 'open'], ['W', 'won'], ['L', 'lost']), []],
    ['no open stage', stages(['W', 'won'], ['L', 'lost']), ['/stages pipeline_needs_open_stage']],
    [
      'two won stages and no lost one',
      stages(['A', 'open'], ['W', 'won'], ['W2', 'won']),
      ['/stages pipeline_one_closed_stage', '/stages pipeline_one_closed_stage'],
    ],
    [
      'a name twice, whatever its case',
      stages(['Samples', 'open'], ['samples ', 'open'], ['W', 'won'], ['L', 'lost']),
      ['/stages/1/name taken'],
    ],
  ])('%s', (_, list, expected) => {
    expect(stageListProblems(list).map((e) => `${e.path} ${e.code}`)).toEqual(expected);
  });

  const now = new Date('2026-05-31T12:00:00Z');
  it.each([
    ['entered 10 days ago, limit 21', 'open', '2026-05-21T12:00:00Z', null, 21, false],
    ['entered 22 days ago, limit 21', 'open', '2026-05-09T12:00:00Z', null, 21, true],
    [
      '22 days in stage but touched 3 days ago',
      'open',
      '2026-05-09T12:00:00Z',
      '2026-05-28T09:00:00Z',
      21,
      false,
    ],
    ['won deals never rot', 'won', '2026-01-01T00:00:00Z', null, 21, false],
    ['no limit set', 'open', '2026-01-01T00:00:00Z', null, null, false],
  ] as const)('%s → rotting %s', (_, status, entered, touched, limit, rotting) => {
    expect(isRotting({ status, stageEnteredAt: entered, lastTouchAt: touched }, limit, now)).toBe(
      rotting,
    );
  });

  it('counts whole days in the stage', () => {
    expect(daysInStage('2026-05-29T13:00:00Z', now)).toBe(1);
    expect(daysInStage('2026-06-01T00:00:00Z', now)).toBe(0);
  });
});
