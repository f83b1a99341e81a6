/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Filter for the activity list */
export type ActivityFilter = {
  /** Only in this grid cell (a code of at most 64 characters, no control characters) */
  gridCode?: string | number | null | undefined;
  /** Only this kind */
  kind?: ActivityKind | null | undefined;
  /** Only activities starting at or after this time */
  startsFrom?: string | null | undefined;
};

/** 活动类型 — kind of volunteer activity */
export type ActivityKind =
  /** 文明劝导 — civility persuasion */
  | 'CIVILITY_PERSUASION'
  /** 环境清洁 — clean-up */
  | 'CLEAN_UP'
  /** 以劳代罚 — labour in lieu of a fine */
  | 'LABOR_IN_LIEU'
  /** 城管开放日 — open day */
  | 'OPEN_DAY'
  /** 进社区 / 进学校 — outreach */
  | 'OUTREACH'
  /** 护学 — school-gate safety */
  | 'SCHOOL_SAFETY'
  /** 交通疏导 — traffic guidance */
  | 'TRAFFIC_GUIDANCE';

/** 摊位分配 — run an allocation round of a zone (staff of its squad, or ADMIN) */
export type AllocateStallsInput = {
  /** 疏导点 — the vending zone (UUID) (a UUID) */
  zoneId: string | number;
};

