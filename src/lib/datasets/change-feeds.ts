/**
 * Writes an Atom feed of each dataset's changes into `<root>/feeds/<lang>/changes/<dataset>.atom`:
 * one entry per commit that changed the dataset's records (the newest CHANGES_FEED_LIMIT), its title
 * the counts (`Gifts: 1 record changed`), its summary the records with their fields before → after,
 * its link the commit on the changes page. An entry's `updated` is the commit's day at 00:00 in the
 * site's time zone (history is dated by day); its id a tag: URI of the commit, the same in every
 * language and build. Without history the feeds have no entries.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { translator } from '../../i18n/index.ts';
import { writeAtom, type AtomEntry } from '../feeds/atom.ts';
import { atomDate, tagOf } from '../feeds/follow.ts';
import { absolute } from '../feeds/items.ts';
import type { KindCommit } from '../history/changes.ts';
import { CHANGE_DATASETS, CHANGES_FEED_LIMIT, changesFeedPath, changesPath, commitAnchor, commitSummary, fieldLabel, fieldValue, newestFirst, pageOfCommit, RECORDS_SHOWN, type ValueReading } from '../history/changes-view.ts';
import { siteChanges } from '../history/history-cache.ts';
import { lastChanged } from '../history/git-dates.ts';
import type { SiteData } from '../loading/load-site.ts';
import { today } from '../loading/today.ts';
import { textOf } from '../locale/localize.ts';
import type { Lang } from '../../schemas/fields.ts';
import { datasetTitle } from '../../schemas/datasets.ts';
import type { KindName } from '../../schemas/kinds.ts';

export async function writeChangeFeeds(site: SiteData, root: string): Promise<{ files: number; entries: number }> {
  const config = site.site;
  const history = siteChanges(site.dir);
  const empty = atomDate(lastChanged(site.dir, ['.']) ?? today(config.timeZone), config.timeZone);
  const written = { files: 0, entries: 0 };
  const reading: ValueReading = { currency: config.currency, names: new Map(site.officials.map((record) => [record.data.id, record.data.name])) };
  for (const lang of config.languages) {
    const t = translator(lang);
    const organisation = textOf(config.name, lang, config.defaultLanguage);
    for (const { kind, dataset } of CHANGE_DATASETS) {
      const newest = newestFirst(history.kinds[kind]);
      const title = datasetTitle(dataset, lang);
      const entries: AtomEntry[] = newest.slice(0, CHANGES_FEED_LIMIT).map((commit) => ({
        id: tagOf(config, commit.day, `changes/${dataset}/${commit.commit}`),
        title: [t('changes.entryTitle', { dataset: title, summary: commitSummary(commit, lang) })],
        updated: atomDate(commit.day, config.timeZone),
        link: absolute(config.baseUrl, `${changesPath(lang, dataset, pageOfCommit(newest, commit.commit))}#${commitAnchor(commit.commit)}`),
        summary: [summaryOf(kind, commit, lang, reading)],
      }));
      const path = changesFeedPath(lang, dataset);
      const self = absolute(config.baseUrl, path);
      const text = writeAtom({
        id: self,
        title: t('changes.feedTitle', { organisation, dataset: title }),
        lang,
        updated: entries[0]?.updated ?? empty,
        author: { name: organisation, uri: absolute(config.baseUrl, `${lang}/`) },
        self,
        alternate: absolute(config.baseUrl, changesPath(lang, dataset)),
        entries,
      });
      await mkdir(dirname(join(root, path)), { recursive: true });
      await writeFile(join(root, path), text);
      written.files += 1;
      written.entries += entries.length;
    }
  }
  return written;
}

/** A commit's records in words, one line each: the records added and removed, and each change as field: before → after. */
function summaryOf(kind: KindName, commit: KindCommit, lang: Lang, reading: ValueReading): string {
  const t = translator(lang);
  if (commit.start !== undefined) return t('changes.start', { count: commit.start });
  const lines: string[] = [];
  const list = (label: string, ids: readonly string[]) => {
    if (!ids.length) return;
    lines.push(t('feed.field', { label, value: `${ids.slice(0, RECORDS_SHOWN).join(', ')}${ids.length > RECORDS_SHOWN ? ` ${t('changes.more', { count: ids.length - RECORDS_SHOWN })}` : ''}` }));
  };
  list(t('changes.added'), commit.added);
  for (const change of commit.changed.slice(0, RECORDS_SHOWN)) {
    const fields = change.fields.map((field) => t('changes.field', { field: fieldLabel(kind, field.field, lang), before: fieldValue(kind, field.field, field.before, lang, reading), after: fieldValue(kind, field.field, field.after, lang, reading) }));
    lines.push(t('feed.field', { label: `${t('changes.changed')} ${change.id}`, value: fields.join('; ') }));
  }
  if (commit.changed.length > RECORDS_SHOWN) lines.push(t('changes.more', { count: commit.changed.length - RECORDS_SHOWN }));
  list(t('changes.removed'), commit.removed);
  return lines.join('\n');
}
