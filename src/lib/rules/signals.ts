/** The signals of an organisation's records: the ethics rules run on the day given, with git history. */
import { agendaFirstPublished } from '../history/agenda-first-seen.ts';
import type { SiteData } from '../loading/load-site.ts';
import { runRules, type RuleResult } from './index.ts';

export function signalsOf(site: SiteData, today: string): RuleResult {
  return runRules({ site, today, published: agendaFirstPublished(site.dir) });
}
