/** The one field of every record kind that a public register publishes: the record's page there. */
import { describe, url } from './fields.ts';

/**
 * A record's page in the public register it was published in (a gift, a trip, an appointment, a
 * declaration, a line of the accounts, a month's pay, a meeting): one field, the same in every kind,
 * shown as a small "source" link beside the record (src/lib/records/source-link.ts) and published in
 * its datasets. Only http(s) (`url`): `javascript:`, `ftp:` and other schemes are refused by name.
 */
export const sourceUrl = describe(url, {
  en: 'Page of the record in the public register it was published in (its web address, http or https), where there is one',
  nl: 'Pagina van het gegeven in het openbare register waarin het gepubliceerd werd (het webadres, http of https), als dat er is',
  fr: 'Page de la donnée dans le registre public où elle a été publiée (son adresse web, http ou https), s’il y en a une',
}).optional();
