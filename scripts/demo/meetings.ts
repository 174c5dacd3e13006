/**
 * The demo's meetings: each body meets on a fixed weekday, decides each item of its agenda once, and
 * its minutes (in the languages of that meeting) tell the same story as the front matter: who chaired,
 * each item's debate with its decision and vote, members' questions, and the close. Most council
 * meetings also record each member's vote by name, drawn from those present (a stream of randomness of
 * its own, `names`, so that the rest of the demo stays as it was): the names agree with the totals, and
 * now and then a member leaves the room for an item and is recorded absent from its vote.
 */
import { LANGS, nthWeekday, pad, type Lang, type Tri } from './format.ts';
import {
  AMENDMENTS, APPROVAL_OF_MINUTES, COMMITTEE_ITEMS, COUNCIL_ITEMS, DEBATE, DECISIONS, EXECUTIVE_ITEMS, MINUTES_WORDS, QUESTIONS,
  type DecisionKind, type ItemWords, type Votes,
} from './minutes-vocabulary.ts';
import type { Random } from './random.ts';

export interface MeetingPerson {
  id: string;
  name: string;
  mandates: Array<{ post: string; body: string; start: string; end?: string }>;
}

export interface Meeting {
  id: string;
  frontMatter: Record<string, unknown>;
  minutes: Partial<Record<Lang, string>>;
}

interface Body {
  id: string;
  classification: string;
}

interface Schedule {
  months: number[];
  weekday: number;
  week: number;
  start: string;
  location: string;
  items: () => ItemWords[];
  decide: () => DecisionKind;
}

const holds = (person: MeetingPerson, date: string, post: string) => person.mandates.some((m) => m.post === post && m.start <= date && (!m.end || m.end >= date));
const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3));
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
const fill = (text: string, values: Record<string, string>) => text.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');

