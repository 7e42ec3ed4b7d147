import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { InsightExports } from '../../modules/insight/insight-exports.service.ts';
import { InsightSettingsService } from '../../modules/insight/insight-settings.service.ts';
import { InsightService } from '../../modules/insight/insight.service.ts';
import { LeadScoreService } from '../../modules/insight/lead-score.service.ts';
import { builtInMeasures, MeasureRegistry } from '../../modules/insight/measures.ts';
import { NextActionsService } from '../../modules/insight/next-actions.service.ts';
import { HandOverService } from '../../modules/offices/handover.service.ts';
import { LeaveImportService } from '../../modules/offices/leave-import.service.ts';
import { officeRecords } from '../../modules/offices/office-records.service.ts';
import { OfficesService } from '../../modules/offices/offices.service.ts';
import { OfficePlanningService } from '../../modules/offices/planning.service.ts';
import type { PaymentSchedules } from '../../modules/risk/schedules.ts';
import { setOfficePeople } from '../../modules/relationship/office-people.ts';
import type { Foundation } from './foundation.ts';

/** The company's own offices abroad (docs/offices.md): people, leave, planning, hand-overs. */
export function buildOffices(db: Kysely<DB>, f: Foundation) {
  // Follow-ups and tickets name office people through the offices module (which sits above them).
  setOfficePeople(officeRecords);
  const offices = new OfficesService(db);
  return {
    offices,
    officePlanning: new OfficePlanningService(db, f.calendars, offices),
    leaveImport: new LeaveImportService(db, offices),
    officeHandOvers: new HandOverService(db, f.calendars),
  };
}

/** Insight (docs/insight.md): the map's measures are a registry; a module adds its own here. */
export function buildInsight(db: Kysely<DB>, f: Foundation, schedules: PaymentSchedules) {
  const { now } = f;
  const measures = new MeasureRegistry();
  for (const m of builtInMeasures(schedules)) measures.register(m);
  const insight = new InsightService(db, measures, f.countries, now);
  const nextActions = new NextActionsService(db, f.calendars, schedules, now);
  return {
    insight,
    nextActions,
    insightExports: new InsightExports(insight, nextActions),
    leadScore: new LeadScoreService(db, now),
    insightSettings: new InsightSettingsService(db),
  };
}
