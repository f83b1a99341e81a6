import { Entity, Enum, Index, ManyToOne, OptionalProps, Property, Unique } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { Directive, Field, GraphQLISODateTime, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { Unit } from '../unit/unit.entity';
import { OfficerPosition, OfficerStatus } from './officer-enums';

@Entity({ tableName: 'officer' })
@ObjectType({ description: '执法队员 — law-enforcement officer of the bureau' })
@Directive('@key(fields: "id")')
export class Officer extends BaseEntity {
  /** `status` has a default; typed as the plain enum (not `Opt<…>`) so comparisons with its members type-check. */
  [OptionalProps]?: 'status';

  @Field(() => String, { description: '执法证号 — badge (enforcement certificate) number, public' })
  @Unique()
  @Property({ type: 'string', length: 20 })
  badgeNumber!: string;

  @Field(() => String, { description: '姓名 — name' })
  @Property({ type: 'string', length: 40 })
  name!: string;

  @Index()
  @ManyToOne({ entity: () => Unit, ref: true })
  unit!: Ref<Unit>;

  @Field(() => OfficerPosition, { description: '职务 — position' })
  @Enum({ items: () => OfficerPosition, nativeEnumName: 'officer_position' })
  position!: OfficerPosition;

  @Field(() => OfficerStatus, { description: '在岗状态 — status' })
  @Enum({ items: () => OfficerStatus, nativeEnumName: 'officer_status' })
  status: OfficerStatus = OfficerStatus.ACTIVE;

  @Field(() => GraphQLISODateTime, { nullable: true, description: '入职日期 — date of joining the service (signed-in callers only)' })
  @Directive('@authenticated')
  @Property({ type: 'date' })
  hiredOn!: Date;

  /** Private: exposed only masked (see OfficerResolver.phone). */
  @Property({ type: 'string', length: 20, nullable: true, lazy: false })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: '工作照 — photo URI shown on the supervision card' })
  @Property({ type: 'string', length: 300, nullable: true })
  photoUri?: string | null;
}
