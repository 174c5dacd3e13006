/**
 * The templates staff download: an empty CSV with the header of every CSV kind (and of the two import
 * tables, officials and side positions), and example files for the YAML and MDX kinds, where every
 * field carries its description from the schema as a comment. Made from the schemas, so that a new
 * field reaches the templates when `npm run templates` runs (a test checks they are up to date).
 */
import { Document, isMap, isSeq, visit, type Node } from 'yaml';
import type { z } from 'zod';
import { declarationSchema } from '../../schemas/declaration.ts';
import { meetingSchema } from '../../schemas/meeting.ts';
import { officialSchema } from '../../schemas/official.ts';
import { fieldsOf } from '../loading/schema-fields.ts';
import { csvLine } from '../datasets/csv-format.ts';
import { csvColumns, KINDS, CSV_KINDS } from './import/kinds.ts';
import { officialRowSchema } from './import/official-rows.ts';
import { sidePositionRowSchema } from './import/plan-declarations.ts';

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The object schema of a list of records (mandates, sidePositions…), if the field is one. */
function itemObject(schema: z.ZodType): z.ZodObject | undefined {
  let current: z.ZodType | undefined = schema;
  while (current) {
    const def = defOf(current);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable') current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'object') return current as z.ZodObject;
    else return undefined;
  }
  return undefined;
}

/** Puts each field's description above it, in the map and in the first item of each list of records. */
function annotate(node: Node | null | undefined, schema: z.ZodObject): void {
  if (!isMap(node)) return;
  const fields = new Map(fieldsOf(schema).map((field) => [field.name, field]));
  for (const pair of node.items) {
    const key = String((pair.key as { value?: unknown }).value);
    const field = fields.get(key);
    if (!field) continue;
    (pair.key as Node).commentBefore = ` ${field.description}${field.required ? '' : ' (optional)'}`;
    const inner = itemObject(field.schema);
    if (inner && isSeq(pair.value) && pair.value.items[0]) annotate(pair.value.items[0] as Node, inner);
  }
}

function commentedYaml(schema: z.ZodObject, example: Record<string, unknown>, heading: string): string {
  const document = new Document(example);
  annotate(document.contents, schema);
  document.commentBefore = heading;
  // Times in quotes, so that no YAML reader takes 19:30 for a number.
  visit(document, { Scalar: (_, node) => void (typeof node.value === 'string' && /^\d{1,2}:\d{2}$/.test(node.value) && (node.type = 'QUOTE_DOUBLE')) });
  return document.toString({ lineWidth: 0 });
}

const OFFICIAL = {
  name: 'An Verlinden',
  sortName: 'Verlinden, An',
  email: 'an.verlinden@example.org',
  website: 'https://example.org/an-verlinden',
  party: 'Burgerlijst',
  mandates: [{ post: 'councillor', body: 'council', selection: 'elected', start: '2025-01-01', paid: true }],
  signatures: [{ version: '2024', date: '2025-01-02' }],
};

const DECLARATION = {
  submitted: '2026-03-01',
  income: [{ source: 'Stad Voorbeeld', description: 'Presentiegelden gemeenteraad', amount: '3314.02' }],
  assets: [{ description: 'Eigen woning', band: '250000-500000' }],
  capitalGains: [],
  sidePositions: [{ organisation: 'Vzw Buurtmoestuin', role: 'Bestuurder', paid: false, sector: 'environment' }],
};

const MEETING = {
  body: 'council',
  date: '2025-03-10',
  start: '19:30',
  end: '22:00',
  location: 'Raadzaal',
  items: [
    { title: { nl: 'Begroting 2025', fr: 'Budget 2025' }, decision: { nl: 'Goedgekeurd', fr: 'Approuvé' }, votes: { for: 12, against: 3, abstain: 1 } },
    { title: 'Vragen van raadsleden' },
  ],
  present: ['an-verlinden', 'karim-dubois'],
  excused: ['lise-marchal'],
};

/** Every template by file name, as it is published under /templates/. */
export function makeTemplates(): Map<string, string> {
  const templates = new Map<string, string>();
  for (const name of CSV_KINDS) templates.set(`${name}.csv`, `${csvLine(csvColumns(KINDS[name].schema))}\n`);
  templates.set('import-officials.csv', `${csvLine(csvColumns(officialRowSchema))}\n`);
  templates.set('import-side-positions.csv', `${csvLine(csvColumns(sidePositionRowSchema))}\n`);
  templates.set('official.yaml', commentedYaml(officialSchema, OFFICIAL, ' An official: save as data/officials/<id>.yaml, e.g. data/officials/an-verlinden.yaml.\n The file name is the id the agenda and the other files use.'));
  templates.set('declaration.yaml', commentedYaml(declarationSchema, DECLARATION, ' A yearly declaration: save as data/declarations/<year>/<official-id>.yaml,\n e.g. data/declarations/2025/an-verlinden.yaml. Amounts are written 1234.56.'));
  const front = commentedYaml(meetingSchema, MEETING, ' The minutes of a meeting: save as content/meetings/<date>-<body>.<language>.md,\n e.g. content/meetings/2025-03-10-council.nl.md. Only one language file holds this front matter.');
  templates.set('meeting.nl.md', `---\n${front}---\n\nDe raad keurt de begroting 2025 goed na een debat over de investeringen.\n\n## Vragen van raadsleden\n\nEr werden geen vragen gesteld.\n`);
  return templates;
}
