/**
 * What every page under `src/pages/[lang]/` starts from, in one place: the reader's language (from the
 * route), the site's configuration, the interface strings of that language, the site's default language
 * and today in the site's time zone.
 *
 * `const { lang, site, t } = await pageContext(Astro.params);`
 */
import { siteConfig } from './collections.ts';
import { translator } from './i18n/index.ts';
import { today } from './lib/loading/today.ts';
import type { Lang } from './schemas/fields.ts';

export async function pageContext(params: { lang?: string | undefined }) {
  const lang = params.lang as Lang;
  const site = await siteConfig();
  return { lang, site, t: translator(lang), d: site.defaultLanguage, day: today(site.timeZone) };
}
