/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 案件来源 — where a case came from */
export type CaseSource =
  /** 市民举报 — citizen report (随手拍) */
  | 'CITIZEN_REPORT'
  /** 部门移送 — referred by another department */
  | 'DEPARTMENT_REFERRAL'
  /** 智能设备 — camera or sensor alert */
  | 'DEVICE'
  /** 巡查发现 — found on patrol */
  | 'PATROL'
  /** 志愿者发现 — reported by a volunteer */
  | 'VOLUNTEER';

/** 案件状态 — status of an enforcement case */
export type CaseStatus =
  /** 派遣 — assigned to an officer */
  | 'ASSIGNED'
  /** 结案 — closed */
  | 'CLOSED'
  /** 立案 — filed as a case */
  | 'FILED'
  /** 处置中 — being handled */
  | 'IN_PROGRESS'
  /** 移送 — referred to another department (not our jurisdiction) */
  | 'REFERRED'
  /** 不予立案 — rejected */
  | 'REJECTED'
  /** 受理 — reported, awaiting filing */
  | 'REPORTED'
  /** 已处置（反馈） — handled, awaiting verification */
  | 'RESOLVED'
  /** 已核查 — verification passed */
  | 'VERIFIED';

/** 721工作法分类 — 721 work-method track */
export type CaseTrack =
  /** 执法 — solved by enforcement (10 %) */
  | 'ENFORCEMENT'
  /** 管理 — solved by management (20 %) */
  | 'MANAGEMENT'
  /** 服务 — solved by service (70 %) */
  | 'SERVICE';

/** 课程类别 — training course category (also the category of training hours) */
export type CourseCategory =
  /** 沟通技巧 — communication skills */
  | 'COMMUNICATION'
  /** 移动执法工具 — mobile case tools */
  | 'DIGITAL_TOOLS'
  /** 文书制作 — enforcement document writing */
  | 'DOCUMENT_WRITING'
  /** 应急处置 — emergency handling */
  | 'EMERGENCY_HANDLING'
  /** 柔性执法 — flexible-enforcement technique */
  | 'FLEXIBLE_ENFORCEMENT'
  /** 法律法规 — law and regulations */
  | 'LAW_AND_REGULATION'
  /** 服务意识 — service mindset */
  | 'SERVICE_MINDSET';

/** 新建案件 — a new case (status REPORTED) */
export type CreateCaseInput = {
  /** 地址 — 2–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  address: string;
  /** 当场改正 — corrected on the spot */
  correctedOnSpot?: boolean;
  /** 案情 — 5–2000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  description: string;
  /** 网格编码 — grid cell where it happened (at most 10000 characters, no control characters except tab and line breaks) */
  gridCode: string;
  /** 幂等键 — client-generated key (8–80 characters); a retry with the same key returns the same case (at most 10000 characters, no control characters except tab and line breaks) */
  idempotencyKey?: string | null | undefined;
  /** Latitude (WGS-84) */
  lat: number;
  /** Longitude (WGS-84) */
  lng: number;
  /** 危害后果轻微 — harm is minor */
  minorHarm?: boolean;
  /** 发生时间 — when it happened (not in the future) */
  occurredAt: string;
  /** 当事人 — merchant or person id (a UUID) */
  partyId: string | number;
  /** 当事人类型 — kind of party */
  partyKind: PartyKind;
  /** 来源 — source */
  source: CaseSource;
  /** 来源随手拍 — the citizen report this case is opened from (source must be CITIZEN_REPORT); the report then shows the case (a UUID) */
  sourceReportId?: string | number | null | undefined;
  /** 违法行为类型编码 — violation-type code (at most 10000 characters, no control characters except tab and line breaks) */
  violationTypeCode: string;
};

/** 学习状态 — state of an officer’s enrollment in a course */
export type EnrollmentStatus =
  /** 已指派 — assigned, not started */
  | 'ASSIGNED'
  /** 已完成 — every lesson done; hours credited once */
  | 'COMPLETED'
  /** 学习中 — started (prerequisites were met) */
  | 'IN_PROGRESS';

/** 位置 — where the problem is */
export type LocationInput = {
  /** 地址 — address or landmark, 2–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  address: string;
  /** Latitude (WGS-84), −90…90 */
  lat: number;
  /** Longitude (WGS-84), −180…180 */
  lng: number;
};

