/** Where on the portal the record behind a piece of evidence (`dataset:id`) can be seen. */
export function evidenceHref(evidence: string, lang: string, official: string | undefined, agendaMonth: (id: string) => string | undefined): string {
  const [dataset = '', ...rest] = evidence.split(':');
  const id = rest.join(':');
  const person = official ?? id.split(':')[0] ?? '';
  switch (dataset) {
    case 'agenda': {
      const month = agendaMonth(id);
      return month ? `/${lang}/agenda/${month}/#${id}` : '/data/agenda.csv';
    }
    case 'mandates':
      return `/${lang}/officials/${person}/#mandates`;
    case 'officials':
      return `/${lang}/officials/${person}/`;
    case 'remuneration':
    case 'gifts':
      return person ? `/${lang}/officials/${person}/#${dataset}` : `/data/${dataset}.csv`;
    case 'side-positions':
      return `/${lang}/officials/${person}/#declarations`;
    default:
      return `/data/${dataset}.csv`;
  }
}
