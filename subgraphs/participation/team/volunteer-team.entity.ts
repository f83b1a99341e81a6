import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 志愿者队伍 — a standing team of volunteers serving one grid cell, with a leader. */
@Entity({ tableName: 'volunteer_team' })
@Index({ properties: ['createdAt', 'id'] })
@ObjectType({
  description: '志愿者队伍 — volunteer team serving one grid cell',
})
export class VolunteerTeam extends BaseEntity {
  @Field(() => String, { description: '队伍名称 — team name (unique)' })
  @Unique()
  @Property({ type: 'string', length: 50 })
  name!: string;

  @Field(() => ID, { description: '网格编码 — grid cell the team serves' })
  @Index()
  @Property({ type: 'string', length: 20 })
  gridCode!: string;

  @Field(() => ID, {
    description: '队长 — volunteer id of the leader (also a member)',
  })
  @Property({ type: 'uuid' })
  leaderVolunteerId!: string;
}
