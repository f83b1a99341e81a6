import { Field, InputType } from 'type-graphql';

import { ViolationCategory } from './violation-category.enum';

@InputType({ description: 'Filter for the violation-type catalogue' })
export class ViolationTypeFilter {
  @Field(() => ViolationCategory, { nullable: true, description: 'Only this category' })
  category?: ViolationCategory | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only types on the minor-violation exemption list (免罚清单)' })
  onExemptionList?: boolean | null;
}