/** 修订法条 — a new version replaces the current one */
export type AmendLawArticleInput = {
  /** 施行日期 — effective on (YYYY-MM-DD) (at most 10000 characters, no control characters except tab and line breaks) */
  effectiveOn: string;
  /** 法条版本 — the CURRENT version being amended (a UUID) */
  lawArticleId: string | number;
  /** 新版本 — label of the new version, 2–40 characters, e.g. 2026年修订 (at most 10000 characters, no control characters except tab and line breaks) */
  newVersionLabel: string;
  /** 内容要点 — summary of the new text, 5–500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  summary: string;
};

/** 答复社区意见 — answer an opinion (the stationed officer, staff of the squad, ADMIN) */
export type AnswerCommunityOpinionInput = {
  /** 答复 — 2–500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  answer: string;
  /** 意见 — the opinion item (UUID) (a UUID) */
  opinionId: string | number;
};

/** 申请摊位 — apply for a stall in a vending zone (signed in) */
export type ApplyForStallInput = {
  /** 商户 — the applying merchant (enforcement Merchant id, UUID) (a UUID) */
  merchantId: string | number;
  /** 意向类别 — preferred category; omitted = any free stall */
  preferredCategory?: StallCategory | null | undefined;
  /** 疏导点 — the vending zone (UUID) (a UUID) */
  zoneId: string | number;
};

/** 指派课程 — assigns a published course to officers, a cohort and/or a unit with its sub-units, with a due date */
export type AssignCourseInput = {
  /** 培训班 — every member of this cohort (a UUID) */
  cohortId?: string | number | null | undefined;
  /** 课程 — a published course (a UUID) */
  courseId: string | number;
  /** 截止日期 — due date YYYY-MM-DD, today or later (Asia/Shanghai) (at most 10000 characters, no control characters except tab and line breaks) */
  dueOn: string;
  /** 含下级单位 — with unitId: also every unit below it (default true) */
  includeSubUnits?: boolean;
  /** 队员 — officer ids (≤ 500); with cohortId and/or unitId, the union (a UUID) */
  officerIds?: Array<string | number>;
  /** 单位 — every officer of this unit (and of its sub-units unless includeSubUnits is false); ≤ 2000 officers in all (a UUID) */
  unitId?: string | number | null | undefined;
};

/** 指派考试 — assigns a published exam to officers, a cohort and/or a unit with its sub-units; the due date is no later than the exam closes */
export type AssignExamInput = {
  /** 培训班 — every member of this cohort (a UUID) */
  cohortId?: string | number | null | undefined;
  /** 截止日期 — due date YYYY-MM-DD, today or later (Asia/Shanghai) (at most 10000 characters, no control characters except tab and line breaks) */
  dueOn: string;
  /** 考试 — a published exam (a UUID) */
  examId: string | number;
  /** 含下级单位 — with unitId: also every unit below it (default true) */
  includeSubUnits?: boolean;
  /** 队员 — officer ids (≤ 500); with cohortId and/or unitId, the union (a UUID) */
  officerIds?: Array<string | number>;
  /** 单位 — every officer of this unit (and of its sub-units unless includeSubUnits is false); ≤ 2000 officers in all (a UUID) */
  unitId?: string | number | null | undefined;
};

/** 作答状态 — state of an exam attempt */
export type AttemptStatus =
  /** 待人工评分 — submitted; case-analysis answers wait for a trainer, so score and pass/fail are not final yet */
  | 'AWAITING_GRADING'
  /** 已评分 — submitted (or expired: graded as submitted at the deadline) */
  | 'GRADED'
  /** 作答中 — answers accepted until the server-side deadline */
  | 'IN_PROGRESS';

/** 签到 / 签退 — attendance of one sign-up */
export type AttendanceInput = {
  /** Sign-up id (a UUID) */
  signUpId: string | number;
};

/** 绑定经营者账号 — staff record that a signed-in account is a merchant's operator (after checking licence and ID in person) */
export type BindMerchantOperatorInput = {
  /** 商户 — enforcement Merchant id (UUID) (a UUID) */
  merchantId: string | number;
  /** 账号 — the operator's sign-in subject (the `sub` of their token), 1–80 characters (at most 10000 characters, no control characters except tab and line breaks) */
  subject: string;
};

/** 案件来源 — where a case came from */
export type CaseSource =
  /** 市民举报 — citizen report (随手拍) */
  | 'CITIZEN_REPORT'
  /** 部门移送 — referred by another department */
  | 'DEPARTMENT_REFERRAL'
  /** 智能设备 — camera or sensor alert */
  | 'DEVICE'
  /** 走访转立案 — a merchant-visit concern not solved on the spot, handed over by the service subgraph (never chosen in createCase) */
  | 'MERCHANT_VISIT'
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

/** 资格变更类型 — what happened to an officer’s certification */
export type CertificationEventKind =
  /** 更正 — a superseding record that changed neither expiry nor suspension */
  | 'CORRECTED'
  /** 资格过期 — passed its expiry date while in force (derived, dated the day after expiresOn) */
  | 'EXPIRED'
  /** 有效期更正 — a trainer changed the expiry date */
  | 'EXPIRY_CHANGED'
  /** 取得资格 — first certification */
  | 'GRANTED'
  /** 恢复资格 — a suspension lifted */
  | 'REINSTATED'
  /** 换证 — certified again by passing the certification exam */
  | 'RENEWED'
  /** 暂停/吊销资格 — suspended or revoked (not eligible for duty) */
  | 'SUSPENDED';

/** 审核状态 — state of an external-training claim */
export type ClaimStatus =
  /** 已通过 — approved; its hours are in the ledger (EXTERNAL_TRAINING) */
  | 'APPROVED'
  /** 待审核 — submitted, awaiting a trainer */
  | 'PENDING'
  /** 已驳回 — rejected with a reason */
  | 'REJECTED';

/** 培训班筛选 — every given criterion must hold (AND); omit a field to ignore it */
export type CohortFilterInput = {
  /** 成员 — only cohorts this officer belongs to (a UUID) */
  memberId?: string | number | null | undefined;
  /** 名称包含 — the name contains this text, 1–60 characters (at most 10000 characters, no control characters except tab and line breaks) */
  nameContains?: string | null | undefined;
};

/** 处理方式 — how a concern was handled (走访: 能当场解决的当场解决) */
export type ConcernResolution =
  /** 转管理任务 — handed on as a management task (follow-up by the squad) */
  | 'MANAGEMENT_TASK'
  /** 当场解决 — solved during the visit (counts to the service share of 721) */
  | 'SOLVED_ON_THE_SPOT';

/** 诉求类别 — what a merchant raised during a visit */
export type ConcernTopic =
  /** 邻里纠纷 — disputes with neighbours or other merchants */
  | 'DISPUTE'
  /** 设施维修 — lights, drains, pavements */
  | 'FACILITIES'
  /** 证照办理 — licences and permits */
  | 'LICENCE'
  /** 其他 — anything else */
  | 'OTHER'
  /** 政策咨询 — questions about rules and policies */
  | 'POLICY'
  /** 经营场所 — shop front, outdoor display, stall location */
  | 'PREMISES'
  /** 环境卫生 — waste, cleaning, 门前三包 */
  | 'SANITATION';

/** 计分规则 — which graded attempt counts */
export type CountingPolicy =
  /** 最高分 — the best graded attempt */
  | 'HIGHEST'
  /** 最后一次 — the latest graded attempt */
  | 'LAST';

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

/** 发布志愿活动 — a new volunteer activity */
export type CreateActivityInput = {
  /** 名额 — capacity 1–500 */
  capacity: number;
  /** 活动内容 — 5–2000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  description: string;
  /** 结束时间 — end, after the start, within 24 h */
  endsAt: string;
  /** 网格编码 — grid cell where it takes place (a code of at most 64 characters, no control characters) */
  gridCode: string | number;
  /** 活动类型 — kind */
  kind: ActivityKind;
  /** 集合地点 — meeting point (at most 10000 characters, no control characters except tab and line breaks) */
  location: string;
  /** 开始时间 — start */
  startsAt: string;
  /** 活动名称 — 2–100 characters (at most 10000 characters, no control characters except tab and line breaks) */
  title: string;
};

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

/** 新建培训班 — a named group of officers */
export type CreateCohortInput = {
  /** 名称 — 2–60 characters (at most 10000 characters, no control characters except tab and line breaks) */
  name: string;
  /** 成员 — 1–500 officer ids (a UUID) */
  officerIds: Array<string | number>;
};

/** 新建考试 — a published exam */
export type CreateExamInput = {
  /** 开放时间 — from */
  availableFrom: string;
  /** 截止时间 — until (after availableFrom) */
  availableUntil: string;
  /** 考试编号 — e.g. CERT-2026 (at most 10000 characters, no control characters except tab and line breaks) */
  code: string;
  /** 计分规则 — which attempt counts */
  countingPolicy: CountingPolicy;
  /** 类型 — kind */
  kind: ExamKind;
  /** 最多作答次数 — 1–10 */
  maxAttempts: number;
  /** 组卷方式 — mode */
  mode: PaperMode;
  /** 及格线（%） — 1–100 */
  passMarkPercent: number;
  /** FIXED: question ids in order (1–100) (a UUID) */
  questionIds?: Array<string | number>;
  /** 解析公布规则 — omit for the default of the exam kind (see ReviewPolicyInput) */
  reviewPolicy?: ReviewPolicyInput | null | undefined;
  /** RANDOM: draw rules (1–10) */
  rules?: Array<DrawRuleInput>;
  /** 时限（分钟） — 1–240 */
  timeLimitMinutes: number;
  /** 名称 — 2–120 characters (at most 10000 characters, no control characters except tab and line breaks) */
  title: string;
};

/** 新建试题 — a bank item with its first version */
export type CreateQuestionInput = {
  /** 内容 — content */
  content: QuestionContentInput;
  /** 难度 — difficulty */
  difficulty: Difficulty;
  /**
   * 法条（文字） — 2–80 characters; accepted only when it names one CURRENT catalogue article (then linked to it), else BAD_USER_INPUT (at most 10000 characters, no control characters except tab and line breaks)
   * @deprecated Use lawArticleId
   */
  lawArticle?: string | null | undefined;
  /** 所引法条 — id of a CURRENT law article version (see lawArticles); amending or retiring it flags this question (a UUID) */
  lawArticleId?: string | number | null | undefined;
  /** 标签 — 0–10 tags, each 1–20 characters without separators (、,，;；); repeats are dropped (at most 10000 characters, no control characters except tab and line breaks) */
  tags?: Array<string>;
  /** 知识点 — topic, 2–40 characters (at most 10000 characters, no control characters except tab and line breaks) */
  topic: string;
  /** 题型 — type */
  type: QuestionType;
};

/** 诚信等级 — credit level; drives supervision intensity */
export type CreditLevel =
  /** A 诚信 — score ≥ 90, light-touch supervision */
  | 'A'
  /** B 良好 — score ≥ 75, normal supervision */
  | 'B'
  /** C 警示 — score ≥ 60, more frequent inspection */
  | 'C'
  /** D 失信 — score < 60, key supervision */
  | 'D';

/** 难度 — difficulty set by the author */
export type Difficulty =
  /** 容易 — easy */
  | 'EASY'
  /** 困难 — hard */
  | 'HARD'
  /** 中等 — medium */
  | 'MEDIUM';

/** 抽题规则 — topic × difficulty × count */
export type DrawRuleInput = {
  /** 题数 — 1–50 */
  count: number;
  /** 难度 — difficulty */
  difficulty: Difficulty;
  /** 知识点 — topic (at most 10000 characters, no control characters except tab and line breaks) */
  topic: string;
};

/** 学习状态 — state of an officer’s enrollment in a course */
export type EnrollmentStatus =
  /** 已指派 — assigned, not started */
  | 'ASSIGNED'
  /** 已完成 — every lesson done; hours credited once */
  | 'COMPLETED'
  /** 学习中 — started (prerequisites were met) */
  | 'IN_PROGRESS';

/** 走访诉求转立案 — hand a concern not solved on the spot to enforcement as a case (the visiting officer or staff of the squad) */
export type EscalateVisitConcernInput = {
  /** 走访诉求 — the concern (UUID); it must be a MANAGEMENT_TASK not yet handed over (a UUID) */
  concernId: string | number;
  /** 违法行为编码 — code of the violation type in enforcement's catalogue, e.g. ZD-01 (2–20 characters: letters, digits, hyphen) (a code of at most 64 characters, no control characters) */
  violationTypeCode: string | number;
};

/** 考试类型 — kind of exam */
export type ExamKind =
  /** 执法资格认证考试 — passing issues a certification */
  | 'CERTIFICATION'
  /** 练习/结业考试 — practice or course exam */
  | 'PRACTICE';

/** 成立商户自治委员会 — form a zone's committee from its stall holders (staff of the squad, ADMIN) */
export type FormCommitteeInput = {
  /** 主任 — the chair, one of the members (a UUID) */
  chairMerchantId: string | number;
  /** 委员 — 3–15 distinct merchants (enforcement Merchant ids) holding a stall in the zone, in duty order (seat 1 first) (a UUID) */
  memberMerchantIds: Array<string | number>;
  /** 名称 — 2–60 characters (at most 10000 characters, no control characters except tab and line breaks) */
  name: string;
  /** 轮值起始日 — China-time date YYYY-MM-DD on which seat 1 is first on duty, within 31 days from today (at most 10000 characters, no control characters except tab and line breaks) */
  rosterStartsOn: string;
  /** 疏导点 — the vending zone (UUID); one committee per zone (a UUID) */
  zoneId: string | number;
};

/** 位置 — a point (WGS-84) */
export type GeoPointInput = {
  /** Latitude (WGS-84), −90…90 */
  lat: number;
  /** Longitude (WGS-84), −180…180 */
  lng: number;
};

/** 人工评分 — a trainer grades one case-analysis answer of an attempt awaiting grading */
export type GradeCaseAnswerInput = {
  /** 作答 — attempt id (caseAnalysisGradingQueue) (a UUID) */
  attemptId: string | number;
  /** 评语 — comment for the examinee, at most 500 characters (shown with the per-question score) (at most 10000 characters, no control characters except tab and line breaks) */
  comment?: string | null | undefined;
  /** 题号 — position of the CASE_ANALYSIS question in the paper */
  position: number;
  /** 得分 — 0…1 in steps of 0.01: the share of the rubric the answer meets */
  score: number;
};

/** 学时来源 — why training hours were credited */
export type HoursCause =
  /** 更正 — a correcting entry (entries are never edited) */
  | 'CORRECTION'
  /** 完成课程 — completed a course */
  | 'COURSE_COMPLETION'
  /** 外部培训 — approved external training */
  | 'EXTERNAL_TRAINING';

/** 时长审核 — review of the hours of one sign-up */
export type HoursStatus =
  /** 已认定 — approved; points granted */
  | 'APPROVED'
  /** 不予认定 — declined */
  | 'DECLINED'
  /** 待审核 — checked out, waiting for an officer */
  | 'PENDING';

/** 导入错误类型 — why a cell of an imported spreadsheet was refused */
export type ImportErrorCode =
  /** 答案不符 — the answer does not fit the type and options */
  | 'ANSWER'
  /** 重复 — the same type, topic and stem as a question in the bank or an earlier row */
  | 'DUPLICATE'
  /** 取值无效 — not one of the values the column accepts */
  | 'INVALID'
  /** 法条无效 — not a CURRENT article of the law catalogue */
  | 'LAW_ARTICLE'
  /** 长度不符 — the text is shorter or longer than the column allows */
  | 'LENGTH'
  /** 缺少 — a required column or cell is empty */
  | 'MISSING'
  /** 未知列 — a header the layout does not have (row 1) */
  | 'UNKNOWN_COLUMN';

/** 导入试题 — a spreadsheet of new questions in the layout exportQuestions writes (row 1: headers 题型 知识点 难度 题干 选项A–选项F 答案 关键词 解析 法条ID 法条 标签, any order; 题型, 知识点, 难度, 题干, 答案, 解析 required; 标签: 0–10 tags of 1–20 characters separated by 、 , ， ; ； or a line break, as setQuestionTags checks them; the export writes them separated by ；). At most 1000 questions. All or nothing: one refused cell and nothing is imported. */
export type ImportQuestionsInput = {
  /** 仅校验 — true: check every row and answer the list of errors, write nothing. false: import, or BAD_USER_INPUT on input.file (extensions.rowErrors) when any row is refused */
  dryRun?: boolean;
  /** 文件 — the .xlsx or .csv file, base64 (see Base64File for the size limit) */
  file: string;
  /** 格式 — XLSX or CSV (UTF-8) */
  format: SpreadsheetFormat;
};

/** 试题分析提示 — what a trainer should look at in a question */
export type ItemFlag =
  /** 高分组失分 — fewer than 50 % of the upper 27 % answered it fully right (key or wording may be wrong) */
  | 'MISSED_BY_TOP_GROUP'
  /** 区分度为负 — the lower 27 % answered it better than the upper 27 % */
  | 'NEGATIVE_DISCRIMINATION'
  /** 无效干扰项 — a wrong option nobody chose in the period */
  | 'UNCHOSEN_DISTRACTOR';

/** 法条状态 — status of one version of a law article */
export type LawArticleStatus =
  /** 已修订 — replaced by a newer version */
  | 'AMENDED'
  /** 现行有效 — in force */
  | 'CURRENT'
  /** 已废止 — repealed, no successor */
  | 'RETIRED';

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

/** 选项 — an option and whether it is correct */
export type OptionInput = {
  /** 是否正确 — correct */
  correct: boolean;
  /** 选项内容 — 1–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  text: string;
};

/** 宣传教育形式 — kind of outreach event */
export type OutreachKind =
  /** 社区宣讲 — a talk in a community */
  | 'COMMUNITY_TALK'
  /** 商户培训 — a briefing for merchants (门前三包, 疏导点规则) */
  | 'MERCHANT_BRIEFING'
  /** 城管开放日 — an open day of the bureau */
  | 'OPEN_DAY'
  /** 进校园 — a school class ("我是小小城管员") */
  | 'SCHOOL_CLASS';

/** 调整截止日期 — moves one officer’s due date for an assigned, not completed course */
export type OverrideAssignmentDueDateInput = {
  /** 新截止日期 — YYYY-MM-DD, today or later (Asia/Shanghai), not the date in force (at most 10000 characters, no control characters except tab and line breaks) */
  dueOn: string;
  /** 学习记录 — the enrollment (Officer.enrollments, assignCourse) (a UUID) */
  enrollmentId: string | number;
  /** 理由 — 5–300 characters, kept with the change (at most 10000 characters, no control characters except tab and line breaks) */
  reason: string;
};

/** 组卷方式 — how the paper is built */
export type PaperMode =
  /** 固定试卷 — the same questions for everyone (option order still shuffled) */
  | 'FIXED'
  /** 随机组卷 — drawn per attempt by topic × difficulty × count rules, unseen questions first */
  | 'RANDOM';

/** 当事人类型 — kind of party */
export type PartyKind =
  /** 商户（单位） — merchant or organisation */
  | 'MERCHANT'
  /** 自然人 — natural person */
  | 'PERSON';

/** 试题内容 — the versioned content of a question */
export type QuestionContentInput = {
  /** 解析 — explanation shown after grading, 2–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  explanation: string;
  /** 关键词 — SHORT_ANSWER: 1–10 keywords, alternatives separated by |; CASE_ANALYSIS: 1–10 rubric criteria (评分要点) the grading trainer scores against (at most 10000 characters, no control characters except tab and line breaks) */
  keywords?: Array<string>;
  /** 选项 — choice types: 2–6 (TRUE_FALSE: leave empty and set trueFalseAnswer) */
  options?: Array<OptionInput>;
  /** 题干 — 5–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  stem: string;
  /** 判断题答案 — TRUE_FALSE only */
  trueFalseAnswer?: boolean | null | undefined;
};

/** 题库筛选 — every given criterion must hold (AND); omit a field to ignore it */
export type QuestionFilterInput = {
  /** 难度 — difficulty */
  difficulty?: Difficulty | null | undefined;
  /** 所引法条 — the current version cites this law article version (a UUID) */
  lawArticleId?: string | number | null | undefined;
  /** 待复核 — true: only flagged questions; false: only unflagged */
  needsReview?: boolean | null | undefined;
  /** 关键字 — the current stem contains this text, 1–50 characters (at most 10000 characters, no control characters except tab and line breaks) */
  search?: string | null | undefined;
  /** 标签 — carries this tag, 1–20 characters (at most 10000 characters, no control characters except tab and line breaks) */
  tag?: string | null | undefined;
  /** 知识点 — exact topic, 2–40 characters (at most 10000 characters, no control characters except tab and line breaks) */
  topic?: string | null | undefined;
  /** 题型 — type */
  type?: QuestionType | null | undefined;
  /** 所属考试 — in this exam’s FIXED paper or in one of its RANDOM draw pools (a UUID) */
  usedByExamId?: string | number | null | undefined;
};

/** 题型 — question type */
export type QuestionType =
  /** 案例分析题 — free-text answer graded by a trainer against a rubric (keywords hold the rubric criteria); the attempt’s score is final only when graded */
  | 'CASE_ANALYSIS'
  /** 多选题 — two or more correct options; partial credit (see gradeItem) */
  | 'MULTIPLE_CHOICE'
  /** 简答题 — graded by keywords */
  | 'SHORT_ANSWER'
  /** 单选题 — exactly one correct option */
  | 'SINGLE_CHOICE'
  /** 判断题 — true or false */
  | 'TRUE_FALSE';

/** 社区评价 — rate a community post 1–5 (双线考核): a supervisor of the squad on the squad line, any other signed-in caller as a resident; rating again replaces the earlier rating */
export type RateCommunityPostInput = {
  /** 社区工作站 — the community post (UUID) (a UUID) */
  postId: string | number;
  /** 评分 — 1 (poor) to 5 (excellent) */
  score: number;
};

/** 登记走访 — record a visit to a merchant (the visiting officer) */
export type RecordMerchantVisitInput = {
  /** 诉求 — the concerns raised, 0–20 */
  concerns: Array<VisitConcernInput>;
  /** 网格编码 — grid cell where the merchant trades (up to 20 characters) (a code of at most 64 characters, no control characters) */
  gridCode: string | number;
  /** 商户 — enforcement Merchant id (UUID) (a UUID) */
  merchantId: string | number;
  /** 走访记录 — 2–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  note: string;
  /** 走访时间 — when; not in the future, at most 30 days ago */
  visitedAt: string;
};

/** 登记参加人数 — record how many attended (the organising squad, ADMIN) */
export type RecordOutreachAttendanceInput = {
  /** 参加人数 — 0–5,000; recording again replaces the figure */
  attendance: number;
  /** 活动 — the outreach event (UUID); it must have started (a UUID) */
  eventId: string | number;
};

/** 重新评分 — regrade an exam’s submitted attempts after a question of it was fixed with reviseQuestion */
export type RegradeExamAttemptsInput = {
  /** 考试 — exam id (a UUID) */
  examId: string | number;
  /** 试题 — the revised question; attempts graded against an older version of it are regraded against the current one (a UUID) */
  questionId: string | number;
  /** 原因 — why (kept in each attempt’s scoreHistory), 1–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: string;
};

/** 整卷重新评分 — regrade every submitted attempt of an exam against the current version of every question fixed since it was graded */
export type RegradeExamInput = {
  /** 考试 — exam id (a UUID) */
  examId: string | number;
  /** 原因 — why (kept in each attempt’s scoreHistory), 1–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: string;
};

/** 摊位许可续期 — renew an allocated permit for another year, in the 30 days before it expires (the merchant's operator, staff of the squad) */
export type RenewStallPermitInput = {
  /** 摊位许可 — the permit (UUID) (a UUID) */
  permitId: string | number;
};

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

/** 审核外部培训 — a trainer approves or rejects a pending claim */
export type ReviewExternalTrainingClaimInput = {
  /** true approves (writes an EXTERNAL_TRAINING ledger entry), false rejects */
  approve: boolean;
  /** 申报 — claim id (a UUID) */
  claimId: string | number;
  /** 审核意见 — 2–200 characters; required when rejecting (at most 10000 characters, no control characters except tab and line breaks) */
  note?: string | null | undefined;
};

/** 解析公布规则 — omit for the default (CERTIFICATION: score immediately, the rest after the exam closes; PRACTICE: everything immediately, or after the last attempt for a FIXED paper with several attempts). A FIXED paper with maxAttempts > 1 refuses IMMEDIATELY for correctness, correctAnswers and explanations (BAD_USER_INPUT): the key would serve the next attempt */
export type ReviewPolicyInput = {
  /** 命题人可评分 — CASE_ANALYSIS: may the question’s author grade answers to it? Omitted or null: no (四眼原则, another trainer grades) */
  authorMayGrade?: boolean | null | undefined;
  /** 正确答案 — the correct options and reference keywords */
  correctAnswers: ReviewTiming;
  /** 对错 — whether each answer was right (per-question score) */
  correctness: ReviewTiming;
  /** 解析 — the explanation of each question */
  explanations: ReviewTiming;
  /** 成绩 — total score and pass/fail */
  score: ReviewTiming;
};

/** 公布时机 — when a part of the review is shown to the examinee (trainers always see everything) */
export type ReviewTiming =
  /** 考试截止后 — once the exam’s availableUntil has passed */
  | 'AFTER_CLOSE'
  /** 用完作答次数后 — once the officer has no attempt left (or the exam has closed) */
  | 'AFTER_LAST_ATTEMPT'
  /** 交卷后立即 — as soon as the attempt is graded */
  | 'IMMEDIATELY'
  /** 不公布 — never shown to the examinee */
  | 'NEVER';

/** 修订试题 — writes a new version; earlier attempts keep theirs */
export type ReviseQuestionInput = {
  /** 新内容 — new content */
  content: QuestionContentInput;
  /** 所引法条版本 — law article version cited (omit: keep the previous citation; null: none). Revising clears needsReview (a UUID) */
  lawArticleId?: string | number | null | undefined;
  /** 试题 — question id (a UUID) */
  questionId: string | number;
};

/** 撤销摊位许可 — revoke an allocated permit after a warning; the stall is freed (staff of the zone's squad, ADMIN) */
export type RevokeStallPermitInput = {
  /** 摊位许可 — the permit (UUID) (a UUID) */
  permitId: string | number;
  /** 撤销理由 — why, told to the merchant, 5–300 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: string;
};

/** 安排引导员值班 — schedule a stall guide shift at a zone (staff of the squad that runs it, ADMIN) */
export type ScheduleGuideShiftInput = {
  /** 志愿活动 — participation Activity (UUID) volunteers sign up for; required when volunteersNeeded > 0 (a UUID) */
  activityId?: string | number | null | undefined;
  /** 结束 — 30 min to 6 h after the start, by the time the zone closes */
  endsAt: string;
  /** 引导员 — the officer on duty (enforcement Officer id, UUID); omitted = volunteers only (a UUID) */
  guideOfficerId?: string | number | null | undefined;
  /** 开始 — while the zone is open; not more than 7 days ago */
  startsAt: string;
  /** 志愿者需求 — volunteers wanted, 0–20 */
  volunteersNeeded: number;
  /** 疏导点 — the vending zone (UUID) (a UUID) */
  zoneId: string | number;
};

/** 安排宣传教育活动 — an officer of a squad schedules an outreach event */
export type ScheduleOutreachEventInput = {
  /** 志愿活动 — participation Activity (UUID) volunteers sign up for to help; optional (a UUID) */
  activityId?: string | number | null | undefined;
  /** 结束 — after the start, within 8 h */
  endsAt: string;
  /** 网格编码 — grid cell where it takes place (2–20 characters) (a code of at most 64 characters, no control characters) */
  gridCode: string | number;
  /** 形式 — kind */
  kind: OutreachKind;
  /** 开始 — start */
  startsAt: string;
  /** 主题 — 2–100 characters (at most 10000 characters, no control characters except tab and line breaks) */
  title: string;
  /** 地点 — 2–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  venue: string;
};

/** Period [from, to), at most 366 days */
export type ServicePeriodInput = {
  /** Start (inclusive) */
  from: string;
  /** End (exclusive), after the start, at most 366 days later */
  to: string;
};

/** 服务项目 — what a service point offers */
export type ServicePointAmenity =
  /** 充电 — phone and e-bike battery charging */
  | 'CHARGING'
  /** 饮水 — drinking water */
  | 'DRINKING_WATER'
  /** 医药箱 — first-aid kit */
  | 'FIRST_AID'
  /** 热饭 — microwave for meals */
  | 'MEAL_HEATING'
  /** 歇脚 — a place to rest */
  | 'REST'
  /** 如厕 — restroom */
  | 'RESTROOM';

/** Filter for the service-point list */
export type ServicePointFilter = {
  /** Only points offering this (e.g. CHARGING) */
  amenity?: ServicePointAmenity | null | undefined;
  /** Only in this grid cell (网格编码, up to 20 characters) (a code of at most 64 characters, no control characters) */
  gridCode?: string | number | null | undefined;
};

/** 活动报名 — sign the caller up for an activity */
export type SignUpForActivityInput = {
  /** Activity id (a UUID) */
  activityId: string | number;
  /** 以劳代罚处置 — for a LABOR_IN_LIEU session: the enforcement disposition the hours serve (required there, refused elsewhere) (a UUID) */
  dispositionId?: string | number | null | undefined;
};

/** 表格格式 — file format of an import or export */
export type SpreadsheetFormat =
  /** CSV, UTF-8 (a byte-order mark is written so Excel shows Chinese correctly; one is accepted on import), comma-separated, RFC 4180 quoting */
  | 'CSV'
  /** Excel 工作簿 (.xlsx); the first worksheet is read */
  | 'XLSX';

/** 志愿者驻点 — name the participation activity whose volunteers staff a service point (staff of the squad, ADMIN) */
export type StaffServicePointInput = {
  /** 志愿活动 — participation Activity (UUID) volunteers sign up for; null ends the volunteer staffing (a UUID) */
  activityId?: string | number | null | undefined;
  /** 服务点 — the service point (UUID) (a UUID) */
  servicePointId: string | number;
};

/** 摊位类别 — what a standard stall is laid out for */
export type StallCategory =
  /** 文创手作 — crafts and creative goods */
  | 'CRAFTS'
  /** 日用百货 — everyday goods */
  | 'GOODS'
  /** 果蔬农产品 — fruit, vegetables, farm produce */
  | 'PRODUCE'
  /** 便民维修 — repairs and small services */
  | 'REPAIRS'
  /** 小吃餐饮 — cooked food (移动环保炉具 required) */
  | 'SNACKS';

/** 摊位申请状态 — where a stall application stands */
export type StallPermitStatus =
  /** 已分配 — a stall is held under this permit until validUntil */
  | 'ALLOCATED'
  /** 不予分配 — refused; decisionReason says why (e.g. 黑名单) */
  | 'REFUSED'
  /** 已撤销 — revoked by the squad after a recorded warning; revocationReason says why; the stall is free again */
  | 'REVOKED'
  /** 候补 — waiting for the next allocation round (better credit goes first) */
  | 'WAITLISTED'
  /** 已撤回 — withdrawn by the applicant */
  | 'WITHDRAWN';

/** 摊位状态 — whether a stall can be applied for */
export type StallStatus =
  /** 已分配 — held by a merchant under a valid permit */
  | 'ALLOCATED'
  /** 空闲 — no valid permit; can be applied for */
  | 'FREE'
  /** 停用 — not in use (repairs, road works) */
  | 'OUT_OF_SERVICE';

/** 统计周期 — a half-open period [from, to) */
export type StatsPeriodInput = {
  /** Start (inclusive) */
  from: string;
  /** End (exclusive) */
  to: string;
};

/** 提交社区意见 — leave an opinion in a community's box (anyone, signed in or not) */
export type SubmitCommunityOpinionInput = {
  /** 社区工作站 — the community post (UUID) (a UUID) */
  postId: string | number;
  /** 意见内容 — 5–500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  text: string;
};

/** 申报外部培训 — the officer claims hours for external training */
export type SubmitExternalTrainingClaimInput = {
  /** 类别 — category */
  category: CourseCategory;
  /** 完成日期 — YYYY-MM-DD, not in the future (at most 10000 characters, no control characters except tab and line breaks) */
  completedOn: string;
  /** 证明材料 — evidence URI (https) (at most 10000 characters, no control characters except tab and line breaks) */
  evidenceUri: string;
  /** 学时 — 0.5–40, multiple of 0.5 */
  hours: number;
  /** 举办单位 — 2–120 characters (at most 10000 characters, no control characters except tab and line breaks) */
  provider: string;
  /** 培训名称 — 2–120 characters (at most 10000 characters, no control characters except tab and line breaks) */
  title: string;
};

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
  /** 照片 — up to 9 photo URIs (uploaded beforehand), each an https:// or oss:// URI of 8 to 500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  photoUris?: Array<string>;
};

/** 培训提醒类型 — why the officer is notified (each notice is stored once, when its cause happens or the job finds it due) */
export type TrainingNotificationKind =
  /** 资格已过期 — not eligible for duty until certified again */
  | 'CERTIFICATION_EXPIRED'
  /** 资格即将到期 — at the 90/60/30/7-day reminder points */
  | 'CERTIFICATION_EXPIRING'
  /** 截止日期调整 — a trainer moved the due date in the last 14 days (with the reason) */
  | 'DUE_DATE_CHANGED'
  /** 即将截止 — due within 3 days, not completed */
  | 'DUE_SOON'
  /** 考试已评分 — an attempt submitted in the last 14 days is graded (case analyses: once a trainer graded them) */
  | 'EXAM_GRADED'
  /** 学时申报已审核 — a trainer approved or rejected an external-training claim in the last 14 days */
  | 'EXTERNAL_CLAIM_DECIDED'
  /** 新指派 — a course assigned in the last 14 days, not started */
  | 'NEW_ASSIGNMENT'
  /** 已逾期 — past the due date, not completed */
  | 'OVERDUE';

/** 疏导点类型 — kind of designated vending zone */
export type VendingZoneKind =
  /** 便民疏导点 — daytime vending point for street vendors */
  | 'CONVENIENCE_POINT'
  /** 早市 — morning market */
  | 'MORNING_MARKET'
  /** 夜市 — night market (its window may run past midnight) */
  | 'NIGHT_MARKET';

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

/** 走访诉求 — one concern raised during the visit */
export type VisitConcernInput = {
  /** 诉求内容 — 2–500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  description: string;
  /** 处理方式 — solved on the spot or a management task */
  resolution: ConcernResolution;
  /** 处理说明 — 2–500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  resolutionNote: string;
  /** 类别 — topic */
  topic: ConcernTopic;
};

/** 审核状态 — vetting status of a volunteer */
export type VolunteerStatus =
  /** 已认证 — vetted, may sign up for activities */
  | 'ACTIVE'
  /** 待审核 — registered, waiting for vetting */
  | 'PENDING'
  /** 未通过 — not accepted */
  | 'REJECTED'
  /** 已暂停 — suspended */
  | 'SUSPENDED';

/** 警告摊主 — record a warning against an allocated permit (staff of the zone's squad, ADMIN) */
export type WarnStallPermitHolderInput = {
  /** 摊位许可 — the permit (UUID) (a UUID) */
  permitId: string | number;
  /** 警告理由 — what is wrong, told to the merchant, 5–300 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: string;
};

/** 721 工作类别 — the three kinds of work of the 721 method */
export type WorkKind =
  /** 执法 — penalties: fines and labour in lieu (target 10 %) */
  | 'ENFORCEMENT'
  /** 管理 — visit concerns handed on as management tasks, warnings (温馨提示), rectification notices (target 20 %) */
  | 'MANAGEMENT'
  /** 服务 — merchant visits, stall allocations, service-point service days, stall guide shifts, outreach events held, SERVICE decisions on cases (target 70 %) */
  | 'SERVICE';

export type ReportDeskQueryVariables = Exact<{
  first: number;
  year: number;
}>;


export type ReportDeskQuery = { reports: { edges: Array<{ node: { trackingCode: string, status: ReportStatus, category: ReportCategory, grid: { code: string, name: string, unit: { shortName: string }, responsibleOfficer: { name: string } | null } | null, assignedOfficer: { name: string, badgeNumber: string, trainingHours: { totalHours: number, met: boolean } | null } | null } }> } };

export type ReportWithCaseQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportWithCaseQuery = { report: { trackingCode: string, status: ReportStatus, case: { id: string, number: string, status: CaseStatus } | null } };

export type OpenCaseMutationVariables = Exact<{
  input: CreateCaseInput;
}>;


export type OpenCaseMutation = { createCase: { case: { id: string, number: string, status: CaseStatus, sourceReport: { id: string, trackingCode: string } | null } } };

export type CaseDeskQueryVariables = Exact<{
  first: number;
}>;


export type CaseDeskQuery = { cases: { totalCount: number, edges: Array<{ node: { number: string, status: CaseStatus, occurredAt: string, track: CaseTrack | null, violationType: { nameZh: string }, unit: { shortName: string }, gridCell: { name: string }, assignee: { name: string, badgeNumber: string } | null } }> } };

export type AllocateStallsMutationVariables = Exact<{
  input: AllocateStallsInput;
}>;


export type AllocateStallsMutation = { allocateStalls: { stillWaiting: number, allocated: Array<{ id: string, creditLevelAtDecision: string | null, validUntil: string | null, merchant: { id: string, creditFile: { level: CreditLevel } }, stall: { number: string } | null }>, refused: Array<{ id: string, decisionReason: string | null }> } };

export type CaseUpdatesSubscriptionVariables = Exact<{
  unitId: string | number;
}>;


export type CaseUpdatesSubscription = { caseUpdates: { id: string, number: string, status: CaseStatus, unit: { id: string, shortName: string }, assignee: { id: string, name: string } | null } };

export type SubmitReportMutationVariables = Exact<{
  input: SubmitReportInput;
}>;


export type SubmitReportMutation = { submitReport: { report: { id: string, trackingCode: string, status: ReportStatus, category: ReportCategory } } };

export type TrackReportQueryVariables = Exact<{
  trackingCode: string;
}>;


export type TrackReportQuery = { trackReport: { trackingCode: string, status: ReportStatus, submittedAt: string, grid: { code: string, name: string } | null } };

export type ExemptViolationTypesQueryVariables = Exact<{
  first: number;
}>;


export type ExemptViolationTypesQuery = { violationTypes: { totalCount: number, edges: Array<{ node: { code: string, nameZh: string, category: ViolationCategory, legalBasisLaw: string, legalBasisArticle: string, fineMinYuan: number, fineMaxYuan: number, exemptionConditions: string | null } }> } };

export type GridCellsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;


export type GridCellsQuery = { gridCells: { edges: Array<{ node: { code: string, name: string, street: string, community: string, unit: { shortName: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VendingZonesNearQueryVariables = Exact<{
  near: GeoPointInput;
  radiusMeters?: number | null | undefined;
  kind?: VendingZoneKind | null | undefined;
  openAt?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type VendingZonesNearQuery = { vendingZonesNear: { totalCount: number, edges: Array<{ node: { distanceMeters: number, zone: { id: string, name: string, kind: VendingZoneKind, address: string, opensAt: string, closesAt: string, facilities: Array<string>, stallCount: number, freeStallCount: number, grid: { code: string, name: string }, unit: { id: string, name: string } } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ZoneStallsQueryVariables = Exact<{
  zoneId: string | number;
  status?: StallStatus | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ZoneStallsQuery = { stalls: { totalCount: number, edges: Array<{ node: { id: string, number: string, category: StallCategory, environmentalStove: boolean, status: StallStatus } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ServicePointsQueryVariables = Exact<{
  filter?: ServicePointFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type ServicePointsQuery = { servicePoints: { edges: Array<{ node: { id: string, name: string, address: string, openingHours: string, amenities: Array<ServicePointAmenity>, visitCount: number, grid: { code: string }, unit: { name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReportProgressSubscriptionVariables = Exact<{
  trackingCode: string;
}>;


export type ReportProgressSubscription = { reportProgress: { trackingCode: string, status: ReportStatus, grid: { code: string, name: string } | null, timeline: Array<{ toStatus: ReportStatus, note: string }> } };

export type OfficerDashboardQueryVariables = Exact<{
  id: string | number;
  first: number;
}>;


export type OfficerDashboardQuery = { officer: { name: string, badgeNumber: string, unit: { name: string }, grids: Array<{ code: string, name: string }>, certification: { number: string, expiresOn: string } | null, dutyEligible: { eligible: boolean } | null, trainingHours: { totalHours: number, requiredHours: number, met: boolean } | null, enrollments: Array<{ status: EnrollmentStatus, dueOn: string | null, course: { title: string } }> | null, feedbackSummary: { praiseCount: number, complaintCount: number } | null }, cases: { totalCount: number, edges: Array<{ node: { number: string, status: CaseStatus, dueAt: string | null, violationType: { nameZh: string } } }> } };

export type StartExamAttemptMutationVariables = Exact<{
  examId: string | number;
}>;


export type StartExamAttemptMutation = { startExamAttempt: { attempt: { id: string, attemptNo: number } } };

export type SubmitExamAttemptMutationVariables = Exact<{
  attemptId: string | number;
}>;


export type SubmitExamAttemptMutation = { submitExamAttempt: { attempt: { status: AttemptStatus, scorePercent: number | null, passed: boolean | null } } };

export type ExamAttemptReviewQueryVariables = Exact<{
  id: string | number;
}>;


export type ExamAttemptReviewQuery = { examAttempt: { id: string, status: AttemptStatus, scorePercent: number | null, passed: boolean | null, exam: { code: string, myResult: { scorePercent: number | null, passed: boolean | null, attemptsLeft: number } | null }, questions: Array<{ position: number, stem: string, selectedLabels: Array<string>, options: Array<{ label: string, text: string }> }>, review: { scorePercent: number | null, passed: boolean | null, shown: { score: boolean, correctness: boolean, correctAnswers: boolean, explanations: boolean }, items: Array<{ position: number, keywords: Array<string> | null, score: number | null, explanation: string | null, options: Array<{ label: string, correct: boolean | null, selected: boolean }> }> } } };

export type SubmitExternalTrainingClaimMutationVariables = Exact<{
  input: SubmitExternalTrainingClaimInput;
}>;


export type SubmitExternalTrainingClaimMutation = { submitExternalTrainingClaim: { claim: { id: string, status: ClaimStatus } } };

export type ReviewExternalTrainingClaimMutationVariables = Exact<{
  input: ReviewExternalTrainingClaimInput;
}>;


export type ReviewExternalTrainingClaimMutation = { reviewExternalTrainingClaim: { claim: { status: ClaimStatus } } };

export type OfficerNotificationsQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficerNotificationsQuery = { officer: { name: string, notifications: { unreadCount: number, items: Array<{ key: string, kind: TrainingNotificationKind, message: string, read: boolean, externalClaim: { title: string, status: ClaimStatus } | null }> } } };

export type BindMerchantOperatorMutationVariables = Exact<{
  input: BindMerchantOperatorInput;
}>;


export type BindMerchantOperatorMutation = { bindMerchantOperator: { operator: { id: string, subject: string, verifiedBy: string, merchant: { id: string } } } };

export type WarnStallPermitHolderMutationVariables = Exact<{
  input: WarnStallPermitHolderInput;
}>;


export type WarnStallPermitHolderMutation = { warnStallPermitHolder: { permit: { id: string, status: StallPermitStatus, warningCount: number, lastWarningReason: string | null } } };

export type RevokeStallPermitMutationVariables = Exact<{
  input: RevokeStallPermitInput;
}>;


export type RevokeStallPermitMutation = { revokeStallPermit: { permit: { id: string, status: StallPermitStatus, revokedAt: string | null, revocationReason: string | null, stall: { id: string, number: string, status: StallStatus } | null } } };

export type RecordMerchantVisitMutationVariables = Exact<{
  input: RecordMerchantVisitInput;
}>;


export type RecordMerchantVisitMutation = { recordMerchantVisit: { visit: { id: string, concernCount: number, solvedOnTheSpotCount: number, concerns: Array<{ id: string, topic: ConcernTopic, resolution: ConcernResolution }> } } };

export type EscalateVisitConcernMutationVariables = Exact<{
  input: EscalateVisitConcernInput;
}>;


export type EscalateVisitConcernMutation = { escalateVisitConcern: { concern: { id: string, escalatedAt: string | null, violationTypeCode: string | null, caseNumber: string | null } } };

export type MerchantVisitCasesQueryVariables = Exact<{
  id: string | number;
}>;


export type MerchantVisitCasesQuery = { merchantVisit: { id: string, concerns: Array<{ id: string, resolution: ConcernResolution, escalatedAt: string | null, caseNumber: string | null, escalationRefusal: string | null, case: { id: string, number: string, source: CaseSource, status: CaseStatus, sourceVisit: { id: string } | null } | null }> } };

export type WorkMixQueryVariables = Exact<{
  period: StatsPeriodInput;
  unitId?: string | number | null | undefined;
}>;


export type WorkMixQuery = { workMix: { from: string, to: string, unitId: string | null, serviceDispositions: number, warnings: number, rectificationNotices: number, penalties: number, split: { visits: number, concernsSolvedOnTheSpot: number, managementTasks: number, stallAllocations: number, servicePointDays: number, servicePointVisits: number, guideShifts: number, outreachEvents: number, outreachAttendance: number, distanceFrom721: number | null, shares: Array<{ kind: WorkKind, items: number, share: number | null, target: number, gap: number | null }> } } };

export type ZoneCommitteeQueryVariables = Exact<{
  id: string | number;
  days?: number | null | undefined;
}>;


export type ZoneCommitteeQuery = { vendingZone: { name: string, committee: { name: string, rosterStartsOn: string, chair: { id: string, name: string }, members: Array<{ seat: number, merchant: { id: string, name: string } }>, dutyRoster: Array<{ date: string, merchant: { id: string, name: string } | null }> } | null } };

export type FormCommitteeMutationVariables = Exact<{
  input: FormCommitteeInput;
}>;


export type FormCommitteeMutation = { formCommittee: { committee: { id: string, name: string, members: Array<{ seat: number, merchant: { id: string } }> } } };

export type CreateVolunteerActivityMutationVariables = Exact<{
  input: CreateActivityInput;
}>;


export type CreateVolunteerActivityMutation = { createActivity: { activity: { id: string, title: string, capacity: number } } };

export type ScheduleGuideShiftMutationVariables = Exact<{
  input: ScheduleGuideShiftInput;
}>;


export type ScheduleGuideShiftMutation = { scheduleGuideShift: { shift: { id: string, startsAt: string, endsAt: string, volunteersNeeded: number } } };

export type GuideShiftsQueryVariables = Exact<{
  zoneId: string | number;
  from?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type GuideShiftsQuery = { guideShifts: { edges: Array<{ node: { id: string, startsAt: string, endsAt: string, volunteersNeeded: number, guide: { id: string, name: string } | null, activity: { id: string, title: string, capacity: number, signedUpCount: number } | null, zone: { name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CommunityContactCardQueryVariables = Exact<{
  gridCode: string | number;
}>;


export type CommunityContactCardQuery = { communityContactCard: { id: string, community: string, workPhone: string, serviceHours: string, officer: { id: string, name: string, badgeNumber: string }, opinionBox: { received: number, answered: number }, assessment: { residentRatings: number, residentAverage: number | null, squadRatings: number, squadAverage: number | null, score: number | null } } };

export type CommunityOpinionsQueryVariables = Exact<{
  gridCode: string | number;
  first?: number | null | undefined;
}>;


export type CommunityOpinionsQuery = { communityContactCard: { id: string, opinions: { edges: Array<{ node: { id: string, text: string, answer: string | null, answeredAt: string | null } }> } | null } };

export type SubmitCommunityOpinionMutationVariables = Exact<{
  input: SubmitCommunityOpinionInput;
}>;


export type SubmitCommunityOpinionMutation = { submitCommunityOpinion: { opinion: { id: string, text: string, answer: string | null } } };

export type AnswerCommunityOpinionMutationVariables = Exact<{
  input: AnswerCommunityOpinionInput;
}>;


export type AnswerCommunityOpinionMutation = { answerCommunityOpinion: { opinion: { id: string, answer: string | null, answeredAt: string | null } } };

export type ScheduleOutreachEventMutationVariables = Exact<{
  input: ScheduleOutreachEventInput;
}>;


export type ScheduleOutreachEventMutation = { scheduleOutreachEvent: { event: { id: string, kind: OutreachKind, title: string, attendance: number | null } } };

export type RecordOutreachAttendanceMutationVariables = Exact<{
  input: RecordOutreachAttendanceInput;
}>;


export type RecordOutreachAttendanceMutation = { recordOutreachAttendance: { event: { id: string, attendance: number | null } } };

export type OutreachEventsQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
  from?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type OutreachEventsQuery = { outreachEvents: { edges: Array<{ node: { id: string, kind: OutreachKind, title: string, venue: string, startsAt: string, attendance: number | null, officer: { id: string, name: string }, unit: { id: string, name: string }, activity: { id: string, title: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RateCommunityPostMutationVariables = Exact<{
  input: RateCommunityPostInput;
}>;


export type RateCommunityPostMutation = { rateCommunityPost: { assessment: { residentRatings: number, residentAverage: number | null, squadRatings: number, squadAverage: number | null, score: number | null } } };

export type OfficerCommunityAssessmentQueryVariables = Exact<{
  id: string | number;
  year: number;
}>;


export type OfficerCommunityAssessmentQuery = { officer: { id: string, communityScore: number | null, assessment: { year: number, communityScore: number | null, educationFirstShare: number | null } | null } };

export type RenewStallPermitMutationVariables = Exact<{
  input: RenewStallPermitInput;
}>;


export type RenewStallPermitMutation = { renewStallPermit: { permit: { id: string, status: StallPermitStatus, validUntil: string | null, renewedAt: string | null } } };

export type StaffServicePointMutationVariables = Exact<{
  input: StaffServicePointInput;
}>;


export type StaffServicePointMutation = { staffServicePoint: { servicePoint: { id: string, name: string, volunteerActivity: { id: string, title: string, capacity: number, signedUpCount: number } | null } } };

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

export type OfficerServiceWorkQueryVariables = Exact<{
  id: string | number;
  period: ServicePeriodInput;
}>;


export type OfficerServiceWorkQuery = { officer: { id: string, name: string, serviceWork: { visits: number, concernsRaised: number, concernsSolvedOnTheSpot: number, onTheSpotShare: number | null } | null } };

export type CoursesQueryVariables = Exact<{
  first: number;
}>;


export type CoursesQuery = { courses: { totalCount: number, edges: Array<{ node: { code: string, title: string, category: CourseCategory, creditHours: number } }> } };

export type CreateQuestionMutationVariables = Exact<{
  input: CreateQuestionInput;
}>;


export type CreateQuestionMutation = { createQuestion: { question: { id: string, lawArticle: string | null, needsReview: boolean }, version: { lawArticleId: string | null } } };

export type LawArticlesQueryVariables = Exact<{
  first: number;
}>;


export type LawArticlesQuery = { lawArticles: { edges: Array<{ node: { id: string, lawName: string, article: string, status: LawArticleStatus } }> } };

export type AmendLawArticleMutationVariables = Exact<{
  input: AmendLawArticleInput;
}>;


export type AmendLawArticleMutation = { amendLawArticle: { flaggedQuestions: number, flagged: Array<{ id: string, needsReview: boolean }>, examsUnableToDraw: Array<{ id: string, code: string }> } };

export type CreateExamMutationVariables = Exact<{
  input: CreateExamInput;
}>;


export type CreateExamMutation = { createExam: { exam: { id: string, code: string, reviewPolicy: { score: ReviewTiming, correctness: ReviewTiming, correctAnswers: ReviewTiming, explanations: ReviewTiming } } } };

export type ExamReadinessQueryVariables = Exact<{
  id: string | number;
}>;


export type ExamReadinessQuery = { exam: { code: string, readiness: { ready: boolean, questionsUnderReview: number, message: string | null, shortfalls: Array<{ topic: string, difficulty: Difficulty, needed: number, available: number, underReview: number }> } | null } };

export type ImportQuestionsMutationVariables = Exact<{
  input: ImportQuestionsInput;
}>;


export type ImportQuestionsMutation = { importQuestions: { dryRun: boolean, rowCount: number, validRowCount: number, importedCount: number, errors: Array<{ row: number, column: string, code: ImportErrorCode, message: string }>, questions: Array<{ id: string, topic: string, tags: Array<string>, current: { stem: string, lawArticleId: string | null } }> } };

export type ExportQuestionsQueryVariables = Exact<{
  filter?: QuestionFilterInput | null | undefined;
  format: SpreadsheetFormat;
}>;


export type ExportQuestionsQuery = { exportQuestions: { fileName: string, mimeType: string, rowCount: number, content: string } };

export type ExamGradebookQueryVariables = Exact<{
  examId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExamGradebookQuery = { exam: { code: string, gradebook: { totalCount: number, edges: Array<{ node: { attemptsUsed: number, attemptsAllowed: number, bestScorePercent: number | null, countedScorePercent: number | null, passed: boolean | null, officer: { id: string, name: string, badgeNumber: string }, unit: { id: string, shortName: string } | null, attempts: Array<{ attemptNo: number, status: AttemptStatus, scorePercent: number | null }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } | null } };

export type ExportExamGradebookQueryVariables = Exact<{
  examId: string | number;
  format: SpreadsheetFormat;
}>;


export type ExportExamGradebookQuery = { exportExamGradebook: { fileName: string, mimeType: string, rowCount: number, content: string } };

export type DistractorAnalysisQueryVariables = Exact<{
  examId: string | number;
  from: string;
  to: string;
}>;


export type DistractorAnalysisQuery = { distractorAnalysis: { attemptCount: number, items: Array<{ version: number, stem: string, responses: number, difficulty: number, discrimination: number | null, upperCorrectShare: number | null, flags: Array<ItemFlag>, question: { id: string, type: QuestionType }, options: Array<{ key: string, text: string, correct: boolean, chosenCount: number, chosenShare: number, unchosen: boolean }> }> } };

export type TrainingComplianceTreeQueryVariables = Exact<{
  year: number;
  unitId?: string | number | null | undefined;
  officerIds?: Array<string | number> | string | number | null | undefined;
}>;


export type TrainingComplianceTreeQuery = { trainingCompliance: { asOf: string, overall: { officerCount: number, hoursCoverage: number | null, trainingCompleteCount: number, certificationExpiringCount: number, certificationExpiredCount: number, certificationSuspendedCount: number, notCertifiedCount: number, dutyIneligibleCount: number }, byUnitTree: Array<{ shortName: string, depth: number, directOfficerCount: number, unit: { id: string }, parentUnit: { id: string } | null, stats: { officerCount: number, hoursCoverage: number | null, trainingCompleteCount: number, certificationExpiringCount: number, certificationExpiredCount: number, certificationSuspendedCount: number, notCertifiedCount: number, dutyIneligibleCount: number } }> } };

export type ComplianceTreeStatsFragment = { officerCount: number, hoursCoverage: number | null, trainingCompleteCount: number, certificationExpiringCount: number, certificationExpiredCount: number, certificationSuspendedCount: number, notCertifiedCount: number, dutyIneligibleCount: number };

export type TrainingComplianceRollupQueryVariables = Exact<{
  unitId?: string | number | null | undefined;
}>;


export type TrainingComplianceRollupQuery = { trainingComplianceRollup: { asOf: string, units: Array<{ depth: number, directOfficerCount: number, unit: { id: string, name: string, shortName: string }, parentUnit: { id: string } | null, stats: { officerCount: number, trainingCompleteCount: number, trainingCompleteShare: number | null, dutyEligibleCount: number, dutyEligibleShare: number | null, certificationExpiringCount: number, certificationExpiredCount: number, notCertifiedCount: number } }> } };

export type AssignCourseToUnitMutationVariables = Exact<{
  input: AssignCourseInput;
}>;


export type AssignCourseToUnitMutation = { assignCourse: { createdCount: number, enrollments: Array<{ id: string, dueOn: string | null, officer: { id: string } }> } };

export type OverrideAssignmentDueDateMutationVariables = Exact<{
  input: OverrideAssignmentDueDateInput;
}>;


export type OverrideAssignmentDueDateMutation = { overrideAssignmentDueDate: { enrollment: { dueOn: string | null, dueDateOverrides: Array<{ previousDueOn: string, dueOn: string, reason: string }> } } };

export type MyTrainingNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTrainingNotificationsQuery = { myTrainingNotifications: { unreadCount: number, items: Array<{ key: string, kind: TrainingNotificationKind, message: string, dueOn: string | null, read: boolean, course: { code: string, title: string } | null }> } };

export type MarkTrainingNotificationsReadMutationVariables = Exact<{
  keys: Array<string> | string;
}>;


export type MarkTrainingNotificationsReadMutation = { markTrainingNotificationsRead: { markedCount: number, unreadCount: number } };

export type OfficerTrainingRecordQueryVariables = Exact<{
  id: string | number;
  year?: number | null | undefined;
}>;


export type OfficerTrainingRecordQuery = { officer: { name: string, unit: { shortName: string }, hoursLedger: { totalCount: number, edges: Array<{ node: { year: number, hours: number, cause: HoursCause, note: string, sourceRef: string | null } }> } | null, certificationHistory: Array<{ kind: CertificationEventKind, occurredOn: string, reason: string }> | null } };

export type CohortsQueryVariables = Exact<{
  filter?: CohortFilterInput | null | undefined;
}>;


export type CohortsQuery = { cohorts: { totalCount: number, edges: Array<{ node: { name: string, officerIds: Array<string> } }> } };

export type AnswerCaseQuestionMutationVariables = Exact<{
  attemptId: string | number;
  position: number;
  text: string;
}>;


export type AnswerCaseQuestionMutation = { answerQuestion: { question: { position: number, type: QuestionType, answered: boolean } } };

export type CaseAnalysisGradingQueueQueryVariables = Exact<{
  examId?: string | number | null | undefined;
}>;


export type CaseAnalysisGradingQueueQuery = { caseAnalysisGradingQueue: { totalCount: number, edges: Array<{ node: { id: string, status: AttemptStatus, submittedAt: string | null, officer: { id: string } } }> } };

export type GradeCaseAnswerMutationVariables = Exact<{
  input: GradeCaseAnswerInput;
}>;


export type GradeCaseAnswerMutation = { gradeCaseAnswer: { remaining: number, attempt: { status: AttemptStatus, scorePercent: number | null, passed: boolean | null } } };

export type OfficerCertificationRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficerCertificationRecordQuery = { officer: { name: string, certification: { expiresOn: string } | null, certificationHistory: Array<{ kind: CertificationEventKind, reason: string }> | null } };

export type AttemptPaperQueryVariables = Exact<{
  id: string | number;
}>;


export type AttemptPaperQuery = { examAttempt: { questions: Array<{ position: number, options: Array<{ label: string, text: string }> }> } };

export type AnswerChoiceQuestionMutationVariables = Exact<{
  attemptId: string | number;
  position: number;
  labels: Array<string> | string;
}>;


export type AnswerChoiceQuestionMutation = { answerQuestion: { question: { position: number, answered: boolean } } };

export type ReviseQuestionMutationVariables = Exact<{
  input: ReviseQuestionInput;
}>;


export type ReviseQuestionMutation = { reviseQuestion: { version: { version: number } } };

export type ScoreChangeFragment = { changedBy: string, oldScorePercent: number | null, newScorePercent: number | null, oldPassed: boolean | null, newPassed: boolean | null, fromVersion: number, toVersion: number, reason: string };

export type RegradeExamAttemptsMutationVariables = Exact<{
  input: RegradeExamAttemptsInput;
}>;


export type RegradeExamAttemptsMutation = { regradeExamAttempts: { scoreChanged: number, attempts: Array<{ id: string, status: AttemptStatus, scorePercent: number | null, passed: boolean | null }> } };

export type RegradeExamMutationVariables = Exact<{
  input: RegradeExamInput;
}>;


export type RegradeExamMutation = { regradeExam: { scoreChanged: number, questionIds: Array<string>, attempts: Array<{ id: string, status: AttemptStatus, scorePercent: number | null, passed: boolean | null }> } };

export type AttemptScoreHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type AttemptScoreHistoryQuery = { examAttempt: { scorePercent: number | null, passed: boolean | null, scoreHistory: Array<{ changedBy: string, oldScorePercent: number | null, newScorePercent: number | null, oldPassed: boolean | null, newPassed: boolean | null, fromVersion: number, toVersion: number, reason: string }> } };

export type CreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type CreateCohortMutation = { createCohort: { cohort: { id: string, name: string } } };

export type CohortGradebookQueryVariables = Exact<{
  id: string | number;
  first: number;
  after?: string | null | undefined;
}>;


export type CohortGradebookQuery = { cohort: { name: string, gradebook: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { certified: boolean, assignmentsTotal: number, assignmentsCompleted: number, overdueCount: number, officer: { id: string, name: string }, courses: Array<{ status: EnrollmentStatus, overdue: boolean, lessonsCompleted: number, lessonsTotal: number, course: { code: string } }>, exams: Array<{ completed: boolean, bestScorePercent: number | null, passed: boolean | null, exam: { code: string } }> } }> } | null } };

export type ExportCohortGradebookQueryVariables = Exact<{
  cohortId: string | number;
  format: SpreadsheetFormat;
}>;


export type ExportCohortGradebookQuery = { exportCohortGradebook: { fileName: string, mimeType: string, rowCount: number, content: string } };

export type AssignExamToCohortMutationVariables = Exact<{
  input: AssignExamInput;
}>;


export type AssignExamToCohortMutation = { assignExam: { createdCount: number } };

export type ApplyForStallMutationVariables = Exact<{
  input: ApplyForStallInput;
}>;


export type ApplyForStallMutation = { applyForStall: { permit: { id: string, status: StallPermitStatus, decisionReason: string | null, waitlistPosition: number | null, merchant: { id: string, name: string, creditFile: { level: CreditLevel, blacklisted: boolean } } } } };

export type MyStallApplicationsQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type MyStallApplicationsQuery = { myStallApplications: { edges: Array<{ node: { id: string, status: StallPermitStatus, appliedAt: string, waitlistPosition: number | null, decisionReason: string | null, zone: { name: string }, stall: { number: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type VolunteerActivitiesQueryVariables = Exact<{
  first: number;
  filter?: ActivityFilter | null | undefined;
}>;


export type VolunteerActivitiesQuery = { activities: { edges: Array<{ node: { id: string, kind: ActivityKind, title: string, location: string, startsAt: string, endsAt: string, capacity: number, signedUpCount: number, grid: { code: string, name: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SignUpForActivityMutationVariables = Exact<{
  input: SignUpForActivityInput;
}>;


export type SignUpForActivityMutation = { signUpForActivity: { signUp: { id: string, checkedInAt: string | null, activity: { id: string, title: string } } } };

export type CheckInToActivityMutationVariables = Exact<{
  input: AttendanceInput;
}>;


export type CheckInToActivityMutation = { checkInToActivity: { signUp: { id: string, checkedInAt: string | null } } };

export type CheckOutOfActivityMutationVariables = Exact<{
  input: AttendanceInput;
}>;


export type CheckOutOfActivityMutation = { checkOutOfActivity: { signUp: { id: string, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null } } };

export type MyVolunteerPageQueryVariables = Exact<{
  first: number;
}>;


export type MyVolunteerPageQuery = { myVolunteerProfile: { id: string, name: string, status: VolunteerStatus, pointsBalance: number, team: { name: string } | null } | null, mySignUps: { edges: Array<{ node: { id: string, checkedInAt: string | null, checkedOutAt: string | null, hours: number | null, hoursStatus: HoursStatus | null, activity: { title: string, startsAt: string } } }> } };

export type OfficerNotificationInboxQueryVariables = Exact<{
  id: string | number;
  first?: number;
  unreadOnly?: boolean;
}>;


export type OfficerNotificationInboxQuery = { officer: { notifications: { unreadCount: number, totalCount: number, items: Array<{ key: string, kind: TrainingNotificationKind, title: string, message: string, dueOn: string | null, read: boolean, readAt: string | null, createdAt: string, course: { code: string } | null, examAttempt: { id: string } | null }> } } };

export const ComplianceTreeStatsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceTreeStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCompleteCount"}},{"kind":"Field","name":{"kind":"Name","value":"certificationExpiringCount"}},{"kind":"Field","name":{"kind":"Name","value":"certificationExpiredCount"}},{"kind":"Field","name":{"kind":"Name","value":"certificationSuspendedCount"}},{"kind":"Field","name":{"kind":"Name","value":"notCertifiedCount"}},{"kind":"Field","name":{"kind":"Name","value":"dutyIneligibleCount"}}]}}]} as unknown as DocumentNode<ComplianceTreeStatsFragment, unknown>;
export const ScoreChangeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptScoreChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"oldScorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"newScorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"oldPassed"}},{"kind":"Field","name":{"kind":"Name","value":"newPassed"}},{"kind":"Field","name":{"kind":"Name","value":"fromVersion"}},{"kind":"Field","name":{"kind":"Name","value":"toVersion"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<ScoreChangeFragment, unknown>;
export const ReportDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDesk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibleOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignedOfficer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReportDeskQuery, ReportDeskQueryVariables>;
export const ReportWithCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportWithCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReportWithCaseQuery, ReportWithCaseQueryVariables>;
export const OpenCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceReport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OpenCaseMutation, OpenCaseMutationVariables>;
export const CaseDeskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseDesk"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"track"}},{"kind":"Field","name":{"kind":"Name","value":"violationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gridCell"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseDeskQuery, CaseDeskQueryVariables>;
export const AllocateStallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateStalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateStallsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateStalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocated"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creditFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"stall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditLevelAtDecision"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}}]}},{"kind":"Field","name":{"kind":"Name","value":"refused"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stillWaiting"}}]}}]}}]} as unknown as DocumentNode<AllocateStallsMutation, AllocateStallsMutationVariables>;
export const CaseUpdatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CaseUpdates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseUpdates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assignee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CaseUpdatesSubscription, CaseUpdatesSubscriptionVariables>;
export const SubmitReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitReportMutation, SubmitReportMutationVariables>;
export const TrackReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrackReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TrackReportQuery, TrackReportQueryVariables>;
export const ExemptViolationTypesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExemptViolationTypes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"violationTypes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"onExemptionList"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisLaw"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasisArticle"}},{"kind":"Field","name":{"kind":"Name","value":"fineMinYuan"}},{"kind":"Field","name":{"kind":"Name","value":"fineMaxYuan"}},{"kind":"Field","name":{"kind":"Name","value":"exemptionConditions"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExemptViolationTypesQuery, ExemptViolationTypesQueryVariables>;
export const GridCellsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GridCells"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gridCells"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"street"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<GridCellsQuery, GridCellsQueryVariables>;
export const VendingZonesNearDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VendingZonesNear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"near"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GeoPointInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"radiusMeters"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VendingZoneKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openAt"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendingZonesNear"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"near"},"value":{"kind":"Variable","name":{"kind":"Name","value":"near"}}},{"kind":"Argument","name":{"kind":"Name","value":"radiusMeters"},"value":{"kind":"Variable","name":{"kind":"Name","value":"radiusMeters"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"openAt"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openAt"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distanceMeters"}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"opensAt"}},{"kind":"Field","name":{"kind":"Name","value":"closesAt"}},{"kind":"Field","name":{"kind":"Name","value":"facilities"}},{"kind":"Field","name":{"kind":"Name","value":"stallCount"}},{"kind":"Field","name":{"kind":"Name","value":"freeStallCount"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<VendingZonesNearQuery, VendingZonesNearQueryVariables>;
export const ZoneStallsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ZoneStalls"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoneId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StallStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stalls"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"zoneId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoneId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"environmentalStove"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]} as unknown as DocumentNode<ZoneStallsQuery, ZoneStallsQueryVariables>;
export const ServicePointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServicePoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePointFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servicePoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"openingHours"}},{"kind":"Field","name":{"kind":"Name","value":"amenities"}},{"kind":"Field","name":{"kind":"Name","value":"visitCount"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<ServicePointsQuery, ServicePointsQueryVariables>;
export const ReportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"trackingCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"trackingCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trackingCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"toStatus"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<ReportProgressSubscription, ReportProgressSubscriptionVariables>;
export const OfficerDashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerDashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyEligible"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"IntValue","value":"2026"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"praiseCount"}},{"kind":"Field","name":{"kind":"Name","value":"complaintCount"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"officerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"violationType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficerDashboardQuery, OfficerDashboardQueryVariables>;
export const StartExamAttemptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartExamAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"examId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startExamAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"examId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"examId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attemptNo"}}]}}]}}]}}]} as unknown as DocumentNode<StartExamAttemptMutation, StartExamAttemptMutationVariables>;
export const SubmitExamAttemptDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitExamAttempt"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attemptId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitExamAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"attemptId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attemptId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitExamAttemptMutation, SubmitExamAttemptMutationVariables>;
export const ExamAttemptReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExamAttemptReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"myResult"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsLeft"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"selectedLabels"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"correctness"}},{"kind":"Field","name":{"kind":"Name","value":"correctAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"explanations"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"correct"}},{"kind":"Field","name":{"kind":"Name","value":"selected"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExamAttemptReviewQuery, ExamAttemptReviewQueryVariables>;
export const SubmitExternalTrainingClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitExternalTrainingClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitExternalTrainingClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitExternalTrainingClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitExternalTrainingClaimMutation, SubmitExternalTrainingClaimMutationVariables>;
export const ReviewExternalTrainingClaimDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewExternalTrainingClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewExternalTrainingClaimInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewExternalTrainingClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"claim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewExternalTrainingClaimMutation, ReviewExternalTrainingClaimMutationVariables>;
export const OfficerNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerNotifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"externalClaim"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficerNotificationsQuery, OfficerNotificationsQueryVariables>;
export const BindMerchantOperatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BindMerchantOperator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BindMerchantOperatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bindMerchantOperator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedBy"}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<BindMerchantOperatorMutation, BindMerchantOperatorMutationVariables>;
export const WarnStallPermitHolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WarnStallPermitHolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WarnStallPermitHolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warnStallPermitHolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"warningCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastWarningReason"}}]}}]}}]}}]} as unknown as DocumentNode<WarnStallPermitHolderMutation, WarnStallPermitHolderMutationVariables>;
export const RevokeStallPermitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeStallPermit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeStallPermitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeStallPermit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revocationReason"}},{"kind":"Field","name":{"kind":"Name","value":"stall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RevokeStallPermitMutation, RevokeStallPermitMutationVariables>;
export const RecordMerchantVisitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMerchantVisit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordMerchantVisitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMerchantVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"concernCount"}},{"kind":"Field","name":{"kind":"Name","value":"solvedOnTheSpotCount"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordMerchantVisitMutation, RecordMerchantVisitMutationVariables>;
export const EscalateVisitConcernDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EscalateVisitConcern"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EscalateVisitConcernInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"escalateVisitConcern"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"concern"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"violationTypeCode"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}}]}}]}}]}}]} as unknown as DocumentNode<EscalateVisitConcernMutation, EscalateVisitConcernMutationVariables>;
export const MerchantVisitCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MerchantVisitCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"merchantVisit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"concerns"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"resolution"}},{"kind":"Field","name":{"kind":"Name","value":"escalatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"escalationRefusal"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"sourceVisit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MerchantVisitCasesQuery, MerchantVisitCasesQueryVariables>;
export const WorkMixDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkMix"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StatsPeriodInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workMix"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"unitId"}},{"kind":"Field","name":{"kind":"Name","value":"serviceDispositions"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationNotices"}},{"kind":"Field","name":{"kind":"Name","value":"penalties"}},{"kind":"Field","name":{"kind":"Name","value":"split"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"concernsSolvedOnTheSpot"}},{"kind":"Field","name":{"kind":"Name","value":"managementTasks"}},{"kind":"Field","name":{"kind":"Name","value":"stallAllocations"}},{"kind":"Field","name":{"kind":"Name","value":"servicePointDays"}},{"kind":"Field","name":{"kind":"Name","value":"servicePointVisits"}},{"kind":"Field","name":{"kind":"Name","value":"guideShifts"}},{"kind":"Field","name":{"kind":"Name","value":"outreachEvents"}},{"kind":"Field","name":{"kind":"Name","value":"outreachAttendance"}},{"kind":"Field","name":{"kind":"Name","value":"shares"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"items"}},{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"distanceFrom721"}}]}}]}}]}}]} as unknown as DocumentNode<WorkMixQuery, WorkMixQueryVariables>;
export const ZoneCommitteeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ZoneCommittee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"days"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vendingZone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"rosterStartsOn"}},{"kind":"Field","name":{"kind":"Name","value":"chair"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"dutyRoster"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"days"},"value":{"kind":"Variable","name":{"kind":"Name","value":"days"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ZoneCommitteeQuery, ZoneCommitteeQueryVariables>;
export const FormCommitteeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FormCommittee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FormCommitteeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formCommittee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FormCommitteeMutation, FormCommitteeMutationVariables>;
export const CreateVolunteerActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVolunteerActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]}}]}}]} as unknown as DocumentNode<CreateVolunteerActivityMutation, CreateVolunteerActivityMutationVariables>;
export const ScheduleGuideShiftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleGuideShift"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleGuideShiftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleGuideShift"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shift"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"volunteersNeeded"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleGuideShiftMutation, ScheduleGuideShiftMutationVariables>;
export const GuideShiftsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GuideShifts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"zoneId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"guideShifts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"zoneId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"zoneId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"volunteersNeeded"}},{"kind":"Field","name":{"kind":"Name","value":"guide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"signedUpCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<GuideShiftsQuery, GuideShiftsQueryVariables>;
export const CommunityContactCardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityContactCard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gridCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityContactCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gridCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gridCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"community"}},{"kind":"Field","name":{"kind":"Name","value":"workPhone"}},{"kind":"Field","name":{"kind":"Name","value":"serviceHours"}},{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"opinionBox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"received"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentRatings"}},{"kind":"Field","name":{"kind":"Name","value":"residentAverage"}},{"kind":"Field","name":{"kind":"Name","value":"squadRatings"}},{"kind":"Field","name":{"kind":"Name","value":"squadAverage"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<CommunityContactCardQuery, CommunityContactCardQueryVariables>;
export const CommunityOpinionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommunityOpinions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"gridCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"communityContactCard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"gridCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"gridCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"opinions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommunityOpinionsQuery, CommunityOpinionsQueryVariables>;
export const SubmitCommunityOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitCommunityOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitCommunityOpinionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitCommunityOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitCommunityOpinionMutation, SubmitCommunityOpinionMutationVariables>;
export const AnswerCommunityOpinionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerCommunityOpinion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerCommunityOpinionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerCommunityOpinion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"opinion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerCommunityOpinionMutation, AnswerCommunityOpinionMutationVariables>;
export const ScheduleOutreachEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleOutreachEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleOutreachEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleOutreachEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleOutreachEventMutation, ScheduleOutreachEventMutationVariables>;
export const RecordOutreachAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordOutreachAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordOutreachAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordOutreachAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}}]}}]}}]}}]} as unknown as DocumentNode<RecordOutreachAttendanceMutation, RecordOutreachAttendanceMutationVariables>;
export const OutreachEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OutreachEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outreachEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"venue"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"}},{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OutreachEventsQuery, OutreachEventsQueryVariables>;
export const RateCommunityPostDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RateCommunityPost"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RateCommunityPostInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rateCommunityPost"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assessment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"residentRatings"}},{"kind":"Field","name":{"kind":"Name","value":"residentAverage"}},{"kind":"Field","name":{"kind":"Name","value":"squadRatings"}},{"kind":"Field","name":{"kind":"Name","value":"squadAverage"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]}}]} as unknown as DocumentNode<RateCommunityPostMutation, RateCommunityPostMutationVariables>;
export const OfficerCommunityAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerCommunityAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"communityScore"}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"communityScore"}},{"kind":"Field","name":{"kind":"Name","value":"educationFirstShare"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerCommunityAssessmentQuery, OfficerCommunityAssessmentQueryVariables>;
export const RenewStallPermitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenewStallPermit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RenewStallPermitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renewStallPermit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"renewedAt"}}]}}]}}]}}]} as unknown as DocumentNode<RenewStallPermitMutation, RenewStallPermitMutationVariables>;
export const StaffServicePointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StaffServicePoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffServicePointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffServicePoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"servicePoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"volunteerActivity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"signedUpCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<StaffServicePointMutation, StaffServicePointMutationVariables>;
export const OfficerRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerRoster"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"grids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerRosterQuery, OfficerRosterQueryVariables>;
export const OfficerProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"requiredHours"}},{"kind":"Field","name":{"kind":"Name","value":"met"}},{"kind":"Field","name":{"kind":"Name","value":"byCategory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficerProfileQuery, OfficerProfileQueryVariables>;
export const OfficerAssessmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerAssessment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"educationFirstShare"}},{"kind":"Field","name":{"kind":"Name","value":"feedbackSummary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"substantiatedComplaintCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"assessment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"trainingHours"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalHours"}},{"kind":"Field","name":{"kind":"Name","value":"met"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examsTaken"}},{"kind":"Field","name":{"kind":"Name","value":"latestExamScorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"drillRunsFinished"}},{"kind":"Field","name":{"kind":"Name","value":"mentoringSignedOff"}},{"kind":"Field","name":{"kind":"Name","value":"substantiatedComplaints"}},{"kind":"Field","name":{"kind":"Name","value":"educationFirstShare"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerAssessmentQuery, OfficerAssessmentQueryVariables>;
export const OfficerServiceWorkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerServiceWork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"period"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ServicePeriodInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"serviceWork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"period"},"value":{"kind":"Variable","name":{"kind":"Name","value":"period"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"visits"}},{"kind":"Field","name":{"kind":"Name","value":"concernsRaised"}},{"kind":"Field","name":{"kind":"Name","value":"concernsSolvedOnTheSpot"}},{"kind":"Field","name":{"kind":"Name","value":"onTheSpotShare"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerServiceWorkQuery, OfficerServiceWorkQueryVariables>;
export const CoursesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Courses"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"courses"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"creditHours"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CoursesQuery, CoursesQueryVariables>;
export const CreateQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lawArticle"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lawArticleId"}}]}}]}}]}}]} as unknown as DocumentNode<CreateQuestionMutation, CreateQuestionMutationVariables>;
export const LawArticlesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LawArticles"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lawArticles"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"lawName"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LawArticlesQuery, LawArticlesQueryVariables>;
export const AmendLawArticleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendLawArticle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendLawArticleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendLawArticle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"flaggedQuestions"}},{"kind":"Field","name":{"kind":"Name","value":"flagged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"needsReview"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examsUnableToDraw"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<AmendLawArticleMutation, AmendLawArticleMutationVariables>;
export const CreateExamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"reviewPolicy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"correctness"}},{"kind":"Field","name":{"kind":"Name","value":"correctAnswers"}},{"kind":"Field","name":{"kind":"Name","value":"explanations"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateExamMutation, CreateExamMutationVariables>;
export const ExamReadinessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExamReadiness"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"readiness"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"questionsUnderReview"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"shortfalls"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"needed"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"underReview"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExamReadinessQuery, ExamReadinessQueryVariables>;
export const ImportQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportQuestionsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"validRowCount"}},{"kind":"Field","name":{"kind":"Name","value":"importedCount"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"current"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"lawArticleId"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportQuestionsMutation, ImportQuestionsMutationVariables>;
export const ExportQuestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportQuestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"QuestionFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportQuestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<ExportQuestionsQuery, ExportQuestionsQueryVariables>;
export const ExamGradebookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExamGradebook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"examId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"examId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"gradebook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"badgeNumber"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attemptsUsed"}},{"kind":"Field","name":{"kind":"Name","value":"attemptsAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"bestScorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"countedScorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptNo"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExamGradebookQuery, ExamGradebookQueryVariables>;
export const ExportExamGradebookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportExamGradebook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"examId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportExamGradebook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"examId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"examId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<ExportExamGradebookQuery, ExportExamGradebookQueryVariables>;
export const DistractorAnalysisDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DistractorAnalysis"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"examId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTimeISO"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"distractorAnalysis"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"examId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"examId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attemptCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stem"}},{"kind":"Field","name":{"kind":"Name","value":"responses"}},{"kind":"Field","name":{"kind":"Name","value":"difficulty"}},{"kind":"Field","name":{"kind":"Name","value":"discrimination"}},{"kind":"Field","name":{"kind":"Name","value":"upperCorrectShare"}},{"kind":"Field","name":{"kind":"Name","value":"flags"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"correct"}},{"kind":"Field","name":{"kind":"Name","value":"chosenCount"}},{"kind":"Field","name":{"kind":"Name","value":"chosenShare"}},{"kind":"Field","name":{"kind":"Name","value":"unchosen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DistractorAnalysisQuery, DistractorAnalysisQueryVariables>;
export const TrainingComplianceTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingComplianceTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"officerIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingCompliance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}},{"kind":"Argument","name":{"kind":"Name","value":"officerIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"officerIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"overall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceTreeStats"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byUnitTree"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"directOfficerCount"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ComplianceTreeStats"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ComplianceTreeStats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ComplianceStats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"Field","name":{"kind":"Name","value":"hoursCoverage"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCompleteCount"}},{"kind":"Field","name":{"kind":"Name","value":"certificationExpiringCount"}},{"kind":"Field","name":{"kind":"Name","value":"certificationExpiredCount"}},{"kind":"Field","name":{"kind":"Name","value":"certificationSuspendedCount"}},{"kind":"Field","name":{"kind":"Name","value":"notCertifiedCount"}},{"kind":"Field","name":{"kind":"Name","value":"dutyIneligibleCount"}}]}}]} as unknown as DocumentNode<TrainingComplianceTreeQuery, TrainingComplianceTreeQueryVariables>;
export const TrainingComplianceRollupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingComplianceRollup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingComplianceRollup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unitId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unitId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"units"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parentUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"directOfficerCount"}},{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officerCount"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCompleteCount"}},{"kind":"Field","name":{"kind":"Name","value":"trainingCompleteShare"}},{"kind":"Field","name":{"kind":"Name","value":"dutyEligibleCount"}},{"kind":"Field","name":{"kind":"Name","value":"dutyEligibleShare"}},{"kind":"Field","name":{"kind":"Name","value":"certificationExpiringCount"}},{"kind":"Field","name":{"kind":"Name","value":"certificationExpiredCount"}},{"kind":"Field","name":{"kind":"Name","value":"notCertifiedCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingComplianceRollupQuery, TrainingComplianceRollupQueryVariables>;
export const AssignCourseToUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCourseToUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignCourseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCourse"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"enrollments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssignCourseToUnitMutation, AssignCourseToUnitMutationVariables>;
export const OverrideAssignmentDueDateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideAssignmentDueDate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OverrideAssignmentDueDateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"overrideAssignmentDueDate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrollment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueDateOverrides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"previousDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverrideAssignmentDueDateMutation, OverrideAssignmentDueDateMutationVariables>;
export const MyTrainingNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyTrainingNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myTrainingNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyTrainingNotificationsQuery, MyTrainingNotificationsQueryVariables>;
export const MarkTrainingNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkTrainingNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keys"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markTrainingNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"keys"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keys"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkTrainingNotificationsReadMutation, MarkTrainingNotificationsReadMutationVariables>;
export const OfficerTrainingRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerTrainingRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"hoursLedger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"cause"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRef"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerTrainingRecordQuery, OfficerTrainingRecordQueryVariables>;
export const CohortsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cohorts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CohortFilterInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohorts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"officerIds"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohortsQuery, CohortsQueryVariables>;
export const AnswerCaseQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerCaseQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attemptId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"attemptId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attemptId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerCaseQuestionMutation, AnswerCaseQuestionMutationVariables>;
export const CaseAnalysisGradingQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseAnalysisGradingQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"examId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseAnalysisGradingQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"examId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"examId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseAnalysisGradingQueueQuery, CaseAnalysisGradingQueueQueryVariables>;
export const GradeCaseAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GradeCaseAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GradeCaseAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gradeCaseAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"attempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]}}]} as unknown as DocumentNode<GradeCaseAnswerMutation, GradeCaseAnswerMutationVariables>;
export const OfficerCertificationRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerCertificationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"certification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certificationHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<OfficerCertificationRecordQuery, OfficerCertificationRecordQueryVariables>;
export const AttemptPaperDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttemptPaper"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AttemptPaperQuery, AttemptPaperQueryVariables>;
export const AnswerChoiceQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerChoiceQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attemptId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"labels"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"attemptId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attemptId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"selectedLabels"},"value":{"kind":"Variable","name":{"kind":"Name","value":"labels"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"question"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}}]}}]}}]}}]} as unknown as DocumentNode<AnswerChoiceQuestionMutation, AnswerChoiceQuestionMutationVariables>;
export const ReviseQuestionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviseQuestion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviseQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviseQuestion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ReviseQuestionMutation, ReviseQuestionMutationVariables>;
export const RegradeExamAttemptsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegradeExamAttempts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegradeExamAttemptsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regradeExamAttempts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreChanged"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]}}]} as unknown as DocumentNode<RegradeExamAttemptsMutation, RegradeExamAttemptsMutationVariables>;
export const RegradeExamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegradeExam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegradeExamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regradeExam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreChanged"}},{"kind":"Field","name":{"kind":"Name","value":"questionIds"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]}}]} as unknown as DocumentNode<RegradeExamMutation, RegradeExamMutationVariables>;
export const AttemptScoreHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttemptScoreHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"examAttempt"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"scoreHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ScoreChange"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ScoreChange"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AttemptScoreChange"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changedBy"}},{"kind":"Field","name":{"kind":"Name","value":"oldScorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"newScorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"oldPassed"}},{"kind":"Field","name":{"kind":"Name","value":"newPassed"}},{"kind":"Field","name":{"kind":"Name","value":"fromVersion"}},{"kind":"Field","name":{"kind":"Name","value":"toVersion"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]} as unknown as DocumentNode<AttemptScoreHistoryQuery, AttemptScoreHistoryQueryVariables>;
export const CreateCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCohortInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<CreateCohortMutation, CreateCohortMutationVariables>;
export const CohortGradebookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CohortGradebook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cohort"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"gradebook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"certified"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsTotal"}},{"kind":"Field","name":{"kind":"Name","value":"assignmentsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"overdueCount"}},{"kind":"Field","name":{"kind":"Name","value":"courses"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"lessonsTotal"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"bestScorePercent"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CohortGradebookQuery, CohortGradebookQueryVariables>;
export const ExportCohortGradebookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportCohortGradebook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SpreadsheetFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportCohortGradebook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"cohortId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"cohortId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]} as unknown as DocumentNode<ExportCohortGradebookQuery, ExportCohortGradebookQueryVariables>;
export const AssignExamToCohortDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignExamToCohort"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignExamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignExam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createdCount"}}]}}]}}]} as unknown as DocumentNode<AssignExamToCohortMutation, AssignExamToCohortMutationVariables>;
export const ApplyForStallDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyForStall"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyForStallInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyForStall"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"permit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"merchant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"creditFile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"blacklisted"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ApplyForStallMutation, ApplyForStallMutationVariables>;
export const MyStallApplicationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyStallApplications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myStallApplications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"appliedAt"}},{"kind":"Field","name":{"kind":"Name","value":"waitlistPosition"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"stall"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<MyStallApplicationsQuery, MyStallApplicationsQueryVariables>;
export const VolunteerActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VolunteerActivities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"signedUpCount"}},{"kind":"Field","name":{"kind":"Name","value":"grid"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<VolunteerActivitiesQuery, VolunteerActivitiesQueryVariables>;
export const SignUpForActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignUpForActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignUpForActivityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUpForActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]}}]} as unknown as DocumentNode<SignUpForActivityMutation, SignUpForActivityMutationVariables>;
export const CheckInToActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInToActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInToActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}}]}}]}}]}}]} as unknown as DocumentNode<CheckInToActivityMutation, CheckInToActivityMutationVariables>;
export const CheckOutOfActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckOutOfActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkOutOfActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signUp"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}}]}}]}}]} as unknown as DocumentNode<CheckOutOfActivityMutation, CheckOutOfActivityMutationVariables>;
export const MyVolunteerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyVolunteerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myVolunteerProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"pointsBalance"}},{"kind":"Field","name":{"kind":"Name","value":"team"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"mySignUps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedOutAt"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"hoursStatus"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyVolunteerPageQuery, MyVolunteerPageQueryVariables>;
export const OfficerNotificationInboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OfficerNotificationInbox"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"officer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"course"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"examAttempt"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OfficerNotificationInboxQuery, OfficerNotificationInboxQueryVariables>;