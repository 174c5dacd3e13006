/**
 * People, organisations, posts and memberships in Popolo JSON, so that civic-tech projects can reuse
 * who holds which post. Names are given in the default language, other languages as other names.
 */
import type { Lang } from '../../schemas/fields.ts';
import type { SiteData } from '../loading/load-site.ts';
import { localize } from '../locale/localize.ts';
import type { Localized } from '../../schemas/fields.ts';

export function popolo(site: SiteData): Record<string, unknown> {
  const lang = site.site.defaultLanguage;
  const others = (value: Localized) =>
    typeof value === 'string'
      ? []
      : site.site.languages
          .filter((l) => l !== lang && value[l] !== undefined)
          .map((l: Lang) => ({ name: localize(value, l, lang).text, note: l }));
  const orgId = 'organisation';
  return {
    persons: site.officials.map(({ data }) => ({
      id: data.id,
      name: data.name,
      sort_name: data.sortName,
      ...(data.email ? { email: data.email } : {}),
      ...(data.photo ? { image: data.photo } : {}),
      ...(data.website ? { links: [{ url: data.website, note: 'website' }] } : {}),
    })),
    organizations: [
      { id: orgId, name: localize(site.site.name, lang, lang).text, other_names: others(site.site.name), ...(site.site.website ? { links: [{ url: site.site.website, note: 'website' }] } : {}) },
      ...site.bodies.map(({ data }) => ({ id: data.id, name: localize(data.name, lang, lang).text, other_names: others(data.name), classification: data.classification, parent_id: orgId })),
    ],
    posts: site.bodies.flatMap(({ data }) => data.posts.map((post) => ({ id: post.id, label: localize(post.label, lang, lang).text, other_labels: others(post.label), organization_id: data.id }))),
    memberships: site.officials.flatMap(({ data }) =>
      data.mandates.map((mandate) => ({
        id: `${data.id}:${mandate.post}:${mandate.start}`,
        person_id: data.id,
        organization_id: mandate.body,
        post_id: mandate.post,
        role: mandate.post,
        start_date: mandate.start,
        ...(mandate.end ? { end_date: mandate.end } : {}),
      })),
    ),
  };
}
