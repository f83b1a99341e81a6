import { Arg, Args, Ctx, FieldResolver, GraphQLISODateTime, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';

import { Authenticated, RequiresRoles } from '../../../kernel/graphql/auth-directives';
import { ConnectionArgs } from '../../../kernel/graphql/connection';
import type { SubgraphContext } from '../../../kernel/graphql/context';
import { Merchant } from '../merchant/merchant.stub';
import { Stall } from '../stall/stall.entity';
import { StallService } from '../stall/stall.service';
import { VendingZone } from '../vending-zone/vending-zone.entity';
import { VendingZoneService } from '../vending-zone/vending-zone.service';
import { StallAllocationService } from './stall-allocation.service';
import { StallPermitStatus } from './stall-permit-enums';
import { StallPermit } from './stall-permit.entity';
import { AllocateStallsInput, AllocateStallsPayload, ApplyForStallInput, ApplyForStallPayload, StallPermitConnection } from './stall-permit.inputs';
import { waitlistPositionByPermit } from './stall-permit.loaders';
import { StallPermitService } from './stall-permit.service';
import { RenewStallPermitInput, RevokeStallPermitInput, StallPermitChangePayload, WarnStallPermitHolderInput } from './stall-revocation.inputs';
import { StallRenewalService } from './stall-renewal.service';
import { StallRevocationService } from './stall-revocation.service';

@Resolver(() => StallPermit)
export class StallPermitResolver {
  @Mutation(() => ApplyForStallPayload, {
    description: '申请摊位 — a signed-in vendor applies for a merchant; queued by credit, blacklisted merchants refused with the reason',
  })
  @Authenticated()
  applyForStall(@Arg('input', () => ApplyForStallInput) input: ApplyForStallInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(StallPermitService).apply(input);
  }

  @Mutation(() => AllocateStallsPayload, {
    description: '摊位分配 — allocate the free stalls of a zone to its waitlist, best credit first (staff of the squad, ADMIN)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  allocateStalls(@Arg('input', () => AllocateStallsInput) input: AllocateStallsInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(StallAllocationService).allocate(input);
  }

  @Mutation(() => StallPermitChangePayload, {
    description: '警告摊主 — record a warning against an allocated permit; the merchant sees it (staff of the squad, ADMIN)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  warnStallPermitHolder(@Arg('input', () => WarnStallPermitHolderInput) input: WarnStallPermitHolderInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(StallRevocationService).warn(input);
  }

  @Mutation(() => StallPermitChangePayload, {
    description:
      '撤销摊位许可 — revoke an allocated permit after at least one warning (CONFLICT otherwise); the stall is free again (staff of the squad, ADMIN)',
  })
  @RequiresRoles('OFFICER', 'SUPERVISOR', 'ADMIN')
  revokeStallPermit(@Arg('input', () => RevokeStallPermitInput) input: RevokeStallPermitInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(StallRevocationService).revoke(input);
  }

  @Mutation(() => StallPermitChangePayload, {
    description:
      "摊位许可续期 — another year, in the 30 days before expiry; CONFLICT too early, not allocated, or blacklisted (the merchant's operator, staff of the squad)",
  })
  @Authenticated()
  renewStallPermit(@Arg('input', () => RenewStallPermitInput) input: RenewStallPermitInput, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(StallRenewalService).renew(input.permitId);
  }

  @Query(() => StallPermitConnection, { description: "我的摊位申请 — the caller's stall applications, newest first" })
  @Authenticated()
  myStallApplications(@Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(StallPermitService).mine(args);
  }

  @Query(() => StallPermit, { description: '摊位申请 — one application (the applicant, staff of the squad, ADMIN)' })
  @Authenticated()
  stallPermit(@Arg('id', () => ID) id: string, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(StallPermitService).get(id);
  }

  @FieldResolver(() => VendingZone, { description: '疏导点 — the zone applied for' })
  zone(@Root() permit: StallPermit, @Ctx() ctx: SubgraphContext) {
    return ctx.services.get(VendingZoneService).get(permit.zoneId);
  }

  @FieldResolver(() => Stall, { nullable: true, description: '摊位 — the allocated stall; null until allocated' })
  stall(@Root() permit: StallPermit, @Ctx() ctx: SubgraphContext) {
    return permit.stallId ? ctx.services.get(StallService).get(permit.stallId) : null;
  }

  @FieldResolver(() => Merchant, { description: '商户 — the merchant (credit file from enforcement)' })
  merchant(@Root() permit: StallPermit): Merchant {
    return { id: permit.merchantId };
  }

  @FieldResolver(() => GraphQLISODateTime, { description: '申请时间 — when the application was made' })
  appliedAt(@Root() permit: StallPermit): Date {
    return permit.createdAt;
  }

  @FieldResolver(() => Int, { nullable: true, description: "候补位次 — place on the zone's waitlist (1 = next); null unless WAITLISTED" })
  waitlistPosition(@Root() permit: StallPermit, @Ctx() ctx: SubgraphContext) {
    return permit.status === StallPermitStatus.WAITLISTED ? ctx.loaders.get(waitlistPositionByPermit).load(permit.id) : null;
  }
}
