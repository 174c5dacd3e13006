/** Bodies of the organisation (council, board, committees) and the posts in them: `data/bodies.yaml`. */
import { z } from 'zod';
import { describe, id, localized, oneOf, yesNo } from './fields.ts';

export const postSchema = z
  .object({
    id: describe(id, {
      en: 'Stable id of the post, unique across all bodies',
      nl: 'Vaste id van de functie, uniek over alle organen',
      fr: 'Identifiant stable de la fonction, unique pour tous les organes',
    }),
    label: describe(localized, {
      en: 'Name of the post, e.g. councillor or chair',
      nl: 'Naam van de functie, bv. gemeenteraadslid of voorzitter',
      fr: 'Nom de la fonction, p. ex. conseiller ou président',
    }),
    paid: describe(yesNo, {
      en: 'Whether the post is paid',
      nl: 'Of de functie bezoldigd is',
      fr: 'Si la fonction est rémunérée',
    }),
  })
  .strict();

export const bodySchema = z
  .object({
    id: describe(id, {
      en: 'Stable id of the body',
      nl: 'Vaste id van het orgaan',
      fr: 'Identifiant stable de l’organe',
    }),
    name: describe(localized, {
      en: 'Name of the body',
      nl: 'Naam van het orgaan',
      fr: 'Nom de l’organe',
    }),
    classification: describe(oneOf(['council', 'board', 'committee', 'executive', 'assembly', 'other']), {
      en: 'What kind of body it is',
      nl: 'Soort orgaan',
      fr: 'Type d’organe',
    }),
    description: describe(localized, {
      en: 'What the body does',
      nl: 'Wat het orgaan doet',
      fr: 'Ce que fait l’organe',
    }).optional(),
    posts: describe(z.array(postSchema).min(1, { error: 'needs at least one post' }), {
      en: 'Posts in the body',
      nl: 'Functies in het orgaan',
      fr: 'Fonctions au sein de l’organe',
    }),
  })
  .strict();

export type Body = z.output<typeof bodySchema>;
export type Post = z.output<typeof postSchema>;
