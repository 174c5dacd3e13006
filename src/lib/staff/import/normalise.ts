/**
 * Turns the values that spreadsheets and registers write into the project's own notation: dates as
 * YYYY-MM-DD (from `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`, `20-Jan-17`, spreadsheet date numbers…),
 * times as HH:MM, amounts as `1234.56` (decimal commas and thousands separators removed), `NA` and
 * its cousins as empty, stray spaces removed, and several names in one cell as a `;`-separated list.
 * A value that cannot be understood is returned as it was, so that validation reports it with the
 * same message `npm run validate` gives.
 */

const MISSING = new Set(['', 'na', 'n/a', '#n/a', 'n.a.', 'nvt', 'n.v.t.', 'null', 'none', '-', '–', '—']);

/** Whether a cell means "no value": empty, `NA`, `N/A`, `n.v.t.`, `-`… */
export function isMissing(value: string): boolean {
  return MISSING.has(value.trim().toLowerCase());
}

/** Trims, turns non-breaking spaces into spaces and collapses runs of spaces; line breaks stay. */
export function cleanText(value: string): string {
  return value
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .filter((line, index, lines) => line !== '' || (index > 0 && index < lines.length - 1))
    .join('\n')
    .trim();
}

const MONTHS: Record<string, number> = {};
const MONTH_NAMES = [
  ['jan', 'january', 'janv', 'janvier', 'januari'],
  ['feb', 'february', 'fév', 'fev', 'févr', 'fevr', 'février', 'februari'],
  ['mar', 'march', 'mrt', 'maart', 'mars'],
  ['apr', 'april', 'avr', 'avril'],
  ['may', 'mei', 'mai'],
  ['jun', 'june', 'juni', 'juin'],
  ['jul', 'july', 'juli', 'juil', 'juillet'],
  ['aug', 'august', 'augustus', 'août', 'aout'],
  ['sep', 'sept', 'september', 'septembre'],
  ['oct', 'october', 'okt', 'oktober', 'octobre'],
  ['nov', 'november', 'novembre'],
  ['dec', 'december', 'déc', 'decembre', 'décembre'],
];
MONTH_NAMES.forEach((names, index) => names.forEach((name) => (MONTHS[name] = index + 1)));

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const fullYear = (year: string) => (year.length === 2 ? (Number(year) < 70 ? 2000 : 1900) + Number(year) : Number(year));

