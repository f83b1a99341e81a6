import type { EntityManager } from '@mikro-orm/postgresql';

import type { Actor } from '../auth/actor';
import { sqlArray } from '../db/sql-array';

export interface PersonalDataRead {
  /** e.g. `Officer`, `Person` */
  entity: string;
  entityId: string;
  /** e.g. `phone`, `idNumber` */
  field: string;
}

/**
 * Unmasked reads of personal data in one request (DESIGN.md §6: "full only for roles that need it, and such reads
 * audited"). Reads are collected while resolving and written once, as one statement, when the response is sent.
 */
export class AuditTrail {
  private readonly reads: PersonalDataRead[] = [];

  record(read: PersonalDataRead): void {
    if (!this.reads.some((r) => r.entity === read.entity && r.entityId === read.entityId && r.field === read.field)) {
      this.reads.push(read);
    }
  }

  get pending(): readonly PersonalDataRead[] {
    return this.reads;
  }

  async flush(em: EntityManager, actor: Actor, requestId: string): Promise<void> {
    if (this.reads.length === 0) {
      return;
    }
    const schema = em.config.get('schema');
    const rows = this.reads.splice(0);
    const values = rows.map(() => '(?, ?, ?::text[], ?, ?, ?)').join(', ');
    await em.getConnection().execute(
      `insert into "${schema}".personal_data_access (request_id, actor_subject, actor_roles, entity, entity_id, field) values ${values}`,
      rows.flatMap((r) => [requestId, actor.subject, sqlArray(actor.roles), r.entity, r.entityId, r.field]),
    );
  }
}
