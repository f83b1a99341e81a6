import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from 'type-graphql';

import { Connection } from '../../../kernel/graphql/connection';
import { VendingZoneKind } from './vending-zone-enums';
import { VendingZone } from './vending-zone.entity';

@InputType({ description: '位置 — a point (WGS-84)' })
export class GeoPointInput {
  @Field(() => Float, { description: 'Latitude (WGS-84), −90…90' })
  @Min(-90)
  @Max(90)
  lat!: number;

  @Field(() => Float, { description: 'Longitude (WGS-84), −180…180' })
  @Min(-180)
  @Max(180)
  lng!: number;
}

@ArgsType()
export class VendingZonesNearArgs {
  @Field(() => GeoPointInput, { description: '从哪里找 — the point to search around' })
  near!: GeoPointInput;

  @Field(() => Int, { defaultValue: 3000, description: '半径 — search radius in metres, 100–20000 (default 3000)' })
  @Min(100)
  @Max(20_000)
  radiusMeters!: number;

  @Field(() => VendingZoneKind, { nullable: true, description: 'Only zones of this kind (e.g. NIGHT_MARKET)' })
  kind?: VendingZoneKind | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Only zones open at this instant (e.g. tonight 20:00); omitted = any time' })
  @IsOptional()
  openAt?: Date | null;

  @Field(() => Int, { defaultValue: 20, description: 'Page size (1–50)' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor` of the same search)' })
  after?: string | null;
}

@InputType({ description: 'Filter for the vending-zone list' })
export class VendingZoneFilter {
  @Field(() => VendingZoneKind, { nullable: true, description: 'Only this kind' })
  kind?: VendingZoneKind | null;

  @Field(() => ID, { nullable: true, description: 'Only zones in this grid cell (网格编码, up to 20 characters)' })
  gridCode?: string | null;
}

@ObjectType({ description: '附近的疏导点 — a vending zone found near a point, with its distance' })
export class NearbyVendingZone {
  @Field(() => VendingZone, { description: 'The zone' })
  zone!: VendingZone;

  @Field(() => Int, { description: '距离 — straight-line distance from the search point, metres' })
  distanceMeters!: number;
}

@ObjectType({ description: '附近的疏导点 — zones near a point, nearest first' })
export class NearbyVendingZoneConnection extends Connection(NearbyVendingZone, '附近的疏导点') {}

@ObjectType({ description: '便民疏导点列表 — a page of vending zones' })
export class VendingZoneConnection extends Connection(VendingZone, '便民疏导点') {}