/** 职务 — position of an officer */
export type OfficerPosition =
  /** 大队长 — brigade leader */
  | 'BRIGADE_LEADER'
  /** 局领导 — bureau leadership */
  | 'BUREAU_LEADER'
  /** 副中队长 — deputy squad leader */
  | 'DEPUTY_SQUAD_LEADER'
  /** 法制员 — legal officer who reviews cases */
  | 'LEGAL_OFFICER'
  /** 执法队员 — officer */
  | 'MEMBER'
  /** 中队长 — squad leader */
  | 'SQUAD_LEADER';

/** 当事人类型 — kind of party */
export type PartyKind =
  /** 商户（单位） — merchant or organisation */
  | 'MERCHANT'
  /** 自然人 — natural person */
  | 'PERSON';

/** 问题类别 — category of a citizen report */
export type ReportCategory =
  /** 油烟扰民 — catering fumes */
  | 'CATERING_FUMES'
  /** 设施损坏 — damaged public facility */
  | 'DAMAGED_FACILITY'
  /** 乱涂乱画 / 小广告 — graffiti and fly-posting */
  | 'GRAFFITI_AND_POSTERS'
  /** 违法建设 — illegal construction */
  | 'ILLEGAL_CONSTRUCTION'
  /** 暴露垃圾 / 乱丢垃圾 — litter and exposed rubbish */
  | 'LITTERING'
  /** 噪声扰民 — noise */
  | 'NOISE'
  /** 其他 — other */
  | 'OTHER'
  /** 店外经营 — trading outside the shop */
  | 'OUT_OF_STORE_OPERATION'
  /** 共享单车乱停放 — disorderly shared bikes */
  | 'SHARED_BIKE_PARKING'
  /** 占道经营 — street vending */
  | 'STREET_VENDING';

/** 处理状态 — where a report stands in its handling */
export type ReportStatus =
  /** 已受理 — accepted */
  | 'ACCEPTED'
  /** 已办结 — closed */
  | 'CLOSED'
  /** 已派遣 — dispatched to a grid officer */
  | 'DISPATCHED'
  /** 处置中 — being handled */
  | 'IN_PROGRESS'
  /** 已转办 — referred to another department */
  | 'REFERRED'
  /** 不予受理 — rejected, with a reason */
  | 'REJECTED'
  /** 已处置 — the officer reports it fixed */
  | 'RESOLVED'
  /** 已提交 — received, not yet accepted */
  | 'SUBMITTED';

/** 提交随手拍 — a citizen report */
export type SubmitReportInput = {
  /** 问题类别 — category */
  category: ReportCategory;
  /** 联系电话 — optional phone for feedback; stored protected (at most 10000 characters, no control characters except tab and line breaks) */
  contactPhone?: string | null | undefined;
  /** 问题描述 — 5–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  description: string;
  /** 幂等键 — client-generated key; sending the same key again returns the same report (at most 10000 characters, no control characters except tab and line breaks) */
  idempotencyKey?: string | null | undefined;
  /** 位置 — location */
  location: LocationInput;
  /** 照片 — up to 9 photo URIs (uploaded beforehand) (at most 10000 characters, no control characters except tab and line breaks) */
  photoUris?: Array<string>;
};

/** 违法行为类别 — category of a city-management violation */
export type ViolationCategory =
  /** 油烟污染 — catering fumes */
  | 'CATERING_FUMES'
  /** 市容环境 — city appearance and sanitation */
  | 'CITY_APPEARANCE'
  /** 建筑垃圾 — construction waste and spillage */
  | 'CONSTRUCTION_WASTE'
  /** 乱涂乱画 / 乱张贴 — graffiti and fly-posting */
  | 'GRAFFITI_AND_POSTERS'
  /** 违法建设 — illegal construction */
  | 'ILLEGAL_CONSTRUCTION'
  /** 乱丢垃圾 — littering */
  | 'LITTERING'
  /** 直播占道 — live-streaming that blocks the road */
  | 'LIVESTREAM_OBSTRUCTION'
  /** 噪声 — noise */
  | 'NOISE'
  /** 户外广告 — outdoor advertising and signboards */
  | 'OUTDOOR_ADVERTISING'
  /** 店外经营 — trading outside the shop front */
  | 'OUT_OF_STORE_OPERATION'
  /** 共享单车乱停放 — disorderly shared-bike parking */
  | 'SHARED_BIKE_PARKING'
  /** 占道经营 — vending on the road */
  | 'STREET_VENDING';

