import { Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { ServicePointAmenity, VisitorGroup } from './service-point-enums';
import { ServicePoint } from './service-point.entity';

@InputType({ description: 'Filter for the service-point list' })
export class ServicePointFilter {
  @Field(() => ID, { nullable: true, description: 'Only in this grid cell (网格编码, up to 20 characters)' })
  gridCode?: string | null;

  @Field(() => ServicePointAmenity, { nullable: true, description: 'Only points offering this (e.g. CHARGING)' })
  amenity?: ServicePointAmenity | null;
}

@InputType({ description: '登记服务人次 — add the visits of one day to a service point (staff of its squad, ADMIN)' })
export class RecordServicePointVisitsInput {
  @Field(() => ID, { description: '服务点 — the service point (UUID)' })
  servicePointId!: string;

  @Field(() => String, { description: '日期 — the China-time day, YYYY-MM-DD, not in the future' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  day!: string;

  @Field(() => VisitorGroup, { description: '服务对象 — who came' })
  visitorGroup!: VisitorGroup;

  @Field(() => Int, { description: '人次 — visits to add, 1–2000' })
  @Min(1)
  @Max(2000)
  visits!: number;
}

@ObjectType({ description: 'Result of recordServicePointVisits' })
export class RecordServicePointVisitsPayload {
  @Field(() => ServicePoint, { description: 'The service point, with its new totals' })
  servicePoint!: ServicePoint;
}

@InputType({ description: '志愿者驻点 — name the participation activity whose volunteers staff a service point (staff of the squad, ADMIN)' })
export class StaffServicePointInput {
  @Field(() => ID, { description: '服务点 — the service point (UUID)' })
  servicePointId!: string;

  @Field(() => ID, { nullable: true, description: '志愿活动 — participation Activity (UUID) volunteers sign up for; null ends the volunteer staffing' })
  activityId?: string | null;
}

@ObjectType({ description: '便民服务点列表 — a page of service points, by name' })
export class ServicePointConnection extends Connection(ServicePoint, '便民服务点') {}
