/**
 * The cases of the code of ethics in the demo organisation, so that every rule page has something to
 * show: for each rule with a measure, cases over the threshold at believable distances (a pay month
 * 3.8 % over the cap, a gift of 65 against 50, a donor at 2,350 against 2,000) and cases that stay under
 * it. The exact boundaries (the threshold itself, a cent over) are tested in tests/unit/rules.test.ts,
 * not shown here.
 */
import { addDays, amount, giftRow, toCents, type Row } from './format.ts';
import type { CampaignPlan } from './money.ts';
import type { Organisation, Size } from './organisation.ts';

/**
 * The organisation's campaigns: one before each municipal election in the data, a petition to call a
 * referendum the year before the last, and the referendum campaign of the last year, which ends 3.8 %
 * over the spending limit (the year's deficit, paid from the campaign reserve).
 */
export function campaignPlans(years: number[], electionYears: number[], limit: number): CampaignPlan[] {
  const last = years.at(-1) as number;
  return [
    ...electionYears.map((year, n) => ({ id: `verkiezingen-${year}`, year, kind: 'election' as const, total: Math.round(limit * (n % 2 ? 0.934 : 0.887)), major: true, from: `${year}-05-15`, to: `${year}-10-13` })),
    ...(years.includes(last - 1) ? [{ id: `handtekeningenactie-${last - 1}`, year: last - 1, kind: 'petition' as const, total: Math.round(limit * 0.061), major: false, from: `${last - 1}-09-01`, to: `${last - 1}-11-30` }] : []),
    { id: `volksraadpleging-${last}`, year: last, kind: 'referendum', total: Math.round(limit * 1.038), major: true, from: `${last}-03-02`, to: `${last}-10-11` },
  ];
}

