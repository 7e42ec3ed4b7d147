import { fromDay, isoWeekday, toDay, yearOf, type DayNumber } from './dates.ts';
import { libraryHolidays, type HolidayType, type ReaderLanguage } from './holidays.ts';
import { weekendOf } from './weekend.ts';
import { applyCorrections } from './corrections/apply.ts';
import { correctionFile } from './corrections/registry.ts';
import type { Citation, CorrectionFile, CorrectionKind } from './corrections/types.ts';

/** A workspace's own entry: an extra holiday, or a working day that overrides a weekend. */
export interface CalendarOverride {
  date: string;
  name: string;
  kind: 'holiday' | 'working_day';
}

export interface CalendarOptions {
  /** holiday types that close business (default: public) */
  closedTypes?: HolidayType[];
  /** optional or observance holidays the workspace treats as closed, by local or reader name */
  closedNames?: string[];
  overrides?: CalendarOverride[];
  /** years whose library holidays the workspace's own complete list replaces */
  replaceLibraryYears?: number[];
  language?: ReaderLanguage;
  /** reviewed corrections of the library (default on; off only to audit the library itself) */
  corrections?: boolean;
  /** shipped official schedules such as China's 调休 (default on; a workspace may opt out) */
  officialSchedule?: boolean;
  /** corrections files to use instead of the shipped ones (table tests) */
  correctionFiles?: CorrectionFile[];
  /**
   * The workspace's business week where it differs from the official weekend: weekend days it
   * works, until a time (Hong Kong trading firms: Saturday until 13:00). Holidays still close.
   */
  workingWeekend?: WorkingWeekendDay[];
}

export interface WorkingWeekendDay {
  /** ISO weekday, 1 = Monday … 7 = Sunday */
  weekday: number;
  /** local HH:MM the day closes */
  until: string;
}

export type DayReason =
  | { kind: 'weekend'; weekday: number }
  | { kind: 'holiday'; name: string; localName: string; type: HolidayType }
  | { kind: 'workspace-holiday'; name: string }
  | { kind: 'workspace-working-day'; name: string }
  | { kind: 'business-week'; weekday: number; until: string }
  | {
      kind: 'correction';
      correction: CorrectionKind;
      name: string;
      /** whether this correction closes the day */
      closes: boolean;
      closesAt?: string;
      source: Citation;
    };

export interface DayStatus {
  date: string;
  working: boolean;
  /** a half day: local HH:MM the day closes */
  closesAt?: string;
  reasons: DayReason[];
}

interface YearTable {
  /** day number of 1 January */
  start: DayNumber;
  closed: Uint8Array;
  reasons: Map<number, DayReason[]>;
  closesAt: Map<number, string>;
}

/**
 * One country's (and region's) business calendar. Each year is computed once into a bitmap, so
 * "is it a business day" and "next business day" are array lookups after the first call.
 */
export class BusinessCalendar {
  readonly weekend: number[];
  private readonly years = new Map<number, YearTable>();
  private readonly overridesByYear = new Map<number, CalendarOverride[]>();

  constructor(
    readonly country: string,
    readonly region: string | null = null,
    private readonly options: CalendarOptions = {},
  ) {
    this.weekend = weekendOf(country);
    for (const o of options.overrides ?? []) {
      const y = Number(o.date.slice(0, 4));
      this.overridesByYear.set(y, [...(this.overridesByYear.get(y) ?? []), o]);
    }
  }

