/**
 * Signals written for people, in the reader's language: what a signal is about, its threshold as the
 * setting of the code it comes from ("Monthly pay cap: EUR 2,200.00"), the value observed, and each piece
 * of evidence as the record it is (kind in words, date, amount) with the file and line it comes from. No
 * internal key (a signal's subject, an evidence's `dataset:id`, a setting's name) is shown.
 */
import { translator, type UiKey } from '../../i18n/index.ts';
import type { Post } from '../../schemas/body.ts';
import { COMPLAINT_OUTCOME_LABELS } from '../../schemas/complaint.ts';
import { datasetTitle, type DatasetName } from '../../schemas/datasets.ts';
import { toCents, type Lang } from '../../schemas/fields.ts';
import { parseStatedValue } from '../../schemas/money-fields.ts';
import { INCOME_CATEGORY_LABELS } from '../../schemas/income.ts';
import { labelOf } from '../../schemas/labels.ts';
import type { RuleId, Signal } from '../../schemas/signal.ts';
import type { Rules } from '../../schemas/site.ts';
import { formatCount, formatMonth, formatPartialDate } from '../locale/dates.ts';
import { localeOf } from '../../i18n/locales.ts';
import { localize, textOf, withData, type TextPart } from '../locale/localize.ts';
import { formatMoney } from '../money/cents.ts';
import { formatStatedValue } from '../money/stated-value.ts';
import { officialAddress } from '../records/addresses.ts';
import type { EvidenceRecord } from '../records/evidence.ts';
import { evidenceHref } from './signal-links.ts';

export interface SignalTextContext {
  lang: Lang;
  defaultLang: Lang;
  currency: string;
  /** Every piece of evidence with its record (evidenceIndex). */
  evidence: ReadonlyMap<string, EvidenceRecord>;
  /** Officials' names by id. */
  names: ReadonlyMap<string, string>;
  /** Posts by id, for their names. */
  posts: ReadonlyMap<string, Post>;
}

type SettingKind = 'money' | 'days' | 'years' | 'terms' | 'deadline' | 'posts' | 'income' | 'list';

/** Each setting of the code: its name for readers and how its value is written. A setting added to the schema without one is a type error. */
const SETTINGS: Record<keyof Rules, { label: Extract<UiKey, `rules.setting.${string}`>; kind: SettingKind }> = {
  monthlyPayCap: { label: 'rules.setting.monthlyPayCap', kind: 'money' },
  giftThreshold: { label: 'rules.setting.giftThreshold', kind: 'money' },
  donationCap: { label: 'rules.setting.donationCap', kind: 'money' },
  donationPublicationThreshold: { label: 'rules.setting.donationPublicationThreshold', kind: 'money' },
  campaignSpendingLimit: { label: 'rules.setting.campaignSpendingLimit', kind: 'money' },
  maxConsecutiveTerms: { label: 'rules.setting.maxConsecutiveTerms', kind: 'terms' },
  declarationYearsAfterOffice: { label: 'rules.setting.declarationYearsAfterOffice', kind: 'years' },
  coolingOffYears: { label: 'rules.setting.coolingOffYears', kind: 'years' },
  coolingOffSectors: { label: 'rules.setting.coolingOffSectors', kind: 'list' },
  complaintResponseDays: { label: 'rules.setting.complaintResponseDays', kind: 'days' },
  incompatiblePosts: { label: 'rules.setting.incompatiblePosts', kind: 'posts' },
  excludedIncomeCategories: { label: 'rules.setting.excludedIncomeCategories', kind: 'income' },
  excludedDonors: { label: 'rules.setting.excludedDonors', kind: 'list' },
  agendaPublicationDays: { label: 'rules.setting.agendaPublicationDays', kind: 'days' },
  declarationDeadline: { label: 'rules.setting.declarationDeadline', kind: 'deadline' },
};

/** The setting whose value is a rule's threshold, where it is one. */
const THRESHOLD_SETTING: Partial<Record<RuleId, keyof Rules>> = {
  'pay-cap': 'monthlyPayCap',
  'gift-outcome': 'giftThreshold',
  'gift-value-unclear': 'giftThreshold',
  'donation-cap': 'donationCap',
  'campaign-limit': 'campaignSpendingLimit',
  'term-limit': 'maxConsecutiveTerms',
  'late-agenda': 'agendaPublicationDays',
  'late-complaints': 'complaintResponseDays',
};

/** A setting's name for readers: `Monthly pay cap`. */
export function settingLabel(key: keyof Rules, lang: Lang): string {
  return translator(lang)(SETTINGS[key].label);
}

const postName = (id: string, context: Pick<SignalTextContext, 'lang' | 'defaultLang' | 'posts'>) => {
  const post = context.posts.get(id);
  return post ? textOf(post.label, context.lang, context.defaultLang) : id;
};

const listFormats = new Map<string, Intl.ListFormat>();
function list(items: readonly string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(localeOf(lang), { type: 'conjunction' })));
  return format.format(items);
}

