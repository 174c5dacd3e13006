/**
 * Makes a fictional organisation, the same one for the same seed and size: officials over several
 * terms, their agenda, meetings, declarations, gifts, pay, and the organisation's income and spending.
 * The records are plain objects in the shape of the files they will be written to.
 *
 * Meetings (meetings.ts), money (money.ts) and the ethics cases (ethics-cases.ts) are made apart, each
 * from a random stream of its own; the officials and their agenda come first from the main stream, so
 * that their ids and appointments stay the same when the other parts change.
 *
 * Longer than 300 lines because the kinds depend on each other (terms, then mandates, agenda, meetings,
 * pay, declarations, money): split further, each part would need the people of the others handed in.
 */
import { addEthicsCases, campaignPlans } from './ethics-cases.ts';
import { byDate, giftRow, LANGS, toCents, type Lang, type Row, type Tri } from './format.ts';
import { makeTravel } from './travel.ts';
import { makeMeetings, type Meeting } from './meetings.ts';
import { makeIncome, makeSpending } from './money.ts';
import { DONOR_KINDS, GIFTS, ORGANISATION_KINDS } from './money-vocabulary.ts';
import { random, stream, type Random } from './random.ts';
import { organisationsMet } from './parliament.ts';
import { organisationEntries } from './register-ids.ts';
import { AGENDA_TITLES, FAMILY_NAMES, FIRST_NAMES, GIFT_REASONS, LOCATIONS, ORGANISATION_PARTS, PARTIES, TOPIC_WORDS, TOPICS } from './vocabulary.ts';

export { random };

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
  /** Kinds of appointment, drawn evenly (a kind named twice is twice as likely); the default suits a city. */
  categories?: readonly AgendaCategory[];
  /** Organisations named per meeting with interest representatives, drawn from the parliament's list (parliament.ts). */
  organisationsPerMeeting?: [number, number];
  /** Side positions per declaration (0 to 2 unless set). */
  sidePositions?: [number, number];
  /** `organisationPageFrom` in site.yaml: an organisation met fewer times has no page of its own (unset: every one has). */
  organisationPageFrom?: number;
}

type AgendaCategory = 'interest-representatives' | 'council-work' | 'internal' | 'public-event' | 'citizens' | 'media' | 'other';
const CITY_CATEGORIES: readonly AgendaCategory[] = ['interest-representatives', 'interest-representatives', 'council-work', 'council-work', 'internal', 'public-event', 'citizens', 'media', 'other'];

export const SIZES: Record<'S' | 'M' | 'L' | 'P', Size> = {
  S: { officials: 12, committees: 1, firstYear: 2025, lastYear: 2026, agendaPerOfficialYear: 85, expenditurePerYear: 1660, donationsPerYear: 230, giftsPerYear: 25, until: '2026-11-20' },
  M: { officials: 120, committees: 10, firstYear: 2025, lastYear: 2026, agendaPerOfficialYear: 85, expenditurePerYear: 15600, donationsPerYear: 2300, giftsPerYear: 220, until: '2026-11-20' },
  L: { officials: 500, committees: 28, firstYear: 2017, lastYear: 2026, agendaPerOfficialYear: 150, expenditurePerYear: 100000, donationsPerYear: 5000, giftsPerYear: 300, until: '2026-11-20' },
  // A parliament: 700 members over five years whose register lists mostly meetings with interest
  // representatives (some 25,000, naming over 15,000 organisations, several each), and long declarations.
  P: {
    officials: 700, committees: 20, firstYear: 2022, lastYear: 2026, agendaPerOfficialYear: 12, expenditurePerYear: 20000, donationsPerYear: 1000, giftsPerYear: 300, until: '2026-11-20',
    categories: ['interest-representatives', 'interest-representatives', 'interest-representatives', 'interest-representatives', 'interest-representatives', 'interest-representatives', 'interest-representatives', 'council-work', 'public-event'],
    organisationsPerMeeting: [1, 4],
    sidePositions: [10, 40],
    // Over 22,000 organisations met, most once, twice or three times: those keep no page of their own,
    // which keeps the site under 100,000 files (docs/performance.md).
    organisationPageFrom: 4,
  },
};