export function makeMeetings(input: { bodies: Body[]; people: MeetingPerson[]; years: number[]; until: string; rnd: Random; names?: Random }): Meeting[] {
  const { bodies, people, years, until, rnd, names } = input;
  const weighted = (choices: Array<[DecisionKind, number]>) => () => {
    let r = rnd.next() * choices.reduce((sum, [, weight]) => sum + weight, 0);
    for (const [kind, weight] of choices) if ((r -= weight) < 0) return kind;
    return choices[0]![0];
  };
  const schedules = (body: Body, month: number): Schedule => {
    const fitting = (items: ItemWords[]) => items.filter((item) => !item.months || item.months.includes(month));
    if (body.classification === 'council') {
      return { months: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], weekday: 1, week: 3, start: '19:30', location: 'Raadzaal', items: () => [APPROVAL_OF_MINUTES, ...rnd.sample(fitting(COUNCIL_ITEMS), rnd.int(3, 5))], decide: weighted([['approved', 55], ['amended', 20], ['rejected', 10], ['postponed', 15]]) };
    }
    if (body.classification === 'executive') {
      return { months: [1, 2, 3, 4, 5, 6, 9, 10, 11, 12], weekday: 4, week: 1, start: '09:00', location: 'Stadhuis, collegezaal', items: () => rnd.sample(EXECUTIVE_ITEMS, rnd.int(3, 5)), decide: weighted([['approved', 60], ['conditions', 20], ['noted', 10], ['postponed', 10]]) };
    }
    const pool = body.id === 'audit-committee' ? COMMITTEE_ITEMS : COUNCIL_ITEMS;
    return { months: [2, 5, 9, 11], weekday: 3, week: 4, start: '17:00', location: 'Stadhuis, zaal 2', items: () => rnd.sample(fitting(pool), rnd.int(2, 4)), decide: weighted([['favourable', 45], ['noted', 35], ['remarks', 20]]) };
  };

  const meetings: Meeting[] = [];
  for (const body of bodies) {
    for (const year of years) {
      for (const month of schedules(body, 1).months) {
        const schedule = schedules(body, month);
        const date = nthWeekday(year, month, schedule.weekday, schedule.week);
        if (date > until) continue;
        const members = people.filter((person) => person.mandates.some((m) => m.body === body.id && m.start <= date && (!m.end || m.end >= date)));
        if (members.length === 0) continue;
        const excused = members.length > 2 ? members.filter(() => rnd.chance(0.12)) : [];
        const present = members.filter((person) => !excused.includes(person));
        const council = body.classification === 'council';
        const role = (person: MeetingPerson, lang: Lang) => {
          const roles = MINUTES_WORDS[lang].roles;
          if (holds(person, date, 'mayor')) return roles.mayor;
          if (holds(person, date, 'alderman')) return roles.alderman;
          if (holds(person, date, `${body.id}-chair`)) return roles.chair;
          return council ? roles.councillor : roles.member;
        };
        const board = present.filter((person) => holds(person, date, 'mayor') || holds(person, date, 'alderman'));
        const chair = present.find((person) => holds(person, date, 'mayor') || holds(person, date, `${body.id}-chair`)) ?? board[0] ?? (present[0] as MeetingPerson);
        const others = present.filter((person) => person !== chair);
        const floor = council ? present.filter((person) => !board.includes(person)) : others;

        const byName = council && names !== undefined && names.chance(0.7);
        const debate = DEBATE[body.classification === 'executive' ? 'executive' : body.id === 'audit-committee' ? 'audit' : 'council'];
        const plan = schedule.items().map((words, index) => {
          const first = council && index === 0;
          const kind: DecisionKind = first ? 'approved' : schedule.decide();
          const votes = council && !first && kind !== 'postponed' ? vote(rnd, present.length, kind) : undefined;
          const votesByName = byName && names && votes ? namesOf(names, present, votes, kind) : undefined;
          const presenter = board.length && body.classification !== 'committee' ? rnd.pick(board) : chair;
          const speakers = rnd.sample((floor.length ? floor : others).filter((person) => person !== presenter), rnd.int(1, 2));
          return {
            words,
            first,
            kind,
            votes,
            votesByName,
            presenter,
            speakers,
            remarks: rnd.sample(debate.remarks, speakers.length),
            answer: rnd.pick(debate.answers),
            amendment: rnd.pick(AMENDMENTS),
            postponement: rnd.pick(debate.postponements),
          };
        });
        const questions = council ? rnd.sample(QUESTIONS, rnd.int(0, 3)).map((question) => ({ ...question, asker: rnd.pick(floor.length ? floor : present), answerer: board.length ? rnd.pick(board) : chair })) : [];
        const end = clock(Math.min(minutesOf(schedule.start) + 20 + plan.length * (council ? 25 : 20) + questions.length * 10 + rnd.int(0, 3) * 5, 23 * 60 + 45));
        const years_ = { prev: String(year - 1), next: String(year + 1) };
        const tri = (words: Tri) => ({ nl: fill(words[0], years_), fr: fill(words[1], years_), en: fill(words[2], years_) });

        const pickLanguages = rnd.next();
        const languages: Lang[] = pickLanguages < 0.4 ? ['nl'] : pickLanguages < 0.65 ? ['fr'] : pickLanguages < 0.9 ? ['nl', 'fr'] : ['en', 'nl'];
        const minutes: Partial<Record<Lang, string>> = {};
        for (const lang of languages) {
          const w = MINUTES_WORDS[lang];
          const at = LANGS.indexOf(lang);
          const paragraphs = [w.opening(chair.name, role(chair, lang), w.time(schedule.start), present.length, excused.map((person) => person.name))];
          plan.forEach((item, index) => {
            paragraphs.push(`### ${index + 1}. ${fill(item.words.title[at] as string, years_)}`);
            if (item.first) paragraphs.push(w.approval);
            else {
              const account = [(body.classification === 'committee' ? w.introduces : w.presents)(item.presenter.name, role(item.presenter, lang), item.words.summary[at] as string)];
              item.speakers.forEach((speaker, n) => account.push(fill((item.remarks[n] as Tri)[at] as string, { name: speaker.name })));
              account.push(fill(item.answer[at] as string, { name: item.presenter.name }));
              const mover = item.speakers[0] ?? item.presenter;
              if (item.kind === 'amended') account.push(w.amendment(mover.name, item.amendment[at] as string));
              if (item.kind === 'postponed') account.push(w.postponement(mover.name, item.postponement[at] as string));
              if (item.kind === 'rejected') account.push(w.rejection);
              paragraphs.push(account.join(' '));
            }
            paragraphs.push(`**${w.decision}** ${w.outcome(item.kind, item.votes)}`);
          });
          if (council) {
            paragraphs.push(`### ${w.questionsHeading}`);
            if (questions.length === 0) paragraphs.push(w.noQuestions);
            for (const q of questions) paragraphs.push(w.question(q.asker.name, q.question[at] as string, q.answerer.name, q.answer[at] as string));
          }
          paragraphs.push(`### ${w.closingHeading}`, w.closing(chair.name, w.time(end)));
          minutes[lang] = `${paragraphs.join('\n\n')}\n`;
        }

        meetings.push({
          id: `${date}-${body.id}`,
          frontMatter: {
            body: body.id,
            date,
            start: schedule.start,
            end,
            location: schedule.location,
            items: plan.map((item) => ({ title: tri(item.words.title), decision: tri(DECISIONS[item.kind]), ...(item.votes ? { votes: item.votes } : {}), ...(item.votesByName ? { votesByName: item.votesByName } : {}) })),
            present: present.map((person) => person.id),
            ...(excused.length ? { excused: excused.map((person) => person.id) } : {}),
          },
          minutes,
        });
      }
    }
  }
  return meetings.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * Who voted how: the members present, shuffled, counted off into the totals. Now and then one member in
 * favour leaves the room instead (the totals lose that vote, the decision stays the same).
 */
function namesOf(rnd: Random, present: MeetingPerson[], votes: Votes, kind: DecisionKind): Partial<Record<'for' | 'against' | 'abstain' | 'absent', string[]>> {
  const order = rnd.sample(present, present.length).map((person) => person.id);
  const leaves = votes.for >= 2 && (kind === 'rejected' || votes.for - 1 > votes.against) && rnd.chance(0.1);
  if (leaves) votes.for -= 1;
  const take = (count: number) => order.splice(0, count);
  const named = { for: take(votes.for), against: take(votes.against), abstain: take(votes.abstain), absent: take(leaves ? 1 : 0) };
  return Object.fromEntries(Object.entries(named).filter(([, ids]) => ids.length > 0));
}

/** A vote of `present` members that gives the decision: a majority for what passed, against what did not. */
function vote(rnd: Random, present: number, kind: DecisionKind): Votes {
  const minority = Math.floor((present - 1) / 3);
  if (kind === 'rejected') {
    const inFavour = rnd.int(0, minority);
    const abstain = rnd.int(0, 1);
    return { for: inFavour, against: present - inFavour - abstain, abstain };
  }
  if (present < 3 || rnd.chance(0.45)) return { for: present, against: 0, abstain: 0 };
  const against = rnd.int(0, minority);
  const abstain = rnd.int(against === 0 ? 1 : 0, Math.min(2, present - 2 * against - 1));
  return { for: present - against - abstain, against, abstain };
}