/** A day of the year written `MM-DD`, for readers: `30 June`. */
function dayOfYear(value: string, lang: Lang): string {
  return new Intl.DateTimeFormat(localeOf(lang), { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`2000-${value}T00:00:00Z`));
}

/** A setting's value for readers: `EUR 2,200.00`, `14 days`, `30 June of the following year`. */
export function settingValue(key: keyof Rules, value: Rules[keyof Rules], context: Pick<SignalTextContext, 'lang' | 'defaultLang' | 'currency' | 'posts'>): string {
  const { lang } = context;
  const t = translator(lang);
  if (value === undefined) return t('rules.value.unset');
  const items = Array.isArray(value) ? (value as unknown[]) : [];
  switch (SETTINGS[key].kind) {
    case 'money':
      return formatMoney(Number(value), lang, context.currency);
    case 'days':
      return t('rules.value.days', { count: Number(value) });
    case 'years':
      return t('rules.value.years', { count: Number(value) });
    case 'terms':
      return t('rules.value.terms', { count: Number(value) });
    case 'deadline':
      return t('rules.value.deadline', { date: dayOfYear(String(value), lang) });
    case 'posts':
      return items.length ? items.map((pair) => list((pair as string[]).map((id) => postName(id, context)), lang)).join('; ') : t('rules.value.none');
    case 'income':
      return items.length ? list(items.map((category) => labelOf(INCOME_CATEGORY_LABELS, String(category), lang)), lang) : t('rules.value.none');
    default:
      return Array.isArray(value) ? (items.length ? items.map(String).join('; ') : t('rules.value.none')) : String(value);
  }
}

/** A signal's threshold or observed value in its unit. */
function valueOf(signal: Signal, text: string, context: SignalTextContext): string {
  const { lang } = context;
  if (text === '') return '—';
  switch (signal.unit) {
    case 'money': {
      // A gift's value as the register states it: an amount, unknown, a bound or a range.
      const value = parseStatedValue(text);
      return typeof value === 'string' ? formatMoney(toCents(text), lang, context.currency) : formatStatedValue(value, lang, context.currency);
    }
    case 'date':
      return formatPartialDate(text, lang);
    case 'days':
      return translator(lang)('rules.value.days', { count: Number(text) });
    case 'terms':
      return translator(lang)('rules.value.terms', { count: Number(text) });
    default:
      return /^\d+$/.test(text) ? formatCount(Number(text), lang) : text;
  }
}

/** The threshold, with the setting it comes from: `Monthly pay cap: EUR 2,200.00`. */
export function thresholdText(signal: Signal, context: SignalTextContext): string {
  const t = translator(context.lang);
  const value = valueOf(signal, signal.threshold, context);
  const setting = THRESHOLD_SETTING[signal.rule];
  if (setting) return t('rules.setting', { label: settingLabel(setting, context.lang), value });
  if (signal.rule === 'missing-declaration') return t('rules.threshold.due', { date: value });
  if (signal.rule === 'cooling-off') return t('rules.threshold.coolingOff', { date: value });
  if (signal.rule === 'unsigned-code') return t('rules.threshold.inForce', { date: value });
  return value;
}

export const observedText = (signal: Signal, context: SignalTextContext): string => valueOf(signal, signal.observed ?? '', context);

/**
 * What a signal is about, in words, from its records: a sentence in the reader's language in which text
 * from the data (a side position's role, an appointment's title, an income's description; names are not)
 * keeps the language it is written in, so that a page can mark it.
 */
export function subjectParts(signal: Signal, context: SignalTextContext): TextPart[] {
  const subject = subjectOf(signal, context);
  return typeof subject === 'string' ? [subject] : subject;
}

