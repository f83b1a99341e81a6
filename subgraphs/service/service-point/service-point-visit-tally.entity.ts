import { Entity, Enum, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

import { VisitorGroup } from './service-point-enums';

/** 服务人次 of one service point, day and visitor group (China-time date); recording again adds to it. */
@Entity({ tableName: 'service_point_visit_tally' })
export class ServicePointVisitTally {
  [PrimaryKeyProp]?: ['servicePointId', 'day', 'visitorGroup'];

  @PrimaryKey({ type: 'uuid' })
  servicePointId!: string;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @Enum({ items: () => VisitorGroup, nativeEnumName: 'visitor_group', primary: true })
  visitorGroup!: VisitorGroup;

  @Property({ type: 'integer' })
  visits!: number;
}
