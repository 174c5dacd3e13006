/**
 * Finds personal contact data in text that will be published: e-mail addresses (also written
 * `name [at] example [dot] org` or `name(at)example.org`), phone numbers (Belgian, Dutch and French
 * national forms, and international `+NN` / `00NN` ones, with spaces, dots, slashes, hyphens, a
 * bracketed `(0)` or area code, or no separator at all) and Belgian national register numbers
 * (rijksregisternummer / numéro de registre national, YYMMDD + 3-digit counter + 2 check digits,
 * grouped or compact). Full-width and other compatibility forms (`０４７０ １２ ３４ ５６`,
 * `jan＠example.org`) are normalised first (NFKC, one character at a time, so that a match is reported at
 * its place in the original text).
 *
 * Longer than 300 lines because each form of number comes with its false positives (dates, amounts,
 * ids, enterprise numbers) and its check digits: apart, a pattern would lose the exceptions that keep it honest.
 *
 * Written by hand, on purpose. No well-kept library recognises these national forms together:
 * libphonenumber-js (about 150 KB with its metadata) knows phone numbers but parses one candidate at a time
 * for one default country, does not look for them in prose in three national styles at once, and knows
 * nothing of national register numbers or obfuscated e-mail addresses. What this check needs is narrower
 * and different: refuse text that holds such data, and not refuse the numbers that minutes and agendas are
 * full of (dates and date ranges, times, amounts, years, ids, enterprise numbers, IBANs, law references).
 * So it looks at every run of digit groups as a whole, tries the stretches of it that start and end at a
 * space, and uses check digits where they exist (national register number, enterprise number, IBAN).
 *
 * Not personal data here, and so not refused: a Belgian enterprise number (`0123.456.749`, a company's),
 * and IBAN-shaped strings. An account number is not contact data, and the IBAN a portal publishes is the
 * organisation's own, for donations or as a payee of its spending; a private person's account does not
 * belong in published text either, but telling the two apart needs a reader, not a pattern, and refusing
 * every IBAN would refuse the organisation's own. IBAN-shaped strings are set aside so that their digit
 * groups are not read as a phone number.
 *
 * Known limits: a mobile number written in the enterprise number's 4.3.3 grouping (`0470 123 465`) whose
 * digits happen to pass the enterprise number's check (1 in 97) is let through, as is a compact ten-digit
 * number that passes it right after "BE", "BTW", "KBO", "TVA", "VAT" or "ondernemingsnummer". Numbers
 * spread over several lines are not joined.
 *
 * Pure: no imports, no state; the schemas (`fields.ts`) and the Markdown checks call it.
 */

/** One piece of personal data found in a text. */
export interface PersonalDataMatch {
  /** The kind of data, as a message says it: 'an e-mail address', 'a phone number', 'a national register number'. */
  what: string;
  /** UTF-16 offset of the match in the original text (not the normalised one). */
  index: number;
  /** The matched text, as written in the original text. */
  match: string;
}

export const EMAIL_ADDRESS = 'an e-mail address';
export const PHONE_NUMBER = 'a phone number';
export const NATIONAL_REGISTER_NUMBER = 'a national register number';

/** The first piece of personal data in a text (the one that starts first), or undefined. */
export function findPersonalData(text: string): PersonalDataMatch | undefined {
  if (text === '') return undefined;
  const normal = normalise(text);
  const email = findEmail(normal.text);
  const number = hasDigits(normal.text, 8) ? findNumber(normal.text) : undefined;
  const first = email && (!number || email.start <= number.start) ? email : number;
  if (!first) return undefined;
  const index = normal.start(first.start);
  return { what: first.what, index, match: text.slice(index, normal.end(first.end - 1)) };
}

/** Returns what kind of personal data a text holds, if any. */
export function personalDataIn(text: string): string | undefined {
  return findPersonalData(text)?.what;
}

// ---------------------------------------------------------------------------------------------------
// Normalisation

interface Normalised {
  text: string;
  /** Offset in the original text of the character that gave normalised character `k`. */
  start(k: number): number;
  /** Offset just after that original character. */
  end(k: number): number;
}

