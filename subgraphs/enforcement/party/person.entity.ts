import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

import { BaseEntity } from '../../../kernel/db/base.entity';
import { PersonalData } from '../../../kernel/graphql/auth-directives';

@Entity({ tableName: 'person' })
@ObjectType({ description: '自然人当事人 — a person who is a party to a case' })
export class Person extends BaseEntity {
  @Field(() => String, { description: '姓名 — name' })
  @PersonalData()
  @Property({ type: 'string', length: 40 })
  name!: string;

  /** Protected: exposed masked (`110***********1234`) except to the case's officers and ADMIN. */
  @Unique()
  @Property({ type: 'string', length: 18 })
  idNumber!: string;

  /** Protected: exposed masked (`138****5678`). */
  @Property({ type: 'string', length: 20, nullable: true })
  phone?: string | null;
}
