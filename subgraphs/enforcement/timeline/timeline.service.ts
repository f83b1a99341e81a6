import { BaseService } from '../../../kernel/services/base.service';
import { eventsByCase } from './case-event.loaders';
import type { CaseEvent } from './case-event.entity';
import { verifyChain } from './hash-chain';
import type { ChainVerdict } from './hash-chain';

/** Reads a case's legal record; there is deliberately no method to change or remove an event. */
export class TimelineService extends BaseService {
  events(caseId: string): Promise<CaseEvent[]> {
    return this.scope.loaders.get(eventsByCase).load(caseId);
  }

  async verify(caseId: string): Promise<ChainVerdict> {
    return verifyChain(await this.events(caseId));
  }
}