function isoOf(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A spreadsheet's day number (days since 1899-12-30) as a date. */
export function serialDate(serial: number): string {
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return date.toISOString().slice(0, 10);
}

/**
 * A date in one of the forms registers export, as YYYY-MM-DD. `format` (e.g. `MM/DD/YYYY`) says how an
 * ambiguous day and month are ordered; without it, day comes before month, as in Europe.
 */
export function normaliseDate(input: string, format?: string): string {
  const value = cleanText(input).replace(/[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i, '');
  if (format) return parseWithFormat(value, format) ?? input;
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (match) return isoOf(Number(match[1]), Number(match[2]), Number(match[3])) ?? input;
  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(value);
  if (match) return isoOf(fullYear(match[3] ?? ''), Number(match[2]), Number(match[1])) ?? input;
  match = /^(\d{1,2})[-/. ]+([\p{L}]+)\.?[-/. ]+(\d{4}|\d{2})$/u.exec(value);
  if (match) {
    const month = MONTHS[(match[2] ?? '').toLowerCase()];
    if (month) return isoOf(fullYear(match[3] ?? ''), month, Number(match[1])) ?? input;
  }
  match = /^([\p{L}]+)\.? (\d{1,2}),? (\d{4})$/u.exec(value);
  if (match) {
    const month = MONTHS[(match[1] ?? '').toLowerCase()];
    if (month) return isoOf(Number(match[3]), month, Number(match[2])) ?? input;
  }
  if (/^\d{5}(?:\.\d+)?$/.test(value)) return serialDate(Number(value));
  return input;
}

/** Parses a date with an explicit format made of DD, D, MM, M, MMM, YYYY and YY. */
function parseWithFormat(value: string, format: string): string | undefined {
  const parts: string[] = [];
  const pattern = format.replace(/YYYY|YY|MMM|MM|M|DD|D|[.*+?^${}()|[\]\\]/g, (token) => {
    if (/^[YMD]/.test(token)) {
      parts.push(token);
      return token === 'MMM' ? '([\\p{L}]+)\\.?' : token === 'YYYY' ? '(\\d{4})' : '(\\d{1,2})';
    }
    return `\\${token}`;
  });
  const match = new RegExp(`^${pattern}$`, 'u').exec(value);
  if (!match) return undefined;
  let year = 0;
  let month = 0;
  let day = 0;
  parts.forEach((token, index) => {
    const part = match[index + 1] ?? '';
    if (token.startsWith('Y')) year = fullYear(part);
    else if (token === 'MMM') month = MONTHS[part.toLowerCase()] ?? 0;
    else if (token.startsWith('M')) month = Number(part);
    else day = Number(part);
  });
  return isoOf(year, month, day);
}

/** Words registers put in a time column for a day without a time. */
const WHOLE_DAY = /^(?:hele dag|ganse dag|volledige dag|de hele dag|toute la journée|toute la journee|journée entière|journée|all[- ]day|whole day|full day)$/;

/**
 * A time as HH:MM: `9:30`, `09.30`, `9u30`, `9h30`, `09:30:00`, `2:30 PM`, or a spreadsheet day fraction.
 * A register that gives a date and no time gives no time (empty, never 00:00): a whole-day word (`hele
 * dag`, `toute la journée`, `all day`), or a date alone or at midnight in a date-and-time cell
 * (`2025-03-14`, `14/03/2025 00:00:00`, what spreadsheets write for a date without a time).
 */
export function normaliseTime(input: string): string {
  const value = cleanText(input).toLowerCase();
  if (WHOLE_DAY.test(value)) return '';
  const dated = /^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})(?:[t ]+(\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?))?(?:z|[+-]\d{2}:?\d{2})?$/.exec(value);
  if (dated) {
    const time = dated[2];
    return time === undefined || /^0?0[:.]00(?::00(?:\.0+)?)?$/.test(time) ? '' : normaliseTime(time.replace(/(:\d{2}):\d{2}(?:\.\d+)?$/, '$1'));
  }
  const match = /^(\d{1,2})(?:[:.hu](\d{2})?)?(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?$/.exec(value);
  if (match && (match[2] !== undefined || match[3] !== undefined || /[hu]$/.test(value))) {
    let hours = Number(match[1]);
    const suffix = match[3]?.replace(/\./g, '');
    if (suffix === 'pm' && hours < 12) hours += 12;
    if (suffix === 'am' && hours === 12) hours = 0;
    if (hours < 24) return `${pad(hours)}:${match[2] ?? '00'}`;
  }
  if (/^0?\.\d+$/.test(value)) {
    const minutes = Math.round(Number(value) * 24 * 60);
    return `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
  }
  return input;
}

/** The start or the end of a time range written in one cell: `09:30 - 10:30`, `9u30 tot 11u`. */
export function rangePart(input: string, part: 'start' | 'end'): string {
  const pieces = input.split(/\s*(?:-|–|—|\btot\b|\bto\b|\bà\b|\btill\b)\s*/i);
  return (part === 'start' ? pieces[0] : pieces.length > 1 ? pieces[pieces.length - 1] : '') ?? '';
}

/** What was read from an amount cell: the amount, and what the cell said beside it. */
export interface AmountReading {
  /** `1234.56`, or the cell as it was when it is not an amount (validation then reports it). */
  value: string;
  /** Words after the amount that are not part of it (`excl. BTW`): reported, never dropped in silence. */
  rest?: string;
  /** Why the reading rests on a rule rather than on the cell alone (`1.234`: thousands or decimals?). */
  ambiguous?: string;
}

const CURRENCY = String.raw`(?:€|euros|euro|eur|\$|£|usd|gbp|chf)`;
// Currency, sign, digits with separators (a space only before three digits), `,-` for "whole", parentheses.
const AMOUNT = new RegExp(
  String.raw`^(\()?\s*(?:${CURRENCY}\s*)?([-+−])?\s*(?:${CURRENCY}\s*)?(\d(?:[\d.,'’]|\s(?=\d{3}(?![\d])))*\d|\d)([.,](?:-{1,2}|[–—]))?\s*(?:${CURRENCY}\s*)?(\))?(-(?![\d]))?\s*(?:${CURRENCY}(?![\p{L}]))?\s*(.*)$`,
  'iu',
);

/**
 * An amount as registers write it, as `1234.56`:
 * - currency signs and codes before or after (`€ 1.234,56`, `1 234,56 €`, `EUR 50.00`, `£1,800`);
 * - `1.234,56`, `1,234.56`, `1 234,56` and `1'234.56`: the last separator is the decimal mark;
 * - `70,-` and `€ 70,-` are exactly 70 (the dash means "no cents", it is not a sign);
 * - negative only when a sign is written: `-12,50`, `12.50-` (accounting exports) or `(12.50)`;
 * - one separator followed by exactly three digits (`1.234`, `1,800`) is a thousands separator, unless
 *   `decimal` (the mapping's `decimal:`) says which mark is the decimal one; the reading says so;
 * - words after the amount (`excl. BTW`) are returned as `rest`; a cell with other digits after the
 *   amount (`50-100`) is not an amount.
 */
export function readAmount(input: string, decimal?: ',' | '.'): AmountReading {
  const cleaned = cleanText(input);
  const match = AMOUNT.exec(cleaned);
  if (!match) return { value: input };
  const [, open, sign, number = '', dash, close, trailing, restText = ''] = match;
  const rest = restText.trim();
  if (/\d/.test(rest) || Boolean(open) !== Boolean(close)) return { value: input };
  const negative = (open !== undefined) !== (sign === '-' || sign === '−') !== (trailing !== undefined);
  const value = number.replace(/[\s'’]/g, '');
  let mark: ',' | '.';
  let ambiguous: string | undefined;
  if (dash !== undefined) mark = dash.charAt(0) as ',' | '.';
  else if (decimal !== undefined) mark = decimal;
  else {
    const guess = decimalMark(value);
    mark = guess.mark;
    if (guess.ambiguous) ambiguous = `"${cleaned}" has one "${guess.ambiguous}" followed by three digits: read as a thousands separator (${value.replace(/[.,]/g, '')}); write decimal: "${guess.ambiguous}" in the mapping file if it is the decimal mark`;
  }
  const thousands = mark === ',' ? '.' : ',';
  const [whole = '', fraction, ...more] = value.split(mark);
  if (more.length > 0 || (dash !== undefined && fraction !== undefined && fraction !== '')) return { value: input };
  if (whole.includes(thousands) && !/^\d{1,3}(?:[.,]\d{3})+$/.test(whole)) return { value: input };
  if (fraction !== undefined && !/^\d{0,2}$/.test(fraction.replace(/0+$/, ''))) return { value: input };
  const digits = whole.split(thousands).join('').replace(/^0+(?=\d)/, '') || '0';
  const cents = (fraction ?? '').replace(/0+$/, '').padEnd(2, '0');
  const amount = `${negative && !/^[0.]+$/.test(`${digits}${cents}`) ? '-' : ''}${digits}.${cents}`;
  return { value: amount, ...(rest !== '' ? { rest } : {}), ...(ambiguous !== undefined ? { ambiguous } : {}) };
}

const CURRENCY_CODES: ReadonlyArray<[RegExp, string]> = [
  [/€|\b(?:eur|euro|euros)\b/iu, 'EUR'],
  [/£|\bgbp\b/iu, 'GBP'],
  [/\$|\busd\b/iu, 'USD'],
  [/\bchf\b/iu, 'CHF'],
];

/** The currencies an amount cell names by sign or code (`£1,800`: GBP), as ISO 4217 codes. */
export function statedCurrencies(input: string): string[] {
  return CURRENCY_CODES.filter(([pattern]) => pattern.test(input)).map(([, code]) => code);
}

/** `readAmount`'s value alone. */
export function normaliseAmount(input: string, decimal?: ',' | '.'): string {
  return readAmount(input, decimal).value;
}

/**
 * Which of `.` and `,` is the decimal mark: the last one when both are written; a single one unless it
 * is followed by exactly three digits or written more than once (then it separates thousands, and a
 * single one followed by three digits is reported as ambiguous).
 */
function decimalMark(value: string): { mark: ',' | '.'; ambiguous?: ',' | '.' } {
  const lastDot = value.lastIndexOf('.');
  const lastComma = value.lastIndexOf(',');
  if (lastDot !== -1 && lastComma !== -1) return { mark: lastDot > lastComma ? '.' : ',' };
  if (lastDot === -1 && lastComma === -1) return { mark: '.' };
  const used: ',' | '.' = lastDot !== -1 ? '.' : ',';
  const other: ',' | '.' = used === '.' ? ',' : '.';
  const occurrences = value.split(used).length - 1;
  const after = value.length - Math.max(lastDot, lastComma) - 1;
  if (occurrences > 1) return { mark: other };
  if (after === 3) return { mark: other, ambiguous: used };
  return { mark: used };
}

/** A whole number: `12`, ` 12 `, `12.0`, `1.234` (thousands). */
export function normaliseCount(input: string): string {
  const value = cleanText(input).replace(/\s+/g, '');
  if (/^\d+$/.test(value)) return String(Number(value));
  if (/^\d+[.,]0+$/.test(value)) return String(Number(value.split(/[.,]/)[0]));
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(value)) return String(Number(value.replace(/[.,]/g, '')));
  return input;
}

/** Legal forms that follow a comma inside one organisation's name ("Wijkcomité Kanaal, vzw"). */
const LEGAL_FORM = /^(?:vzw|asbl|nv|sa|bv|bvba|srl|sprl|cv|cvba|scrl|sc|ltd|inc|llc|plc|gmbh|ag|co|vof|snc|ivzw|aisbl|eg|ev|e\.v\.)\.?$/i;

/**
 * Several names in one cell as the project's list notation `first; second`. Without `separators`, a
 * cell is split on `;`, `|`, line breaks, `/` and `,` (but not before a legal form such as `, vzw`).
 */
export function splitList(input: string, separators?: string): string[] {
  const value = cleanText(input);
  let parts: string[];
  if (separators !== undefined) {
    const escaped = [...separators].map((char) => (char === '\\n' ? '\n' : char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    parts = value.split(new RegExp(`[${escaped.join('')}\\n]`));
  } else {
    parts = [];
    for (const piece of value.split(/[;|\n/]/)) {
      const local: string[] = [];
      for (const part of piece.split(',')) {
        const last = local.length - 1;
        if (last >= 0 && LEGAL_FORM.test(part.trim())) local[last] = `${local[last] ?? ''}, ${part.trim()}`;
        else local.push(part.trim());
      }
      parts.push(...local);
    }
  }
  return parts.map((part) => cleanText(part)).filter((part) => part !== '' && !isMissing(part));
}

/** Lower-case letters, digits and hyphens, accents removed: `Élodie Collignon` → `elodie-collignon`. */
export function slugify(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A name compared loosely: accents, case, punctuation and word order do not matter. */
export function nameKey(value: string): string {
  return slugify(value).split('-').filter(Boolean).sort().join(' ');
}

/** A month as YYYY-MM: `2025-3`, `03/2025`, `Mar 2025`, `mrt-25`, or a whole date. */
export function normaliseMonth(input: string): string {
  const value = cleanText(input);
  let match = /^(\d{4})[-/.](\d{1,2})$/.exec(value);
  if (match && Number(match[2]) >= 1 && Number(match[2]) <= 12) return `${match[1]}-${pad(Number(match[2]))}`;
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(value);
  if (match && Number(match[1]) >= 1 && Number(match[1]) <= 12) return `${match[2]}-${pad(Number(match[1]))}`;
  match = /^([\p{L}]+)\.?[-/. ]+(\d{4}|\d{2})$/u.exec(value);
  const month = match ? MONTHS[(match[1] ?? '').toLowerCase()] : undefined;
  if (match && month) return `${fullYear(match[2] ?? '')}-${pad(month)}`;
  const date = normaliseDate(value);
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date.slice(0, 7) : input;
}