/** Dashes that read as a hyphen inside a number; the en dash stays, it separates ranges. */
const HYPHENS = new Set(['\u2010', '\u2011', '\u2012', '\u2212', '\uFE63']);
/** Invisible characters that could hide a number from the patterns. */
const INVISIBLE = new Set(['\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF']);
const SPECIAL = /[\u00AD\u200B-\u200D\u2010-\u2012\u2060\u2212\uFE63\uFEFF]/;

function normalise(text: string): Normalised {
  const identity: Normalised = { text, start: (k) => k, end: (k) => k + 1 };
  // Most text is plain ASCII or already normal (accented letters): no need to map it character by character.
  if (!/[^\u0000-\u007f]/.test(text) || (!SPECIAL.test(text) && text.normalize('NFKC') === text)) return identity;
  const parts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const char of text) {
    const next = offset + char.length;
    const mapped = char.charCodeAt(0) < 0x80 ? char : INVISIBLE.has(char) ? '' : HYPHENS.has(char) ? '-' : char.normalize('NFKC');
    for (let k = 0; k < mapped.length; k++) {
      starts.push(offset);
      ends.push(next);
    }
    parts.push(mapped);
    offset = next;
  }
  return { text: parts.join(''), start: (k) => starts[k] ?? text.length, end: (k) => ends[k] ?? text.length };
}

// ---------------------------------------------------------------------------------------------------
// E-mail addresses

interface Found {
  what: string;
  start: number;
  end: number;
}

const LABEL = String.raw`[\p{L}\p{N}_%+\-]+`;
const OPEN = String.raw`[\[({<]`;
const CLOSE = String.raw`[\])}>]`;
const AT = String.raw`(?:@|[ \t]*${OPEN}[ \t]*(?:at|@|arobase|apenstaartje)[ \t]*${CLOSE}[ \t]*)`;
const DOT = String.raw`(?:\.|[ \t]*${OPEN}[ \t]*(?:dot|punt|point)[ \t]*${CLOSE}[ \t]*)`;
const EMAIL = new RegExp(String.raw`(?<![\p{L}\p{N}_%+\-.])${LABEL}(?:${DOT}${LABEL})*${AT}${LABEL}(?:${DOT}${LABEL})*${DOT}\p{L}{2,}(?![\p{L}\p{N}])`, 'giu');
const OBFUSCATED_AT = new RegExp(`${OPEN}[ \\t]*(?:at|arobase|apenstaartje)[ \\t]*${CLOSE}`, 'i');

function findEmail(text: string): Found | undefined {
  if (!text.includes('@') && !OBFUSCATED_AT.test(text)) return undefined;
  EMAIL.lastIndex = 0;
  const found = EMAIL.exec(text);
  return found ? { what: EMAIL_ADDRESS, start: found.index, end: found.index + found[0].length } : undefined;
}

// ---------------------------------------------------------------------------------------------------
// Phone numbers and national register numbers

/**
 * A run of digit groups: an optional `+`, then groups of digits (or a bracketed group such as `(0)` or
 * `(02)`) joined by a space, a dot, a slash or a hyphen (with spaces around it or not). Colons, commas and
 * en dashes end a run, so times, decimal amounts and date ranges fall apart into short runs.
 */
const RUN = /(?:\+[ \t]?)?(?:\(\d{1,4}\)[ \t]*)?\d+(?:(?:[ \t]*[./-][ \t]*|[ \t]+)(?:\(\d{1,4}\)[ \t]*)?\d+|[ \t]*\(\d{1,4}\)[ \t]*\d+)*/g;

