import { FieldResolver, Resolver, Root } from 'type-graphql';

import { Merchant } from '../merchant/merchant.stub';
import { CommitteeMember } from './committee-member.entity';

@Resolver(() => CommitteeMember)
export class CommitteeMemberResolver {
  @FieldResolver(() => Merchant, { description: '商户 — the member merchant (name and credit from enforcement)' })
  merchant(@Root() member: CommitteeMember): Merchant {
    return { id: member.merchantId };
  }
}
