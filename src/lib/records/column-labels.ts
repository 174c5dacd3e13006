/**
 * A stacked table's column labels, written once per table rather than once per cell. On a phone each cell
 * of a `table.stack` shows its column's header beside its value (global.css). A table marked `cols` gives
 * those headers in its `style` as custom properties, `--c1` for its first column and so on, and the style
 * sheet hands each body cell its column's (`:nth-child`); the cells themselves carry nothing. Its rows must
 * then have one cell per column (no `colspan` in the body but in a row of `th` alone, such as a section's
 * heading). A cell that needs a label of its own (a footer's total under a `colspan`) keeps `data-label`.
 */
/** The style sheet has a rule for this many columns (global.css, `table.stack.cols`); a wider table labels its cells. */
export const LABELLED_COLUMNS = 16;

/** `'` and `\` escaped, a line break as `\a `: the text as a CSS string in single quotes. */
function cssString(text: string): string {
  return `'${text.replace(/[\\']/g, (char) => `\\${char}`).replace(/\r\n?|\n/g, '\\a ')}'`;
}

/**
 * The `style` of a table whose columns are labelled `labels`, in the order its cells come (a column
 * without a label, such as a row's header, is `undefined`). As text: Astro escapes it in an attribute.
 */
export function columnLabelStyle(labels: ReadonlyArray<string | undefined>): string {
  if (labels.length > LABELLED_COLUMNS) throw new Error(`a stacked table labels at most ${LABELLED_COLUMNS} columns (global.css), not ${labels.length}`);
  return labels.flatMap((label, index) => (label ? [`--c${index + 1}:${cssString(label)}`] : [])).join(';');
}

