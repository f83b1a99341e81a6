import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Flushes; a unique-constraint violation (a concurrent duplicate) becomes the caller's typed error. */
export async function flushOrConflict(em: EntityManager, conflict: () => Error): Promise<void> {
  try {
    await em.flush();
  } catch (e) {
    if (e instanceof UniqueConstraintViolationException) {
      throw conflict();
    }
    throw e;
  }
}
