/**
 * What the agenda's filter form offers: the officials named in the agenda and its topics. Worked out once
 * per agenda. The agenda's page writes them into its form; the form on every month page (thousands of
 * pages at a large organisation: 522 officials were 28 KB of each page at size L) loads them from one file
 * per language (`/<lang>/agenda/choices.json`), since that form shows only once its script runs.
 */
import { topicLabel } from '../../i18n/topics.ts';
import type { Lang } from '../../schemas/fields.ts';
import { bySortName } from '../interests/officials.ts';

const cache = new WeakMap<object, { officials: ReadonlySet<string>; topics: readonly string[] }>();

export function agendaFilterOptions(entries: ReadonlyArray<{ officials: readonly string[]; topics?: readonly string[] | undefined }>): { officials: ReadonlySet<string>; topics: readonly string[] } {
  let options = cache.get(entries);
  if (!options) {
    const officials = new Set<string>();
    const topics = new Set<string>();
    for (const entry of entries) {
      for (const id of entry.officials) officials.add(id);
      for (const topic of entry.topics ?? []) topics.add(topic);
    }
    options = { officials, topics: [...topics] };
    cache.set(entries, options);
  }
  return options;
}

/** A choice of a list of the form: the value sent, the words shown. */
export interface FilterChoice {
  value: string;
  label: string;
}

/** The choices of the form's lists in one language: officials by their sort name, topics by their label. */
export function agendaFilterChoices(
  entries: ReadonlyArray<{ officials: readonly string[]; topics?: readonly string[] | undefined }>,
  people: ReadonlyArray<Parameters<typeof bySortName>[0]>,
  lang: Lang,
): { officials: FilterChoice[]; topics: FilterChoice[] } {
  const options = agendaFilterOptions(entries);
  return {
    officials: people.filter((person) => options.officials.has(person.id)).sort(bySortName).map((person) => ({ value: person.id, label: person.name })),
    topics: options.topics.map((topic) => ({ value: topic, label: topicLabel(topic, lang) })).sort((a, b) => a.label.localeCompare(b.label, lang)),
  };
}
