import { createUnionType } from 'type-graphql';

import { Merchant } from './merchant.entity';
import { Person } from './person.entity';

/** 当事人 — the party of a case: a merchant or a person. */
export const CaseParty = createUnionType({
  name: 'CaseParty',
  description: '当事人 — party of a case: a merchant (商户) or a person (自然人)',
  types: () => [Merchant, Person] as const,
  resolveType: (value) => (value instanceof Merchant ? Merchant : Person),
});
