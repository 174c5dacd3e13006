/** What every ethics rule is: an id, its wording in each language, the settings it reads, and a check. */
import type { Lang } from '../../schemas/fields.ts';
import { mandateKey, type Mandate } from '../../schemas/official.ts';
import type { NotJudged, RuleId, Signal } from '../../schemas/signal.ts';
import type { Rules, Site } from '../../schemas/site.ts';
import type { Loaded, SiteData } from '../loading/load-site.ts';

export interface RuleContext {
  site: SiteData;
  /** The day the checks are made, in the site's time zone. */
  today: string;
  /**
   * When each agenda entry was first published, by id, where the repository's history tells (see
   * git-history.ts). Entries absent from the map have no known publication date.
   */
  published: ReadonlyMap<string, string>;
}

/** A signal before acknowledgements are matched to it. */
export type Finding = Omit<Signal, 'acknowledged' | 'explanation'>;

export interface Rule {
  id: RuleId;
  title: Record<Lang, string>;
  description: Record<Lang, string>;
  /** The settings of `rules` in site.yaml that the check reads. */
  reads: ReadonlyArray<keyof Rules>;
  /**
   * The settings that turn the rule on, when not all it `reads`: it is on when at least one of them is set
   * (none: always on). An
   * organisation whose code of ethics states no such threshold has not adopted the rule; it checks nothing
   * and the rules page says it is off and which setting would turn it on. `ethicsCode`: the rule needs a
   * code of ethics recorded at all.
   */
  needs?: ReadonlyArray<keyof Rules | 'ethicsCode'>;
  check(context: RuleContext): Finding[];
  /**
   * The records the check needed and could not judge (a mandate whose start is unknown), for rules that
   * can meet one: listed beside the signals with the reason, so that nothing is skipped silently.
   */
  notJudged?(context: RuleContext): NotJudged[];
}

/** A rule's signals and what it could not judge, from one pass over the records. */
export interface Judged {
  findings: Finding[];
  notJudged: NotJudged[];
}

/** A mandate a rule could not judge, with the reason and its key on the official's page. */
export function notJudgedMandate(rule: RuleId, official: string, mandate: Mandate, index: number, reason: NotJudged['reason']): NotJudged {
  return { rule, official, post: mandate.post, mandate: index, key: mandateKey(mandate, index), reason };
}

/** The mandates of an official whose start is unknown, with their place in the list. */
export function unknownStarts<M extends { start: string | undefined }>(mandates: readonly M[]): Array<{ mandate: M; index: number }> {
  return mandates.flatMap((mandate, index) => (mandate.start === undefined ? [{ mandate, index }] : []));
}

/** Evidence for a signal: which dataset record, and where it is written. */
export function evidence(dataset: string, id: string, record: Loaded<unknown>): { evidence: string; source: string } {
  return { evidence: `${dataset}:${id}`, source: `${record.file}:${record.line}` };
}

/** A finding built from its parts and the records it rests on. */
export function finding(parts: Omit<Finding, 'id' | 'evidence' | 'sources'>, proofs: Array<{ evidence: string; source: string }>): Finding {
  return {
    id: [parts.rule, parts.official, parts.subject].filter(Boolean).join(':'),
    ...parts,
    evidence: proofs.map((proof) => proof.evidence),
    sources: proofs.map((proof) => proof.source),
  };
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86400000);
}

/** Whether the organisation has adopted the rule: one of the settings it needs is set in site.yaml. */
export function isOn(rule: Pick<Rule, 'needs' | 'reads'>, site: Pick<Site, 'rules' | 'ethicsCode'>): boolean {
  const needs = needsOf(rule);
  return needs.length === 0 || needs.some((key) => (key === 'ethicsCode' ? site.ethicsCode : site.rules[key]) !== undefined);
}

/** The settings that turn a rule on: its `needs`, or else every setting it reads. */
export const needsOf = (rule: Pick<Rule, 'needs' | 'reads'>): ReadonlyArray<keyof Rules | 'ethicsCode'> => rule.needs ?? rule.reads;

/** A setting a rule needs, in a check: set, since a rule runs only when it is on (runRules, isOn). */
export function setting<K extends keyof Rules>(site: SiteData, key: K): NonNullable<Rules[K]> {
  const value = site.site.rules[key];
  if (value === undefined) throw new Error(`rules.${key} is not set: a rule that needs it is off and does not run`);
  return value;
}

/**
 * Money lines whose amounts together go over a limit: their total, and the date of the line that took the
 * running total over it (the day the limit was crossed); undefined when the total stays within it.
 */
export function overLimit(lines: ReadonlyArray<{ data: { amount: number; date: string } }>, limit: number): { total: number; date: string } | undefined {
  const total = lines.reduce((sum, line) => sum + line.data.amount, 0);
  if (total <= limit) return undefined;
  let running = 0;
  const crossing = lines.find((line) => (running += line.data.amount) > limit) ?? lines[0];
  return { total, date: crossing?.data.date ?? '' };
}
