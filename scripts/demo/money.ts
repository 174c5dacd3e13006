/**
 * The demo organisation's money, year by year: spending that a real organisation has (staff paid
 * monthly, the office's rent and bills, accountants, many small claims and purchases, campaigns in the
 * years it campaigns), and income in proportion to it (membership fees, the council group's allowance,
 * donations, crowdfunding for a campaign). A normal year ends with a small surplus; only a year with a
 * large campaign ends in deficit, paid from the campaign reserve, as its last campaign line says.
 */
import { amount, MONTH_NAMES, pad, spread, type Row } from './format.ts';
import { CAMPAIGN_NAMES, CAMPAIGN_PURCHASES, LANDLORDS, VARIABLE_SPENDING, type Purchase } from './money-vocabulary.ts';
import type { Random } from './random.ts';

export interface CampaignPlan {
  id: string;
  year: number;
  kind: keyof typeof CAMPAIGN_NAMES;
  /** Total spending in cents. */
  total: number;
  /** A campaign the year's regular income does not pay for. */
  major: boolean;
  from: string;
  to: string;
}

interface Common {
  years: number[];
  until: string;
  rnd: Random;
  campaigns: CampaignPlan[];
}

const monthName = (month: number) => MONTH_NAMES.nl[month - 1] as string;
const index = (year: number) => 1.02 ** (year - 2025);
const euros = (value: number) => Math.round(value * 100);

