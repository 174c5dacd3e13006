/**
 * People, organisations, posts and memberships in Popolo JSON, so that civic-tech projects can reuse
 * who holds which post. Names are given in the default language, other languages as other names.
 * Meetings with a vote are events, each item voted on a vote event with its counts and, where the
 * minutes name them, every official's vote. A vote event has no time: the minutes never state when an
 * item was voted on, and the meeting's event carries its day only.
 */
import type { Lang } from '../../schemas/fields.ts';
import type { VoteChoice } from '../../schemas/meeting.ts';
import { mandateKey } from '../../schemas/official.ts';
import { votersOf } from '../meetings/votes.ts';
import type { SiteData } from '../loading/load-site.ts';
import { localize } from '../locale/localize.ts';
import type { Localized } from '../../schemas/fields.ts';

/** Popolo's options for a vote (vote.json, count.json). */
const OPTION: Record<VoteChoice, string> = { for: 'yes', against: 'no', abstain: 'abstain', absent: 'absent' };

export function popolo(site: SiteData): Record<string, unknown> {
  const lang = site.site.defaultLanguage;
  const others = (value: Localized) =>
    typeof value === 'string'
      ? []
      : site.site.languages
          .filter((l) => l !== lang && value[l] !== undefined)
          .map((l: Lang) => ({ name: localize(value, l, lang).text, note: l }));
  const orgId = 'organisation';
  const bodyNames = new Map(site.bodies.map(({ data }) => [data.id, data.name]));
  const voted = site.meetings.map(({ data }) => data).filter((meeting) => meeting.items.some((item) => item.votes || item.votesByName));
  return {
    persons: site.officials.map(({ data }) => ({
      id: data.id,
      name: data.name,
      sort_name: data.sortName,
      ...(data.email ? { email: data.email } : {}),
      ...(data.photo ? { image: data.photo } : {}),
      ...(data.website ? { links: [{ url: data.website, note: 'website' }] } : {}),
      ...(data.wikidata ? { identifiers: [{ scheme: 'wikidata', identifier: data.wikidata }] } : {}),
    })),
    organizations: [
      { id: orgId, name: localize(site.site.name, lang, lang).text, other_names: others(site.site.name), ...(site.site.website ? { links: [{ url: site.site.website, note: 'website' }] } : {}) },
      ...site.bodies.map(({ data }) => ({ id: data.id, name: localize(data.name, lang, lang).text, other_names: others(data.name), classification: data.classification, parent_id: orgId })),
    ],
    posts: site.bodies.flatMap(({ data }) => data.posts.map((post) => ({ id: post.id, label: localize(post.label, lang, lang).text, other_labels: others(post.label), organization_id: data.id }))),
    memberships: site.officials.flatMap(({ data }) =>
      data.mandates.map((mandate, index) => ({
        id: `${data.id}:${mandate.post}:${mandateKey(mandate, index)}`,
        person_id: data.id,
        organization_id: mandate.body,
        post_id: mandate.post,
        role: mandate.post,
        // A start the source does not state is left out, never invented.
        ...(mandate.start !== undefined ? { start_date: mandate.start } : {}),
        ...(mandate.end ? { end_date: mandate.end } : {}),
      })),
    ),
    events: voted.map((meeting) => ({
      id: meeting.id,
      name: localize(meeting.title ?? bodyNames.get(meeting.body) ?? meeting.body, lang, lang).text,
      start_date: meeting.date,
      classification: 'meeting',
      organization_id: meeting.body,
    })),
    vote_events: voted.flatMap((meeting) =>
      meeting.items.flatMap((item, index) => {
        if (!item.votes && !item.votesByName) return [];
        const id = `${meeting.id}:${index + 1}`;
        const named = votersOf(item);
        // The totals as the minutes state them; where they state only names, the names counted.
        const counts = item.votes
          ? (['for', 'against', 'abstain'] as const).map((choice) => ({ option: OPTION[choice], value: item.votes?.[choice] ?? 0 }))
          : named.map(([choice, ids]) => ({ option: OPTION[choice], value: ids.length }));
        return [{
          id,
          identifier: id,
          organization_id: meeting.body,
          legislative_session_id: meeting.id,
          motion: { text: localize(item.title, lang, lang).text, organization_id: meeting.body, legislative_session_id: meeting.id },
          counts,
          ...(named.length ? { votes: named.flatMap(([choice, ids]) => ids.map((voter) => ({ vote_event_id: id, voter_id: voter, option: OPTION[choice] }))) } : {}),
        }];
      }),
    ),
  };
}
