import { ref } from '@mikro-orm/core';

import { ConflictError, ValidationError } from '../../../kernel/errors/domain-error';
import { BaseService } from '../../../kernel/services/base.service';
import type { Case } from '../case/case.entity';
import { isFinal } from '../case/case-transitions';
import { CaseService } from '../case/case.service';
import { CustodyAction, EvidenceCustodyEvent } from '../custody/custody-event.entity';
import { appendEvent } from '../timeline/append-event';
import { Evidence } from './evidence.entity';
import type { AddEvidenceInput } from './evidence.inputs';

export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Evidence is added, never changed or removed (there is no update or delete path). */
export class EvidenceService extends BaseService {
  async add(input: AddEvidenceInput): Promise<{ evidence: Evidence; case: Case }> {
    this.requireRole('OFFICER', 'SUPERVISOR', 'ADMIN');
    const sha256 = input.sha256.toLowerCase();
    if (!SHA256_HEX.test(sha256)) {
      throw new ValidationError('input.sha256', 'sha256 must be 64 hexadecimal digits');
    }
    if (input.capturedAt.getTime() > Date.now() + 60_000) {
      throw new ValidationError('input.capturedAt', 'capturedAt is in the future');
    }
    return this.em.transactional(async (tx) => {
      const c = await this.scope.services.get(CaseService).lockForAction(tx, input.caseId, 'WORK');
      if (isFinal(c.status)) {
        throw new ConflictError(`evidence cannot be added to a ${c.status} case`, { status: c.status });
      }
      const evidence = tx.create(Evidence, {
        case: ref(c),
        kind: input.kind,
        uri: input.uri,
        sha256,
        capturedBy: this.actor.subject!,
        capturedAt: input.capturedAt,
      });
      tx.create(EvidenceCustodyEvent, { evidenceId: evidence.id, action: CustodyAction.ADDED, actorSubject: this.actor.subject, at: new Date() });
      await appendEvent(tx, c.id, {
        action: 'EVIDENCE',
        actorSubject: this.actor.subject,
        after: { evidenceId: evidence.id, kind: input.kind, uri: input.uri, sha256 },
      });
      return { evidence, case: c };
    });
  }
}
