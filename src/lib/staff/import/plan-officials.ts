/**
 * Plans the import of officials and their mandates (from a CSV with one row per mandate, or from a
 * Popolo file): an official already in `data/officials/` keeps their file and gets only the mandates it
 * lacks (same post, body and start = already there); a new official gets `data/officials/<id>.yaml`.
 * Mandates and officials are validated with the project's schemas, posts and bodies are checked as
 * `npm run validate` checks them. Nothing in an official's file is overwritten.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReferences } from '../../loading/check-references.ts';
import type { Loaded } from '../../loading/load-site.ts';
import { mandateSchema, officialSchema, UNKNOWN_START, type Official } from '../../../schemas/official.ts';
import { validateRecord } from '../../loading/validate-record.ts';
import { nest, type Organisation } from './organisation.ts';
import type { FileChange, Outcome } from './types.ts';
import { appendToList, yamlRecord, yamlText } from './yaml-write.ts';

export interface OfficialItem {
  outcome: Outcome;
  officialId: string;
  /** The official's own fields (name, sortName, party…), when the item carries them. */
  person?: Record<string, string>;
  /** One mandate (post, body, selection, start, end, paid), when the item carries one. */
  mandate?: Record<string, string>;
  columnOf?: (field: string) => string | undefined;
}

const PERSON_SCHEMA = officialSchema.omit({ mandates: true, signatures: true });
const PARTICLES = new Set(['van', 'de', 'der', 'den', 'du', 'le', 'la', 'von', 'ten', 'ter', 'el', 'al', 'da', 'di', 'dos', "d'"]);

/** "Sofie Van Rompaey" → "Van Rompaey, Sofie": the family name (with its particles) first. */
export function sortNameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return name.trim();
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has((words[start - 1] ?? '').toLowerCase())) start--;
  return `${words.slice(start).join(' ')}, ${words.slice(0, start).join(' ')}`;
}

