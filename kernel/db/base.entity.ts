import { randomUUID } from 'node:crypto';

import { PrimaryKey, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';
import { Field, GraphQLISODateTime, ID, ObjectType } from 'type-graphql';

/** Common columns: a UUID primary key and creation/update times. */
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID, { description: 'Stable identifier (UUID)' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => GraphQLISODateTime, { description: 'When the record was created' })
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
