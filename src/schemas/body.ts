/** Bodies of the organisation (council, board, committees) and the posts in them: `data/bodies.yaml`. */
import { z } from 'zod';
import { describe, id, localized, oneOf, yesNo } from './fields.ts';

export const postSchema = z
  .object({
    id: describe(id, 'Stable id of the post, unique across all bodies'),
    label: describe(localized, 'Name of the post, e.g. councillor or chair'),
    paid: describe(yesNo, 'Whether the post is paid'),
  })
  .strict();

export const bodySchema = z
  .object({
    id: describe(id, 'Stable id of the body'),
    name: describe(localized, 'Name of the body'),
    classification: describe(oneOf(['council', 'board', 'committee', 'executive', 'assembly', 'other']), 'What kind of body it is'),
    description: describe(localized, 'What the body does').optional(),
    posts: describe(z.array(postSchema).min(1, { error: 'needs at least one post' }), 'Posts in the body'),
  })
  .strict();

export type Body = z.output<typeof bodySchema>;
export type Post = z.output<typeof postSchema>;
