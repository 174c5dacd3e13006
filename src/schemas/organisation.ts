/**
 * Organisations with their ids in public registers, in `data/organisations.yaml` (optional): each entry
 * names an organisation as the agenda writes it (matched by the slug of the organisation pages), other
 * spellings the agenda uses, and its ids, each checked by its register's format and check digit.
 */
import { z } from 'zod';
import { describe, list, text } from './fields.ts';
import { euTransparencyRegisterId, kboNumber, kvkNumber, sirenNumber, wikidataId } from './register-ids.ts';

export const organisationSchema = z
  .object({
    name: describe(text, {
      en: 'Name of the organisation as the agenda writes it',
      nl: 'Naam van de organisatie zoals de agenda ze schrijft',
      fr: 'Nom de l’organisation tel que l’agenda l’écrit',
    }),
    aliases: describe(list(text), {
      en: 'Other spellings of the name the agenda uses',
      nl: 'Andere schrijfwijzen van de naam in de agenda',
      fr: 'Autres graphies du nom utilisées dans l’agenda',
    }).default([]),
    euTransparencyRegister: describe(euTransparencyRegisterId, {
      en: 'Id in the EU Transparency Register (9 to 12 digits, a hyphen and 2 digits)',
      nl: 'Id in het EU-transparantieregister (9 tot 12 cijfers, een streepje en 2 cijfers)',
      fr: 'Identifiant au registre de transparence de l’UE (9 à 12 chiffres, un tiret et 2 chiffres)',
    }).optional(),
    kbo: describe(kboNumber, {
      en: 'Belgian enterprise number (KBO/BCE), as 0123.456.749',
      nl: 'Belgisch ondernemingsnummer (KBO), als 0123.456.749',
      fr: 'Numéro d’entreprise belge (BCE), comme 0123.456.749',
    }).optional(),
    kvk: describe(kvkNumber, {
      en: 'Dutch Chamber of Commerce number (KvK), 8 digits',
      nl: 'Nederlands KvK-nummer, 8 cijfers',
      fr: 'Numéro néerlandais de la chambre de commerce (KvK), 8 chiffres',
    }).optional(),
    siren: describe(sirenNumber, {
      en: 'French SIREN number, 9 digits',
      nl: 'Frans SIREN-nummer, 9 cijfers',
      fr: 'Numéro SIREN, 9 chiffres',
    }).optional(),
    wikidata: describe(wikidataId, {
      en: 'Wikidata item of the organisation, e.g. Q42',
      nl: 'Wikidata-item van de organisatie, bv. Q42',
      fr: 'Élément Wikidata de l’organisation, p. ex. Q42',
    }).optional(),
  })
  .strict();

export type Organisation = z.output<typeof organisationSchema>;
