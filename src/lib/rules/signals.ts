/** The signals of an organisation's records: the ethics rules run on the day given, with git history. */
import { agendaFirstPublished } from '../history/agenda-first-seen.ts';
import type { SiteData } from '../loading/load-site.ts';
import { runRules, type RuleResult } from './index.ts';

export function signalsOf(site: SiteData, today: string): RuleResult {
  return runRules({ site, today, published: agendaPublished(site) });
}

const histories = new WeakMap<SiteData, ReadonlyMap<string, string>>();

/** When each agenda entry was first published, from git history: read once per loaded organisation (the rules and the feeds share it). */
export function agendaPublished(site: SiteData): ReadonlyMap<string, string> {
  let published = histories.get(site);
  if (!published) {
    published = agendaFirstPublished(site.dir);
    histories.set(site, published);
  }
  return published;
}
