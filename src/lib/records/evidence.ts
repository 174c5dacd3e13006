/**
 * The records that the signals rest on, found once per build: for each piece of evidence (`dataset:id`,
 * as the signals dataset publishes it) what kind of record it is, its date and amount, what it says, and
 * its address (src/lib/records/addresses.ts). The pages write it in the reader's language
 * (src/lib/rules/signal-text.ts); no page shows the evidence's key itself.
 *
 * Evidence is written by the rules (src/lib/rules/): `agenda:<id>`, `gifts:<id>`, `income:<id>`,
 * `expenditure:<id>`, `remuneration:<official>:<YYYY-MM>`, `mandates:<official>:<post>:<start>` (`unknown-<n>` for the n-th mandate, of unknown start),
 * `officials:<official>`, `side-positions:<official>:<year>:<n>` (the n-th of the declaration, from 1),
 * `complaints:<period>:<outcome>`. Evidence of another form, or whose record is gone, links to its dataset.
 */
import type { AgendaEntry } from '../../schemas/agenda.ts';
import type { ComplaintStat } from '../../schemas/complaint.ts';
import type { Declaration } from '../../schemas/declaration.ts';
import type { Localized } from '../../schemas/fields.ts';
import type { Gift } from '../../schemas/gift.ts';
import type { StatedValue } from '../../schemas/money-fields.ts';
import type { Official } from '../../schemas/official.ts';
import type { Remuneration } from '../../schemas/remuneration.ts';
import type { Signal } from '../../schemas/signal.ts';
import { payTotal } from '../money/remuneration.ts';
import { mandateKey } from '../../schemas/official.ts';
import { agendaAddress, complaintAddress, giftAddress, lineAddress, lineQueryAddress, mandateAddress, officialAddress, payAddress, sidePositionsAddress, type Address } from './addresses.ts';
import type { FoundLine } from './line-store.ts';

export type EvidenceKind = 'agenda' | 'gift' | 'pay' | 'income' | 'expenditure' | 'mandate' | 'official' | 'sidePosition' | 'complaints' | 'other';

/** A record as a piece of evidence shows it; which fields are set depends on its kind. */
export interface EvidenceRecord {
  kind: EvidenceKind;
  /** The dataset it is published in. */
  dataset: string;
  /** Where the portal shows it; none when the record was not found (the dataset's file is linked instead). */
  address?: Address | undefined;
  /** `YYYY-MM-DD`, or `YYYY-MM` for pay; a gift's as the register gives it (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
  date?: string | undefined;
  cents?: number | undefined;
  /** A gift's value as the register states it. */
  value?: StatedValue | undefined;
  official?: string | undefined;
  /** A mandate's post (id). */
  post?: string | undefined;
  /** An appointment's title, a gift's description. */
  title?: Localized | undefined;
  giver?: string | undefined;
  role?: string | undefined;
  organisation?: string | undefined;
  year?: string | undefined;
  period?: string | undefined;
  outcome?: string | undefined;
  /** A money line: its category, description and donor. */
  category?: string | undefined;
  description?: string | undefined;
  donor?: string | undefined;
  donorName?: string | undefined;
}

export interface EvidenceSources {
  signals: readonly Signal[];
  agenda: readonly AgendaEntry[];
  /** The month page of each agenda entry after `/<lang>/agenda/` (agendaPagePaths). */
  agendaPages: ReadonlyMap<string, string>;
  gifts: readonly Gift[];
  remuneration: readonly Remuneration[];
  officials: readonly Official[];
  declarations: readonly Declaration[];
  /** Which page of its year shows each declaration (declarationPages). */
  declarationPages: ReadonlyMap<string, number>;
  complaints: readonly ComplaintStat[];
  /** The money lines of the evidence, where their lists show them (LineStore.found). */
  lines: ReadonlyMap<string, FoundLine>;
}

/** A piece of evidence split at its first colon: the dataset, and the rest (which may hold colons). */
export function splitEvidence(evidence: string): { dataset: string; key: string; parts: string[] } {
  const colon = evidence.indexOf(':');
  const dataset = colon < 0 ? evidence : evidence.slice(0, colon);
  const key = colon < 0 ? '' : evidence.slice(colon + 1);
  return { dataset, key, parts: key.split(':') };
}

