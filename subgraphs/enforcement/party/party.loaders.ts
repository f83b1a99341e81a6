import { defineKeyLoader, defineLoader } from '../../../kernel/loaders/define-loader';
import { Case } from '../case/case.entity';
import { Merchant } from './merchant.entity';
import { Person } from './person.entity';

export const merchantById = defineKeyLoader('merchantById', Merchant, 'id');
export const personById = defineKeyLoader('personById', Person, 'id');

/** Whether the caller is the assigned officer of any case of each party (one statement per batch). */
export const callerWorksPartyCase = defineLoader<string, boolean>('callerWorksPartyCase', (scope) => async (partyIds) => {
  if (!scope.actor.subject) {
    return partyIds.map(() => false);
  }
  const rows = await scope.em.find(Case, { partyId: { $in: [...partyIds] }, assignee: scope.actor.subject }, { fields: ['partyId'] });
  const mine = new Set(rows.map((r) => r.partyId));
  return partyIds.map((id) => mine.has(id));
});