/** Spending lines without ids, and each year's spending apart from its major campaigns, in cents. */
export function makeSpending(input: Common & { scale: number; perYear: number; claimants: (date: string) => string[] }): { lines: Row[]; base: Map<number, number> } {
  const { years, until, scale, rnd, campaigns, perYear, claimants } = input;
  const offices = Math.max(1, Math.round(scale));
  const employees = Math.max(2, Math.round(2 * scale));
  const lines: Row[] = [];
  const base = new Map<number, number>();
  for (const year of years) {
    const yearLines: Row[] = [];
    const line = (date: string, cents: number, category: string, payee: string, description: string, extra: Row = {}) => {
      if (date <= until) yearLines.push({ id: '', date, amount: amount(cents), category, payee, description, campaign: '', official: '', ...extra });
    };
    const net = euros(1835 * employees * index(year));
    for (let month = 1; month <= 12; month++) {
      const mm = pad(month, 2);
      const when = `${monthName(month)} ${year}`;
      line(`${year}-${mm}-25`, net + rnd.int(-3000, 3000), 'staff', 'privépersonen', `Nettolonen ${employees} medewerkers, ${when}`);
      line(`${year}-${mm}-27`, Math.round(net * 0.82) + rnd.int(-2000, 2000), 'staff', 'Sociaal Secretariaat Kade', `Sociale bijdragen en bedrijfsvoorheffing, ${when}`);
      line(`${year}-${mm}-05`, euros(32 * employees), 'staff', 'Sociaal Secretariaat Kade', 'Beheerskosten loonadministratie');
      if (month === 6) line(`${year}-06-26`, Math.round(net * 0.92), 'staff', 'privépersonen', `Dubbel vakantiegeld ${employees} medewerkers`);
      if (month === 12) line(`${year}-12-18`, net, 'staff', 'privépersonen', `Eindejaarspremie ${employees} medewerkers`);
      for (let office = 0; office < offices; office++) {
        const where = office === 0 ? 'kantoor Vaartkaai 12' : `afdelingskantoor ${office + 1}`;
        line(`${year}-${mm}-01`, euros((office === 0 ? 1450 : 850 + ((office * 137) % 500)) * index(year)), 'rent', LANDLORDS[office % LANDLORDS.length] as string, `Huur ${where}, ${when}`);
        line(`${year}-${mm}-12`, euros([210, 205, 180, 150, 125, 110, 105, 105, 120, 150, 185, 205][month - 1] as number) + rnd.int(-800, 800), 'office', 'Energieleverancier Zonnedak', `Voorschot elektriciteit en gas ${where}`);
        line(`${year}-${mm}-15`, 6495, 'office', 'Telecom Noordkant', `Internet en telefonie ${where}`);
        line(`${year}-${mm}-28`, 21800, 'office', 'Schoonmaakbedrijf Glans', `Schoonmaak ${where}`);
      }
      line(`${year}-${mm}-03`, 8900, 'communication', 'Webatelier Molenwijk', 'Hosting en onderhoud website');
      line(`${year}-${mm}-30`.replace('-02-30', '-02-28'), 2450, 'fees', 'Bank Kanaalzone', 'Bankkosten');
      if (month % 3 === 1) line(`${year}-${mm}-10`, euros(1650 * Math.sqrt(offices)), 'fees', 'Boekhoudkantoor Haven', `Boekhouding, ${Math.ceil(month / 3)}e kwartaal ${year}`);
      if (month === 4) line(`${year}-04-18`, euros(2400 * Math.sqrt(offices)), 'fees', 'Bedrijfsrevisor Parc Sud', `Controle jaarrekening ${year - 1}`);
      if (month === 1) line(`${year}-01-09`, euros(1180 * offices), 'fees', 'Verzekeringen Rivage', 'Verzekering burgerlijke aansprakelijkheid en brand');
    }

    // Campaigns: their lines between their first and last day, scaled to the campaign's total.
    const yearCampaigns = campaigns.filter((campaign) => campaign.year === year);
    let campaignLines = 0;
    let major = 0;
    for (const campaign of yearCampaigns) {
      const count = campaign.major ? 119 : 24;
      const span = Math.round((Date.parse(campaign.to) - Date.parse(campaign.from)) / 86400000);
      const name = CAMPAIGN_NAMES[campaign.kind];
      const drafts = Array.from({ length: count }, () => {
        const purchase = rnd.pick(CAMPAIGN_PURCHASES);
        const date = new Date(Date.parse(campaign.from) + rnd.int(0, span) * 86400000).toISOString().slice(0, 10);
        return { date, purchase, description: rnd.pick(purchase.what).replace('{c}', name), weight: rnd.skewed(euros(purchase.min), euros(purchase.max)) };
      });
      // The last line settles the campaign and says how a deficit is paid.
      const settlement = campaign.major
        ? { date: campaign.to, purchase: CAMPAIGN_PURCHASES[2] as Purchase, description: `Eindafrekening ${name}; het tekort van ${year} wordt betaald uit de campagnereserve`, weight: 0 }
        : undefined;
      const all = settlement ? [...drafts, settlement] : drafts;
      if (settlement) settlement.weight = Math.round(drafts.reduce((sum, draft) => sum + draft.weight, 0) * 0.06);
      spread(campaign.total, all.map((draft) => draft.weight)).forEach((cents, n) => {
        const draft = all[n]!;
        line(draft.date, cents, 'campaign', draft.purchase.payee, draft.description, { campaign: campaign.id });
      });
      campaignLines += all.length;
      if (campaign.major) major += campaign.total;
    }

    // Many small lines: claims, purchases, events.
    const categories = Object.entries(VARIABLE_SPENDING);
    const shares = categories.reduce((sum, [, { share }]) => sum + share, 0);
    const fullYearFixed = 12 * (5 + 4 * offices) + 8;
    for (let n = Math.max(0, perYear - fullYearFixed - campaignLines); n > 0; n--) {
      let r = rnd.next() * shares;
      const [category, { purchases }] = categories.find(([, { share }]) => (r -= share) < 0) ?? (categories[0] as (typeof categories)[number]);
      let w = rnd.next() * purchases.reduce((sum, p) => sum + (p.weight ?? 1), 0);
      const purchase = purchases.find((p) => (w -= p.weight ?? 1) < 0) ?? (purchases[0] as Purchase);
      const date = new Date(Date.UTC(year, 0, 1 + rnd.int(0, 364))).toISOString().slice(0, 10);
      const cents = rnd.skewed(euros(purchase.min), euros(purchase.max));
      const description = rnd.pick(purchase.what);
      const who = purchase.claimed && rnd.chance(0.7) ? claimants(date) : [];
      line(date, cents, category, purchase.payee, description, { official: who.length ? rnd.pick(who) : '' });
    }
    base.set(year, yearLines.reduce((sum, row) => sum + Math.round(Number(row.amount) * 100), 0) - major);
    lines.push(...yearLines);
  }
  return { lines, base };
}

