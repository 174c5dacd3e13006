/**
 * Makes a fictional organisation, the same one for the same seed and size: officials over several
 * terms, their agenda, meetings, declarations, gifts, pay, and the organisation's income and spending.
 * The records are plain objects in the shape of the files they will be written to.
 *
 * Longer than 300 lines because the kinds depend on each other in one seeded sequence (terms, then
 * mandates, agenda, meetings, money): split, each part would need the random state and the people of
 * the others handed in.
 */
import {
  AGENDA_TITLES, DECISIONS, EXPENSE_DESCRIPTIONS, FAMILY_NAMES, FIRST_NAMES, LOCATIONS, MEETING_ITEMS, MINUTES_SENTENCES,
  ORGANISATION_PARTS, PARTIES, PAYEES, TOPIC_WORDS, TOPICS,
} from './vocabulary.ts';
import { addEthicsCases } from './ethics-cases.ts';

export interface Size {
  officials: number;
  committees: number;
  firstYear: number;
  lastYear: number;
  agendaPerOfficialYear: number;
  expenditurePerYear: number;
  donationsPerYear: number;
  giftsPerYear: number;
  /** Days on which the data stops (the "today" of the demo); a few appointments lie after it. */
  until: string;
}

export const SIZES: Record<'S' | 'M' | 'L', Size> = {
  S: { officials: 12, committees: 1, firstYear: 2025, lastYear: 2026, agendaPerOfficialYear: 85, expenditurePerYear: 1660, donationsPerYear: 230, giftsPerYear: 25, until: '2026-11-20' },
  M: { officials: 120, committees: 10, firstYear: 2025, lastYear: 2026, agendaPerOfficialYear: 85, expenditurePerYear: 15600, donationsPerYear: 2300, giftsPerYear: 220, until: '2026-11-20' },
  L: { officials: 500, committees: 28, firstYear: 2017, lastYear: 2026, agendaPerOfficialYear: 150, expenditurePerYear: 100000, donationsPerYear: 5000, giftsPerYear: 300, until: '2026-11-20' },
};

type Row = Record<string, string>;
type Tri = [string, string, string];

export interface Organisation {
  site: Record<string, unknown>;
  bodies: Array<Record<string, unknown>>;
  officials: Array<{ id: string; record: Record<string, unknown> }>;
  agenda: Row[];
  meetings: Array<{ id: string; frontMatter: Record<string, unknown>; minutes: Partial<Record<'nl' | 'fr' | 'en', string>> }>;
  declarations: Array<{ official: string; year: number; record: Record<string, unknown> }>;
  gifts: Row[];
  remuneration: Row[];
  income: Row[];
  expenditure: Row[];
  complaints: Row[];
  acknowledgements: Array<Record<string, unknown>>;
}

/** A small, fast, seeded random generator (mulberry32). */
export function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    chance: (p: number) => next() < p,
  };
}

