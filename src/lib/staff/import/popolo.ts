/**
 * Imports a Popolo JSON file (persons, organizations, memberships, posts; https://www.popoloproject.com)
 * as officials, bodies and mandates. Organisations with memberships become bodies (or are matched to
 * bodies in bodies.yaml by name, or through `bodies:` in the mapping; a new body's id made from a name is
 * never one another body has, nor shared by two organisations of the file); parties give officials their
 * `party`; posts and membership roles become posts (matched by label, or through `posts:`); memberships
 * become mandates, with their dates (or the start of their legislative period). A person becomes the
 * official `officials:` maps the file's id to, else the official of that name, else the file's id when
 * it is shaped like an official id, else an id made from the name; two persons of the file that would
 * become one official (homonyms) are reported, never merged. Every item of the file ends with an
 * outcome: added, already there, used (for a party or a period) or skipped, and why.
 * Longer than 300 lines because the file's lists depend on each other (a body on its memberships, a post
 * on its body, a person on their memberships): one pass decides every item's outcome in one place.
 */
import { bodySchema, postSchema } from '../../../schemas/body.ts';
import { mandateSchema, officialSchema, UNKNOWN_START } from '../../../schemas/official.ts';
import type { Body } from '../../../schemas/body.ts';
import type { Loaded } from '../../loading/load-site.ts';
import { validateRecord } from '../../loading/validate-record.ts';
import type { Mapping } from './mapping.ts';
import { normaliseDate, slugify } from './normalise.ts';
import type { Organisation } from './organisation.ts';
import { planOfficials, type OfficialItem } from './plan-officials.ts';
import { emptyResult, type ImportResult, type Outcome } from './types.ts';
import { appendToList, yamlText } from './yaml-write.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type Item = Record<string, unknown>;
const str = (value: unknown) => (typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : '');
const loose = (value: unknown) => slugify(str(value));
const PARTY = /party|parti|partij|faction|fractie|political group|list/i;
const CLASSIFICATION: Array<[RegExp, Body['classification']]> = [
  [/legislature|council|raad|conseil|parliament|assembl/i, 'council'],
  [/executive|cabinet|college|collège|government|regering/i, 'executive'],
  [/committee|commissie|commission/i, 'committee'],
  [/board|bestuur|bureau/i, 'board'],
];

const MANDATE_FIELDS = Object.keys(mandateSchema.shape);
const PERSON_FIELDS = Object.keys(officialSchema.omit({ mandates: true, signatures: true }).shape);
const fixedOf = (mapping: Mapping, fields: readonly string[]) => Object.fromEntries(Object.entries(mapping.fixed).filter(([field]) => fields.includes(field)));

