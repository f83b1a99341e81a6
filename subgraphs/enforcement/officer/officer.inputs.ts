import { Field, ID, InputType } from 'type-graphql';

import { OfficerStatus } from './officer-enums';

@InputType({ description: 'Filter for the officer list' })
export class OfficerFilter {
  @Field(() => ID, { nullable: true, description: 'Only officers of this unit' })
  unitId?: string | null;

  @Field(() => OfficerStatus, { nullable: true, description: 'Only officers with this status' })
  status?: OfficerStatus | null;

  @Field(() => String, { nullable: true, description: 'Only officers assigned to this grid cell' })
  gridCode?: string | null;
}