/** Dates (`01.07.2016`, `1/7/2016`, `2025-03-14`) are never a phone number; they are set aside first. */
const DATES = [
  /(?<!\d)(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\1(?:1[89]|20|21)\d{2}(?!\d)/g,
  /(?<!\d)(?:1[89]|20|21)\d{2}([./-])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])(?!\d)/g,
];
/** IBAN-shaped strings: two capital letters, two digits, groups of four letters or digits. */
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \t]?[A-Za-z0-9]{4}){2,7}(?:[ \t]?[A-Za-z0-9]{1,3})?(?![\p{L}\p{N}])/gu;
/** Words after which a ten-digit number that passes the enterprise number's check is one. */
const ENTERPRISE_CONTEXT = /(?:\bBE|\bBTW|\bTVA|\bVAT|\bKBO|\bBCE|ondernemingsnummer|num[ée]ro d'entreprise|n° d'entreprise|enterprise number|company number)[\s:.°#nr-]*$/i;

interface Group {
  digits: string;
  /** Offsets of the group in the scanned text. */
  start: number;
  end: number;
  /** Written in brackets, such as `(0)` or `(02)`. */
  bracketed: boolean;
  /** Whether the separator before this group holds a space (a place a number may start or end). */
  spaceBefore: boolean;
}

function findNumber(normal: string): Found | undefined {
  const text = setAside(normal);
  RUN.lastIndex = 0;
  for (let run = RUN.exec(text); run; run = RUN.exec(text)) {
    if (run[0].length < 8) continue;
    const found = inRun(text, run.index, run[0]);
    if (found) return found;
  }
  return undefined;
}

/** Whether a text holds at least `least` digits: fewer cannot make a phone or national register number. */
function hasDigits(text: string, least: number): boolean {
  let count = 0;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code >= 48 && code <= 57 && ++count >= least) return true;
  }
  return false;
}

/** Replaces dates and IBAN-shaped strings by underscores, so that the offsets of everything else stay. */
function setAside(text: string): string {
  const spans: Array<[number, number]> = [];
  for (const pattern of DATES) {
    pattern.lastIndex = 0;
    for (let date = pattern.exec(text); date; date = pattern.exec(text)) spans.push([date.index, date.index + date[0].length]);
  }
  IBAN.lastIndex = 0;
  for (let iban = IBAN.exec(text); iban; iban = IBAN.exec(text)) {
    const length = ibanLength(iban[0]);
    spans.push([iban.index, iban.index + length]);
    IBAN.lastIndex = iban.index + length;
  }
  if (spans.length === 0) return text;
  const chars = text.split('');
  for (const [start, end] of spans) chars.fill('_', start, end);
  return chars.join('');
}

/** The length of the longest valid IBAN at the start of an IBAN-shaped string; all of it when none is valid. */
function ibanLength(shape: string): number {
  for (let end = shape.length; end >= 15; end--) {
    const candidate = shape.slice(0, end);
    if (/[A-Za-z0-9]$/.test(candidate) && validIban(candidate)) return end;
  }
  return shape.length;
}

function validIban(candidate: string): boolean {
  const compact = candidate.replace(/[ \t]/g, '').toUpperCase();
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let rest = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest === 1;
}

/** Looks for a phone number or national register number in one run, at stretches of it between spaces. */
function inRun(text: string, runStart: number, run: string): Found | undefined {
  const plus = run.startsWith('+');
  const groups: Group[] = [];
  const group = /\((\d{1,4})\)|(\d+)/g;
  let previousEnd = plus ? 1 : 0;
  for (let part = group.exec(run); part; part = group.exec(run)) {
    const between = run.slice(previousEnd, part.index);
    groups.push({
      digits: part[1] ?? part[2] ?? '',
      start: runStart + part.index,
      end: runStart + part.index + part[0].length,
      bracketed: part[1] !== undefined,
      spaceBefore: /[ \t]/.test(between),
    });
    previousEnd = part.index + part[0].length;
  }
  const runEnd = runStart + run.length;
  if (looksLikeAmount(groups, run)) return undefined;
  const before = text[runStart - 1] ?? '';
  const twoBefore = text[runStart - 2] ?? '';
  // A run glued to a word or a number (`i-2026-900010`, `3,0470…`, `…/wet/2016`) is part of it.
  const runMayStart = !/[\p{L}\p{N}_]/u.test(before) && !(/[-/,]/.test(before) && /[\p{L}\p{N}_]/u.test(twoBefore));
  const after = text[runEnd] ?? '';
  const runMayEnd = !/[\p{L}\p{N}_%]/u.test(after) && !(/[,]/.test(after) && /\d/.test(text[runEnd + 1] ?? ''));

  for (let first = 0; first < groups.length; first++) {
    const head = groups[first] as Group;
    if (first === 0 ? !runMayStart : !head.spaceBefore) continue;
    // No number looked for has more than 15 digits (a `(0)` and a `00` aside): longer stretches are not tried.
    let longest = first;
    for (let digits = head.digits.length; longest + 1 < groups.length && digits + (groups[longest + 1] as Group).digits.length <= 18; longest++) {
      digits += (groups[longest + 1] as Group).digits.length;
    }
    for (let last = longest; last >= first; last--) {
      if (last === groups.length - 1 ? !runMayEnd : !(groups[last + 1] as Group).spaceBefore) continue;
      const stretch = groups.slice(first, last + 1);
      const start = first === 0 ? runStart : head.start;
      const end = (groups[last] as Group).end;
      const international = first === 0 && plus;
      if (!international && nationalRegisterNumber(stretch)) return { what: NATIONAL_REGISTER_NUMBER, start, end };
      if (phoneNumber(stretch, international, text.slice(Math.max(0, start - 30), start))) return { what: PHONE_NUMBER, start, end };
    }
  }
  return undefined;
}

