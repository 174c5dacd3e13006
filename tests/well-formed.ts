// Whether a text is well-formed XML (with namespaces), as read by saxes: a strict, conforming parser that is not
// the one the tests use to read the feeds' content, so that a feed is checked by two independent readers.
import { SaxesParser } from 'saxes';

/** `true`, or the first reason the text is not well-formed XML. */
export function wellFormed(xml: string): true | string {
  const parser = new SaxesParser({ xmlns: true });
  let problem: string | undefined;
  parser.on('error', (error) => {
    problem ??= error.message;
  });
  parser.write(xml).close();
  return problem ?? true;
}
