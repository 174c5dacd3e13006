// The Markdown of minutes and pages: what the allow-list lets through reads as written, and what it does
// not is a problem at its line and column (checked) and absent from the HTML (sanitized).
import { describe, expect, it } from 'vitest';
import { checkProse } from '../../src/lib/prose/check-prose.ts';
import { renderProse } from '../../src/lib/prose/render-prose.ts';

const ALLOWED = `## Decisions

The council **approves** the *budget* with ~~two~~ three amendments.

| item | vote |
|---|--:|
| Budget | 21–4 |

- See [the report](https://example.org/report.pdf) and [the agenda](/nl/agenda/) or [below](#votes).
- The <abbr title="Openbaar Centrum voor Maatschappelijk Welzijn">OCMW</abbr> answered; CO<sub>2</sub>, 10<sup>3</sup>.
- <span lang="fr">Le bureau approuve.</span><br>

![Floor plan of the new library](/images/plan.png)

> A quote, and \`code\`.
`;

describe('prose within the allow-list', () => {
  it('passes the check and keeps every element in the HTML', () => {
    expect(checkProse(ALLOWED, 'minutes.md')).toEqual([]);
    const html = renderProse(ALLOWED);
    for (const part of ['<h2>Decisions</h2>', '<strong>approves</strong>', '<s>two</s>', '<table>', '<td style="text-align:right">21–4</td>', '<a href="https://example.org/report.pdf">', '<a href="/nl/agenda/">', '<a href="#votes">', '<abbr title="Openbaar Centrum voor Maatschappelijk Welzijn">', '<sub>2</sub>', '<span lang="fr">', '<img src="/images/plan.png" alt="Floor plan of the new library" />', '<blockquote>', '<code>code</code>']) {
      expect(html).toContain(part);
    }
  });

  it('does not turn addresses in text into links', () => {
    expect(renderProse('See https://example.org for more.')).toBe('<p>See https://example.org for more.</p>\n');
  });
});

describe('prose outside the allow-list', () => {
  const cases: Array<[string, string, number, number, string, RegExp]> = [
    ['a script', 'Text.\n\n<script>alert(1)</script>\n', 3, 1, 'html', /<script>/],
    ['an event handler in mixed case', 'A <b OnClick="x()">b</b>.\n', 1, 3, 'html', /<b>/],
    ['a handler on an allowed tag', 'An <abbr title="x" onmouseover="x()">a</abbr>.\n', 1, 20, 'html', /attribute onmouseover on <abbr>/],
    ['a javascript link with a space in its scheme', '[x](<java script:alert(1)>)\n', 1, 6, 'link', /a link may only lead/],
    ['a mailto link', 'Write to [us](mailto:office@example.org).\n', 1, 15, 'link', /e-mail addresses are not published/],
    ['a protocol-relative link', '[x](//evil.example/)\n', 1, 5, 'link', /a link may only lead/],
    ['an image from elsewhere', '![chart](https://tracker.example/pixel.gif)\n', 1, 10, 'image', /a file of this site/],
    ['an image without a text alternative', '![](/images/plan.png)\n', 1, 5, 'image', /no text alternative/],
    ['an iframe in a table cell', '| a |\n|---|\n| <iframe src="/x"></iframe> |\n', 3, 3, 'html', /<iframe>/],
    ['a comment', 'Text <!-- hidden --> more.\n', 1, 6, 'html', /comment/],
  ];
  for (const [name, body, line, column, field, message] of cases) {
    it(`refuses ${name} at its place`, () => {
      const [problem, ...rest] = checkProse(body, 'minutes.md');
      expect(rest).toEqual([]);
      expect(problem).toEqual({ file: 'minutes.md', line, column, field, message: expect.stringMatching(message) });
      expect(renderProse(body)).not.toMatch(/<(script|iframe)|\son\w+=|href="(java|mailto|\/\/)|src="https:|<!--/i);
    });
  }

  it('counts lines from the top of the file when the body follows front matter', () => {
    expect(checkProse('Text.\n\n<form></form>\n', 'm.md', 8)[0]).toMatchObject({ line: 11, column: 1 });
  });
});
