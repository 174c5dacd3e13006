/**
 * Whom the demo organisation pays, for what, and how much a line of each kind costs; what it is given.
 * Every name is invented. Descriptions are plain text fields, so they are in the organisation's default
 * language (Dutch); gifts' descriptions are per language.
 */

/** One kind of purchase: a payee that sells it, what the lines say, and the range of one line in euros. */
export interface Purchase {
  payee: string;
  what: string[];
  min: number;
  max: number;
  /** Lines of this kind are often expense claims of an official. */
  claimed?: boolean;
  /** How often this purchase comes up against the others of its category (1 if absent). */
  weight?: number;
}

/** Spending that comes in many small lines: each category's share of those lines and its purchases. */
export const VARIABLE_SPENDING: Record<string, { share: number; purchases: Purchase[] }> = {
  travel: {
    share: 30,
    purchases: [
      { payee: 'Spoorvervoer Binnenland', what: ['Treinticket werkbezoek', 'Treinticket overleg hoofdstad', 'Treinticket vorming'], min: 4.2, max: 38.6, claimed: true, weight: 4 },
      { payee: 'Taxi Coöperatie Oost', what: ['Taxi na late raadszitting', 'Taxi naar werkbezoek'], min: 12, max: 58, claimed: true, weight: 1.5 },
      { payee: 'Parkeerbedrijf Centrum', what: ['Parkeren tijdens werkbezoek'], min: 2.5, max: 16, claimed: true, weight: 1.5 },
      { payee: 'Stadsbus Kanaalregio', what: ['Busticket werkbezoek', 'Tienrittenkaart bus'], min: 2.1, max: 18, claimed: true, weight: 1.5 },
      { payee: 'Fietsherstel Kanaal', what: ['Onderhoud dienstfiets', 'Herstelling dienstfiets'], min: 18, max: 140, weight: 0.5 },
    ],
  },
  office: {
    share: 24,
    purchases: [
      { payee: 'Kantoorbenodigdheden Segers', what: ['Papier en toner', 'Kantoormateriaal', 'Enveloppen en etiketten'], min: 9, max: 240, weight: 3 },
      { payee: 'IT-diensten Koolmijn', what: ['Softwarelicentie', 'Herstelling laptop', 'Onderhoud netwerk'], min: 25, max: 450, weight: 0.8 },
      { payee: 'Koffiebranderij Vaartkom', what: ['Koffie en thee voor het kantoor'], min: 18, max: 95, weight: 1.5 },
      { payee: 'Postbedrijf Binnenland', what: ['Postzegels', 'Aangetekende zendingen'], min: 8, max: 120, weight: 1.5 },
      { payee: 'Bouwmarkt Zuiderpoort', what: ['Klein onderhoud kantoor'], min: 6, max: 180, weight: 0.7 },
    ],
  },
  events: {
    share: 13,
    purchases: [
      { payee: 'Zaalverhuur De Brug', what: ['Zaalhuur ledenvergadering', 'Zaalhuur debatavond', 'Zaalhuur werkgroep'], min: 90, max: 850, weight: 2 },
      { payee: 'Traiteur Groene Gordel', what: ['Catering debatavond', 'Broodjes werkgroep', 'Catering nieuwjaarsreceptie'], min: 60, max: 900, weight: 2 },
      { payee: 'Geluidstechniek Heidebos', what: ['Geluidsinstallatie debatavond'], min: 120, max: 450, weight: 0.4 },
      { payee: 'Drankenhandel Molenwijk', what: ['Dranken ledenvergadering', 'Dranken buurtfeest'], min: 35, max: 420, weight: 1.5 },
      { payee: 'Buurthuis Kanaal', what: ['Zaalhuur buurtgesprek'], min: 40, max: 160 },
    ],
  },
  communication: {
    share: 11,
    purchases: [
      { payee: 'Drukkerij Noordlicht', what: ['Drukwerk ledenblad', 'Flyers buurtwerking', 'Uitnodigingen ledenvergadering'], min: 60, max: 1400, weight: 2 },
      { payee: 'Verzenddienst Molenwijk', what: ['Verzending ledenblad'], min: 40, max: 600 },
      { payee: 'Fotostudio Brugzicht', what: ['Foto’s voor het ledenblad'], min: 80, max: 450, weight: 0.5 },
      { payee: 'Onlinereclame Kanaalzone', what: ['Online advertenties debatavond', 'Gesponsorde berichten'], min: 25, max: 400, weight: 1.5 },
      { payee: 'Vertaalbureau Tweetalig', what: ['Vertaling nieuwsbrief naar het Frans', 'Vertaling website naar het Frans en het Engels'], min: 60, max: 520 },
    ],
  },
  other: {
    share: 14,
    purchases: [
      { payee: 'Bloemenwinkel Sint-Anna', what: ['Bloemen bij een afscheid', 'Bloemen voor een jubilaris'], min: 25, max: 85 },
      { payee: 'Supermarkt Oude Haven', what: ['Kleine aankopen'], min: 4, max: 75, weight: 2 },
      { payee: 'Boekhandel De Brug', what: ['Boeken en abonnementen'], min: 12, max: 140 },
    ],
  },
  training: {
    share: 2,
    purchases: [{ payee: 'Vormingscentrum Groene Gordel', what: ['Opleiding integriteit', 'Vorming gemeentefinanciën', 'Cursus spreken in het openbaar'], min: 90, max: 950 }],
  },
  fees: {
    share: 6,
    purchases: [
      { payee: 'Advocatenkantoor Zuiderpoort', what: ['Juridisch advies'], min: 180, max: 1200, weight: 0.3 },
      { payee: 'Betaaldienst Vaart', what: ['Transactiekosten online lidgelden en giften'], min: 8, max: 95, weight: 3 },
    ],
  },
};

