/**
 * The example queries of the SQL page, and the queries the money pages lead to where a list of lines is too
 * long to be paged (src/lib/records/lines.ts), on the tables of data/datasets.sqlite (sqlite.ts): each dataset a
 * table, amounts in integer cents. Totals are printed from the cents with integer arithmetic, so that a
 * sum is shown to the exact cent (no division into a binary float). Lists ("; "-separated, as in the CSV)
 * are split with a recursive query.
 */

/** Cents as decimal text, `-1234.56`, worked out in SQL with whole numbers only. */
const amount = (cents: string) => `printf('%s%d.%02d', CASE WHEN ${cents} < 0 THEN '-' ELSE '' END, abs(${cents}) / 100, abs(${cents}) % 100)`;

/** One row per item of a "; "-separated list column: `(id, rest, item)`. */
const split = (name: string, column: string) => `${name}(id, rest, item) AS (
  SELECT id, ${column} || '; ', NULL FROM agenda WHERE ${column} IS NOT NULL
  UNION ALL
  SELECT id, substr(rest, instr(rest, '; ') + 2), substr(rest, 1, instr(rest, '; ') - 1) FROM ${name} WHERE rest <> ''
)`;

export const SQL_EXAMPLES = {
  spending: `SELECT substr(date, 1, 4) AS year, category, count(*) AS lines,
  ${amount('sum(amount_cents)')} AS total
FROM expenditure
GROUP BY year, category
ORDER BY year, sum(amount_cents) DESC, category`,
  organisations: `WITH RECURSIVE
${split('present', 'officials')},
${split('met', 'organisations')},
pairs AS (
  SELECT present.item AS official, met.item AS organisation, count(*) AS appointments
  FROM present JOIN met ON met.id = present.id
  WHERE present.item IS NOT NULL AND met.item IS NOT NULL
  GROUP BY official, organisation
)
SELECT official, organisation, appointments
FROM (SELECT *, row_number() OVER (PARTITION BY official ORDER BY appointments DESC, organisation) AS rank FROM pairs)
WHERE rank <= 5
ORDER BY official, rank`,
  appointments: `SELECT substr(date, 1, 4) AS year, count(*) AS appointments
FROM agenda
GROUP BY year
ORDER BY year`,
} as const;

export type SqlExample = keyof typeof SQL_EXAMPLES;

/**
 * Covering indexes for the examples: a query that reads only these columns scans the index instead of
 * the table, so that the SQL page fetches a tenth of the database or less rather than whole tables (an
 * organisation of size M: the spending example reads 0.9 MB of 11 MB instead of 3.9 MB of 9 MB).
 */
export const SQL_INDEXES: ReadonlyArray<{ name: string; table: string; columns: readonly string[] }> = [
  { name: 'expenditure by date', table: 'expenditure', columns: ['date', 'category', 'amount_cents'] },
  { name: 'income by date', table: 'income', columns: ['date', 'category', 'amount_cents'] },
  { name: 'agenda by date', table: 'agenda', columns: ['date'] },
  { name: 'agenda people', table: 'agenda', columns: ['id', 'officials', 'organisations'] },
];

const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Every column of a money line, its amount as decimal text too (`amount`, beside `amount_cents`). */
const lineColumns = `*, ${amount('amount_cents')} AS amount`;

/** One money line, by its id, found through the index on its date (a table has no index on id). */
export const lineSql = (table: 'income' | 'expenditure', id: string, date: string): string =>
  `SELECT ${lineColumns}\nFROM ${table}\nWHERE date = ${literal(date)} AND id = ${literal(id)}`;

/** The lines of one category between two dates (a financial year), in date order: a list of lines whole. */
export const linesSql = (table: 'income' | 'expenditure', category: string, from: string, to: string): string =>
  `SELECT ${lineColumns}\nFROM ${table}\nWHERE date BETWEEN ${literal(from)} AND ${literal(to)} AND category = ${literal(category)}\nORDER BY date, id`;