/** `ids[p]` is the first official of profile p (see organisation.ts). */
export function addEthicsCases(org: Organisation, ids: string[], size: Size, scale: number): void {
  const first = size.firstYear;
  const last = size.lastYear;
  const [alderman, secondAlderman, chair, member, , , , thirdTerm, mayor, formerAlderman, formerCouncillor] = ids as string[];

  // Pay cap (2,200.00 a month, salary, expenses and fees together): a month of heavy expenses 3.8 % over,
  // another 2.1 % over, and one that comes close and stays under.
  const payMonth = (official: string | undefined, month: string, total: number) => {
    const row = org.remuneration.find((r) => r.official === official && r.month === month);
    if (row) row.expenses = amount(total - toCents(row.netSalary) - toCents(row.attendanceFees));
  };
  payMonth(mayor, `${first}-03`, 228360);
  payMonth(alderman, `${last}-05`, 224620);
  payMonth(secondAlderman, `${last}-02`, 218130);

  // Gifts above the threshold (50.00) with no outcome recorded, and two under it without one, which is allowed.
  org.gifts.push(
    giftRow({ date: `${first}-05-12`, official: alderman!, giver: 'Wijnhandel Vaartkom', description: { nl: 'Geschenkmand met wijn en streekproducten' }, value: '65.00' }),
    giftRow({ date: `${last}-02-19`, official: thirdTerm!, giver: 'Theater Beauval', description: { fr: 'Invitation à un gala pour deux personnes' }, value: '120.00' }),
    giftRow({ date: `${first}-09-03`, official: member!, giver: 'Cultuurcentrum De Brug', description: { nl: 'Boek over de geschiedenis van de haven', fr: 'Livre sur l’histoire du port' }, value: '35.00' }),
    giftRow({ date: `${last}-06-22`, official: chair!, giver: 'Sportvereniging Rivage', description: { nl: 'Twee tickets voor het stadsfestival' }, value: '48.00' }),
    // Values as registers state them: a delegation's gift of unknown value and one valued only as a range
    // across the threshold, neither with an outcome (to be checked, not a breach), and one under a bound,
    // dated only to its month, accepted.
    giftRow({ date: `${last}-03-08`, official: mayor!, giver: 'Handelsdelegatie Noorderhaven', description: { nl: 'Protocollair geschenk van een buitenlandse delegatie', fr: 'Cadeau protocolaire d’une délégation étrangère' }, value: 'unknown' }),
    giftRow({ date: `${first}-10`, official: secondAlderman!, giver: 'Zeilclub Westerdok', description: { nl: 'Uitnodiging voor een zeiltocht op het kanaal' }, value: '40-80' }),
    giftRow({ date: `${last}-04`, official: member!, giver: 'Uitgeverij Kaaimuur', description: { nl: 'Ingebonden jaarboek van de vereniging' }, value: '< 50', outcome: 'accepted', reason: { nl: 'Waarde onder de drempel' } }),
  );

  // Donors against the cap (2,000.00 a calendar year): two over it, two that stay under. All are named:
  // each gives more than the publication threshold.
  const donation = (date: string, euros: number, donor: string, donorName: string): Row => ({ id: '', date, amount: amount(euros * 100), category: 'donation', donor, donorName, campaign: '', description: 'Gift' });
  org.income.push(
    donation(`${first}-02-10`, 1000, 'd-00901', 'Bouwgroep Heidebos'),
    donation(`${first}-06-18`, 850, 'd-00901', 'Bouwgroep Heidebos'),
    donation(`${first}-10-07`, 500, 'd-00901', 'Bouwgroep Heidebos'),
    donation(`${last}-03-03`, 1200, 'd-00902', 'Coöperatie Molenwijk'),
    donation(`${last}-09-15`, 880, 'd-00902', 'Coöperatie Molenwijk'),
    donation(`${first}-04-22`, 1000, 'd-00903', 'Ondernemersplatform Kanaalzone'),
    donation(`${first}-12-05`, 850, 'd-00903', 'Ondernemersplatform Kanaalzone'),
    donation(`${last}-01-28`, 1500, 'd-00904', 'Stichting Groene Gordel'),
    donation(`${last}-05-30`, 450, 'd-00904', 'Stichting Groene Gordel'),
  );
  // Refused income: a bridging loan for the referendum campaign, which the code does not allow.
  org.income.push({ id: '', date: `${last}-02-16`, amount: amount(2500000 * Math.max(1, Math.round(scale))), category: 'bank-loan', donor: '', donorName: '', campaign: '', description: 'Overbruggingslening voor de campagne volksraadpleging' });

  // Missing declaration: a former councillor's first year after leaving is not declared.
  org.declarations = org.declarations.filter((d) => !(d.official === formerCouncillor && d.year === first));

  // Cooling-off: a former alderman takes a position in a listed sector within the period, and one outside the list.
  const declaration = org.declarations.find((d) => d.official === formerAlderman && d.year === first);
  if (declaration) {
    const positions = declaration.record.sidePositions as Array<Record<string, unknown>>;
    positions.push(
      { organisation: 'Bouwgroep Zuiderpoort', role: 'Bestuurder', paid: true, amount: '4800.00', sector: 'housing', start: `${first}-05-01` },
      { organisation: 'Atelier Les Glycines', role: 'Bestuurder', paid: false, sector: 'culture', start: `${first}-09-01` },
      // Known only to the year, as the declaration gives it.
      { organisation: 'Vzw Speelpleinwerking De Linde', role: 'Penningmeester', paid: false, start: String(first - 6) },
    );
  }

  // Late publication (14 days allowed): two appointments published 19 and 23 days after they took place,
  // two others 9 and 12 days after, in time. Appointments of one official each, of different officials.
  const published = (month: string, daysLate: number[]) => {
    const seen = new Set<string>();
    const entries = org.agenda.filter((entry) => entry.date!.startsWith(month) && !entry.officials!.includes(';') && !seen.has(entry.officials!) && seen.add(entry.officials!));
    daysLate.forEach((days, n) => {
      const entry = entries[n];
      if (entry) entry.published = addDays(entry.date!, days);
    });
  };
  published(`${first}-06`, [19, 9]);
  published(`${last}-03`, [23, 12]);

  // Complaints (14 days to answer): one period's longest answer took 19 days, explained; another 17 days.
  const late = org.complaints.find((row) => row.period!.startsWith(String(first)) && Number(row.count) > 1);
  const later = org.complaints.find((row) => row.period === `${last}-Q2` && Number(row.count) > 1);
  if (late && later) {
    late.maxResponseDays = '19';
    later.maxResponseDays = '17';
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
