/**
 * Puts into a generated organisation, for every ethics rule, a case that crosses its threshold and a
 * clean case just at it, so that the portal's signals can be seen and tested on the demo.
 */
import type { Organisation, Size } from './organisation.ts';

const addDays = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
const cents = (text: string) => Math.round(Number(text) * 100);
const amount = (value: number) => `${Math.floor(value / 100)}.${String(value % 100).padStart(2, '0')}`;

/** `ids[p]` is the first official of profile p (see organisation.ts). */
export function addEthicsCases(org: Organisation, ids: string[], size: Size): void {
  const first = size.firstYear;
  const last = size.lastYear;
  const mayor = ids[8] as string;
  const formerAlderman = ids[9] as string;
  const formerCouncillor = ids[10] as string;

  // Pay cap: one month exactly at the cap, the next one cent over.
  for (const [month, expenses] of [[`${first}-03`, '150.00'], [`${first}-04`, '150.01']] as const) {
    const row = org.remuneration.find((r) => r.official === mayor && r.month === month);
    if (row) Object.assign(row, { netSalary: '2050.00', expenses, attendanceFees: '0.00' });
  }

  // Gifts without an outcome: one at the threshold, one a cent above.
  const giftOfficial = ids[0] as string;
  org.gifts.push(
    { id: `g-${first}-9001`, date: `${first}-05-12`, official: giftOfficial, giver: 'Wijnhandel Vaartkom', description: 'Geschenkmand', value: '50.00', outcome: '', reason: '', reportedTo: 'Integriteitscommissie' },
    { id: `g-${first}-9002`, date: `${first}-05-13`, official: giftOfficial, giver: 'Cercle Beauval', description: 'Invitation à un gala', value: '50.01', outcome: '', reason: '', reportedTo: 'Integriteitscommissie' },
  );
  org.gifts.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : 0));

  // Donation cap: one donor gives exactly the cap in a year, another a cent more.
  const donation = (id: string, date: string, value: string, donor: string, donorName: string) => ({ id, date, amount: value, category: 'donation', donor, donorName, campaign: '', description: 'Gift' });
  org.income.push(
    donation(`i-${first}-900001`, `${first}-02-10`, '1000.00', 'd-09001', 'Stichting Heidebos'),
    donation(`i-${first}-900002`, `${first}-09-10`, '1000.00', 'd-09001', 'Stichting Heidebos'),
    donation(`i-${first}-900003`, `${first}-02-11`, '1000.00', 'd-09002', 'Coöperatie Molenwijk'),
    donation(`i-${first}-900004`, `${first}-09-11`, '1000.01', 'd-09002', 'Coöperatie Molenwijk'),
  );
  // Refused income: a bank loan.
  org.income.push({ id: `i-${last}-900010`, date: `${last}-02-15`, amount: '25000.00', category: 'bank-loan', donor: '', donorName: '', campaign: '', description: 'Lening voor campagnemateriaal' });
  org.income.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id! < b.id! ? -1 : 1));

  // Campaign limit: the first year's campaign ends exactly at the limit, the last year's a cent over.
  const limit = cents(String(org.site.rules && (org.site.rules as Record<string, string>).campaignSpendingLimit));
  for (const [year, over] of [[first, 0], [last, 1]] as const) {
    const campaign = `campaign-${year}`;
    const spent = org.expenditure.filter((line) => line.campaign === campaign).reduce((sum, line) => sum + cents(line.amount as string), 0);
    if (limit + over > spent) {
      org.expenditure.push({ id: `e-${year}-9000001`, date: `${year}-06-30`, amount: amount(limit + over - spent), category: 'campaign', payee: 'Affichage Clairval', description: 'Eindafrekening campagne', campaign, official: '' });
    }
  }
  org.expenditure.sort((a, b) => (a.date! < b.date! ? -1 : a.date! > b.date! ? 1 : a.id! < b.id! ? -1 : 1));

  // Missing declaration: a former councillor's first year after leaving is not declared.
  org.declarations = org.declarations.filter((d) => !(d.official === formerCouncillor && d.year === first));

  // Cooling-off: a former alderman takes a position in a listed sector within the period, and one outside the list.
  const declaration = org.declarations.find((d) => d.official === formerAlderman && d.year === first);
  if (declaration) {
    const positions = declaration.record.sidePositions as Array<Record<string, unknown>>;
    positions.push(
      { organisation: 'Bouwgroep Zuiderpoort', role: 'Bestuurder', paid: true, amount: '4800.00', sector: 'housing', start: `${first}-05-01` },
      { organisation: 'Atelier Les Glycines', role: 'Bestuurder', paid: false, sector: 'culture', start: `${first}-09-01` },
    );
  }

  // Late publication: one appointment published 15 days after it took place, one exactly 14.
  const entries = org.agenda.filter((entry) => entry.date!.startsWith(`${first}-06`));
  if (entries[0]) entries[0].published = addDays(entries[0].date!, 15);
  if (entries[1]) entries[1].published = addDays(entries[1].date!, 14);

  // Complaints: one period answered in 15 days (over 14), one in exactly 14, with an explanation recorded.
  const [late, onTime] = org.complaints;
  if (late && onTime) {
    late.maxResponseDays = '15';
    onTime.maxResponseDays = '14';
    org.acknowledgements.push({
      signal: `late-complaints:${late.period}:${late.outcome}`,
      date: `${first}-07-15`,
      explanation: {
        nl: 'De klager vroeg zelf om het gesprek een week uit te stellen.',
        fr: 'La personne plaignante a demandé de reporter l’entretien d’une semaine.',
        en: 'The complainant asked for the hearing to be postponed by a week.',
      },
    });
  }
}