  private table(year: number): YearTable {
    let t = this.years.get(year);
    if (t) return t;
    const start = toDay(`${year}-01-01`);
    const length = toDay(`${year + 1}-01-01`) - start;
    const closed = new Uint8Array(length);
    const reasons = new Map<number, DayReason[]>();
    const add = (i: number, r: DayReason) => reasons.set(i, [...(reasons.get(i) ?? []), r]);
    const closesAt = new Map<number, string>();
    const worked = new Map((this.options.workingWeekend ?? []).map((w) => [w.weekday, w.until]));
    for (let i = 0; i < length; i++) {
      const wd = isoWeekday(start + i);
      const until = worked.get(wd);
      if (this.weekend.includes(wd) && until) {
        // The workspace's business week: an official weekend day it works, for part of the day.
        closesAt.set(i, until);
        add(i, { kind: 'business-week', weekday: wd, until });
      } else if (this.weekend.includes(wd)) {
        closed[i] = 1;
        add(i, { kind: 'weekend', weekday: wd });
      }
    }
    const closedTypes = this.options.closedTypes ?? ['public'];
    const closedNames = new Set(this.options.closedNames ?? []);
    const library = this.options.replaceLibraryYears?.includes(year)
      ? []
      : libraryHolidays(this.country, this.region, year, this.options.language ?? 'en');
    for (const h of library) {
      const i = toDay(h.date) - start;
      const isClosed =
        closedTypes.includes(h.type) ||
        closedNames.has(h.localName) ||
        closedNames.has(h.englishName) ||
        closedNames.has(h.name);
      if (!isClosed) continue;
      closed[i] = 1;
      add(i, { kind: 'holiday', name: h.name, localName: h.localName, type: h.type });
    }
    const t0 = { start, closed, reasons, closesAt };
    const file =
      this.options.corrections === false
        ? null
        : correctionFile(this.country, year, this.options.correctionFiles ?? null);
    if (file) {
      const official = this.options.officialSchedule !== false;
      const rows = file.corrections.filter((c) => official || !c.schedule);
      applyCorrections(t0, rows, this.weekend, this.options.language ?? 'en');
    }
    // The workspace's own entries win over the library, corrections and the weekend.
    for (const o of this.overridesByYear.get(year) ?? []) {
      const i = toDay(o.date) - start;
      if (o.kind === 'holiday') {
        closed[i] = 1;
        add(i, { kind: 'workspace-holiday', name: o.name });
      } else {
        closed[i] = 0;
        reasons.set(i, [{ kind: 'workspace-working-day', name: o.name }]);
      }
    }
    t = t0;
    this.years.set(year, t);
    return t;
  }

  private closedDay(day: DayNumber): boolean {
    const year = yearOf(day);
    return this.table(year).closed[day - toDay(`${year}-01-01`)] === 1;
  }

  status(date: string): DayStatus {
    const day = toDay(date);
    const year = yearOf(day);
    const t = this.table(year);
    const i = day - toDay(`${year}-01-01`);
    const closesAt = t.closed[i] !== 1 ? t.closesAt.get(i) : undefined;
    return {
      date,
      working: t.closed[i] !== 1,
      ...(closesAt ? { closesAt } : {}),
      reasons: t.reasons.get(i) ?? [],
    };
  }

  isBusinessDay(date: string): boolean {
    return !this.closedDay(toDay(date));
  }

  /** The first business day on or after `date`, with the closed days it skipped. */
  nextBusinessDay(date: string): { date: string; skipped: DayStatus[] } {
    let day = toDay(date);
    const skipped: DayStatus[] = [];
    for (let guard = 0; guard < 366 && this.closedDay(day); guard++) {
      skipped.push(this.status(fromDay(day)));
      day++;
    }
    return { date: fromDay(day), skipped };
  }

  private last: YearTable | null = null;

  /** Fast path for bulk planning: day number in, day number out, no explanation, no allocation. */
  nextBusinessDayNumber(day: DayNumber): DayNumber {
    let t = this.last;
    for (let guard = 0; guard < 400; guard++, day++) {
      if (!t || day < t.start || day >= t.start + t.closed.length) {
        t = this.table(yearOf(day));
        this.last = t;
      }
      if (t.closed[day - t.start] !== 1) return day;
    }
    return day;
  }

  /** Business days in [from, to), the usual "working days between" count. */
  businessDaysBetween(from: string, to: string): number {
    let n = 0;
    for (let d = toDay(from); d < toDay(to); d++) if (!this.closedDay(d)) n++;
    return n;
  }

  /** Closed days in a range that are holidays (library, correction or workspace), with names. */
  holidaysInRange(from: string, to: string): DayStatus[] {
    const out: DayStatus[] = [];
    for (let d = toDay(from); d <= toDay(to); d++) {
      const s = this.status(fromDay(d));
      const holiday = (r: DayReason) =>
        r.kind === 'holiday' ||
        r.kind === 'workspace-holiday' ||
        (r.kind === 'correction' && r.closes);
      if (!s.working && s.reasons.some(holiday)) out.push(s);
    }
    return out;
  }
}
