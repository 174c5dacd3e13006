/**
 * Where on the portal the record behind a piece of evidence (`dataset:id`) can be seen. `agendaPage` gives
 * the month page that shows an agenda entry, as its address after `agenda/` (`2025-03/`, `2025-03/2/`:
 * see `agendaPagePaths` in agenda-pages.ts).
 */
export function evidenceHref(evidence: string, lang: string, official: string | undefined, agendaPage: (id: string) => string | undefined): string {
  const [dataset = '', ...rest] = evidence.split(':');
  const id = rest.join(':');
  const person = official ?? id.split(':')[0] ?? '';
  switch (dataset) {
    case 'agenda': {
      const page = agendaPage(id);
      return page ? `/${lang}/agenda/${page}#${id}` : '/data/agenda.csv';
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