export interface Organisation {
  site: Record<string, unknown>;
  bodies: Array<Record<string, unknown>>;
  officials: Array<{ id: string; record: Record<string, unknown> }>;
  agenda: Row[];
  meetings: Meeting[];
  declarations: Array<{ official: string; year: number; record: Record<string, unknown> }>;
  gifts: Row[];
  travel: Row[];
  remuneration: Row[];
  income: Row[];
  expenditure: Row[];
  complaints: Row[];
  acknowledgements: Array<Record<string, unknown>>;
  /** data/organisations.yaml: organisations met with fictional ids in registers. */
  organisations: Array<Record<string, unknown>>;
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
      // A fictional Wikidata item, far above the items Wikidata has given out.
      ...(index % 3 === 0 ? { wikidata: `Q99990${pad(index + 1, 4)}` } : {}),
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
  // Most real registers give a date and no time for some appointments (a working visit, a trade fair):
  // about one in seven has none, drawn from a stream of its own so that the rest of the diary stays as it was.
  const untimed = stream(seed, 'agenda-untimed');
  // A parliament's organisations met (size P only), from a stream of their own.
  const metRnd = stream(seed, 'parliament-organisations');
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
        const category = rnd.pick(size.categories ?? CITY_CATEGORIES);
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
        const noEnd = rnd.chance(0.1);
        const noTime = untimed.chance(0.14);
        yearRows.push({
          sortKey: `${date} ${time(startMinutes)} ${person.id} ${n}`,
          id: '',
          date,
          start: noTime ? '' : time(startMinutes),
          end: noTime || noEnd ? '' : time(endMinutes),
          officials: together.join('; '),
          'title.nl': languages < 0.85 ? nl : '',
          'title.fr': languages >= 0.25 ? fr : '',
          'title.en': languages < 0.5 ? en : '',
          category,
          organisations:
            category === 'interest-representatives' || (category === 'public-event' && rnd.chance(0.5))
              ? size.organisationsPerMeeting
                ? organisationsMet(metRnd, ...size.organisationsPerMeeting)
                : Array.from({ length: rnd.int(1, 2) }, organisationName).join('; ')
              : '',
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
  const meetings = makeMeetings({ bodies, people, years, until: size.until, rnd: stream(seed, 'meetings'), names: stream(seed, 'votes-by-name') });

  // Monthly pay for every month of a paid mandate, up to the month before the demo's "today": the mayor
  // and aldermen a salary, councillors an attendance fee for the month's council meeting if present and
  // for the committee meeting that prepares it.
  const payRnd = stream(seed, 'pay');
  const atCouncil = new Set(meetings.filter((m) => m.frontMatter.body === 'council').flatMap((m) => (m.frontMatter.present as string[]).map((id) => `${id} ${(m.frontMatter.date as string).slice(0, 7)}`)));
  const remuneration: Row[] = [];
  for (const year of years) {
    for (let monthNumber = 1; monthNumber <= 12; monthNumber++) {
      const month = `${year}-${pad(monthNumber, 2)}`;
      if (month >= size.until.slice(0, 7)) continue;
      const mid = `${month}-15`;
      for (const person of people) {
        const paid = person.mandates.filter((m) => m.paid && m.start <= mid && (!m.end || m.end >= mid));
        if (paid.length === 0) continue;
        const board = paid.find((m) => m.body === 'executive');
        const index = 1.02 ** (year - 2025);
        if (board) {
          const net = Math.round((board.post === 'mayor' ? 204500 : 196240) * index);
          remuneration.push({ official: person.id, month, netSalary: cents(net), expenses: cents(payRnd.skewed(3500, Math.max(3500, 218500 - net))), attendanceFees: '0.00' });
        } else {
          const fee = Math.round(13120 * index);
          remuneration.push({ official: person.id, month, netSalary: '0.00', expenses: cents(payRnd.chance(0.4) ? 0 : payRnd.int(300, 2500)), attendanceFees: cents(fee * (atCouncil.has(`${person.id} ${month}`) ? 2 : 1)) });
        }
      }
    }
  }
  const paidIn = new Map<string, number>();
  for (const row of remuneration) paidIn.set(`${row.official} ${row.month!.slice(0, 4)}`, (paidIn.get(`${row.official} ${row.month!.slice(0, 4)}`) ?? 0) + toCents(row.netSalary) + toCents(row.attendanceFees));

  // Declarations: every year in office and three years after, from the start of the register. Pay
  // from the city is what the pay rows add up to, where the data holds the whole year.
  const declarationRnd = stream(seed, 'declarations');
  const namedOrganisation = (r: Random) => `${r.pick(ORGANISATION_KINDS)} ${r.pick(ORGANISATION_PARTS.second)}`;
  const declarations: Organisation['declarations'] = [];
  const registerFrom = size.firstYear - 6;
  for (const person of people) {
    const left = lastDay(person);
    for (let year = registerFrom; year < size.lastYear; year++) {
      const inOffice = person.mandates.some((m) => m.start <= `${year}-12-31` && (!m.end || m.end >= `${year}-01-01`));
      const after = left !== undefined && year > Number(left.slice(0, 4)) && year <= Number(left.slice(0, 4)) + 3;
      if (!inOffice && !after) continue;
      const board = person.mandates.find((m) => m.body === 'executive' && m.start <= `${year}-12-31` && (!m.end || m.end >= `${year}-01-01`));
      const fromPay = paidIn.get(`${person.id} ${year}`);
      const pay = fromPay ?? (board ? declarationRnd.int(2300000, 2600000) : declarationRnd.int(280000, 420000));
      declarations.push({
        official: person.id,
        year,
        record: {
          submitted: addDays(`${year + 1}-02-01`, declarationRnd.int(0, 80)),
          income: [
            ...(inOffice ? [{ source: 'Stad (fictief)', description: board ? (board.post === 'mayor' ? 'Wedde burgemeester' : 'Wedde schepen') : 'Presentiegelden gemeenteraad', amount: cents(pay) }] : []),
            ...(declarationRnd.chance(0.5) ? [{ source: namedOrganisation(declarationRnd), description: 'Deeltijdse betrekking', band: declarationRnd.pick(['5000-10000', '10000-25000', '25000-50000']) }] : []),
          ],
          assets: declarationRnd.chance(0.6) ? [{ description: declarationRnd.pick(['Eigen woning', 'Appartement', 'Spaarrekening', 'Aandelen in een coöperatie']), band: declarationRnd.pick(['0-50000', '50000-250000', '250000-500000']) }] : [],
          capitalGains: declarationRnd.chance(0.1) ? [{ description: 'Verkoop van aandelen', amount: cents(declarationRnd.int(50000, 900000)) }] : [],
          sidePositions: Array.from({ length: declarationRnd.int(...(size.sidePositions ?? [0, 2])) }, () => {
            const paid = declarationRnd.chance(0.3);
            return { organisation: size.sidePositions ? organisationsMet(declarationRnd, 1, 1) : namedOrganisation(declarationRnd), role: declarationRnd.pick(['Bestuurder', 'Adviseur', 'Voorzitter', 'Penningmeester']), paid, ...(paid ? { amount: cents(declarationRnd.int(50000, 600000)) } : {}), sector: declarationRnd.pick(['housing', 'energy', 'culture', 'sport', 'social']) };
          }),
        },
      });
    }
  }

  // Gifts and hospitality, described in the language(s) the official wrote them in, all reported to the
  // integrity committee; above the threshold declined or handed over.
  const giftRnd = stream(seed, 'gifts');
  const gifts: Row[] = [];
  for (const year of years) {
    for (let n = 0; n < size.giftsPerYear; n++) {
      const date = addDays(`${year}-01-01`, giftRnd.int(0, 364));
      const kind = giftRnd.pick(GIFTS);
      // Estimated in whole euros; none exactly at the threshold (that boundary is for the tests).
      const euros = giftRnd.int(kind.min, kind.max);
      const value = (euros === 50 ? 48 : euros) * 100;
      const pick = giftRnd.next();
      const langs: Lang[] = pick < 0.6 ? ['nl'] : pick < 0.8 ? ['fr'] : pick < 0.92 ? ['nl', 'fr'] : ['nl', 'fr', 'en'];
      const outcome = value <= 5000 ? (giftRnd.chance(0.6) ? 'accepted' : 'declined') : giftRnd.pick(['declined', 'handed-over']);
      const reason = giftRnd.pick(GIFT_REASONS);
      const giver = namedOrganisation(giftRnd);
      const candidates = activePeople(date);
      if (date > size.until || candidates.length === 0) continue;
      gifts.push(giftRow({ date, official: giftRnd.pick(candidates).id, giver, description: Object.fromEntries(langs.map((lang) => [lang, kind[lang]])), value: cents(value), outcome, reason: outcome === 'accepted' ? Object.fromEntries(langs.map((lang) => [lang, reason[LANGS.indexOf(lang)] as string])) : {} }));
    }
  }

  // As real registers write some of them, from a stream of their own (the rest of the data stays as it
  // was): a few gifts dated only to their month, a few valued only as a bracket around the estimate or
  // not at all. All of these have an outcome, so none of them gives a signal.
  const formRnd = stream(seed, 'gift-forms');
  for (const gift of gifts) {
    if (formRnd.chance(0.03)) gift.date = (gift.date as string).slice(0, 7);
    const form = formRnd.next();
    const estimate = toCents(gift.value as string);
    if (form < 0.03 && gift.outcome !== 'accepted') gift.value = 'unknown';
    else if (form < 0.07) gift.value = estimate < 5000 ? '< 50' : `${Math.floor(estimate / 5000) * 50}-${Math.floor(estimate / 5000) * 50 + 50}`;
  }

  // Money: spending first, then income in proportion to it.
  const scale = size.officials / 12;
  const limit = 15000000 * Math.max(1, Math.round(scale));
  const electionYears = years.filter((year) => TERM_STARTS.includes(year + 1));
  const campaigns = campaignPlans(years, electionYears, limit);
  const spending = makeSpending({ years, until: size.until, scale, perYear: size.expenditurePerYear, rnd: stream(seed, 'spending'), campaigns, claimants: (date) => activePeople(date).map((person) => person.id) });
  const expenditure = spending.lines;
  const income = makeIncome({ years, until: size.until, rnd: stream(seed, 'income'), campaigns, donationsPerYear: size.donationsPerYear, base: spending.base });

  // Complaint statistics per quarter, answered within the code's fourteen days (the ethics cases add the late ones).
  const complaintRnd = stream(seed, 'complaints');
  const complaints: Row[] = [];
  for (const year of years) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      if (`${year}-${pad(quarter * 3 - 2, 2)}-01` > size.until) continue;
      for (const outcome of ['upheld', 'partly-upheld', 'rejected', 'withdrawn'] as const) {
        if (complaintRnd.chance(0.35)) continue;
        const count = complaintRnd.int(1, Math.max(3, Math.round(size.officials / 4)));
        const median = complaintRnd.int(4, 11);
        complaints.push({ period: `${year}-Q${quarter}`, outcome, count: String(count), medianResponseDays: String(median), maxResponseDays: String(count === 1 ? median : Math.min(13, median + complaintRnd.int(0, 5))) });
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
      agendaPublicationDays: 14,
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


  (site.rules as Record<string, unknown>).campaignSpendingLimit = cents(limit);
  if (size.organisationPageFrom !== undefined) (site as Record<string, unknown>).organisationPageFrom = size.organisationPageFrom;
  // Travel paid by others, from a stream of its own (travel.ts): about one trip for every four gifts.
  const travel = makeTravel({ years, perYear: Math.ceil(size.giftsPerYear / 4), until: size.until, rnd: stream(seed, 'travel'), activeOn: activePeople });
  const organisation: Organisation = { site, bodies, officials, agenda, meetings, declarations, gifts, travel, remuneration, income, expenditure, complaints, acknowledgements: [], organisations: organisationEntries(agenda, stream(seed, 'register-ids'), 8) };
  addEthicsCases(organisation, people.map((person) => person.id), size, scale);
  finish(organisation);
  return organisation;
}

/**
 * Puts each year's gifts, income and spending in date order and numbers them; names each donor whose
 * gifts in a year add up to more than the publication threshold, the same name every year, and no
 * other.
 */
function finish(org: Organisation): void {
  const number = (rows: Row[], prefix: string, width: number) => {
    const count = new Map<string, number>();
    for (const row of byDate(rows)) {
      const year = row.date!.slice(0, 4);
      count.set(year, (count.get(year) ?? 0) + 1);
      row.id = `${prefix}-${year}-${pad(count.get(year) as number, width)}`;
    }
  };
  number(org.gifts, 'g', 3);
  number(org.income, 'i', 6);
  number(org.expenditure, 'e', 7);
  const threshold = toCents(String((org.site.rules as Record<string, unknown>).donationPublicationThreshold));
  const totals = new Map<string, number>();
  const names = new Map<string, string>();
  for (const line of org.income) {
    if (!line.donor) continue;
    totals.set(`${line.donor} ${line.date!.slice(0, 4)}`, (totals.get(`${line.donor} ${line.date!.slice(0, 4)}`) ?? 0) + toCents(line.amount));
    if (line.donorName) names.set(line.donor, line.donorName);
  }
  // Names for the donors the cases did not name, each one different: kinds, places, then a part of town.
  const used = new Set(names.values());
  let next = 0;
  const freshName = () => {
    for (;;) {
      const kind = DONOR_KINDS[next % DONOR_KINDS.length] as string;
      const place = ORGANISATION_PARTS.second[(Math.floor(next / DONOR_KINDS.length) + 3 * (next % DONOR_KINDS.length)) % ORGANISATION_PARTS.second.length] as string;
      const round = Math.floor(next / (DONOR_KINDS.length * ORGANISATION_PARTS.second.length));
      const part = round < 5 ? (['', ' Noord', ' Zuid', ' Oost', ' West'][round] as string) : ` ${round}`;
      next += 1;
      const name = `${kind} ${place}${part}`;
      if (!used.has(name)) return used.add(name), name;
    }
  };
  for (const line of org.income) {
    if (!line.donor) continue;
    const named = (totals.get(`${line.donor} ${line.date!.slice(0, 4)}`) ?? 0) > threshold;
    if (named && !names.has(line.donor)) names.set(line.donor, freshName());
    line.donorName = named ? (names.get(line.donor) as string) : '';
  }
}
