/** The signals of an organisation's records: the ethics rules run on the day given, with git history. */
import { agendaFirstPublished } from './git-history.ts';
import type { SiteData } from './load-site.ts';
import { runRules, type RuleResult } from './rules/index.ts';

export function signalsOf(site: SiteData, today: string): RuleResult {
  return runRules({ site, today, published: agendaFirstPublished(site.dir) });
}
