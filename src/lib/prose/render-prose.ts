/**
 * Renders the Markdown body of minutes and pages to HTML that holds only what the allow-list names:
 * markdown-it (CommonMark with tables) and then sanitize-html with the same allow-list validation checks.
 * Validation has already refused anything outside it; the sanitizer is the second lock, so that a file
 * that reached the build some other way still publishes no script, handler, frame, form or foreign link.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';
import { MARKDOWN_OPTIONS, SANITIZE_OPTIONS } from './allow-list.ts';

const markdown = new MarkdownIt('commonmark', MARKDOWN_OPTIONS).enable(['table', 'strikethrough']);

/** The published HTML of a Markdown body. */
export function renderProse(body: string): string {
  return sanitizeHtml(markdown.render(body), SANITIZE_OPTIONS);
}