/** Income lines without ids: in proportion to each year's spending apart from its major campaigns. */
export function makeIncome(input: Common & { donationsPerYear: number; base: Map<number, number> }): Row[] {
  const { years, until, rnd, campaigns, donationsPerYear, base } = input;
  const lines: Row[] = [];
  const largePool = Math.max(12, Math.round(donationsPerYear * 0.05));
  const donorPool = Math.max(40, Math.round(donationsPerYear / 2));
  const last = years.at(-1) as number;
  for (const year of years) {
    const yearLines: Row[] = [];
    const line = (date: string, cents: number, category: string, description: string, extra: Row = {}) => {
      if (date <= until) yearLines.push({ id: '', date, amount: amount(cents), category, donor: '', donorName: '', campaign: '', description, ...extra });
    };
    const randomDay = () => new Date(Date.UTC(year, 0, 1 + rnd.int(0, 364))).toISOString().slice(0, 10);

    // Donations: most small and round, a few large ones that go round the large donors (at most one
    // each a year, so that none passes the cap by chance). d-00001 gives above the publication threshold
    // every year but the last, where it gives less and is not named.
    let largeCount = 0;
    for (let n = 0; n < donationsPerYear; n++) {
      const large = rnd.chance(0.05);
      const donor = large ? `d-${pad(2 + (largeCount++ % largePool), 5)}` : `d-${pad(1000 + rnd.int(1, donorPool), 5)}`;
      const euro = large ? rnd.pick([300, 400, 500, 600, 750, 1000]) : rnd.pick([10, 15, 20, 25, 25, 30, 40, 50, 50, 50, 75, 100, 100, 150, 200, 250]);
      line(randomDay(), euro * 100, 'donation', 'Gift', { donor });
    }
    if (year === last) line(`${year}-04-10`, 25000, 'donation', 'Gift', { donor: 'd-00001' });
    else line(`${year}-03-14`, 40000, 'donation', 'Gift', { donor: 'd-00001' }), line(`${year}-11-02`, 35000, 'donation', 'Gift', { donor: 'd-00001' });

    // Crowdfunding for the year's major campaigns.
    for (const campaign of campaigns.filter((c) => c.year === year && c.major)) {
      const span = Math.round((Date.parse(campaign.to) - Date.parse(campaign.from)) / 86400000);
      for (let n = 0; n < 45; n++) {
        const date = new Date(Date.parse(campaign.from) + rnd.int(0, span) * 86400000).toISOString().slice(0, 10);
        line(date, rnd.pick([10, 20, 25, 25, 50, 50, 100, 150, 250]) * 100, 'crowdfunding', `Crowdfunding ${CAMPAIGN_NAMES[campaign.kind]}`, { campaign: campaign.id });
      }
    }

    // Membership fees (most members renew early in the year) and the council group's allowance make up
    // the rest of a budget a few per cent above the year's regular spending.
    const donations = yearLines.filter((row) => row.category === 'donation').reduce((sum, row) => sum + Math.round(Number(row.amount) * 100), 0);
    const target = Math.round((base.get(year) ?? 0) * (1.04 + 0.05 * rnd.next())) - donations;
    const allowance = Math.round(target * (0.38 + 0.06 * rnd.next()));
    const quarters = [1, 4, 7, 10].filter((month) => `${year}-${pad(month, 2)}-20` <= until);
    spread(allowance, quarters.map(() => 1)).forEach((cents, n) => {
      const month = quarters[n] as number;
      line(`${year}-${pad(month, 2)}-20`, cents, 'subsidy', `Fractietoelage gemeenteraad, ${Math.ceil(month / 3)}e kwartaal ${year}`);
    });
    const months = Array.from({ length: 12 }, (_, i) => i + 1).filter((month) => `${year}-${pad(month, 2)}-05` <= until);
    const renewals = [2.6, 1.5, 1.0, 0.8, 0.7, 0.6, 0.5, 0.5, 0.9, 0.8, 0.6, 0.5];
    spread(target - allowance, months.map((month) => (renewals[month - 1] as number) * (0.95 + 0.1 * rnd.next()))).forEach((cents, n) => {
      const month = months[n] as number;
      line(`${year}-${pad(month, 2)}-05`, cents, 'membership-fees', `Lidgelden ${monthName(month)} ${year}`);
    });
    lines.push(...yearLines);
  }
  return lines;
}
