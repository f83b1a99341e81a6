import { Entity, Property, Unique } from '@mikro-orm/core';

import { BaseEntity } from '../../../kernel/db/base.entity';

/** 已读标记 — an officer marked one notification (by its stable key) as read. Marking twice changes nothing. */
@Entity({ tableName: 'notification_read' })
@Unique({ properties: ['officerId', 'notificationKey'] })
export class NotificationRead extends BaseEntity {
  @Property({ type: 'uuid' })
  officerId!: string;

  @Property({ type: 'string', length: 120 })
  notificationKey!: string;
}
