import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { correctionFile } from '../../domain/calendar/corrections/registry.ts';
import { parseHolidayCsv } from '../../domain/calendar/import-holidays.ts';
import { PRESETS } from './country-overrides.service.ts';

// The cn-2026 preset (imported into a workspace) and the shipped schedule (applied by default)
// are the same State Council notice: they must never drift apart.
describe('the cn-2026 preset and the default official schedule', () => {
  it('list the same days with the same kind', () => {
    const csv = readFileSync(new URL(PRESETS['cn-2026'].file, import.meta.url), 'utf8');
    const preset = parseHolidayCsv(csv).days.map((d) => `${d.date} ${d.kind}`);
    const schedule = (correctionFile('CN', 2026)?.corrections ?? [])
      .filter((c) => c.schedule)
      .map((c) => `${c.date} ${c.kind === 'business-saturday' ? 'working_day' : 'holiday'}`);
    expect(schedule).toEqual(preset);
  });
});
