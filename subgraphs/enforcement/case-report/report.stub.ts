import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Topic sent to participation when a case is opened from one of its citizen reports (立案). */
export const CASE_OPENED_FROM_REPORT = 'case.opened-from-report';

/** Participation's 市民随手拍, referenced by id. */
@ObjectType({ description: '市民随手拍 — citizen report (owned by the participation subgraph)' })
@Directive('@key(fields: "id", resolvable: false)')
export class Report {
  @Field(() => ID, { description: 'Report id' })
  id!: string;
}
