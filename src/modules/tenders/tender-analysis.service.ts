import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { zonedToUtc } from '../../domain/calendar/zoned-time.ts';
import { analyseTenders, type AnalysedTender } from '../../domain/sales/tender-analysis.ts';
import type { Scope } from '../../domain/scope.ts';
import { rateTableOf } from '../orders/exchange-rates.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { tenderReasonsRepository } from './tender-reasons.repository.ts';
import { toLocal } from './tender-input.ts';
import { tendersRepository as repo } from './tenders.repository.ts';
import type { AnalysisOut, AnalysisQuery } from './tender-analysis.schemas.ts';

/**
 * Win rate and lost value per reason, country and competitor over the tenders the caller may
 * see. Lost bids are converted at the orders module's rates (the rate of the result date, else of
 * the deadline's date); a bid no rate covers is named, never added raw.
 */
export class TenderAnalysisService {
  constructor(private readonly db: Kysely<DB>) {}

  async analyse(scope: Scope, q: AnalysisQuery): Promise<AnalysisOut> {
    const ws = await workspaces.find(this.db, scope.workspaceId);
    const zone = ws?.home_time_zone ?? 'Asia/Shanghai';
    const dayStart = (d: string) => zonedToUtc(d, '00:00', zone).toISOString();
    const rows = await repo.forAnalysis(this.db, scope, {
      from: q.deadlineFrom ? dayStart(q.deadlineFrom) : undefined,
      to: q.deadlineTo ? dayStart(addDays(q.deadlineTo, 1)) : undefined,
      country: q.country?.toUpperCase(),
    });
    const ids = rows.map((r) => r.id);
    const [competitors, links, reasons, rates] = await Promise.all([
      repo.competitorsOf(this.db, scope.workspaceId, ids),
      repo.reasonIdsOf(this.db, scope.workspaceId, ids),
      tenderReasonsRepository.list(this.db, scope.workspaceId),
      rateTableOf(this.db, scope.workspaceId),
    ]);
    const tenders: AnalysedTender[] = rows.map((r) => ({
      id: r.id,
      reference: r.reference,
      country: r.country,
      result: r.result,
      reasonIds: links.filter((l) => l.tender_id === r.id).map((l) => l.reason_id),
      bid:
        r.bid_currency === null || r.bid_amount_minor === null
          ? null
          : { amountMinor: Number(r.bid_amount_minor), currency: r.bid_currency },
      valueDate: r.result_date ?? toLocal(r.submission_deadline, r.deadline_time_zone).slice(0, 10),
      competitors: competitors
        .filter((c) => c.tender_id === r.id)
        .map((c) => ({
          name: c.name,
          localPresence: c.local_presence === 1,
          awarded: c.awarded === 1,
        })),
    }));
    const a = analyseTenders(tenders, rates);
    const byId = new Map(reasons.map((r) => [r.id, r]));
    return {
      ...a,
      byReason: a.byReason.flatMap((f) => {
        const r = byId.get(f.reasonId);
        return r
          ? [{ ...f, code: r.code, name: { en: r.name_en, zh: r.name_zh }, active: r.active === 1 }]
          : [];
      }),
    };
  }
}
