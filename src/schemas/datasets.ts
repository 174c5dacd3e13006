/**
 * The published tables, in the catalogue's order. Each is derived from a record schema: most are the
 * record itself, a few flatten what is nested (mandates of an official, side positions of a declaration)
 * or summarise it. The CSV columns, the JSON fields and the data dictionary all come from these schemas;
 * the title of each and its slices per official and per year come from its kind in the registry (kinds.ts).
 */
import { z } from 'zod';
import { agendaEntrySchema } from './agenda.ts';
import { bodySchema } from './body.ts';
import { complaintStatSchema } from './complaint.ts';
import { sidePositionSchema } from './declaration.ts';
import { expenditureSchema } from './expenditure.ts';
import { count, describe, id, isoDate, list, money, oneOf, ref, text, year, type Descriptions, type Lang } from './fields.ts';
import { sourceUrl } from './source-url.ts';
import { giftSchema } from './gift.ts';
import { incomeSchema } from './income.ts';
import { KIND_LIST, type DatasetSpec, type KindName } from './kinds.ts';
import { agendaItemSchema, meetingSchema, VOTE_CHOICES } from './meeting.ts';
import { VALUE_FORMS } from './money-fields.ts';
import { mandateSchema, officialSchema } from './official.ts';
import { organisationSchema } from './organisation.ts';
import { remunerationSchema } from './remuneration.ts';
import { signalSchema } from './signal.ts';
import { tripSchema } from './travel.ts';

const { items: _items, sourceUrl: _meetingSourceUrl, ...meetingFields } = meetingSchema.shape;
const { sourceUrl: _agendaSourceUrl, ...agendaFields } = agendaEntrySchema.shape;
const official = describe(ref('official', 'an-verlinden'), {
  en: 'Id of the official',
  nl: 'Id van de mandataris',
  fr: 'Identifiant du mandataire',
});
const dateTime = (description: Descriptions) => describe(text.meta({ kind: 'datetime', example: '2025-03-14T09:30:00+01:00' }), description);

/** Where a published record comes from: a file of the organisation's folder and a line in it. */
const source = describe(text, {
  en: 'File and line of the organisation’s folder the record comes from, e.g. data/agenda/2025.csv:14',
  nl: 'Bestand en regel in de map van de organisatie waar het gegeven vandaan komt, bv. data/agenda/2025.csv:14',
  fr: 'Fichier et ligne du dossier de l’organisation d’où vient la donnée, p. ex. data/agenda/2025.csv:14',
});
const traced = <S extends z.ZodRawShape>(shape: S) => z.object({ ...shape, source });

/**
 * A gift's value in explicit columns, so that a reader can filter on them: the exact amount where the
 * register states one, how it states it, and the bounds of a range; never 0 for a value not known.
 */
const { value: _value, outcome: giftOutcome, reason: giftReason, reportedTo: giftReportedTo, sourceUrl: _giftSourceUrl, ...giftBefore } = giftSchema.shape;
const giftValueColumns = {
  value: describe(money, {
    en: 'Value, where the register states it exactly; empty when it is unknown or given only as a range or bound, as valueForm says',
    nl: 'Waarde, als het register ze exact vermeldt; leeg als ze onbekend is of alleen als vork of grens gegeven is, zoals valueForm zegt',
    fr: 'Valeur, si le registre l’indique exactement ; vide si elle est inconnue ou donnée seulement par une fourchette ou une borne, comme l’indique valueForm',
  }).optional(),
  valueForm: describe(oneOf(VALUE_FORMS), {
    en: 'How the register states the value: exact, unknown, below (less than valueMax), above (more than valueMin) or between (from valueMin to valueMax, both included)',
    nl: 'Hoe het register de waarde vermeldt: exact, unknown (onbekend), below (minder dan valueMax), above (meer dan valueMin) of between (van valueMin tot en met valueMax)',
    fr: 'Comment le registre indique la valeur : exact, unknown (inconnue), below (moins de valueMax), above (plus de valueMin) ou between (de valueMin à valueMax inclus)',
  }),
  valueMin: describe(money, {
    en: 'Lower bound of the value: for above, the value is more than it; for between, at least it',
    nl: 'Ondergrens van de waarde: bij above is de waarde meer dan dit bedrag; bij between minstens dit bedrag',
    fr: 'Borne inférieure de la valeur : pour above, la valeur est supérieure à ce montant ; pour between, au moins égale',
  }).optional(),
  valueMax: describe(money, {
    en: 'Upper bound of the value: for below, the value is less than it; for between, at most it',
    nl: 'Bovengrens van de waarde: bij below is de waarde minder dan dit bedrag; bij between hoogstens dit bedrag',
    fr: 'Borne supérieure de la valeur : pour below, la valeur est inférieure à ce montant ; pour between, au plus égale',
  }).optional(),
};