export type OpenCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type OpenCaseMutation = { createCase: { case: { id: string, number: string, status: CaseStatus, sourceReport: { id: string, trackingCode: string } | null } } };

export type ReportWithCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportWithCaseQuery = { report: { trackingCode: string, status: ReportStatus, case: { id: string, number: string, status: CaseStatus } | null } };

export type CaseDeskQueryVariables = Exact<{
  first: number;
}>;


export type CaseDeskQuery = { cases: { totalCount: number, edges: Array<{ node: { number: string, status: CaseStatus, occurredAt: string, track: CaseTrack | null, violationType: { nameZh: string }, unit: { shortName: string }, gridCell: { name: string }, assignee: { name: string, badgeNumber: string } | null } }> } };

export type ExemptViolationTypesQueryVariables = Exact<{
  first: number;
}>;


export type ExemptViolationTypesQuery = { violationTypes: { totalCount: number, edges: Array<{ node: { code: string, nameZh: string, category: ViolationCategory, legalBasisLaw: string, legalBasisArticle: string, fineMinYuan: number, fineMaxYuan: number, exemptionConditions: string | null } }> } };

export type GridCellsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type GridCellsQuery = { gridCells: { edges: Array<{ node: { code: string, name: string, street: string, community: string, unit: { shortName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CoursesQueryVariables = Exact<{
  first: number;
}>;


export type CoursesQuery = { courses: { totalCount: number, edges: Array<{ node: { code: string, title: string, category: CourseCategory, creditHours: number } }> } };

export type OfficerRosterQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type OfficerRosterQuery = { officers: { totalCount: number, edges: Array<{ node: { id: string, badgeNumber: string, name: string, position: OfficerPosition, phone: string | null, unit: { id: string, shortName: string, parent: { shortName: string } | null }, grids: Array<{ code: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OfficerProfileQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type OfficerProfileQuery = { officer: { id: string, name: string, badgeNumber: string, unit: { name: string }, trainingHours: { year: number, totalHours: number, requiredHours: number, met: boolean, byCategory: Array<{ category: CourseCategory, hours: number }> } | null } };

export type OfficerAssessmentQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type OfficerAssessmentQuery = { officer: { name: string, educationFirstShare: number | null, feedbackSummary: { substantiatedComplaintCount: number } | null, assessment: { year: number, examsTaken: number, latestExamScorePercent: number | null, drillRunsFinished: number, mentoringSignedOff: boolean, substantiatedComplaints: number | null, educationFirstShare: number | null, trainingHours: { totalHours: number, met: boolean } } | null } };

export type OfficerDashboardQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type OfficerDashboardQuery = { officer: { name: string, badgeNumber: string, unit: { name: string }, grids: Array<{ code: string, name: string }>, certification: { number: string, expiresOn: string } | null, dutyEligible: { eligible: boolean } | null, trainingHours: { totalHours: number, requiredHours: number, met: boolean } | null, enrollments: Array<{ status: EnrollmentStatus, dueOn: string | null, course: { title: string } }> | null, feedbackSummary: { praiseCount: number, complaintCount: number } | null }, cases: { totalCount: number, edges: Array<{ node: { number: string, status: CaseStatus, dueAt: string | null, violationType: { nameZh: string } } }> } };

export type SubmitReportMutationVariables = Exact<{
  input: SubmitReportInput;
}>;


export type SubmitReportMutation = { submitReport: { report: { id: string, trackingCode: string, status: ReportStatus, category: ReportCategory } } };

export type TrackReportQueryVariables = Exact<{
  trackingCode: string;
}>;


export type TrackReportQuery = { trackReport: { trackingCode: string, status: ReportStatus, submittedAt: string, grid: { code: string, name: string } | null } };

export type ReportDeskQueryVariables = Exact<{
  first: number;
  year: number;
}>;


export type ReportDeskQuery = { reports: { edges: Array<{ node: { trackingCode: string, status: ReportStatus, category: ReportCategory, grid: { code: string, name: string, unit: { shortName: string }, responsibleOfficer: { name: string } | null } | null, assignedOfficer: { name: string, badgeNumber: string, trainingHours: { totalHours: number, met: boolean } | null } | null } }> } };


export const OpenCaseDocument = {"__meta__":{"hash":"sha256:5f05a3eb2df8025e0a86e94d169e5cead4ec3d358092c1eea971eec09df86a99"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const ReportWithCaseDocument = {"__meta__":{"hash":"sha256:ddd5d7334b4863b373cbd4a1e73c5addcaf762d3128fc72ce73c8e3cdfbf7a1f"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportWithCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReportWithCaseQuery, ReportWithCaseQueryVariables>;
export const CaseDeskDocument = {"__meta__":{"hash":"sha256:261c27b56bcf0849a92dd4aa1014162411103336dd64b9e4f80ed4c40d501beb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDesk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"violationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gridCell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDeskQuery, CaseDeskQueryVariables>;
export const ExemptViolationTypesDocument = {"__meta__":{"hash":"sha256:15acb1486c092cdaf1b5660d64e8d28b0a5e7aab7e19d6e403d27f483946f7a4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExemptViolationTypes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violationTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"onExemptionList"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisLaw"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisArticle"}},{"kind":"Field","name":{"kind":"Name","value":"fineMinYuan"}},{"kind":"Field","name":{"kind":"Name","value":"fineMaxYuan"}},{"kind":"Field","name":{"kind":"Name","value":"exemptionConditions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExemptViolationTypesQuery, ExemptViolationTypesQueryVariables>;
export const GridCellsDocument = {"__meta__":{"hash":"sha256:255a714eb74b34dddc27a2631ccb55b406ec7ce9e1390efd695ed69cce29565c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCells"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCells"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<GridCellsQuery, GridCellsQueryVariables>;
export const CoursesDocument = {"__meta__":{"hash":"sha256:0439460fbdcc7ca17b9beb145c8da2edaf808673645b559959e03dfae977aad6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Courses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoursesQuery, CoursesQueryVariables>;
export const OfficerRosterDocument = {"__meta__":{"hash":"sha256:ae0725e4f6df34ca8f7758ac49bd4afe30bb08d79f7a042396fc41b9049e4cb1"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerRosterQuery, OfficerRosterQueryVariables>;
export const OfficerProfileDocument = {"__meta__":{"hash":"sha256:0e8d80781ec02aa9e56dc5e13fe67d10be1a574fc8d6803108ddf67bd4bf3778"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficerProfileQuery, OfficerProfileQueryVariables>;
export const OfficerAssessmentDocument = {"__meta__":{"hash":"sha256:b9ddbe587484fe54b7787e23befc6011eee1856d31f782854d4bdc9417498a08"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"educationFirstShare"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"substantiatedComplaintCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"latestExamScorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"drillRunsFinished"}},{"kind":"Field","name":{"kind":"Name","value":"mentoringSignedOff"}},{"kind":"Field","name":{"kind":"Name","value":"substantiatedComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"educationFirstShare"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerAssessmentQuery, OfficerAssessmentQueryVariables>;
export const OfficerDashboardDocument = {"__meta__":{"hash":"sha256:c2d203edb1c966ea2c3c67b19cdee53b760d4acbfe80c9f29fbf0c2db069a214"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyEligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"praiseCount"}},{"kind":"Field","name":{"kind":"Name","value":"complaintCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"officerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"violationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficerDashboardQuery, OfficerDashboardQueryVariables>;
export const SubmitReportDocument = {"__meta__":{"hash":"sha256:1901ff96bbcf5035677fcd108d605322d52f801689e65ae7114a892a7f1161bd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitReportMutation, SubmitReportMutationVariables>;
export const TrackReportDocument = {"__meta__":{"hash":"sha256:4823932c36e6fe82c63d44a544cfcbd96764d9b2605c3bbf53211f9e3c3fd10b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrackReportQuery, TrackReportQueryVariables>;
export const ReportDeskDocument = {"__meta__":{"hash":"sha256:bb851b925679335210f71e5232ef5b5a6236935ff4acaef3e66431610d5295ca"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDesk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportDeskQuery, ReportDeskQueryVariables>;