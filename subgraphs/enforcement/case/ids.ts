import { isUuid } from '../../../kernel/db/uuid';
import { NotFoundError, ValidationError } from '../../../kernel/errors/domain-error';

export { isUuid };

/** A malformed id cannot exist: answer NOT_FOUND instead of letting PostgreSQL reject the uuid cast. */
export function requireExistingShape(entity: string, id: string, field: string): void {
  if (!isUuid(id)) {
    throw new NotFoundError(entity, id, field);
  }
}

/** A malformed id in a filter or a reference to another record is bad input. */
export function requireUuid(id: string | null | undefined, field: string): void {
  if (id && !isUuid(id)) {
    throw new ValidationError(field, `${field} is not an id`);
  }
}