/** A trip's value in the same explicit columns as a gift's: never 0 for a value not known. */
const { value: _tripValue, sourceUrl: _tripSourceUrl, ...tripFields } = tripSchema.shape;

export const DATASET_SCHEMAS = {
  officials: traced({
    id: describe(id, {
      en: 'Stable id of the official',
      nl: 'Vaste id van de mandataris',
      fr: 'Identifiant stable du mandataire',
    }),
    ...officialSchema.omit({ mandates: true, signatures: true }).shape,
  }),
  bodies: traced({
    ...bodySchema.omit({ posts: true }).shape,
    posts: describe(list(id), {
      en: 'Ids of the posts in the body',
      nl: 'Id’s van de functies in het orgaan',
      fr: 'Identifiants des fonctions de l’organe',
    }),
  }),
  mandates: traced({
    official,
    ...mandateSchema.shape,
    // The file's `unknown` is an empty cell here: the start is never invented.
    start: describe(isoDate, {
      en: 'First day of the mandate; empty when the source does not say when the mandate started (unknown)',
      nl: 'Eerste dag van het mandaat; leeg als de bron niet zegt wanneer het mandaat begon (onbekend)',
      fr: 'Premier jour du mandat ; vide si la source ne dit pas quand le mandat a commencé (inconnu)',
    }).optional(),
  }),
  agenda: traced({
    ...agendaFields,
    startsAt: dateTime({
      en: 'Start as date, time and UTC offset (ISO 8601); empty when the source states no time',
      nl: 'Begin als datum, uur en verschil met UTC (ISO 8601); leeg als de bron geen uur vermeldt',
      fr: 'Début en date, heure et décalage UTC (ISO 8601) ; vide si la source n’indique pas d’heure',
    }).optional(),
    endsAt: dateTime({
      en: 'End as date, time and UTC offset (ISO 8601)',
      nl: 'Einde als datum, uur en verschil met UTC (ISO 8601)',
      fr: 'Fin en date, heure et décalage UTC (ISO 8601)',
    }).optional(),
    sourceUrl,
  }),
  organisations: traced({
    ...organisationSchema.shape,
    appointments: describe(count, {
      en: 'Number of appointments in the agenda with the organisation, under its name or an alias',
      nl: 'Aantal afspraken in de agenda met de organisatie, onder haar naam of een andere schrijfwijze',
      fr: 'Nombre de rendez-vous de l’agenda avec l’organisation, sous son nom ou une autre graphie',
    }),
  }),
  meetings: traced({
    id: describe(id, {
      en: 'Stable id of the meeting',
      nl: 'Vaste id van de vergadering',
      fr: 'Identifiant stable de la réunion',
    }),
    ...meetingFields,
    items: describe(count, {
      en: 'Number of agenda items',
      nl: 'Aantal agendapunten',
      fr: 'Nombre de points à l’ordre du jour',
    }),
    languages: describe(list(text), {
      en: 'Languages the minutes are written in',
      nl: 'Talen waarin de notulen geschreven zijn',
      fr: 'Langues de rédaction du procès-verbal',
    }),
    sourceUrl,
  }),
  votes: traced({
    meeting: describe(id, {
      en: 'Id of the meeting',
      nl: 'Id van de vergadering',
      fr: 'Identifiant de la réunion',
    }),
    date: meetingSchema.shape.date,
    body: meetingSchema.shape.body,
    item: describe(count, {
      en: 'Number of the item on the meeting’s agenda, from 1',
      nl: 'Nummer van het punt op de agenda van de vergadering, vanaf 1',
      fr: 'Numéro du point à l’ordre du jour de la réunion, à partir de 1',
    }),
    title: agendaItemSchema.shape.title,
    official,
    vote: describe(oneOf(VOTE_CHOICES), {
      en: 'How the official voted: for, against, abstain, or absent (did not take part in this vote)',
      nl: 'Hoe de mandataris stemde: for (voor), against (tegen), abstain (onthouding) of absent (nam niet deel aan deze stemming)',
      fr: 'Le vote du mandataire : for (pour), against (contre), abstain (abstention) ou absent (n’a pas pris part à ce vote)',
    }),
  }),
  declarations: traced({
    official,
    year: describe(year, {
      en: 'Year declared',
      nl: 'Aangegeven jaar',
      fr: 'Année déclarée',
    }),
    submitted: describe(isoDate, {
      en: 'Date the declaration was submitted',
      nl: 'Datum waarop de aangifte werd ingediend',
      fr: 'Date de dépôt de la déclaration',
    }),
    incomeSources: describe(count, {
      en: 'Number of income sources declared',
      nl: 'Aantal aangegeven inkomstenbronnen',
      fr: 'Nombre de sources de revenus déclarées',
    }),
    incomeDeclared: describe(money, {
      en: 'Sum of the income declared as exact amounts (bands are not added)',
      nl: 'Som van de inkomsten aangegeven als exact bedrag (vorken worden niet opgeteld)',
      fr: 'Somme des revenus déclarés en montants exacts (les fourchettes ne sont pas additionnées)',
    }),
    assets: describe(count, {
      en: 'Number of assets declared',
      nl: 'Aantal aangegeven vermogensbestanddelen',
      fr: 'Nombre d’éléments de patrimoine déclarés',
    }),
    capitalGains: describe(money, {
      en: 'Sum of the capital gains declared',
      nl: 'Som van de aangegeven meerwaarden',
      fr: 'Somme des plus-values déclarées',
    }),
    sidePositions: describe(count, {
      en: 'Number of side positions declared',
      nl: 'Aantal aangegeven nevenfuncties',
      fr: 'Nombre de fonctions accessoires déclarées',
    }),
    sourceUrl,
  }),
  'side-positions': traced({
    official,
    year: describe(year, {
      en: 'Year of the declaration',
      nl: 'Jaar van de aangifte',
      fr: 'Année de la déclaration',
    }),
    ...sidePositionSchema.shape,
  }),
  gifts: traced({ ...giftBefore, ...giftValueColumns, outcome: giftOutcome, reason: giftReason, reportedTo: giftReportedTo, sourceUrl }),
  travel: traced({ ...tripFields, ...giftValueColumns, sourceUrl }),
  remuneration: traced(remunerationSchema.shape),
  income: traced(incomeSchema.shape),
  expenditure: traced(expenditureSchema.shape),
  complaints: traced(complaintStatSchema.shape),
  signals: signalSchema,
} as const;

