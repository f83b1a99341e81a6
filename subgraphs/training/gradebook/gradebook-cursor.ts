import { isUuid } from '../../../kernel/db/uuid';
import { ValidationError } from '../../../kernel/errors/domain-error';
import type { ConnectionArgs } from '../../../kernel/graphql/connection';

/** Gradebooks (per exam, per cohort) are keyset-paged by officer id; the cursor is the row's officer id, opaque. */
export const encodeGradebookCursor = (officerId: string) => Buffer.from(`gradebook:${officerId}`).toString('base64url');

/** The officer id after which a gradebook page starts (null for the first page); BAD_USER_INPUT on a bad page request. */
export function gradebookPageStart(args: ConnectionArgs, max: number): string | null {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > max) {
    throw new ValidationError('first', `first must be between 1 and ${max}`);
  }
  if (!args.after) {
    return null;
  }
  const text = Buffer.from(args.after, 'base64url').toString('utf8');
  const id = text.startsWith('gradebook:') ? text.slice('gradebook:'.length) : '';
  if (!isUuid(id)) {
    throw new ValidationError('after', 'after is not a cursor returned by this list');
  }
  return id;
}