/** What a campaign buys; `{c}` is the campaign's name. Amounts are scaled to the campaign's total. */
export const CAMPAIGN_PURCHASES: Purchase[] = [
  { payee: 'Drukkerij Noordlicht', what: ['Affiches {c}', 'Flyers huis-aan-huis {c}', 'Campagnekrant {c}'], min: 800, max: 6000 },
  { payee: 'Reclameborden Clairval', what: ['Plaatsing campagneborden {c}'], min: 900, max: 4500 },
  { payee: 'Reclamebureau Zuiderpoort', what: ['Ontwerp en concept {c}'], min: 2500, max: 9000 },
  { payee: 'Onlinereclame Kanaalzone', what: ['Online advertenties {c}'], min: 150, max: 2500 },
  { payee: 'Zaalverhuur De Brug', what: ['Zaalhuur debat {c}'], min: 300, max: 1400 },
  { payee: 'Verzenddienst Molenwijk', what: ['Verzending campagnekrant {c}'], min: 1200, max: 6500 },
  { payee: 'Promotieartikelen Heidebos', what: ['Badges, stickers en T-shirts {c}'], min: 250, max: 2200 },
];

/** How the lines name a campaign of each kind. */
export const CAMPAIGN_NAMES = { election: 'verkiezingscampagne', referendum: 'campagne volksraadpleging', petition: 'handtekeningenactie' } as const;

/** Landlords of the organisation's offices (the first is the main office). */
export const LANDLORDS = ['Vastgoed Vaartkom', 'Immo De Brug', 'Woonfonds Heidebos', 'Verhuurkantoor Zuiderpoort'];

/** Gifts officials are offered, per language, with the range of their value in euros. */
export const GIFTS: Array<{ nl: string; fr: string; en: string; min: number; max: number }> = [
  { nl: 'Fles wijn', fr: 'Bouteille de vin', en: 'Bottle of wine', min: 12, max: 38 },
  { nl: 'Boek over de stad', fr: 'Livre sur la ville', en: 'Book about the city', min: 20, max: 45 },
  { nl: 'Bloemen', fr: 'Fleurs', en: 'Flowers', min: 18, max: 40 },
  { nl: 'Doos pralines', fr: 'Boîte de pralines', en: 'Box of chocolates', min: 15, max: 35 },
  { nl: 'Geschenkmand met streekproducten', fr: 'Panier garni de produits régionaux', en: 'Hamper of local produce', min: 35, max: 95 },
  { nl: 'Twee tickets voor een voorstelling', fr: 'Deux places pour un spectacle', en: 'Two tickets for a show', min: 40, max: 90 },
  { nl: 'Uitnodiging voor een diner', fr: 'Invitation à un dîner', en: 'Dinner invitation', min: 45, max: 140 },
  { nl: 'VIP-uitnodiging voor een voetbalwedstrijd', fr: 'Invitation VIP à un match de football', en: 'VIP invitation to a football match', min: 150, max: 350 },
];

/** Kinds of organisation that give gifts or employ officials on the side, named in Dutch. */
export const ORGANISATION_KINDS = [
  'Wijnhandel', 'Cultuurcentrum', 'Ondernemersplatform', 'Stichting', 'Coöperatie', 'Vzw', 'Voetbalclub', 'Huurdersbond', 'Wijkcomité', 'Bouwgroep',
  'Energiecoöperatie', 'Handelaarsvereniging', 'Theater', 'Advieskantoor', 'Jeugdhuis', 'Sportvereniging',
];

/** Kinds of business or foundation that donate more than the publication threshold and are named. */
export const DONOR_KINDS = ['Bouwgroep', 'Advieskantoor', 'Architectenbureau', 'Brouwerij', 'Bakkerij', 'Apotheek', 'Garage', 'Stichting', 'Drukkerij', 'Boekhandel', 'Fietsenwinkel', 'Wijnhandel'];