function subjectOf(signal: Signal, context: SignalTextContext): TextPart[] | string {
  const { lang } = context;
  const t = translator(lang);
  const records = signal.evidence.map((item) => context.evidence.get(item));
  const first = records[0];
  const date = (value: string | undefined) => (value ? formatPartialDate(value, lang) : '—');
  // Plain text from the data is in the site's default language (localize).
  const data = (value: Parameters<typeof localize>[0] | undefined) => localize(value ?? '', lang, context.defaultLang);
  switch (signal.rule) {
    case 'pay-cap':
      return /^\d{4}-\d{2}$/.test(signal.subject) ? formatMonth(signal.subject, lang) : signal.subject;
    case 'gift-outcome':
    case 'gift-value-unclear':
      // A giver is a name: names are not marked with a language (WCAG 3.1.2 leaves proper names out).
      return first?.kind === 'gift' ? t('rules.about.gift', { giver: first.giver ?? '', date: date(first.date) }) : signal.subject;
    case 'donation-cap': {
      const colon = signal.subject.lastIndexOf(':');
      const donor = colon < 0 ? signal.subject : signal.subject.slice(0, colon);
      const name = records.find((record) => record?.donorName)?.donorName;
      return t('rules.about.donor', { donor: name ? `${name} (${donor})` : donor, year: colon < 0 ? '' : signal.subject.slice(colon + 1) });
    }
    case 'campaign-limit':
      return t('rules.about.campaign', { campaign: signal.subject });
    case 'term-limit':
      return first?.kind === 'mandate' ? t('rules.about.term', { post: postName(first.post ?? '', context), date: date(first.date) }) : signal.subject;
    case 'dual-roles': {
      const posts = records.filter((record) => record?.kind === 'mandate').map((record) => postName(record?.post ?? '', context));
      return posts.length ? t('rules.about.posts', { posts: list(posts, lang), date: date(signal.date) }) : signal.subject;
    }
    case 'missing-declaration':
      return t('rules.about.declaration', { year: signal.subject });
    case 'cooling-off':
      return first?.kind === 'sidePosition' ? withData(([role]) => t('rules.about.position', { role: role as string, organisation: first.organisation ?? '', date: date(signal.date) }), [data(first.role)]) : signal.subject;
    case 'late-agenda':
      return first?.kind === 'agenda' ? withData(([title]) => t('rules.about.appointment', { date: date(first.date), title: title as string }), [data(first.title)]) : signal.subject;
    case 'late-complaints':
      return first?.kind === 'complaints' ? t('rules.about.complaints', { period: first.period ?? '', outcome: labelOf(COMPLAINT_OUTCOME_LABELS, first.outcome ?? '', lang) }) : signal.subject;
    case 'unsigned-code':
      return t('rules.about.code', { version: signal.subject });
    case 'refused-income':
      return first?.kind === 'income' ? withData(([description]) => t('rules.about.income', { category: labelOf(INCOME_CATEGORY_LABELS, first.category ?? '', lang), date: date(first.date), description: description as string }), [data(first.description)]) : signal.subject;
    default:
      return signal.subject;
  }
}

/** The part of an official's page that a rule's evidence is about. */
const OFFICIAL_SECTION: Partial<Record<RuleId, 'declarations' | 'signatures'>> = { 'missing-declaration': 'declarations', 'unsigned-code': 'signatures' };

/** A piece of evidence for readers: what the record is, where it is shown, and the file and line it comes from. */
export function evidenceItem(evidence: string, source: string | undefined, rule: RuleId, context: SignalTextContext): { text: string; href: string; source: string | undefined } {
  const { lang } = context;
  const t = translator(lang);
  let record: EvidenceRecord = context.evidence.get(evidence) ?? { kind: 'other', dataset: evidence.slice(0, Math.max(0, evidence.indexOf(':'))) || evidence };
  // An official's record is evidence of what it lacks: their declarations, or their signature of the code.
  const section = record.kind === 'official' ? OFFICIAL_SECTION[rule] : undefined;
  if (section && record.official) record = { ...record, address: officialAddress(record.official, section) };
  const amount = record.value !== undefined ? formatStatedValue(record.value, lang, context.currency) : record.cents === undefined ? '' : formatMoney(record.cents, lang, context.currency);
  const date = record.date && (record.date.length === 10 || record.kind === 'gift') ? formatPartialDate(record.date, lang) : '—';
  let text: string;
  switch (record.kind) {
    case 'agenda':
      text = t('rules.evidence.agenda', { date });
      break;
    case 'gift':
      text = t('rules.evidence.gift', { date, amount });
      break;
    case 'pay':
      text = t('rules.evidence.pay', { month: record.date ? formatMonth(record.date, lang) : '—', amount });
      break;
    case 'income':
      text = t('rules.evidence.income', { date, amount });
      break;
    case 'expenditure':
      text = t('rules.evidence.expenditure', { date, amount });
      break;
    case 'mandate':
      text = t('rules.evidence.mandate', { date, post: postName(record.post ?? '', context) });
      break;
    case 'official': {
      const name = context.names.get(record.official ?? '') ?? '—';
      text = section === 'declarations' ? t('rules.evidence.declarations', { name }) : section === 'signatures' ? t('rules.evidence.signatures', { name }) : t('rules.evidence.official', { name });
      break;
    }
    case 'sidePosition':
      text = t('rules.evidence.sidePosition', { year: record.year ?? '', role: record.role ?? '', organisation: record.organisation ?? '' });
      break;
    case 'complaints':
      text = t('rules.evidence.complaints', { period: record.period ?? '', outcome: labelOf(COMPLAINT_OUTCOME_LABELS, record.outcome ?? '', lang) });
      break;
    default:
      text = t('rules.evidence.other', { dataset: datasetTitle(record.dataset as DatasetName, lang) });
  }
  const colon = source?.lastIndexOf(':') ?? -1;
  const where = source && colon > 0 ? t('rules.source', { file: source.slice(0, colon), line: source.slice(colon + 1) }) : source;
  return { text, href: evidenceHref(record, lang), source: where };
}
