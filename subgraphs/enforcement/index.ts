import path from 'node:path';

import type { SubgraphContext } from '../../kernel/graphql/context';
import { referenceVia } from '../../kernel/graphql/reference';
import { defineSubgraph } from '../../kernel/server/subgraph-definition';
import { CaseReview } from './case-review/case-review.entity';
import { CaseReviewResolver } from './case-review/case-review.resolver';
import { CaseFieldsResolver } from './case/case-fields.resolver';
import { CaseNumberCounter } from './case/case-number-counter.entity';
import { Case } from './case/case.entity';
import { CaseResolver } from './case/case.resolver';
import { CaseUpdatesResolver } from './case/case-updates.resolver';
import { CaseService } from './case/case.service';
import { CreditEntry } from './credit/credit-entry.entity';
import { CreditSignResolver } from './credit/credit-sign.resolver';
import { MerchantCreditResolver } from './credit/credit.resolver';
import { Department } from './department/department.entity';
import { departmentById } from './department/department.loaders';
import { DepartmentResolver } from './department/department.resolver';
import { disclosurePublicationJob } from './disclosure/disclosure-publication';
import { EnforcementStatsDisclosureResolver } from './disclosure/disclosure-stats.resolver';
import { PenaltyDisclosureResolver } from './disclosure/disclosure.resolver';
import { EnforcementProcedureResolver } from './disclosure/enforcement-procedure.resolver';
import { PenaltyDisclosure } from './disclosure/penalty-disclosure.entity';
import { DiscretionBenchmark } from './discretion/discretion-benchmark.entity';
import { ViolationTypeDiscretionResolver } from './discretion/discretion.resolver';
import { DispositionDiscretionResolver } from './discretion/disposition-discretion.resolver';
import { PenaltyDiscretion } from './discretion/penalty-discretion.entity';
import { Disposition } from './disposition/disposition.entity';
import { DispositionResolver } from './disposition/disposition.resolver';
import { Evidence } from './evidence/evidence.entity';
import { EvidenceResolver } from './evidence/evidence.resolver';
import { FollowUp } from './follow-up/follow-up.entity';
import { CaseFollowUpResolver } from './follow-up/follow-up.resolver';
import { GridCell } from './grid-cell/grid-cell.entity';
import { gridCellByCode } from './grid-cell/grid-cell.loaders';
import { GridCellResolver } from './grid-cell/grid-cell.resolver';
import { migrations } from './migrations';
import { OfficerGridAssignment } from './officer/officer-grid-assignment.entity';
import { Officer } from './officer/officer.entity';
import { officerById } from './officer/officer.loaders';
import { OfficerCasesResolver } from './officer/officer-cases.resolver';
import { OfficerResolver } from './officer/officer.resolver';
import { Merchant } from './party/merchant.entity';
import { merchantById } from './party/party.loaders';
import { MerchantResolver, PersonResolver } from './party/party.resolver';
import { Person } from './party/person.entity';
import { CaseSourceReportResolver } from './case-report/case-source-report.resolver';
import { CaseSourceVisitResolver } from './case-visit/case-source-visit.resolver';
import { VISIT_CONCERN_ESCALATED } from './case-visit/merchant-visit.stub';
import { onVisitConcernEscalated } from './case-visit/visit-concern-case.consumer';
import { DispositionActivityResolver } from './labor/disposition-activity.resolver';
import { CaseLegalReviewResolver } from './legal-review/case-legal-review.resolver';
import { LegalReview } from './legal-review/legal-review.entity';
import { LegalReviewResolver } from './legal-review/legal-review.resolver';
import { LABOR_HOURS_VERIFIED, laborLapseJob, onLaborHoursVerified } from './labor/labor.service';
import { CaseClosureResolver } from './closure/case-closure.resolver';
import { CaseFinding } from './closure/case-finding.entity';
import { CaseFindingResolver } from './closure/case-finding.resolver';
import { EvidenceCustodyEvent } from './custody/custody-event.entity';
import { EvidenceCustodyResolver } from './custody/custody.resolver';
import { OnTheSpotResolver } from './on-the-spot/on-the-spot.resolver';
import { seedEnforcement } from './seed/seed-enforcement';
import { EnforcementStatsDecisionChangesResolver } from './statistics/decision-changes.resolver';
import { EnforcementStatsResolver } from './statistics/enforcement-stats.resolver';
import { EnforcementThresholds } from './thresholds/enforcement-thresholds.entity';
import { EnforcementThresholdsResolver } from './thresholds/thresholds.resolver';
import { CaseEvent } from './timeline/case-event.entity';
import { Unit } from './unit/unit.entity';
import { unitById } from './unit/unit.loaders';
import { UnitResolver } from './unit/unit.resolver';
import { ViolationType } from './violation-type/violation-type.entity';
import { violationTypeByCode } from './violation-type/violation-type.loaders';
import { ViolationTypeResolver } from './violation-type/violation-type.resolver';
import { Whistle } from './whistle/whistle.entity';
import { WorkMixResolver } from './work-mix/work-mix.resolver';
import { WorkMixService } from './work-mix/work-mix.service';
import { CaseWhistleResolver, WhistleResolver } from './whistle/whistle.resolver';
import { OfficerDutyEligibility } from './duty-eligibility/officer-duty-eligibility.entity';
import { DUTY_ELIGIBILITY_CHANGED, onDutyEligibilityChanged } from './duty-eligibility/duty-eligibility.consumer';

