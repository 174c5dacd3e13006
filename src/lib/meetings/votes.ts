/**
 * Votes by name on a meeting's items (`votesByName` in its front matter): one row per official per item,
 * for the `votes` dataset, the meeting's page and each official's page. Only what the minutes state:
 * an item without names gives no rows, and no total is ever turned into names.
 */
import type { Localized } from '../../schemas/fields.ts';
import { VOTE_CHOICES, type Meeting, type VoteChoice } from '../../schemas/meeting.ts';

/** One official's vote on one item of a meeting. */
export interface NamedVote {
  meeting: string;
  date: string;
  body: string;
  /** The item's number on the agenda, from 1. */
  item: number;
  title: Localized;
  official: string;
  vote: VoteChoice;
  /** Where the name is written in the front matter: item index, choice and place in its list. */
  at: [number, VoteChoice, number];
}

type Item = Meeting['items'][number];

/** The officials named under each choice of an item, in the order of the choices; choices with no one left out. */
export function votersOf(item: Item): Array<[VoteChoice, string[]]> {
  const named = item.votesByName;
  if (!named) return [];
  return VOTE_CHOICES.map((choice) => [choice, named[choice] ?? []] as [VoteChoice, string[]]).filter(([, ids]) => ids.length > 0);
}

/** Every vote by name of a meeting, item by item, in the order the front matter lists them. */
export function namedVotes(meeting: Pick<Meeting, 'date' | 'body' | 'items'> & { id: string }): NamedVote[] {
  return meeting.items.flatMap((item, index) =>
    votersOf(item).flatMap(([vote, ids]) =>
      ids.map((official, place) => ({ meeting: meeting.id, date: meeting.date, body: meeting.body, item: index + 1, title: item.title, official, vote, at: [index, vote, place] as NamedVote['at'] })),
    ),
  );
}

/** Recent first: by date, newest first, then the meeting, then the item's number. */
export function recentFirst(a: NamedVote, b: NamedVote): number {
  return a.date !== b.date ? (a.date < b.date ? 1 : -1) : a.meeting !== b.meeting ? (a.meeting < b.meeting ? 1 : -1) : a.item - b.item;
}

/** How many of an official's votes their page shows; the rest are on a page of their own. */
export const VOTES_SHOWN = 20;
