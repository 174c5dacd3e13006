/**
 * The example records of the templates staff download (`official.yaml`, `declaration.yaml`,
 * `meeting.nl.md`): valid records of the fictional demo organisation, with where to save each. The
 * registry (`kinds.ts`) names them; `src/lib/staff/templates.ts` writes them with every field described.
 */

export interface ExampleTemplate {
  /** The file name under /templates/. */
  file: string;
  /** The comment at the top: where to save the file. */
  heading: string;
  example: Record<string, unknown>;
  /** Markdown after the front matter, for the kinds written as Markdown. */
  body?: string;
}

export const OFFICIAL_TEMPLATE: ExampleTemplate = {
  file: 'official.yaml',
  heading: ' An official: save as data/officials/<id>.yaml, e.g. data/officials/an-verlinden.yaml.\n The file name is the id the agenda and the other files use.',
  example: {
    name: 'An Verlinden',
    sortName: 'Verlinden, An',
    email: 'an.verlinden@example.org',
    website: 'https://example.org/an-verlinden',
    party: 'Burgerlijst',
    wikidata: 'Q999900002',
    mandates: [{ post: 'councillor', body: 'council', selection: 'elected', start: '2025-01-01', paid: true }],
    signatures: [{ version: '2024', date: '2025-01-02' }],
  },
};

export const DECLARATION_TEMPLATE: ExampleTemplate = {
  file: 'declaration.yaml',
  heading: ' A yearly declaration: save as data/declarations/<year>/<official-id>.yaml,\n e.g. data/declarations/2025/an-verlinden.yaml. Amounts are written 1234.56.',
  example: {
    submitted: '2026-03-01',
    income: [{ source: 'Stad Voorbeeld', description: 'Presentiegelden gemeenteraad', amount: '3314.02' }],
    assets: [{ description: 'Eigen woning', band: '250000-500000' }],
    capitalGains: [],
    sidePositions: [{ organisation: 'Vzw Buurtmoestuin', role: 'Bestuurder', paid: false, sector: 'environment' }],
  },
};

export const MEETING_TEMPLATE: ExampleTemplate = {
  file: 'meeting.nl.md',
  heading: ' The minutes of a meeting: save as content/meetings/<date>-<body>.<language>.md,\n e.g. content/meetings/2025-03-10-council.nl.md. Only one language file holds this front matter.',
  example: {
    body: 'council',
    date: '2025-03-10',
    start: '19:30',
    end: '22:00',
    location: 'Raadzaal',
    items: [
      { title: { nl: 'Begroting 2025', fr: 'Budget 2025' }, decision: { nl: 'Goedgekeurd', fr: 'Approuvé' }, votes: { for: 2, against: 1, abstain: 0 }, votesByName: { for: ['an-verlinden', 'karim-dubois'], against: ['tom-claes'] } },
      { title: 'Vragen van raadsleden' },
    ],
    present: ['an-verlinden', 'karim-dubois', 'tom-claes'],
    excused: ['lise-marchal'],
  },
  body: 'De raad keurt de begroting 2025 goed na een debat over de investeringen.\n\n## Vragen van raadsleden\n\nEr werden geen vragen gesteld.\n',
};
