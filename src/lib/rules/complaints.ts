/** The published complaint statistics, summed per quarter and outcome, and set against the code's response time. */
import { COMPLAINT_OUTCOMES, type ComplaintStat } from '../../schemas/complaint.ts';

export type Outcome = (typeof COMPLAINT_OUTCOMES)[number];

export interface ComplaintSummary {
  /** Quarters, newest first. */
  periods: Array<{ period: string; counts: Partial<Record<Outcome, number>>; total: number }>;
  /** Outcomes that occur, in the schema's order. */
  outcomes: Outcome[];
  totals: Partial<Record<Outcome, number>>;
  total: number;
  /** Each row with its response times and whether its longest answer came later than allowed (undefined: not given). */
  rows: Array<ComplaintStat & { late: boolean | undefined }>;
  /** Complaints in rows whose longest (or else median) answer came within the limit. */
  inTime: number;
  /** Rows whose longest (or else median) answer came later than the limit. */
  lateRows: number;
}

export function summariseComplaints(stats: readonly ComplaintStat[], responseDays: number | undefined): ComplaintSummary {
  const byPeriod = new Map<string, { counts: Partial<Record<Outcome, number>>; total: number }>();
  const totals: Partial<Record<Outcome, number>> = {};
  let total = 0;
  for (const row of stats) {
    const period = byPeriod.get(row.period) ?? { counts: {}, total: 0 };
    period.counts[row.outcome] = (period.counts[row.outcome] ?? 0) + row.count;
    period.total += row.count;
    byPeriod.set(row.period, period);
    totals[row.outcome] = (totals[row.outcome] ?? 0) + row.count;
    total += row.count;
  }
  const rows = [...stats]
    .sort((a, b) => (a.period < b.period ? 1 : a.period > b.period ? -1 : COMPLAINT_OUTCOMES.indexOf(a.outcome) - COMPLAINT_OUTCOMES.indexOf(b.outcome)))
    .map((row) => {
      const longest = row.maxResponseDays ?? row.medianResponseDays;
      return { ...row, late: longest === undefined || responseDays === undefined ? undefined : longest > responseDays };
    });
  return {
    periods: [...byPeriod].map(([period, value]) => ({ period, ...value })).sort((a, b) => (a.period < b.period ? 1 : -1)),
    outcomes: COMPLAINT_OUTCOMES.filter((outcome) => totals[outcome] !== undefined),
    totals,
    total,
    rows,
    inTime: rows.filter((row) => row.late === false).reduce((sum, row) => sum + row.count, 0),
    lateRows: rows.filter((row) => row.late === true).length,
  };
}
