import path from 'node:path';

import { referenceVia } from '../../kernel/graphql/reference';
import { defineSubgraph } from '../../kernel/server/subgraph-definition';
import { Activity } from './activity/activity.stub';
import { CommitteeMember } from './committee/committee-member.entity';
import { CommitteeMemberResolver } from './committee/committee-member.resolver';
import { SelfGovernanceCommittee } from './committee/committee.entity';
import { CommitteeResolver } from './committee/committee.resolver';
import { VendingZoneCommitteeResolver } from './committee/vending-zone-committee.resolver';
import { CommunityPost } from './community/community-post.entity';
import { CommunityPostResolver } from './community/community.resolver';
import { OpinionItem } from './community/opinion-item.entity';
import { CommunityRating } from './community/community-rating.entity';
import { OfficerCommunityResolver } from './officer/officer-community.resolver';
import { GridCell } from './grid-cell/grid-cell.stub';
import { GuideShift } from './guide-shift/guide-shift.entity';
import { GuideShiftResolver } from './guide-shift/guide-shift.resolver';
import { MERCHANT_CREDIT_CHANGED, onMerchantCreditChanged } from './merchant/credit-changed.consumer';
import { MerchantCredit } from './merchant/merchant-credit.entity';
import { MerchantOperator } from './merchant/merchant-operator.entity';
import { MerchantOperatorResolver } from './merchant/merchant-operator.resolver';
import { MerchantVisit } from './merchant-visit/merchant-visit.entity';
import { MerchantVisitResolver } from './merchant-visit/merchant-visit.resolver';
import { VisitConcern } from './merchant-visit/visit-concern.entity';
import { VisitConcernResolver } from './merchant-visit/visit-concern.resolver';
import { CASE_OPENED_FROM_VISIT_CONCERN } from './merchant-visit/escalation-rules';
import { onCaseOpenedFromVisitConcern } from './merchant-visit/case-opened.consumer';
import { merchantVisitById } from './merchant-visit/merchant-visit.loaders';
import { Case } from './case/case.stub';
import { Merchant } from './merchant/merchant.stub';
import { migrations } from './migrations';
import { OfficerServiceWorkResolver } from './officer/officer-service-work.resolver';
import { officerReference } from './officer/officer.stub';
import { OutreachEvent } from './outreach/outreach-event.entity';
import { OutreachEventResolver } from './outreach/outreach.resolver';
import { seedService } from './seed/seed-service';
import { ServicePointVisitTally } from './service-point/service-point-visit-tally.entity';
import { ServicePoint } from './service-point/service-point.entity';
import { servicePointById } from './service-point/service-point.loaders';
import { ServicePointResolver } from './service-point/service-point.resolver';
import { Stall } from './stall/stall.entity';
import { stallById } from './stall/stall.loaders';
import { StallResolver } from './stall/stall.resolver';
import { StallPermit } from './stall-permit/stall-permit.entity';
import { StallPermitResolver } from './stall-permit/stall-permit.resolver';
import { Unit } from './unit/unit.stub';
import { VendingZone } from './vending-zone/vending-zone.entity';
import { vendingZoneById } from './vending-zone/vending-zone.loaders';
import { VendingZoneResolver } from './vending-zone/vending-zone.resolver';
import { WorkMixSplitResolver } from './work-mix/work-mix.resolver';
import { WorkMix } from './work-mix/work-mix.stub';

/**
 * 便民服务 subgraph — the 70 in 721: vending zones, stalls, stall permits, guide shifts, committees, merchant visits,
 * service points, community posts, outreach, and the service side of the 721 split.
 */
export const service = defineSubgraph({
  name: 'service',
  dbSchema: 'service',
  migrationsDir: path.join(__dirname, 'migrations'),
  entities: [
    VendingZone,
    Stall,
    StallPermit,
    MerchantCredit,
    MerchantOperator,
    MerchantVisit,
    VisitConcern,
    ServicePoint,
    ServicePointVisitTally,
    GuideShift,
    SelfGovernanceCommittee,
    CommitteeMember,
    OutreachEvent,
    CommunityPost,
    OpinionItem,
    CommunityRating,
  ],
  resolvers: [
    VendingZoneResolver,
    StallResolver,
    StallPermitResolver,
    MerchantOperatorResolver,
    MerchantVisitResolver,
    VisitConcernResolver,
    ServicePointResolver,
    OfficerServiceWorkResolver,
    WorkMixSplitResolver,
    GuideShiftResolver,
    CommitteeResolver,
    CommitteeMemberResolver,
    VendingZoneCommitteeResolver,
    OutreachEventResolver,
    CommunityPostResolver,
    OfficerCommunityResolver,
  ],
  orphanedTypes: [GridCell, Unit, Merchant, Case, WorkMix, Activity],
  references: {
    VendingZone: referenceVia(vendingZoneById, 'id'),
    Stall: referenceVia(stallById, 'id'),
    ServicePoint: referenceVia(servicePointById, 'id'),
    MerchantVisit: referenceVia(merchantVisitById, 'id'),
    Officer: officerReference,
    // pass the @requires fields (enforcement's counts and scope) through to WorkMix.split
    WorkMix: { __resolveReference: (ref: WorkMix) => ({ ...ref }) },
  },
  migrations,
  consumers: { [MERCHANT_CREDIT_CHANGED]: onMerchantCreditChanged, [CASE_OPENED_FROM_VISIT_CONCERN]: onCaseOpenedFromVisitConcern },
  seed: seedService,
});
