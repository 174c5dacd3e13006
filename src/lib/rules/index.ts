/** Runs every ethics rule and matches the recorded acknowledgements to the signals. */
import { relative } from 'node:path';
import { comparePartialDates } from '../../schemas/partial-date.ts';
import { RULE_IDS, type NotJudged, type RuleId, type Signal } from '../../schemas/signal.ts';
import type { Problem } from '../loading/problems.ts';
import { campaignLimit } from './campaign-limit.ts';
import { coolingOff } from './cooling-off.ts';
import { donationCap } from './donation-cap.ts';
import { dualRoles } from './dual-roles.ts';
import { giftOutcome, giftValueUnclear } from './gift-outcome.ts';
import { lateAgenda } from './late-agenda.ts';
import { lateComplaints } from './late-complaints.ts';
import { missingDeclaration } from './missing-declaration.ts';
import { payCap } from './pay-cap.ts';
import { refusedIncome } from './refused-income.ts';
import { isOn, type Rule, type RuleContext } from './rule.ts';
import { termLimit } from './term-limit.ts';
import { unsignedCode } from './unsigned-code.ts';

const BY_ID: Record<RuleId, Rule> = {
  'pay-cap': payCap,
  'gift-outcome': giftOutcome,
  'gift-value-unclear': giftValueUnclear,
  'donation-cap': donationCap,
  'campaign-limit': campaignLimit,
  'term-limit': termLimit,
  'dual-roles': dualRoles,
  'missing-declaration': missingDeclaration,
  'cooling-off': coolingOff,
  'late-agenda': lateAgenda,
  'late-complaints': lateComplaints,
  'unsigned-code': unsignedCode,
  'refused-income': refusedIncome,
};

/** Every rule, in the one order of the rules: RULE_IDS (src/schemas/signal.ts), which the pages and the signals dataset follow. */
export const RULES: readonly Rule[] = RULE_IDS.map((id) => BY_ID[id]);

/** Signals in the order of the rules, then by date, then by id. */
export function signalOrder(a: Pick<Signal, 'rule' | 'date' | 'id'>, b: Pick<Signal, 'rule' | 'date' | 'id'>): number {
  return RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule) || comparePartialDates(a.date, b.date) || (a.id < b.id ? -1 : 1);
}

export interface RuleResult {
  signals: Signal[];
  /** Acknowledgements that match no signal: shown as warnings, so that a typo in an id is noticed. */
  unmatched: Problem[];
  /** Mandates the rules that are on could not judge, with the reason, in the order of the rules. */
  notJudged: NotJudged[];
}

export function runRules(context: RuleContext): RuleResult {
  const acknowledgements = new Map(context.site.acknowledgements.map((record) => [record.data.signal, record]));
  const used = new Set<string>();
  const on = RULES.filter((rule) => isOn(rule, context.site.site));
  const notJudged = on.flatMap((rule) => rule.notJudged?.(context) ?? []);
  const signals: Signal[] = on.flatMap((rule) => rule.check(context)).map((found) => {
    const recorded = acknowledgements.get(found.id);
    if (recorded) used.add(found.id);
    const explanation = recorded?.data.explanation ?? (found as Partial<Signal>).explanation;
    // Sources are published relative to the organisation's folder: `data/gifts/2025.csv:10`.
    const sources = found.sources.map((source) => relative(context.site.dir, source));
    return { ...found, sources, acknowledged: explanation !== undefined, ...(explanation !== undefined ? { explanation } : {}) };
  });
  signals.sort(signalOrder);
  const unmatched = context.site.acknowledgements
    .filter((record) => !used.has(record.data.signal))
    .map((record) => ({ ...record.locate(['signal']), field: 'signal', message: `"${record.data.signal}" is not a current signal: check the id as shown on the signal's page` }));
  return { signals, unmatched, notJudged };
}
