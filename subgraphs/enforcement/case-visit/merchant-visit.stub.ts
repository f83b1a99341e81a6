import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The service subgraph asks for a case from a visit concern on this topic; we answer on the second. */
export const VISIT_CONCERN_ESCALATED = 'visit.concern-escalated';
export const CASE_OPENED_FROM_VISIT_CONCERN = 'case.opened-from-visit-concern';

/** The service subgraph's 商户走访, referenced by id. */
@ObjectType({ description: '商户走访 — merchant visit (owned by the service subgraph)' })
@Directive('@key(fields: "id", resolvable: false)')
export class MerchantVisit {
  @Field(() => ID, { description: 'MerchantVisit id' })
  id!: string;
}
