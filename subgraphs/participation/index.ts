import path from 'node:path';

import { referenceVia } from '../../kernel/graphql/reference';
import { defineSubgraph } from '../../kernel/server/subgraph-definition';
import { ActivitySignUp } from './activity/activity-sign-up.entity';
import { ActivitySignUpResolver, ActivitySignUpsFieldResolver } from './activity/activity-sign-up.resolver';
import { Activity } from './activity/activity.entity';
import { activityById } from './activity/activity.loaders';
import { ActivityResolver } from './activity/activity.resolver';
import { autoCheckOutJob } from './activity/auto-check-out.job';
import { LABOR_ASSIGNED, onLaborAssigned } from './activity/labor-assigned.consumer';
import { LABOR_WITHDRAWN, onLaborWithdrawn } from './activity/labor-withdrawal';
import { LaborAssignment } from './activity/labor-assignment.entity';
import { CASE_CLOSED, onCaseClosed } from './case/case-closed.consumer';
import { CASE_OPENED_FROM_REPORT, onCaseOpenedFromReport } from './case/case-opened.consumer';
import { ClosedCase } from './case/closed-case.entity';
import { ReportCaseResolver } from './case/report-case.resolver';
import { dispatchJob } from './dispatch/dispatch.job';
import { migrations } from './migrations';
import { ObserverAppointment } from './observer/observer-appointment.entity';
import { ObserverResolver } from './observer/observer.resolver';
import { officerReference } from './officer/officer.stub';
import { PointEntry } from './points/point-entry.entity';
import { PointsResolver } from './points/points.resolver';
import { PointsAdjustmentResolver } from './points/points-adjustment.resolver';
import { Redemption } from './points/redemption.entity';
import { Reward } from './points/reward.entity';
import { ReportEvent } from './report-event/report-event.entity';
import { ReportFieldsResolver } from './report/report-fields.resolver';
import { ReportLifecycleResolver } from './report/report-lifecycle.resolver';
import { ReportProgressResolver } from './report/report-progress.resolver';
import { Report } from './report/report.entity';
import { reportById } from './report/report.loaders';
import { ReportResolver } from './report/report.resolver';
import { seedParticipation } from './seed/seed-participation';
import { ServiceRecordResolver } from './service-record/service-record.resolver';
import { ParticipationStatsResolver } from './stats/participation-stats.resolver';
import { StreetRatingRound, StreetScore } from './street-rating/street-rating.entities';
import { StreetRatingResolver } from './street-rating/street-rating.resolver';
import { OfficerFeedback } from './supervision/officer-feedback.entity';
import { OfficerComplaintsResolver } from './supervision/officer-complaints.resolver';
import { OfficerFeedbackResolver } from './supervision/officer-feedback.resolver';
import { SatisfactionSurvey } from './survey/satisfaction-survey.entity';
import { SurveyResolver } from './survey/survey.resolver';
import { VolunteerTeam } from './team/volunteer-team.entity';
import { VolunteerTeamResolver } from './team/volunteer-team.resolver';
import { Volunteer } from './volunteer/volunteer.entity';
import { VolunteerResolver } from './volunteer/volunteer.resolver';

/**
 * 志愿者与公众参与 subgraph: citizen reports, automatic dispatch, KPIs,
 * volunteers, activities, points, officer supervision, street rating.
 */
export const participation = defineSubgraph({
  name: 'participation',
  dbSchema: 'participation',
  migrationsDir: path.join(__dirname, 'migrations'),
  // statistics kept by triggers in hand-written migrations (no entity)
  handWrittenTables: ['report_day_stats'],
  // partial, covering or GIN indexes written by hand in migrations, which the entity decorators cannot express
  handWrittenIndexes: ['report_grid_code_submitted_at_index', 'report_submitted_at_id_index'],
  entities: [
    Report,
    ClosedCase,
    ReportEvent,
    Volunteer,
    VolunteerTeam,
    Activity,
    ActivitySignUp,
    LaborAssignment,
    PointEntry,
    Reward,
    Redemption,
    OfficerFeedback,
    ObserverAppointment,
    StreetRatingRound,
    StreetScore,
    SatisfactionSurvey,
  ],
  resolvers: [
    ReportResolver,
    ReportFieldsResolver,
    ReportLifecycleResolver,
    ReportProgressResolver,
    ReportCaseResolver,
    ParticipationStatsResolver,
    VolunteerResolver,
    ServiceRecordResolver,
    VolunteerTeamResolver,
    ActivityResolver,
    ActivitySignUpResolver,
    ActivitySignUpsFieldResolver,
    PointsResolver,
    PointsAdjustmentResolver,
    OfficerFeedbackResolver,
    OfficerComplaintsResolver,
    ObserverResolver,
    StreetRatingResolver,
    SurveyResolver,
  ],
  references: {
    Report: referenceVia(reportById, 'id'),
    Activity: referenceVia(activityById, 'id'),
    Officer: officerReference,
  },
  migrations,
  consumers: {
    [CASE_OPENED_FROM_REPORT]: onCaseOpenedFromReport,
    [CASE_CLOSED]: onCaseClosed,
    [LABOR_ASSIGNED]: onLaborAssigned,
    [LABOR_WITHDRAWN]: onLaborWithdrawn,
  },
  jobs: [dispatchJob, autoCheckOutJob],
  seed: seedParticipation,
});