/** Every piece of evidence of the signals, with its record; made once per build (every record kind is read once). */
export function evidenceIndex(sources: EvidenceSources): ReadonlyMap<string, EvidenceRecord> {
  const wanted = new Map<string, Set<string>>();
  for (const signal of sources.signals) {
    for (const evidence of signal.evidence) {
      const { dataset, key } = splitEvidence(evidence);
      let keys = wanted.get(dataset);
      if (!keys) wanted.set(dataset, (keys = new Set()));
      keys.add(key);
    }
  }
  const found = new Map<string, EvidenceRecord>();
  const keys = (dataset: string) => wanted.get(dataset) ?? new Set<string>();
  const set = (dataset: string, key: string, record: Omit<EvidenceRecord, 'dataset'>) => found.set(`${dataset}:${key}`, { dataset, ...record });

  const agenda = keys('agenda');
  if (agenda.size) {
    for (const entry of sources.agenda) {
      const page = agenda.has(entry.id) ? sources.agendaPages.get(entry.id) : undefined;
      if (page) set('agenda', entry.id, { kind: 'agenda', address: agendaAddress(page, entry.id), date: entry.date, title: entry.title });
    }
  }
  const gifts = keys('gifts');
  for (const gift of gifts.size ? sources.gifts : []) {
    if (gifts.has(gift.id)) set('gifts', gift.id, { kind: 'gift', address: giftAddress(gift), date: gift.date, value: gift.value, official: gift.official, giver: gift.giver, title: gift.description });
  }
  const pay = keys('remuneration');
  for (const row of pay.size ? sources.remuneration : []) {
    const key = `${row.official}:${row.month}`;
    if (pay.has(key)) set('remuneration', key, { kind: 'pay', address: payAddress(row.official, row.month), date: row.month, cents: payTotal(row), official: row.official });
  }
  for (const dataset of ['income', 'expenditure'] as const) {
    for (const key of keys(dataset)) {
      const line = sources.lines.get(`${dataset}:${key}`);
      if (line) {
        const { line: data, place, part } = line;
        set(dataset, key, { kind: dataset, address: place ? lineAddress(place, data.id) : lineQueryAddress(dataset, data.id, data.date), date: data.date, cents: data.amount, category: part, description: data.description, donor: data.donor, donorName: data.donorName });
      }
    }
  }
  const officials = new Set(sources.officials.map((person) => person.id));
  for (const key of keys('officials')) {
    if (officials.has(key)) set('officials', key, { kind: 'official', address: officialAddress(key), official: key });
  }
  const mandates = keys('mandates');
  for (const person of mandates.size ? sources.officials : []) {
    person.mandates.forEach((mandate, index) => {
      const key = `${person.id}:${mandate.post}:${mandateKey(mandate, index)}`;
      if (mandates.has(key)) set('mandates', key, { kind: 'mandate', address: mandateAddress(person.id, mandate.post, mandateKey(mandate, index)), date: mandate.start, official: person.id, post: mandate.post });
    });
  }
  const positions = keys('side-positions');
  for (const declaration of positions.size ? sources.declarations : []) {
    declaration.sidePositions.forEach((position, index) => {
      const key = `${declaration.official}:${declaration.year}:${index + 1}`;
      if (!positions.has(key)) return;
      set('side-positions', key, {
        kind: 'sidePosition',
        address: sidePositionsAddress(sources.declarationPages, declaration.official, declaration.year),
        date: position.start,
        cents: position.amount,
        official: declaration.official,
        year: String(declaration.year),
        role: position.role,
        organisation: position.organisation,
      });
    });
  }
  const complaints = keys('complaints');
  for (const row of complaints.size ? sources.complaints : []) {
    const key = `${row.period}:${row.outcome}`;
    if (complaints.has(key)) set('complaints', key, { kind: 'complaints', address: complaintAddress(row.period, row.outcome), period: row.period, outcome: row.outcome });
  }
  // What was not found links to its dataset.
  for (const [dataset, all] of wanted) {
    for (const key of all) if (!found.has(`${dataset}:${key}`)) found.set(`${dataset}:${key}`, { kind: 'other', dataset });
  }
  return found;
}
