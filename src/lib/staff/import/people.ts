/**
 * Names of people in imported data. Officials are found by id or by name (accents, case and word order
 * do not matter, "Verlinden, An" is An Verlinden), or through the mapping file's `officials:` list.
 * Private individuals must never be named where the schema asks for an organisation: a value that
 * looks like a person's name (a title such as "Mr" or "Mevr.", initials such as "J. Peeters", or a
 * common first name followed by a family name, without any word that marks an organisation) is
 * refused, and words such as "citizens" or "particulier" are recognised as private individuals.
 */
import { nameKey, slugify } from './normalise.ts';

export interface KnownOfficial {
  id: string;
  name: string;
  sortName: string;
}

/** Finds officials by id, by name or by the mapping's aliases (source name → official id). */
export class OfficialFinder {
  private readonly byKey = new Map<string, string>();
  private readonly ids: Set<string>;

  constructor(officials: readonly KnownOfficial[], aliases: Readonly<Record<string, string>> = {}) {
    this.ids = new Set(officials.map((official) => official.id));
    for (const official of officials) {
      this.byKey.set(nameKey(official.name), official.id);
      this.byKey.set(nameKey(official.sortName), official.id);
    }
    for (const [name, id] of Object.entries(aliases)) this.byKey.set(nameKey(name), id);
  }

  /** The official id for an id or a name, or undefined when no official matches. */
  find(value: string): string | undefined {
    const trimmed = value.trim();
    return this.byKey.get(nameKey(trimmed)) ?? (this.ids.has(trimmed) ? trimmed : undefined) ?? this.byKey.get(nameKey(stripTitle(trimmed)));
  }

  /** Close official ids, to suggest in a message. */
  suggest(value: string): string[] {
    const words = slugify(value).split('-').filter((word) => word.length > 2);
    return [...this.ids].filter((id) => words.some((word) => id.includes(word))).slice(0, 3);
  }
}

const TITLES = /^(?:mr|mrs|ms|miss|mx|dr|prof|sir|dame|dhr|mevr|mevrouw|meneer|mijnheer|de heer|m|mme|mlle|madame|monsieur|herr|frau)\.?\s+/i;

function stripTitle(value: string): string {
  return value.replace(TITLES, '').replace(/^(?:minister|schepen|burgemeester|échevin|bourgmestre|councillor|mayor|alderman|raadslid|conseill(?:er|ère))\s+/i, '');
}

/** Words that mark an organisation, in Dutch, French and English (also at the end of a Dutch compound). */
const ORGANISATION_WORDS =
  /(?<![\p{L}\d])(?:vzw|asbl|nv|sa|bv|srl|cv|ltd|inc|gmbh|tv)(?![\p{L}\d])|(?:vereniging|association|asso|comité|comite|committee|stichting|fondation|foundation|federatie|fédération|federation|bond|unie|union|raad|conseil|council|bedrijf|company|groep|groupe|group|school|école|ecole|university|universiteit|université|hogeschool|academie|académie|ziekenhuis|hôpital|hospital|bank|banque|ministerie|ministère|ministry|stad|ville|city|gemeente|commune|provincie|province|region|regio|région|agency|agentschap|agence|dienst|service|office|bureau|kantoor|club|huis|maison|house|centrum|centre|center|platform|plateforme|netwerk|réseau|network|coöperatie|cooperatie|coopérative|cooperative|partners|consult|consultancy|advocaten|avocats|lawyers|media|krant|journal|radio|theater|théâtre|theatre|museum|musée|kerk|église|church|moskee|mosquée|mosque|forum|collectief|collectif|collective|trust|fonds|fund|holding|industries|kamer|chambre|chamber|syndicat|vakbond|mutualité|ziekenfonds|wijkcomité|buurt|quartier|bewonersgroep|werkgroep|project|projet|atelier|drukkerij|imprimerie|studio|brouwerij|brasserie|restaurant|hotel|café|shop|winkel|magasin|markt|marché|market)(?![\p{L}\d])/iu;

/** Common first names, enough to catch "Firstname Lastname" in the languages of the demo regions. */
const FIRST_NAMES = new Set(
  (
    'aaron adam ahmed ali alice amal amelie an ana anna anne annick annelies arnaud arthur astrid axel bart ben benoit bernard bert bilal bram camille carine caroline catherine ' +
    'charles charlotte chloe christine christophe claire claude daan danny david dirk dominique dries elena eline elise elke ellen emilie emma eric erik eva fatima ' +
    'filip fleur francis francois frank frederic gert geert gilles greet griet guy hanne hans helena hilde ilse ines isabelle jan jana jean jeroen jesse joke jonas ' +
    'joris jozef julie julien karel karim katrien kevin koen kris lars laura lea leen lena liam lien lies lieve lisa lise lotte louis luc lucas lukas maarten ' +
    'marc maria marie mark marleen martine mathias mathieu mathis maxime michael michel mohamed nadia nathalie nico nicolas nina noah olivier patrick paul pauline ' +
    'peter philippe pierre pieter quentin rachid robin ruben sam samir sander sara sarah sebastien simon sofie sophie stefan stijn sven thomas tim tom tine tobias ' +
    'valerie vincent wim wouter yannick yasmine youssef yves john james william george mary elizabeth sarah david richard robert susan karen linda emily oliver jack harry'
  ).split(' '),
);

/** Why a value looks like a private person's name, or undefined when it does not. */
export function personalName(value: string): string | undefined {
  const text = value.trim();
  if (ORGANISATION_WORDS.test(text)) return undefined;
  if (TITLES.test(text) && /\p{Lu}/u.test(text.replace(TITLES, '').charAt(0))) return 'a title such as Mr or Mevr.';
  if (/^(?:\p{Lu}\.\s?){1,3}\s*\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?$/u.test(text)) return 'initials and a family name';
  const words = text.split(/\s+/);
  const first = slugify(words[0] ?? '');
  if (words.length >= 2 && words.length <= 4 && FIRST_NAMES.has(first) && words.every((word) => /^[\p{Lu}]|^(?:van|de|der|den|du|le|la|von|el|al|ten|ter)$/iu.test(word))) {
    return 'a first name and a family name';
  }
  return undefined;
}

const PRIVATE = /^(?:(\d+)\s+)?(?:private individuals?|private persons?|individuals?|citizens?|residents?|particuliers?|privépersonen|privépersoon|privé-persoon|privé|burgers?|inwoners?|bewoners?|habitants?|citoyens?|riverains?)$/i;

/** For "private individual", "3 citizens", "particulier": how many private individuals it counts. */
export function privateIndividuals(value: string): number | undefined {
  const match = PRIVATE.exec(value.trim());
  if (!match) return undefined;
  return match[1] ? Number(match[1]) : 1;
}
