import { ArrayType, Entity, Property } from '@mikro-orm/core';
import { Directive, Field, ObjectType } from 'type-graphql';

import { SquadPlace } from '../unit/squad-place.entity';
import { ServicePointAmenity } from './service-point-enums';

/** 便民服务点 — water, charging and rest for sanitation workers, couriers and citizens. */
@Entity({ tableName: 'service_point' })
@ObjectType({ description: '便民服务点 — a service point giving sanitation workers and couriers water, charging and rest' })
@Directive('@key(fields: "id")')
export class ServicePoint extends SquadPlace {
  @Field(() => String, { description: '名称 — name, e.g. 云山中队城管驿站' })
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field(() => String, { description: '开放时间 — opening hours as posted, e.g. 全天 or 07:00–21:00' })
  @Property({ type: 'string', length: 40 })
  openingHours!: string;

  @Field(() => [ServicePointAmenity], { description: '服务项目 — what it offers' })
  @Property({ type: ArrayType, columnType: 'text[]' })
  amenities: ServicePointAmenity[] = [];

  /** Participation Activity whose volunteers staff the point (志愿者驻点服务); see ServicePoint.volunteerActivity. */
  @Property({ type: 'uuid', nullable: true })
  volunteerActivityId?: string | null;
}