const TERM_STARTS = [2007, 2013, 2019, 2025, 2031];
const day = (date: Date) => date.toISOString().slice(0, 10);
const addDays = (iso: string, days: number) => day(new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000));
const cents = (value: number) => `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

interface Person {
  id: string;
  name: string;
  sortName: string;
  mandates: Array<{ post: string; body: string; selection: string; start: string; end?: string; paid: boolean; exception?: Record<string, string> }>;
}

export function makeOrganisation(size: Size, seed = 1): Organisation {
  const rnd = random(seed);
  const termOf = (year: number) => TERM_STARTS.filter((start) => start <= year).at(-1) ?? 2019;
  const current = termOf(size.lastYear);
  const previous = current - 6;
  const earlier = previous - 6;

  const committees = Array.from({ length: size.committees }, (_, index) => (index === 0 ? 'audit-committee' : `committee-${pad(index + 1, 2)}`));
  const bodies = [
    { id: 'council', name: { nl: 'Gemeenteraad', fr: 'Conseil communal', en: 'City council' }, classification: 'council', description: { nl: 'Het verkozen bestuur van de stad.', fr: 'L’assemblée élue de la ville.', en: 'The elected assembly of the city.' }, posts: [{ id: 'councillor', label: { nl: 'Gemeenteraadslid', fr: 'Conseiller communal', en: 'City councillor' }, paid: true }] },
    { id: 'executive', name: { nl: 'College van burgemeester en schepenen', fr: 'Collège des bourgmestre et échevins', en: 'Mayor and aldermen' }, classification: 'executive', posts: [{ id: 'mayor', label: { nl: 'Burgemeester', fr: 'Bourgmestre', en: 'Mayor' }, paid: true }, { id: 'alderman', label: { nl: 'Schepen', fr: 'Échevin', en: 'Alderman' }, paid: true }] },
    ...committees.map((id, index) => ({
      id,
      name: index === 0 ? { nl: 'Audit- en integriteitscomité', fr: "Comité d'audit et d'intégrité", en: 'Audit and integrity committee' } : { nl: `Commissie ${index + 1}`, fr: `Commission ${index + 1}`, en: `Committee ${index + 1}` },
      classification: 'committee',
      posts: [
        { id: `${id}-chair`, label: { nl: 'Voorzitter', fr: 'Président', en: 'Chair' }, paid: false },
        { id: `${id}-member`, label: { nl: 'Lid', fr: 'Membre', en: 'Member' }, paid: false },
      ],
    })),
  ];

  // Officials: most serve the current term, some two terms, one a third by exception, some have left.
  const usedNames = new Set<string>();
  const people: Person[] = [];
  for (let index = 0; index < size.officials; index++) {
    let first = '';
    let family = '';
    do {
      first = rnd.pick(FIRST_NAMES);
      family = rnd.pick(FAMILY_NAMES);
    } while (usedNames.has(`${first} ${family}`));
    usedNames.add(`${first} ${family}`);
    const id = `${first} ${family}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const profile = index % 12;
    // Members of the executive are paid as such, not also as councillors.
    const executive = profile === 0 || profile === 1 || profile === 7 || profile === 8;
    const councillor = (start: string, end?: string, exception?: Record<string, string>) => ({ post: 'councillor', body: 'council', selection: 'elected', start, ...(end ? { end } : {}), paid: !(executive && start === `${current}-01-01`), ...(exception ? { exception } : {}) });
    const mandates: Person['mandates'] = [];
    if (profile === 7) {
      mandates.push(councillor(`${earlier}-01-01`, `${earlier + 5}-12-31`), councillor(`${previous}-01-01`, `${previous + 5}-12-31`));
      mandates.push(councillor(`${current}-01-01`, undefined, { nl: 'Derde termijn goedgekeurd door de ledenvergadering', fr: "Troisième mandat approuvé par l'assemblée des membres", en: 'Third term approved by the members’ assembly' }));
    } else if (profile === 4) mandates.push(councillor(`${earlier}-01-01`, `${earlier + 5}-12-31`), councillor(`${previous}-01-01`, `${previous + 5}-12-31`), councillor(`${current}-01-01`));
    else if (profile <= 3) mandates.push(councillor(`${previous}-01-01`, `${previous + 5}-12-31`), councillor(`${current}-01-01`));
    else if (profile <= 6 || profile === 8) mandates.push(councillor(`${current}-01-01`));
    else if (profile <= 10) mandates.push(councillor(`${previous}-01-01`, `${previous + 5}-12-31`));
    else mandates.push(councillor(`${current}-01-01`, `${current}-09-30`));
    if (profile === 8) mandates.push({ post: 'mayor', body: 'executive', selection: 'elected', start: `${current}-01-02`, paid: true });
    if (profile === 0 || profile === 1 || profile === 7) mandates.push({ post: 'alderman', body: 'executive', selection: 'appointed', start: `${current}-01-02`, paid: true });
    if (profile === 9) mandates.push({ post: 'alderman', body: 'executive', selection: 'appointed', start: `${previous}-01-02`, end: `${previous + 5}-12-31`, paid: true });
    const committee = committees[index % committees.length] as string;
    if (profile === 2) mandates.push({ post: `${committee}-chair`, body: committee, selection: 'appointed', start: `${current}-02-01`, paid: false });
    if (profile === 3 || profile === 5 || profile === 6 || profile === 11) mandates.push({ post: `${committee}-member`, body: committee, selection: 'appointed', start: `${current}-02-01`, ...(profile === 11 ? { end: `${current}-09-30` } : {}), paid: false });
    // Where the data reaches back into earlier terms (size L), the committees sat then too, so that their
    // meetings and minutes grow with the years like the rest (S and M start in the current term).
    for (const term of [earlier, previous]) {
      const sat = mandates.some((m) => m.post === 'councillor' && m.start === `${term}-01-01`);
      if (sat && size.firstYear <= term + 5 && (profile === 2 || profile === 3 || profile === 4 || profile === 7 || profile === 9 || profile === 10)) {
        mandates.push({ post: `${committee}-member`, body: committee, selection: 'appointed', start: `${Math.max(term, size.firstYear)}-02-01`, end: `${term + 5}-12-31`, paid: false });
      }
    }
    people.push({ id, name: `${first} ${family}`, sortName: `${family}, ${first}`, mandates });
  }

  const activeOn = (person: Person, date: string, body?: string) =>
    person.mandates.some((m) => (!body || m.body === body) && m.start <= date && (!m.end || m.end >= date));
  const lastDay = (person: Person) => (person.mandates.some((m) => !m.end) ? undefined : person.mandates.map((m) => m.end as string).sort().at(-1));

  const officials = people.map((person, index) => ({
    id: person.id,
    record: {
      name: person.name,
      sortName: person.sortName,
      party: PARTIES[index % PARTIES.length],
      ...(index % 4 === 0 ? { email: `${person.id}@council.example.org` } : {}),
      mandates: person.mandates,
      signatures: [
        ...(person.mandates[0] && person.mandates[0].start < '2024-06-01' ? [{ version: '2019', date: addDays(person.mandates[0].start < '2019-06-01' ? '2019-06-01' : person.mandates[0].start, 5 + (index % 20)) }] : []),
        ...((lastDay(person) && (lastDay(person) as string) < '2024-06-01') || index % 12 === 6 ? [] : [{ version: '2024', date: addDays(person.mandates[0]!.start > '2024-06-01' ? person.mandates[0]!.start : '2024-06-01', 3 + (index % 25)) }]),
      ],
    },
  }));

  const years = Array.from({ length: size.lastYear - size.firstYear + 1 }, (_, i) => size.firstYear + i);
  const upcomingEnd = addDays(size.until, 28);

  // The diary of appointments.
  const agenda: Row[] = [];
  const activeByDay = new Map<string, Person[]>();
  const activePeople = (date: string) => {
    let list = activeByDay.get(date);
    if (!list) activeByDay.set(date, (list = people.filter((person) => activeOn(person, date))));
    return list;
  };
  const organisationName = () => `${rnd.pick(ORGANISATION_PARTS.first)} ${rnd.pick(ORGANISATION_PARTS.second)}`;
  for (const year of years) {
    const yearRows: Array<Row & { sortKey: string }> = [];
    for (const person of people) {
      const daysActive: string[] = [];
      for (let d = `${year}-01-01`; d <= `${year}-12-31` && d <= upcomingEnd; d = addDays(d, 1)) {
        const weekday = new Date(`${d}T00:00:00Z`).getUTCDay();
        if (weekday !== 0 && activeOn(person, d)) daysActive.push(d);
      }
      if (daysActive.length === 0) continue;
      const count = Math.round((size.agendaPerOfficialYear * daysActive.length) / 300);
      for (let n = 0; n < count; n++) {
        const date = rnd.pick(daysActive);
        const category = rnd.pick(['interest-representatives', 'interest-representatives', 'council-work', 'council-work', 'internal', 'public-event', 'citizens', 'media', 'other'] as const);
        const topic = rnd.pick(TOPICS);
        const [nl, fr, en] = rnd.pick(AGENDA_TITLES[category] as Tri[]).map((title, lang) => title.replace('{topic}', (TOPIC_WORDS[topic] as Tri)[lang] as string)) as Tri;
        const languages = rnd.next();
        const startMinutes = rnd.int(32, 80) * 15;
        const duration = rnd.pick([30, 45, 60, 60, 90, 120, 180]);
        const endMinutes = Math.min(startMinutes + duration, 23 * 60 + 45);
        const time = (minutes: number) => `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
        const others = activePeople(date);
        const other = rnd.chance(0.15) && others.length > 1 ? rnd.pick(others) : undefined;
        const together = other && other !== person ? [person.id, other.id] : [person.id];
        yearRows.push({
          sortKey: `${date} ${time(startMinutes)} ${person.id} ${n}`,
          id: '',
          date,
          start: time(startMinutes),
          end: rnd.chance(0.1) ? '' : time(endMinutes),
          officials: together.join('; '),
          'title.nl': languages < 0.85 ? nl : '',
          'title.fr': languages >= 0.25 ? fr : '',
          'title.en': languages < 0.5 ? en : '',
          category,
          organisations: category === 'interest-representatives' || (category === 'public-event' && rnd.chance(0.5)) ? Array.from({ length: rnd.int(1, 2) }, organisationName).join('; ') : '',
          privateIndividuals: category === 'citizens' ? String(rnd.int(3, 60)) : '',
          topics: rnd.chance(0.3) ? `${topic}; ${rnd.pick(TOPICS)}` : topic,
          location: rnd.chance(0.7) ? rnd.pick(LOCATIONS) : '',
          minutes: '',
          published: '',
        });
      }
    }
    yearRows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    yearRows.forEach((row, index) => {
      const { sortKey: _ignored, ...rest } = row;
      agenda.push({ ...rest, id: `a-${year}-${pad(index + 1, 6)}` });
    });
  }

  // Meetings of each body, with minutes in one or more languages.
  const meetings: Organisation['meetings'] = [];
  for (const body of bodies) {
    for (const year of years) {
      const months = body.classification === 'committee' ? [2, 5, 9, 11] : [1, 2, 3, 4, 5, 6, 9, 10, 11, 12];
      for (const monthNumber of months) {
        const date = addDays(`${year}-${pad(monthNumber, 2)}-01`, body.id === 'council' ? 14 : body.id === 'executive' ? 7 : 20);
        if (date > size.until) continue;
        const members = people.filter((person) => activeOn(person, date, body.id));
        if (members.length === 0) continue;
        const excused = members.filter(() => rnd.chance(0.12));
        const present = members.filter((person) => !excused.includes(person));
        const items = Array.from({ length: rnd.int(2, 5) }, (_, i) => {
          const title = i === 0 ? (MEETING_ITEMS[0] as Tri) : rnd.pick(MEETING_ITEMS.slice(1));
          const decision = rnd.pick(DECISIONS);
          const votes = body.classification === 'council' && i > 0 ? { for: present.length - rnd.int(0, Math.min(3, present.length)), against: 0, abstain: 0 } : undefined;
          if (votes) votes.against = rnd.int(0, present.length - votes.for);
          if (votes) votes.abstain = present.length - votes.for - votes.against;
          return { title: { nl: title[0], fr: title[1], en: title[2] }, decision: { nl: decision[0], fr: decision[1], en: decision[2] }, ...(votes ? { votes } : {}) };
        });
        const pickLanguages = rnd.next();
        const languages: Array<'nl' | 'fr' | 'en'> = pickLanguages < 0.4 ? ['nl'] : pickLanguages < 0.65 ? ['fr'] : pickLanguages < 0.9 ? ['nl', 'fr'] : ['en', 'nl'];
        const minutes: Partial<Record<'nl' | 'fr' | 'en', string>> = {};
        for (const lang of languages) {
          const index = lang === 'nl' ? 0 : lang === 'fr' ? 1 : 2;
          const sentences = MINUTES_SENTENCES[lang];
          const heading = lang === 'nl' ? 'Besluiten' : lang === 'fr' ? 'Décisions' : 'Decisions';
          minutes[lang] = [
            sentences[0],
            '',
            `## ${heading}`,
            '',
            ...items.map((item) => `- **${Object.values(item.title)[index]}**: ${Object.values(item.decision)[index]}`),
            '',
            `${sentences[1]} ${sentences[2]}`,
            '',
            sentences[3],
            '',
          ].join('\n');
        }
        meetings.push({
          id: `${date}-${body.id}`,
          frontMatter: {
            body: body.id,
            date,
            start: body.id === 'council' ? '19:30' : body.id === 'executive' ? '09:00' : '17:00',
            end: body.id === 'council' ? '22:30' : body.id === 'executive' ? '12:00' : '18:30',
            location: body.id === 'council' ? 'Raadzaal' : 'Stadhuis, zaal 2',
            items,
            present: present.map((person) => person.id),
            ...(excused.length ? { excused: excused.map((person) => person.id) } : {}),
          },
          minutes,
        });
      }
    }
  }

  // Declarations: every year in office and three years after, from the start of the register.
  const declarations: Organisation['declarations'] = [];
  const registerFrom = size.firstYear - 6;
  for (const person of people) {
    const left = lastDay(person);
    for (let year = registerFrom; year < size.lastYear; year++) {
      const inOffice = person.mandates.some((m) => m.start <= `${year}-12-31` && (!m.end || m.end >= `${year}-01-01`));
      const after = left !== undefined && year > Number(left.slice(0, 4)) && year <= Number(left.slice(0, 4)) + 3;
      if (!inOffice && !after) continue;
      const paidRole = person.mandates.some((m) => m.body === 'executive' && m.start <= `${year}-12-31` && (!m.end || m.end >= `${year}-01-01`));
      declarations.push({
        official: person.id,
        year,
        record: {
          submitted: addDays(`${year + 1}-02-01`, rnd.int(0, 80)),
          income: [
            ...(inOffice ? [{ source: 'Stad (fictief)', description: paidRole ? 'Wedde schepen' : 'Presentiegelden gemeenteraad', amount: cents(paidRole ? rnd.int(2300000, 2600000) : rnd.int(280000, 420000)) }] : []),
            ...(rnd.chance(0.5) ? [{ source: `${rnd.pick(ORGANISATION_PARTS.first)} ${rnd.pick(ORGANISATION_PARTS.second)}`, description: 'Deeltijdse betrekking', band: rnd.pick(['5000-10000', '10000-25000', '25000-50000']) }] : []),
          ],
          assets: rnd.chance(0.6) ? [{ description: rnd.pick(['Eigen woning', 'Appartement', 'Spaarrekening', 'Aandelen in een coöperatie']), band: rnd.pick(['0-50000', '50000-250000', '250000-500000']) }] : [],
          capitalGains: rnd.chance(0.1) ? [{ description: 'Verkoop van aandelen', amount: cents(rnd.int(50000, 900000)) }] : [],
          sidePositions: Array.from({ length: rnd.int(0, 2) }, () => {
            const paid = rnd.chance(0.3);
            return { organisation: organisationName(), role: rnd.pick(['Bestuurder', 'Administrateur', 'Adviseur', 'Voorzitter']), paid, ...(paid ? { amount: cents(rnd.int(50000, 600000)) } : {}), sector: rnd.pick(['housing', 'energy', 'culture', 'sport', 'social']) };
          }),
        },
      });
    }
  }

  // Gifts and hospitality.
  const gifts: Row[] = [];
  for (const year of years) {
    for (let n = 0; n < size.giftsPerYear; n++) {
      const date = addDays(`${year}-01-01`, rnd.int(0, 364));
      if (date > size.until) continue;
      const people_ = activePeople(date);
      if (!people_.length) continue;
      const value = rnd.chance(0.6) ? rnd.int(500, 4900) : rnd.int(5100, 35000);
      const outcome = value <= 5000 ? rnd.pick(['accepted', 'declined']) : rnd.pick(['declined', 'handed-over']);
      gifts.push({
        id: `g-${year}-${pad(gifts.length + 1, 4)}`,
        date,
        official: rnd.pick(people_).id,
        giver: organisationName(),
        description: rnd.pick(['Twee tickets voor een voorstelling', 'Fles wijn', 'Boek over de stad', 'Invitation à un dîner', 'Bloemen', 'Panier garni']),
        value: cents(value),
        outcome,
        reason: outcome === 'accepted' ? rnd.pick(['Protocollair, geringe waarde', 'Représentation officielle']) : '',
        reportedTo: rnd.pick(['Integriteitscommissie', "Comité d'éthique"]),
      });
    }
  }
  gifts.sort((a, b) => (a.date! < b.date! ? -1 : 1));

  // Monthly pay, from the first month of the data to the month before the demo's "today".
  const remuneration: Row[] = [];
  for (const year of years) {
    for (let monthNumber = 1; monthNumber <= 12; monthNumber++) {
      const month = `${year}-${pad(monthNumber, 2)}`;
      if (month >= size.until.slice(0, 7)) continue;
      for (const person of people) {
        const mid = `${month}-15`;
        if (!activeOn(person, mid)) continue;
        const executive = activeOn(person, mid, 'executive');
        remuneration.push({
          official: person.id,
          month,
          netSalary: cents(executive ? rnd.int(190000, 205000) : 0),
          expenses: cents(executive ? rnd.int(4000, 14000) : rnd.int(0, 3000)),
          attendanceFees: cents(executive ? 0 : rnd.int(1, 2) * 12450),
        });
      }
    }
  }

  // Income: membership fees, subsidies, donations (most small and never named), crowdfunding.
  const income: Row[] = [];
  const largePool = Math.max(12, Math.round(size.donationsPerYear * 0.05));
  for (const year of years) {
    const yearLines: Row[] = [];
    const push = (date: string, amount: number, category: string, description: string, extra: Row = {}) => {
      if (date <= size.until) yearLines.push({ id: '', date, amount: cents(amount), category, donor: '', donorName: '', campaign: '', description, ...extra });
    };
    for (let monthNumber = 1; monthNumber <= 12; monthNumber++) push(`${year}-${pad(monthNumber, 2)}-05`, Math.round(rnd.int(300000, 450000) * Math.max(1, size.officials / 12)), 'membership-fees', 'Lidgelden van de maand');
    for (const quarter of [1, 4, 7, 10]) push(`${year}-${pad(quarter, 2)}-20`, rnd.int(1500000, 2500000), 'subsidy', 'Dotatie partijfinanciering');
    const donorPool = Math.max(40, Math.round(size.donationsPerYear / 2));
    let largeCount = 0;
    for (let n = 0; n < size.donationsPerYear; n++) {
      const large = rnd.chance(0.05);
      // Large donations go round the large donors, at most 1,000 each, so that none passes the cap by chance.
      const donor = large ? `d-${pad(1 + (largeCount++ % largePool), 5)}` : `d-${pad(largePool + rnd.int(1, donorPool), 5)}`;
      push(addDays(`${year}-01-01`, rnd.int(0, 364)), large ? rnd.int(30000, 100000) : rnd.int(500, 15000), 'donation', 'Gift', { donor });
    }
    if (year === size.lastYear) {
      for (let n = 0; n < 45; n++) push(addDays(`${year}-03-01`, rnd.int(0, 60)), rnd.int(1000, 10000), 'crowdfunding', 'Crowdfunding buurtfeest', { campaign: 'crowdfunding-buurtfeest' });
    }
    yearLines.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    // Name a donor only where the year's total from them is above the publication threshold.
    const totals = new Map<string, number>();
    for (const line of yearLines) if (line.donor) totals.set(line.donor, (totals.get(line.donor) ?? 0) + Math.round(Number(line.amount) * 100));
    yearLines.forEach((line, index) => {
      line.id = `i-${year}-${pad(index + 1, 6)}`;
      if (line.donor && (totals.get(line.donor) ?? 0) > 50000 && Number(line.donor.slice(2)) <= largePool) line.donorName = `${rnd.pick(ORGANISATION_PARTS.first)} ${ORGANISATION_PARTS.second[Number(line.donor.slice(2)) % ORGANISATION_PARTS.second.length]}`;
      income.push(line);
    });
  }
  // One donor's name is the same on every line.
  const names = new Map<string, string>();
  for (const line of income) if (line.donorName) line.donorName = names.get(line.donor!) ?? (names.set(line.donor!, line.donorName), line.donorName);

  // Spending.
  const expenditure: Row[] = [];
  for (const year of years) {
    const yearLines: Row[] = [];
    for (let n = 0; n < size.expenditurePerYear; n++) {
      const category = rnd.pick(['office', 'office', 'travel', 'travel', 'communication', 'events', 'fees', 'training', 'other', 'campaign', 'staff', 'rent'] as const);
      const date = addDays(`${year}-01-01`, rnd.int(0, 364));
      if (date > size.until) continue;
      const claimant = category === 'travel' ? activePeople(date) : [];
      const amount = category === 'staff' ? rnd.int(150000, 420000) : category === 'rent' ? rnd.int(90000, 120000) : category === 'campaign' ? rnd.int(5000, 90000) : rnd.int(150, 60000);
      yearLines.push({
        id: '',
        date,
        amount: cents(amount),
        category,
        payee: rnd.pick(PAYEES[category] as string[]),
        description: rnd.pick(EXPENSE_DESCRIPTIONS[category] as string[]),
        campaign: category === 'campaign' ? `campaign-${year}` : '',
        official: claimant.length && rnd.chance(0.7) ? rnd.pick(claimant).id : '',
      });
    }
    yearLines.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));
    yearLines.forEach((line, index) => expenditure.push({ ...line, id: `e-${year}-${pad(index + 1, 7)}` }));
  }

  // Complaint statistics per quarter.
  const complaints: Row[] = [];
  for (const year of years) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      if (`${year}-${pad(quarter * 3 - 2, 2)}-01` > size.until) continue;
      for (const outcome of ['upheld', 'partly-upheld', 'rejected', 'withdrawn'] as const) {
        if (rnd.chance(0.35)) continue;
        const count = rnd.int(1, Math.max(3, Math.round(size.officials / 4)));
        const median = rnd.int(4, 13);
        complaints.push({ period: `${year}-Q${quarter}`, outcome, count: String(count), medianResponseDays: String(median), maxResponseDays: String(Math.min(14, median + rnd.int(0, 9))) });
      }
    }
  }

  const site = {
    name: { nl: 'Burgerlijst Samen', fr: 'Liste citoyenne Ensemble', en: 'Together Citizens’ List' },
    description: {
      nl: 'Een fictieve burgerbeweging in een fictieve stad. Alle personen, organisaties en bedragen zijn verzonnen.',
      fr: 'Un mouvement citoyen fictif dans une ville fictive. Toutes les personnes, organisations et montants sont inventés.',
      en: 'A fictional citizen movement in a fictional city. Every person, organisation and amount is invented.',
    },
    website: 'https://demo.vitrine.example.org/',
    languages: ['nl', 'fr', 'en'],
    defaultLanguage: 'nl',
    timeZone: 'Europe/Brussels',
    currency: 'EUR',
    baseUrl: 'https://demo.vitrine.example.org/',
    licence: { id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    rules: {
      monthlyPayCap: '2200.00',
      giftThreshold: '50.00',
      donationCap: '2000.00',
      donationPublicationThreshold: '500.00',
      campaignSpendingLimit: '150000.00',
      maxConsecutiveTerms: 2,
      declarationYearsAfterOffice: 3,
      coolingOffYears: 5,
      coolingOffSectors: ['housing', 'energy'],
      complaintResponseDays: 14,
      incompatiblePosts: [['mayor', 'audit-committee-chair']],
      excludedIncomeCategories: ['bank-loan'],
    },
    ethicsCode: {
      versions: [
        { id: '2019', adopted: '2019-05-15', summary: { nl: 'Eerste versie', fr: 'Première version', en: 'First version' } },
        { id: '2024', adopted: '2024-06-01', summary: { nl: 'Loonplafond inclusief onkosten, strengere regels voor geschenken', fr: 'Plafond salarial frais compris, règles plus strictes sur les cadeaux', en: 'Pay cap including expenses, stricter gift rules' } },
      ],
    },
  };

  const organisation: Organisation = { site, bodies, officials, agenda, meetings, declarations, gifts, remuneration, income, expenditure, complaints, acknowledgements: [] };
  addEthicsCases(organisation, people.map((person) => person.id), size);
  return organisation;
}
