import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { Opt } from '@mikro-orm/core';

/** Fixed-window counter: hits of one client key in one window (rate limiting anonymous submissions). */
@Entity({ tableName: 'rate_limit_window' })
export class RateLimitWindow {
  @PrimaryKey({ type: 'string', length: 120 })
  bucket!: string;

  @PrimaryKey({ type: 'datetime' })
  windowStart!: Date;

  @Property({ type: 'integer' })
  hits: Opt<number> = 0;
}