/** `1 234 567`, `1.234.567`: a number grouped by thousands, never a phone number. */
function looksLikeAmount(groups: Group[], run: string): boolean {
  const [head, ...rest] = groups;
  if (!head || rest.length === 0 || run.startsWith('+') || head.digits.startsWith('0') || head.digits.length > 3) return false;
  const separators = new Set(run.replace(/\d+/g, '|').split('|').slice(1, -1));
  return separators.size === 1 && rest.every((group) => group.digits.length === 3 && !group.bracketed);
}

/**
 * A Belgian national register number: 11 digits YYMMDD (month + 20 or + 40 for a bis number; 00 when the
 * day or month is unknown), a 3-digit counter and 2 check digits, 97 minus the first nine digits modulo 97
 * (with a 2 in front of them for people born from 2000 on). Grouped only as 2.2.2-3.2 or a part of that.
 */
function nationalRegisterNumber(groups: Group[]): boolean {
  if (groups.some((group) => group.bracketed)) return false;
  const digits = groups.map((group) => group.digits).join('');
  if (digits.length !== 11) return false;
  let offset = 0;
  for (const group of groups.slice(0, -1)) {
    offset += group.digits.length;
    if (![2, 4, 6, 9].includes(offset)) return false;
  }
  const month = Number(digits.slice(2, 4)) % 20;
  const day = Number(digits.slice(4, 6));
  if (month > 12 || Number(digits.slice(2, 4)) >= 60 || day > 31) return false;
  const base = Number(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  return check === 97 - (base % 97) || check === 97 - ((2_000_000_000 + base) % 97);
}

/** A Belgian enterprise number: 10 digits starting with 0 or 1, the last two 97 minus the first eight modulo 97. */
function enterpriseNumber(digits: string): boolean {
  return /^[01]\d{9}$/.test(digits) && Number(digits.slice(8)) === 97 - (Number(digits.slice(0, 8)) % 97);
}

/** Numbers after the country code: Belgium 8 (fixed) or 9 (mobile), the Netherlands and France 9. */
const NATIONAL_LENGTHS: Record<string, number[]> = { '32': [8, 9], '31': [9], '33': [9] };

/**
 * A phone number: international (`+` or `00`, a country code, then the number without its leading 0, which
 * may be written `(0)`), or national (a leading 0 and 9 or 10 digits in all: Belgian fixed and mobile,
 * Dutch, French).
 */
function phoneNumber(groups: Group[], plus: boolean, before: string): boolean {
  const head = groups[0] as Group;
  const international = plus || /^00[1-9]/.test(head.digits) || (head.digits === '00' && groups.length > 1);
  if (international) {
    // `(0)` after the country code is the national trunk prefix, not dialled from abroad.
    const digits = groups
      .filter((group, index) => !(index > 0 && group.bracketed && group.digits === '0'))
      .map((group) => group.digits)
      .join('')
      .slice(plus ? 0 : 2);
    if (!/^[1-9]/.test(digits)) return false;
    for (const [code, lengths] of Object.entries(NATIONAL_LENGTHS)) {
      if (digits.startsWith(code)) return lengths.includes(digits.length - code.length) && digits[code.length] !== '0';
    }
    return digits.length >= 8 && digits.length <= 15;
  }
  const digits = groups.map((group) => group.digits).join('');
  if (!/^0[1-9]/.test(digits) || (digits.length !== 9 && digits.length !== 10)) return false;
  if (enterpriseNumber(digits)) {
    const grouping = groups.map((group) => group.digits.length).join('.');
    if (grouping === '4.3.3' || (groups.length === 1 && ENTERPRISE_CONTEXT.test(before))) return false;
  }
  return true;
}