export type DatasetName = keyof typeof DATASET_SCHEMAS;
export const DATASET_NAMES = Object.keys(DATASET_SCHEMAS) as DatasetName[];
export type DatasetRow<N extends DatasetName> = z.output<(typeof DATASET_SCHEMAS)[N]>;

/** A published dataset: its title, the kind it is made from, and how it is sliced. */
export interface DatasetInfo extends DatasetSpec {
  name: DatasetName;
  kind: KindName;
}

const INFO = new Map(KIND_LIST.flatMap((kind) => Object.entries(kind.datasets ?? {}).map(([name, spec]) => [name, { ...spec, name: name as DatasetName, kind: kind.name }] as const)));

/** A dataset as the registry describes it (tests/unit/kinds.test.ts checks that every dataset has one). */
export function datasetInfo(name: DatasetName): DatasetInfo {
  const info = INFO.get(name);
  if (!info) throw new Error(`The dataset ${name} is made from no record kind: name it under datasets in src/schemas/kinds.ts.`);
  return info;
}

/** The title of a dataset in a language. */
export const datasetTitle = (name: DatasetName, lang: Lang): string => datasetInfo(name).title[lang];

/** The datasets also published per official, in the catalogue's order. */
export const OFFICIAL_DATASETS: readonly DatasetName[] = DATASET_NAMES.filter((name) => datasetInfo(name).perOfficial !== undefined);
