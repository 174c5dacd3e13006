/**
 * An organisation's own page (code of ethics, complaints procedure, selection criteria): the front matter
 * of `content/pages/<page>.<lang>.md`. The body is Markdown, checked like minutes.
 */
import { z } from 'zod';
import { describe, text } from './fields.ts';

/** The pages an organisation can write; each has its place in the site. */
export const PAGE_NAMES = ['code-of-ethics', 'complaints', 'selection-criteria'] as const;

export const pageSchema = z
  .object({
    title: describe(text, {
      en: 'Title of the page',
      nl: 'Titel van de pagina',
      fr: 'Titre de la page',
    }),
    description: describe(text, {
      en: 'One sentence on what the page holds, for search engines and link previews',
      nl: 'Eén zin over wat de pagina bevat, voor zoekmachines en voorbeelden van links',
      fr: 'Une phrase sur le contenu de la page, pour les moteurs de recherche et les aperçus de liens',
    }).optional(),
  })
  .strict();

export type Page = z.output<typeof pageSchema>;
