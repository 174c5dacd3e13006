/** Validates one record against its schema and turns zod's issues into problems a staff member can act on. */
import type { z } from 'zod';
import type { Locate, Problem } from './problems.ts';

export function validateRecord<S extends z.ZodType>(
  schema: S,
  value: unknown,
  locate: Locate,
  skipFields: ReadonlySet<string> = new Set(),
): { data?: z.output<S>; problems: Problem[] } {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) {
      for (const key of issue.keys) {
        problems.push({ ...locate([key]), field: key, message: `is not a field of this record: check its spelling, or remove it` });
      }
      continue;
    }
    if (skipFields.has(String(issue.path[0]))) continue;
    problems.push({ ...locate(issue.path), field: issue.path.map(String).join('.'), message: messageOf(issue) });
  }
  return { problems };
}

function messageOf(issue: z.core.$ZodIssue): string {
  // A missing value is "is required", with what to write where the field says (a gift's value: or unknown).
  if (issue.code === 'invalid_type' && issue.input === undefined) return issue.message.startsWith('is required: ') ? issue.message : 'is required';
  if (issue.code === 'unrecognized_keys' && issue.message.startsWith('Unrecognized')) return `has ${issue.keys.map((key) => `"${key}"`).join(', ')}, which ${issue.keys.length === 1 ? 'is' : 'are'} not expected: check the spelling, or remove ${issue.keys.length === 1 ? 'it' : 'them'}`;
  if (issue.code === 'too_small' && issue.origin === 'array' && issue.message.startsWith('Too small')) return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
  return issue.message;
}