export function planOfficials(org: Organisation, items: OfficialItem[], siteDir: string, marker: string): FileChange[] {
  const site = org.site;
  const defaultLanguage = site.site.defaultLanguage;
  const problem = (item: OfficialItem, field: string, message: string) => {
    const column = item.columnOf?.(field.split('.').pop() ?? field) ?? item.columnOf?.(field.split('.')[0] ?? field);
    item.outcome.problems.push(column === undefined ? { field, message } : { field, column, message });
  };
  const mandates = new Map<OfficialItem, Record<string, unknown>>();
  for (const item of items) {
    if (!item.mandate || item.outcome.problems.length) continue;
    const checked = validateRecord(mandateSchema, nest(item.mandate, defaultLanguage), () => ({ file: marker, line: item.outcome.order, column: 1 }));
    for (const found of checked.problems) problem(item, found.field, found.message);
    if (checked.data) mandates.set(item, checked.data as Record<string, unknown>);
  }

  const groups = new Map<string, OfficialItem[]>();
  for (const item of items) if (!item.outcome.problems.length) groups.set(item.officialId, [...(groups.get(item.officialId) ?? []), item]);

  interface Plan { id: string; existing?: Loaded<Official>; person: Record<string, string>; added: OfficialItem[]; persons: OfficialItem[] }
  const plans: Plan[] = [];
  for (const [id, group] of groups) {
    const existing = site.officials.find((official) => official.data.id === id);
    const plan: Plan = { id, person: {}, added: [], persons: [] };
    if (existing) plan.existing = existing;
    for (const item of group) {
      for (const [field, value] of Object.entries(item.person ?? {})) {
        const current = plan.person[field];
        if (current === undefined) plan.person[field] = value;
        else if (current !== value && !existing) problem(item, field, `is "${value}", but an earlier row gave "${current}" for the same official: keep one`);
      }
      if (item.outcome.problems.length) continue;
      const mandate = mandates.get(item);
      if (!mandate) {
        plan.persons.push(item);
        continue;
      }
      // A start unknown (undefined) tells mandates apart by their end as well.
      const fields = mandate.start === undefined ? ['post', 'body', 'start', 'end'] : ['post', 'body', 'start'];
      const same = existing?.data.mandates.findIndex((m) => fields.every((f) => (m as Record<string, unknown>)[f] === mandate[f])) ?? -1;
      const repeated = plan.added.find((other) => fields.every((f) => mandates.get(other)?.[f] === mandate[f]));
      if (existing && same !== -1) {
        item.outcome.status = 'already there';
        item.outcome.record = `${id} mandate ${String(mandate.post)} from ${typeof mandate.start === 'string' ? mandate.start : UNKNOWN_START}`;
        item.outcome.target = `${relative(site.dir, existing.file)}:${existing.locate(['mandates', same]).line}`;
      } else if (repeated) problem(item, '', `repeats ${marker.replace(/^\u0000import:/, '')}:${repeated.outcome.where} (the same post, body and start${mandate.start === undefined ? ', unknown, and end' : ''}): the same mandate is imported once`);
      else plan.added.push(item);
    }
    plans.push(plan);
  }

  // Validate new officials whole, then check posts and bodies with every official in place.
  const marked = (item: OfficialItem) => ({ file: marker, line: item.outcome.order, column: 1 });
  for (;;) {
    const records: Array<Loaded<Official>> = [];
    for (const plan of plans) {
      const first = plan.added[0] ?? plan.persons[0];
      if (!first) continue;
      if (!plan.existing && plan.added.length === 0) {
        for (const item of plan.persons) problem(item, 'mandates', `needs at least one mandate: ${plan.person.name ?? plan.id} holds no post in a body that is imported`);
        plan.persons = [];
        continue;
      }
      const person = { ...plan.person, sortName: plan.person.sortName ?? sortNameOf(plan.person.name ?? '') };
      const added = plan.added.map((item) => mandates.get(item));
      // Validated again whole: a start validated to unknown (undefined) is written as the file writes it.
      const asWritten = added.map((mandate) => (mandate && mandate.start === undefined ? { ...mandate, start: UNKNOWN_START } : mandate));
      const data = plan.existing ? { ...plan.existing.data, mandates: [...plan.existing.data.mandates, ...added] } : (validateNew(plan, person, asWritten, marked(first), problem) as Official | undefined);
      if (!data) continue;
      const offset = plan.existing?.data.mandates.length ?? 0;
      records.push({
        data: { ...data, id: plan.id } as Official,
        file: plan.existing?.file ?? marker,
        line: 1,
        locate: (path) => (path[0] === 'mandates' && Number(path[1]) >= offset ? marked(plan.added[Number(path[1]) - offset] ?? first) : plan.existing ? plan.existing.locate(path) : marked(first)),
      });
    }
    const ids = new Set([...org.officialIds, ...records.map((record) => record.data.id)]);
    const kept = site.officials.filter((official) => !records.some((record) => record.data.id === official.data.id));
    const found = checkReferences({ ...site, officials: [...kept, ...records] }, ids).filter((p) => p.file === marker);
    if (found.length === 0) break;
    let told = 0;
    for (const plan of plans) {
      for (const item of [...plan.added, ...plan.persons]) {
        for (const p of found.filter((f) => f.line === item.outcome.order)) {
          problem(item, p.field.replace(/^mandates\.\d+\./, ''), p.message);
          told++;
        }
      }
      plan.added = plan.added.filter((item) => !item.outcome.problems.length);
      plan.persons = plan.persons.filter((item) => !item.outcome.problems.length);
    }
    if (told > 0) continue;
    // Problems of no official left (of a body or a post the import makes): checking again would find them
    // again, for ever. No official is written beside records that do not validate, and each one says why.
    const why = found.map((p) => `${p.field ? `${p.field}: ` : ''}${p.message}`).join('; ');
    for (const plan of plans) {
      for (const item of [...plan.added, ...plan.persons]) problem(item, '', `is not imported: what this import makes besides officials would not validate (${why})`);
      plan.added = [];
      plan.persons = [];
    }
    break;
  }

  const changes: FileChange[] = [];
  for (const plan of plans) {
    if (plan.added.length === 0 && (plan.existing || plan.persons.length === 0)) {
      for (const item of plan.persons) if (plan.existing) markThere(item, plan, site.dir);
      continue;
    }
    const path = `data/officials/${plan.id}.yaml`;
    const mandateYaml = plan.added.map((item) => yamlRecord(mandateSchema, item.mandate ?? {}, mandates.get(item) ?? {}, defaultLanguage));
    if (plan.existing && existsSync(join(siteDir, path))) {
      changes.push({ path, mode: 'write', text: appendToList(readFileSync(join(siteDir, path), 'utf8'), ['mandates'], mandateYaml), summary: `+${mandateYaml.length} mandate${mandateYaml.length === 1 ? '' : 's'}` });
      for (const item of plan.persons) markThere(item, plan, site.dir);
    } else {
      const person = { ...plan.person, sortName: plan.person.sortName ?? sortNameOf(plan.person.name ?? '') };
      const record = { ...yamlRecord(PERSON_SCHEMA, person, {}, defaultLanguage), mandates: mandateYaml };
      changes.push({ path, mode: 'write', text: yamlText(record), summary: `new official with ${mandateYaml.length} mandate${mandateYaml.length === 1 ? '' : 's'}` });
      for (const item of plan.persons) Object.assign(item.outcome, { status: 'added', record: plan.id, target: path });
    }
    plan.added.forEach((item, index) => Object.assign(item.outcome, { status: 'added', record: `${plan.id} mandate ${item.mandate?.post ?? ''} from ${item.mandate?.start ?? ''}`, target: `${path} (mandate ${(plan.existing?.data.mandates.length ?? 0) + index + 1})` }));
  }
  return changes;
}

function validateNew(plan: { person: Record<string, string>; added: OfficialItem[]; persons: OfficialItem[] }, person: Record<string, string>, added: unknown[], at: { file: string; line: number; column: number }, problem: (item: OfficialItem, field: string, message: string) => void): unknown {
  const checked = validateRecord(officialSchema, { ...nest(person, 'nl'), mandates: added }, () => at);
  if (checked.data) return checked.data;
  const all = [...plan.persons, ...plan.added];
  const first = all[0];
  for (const found of checked.problems) if (first) problem(first, found.field, found.message);
  for (const item of all.slice(1)) problem(item, '', `belongs to ${person.name ?? 'an official'}, who cannot be imported: see ${first?.outcome.where ?? ''}`);
  plan.added = [];
  plan.persons = [];
  return undefined;
}

function markThere(item: OfficialItem, plan: { id: string; existing?: Loaded<Official> }, dir: string): void {
  Object.assign(item.outcome, { status: 'already there', record: plan.id, target: plan.existing ? relative(dir, plan.existing.file) : '' });
}

function relative(dir: string, file: string): string {
  return file.startsWith(`${dir}/`) ? file.slice(dir.length + 1) : file;
}