export function planPopolo(org: Organisation, json: string, mapping: Mapping, files: { source: string; siteDir: string; mapping?: string }): ImportResult {
  const result = emptyResult('popolo', files.source);
  const unknown = Object.keys(mapping.fixed).filter((field) => !MANDATE_FIELDS.includes(field) && !PERSON_FIELDS.includes(field));
  if (unknown.length) return { ...result, fatal: unknown.map((field) => `${files.mapping ?? 'the mapping'}: fixed.${field}  is not a field of an official or a mandate: use one of ${[...PERSON_FIELDS, ...MANDATE_FIELDS].join(', ')}`) };
  let file: Record<string, unknown>;
  try {
    file = JSON.parse(json.replace(/^\uFEFF/, '')) as Record<string, unknown>;
  } catch (error) {
    return { ...result, fatal: [`${files.source} is not valid JSON: ${(error as Error).message}`] };
  }
  const list = (name: string) => (Array.isArray(file[name]) ? (file[name] as Item[]) : []);
  const [persons, organizations, memberships, posts, events] = ['persons', 'organizations', 'memberships', 'posts', 'events'].map(list) as [Item[], Item[], Item[], Item[], Item[]];
  let order = 0;
  const outcome = (section: string, index: number, item: Item): Outcome => {
    const label = str(item.name) || str(item.label) || str(item.id);
    const made: Outcome = { where: `${section}[${index}]${label ? ` ${JSON.stringify(label)}` : ''}`, order: order++, status: 'skipped', problems: [] };
    result.outcomes.push(made);
    return made;
  };
  const site = org.site;
  const marker = `\u0000import:${files.source}`;
  const byId = new Map(organizations.map((o) => [str(o.id), o]));
  const postById = new Map(posts.map((p) => [str(p.id), p]));
  const eventById = new Map(events.map((e) => [str(e.id), e]));
  const orgOf = (m: Item) => byId.get(str(m.organization_id) || str(postById.get(str(m.post_id))?.organization_id));
  const isParty = (o: Item | undefined) => o !== undefined && PARTY.test(str(o.classification));

  // Bodies: organisations that hold memberships, matched to bodies.yaml or new.
  const bodies: Array<Loaded<Body>> = site.bodies.map((body) => ({ ...body, data: { ...body.data, posts: [...body.data.posts] } }));
  const newBodies = new Set<string>();
  const newPosts = new Map<string, Array<Record<string, unknown>>>();
  const bodyFor = new Map<Item, string>();
  const namesOf = (body: Body) => (typeof body.name === 'string' ? [body.name] : Object.values(body.name));
  const bodyName = (body: Body) => (typeof body.name === 'string' ? body.name : (body.name[site.site.defaultLanguage] ?? namesOf(body)[0] ?? body.id));
  // A body of bodies.yaml by the file's id or by name; never one this import adds (two organisations of the file are never merged).
  const findBody = (o: Item) => mapping.bodies[str(o.id)] ?? site.bodies.find((b) => b.data.id === str(o.id) || namesOf(b.data).some((name) => loose(name) === loose(o.name)))?.data.id;
  const newIdOf = (o: Item) => slugify(str(o.name) || str(o.id));
  // The body each organisation the mapping does not name would be (found by name, or new with an id made
  // from its name), and the organisations of the file that would share one: never merged.
  const claimOf = (o: Item) => findBody(o) ?? newIdOf(o);
  const bodySharing = new Map<string, Array<{ o: Item; index: number }>>();
  const holdersOf = (o: Item) => memberships.filter((m) => orgOf(m) === o || str(m.on_behalf_of_id) === str(o.id));
  const heldIn = (o: Item) => holdersOf(o).length > 0 || posts.some((p) => str(p.organization_id) === str(o.id));
  organizations.forEach((o, index) => {
    if (!isParty(o) && heldIn(o) && mapping.bodies[str(o.id)] === undefined) bodySharing.set(claimOf(o), [...(bodySharing.get(claimOf(o)) ?? []), { o, index }]);
  });
  const orgOutcomes = new Map<Item, Outcome>();
  for (const [index, o] of organizations.entries()) {
    const made = outcome('organizations', index, o);
    orgOutcomes.set(o, made);
    if (isParty(o)) {
      Object.assign(made, { status: 'used', target: `party of ${new Set(holdersOf(o).map((m) => m.person_id)).size} person(s)` });
      continue;
    }
    if (!heldIn(o)) {
      made.problems.push({ field: '', message: 'has no memberships and no posts: Vitrine imports the bodies officials hold posts in' });
      continue;
    }
    const others = mapping.bodies[str(o.id)] === undefined ? (bodySharing.get(claimOf(o)) ?? []).filter((other) => other.o !== o) : [];
    if (others.length) {
      made.problems.push({ field: 'id', message: `would be the body ${claimOf(o)}, like ${others.map((other) => `organizations[${other.index}] ${JSON.stringify(str(other.o.name))}`).join(', ')} of this file: two organisations of one name are kept apart, never merged. Say which body each one is under bodies: in a mapping file (${[o, ...others.map((other) => other.o)].map((one) => `${JSON.stringify(str(one.id))}: <body id>`).join(', ')})` });
      continue;
    }
    const existing = findBody(o);
    if (existing !== undefined && bodies.some((b) => b.data.id === existing)) {
      bodyFor.set(o, existing);
      Object.assign(made, { status: 'already there', record: existing, target: 'data/bodies.yaml' });
      continue;
    }
    const id = existing ?? newIdOf(o);
    if (existing === undefined) {
      // A new body never takes the id of another: the mapping says which body this is.
      const taken = site.bodies.find((b) => b.data.id === id);
      const key = JSON.stringify(str(o.id));
      const mappedTo = organizations.filter((other) => other !== o && mapping.bodies[str(other.id)] === id).map((other) => JSON.stringify(str(other.id)));
      if (mappedTo.length) made.problems.push({ field: 'id', message: `would be the body ${id}, which the mapping gives to ${mappedTo.join(', ')}: two bodies are never merged by their id. Give it an id of its own under bodies: in the mapping file (bodies: { ${key}: <new id> })` });
      else if (taken) made.problems.push({ field: 'id', message: `would be the body ${id}, which data/bodies.yaml gives to "${bodyName(taken.data)}": two bodies are never merged by their id. If it is that body, say so under bodies: in a mapping file (bodies: { ${key}: ${id} }); if not, give it an id of its own there (bodies: { ${key}: <new id> })` });
      if (made.problems.length) continue;
    }
    const classification = CLASSIFICATION.find(([pattern]) => pattern.test(`${str(o.classification)} ${str(o.name)}`))?.[1] ?? 'other';
    const checked = validateRecord(bodySchema.omit({ posts: true }), { id, name: str(o.name), classification }, () => ({ file: marker, line: made.order, column: 1 }));
    for (const p of checked.problems) made.problems.push({ field: p.field, message: p.message });
    if (!checked.data) continue;
    bodies.push({ data: { ...checked.data, posts: [] }, file: marker, line: made.order, locate: () => ({ file: marker, line: made.order, column: 1 }) });
    newBodies.add(id);
    bodyFor.set(o, id);
    Object.assign(made, { status: 'added', record: id, target: 'data/bodies.yaml' });
  }

  // Posts: Popolo posts and the roles of memberships without one.
  const postIds = new Set(bodies.flatMap((b) => b.data.posts.map((p) => p.id)));
  const postFor = (bodyId: string, label: string, popoloId: string, made: Outcome | undefined): string | undefined => {
    const body = bodies.find((b) => b.data.id === bodyId);
    if (!body) return undefined;
    // posts: { member: councillor } for every body, or posts: { board: { member: board-member } } for one (by body id or Popolo id).
    const own = [bodyId, ...organizations.filter((o) => bodyFor.get(o) === bodyId).map((o) => str(o.id))].map((key) => mapping.posts[key]).find((value) => typeof value === 'object');
    const shared = (key: string) => (typeof mapping.posts[key] === 'string' ? (mapping.posts[key] as string) : undefined);
    const mapped = own?.[popoloId] ?? own?.[label] ?? shared(popoloId) ?? shared(label);
    const found = body.data.posts.find((p) => p.id === mapped || p.id === slugify(label) || Object.values(typeof p.label === 'string' ? { x: p.label } : p.label).some((l) => loose(l) === loose(label)));
    if (found) return found.id;
    // Each body has its own posts: a post of another body is never taken for this one.
    const elsewhere = mapped === undefined ? undefined : bodies.find((b) => b.data.posts.some((p) => p.id === mapped));
    if (elsewhere !== undefined) {
      made?.problems.push({ field: 'post', message: `"${label}" is mapped to the post ${mapped}, which is a post of ${elsewhere.data.id}, not of ${bodyId}: map it to a post of ${bodyId} (known: ${body.data.posts.map((p) => p.id).join(', ') || 'none yet'}) for this body alone, posts: { ${bodyId}: { ${JSON.stringify(label)}: <post id> } }` });
      return undefined;
    }
    if (mapping.fixed.paid === undefined) {
      made?.problems.push({ field: 'paid', message: `is required for the new post "${label}" of ${bodyId}: add fixed: { paid: true } (or false) to the mapping file, or map the post to one in bodies.yaml under posts:` });
      return undefined;
    }
    let id = mapped ?? slugify(label);
    if (postIds.has(id)) id = `${bodyId}-${id}`;
    const checked = validateRecord(postSchema, { id, label, paid: mapping.fixed.paid }, () => ({ file: marker, line: 0, column: 1 }));
    if (!checked.data) {
      for (const p of checked.problems) made?.problems.push({ field: `post.${p.field}`, message: p.message });
      return undefined;
    }
    body.data.posts.push(checked.data);
    postIds.add(id);
    newPosts.set(bodyId, [...(newPosts.get(bodyId) ?? []), { id, label, paid: checked.data.paid }]);
    return id;
  };
  const postOutcomes = new Map<string, Outcome>();
  for (const [index, p] of posts.entries()) {
    const made = outcome('posts', index, p);
    postOutcomes.set(str(p.id), made);
    const o = byId.get(str(p.organization_id));
    const bodyId = o ? bodyFor.get(o) : undefined;
    if (bodyId === undefined) {
      made.problems.push({ field: 'organization_id', message: `"${str(p.organization_id)}" is not an organisation imported as a body` });
      continue;
    }
    const before = postIds.size;
    const id = postFor(bodyId, str(p.label) || str(p.role), str(p.id), made);
    if (id !== undefined) Object.assign(made, { status: postIds.size > before ? 'added' : 'already there', record: id, target: 'data/bodies.yaml' });
  }

  // Persons and memberships become officials and mandates.
  const officialOf = new Map<string, string>();
  const items: OfficialItem[] = [];
  const partyOf = new Map<string, string>();
  for (const m of memberships) {
    const o = orgOf(m);
    const party = isParty(o) ? o : byId.get(str(m.on_behalf_of_id));
    if (party && isParty(party)) partyOf.set(str(m.person_id), str(party.name));
  }
  // People by identity: the file's own id names a person. Two persons of the file that would become the
  // same official (homonyms, in different councils) are never merged: both are reported until the mapping
  // says which official each one is.
  const nameOf = (person: Item) => str(person.name) || [str(person.given_name), str(person.family_name)].filter(Boolean).join(' ');
  const officialFor = (person: Item) => mapping.officials[str(person.id)] ?? org.finder.find(nameOf(person)) ?? (/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(str(person.id)) ? str(person.id) : slugify(nameOf(person)));
  const sharing = new Map<string, string[]>();
  for (const person of persons) if (mapping.officials[str(person.id)] === undefined) sharing.set(officialFor(person), [...(sharing.get(officialFor(person)) ?? []), str(person.id)]);
  const homonyms = new Map<string, string>();
  persons.forEach((person, index) => {
    const made = outcome('persons', index, person);
    const name = nameOf(person);
    const id = officialFor(person);
    const others = (sharing.get(id) ?? []).filter((other) => other !== str(person.id));
    if (mapping.officials[str(person.id)] === undefined && others.length > 0) {
      made.problems.push({ field: 'id', message: `is "${name}", like ${others.map((other) => `"${other}"`).join(', ')} of this file: two persons with one name (in different bodies?) are kept apart, never merged. Say which official each one is under officials: in the mapping file (${[str(person.id), ...others].map((other) => `"${other}": <official id>`).join(', ')})` });
      homonyms.set(str(person.id), `persons[${index}]`);
      return;
    }
    officialOf.set(str(person.id), id);
    const email = str(person.email) || str((Array.isArray(person.contact_details) ? (person.contact_details as Item[]) : []).find((c) => str(c.type) === 'email')?.value);
    const link = Array.isArray(person.links) ? str((person.links as Item[])[0]?.url) : '';
    const values: Record<string, string> = { name };
    const sortName = str(person.sort_name) || (str(person.family_name) && str(person.given_name) ? `${str(person.family_name)}, ${str(person.given_name)}` : '');
    if (sortName) values.sortName = sortName;
    if (str(person.image)) values.photo = str(person.image);
    if (email) values.email = email;
    if (link) values.website = link;
    if (partyOf.has(str(person.id))) values.party = partyOf.get(str(person.id)) ?? '';
    items.push({ outcome: made, officialId: id, person: { ...values, ...fixedOf(mapping, PERSON_FIELDS) } });
    const namesakes = persons.map((other, at) => ({ other, at })).filter(({ other, at }) => at !== index && nameOf(other).toLowerCase() === name.toLowerCase() && str(other.id) !== str(person.id));
    if (namesakes.length) made.notes = namesakes.map(({ other, at }) => `persons[${at}] is also named "${name}": kept apart (this one is ${officialFor(person)}, that one ${officialFor(other)})`);
  });
  const startUnknown: string[] = [];
  const membershipOutcomes = new Map<Item, Outcome>();
  for (const [index, m] of memberships.entries()) {
    const made = outcome('memberships', index, { id: `${str(m.person_id)} in ${str(m.organization_id) || str(m.post_id)}` });
    membershipOutcomes.set(m, made);
    const o = orgOf(m);
    if (isParty(o)) {
      Object.assign(made, { status: 'used', target: `party of ${officialOf.get(str(m.person_id)) ?? str(m.person_id)}` });
      continue;
    }
    const officialId = officialOf.get(str(m.person_id));
    if (homonyms.has(str(m.person_id))) {
      made.problems.push({ field: 'person_id', message: `"${str(m.person_id)}" shares a name with another person of this file and is not imported: see ${homonyms.get(str(m.person_id)) ?? ''}` });
      continue;
    }
    if (officialId === undefined) {
      made.problems.push({ field: 'person_id', message: `"${str(m.person_id)}" is not a person of this file` });
      continue;
    }
    const bodyId = o ? bodyFor.get(o) : undefined;
    if (bodyId === undefined) {
      made.problems.push({ field: 'organization_id', message: `"${str(m.organization_id)}" is not an organisation imported as a body (see organizations)` });
      continue;
    }
    const post = postById.get(str(m.post_id));
    const postId = post ? postFor(bodyId, str(post.label) || str(post.role), str(post.id), made) : postFor(bodyId, str(m.role) || 'member', str(m.role), made);
    if (postId === undefined) continue;
    const period = eventById.get(str(m.legislative_period_id));
    const start = str(m.start_date) || str(period?.start_date);
    const end = str(m.end_date); // a period's end is when the term is due to end, not when this mandate ended
    const paid = String(bodies.flatMap((b) => b.data.posts).find((p) => p.id === postId)?.paid ?? '');
    // Popolo does not say whether a post was won in an election or given by appointment: the mandate has
    // no selection unless the mapping fixes one (the pages and the term-limit rule say it is not stated).
    // The mapping's fixed values win over what the file or the post says, as in every other import.
    const mandate: Record<string, string> = { post: postId, body: bodyId, start: start ? normaliseDate(start) : '', paid, ...(end ? { end: normaliseDate(end) } : {}), ...fixedOf(mapping, MANDATE_FIELDS) };
    if (!mandate.selection) made.notes = [...(made.notes ?? []), 'not stated whether elected or appointed: written without selection (the mapping can fix one: fixed: { selection: elected })'];
    if (!mandate.start) {
      // Imported, never refused nor dated: the file says the start is unknown, the pages and rules say so too.
      mandate.start = UNKNOWN_START;
      made.notes = [...(made.notes ?? []), `no start date (no start_date, and no legislative period with one): written as start: ${UNKNOWN_START}`];
      startUnknown.push(made.where);
    }
    items.push({ outcome: made, officialId, mandate: Object.fromEntries(Object.entries(mandate).filter(([, v]) => v !== '')) });
  }
  // A new body none of whose posts could be made is not added (a body holds at least one post): its
  // organisation is skipped, pointing at the memberships that say why.
  for (const id of [...newBodies]) {
    const at = bodies.findIndex((b) => b.data.id === id);
    if (at === -1 || (bodies[at]?.data.posts.length ?? 0) > 0) continue;
    bodies.splice(at, 1);
    newBodies.delete(id);
    const held = memberships.filter((m) => { const o = orgOf(m); return o !== undefined && bodyFor.get(o) === id; }).map((m) => membershipOutcomes.get(m)?.where);
    for (const o of organizations.filter((one) => bodyFor.get(one) === id)) {
      bodyFor.delete(o);
      const made = orgOutcomes.get(o);
      if (!made) continue;
      made.status = 'skipped';
      delete made.record;
      delete made.target;
      made.problems.push({ field: 'posts', message: `none of its posts could be imported${held.length ? ` (see ${held.join(', ')})` : ''}: a body is added with at least one post` });
    }
  }
  events.forEach((event, index) => {
    const made = outcome('events', index, event);
    const used = memberships.filter((m) => str(m.legislative_period_id) === str(event.id)).length;
    if (used) Object.assign(made, { status: 'used', target: `dates of ${used} membership${used === 1 ? '' : 's'} without their own` });
    else made.problems.push({ field: '', message: 'is not the period of any membership: Vitrine has no events' });
  });
  for (const section of Object.keys(file).filter((name) => !['persons', 'organizations', 'memberships', 'posts', 'events'].includes(name))) {
    list(section).forEach((item, index) => outcome(section, index, item).problems.push({ field: '', message: `Vitrine has no ${section}: not imported` }));
  }

  if (startUnknown.length) {
    result.sections = [
      ...(result.sections ?? []),
      {
        title: `${startUnknown.length} membership${startUnknown.length === 1 ? '' : 's'} without a start date, imported with start: ${UNKNOWN_START} (Vitrine does not invent one: the pages say "start unknown", the rules that need the start list ${startUnknown.length === 1 ? 'it' : 'them'} as not judged). Add start_date to ${startUnknown.length === 1 ? 'the membership' : 'each membership'}, or fixed: { start: YYYY-MM-DD } to the mapping if every membership of the file started that day`,
        lines: startUnknown,
      },
    ];
  }
  const withBodies: Organisation = { ...org, site: { ...site, bodies } };
  result.changes.push(...planOfficials(withBodies, items, files.siteDir, marker));
  const bodyChange = bodiesChange(files.siteDir, bodies, newBodies, newPosts);
  if (bodyChange) result.changes.unshift(bodyChange);
  for (const [, made] of postOutcomes) if (made.status === 'skipped' && made.problems.length === 0) made.problems.push({ field: '', message: 'could not be imported' });
  result.outcomes.sort((a, b) => a.order - b.order);
  return result;
}

function bodiesChange(siteDir: string, bodies: Array<Loaded<Body>>, newBodies: Set<string>, newPosts: Map<string, Array<Record<string, unknown>>>) {
  if (newBodies.size === 0 && newPosts.size === 0) return undefined;
  const path = 'data/bodies.yaml';
  let text = existsSync(join(siteDir, path)) ? readFileSync(join(siteDir, path), 'utf8') : '';
  bodies.forEach((body, index) => {
    const added = newPosts.get(body.data.id);
    if (added && !newBodies.has(body.data.id)) text = appendToList(text, [index, 'posts'], added);
  });
  const fresh = bodies.filter((b) => newBodies.has(b.data.id)).map((b) => ({ id: b.data.id, name: b.data.name, classification: b.data.classification, posts: newPosts.get(b.data.id) ?? [] }));
  if (fresh.length) text = text.trim() === '' ? yamlText(fresh) : appendToList(text, [], fresh);
  return { path, mode: 'write' as const, text, summary: `+${newBodies.size} bod${newBodies.size === 1 ? 'y' : 'ies'}, +${[...newPosts.values()].flat().length} posts` };
}
