/**
 * schema.org descriptions of officials (Person) and meetings or appointments (Event), as JSON-LD for
 * search engines and other machines. Pure: the pages pass in text already in the reader's language.
 */

export type JsonLd = Record<string, unknown>;

export interface PersonInput {
  name: string;
  /** Absolute address of the official's page. */
  url: string;
  /** Posts held now (or last held). */
  jobTitles: string[];
  /** Bodies those posts belong to. */
  bodies: string[];
  /** The organisation that publishes the portal. */
  organisation: { name: string; url: string };
  image?: string | undefined;
  email?: string | undefined;
  sameAs?: string | undefined;
  /** Party or list, where given. */
  party?: string | undefined;
}

const CONTEXT = 'https://schema.org';

const one = <T>(values: T[]): T | T[] | undefined => (values.length === 0 ? undefined : values.length === 1 ? values[0] : values);

/** Drops undefined fields, so that the JSON has only what is known. */
function compact(value: JsonLd): JsonLd {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined));
}

export function personLd(input: PersonInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'Person',
    name: input.name,
    url: input.url,
    jobTitle: one(input.jobTitles),
    affiliation: one([
      ...input.bodies.map((name) => ({ '@type': 'GovernmentOrganization', name })),
      ...(input.party ? [{ '@type': 'Organization', name: input.party }] : []),
    ]),
    memberOf: { '@type': 'Organization', name: input.organisation.name, url: input.organisation.url },
    image: input.image,
    email: input.email ? `mailto:${input.email}` : undefined,
    sameAs: input.sameAs,
  });
}

export interface EventInput {
  name: string;
  url: string;
  /** ISO 8601 with offset, `2025-03-14T09:30:00+01:00`; the day alone, `2025-03-14`, where no time is stated. */
  startDate: string;
  endDate?: string | undefined;
  location?: string | undefined;
  organizer: { name: string; url?: string | undefined };
  description?: string | undefined;
  /** Language of the name and description. */
  inLanguage?: string | undefined;
  /** People taking part, with the address of their page. */
  attendees?: Array<{ name: string; url: string }> | undefined;
}

export function eventLd(input: EventInput): JsonLd {
  return compact({
    '@context': CONTEXT,
    '@type': 'Event',
    name: input.name,
    url: input.url,
    startDate: input.startDate,
    endDate: input.endDate,
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: input.location ? { '@type': 'Place', name: input.location } : undefined,
    organizer: compact({ '@type': 'Organization', name: input.organizer.name, url: input.organizer.url }),
    description: input.description,
    inLanguage: input.inLanguage,
    attendee: input.attendees?.length ? input.attendees.map((person) => ({ '@type': 'Person', name: person.name, url: person.url })) : undefined,
  });
}

/**
 * JSON for inside `<script type="application/ld+json">`: `<`, `>` and `&` are written as Unicode escapes,
 * so that no text in the data can close the script element.
 */
export function scriptJson(data: JsonLd | JsonLd[]): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