/** 执法案件 subgraph: the bureau's organisation, officers, grid, violation catalogue, parties and cases. */
export const enforcement = defineSubgraph({
  name: 'enforcement',
  dbSchema: 'enforcement',
  migrationsDir: path.join(__dirname, 'migrations'),
  // statistics kept by triggers in hand-written migrations (no entity)
  handWrittenTables: ['case_day_stats', 'case_tally'],
  // partial, covering or GIN indexes written by hand in migrations, which the entity decorators cannot express
  handWrittenIndexes: [
    'case_closed_at_stats_index',
    'case_due_at_stats_index',
    'case_open_occurred_at_id_index',
    'case_typical_occurred_at_id_index',
    'case_unit_id_closed_at_index',
    'case_unit_id_due_at_index',
    'case_grid_cell_code_occurred_at_id_index',
    'case_occurred_at_id_index',
    'case_unit_id_occurred_at_id_index',
    'evidence_recording_case_id_index',
    'disposition_superseded_at_index',
  ],
  entities: [
    OfficerDutyEligibility,
    Unit,
    Officer,
    GridCell,
    OfficerGridAssignment,
    ViolationType,
    Merchant,
    Person,
    Case,
    CaseNumberCounter,
    Disposition,
    Evidence,
    CaseEvent,
    FollowUp,
    Department,
    Whistle,
    CaseReview,
    CreditEntry,
    EvidenceCustodyEvent,
    DiscretionBenchmark,
    PenaltyDiscretion,
    LegalReview,
    PenaltyDisclosure,
    CaseFinding,
    EnforcementThresholds,
  ],
  resolvers: [
    OfficerResolver,
    UnitResolver,
    GridCellResolver,
    ViolationTypeResolver,
    CaseResolver,
    CaseUpdatesResolver,
    CaseFieldsResolver,
    DispositionResolver,
    EvidenceResolver,
    MerchantResolver,
    PersonResolver,
    CaseFollowUpResolver,
    DepartmentResolver,
    WhistleResolver,
    CaseWhistleResolver,
    CaseReviewResolver,
    MerchantCreditResolver,
    EnforcementStatsResolver,
    CaseSourceReportResolver,
    OfficerCasesResolver,
    DispositionActivityResolver,
    CaseClosureResolver,
    EvidenceCustodyResolver,
    ViolationTypeDiscretionResolver,
    DispositionDiscretionResolver,
    LegalReviewResolver,
    CaseLegalReviewResolver,
    PenaltyDisclosureResolver,
    EnforcementProcedureResolver,
    EnforcementStatsDisclosureResolver,
    CaseFindingResolver,
    EnforcementStatsDecisionChangesResolver,
    OnTheSpotResolver,
    CreditSignResolver,
    EnforcementThresholdsResolver,
    CaseSourceVisitResolver,
    WorkMixResolver,
  ],
  references: {
    Officer: referenceVia(officerById, 'id'),
    Unit: referenceVia(unitById, 'id'),
    GridCell: referenceVia(gridCellByCode, 'code'),
    ViolationType: referenceVia(violationTypeByCode, 'code'),
    Merchant: referenceVia(merchantById, 'id'),
    Department: referenceVia(departmentById, 'id'),
    /** Cases resolve only for callers who may see them (their unit's staff, ADMIN). */
    Case: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => ctx.services.get(CaseService).get(ref.id) },
    WorkMix: { __resolveReference: (ref: { id: string }, ctx: SubgraphContext) => ctx.services.get(WorkMixService).byId(ref.id) },
  },
  migrations,
  consumers: {
    [LABOR_HOURS_VERIFIED]: onLaborHoursVerified,
    [DUTY_ELIGIBILITY_CHANGED]: onDutyEligibilityChanged,
    [VISIT_CONCERN_ESCALATED]: onVisitConcernEscalated,
  },
  jobs: [laborLapseJob, disclosurePublicationJob],
  seed: seedEnforcement,
});
