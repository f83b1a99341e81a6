import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** Last case number handed out per year; incremented atomically (see allocateCaseNumber). */
@Entity({ tableName: 'case_number_counter' })
export class CaseNumberCounter {
  [PrimaryKeyProp]?: 'year';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
