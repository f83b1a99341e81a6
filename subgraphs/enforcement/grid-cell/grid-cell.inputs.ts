import { Field, ID, InputType } from 'type-graphql';

@InputType({ description: 'Filter for the grid-cell list' })
export class GridCellFilter {
  @Field(() => String, { nullable: true, description: '区 — only cells of this district' })
  district?: string | null;

  @Field(() => String, { nullable: true, description: '街道 — only cells of this street or town' })
  street?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only cells looked after by this unit' })
  unitId?: string | null;
}
