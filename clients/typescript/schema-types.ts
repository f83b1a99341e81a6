export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** 文件（base64） — a file as standard base64 (RFC 4648). Input: at most 2 MiB decoded (a `data:…;base64,` prefix is accepted); the whole request must also fit the gateway’s request limit (GATEWAY_MAX_BODY_BYTES, 100 KiB by default). */
  Base64File: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** 报到 — the department acknowledges a whistle */
export type AcknowledgeWhistleInput = {
  /** Whistle id (a UUID) */
  whistleId: Scalars['ID']['input'];
};

/** 志愿活动 — volunteer activity (owned by the participation subgraph) */
export type Activity = {
  __typename?: 'Activity';
  /** 名额 — capacity */
  capacity: Scalars['Int']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 活动内容 — description */
  description: Scalars['String']['output'];
  /** 结束时间 — end */
  endsAt: Scalars['DateTimeISO']['output'];
  /** 所在网格 — grid cell where it takes place */
  grid: GridCell;
  /** Activity id */
  id: Scalars['ID']['output'];
  /** 活动类型 — kind */
  kind: ActivityKind;
  /** 集合地点 — meeting point */
  location: Scalars['String']['output'];
  /** 报名名单 — sign-ups, at most the capacity (staff; an empty list for everyone else) */
  signUps?: Maybe<Array<ActivitySignUp>>;
  /** 已报名 — places taken */
  signedUpCount: Scalars['Int']['output'];
  /** 开始时间 — start */
  startsAt: Scalars['DateTimeISO']['output'];
  /** 活动名称 — title */
  title: Scalars['String']['output'];
};

/** 志愿活动列表 — a page of activities */
export type ActivityConnection = {
  __typename?: 'ActivityConnection';
  /** One page of Activity edges */
  edges: Array<ActivityEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 志愿活动 — an edge holding one Activity */
export type ActivityEdge = {
  __typename?: 'ActivityEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Activity */
  node: Activity;
};

/** Filter for the activity list */
export type ActivityFilter = {
  /** Only in this grid cell (a code of at most 64 characters, no control characters) */
  gridCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only this kind */
  kind?: InputMaybe<ActivityKind>;
  /** Only activities starting at or after this time */
  startsFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
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

/** Result of createActivity */
export type ActivityPayload = {
  __typename?: 'ActivityPayload';
  /** The activity */
  activity: Activity;
};

/** 活动报名 — a volunteer's place on an activity, with attendance and hours */
export type ActivitySignUp = {
  __typename?: 'ActivitySignUp';
  /** 活动 — the activity */
  activity: Activity;
  /** Activity id */
  activityId: Scalars['ID']['output'];
  /** 自动签退 — true when the check-out was recorded by the 24-hour job, not by a person */
  autoCheckedOut: Scalars['Boolean']['output'];
  /** 签到时间 — check-in */
  checkedInAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 签退时间 — check-out */
  checkedOutAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 以劳代罚处置 — enforcement disposition served by these hours (LABOR_IN_LIEU sessions) */
  dispositionId?: Maybe<Scalars['ID']['output']>;
  /** 代为报名人 — the officer (sign-in subject) who enrolled the party; null when the person signed up themself */
  enrolledBy?: Maybe<Scalars['String']['output']>;
  /** 服务时长（小时）— hours within the activity window */
  hours?: Maybe<Scalars['Float']['output']>;
  /** 时长审核 — null until check-out */
  hoursStatus?: Maybe<HoursStatus>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 以劳代罚已撤销 — set when the disposition these hours serve was superseded or lapsed back to the fine (its hours no longer count); null while it stands and for other activities */
  laborWithdrawal?: Maybe<LaborWithdrawal>;
  /** 审核意见 — officer's note on the hours */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** 以劳代罚服务人 — LABOR_IN_LIEU sessions: the account (sign-in subject) serving the disposition */
  servedBy?: Maybe<Scalars['String']['output']>;
  /** 志愿者 — the volunteer (contact masked); null for a labor-in-lieu party who is not a registered volunteer */
  volunteer?: Maybe<Volunteer>;
  /** Volunteer id — null for a labor-in-lieu party enrolled by an officer who is not a registered volunteer */
  volunteerId?: Maybe<Scalars['ID']['output']>;
};

/** 报名列表 — a page of activity sign-ups */
export type ActivitySignUpConnection = {
  __typename?: 'ActivitySignUpConnection';
  /** One page of ActivitySignUp edges */
  edges: Array<ActivitySignUpEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 活动报名 — an edge holding one ActivitySignUp */
export type ActivitySignUpEdge = {
  __typename?: 'ActivitySignUpEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The ActivitySignUp */
  node: ActivitySignUp;
};

/** 添加证据 — add an evidence item (immutable afterwards) */
export type AddEvidenceInput = {
  /** 采集时间 — when it was captured (not in the future) */
  capturedAt: Scalars['DateTimeISO']['input'];
  /** Case id (a UUID) */
  caseId: Scalars['ID']['input'];
  /** 类型 — kind */
  kind: EvidenceKind;
  /** SHA-256 of the file, 64 hex digits (at most 10000 characters, no control characters except tab and line breaks) */
  sha256: Scalars['String']['input'];
  /** 存储地址 — URI of the uploaded file: an https:// or oss:// URI of 8 to 500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  uri: Scalars['String']['input'];
};

/** Result of addEvidence */
export type AddEvidencePayload = {
  __typename?: 'AddEvidencePayload';
  /** The case the item was added to, as it is now (evidence list and timeline included) */
  case: Case;
  /** The stored evidence item */
  evidence: Evidence;
};

/** 添加课时 — appends a lesson to a draft course */
export type AddLessonInput = {
  /** 内容摘要 — 2–2000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  contentSummary: Scalars['String']['input'];
  /** 课程 — a draft course (a UUID) */
  courseId: Scalars['ID']['input'];
  /** 时长（分钟） — 1–480 */
  minutes: Scalars['Int']['input'];
  /** 课时标题 — 2–120 characters (at most 10000 characters, no control characters except tab and line breaks) */
  title: Scalars['String']['input'];
};

/** 积分调整 — grant or deduct a volunteer's points with a reason (ADMIN, SUPERVISOR); the balance never goes below 0 */
export type AdjustVolunteerPointsInput = {
  /** 积分 — -10,000 to 10,000, not 0: positive grants, negative deducts */
  amount: Scalars['Int']['input'];
  /** 理由 — why, 2 to 200 characters (e.g. 更正重复计分, 年度优秀志愿者奖励) (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
  /** Volunteer id (a UUID) */
  volunteerId: Scalars['ID']['input'];
};

/** Result of adjustVolunteerPoints */
export type AdjustVolunteerPointsPayload = {
  __typename?: 'AdjustVolunteerPointsPayload';
  /** Balance after the adjustment */
  balance: Scalars['Int']['output'];
  /** The ledger entry, with who made it and why */
  entry: PointEntry;
};

/** 摊位分配 — run an allocation round of a zone (staff of its squad, or ADMIN) */
export type AllocateStallsInput = {
  /** 疏导点 — the vending zone (UUID) (a UUID) */
  zoneId: Scalars['ID']['input'];
};

/** Result of allocateStalls */
export type AllocateStallsPayload = {
  __typename?: 'AllocateStallsPayload';
  /** 本轮分配 — permits allocated in this round, in allocation order */
  allocated: Array<StallPermit>;
  /** 本轮拒绝 — applications refused in this round (blacklisted) */
  refused: Array<StallPermit>;
  /** 仍在候补 — applications still waiting (no suitable free stall) */
  stillWaiting: Scalars['Int']['output'];
};

/** 修订法条 — a new version replaces the current one */
export type AmendLawArticleInput = {
  /** 施行日期 — effective on (YYYY-MM-DD) (at most 10000 characters, no control characters except tab and line breaks) */
  effectiveOn: Scalars['String']['input'];
  /** 法条版本 — the CURRENT version being amended (a UUID) */
  lawArticleId: Scalars['ID']['input'];
  /** 新版本 — label of the new version, 2–40 characters, e.g. 2026年修订 (at most 10000 characters, no control characters except tab and line breaks) */
  newVersionLabel: Scalars['String']['input'];
  /** 内容要点 — summary of the new text, 5–500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  summary: Scalars['String']['input'];
};

/** 答复社区意见 — answer an opinion (the stationed officer, staff of the squad, ADMIN) */
export type AnswerCommunityOpinionInput = {
  /** 答复 — 2–500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  answer: Scalars['String']['input'];
  /** 意见 — the opinion item (UUID) (a UUID) */
  opinionId: Scalars['ID']['input'];
};

/** 作答 — answers (or re-answers) one question before the deadline */
export type AnswerQuestionInput = {
  /** 作答 — attempt id (a UUID) */
  attemptId: Scalars['ID']['input'];
  /** 题号 — position */
  position: Scalars['Int']['input'];
  /** 选项标号 — labels chosen (choice types) (at most 10000 characters, no control characters except tab and line breaks) */
  selectedLabels?: Array<Scalars['String']['input']>;
  /** 作答内容 — SHORT_ANSWER or CASE_ANALYSIS text, 1–2000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** Result of answerQuestion */
export type AnswerQuestionPayload = {
  __typename?: 'AnswerQuestionPayload';
  /** The question with the stored answer */
  question: AttemptQuestion;
};

/** 申请摊位 — apply for a stall in a vending zone (signed in) */
export type ApplyForStallInput = {
  /** 商户 — the applying merchant (enforcement Merchant id, UUID) (a UUID) */
  merchantId: Scalars['ID']['input'];
  /** 意向类别 — preferred category; omitted = any free stall */
  preferredCategory?: InputMaybe<StallCategory>;
  /** 疏导点 — the vending zone (UUID) (a UUID) */
  zoneId: Scalars['ID']['input'];
};

/** Result of applyForStall */
export type ApplyForStallPayload = {
  __typename?: 'ApplyForStallPayload';
  /** The application (WAITLISTED, or REFUSED with the reason) */
  permit: StallPermit;
};

/** 聘任城管观察员 — appoint a citizen observer for a term of at most 2 years */
export type AppointObserverInput = {
  /** 姓名 — 2–50 characters (at most 10000 characters, no control characters except tab and line breaks) */
  name: Scalars['String']['input'];
  /** 账号 — the citizen’s sign-in subject (at most 10000 characters, no control characters except tab and line breaks) */
  subject: Scalars['String']['input'];
  /** 聘期结束 — YYYY-MM-DD, at most 2 years after the start (at most 10000 characters, no control characters except tab and line breaks) */
  termEndsOn: Scalars['String']['input'];
  /** 聘期开始 — YYYY-MM-DD (at most 10000 characters, no control characters except tab and line breaks) */
  termStartsOn: Scalars['String']['input'];
};

/** 派遣 — assign a case to an officer of its unit */
export type AssignCaseInput = {
  /** Case id (a UUID) */
  caseId: Scalars['ID']['input'];
  /** 承办人 — an active officer of the case's unit (a UUID) */
  officerId: Scalars['ID']['input'];
  /** 说明 — note (at most 10000 characters, no control characters except tab and line breaks) */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** 派驻社区 — station an officer of the squad in a community (a SUPERVISOR of the squad); a second call for the community replaces the officer */
export type AssignCommunityPostInput = {
  /** 社区 — community name, 2–40 characters (at most 10000 characters, no control characters except tab and line breaks) */
  community: Scalars['String']['input'];
  /** 网格编码 — the community's grid cell (2–20 characters) (a code of at most 64 characters, no control characters) */
  gridCode: Scalars['ID']['input'];
  /** 派驻队员 — enforcement Officer id (UUID) of an officer of the squad (a UUID) */
  officerId: Scalars['ID']['input'];
  /** 接待时间 — 2–80 characters (at most 10000 characters, no control characters except tab and line breaks) */
  serviceHours: Scalars['String']['input'];
  /** 联系电话 — duty line for the card: a fixed line such as 0579-88812319, or 12319 (no mobile numbers) (at most 10000 characters, no control characters except tab and line breaks) */
  workPhone: Scalars['String']['input'];
};

/** 指派课程 — assigns a published course to officers, a cohort and/or a unit with its sub-units, with a due date */
export type AssignCourseInput = {
  /** 培训班 — every member of this cohort (a UUID) */
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  /** 课程 — a published course (a UUID) */
  courseId: Scalars['ID']['input'];
  /** 截止日期 — due date YYYY-MM-DD, today or later (Asia/Shanghai) (at most 10000 characters, no control characters except tab and line breaks) */
  dueOn: Scalars['String']['input'];
  /** 含下级单位 — with unitId: also every unit below it (default true) */
  includeSubUnits?: Scalars['Boolean']['input'];
  /** 队员 — officer ids (≤ 500); with cohortId and/or unitId, the union (a UUID) */
  officerIds?: Array<Scalars['ID']['input']>;
  /** 单位 — every officer of this unit (and of its sub-units unless includeSubUnits is false); ≤ 2000 officers in all (a UUID) */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of assignCourse */
export type AssignCoursePayload = {
  __typename?: 'AssignCoursePayload';
  /** The course */
  course: Course;
  /** 新建数 — enrollments created by this call (0 when repeated) */
  createdCount: Scalars['Int']['output'];
  /** The enrollment of every targeted officer (new or already existing) */
  enrollments: Array<Enrollment>;
};

/** 指派考试 — assigns a published exam to officers, a cohort and/or a unit with its sub-units; the due date is no later than the exam closes */
export type AssignExamInput = {
  /** 培训班 — every member of this cohort (a UUID) */
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  /** 截止日期 — due date YYYY-MM-DD, today or later (Asia/Shanghai) (at most 10000 characters, no control characters except tab and line breaks) */
  dueOn: Scalars['String']['input'];
  /** 考试 — a published exam (a UUID) */
  examId: Scalars['ID']['input'];
  /** 含下级单位 — with unitId: also every unit below it (default true) */
  includeSubUnits?: Scalars['Boolean']['input'];
  /** 队员 — officer ids (≤ 500); with cohortId and/or unitId, the union (a UUID) */
  officerIds?: Array<Scalars['ID']['input']>;
  /** 单位 — every officer of this unit (and of its sub-units unless includeSubUnits is false); ≤ 2000 officers in all (a UUID) */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of assignExam */
export type AssignExamPayload = {
  __typename?: 'AssignExamPayload';
  /** The assignment of every targeted officer (new or already existing) */
  assignments: Array<ExamAssignment>;
  /** 新建数 — assignments created by this call (0 when repeated) */
  createdCount: Scalars['Int']['output'];
  /** The exam */
  exam: Exam;
};

/** 个人截止日期调整 — a trainer’s change of one officer’s due date for an assigned course, with the reason */
export type AssignmentDueOverride = {
  __typename?: 'AssignmentDueOverride';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 新截止日期 — the due date from this change on (YYYY-MM-DD) */
  dueOn: Scalars['String']['output'];
  /** 学习记录 — enrollment id */
  enrollmentId: Scalars['ID']['output'];
  /** 批准人 — subject of the trainer who changed it */
  grantedBy: Scalars['String']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 原截止日期 — the due date before this change (YYYY-MM-DD) */
  previousDueOn: Scalars['String']['output'];
  /** 理由 — reason */
  reason: Scalars['String']['output'];
};

/** 作答选项 — an option as the examinee sees it (label in this attempt’s order, text) */
export type AttemptOption = {
  __typename?: 'AttemptOption';
  /** 选项标号 — A, B, C … (this attempt’s order) */
  label: Scalars['String']['output'];
  /** 选项内容 — text */
  text: Scalars['String']['output'];
};

/** 作答题目 — a question as the examinee sees it during the attempt */
export type AttemptQuestion = {
  __typename?: 'AttemptQuestion';
  /** 作答内容 — the examinee’s text (SHORT_ANSWER) */
  answerText?: Maybe<Scalars['String']['output']>;
  /** 已作答 — answered */
  answered: Scalars['Boolean']['output'];
  /** 选项 — options in this attempt’s shuffled order (empty for SHORT_ANSWER) */
  options: Array<AttemptOption>;
  /** 题号 — position in the paper, from 1 */
  position: Scalars['Int']['output'];
  /** 已选 — labels the examinee selected */
  selectedLabels: Array<Scalars['String']['output']>;
  /** 题干 — stem */
  stem: Scalars['String']['output'];
  /** 题型 — type */
  type: QuestionType;
};

/** 试卷解析 — the graded attempt as the exam’s review policy shows it (trainers: everything); refused before grading */
export type AttemptReview = {
  __typename?: 'AttemptReview';
  /** 逐题解析 — per question */
  items: Array<ReviewItem>;
  /** 是否及格 — passed; null while hidden */
  passed?: Maybe<Scalars['Boolean']['output']>;
  /** 得分（%） — score; null while hidden */
  scorePercent?: Maybe<Scalars['Float']['output']>;
  /** 可见内容 — what the review policy shows now; hidden parts are null */
  shown: ReviewShown;
};

/** 成绩变更记录 — one change of an attempt’s score after grading (a regrade), oldest first */
export type AttemptScoreChange = {
  __typename?: 'AttemptScoreChange';
  /** 变更时间 — when */
  changedAt: Scalars['DateTimeISO']['output'];
  /** 经办人 — the trainer who regraded (subject) */
  changedBy: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 原版本 — the question version the attempt was graded against */
  fromVersion: Scalars['Int']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 新是否及格 — passed after */
  newPassed?: Maybe<Scalars['Boolean']['output']>;
  /** 新得分（%） — score after (null while the attempt awaits hand grading) */
  newScorePercent?: Maybe<Scalars['Float']['output']>;
  /** 原是否及格 — passed before */
  oldPassed?: Maybe<Scalars['Boolean']['output']>;
  /** 原得分（%） — score before (null while the attempt awaited hand grading) */
  oldScorePercent?: Maybe<Scalars['Float']['output']>;
  /** 试题 — the revised question that was regraded */
  questionId: Scalars['ID']['output'];
  /** 原因 — the trainer’s reason (1–200 characters) */
  reason: Scalars['String']['output'];
  /** 新版本 — the fixed version it is now graded against */
  toVersion: Scalars['Int']['output'];
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
  signUpId: Scalars['ID']['input'];
};

/** 颁发小红花 — commend a merchant (supervisors) */
export type AwardRedFlowerInput = {
  /** Related case, if any (a UUID) */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** Merchant id (a UUID) */
  merchantId: Scalars['ID']['input'];
  /** 事由 — reason, 2–300 characters, e.g. 门前三包落实到位 (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
};

/** Result of awardRedFlower */
export type AwardRedFlowerPayload = {
  __typename?: 'AwardRedFlowerPayload';
  /** The new entry */
  entry: CreditEntry;
};

/** 绑定经营者账号 — staff record that a signed-in account is a merchant's operator (after checking licence and ID in person) */
export type BindMerchantOperatorInput = {
  /** 商户 — enforcement Merchant id (UUID) (a UUID) */
  merchantId: Scalars['ID']['input'];
  /** 账号 — the operator's sign-in subject (the `sub` of their token), 1–80 characters (at most 10000 characters, no control characters except tab and line breaks) */
  subject: Scalars['String']['input'];
};

/** Result of bindMerchantOperator */
export type BindMerchantOperatorPayload = {
  __typename?: 'BindMerchantOperatorPayload';
  /** The binding (the existing one when it was already recorded) */
  operator: MerchantOperator;
};

/** 吹哨 — call a partner department in on a case */
export type BlowWhistleInput = {
  /** Case id (a UUID) */
  caseId: Scalars['ID']['input'];
  /** 协作部门 — department id (a UUID) */
  departmentId: Scalars['ID']['input'];
  /** 吹哨事由 — 5–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
  /** 紧急程度 — NORMAL (24 h) or URGENT (2 h) */
  urgency: WhistleUrgency;
};

/** 经营类型 — business type of a merchant */
export type BusinessType =
  /** 共享单车运营 — bike-sharing operator */
  | 'BIKE_SHARING'
  /** 餐饮 — catering */
  | 'CATERING'
  /** 建筑施工 — construction and transport */
  | 'CONSTRUCTION'
  /** 文创 — cultural and creative goods */
  | 'CULTURAL_CREATIVE'
  /** 流动摊贩 — mobile vendor */
  | 'MOBILE_VENDOR'
  /** 零售 — retail shop */
  | 'RETAIL'
  /** 生活服务 — personal services (hair, repair, laundry…) */
  | 'SERVICES';

/** 执法案件 — an enforcement case */
export type Case = {
  __typename?: 'Case';
  /** 地址 — address */
  address: Scalars['String']['output'];
  /** 可用操作 — lifecycle steps allowed from the current status */
  allowedActions: Array<CaseAction>;
  /** 承办人 — assigned officer */
  assignee?: Maybe<Officer>;
  /** 结案时间 — when the case was closed */
  closedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 结案事实 — handled, verified, closed-unresolved and party-satisfied as separate facts */
  closure: CaseClosure;
  /** 当场改正 — corrected on the spot */
  correctedOnSpot: Scalars['Boolean']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 案情描述 — description */
  description: Scalars['String']['output'];
  /** 处置决定 — dispositions, oldest first */
  dispositions: Array<Disposition>;
  /** 办结期限 — handling deadline (set at filing) */
  dueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 证据 — evidence items, in capture order */
  evidence: Array<Evidence>;
  /** 证据数 — number of evidence items */
  evidenceCount: Scalars['Int']['output'];
  /** 立案时间 — when the case was filed */
  filedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 办理结论 — the finding that ends the case without a disposition; null when there is none */
  finding?: Maybe<CaseFinding>;
  /** 回访 — the follow-up visit, once recorded */
  followUp?: Maybe<FollowUp>;
  /** 回访时间 — when the follow-up visit was recorded */
  followedUpAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 网格 — grid cell */
  gridCell: GridCell;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 典型案例 — marked as a typical case by its review (training material) */
  isTypicalCase: Scalars['Boolean']['output'];
  /** Latitude (WGS-84) */
  lat: Scalars['Float']['output'];
  /** 法制审核 — legal reviews of proposed decisions on this case, oldest first */
  legalReviews: Array<LegalReview>;
  /** Longitude (WGS-84) */
  lng: Scalars['Float']['output'];
  /** 危害后果轻微 — harm is minor */
  minorHarm: Scalars['Boolean']['output'];
  /** 案件编号 — case number, unique per year, e.g. ZF-2026-000123 */
  number: Scalars['String']['output'];
  /** 发生时间 — when the violation occurred */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** 当事人 — the merchant or person */
  party?: Maybe<CaseParty>;
  /** 当事人类型 — kind of party */
  partyKind: PartyKind;
  /** 处罚程序 — penalty procedure, once a penalty is decided */
  procedure?: Maybe<PenaltyProcedure>;
  /** 处置建议 — the flexible-enforcement ladder's recommendation; LABOR_IN_LIEU is acceptable only when partyAgreesToLabor is true and the violation type allows it */
  recommendedDisposition: DispositionRecommendation;
  /** 案件评议 — the post-closure review, once done */
  review?: Maybe<CaseReview>;
  /** 返工次数 — times verification failed (核查不通过) */
  reworkCount: Scalars['Int']['output'];
  /** 来源 — source */
  source: CaseSource;
  /** 来源随手拍 — the citizen report the case was opened from */
  sourceReport?: Maybe<Report>;
  /** 来源走访 — the merchant visit whose concern this case was opened from (source MERCHANT_VISIT) */
  sourceVisit?: Maybe<MerchantVisit>;
  /** 状态 — status */
  status: CaseStatus;
  /** 流转记录 — append-only, hash-chained timeline */
  timeline: Array<CaseEvent>;
  /** 时间线校验 — recomputes the hash chain */
  timelineVerified: TimelineVerification;
  /** 721分类 — track of the first effective decision; a later superseding decision does not move it (counted in enforcementStats.decisionChanges) */
  track?: Maybe<CaseTrack>;
  /** 承办单位 — unit that owns the case */
  unit: Unit;
  /** 违法行为类型 — violation type */
  violationType: ViolationType;
  /** 吹哨记录 — whistles blown on this case */
  whistles: Array<Whistle>;
};


/** 执法案件 — an enforcement case */
export type CaseRecommendedDispositionArgs = {
  partyAgreesToLabor?: Scalars['Boolean']['input'];
};

/** 流转操作 — a lifecycle step */
export type CaseAction =
  /** 派遣 — FILED/ASSIGNED → ASSIGNED (use assignCase) */
  | 'ASSIGN'
  /** 结案 — VERIFIED → CLOSED */
  | 'CLOSE'
  /** 立案 — REPORTED → FILED */
  | 'FILE'
  /** 移送 — REPORTED/FILED/ASSIGNED → REFERRED */
  | 'REFER'
  /** 不予立案 — REPORTED/FILED → REJECTED */
  | 'REJECT'
  /** 处置完毕 — IN_PROGRESS → RESOLVED */
  | 'RESOLVE'
  /** 核查不通过，返工 — RESOLVED → IN_PROGRESS (counts a rework) */
  | 'REWORK'
  /** 开始处置 — ASSIGNED → IN_PROGRESS */
  | 'START'
  /** 核查通过 — RESOLVED → VERIFIED */
  | 'VERIFY';

/** 结案事实 — handled, verified, closed-unresolved and party-satisfied are separate facts, so closure cannot be gamed by closing quickly (taken from the timeline and the follow-up visit) */
export type CaseClosure = {
  __typename?: 'CaseClosure';
  /** 处置时间 — last time the officer reported it handled (RESOLVE) */
  handledAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 办结情况 — outcome */
  outcome: CaseOutcome;
  /** 当事人满意度 — satisfaction (1–5) given at the follow-up visit; null before it */
  partySatisfaction?: Maybe<Scalars['Int']['output']>;
  /** 当事人满意 — satisfaction ≥ 4 at the follow-up visit; null before it */
  partySatisfied?: Maybe<Scalars['Boolean']['output']>;
  /** 返工次数 — times verification failed and the case went back (REWORK) */
  reworkCount: Scalars['Int']['output'];
  /** 核查时间 — when a supervisor verified the fix (VERIFY) */
  verifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** 执法案件列表 — a page of cases */
export type CaseConnection = {
  __typename?: 'CaseConnection';
  /** One page of Case edges */
  edges: Array<CaseEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 执法案件 — an edge holding one Case */
export type CaseEdge = {
  __typename?: 'CaseEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Case */
  node: Case;
};

/** 案件流转记录 — one event of a case timeline (append-only, hash-chained) */
export type CaseEvent = {
  __typename?: 'CaseEvent';
  /** 操作 — action, e.g. CREATE, FILE, ASSIGN, DISPOSITION, EVIDENCE */
  action: Scalars['String']['output'];
  /** 操作人 — subject of the actor (null for the system) */
  actorSubject?: Maybe<Scalars['String']['output']>;
  /** 变更后 — state after, as canonical JSON */
  afterJson?: Maybe<Scalars['String']['output']>;
  /** 时间 — when it happened */
  at: Scalars['DateTimeISO']['output'];
  /** 变更前 — state before, as canonical JSON */
  beforeJson?: Maybe<Scalars['String']['output']>;
  /** 哈希 — SHA-256 over prevHash and this event (canonical JSON) */
  hash: Scalars['String']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 前一哈希 — hash of the previous event (null for the first) */
  prevHash?: Maybe<Scalars['String']['output']>;
  /** 理由 — reason or note */
  reason?: Maybe<Scalars['String']['output']>;
  /** 序号 — position in the case timeline, from 1 */
  seq: Scalars['Int']['output'];
};

/** Filter for the case list (every filter column is indexed) */
export type CaseFilter = {
  /** 网格 — only cases in this grid cell (at most 10000 characters, no control characters except tab and line breaks) */
  gridCode?: InputMaybe<Scalars['String']['input']>;
  /** 发生时间起 — occurred at or after */
  occurredFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 发生时间止 — occurred before */
  occurredTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 承办人 — only cases assigned to this officer (a UUID) */
  officerId?: InputMaybe<Scalars['ID']['input']>;
  /** 超期 — true: open cases past their deadline */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** 当事人 — only cases of this merchant or person (a UUID) */
  partyId?: InputMaybe<Scalars['ID']['input']>;
  /** 状态 — only this status */
  status?: InputMaybe<CaseStatus>;
  /** 721分类 — only this track */
  track?: InputMaybe<CaseTrack>;
  /** 典型案例 — true: only typical cases */
  typical?: InputMaybe<Scalars['Boolean']['input']>;
  /** 单位 — only cases of this unit (a UUID) */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** 违法行为类型 — only this violation-type code (at most 10000 characters, no control characters except tab and line breaks) */
  violationTypeCode?: InputMaybe<Scalars['String']['input']>;
};

/** 办理结论 — a finding that ends a case without a disposition, with its reason and the evidence behind it */
export type CaseFinding = {
  __typename?: 'CaseFinding';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 证据数 — evidence items on the case when the finding was recorded (at least 1) */
  evidenceCount: Scalars['Int']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 结论 — kind of finding */
  kind: CaseFindingKind;
  /** 理由 — written reason */
  reason: Scalars['String']['output'];
  /** 认定时间 — when it was recorded */
  recordedAt: Scalars['DateTimeISO']['output'];
  /** 认定人 — subject of the officer who recorded it */
  recordedBy: Scalars['String']['output'];
};

/** 办理结论 — why a case ends without a disposition */
export type CaseFindingKind =
  /** 经核查不存在违法行为 — on inspection there was no violation */
  | 'NO_VIOLATION'
  /** 当事人无法确认 — the party could not be identified */
  | 'PARTY_UNIDENTIFIABLE'
  /** 已移交其他部门 — handed to another department after inspection */
  | 'REFERRED_ELSEWHERE';

/** 办结情况 — how far the case got; closing without a verified fix is its own outcome */
export type CaseOutcome =
  /** 未解决结案 — ended without a verified fix (rejected or referred) */
  | 'CLOSED_UNRESOLVED'
  /** 核查后结案 — verified as fixed, then closed */
  | 'CLOSED_VERIFIED'
  /** 办理中 — not handled yet */
  | 'OPEN'
  /** 已处置 — the officer reports it handled; not yet verified (核查) */
  | 'RESOLVED';

/** 当事人 — party of a case: a merchant (商户) or a person (自然人) */
export type CaseParty = Merchant | Person;

/** Result of a case mutation */
export type CasePayload = {
  __typename?: 'CasePayload';
  /** The case after the change */
  case: Case;
};

/** 一案一评 — post-closure review of a case */
export type CaseReview = {
  __typename?: 'CaseReview';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 典型案例 — selected as a typical case */
  isTypicalCase: Scalars['Boolean']['output'];
  /** 评议时间 — when */
  reviewedAt: Scalars['DateTimeISO']['output'];
  /** 评议人 — subject of the reviewing supervisor */
  reviewedBy: Scalars['String']['output'];
  /** 评分 — quality score 0–100 (procedure, evidence, flexibility, outcome) */
  score: Scalars['Int']['output'];
  /** 评议 — summary of the review */
  summary: Scalars['String']['output'];
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

/** 分类学时 — hours in one category */
export type CategoryHours = {
  __typename?: 'CategoryHours';
  /** 类别 — category */
  category: CourseCategory;
  /** 学时 — hours */
  hours: Scalars['Float']['output'];
};

/** 执法资格认证 — an immutable certification record (the one no other record supersedes is current) */
export type Certification = {
  __typename?: 'Certification';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 有效期至 — expires on (YYYY-MM-DD), 3 years after a passed exam */
  expiresOn: Scalars['String']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 经办人 — author (trainer subject; system for exam issuance) */
  issuedBy?: Maybe<Scalars['String']['output']>;
  /** 发证日期 — issued on (YYYY-MM-DD) */
  issuedOn: Scalars['String']['output'];
  /** 证书编号 — certificate number */
  number: Scalars['String']['output'];
  /** 持证人 — the officer */
  officer: Officer;
  /** 原因 — why this record exists (exam passed, correction reason …) */
  reason: Scalars['String']['output'];
  /** 到期提醒节点 — the renewal reminder point reached today (90, 60, 30 or 7 days before expiry); null when further off or expired */
  reminderStage?: Maybe<Scalars['Int']['output']>;
  /** 取代记录 — the record this one supersedes */
  supersedesId?: Maybe<Scalars['ID']['output']>;
  /** 暂停 — suspended (not eligible for duty) */
  suspended: Scalars['Boolean']['output'];
};

/** 资格变更记录 — one event of an officer’s certification history */
export type CertificationEvent = {
  __typename?: 'CertificationEvent';
  /** 经办人 — trainer subject, `system` for exam issuance; null for an expiry */
  by?: Maybe<Scalars['String']['output']>;
  /** 有效期至 — the expiry date in force after this event */
  expiresOn: Scalars['String']['output'];
  /** 类型 — kind */
  kind: CertificationEventKind;
  /** 日期 — when it took effect (YYYY-MM-DD, Asia/Shanghai) */
  occurredOn: Scalars['String']['output'];
  /** 原因 — the record’s reason (exam passed, correction or suspension reason); 有效期届满 for an expiry */
  reason: Scalars['String']['output'];
  /** 记录 — the certification record this event comes from */
  record: Certification;
};

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

/** Result of correctCertification */
export type CertificationPayload = {
  __typename?: 'CertificationPayload';
  /** The new current record */
  certification: Certification;
};

/** 变更处理状态 — move a report one step in its handling */
export type ChangeReportStatusInput = {
  /** 责任网格员 — officer id for a manual dispatch (a UUID) */
  assignedOfficerId?: InputMaybe<Scalars['ID']['input']>;
  /** 网格编码 — for a manual dispatch of a report outside every grid cell (a code of at most 64 characters, no control characters) */
  gridCode?: InputMaybe<Scalars['ID']['input']>;
  /** 处理说明 — public note, required (reason for REJECTED / REFERRED) (at most 10000 characters, no control characters except tab and line breaks) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Report id (a UUID) */
  reportId: Scalars['ID']['input'];
  /** 新状态 — target status (must follow the handling order) */
  status: ReportStatus;
};

/** Result of logMentoringCheckIn */
export type CheckInPayload = {
  __typename?: 'CheckInPayload';
  /** The check-in */
  checkIn: MentoringCheckIn;
};

/** 作出选择 — picks a choice at the current step */
export type ChooseDrillOptionInput = {
  /** 选项键 — choice key of the current step (at most 10000 characters, no control characters except tab and line breaks) */
  choiceKey: Scalars['String']['input'];
  /** 演练 — run id (a UUID) */
  runId: Scalars['ID']['input'];
};

/** 审核状态 — state of an external-training claim */
export type ClaimStatus =
  /** 已通过 — approved; its hours are in the ledger (EXTERNAL_TRAINING) */
  | 'APPROVED'
  /** 待审核 — submitted, awaiting a trainer */
  | 'PENDING'
  /** 已驳回 — rejected with a reason */
  | 'REJECTED';

/** 培训班 — a named group of officers (ids) for assignments and compliance */
export type Cohort = {
  __typename?: 'Cohort';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 培训班成绩册 — every member of the cohort with the courses (lesson progress, overdue) and exams (best score, pass) assigned to them and their certification, by officer id (trainers) */
  gradebook?: Maybe<CohortGradebookConnection>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 名称 — e.g. 2026年春季新警班 */
  name: Scalars['String']['output'];
  /** 成员 — officer ids */
  officerIds: Array<Scalars['ID']['output']>;
};


/** 培训班 — a named group of officers (ids) for assignments and compliance */
export type CohortGradebookArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** 培训班列表 — a page of cohorts */
export type CohortConnection = {
  __typename?: 'CohortConnection';
  /** One page of Cohort edges */
  edges: Array<CohortEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 培训班 — an edge holding one Cohort */
export type CohortEdge = {
  __typename?: 'CohortEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Cohort */
  node: Cohort;
};

/** 培训班筛选 — every given criterion must hold (AND); omit a field to ignore it */
export type CohortFilterInput = {
  /** 成员 — only cohorts this officer belongs to (a UUID) */
  memberId?: InputMaybe<Scalars['ID']['input']>;
  /** 名称包含 — the name contains this text, 1–60 characters (at most 10000 characters, no control characters except tab and line breaks) */
  nameContains?: InputMaybe<Scalars['String']['input']>;
};

/** 培训班成绩册 — a page of a cohort’s members with their assignments, by officer id */
export type CohortGradebookConnection = {
  __typename?: 'CohortGradebookConnection';
  /** One page of CohortGradebookRow edges */
  edges: Array<CohortGradebookRowEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 培训班成绩册·课程 — one course assigned to the member */
export type CohortGradebookCourse = {
  __typename?: 'CohortGradebookCourse';
  /** 课程 — course */
  course: Course;
  /** 截止日期 — due date (YYYY-MM-DD, with the trainer’s override) */
  dueOn?: Maybe<Scalars['String']['output']>;
  /** 已完成课时 — lessons completed */
  lessonsCompleted: Scalars['Int']['output'];
  /** 课时总数 — lessons in the course */
  lessonsTotal: Scalars['Int']['output'];
  /** 逾期 — past the due date and not completed */
  overdue: Scalars['Boolean']['output'];
  /** 状态 — status */
  status: EnrollmentStatus;
};

/** 培训班成绩册·考试 — one exam assigned to the member */
export type CohortGradebookExam = {
  __typename?: 'CohortGradebookExam';
  /** 已用次数 — attempts started */
  attemptsUsed: Scalars['Int']['output'];
  /** 最高分（%） — best graded score; null before any grading */
  bestScorePercent?: Maybe<Scalars['Float']['output']>;
  /** 已完成 — an attempt is graded (a case analysis once a trainer graded it) */
  completed: Scalars['Boolean']['output'];
  /** 截止日期 — due date (YYYY-MM-DD) */
  dueOn: Scalars['String']['output'];
  /** 考试 — exam */
  exam: Exam;
  /** 逾期 — past the due date and not completed */
  overdue: Scalars['Boolean']['output'];
  /** 是否及格 — the attempt that counts under the exam’s countingPolicy passed; null before any grading */
  passed?: Maybe<Scalars['Boolean']['output']>;
};

/** 培训班成绩册行 — one member of the cohort: every course and exam assigned to them, and their certification */
export type CohortGradebookRow = {
  __typename?: 'CohortGradebookRow';
  /** 已完成数 — assignments completed */
  assignmentsCompleted: Scalars['Int']['output'];
  /** 指派总数 — courses plus exams assigned */
  assignmentsTotal: Scalars['Int']['output'];
  /** 执法资格 — the member’s current certification record (null: never certified) */
  certification?: Maybe<Certification>;
  /** 持证有效 — the current certification is neither suspended nor expired today */
  certified: Scalars['Boolean']['output'];
  /** 指派课程 — courses assigned to the member (self-started ones are not assignments), by course id */
  courses: Array<CohortGradebookCourse>;
  /** 指派考试 — exams assigned to the member, by due date */
  exams: Array<CohortGradebookExam>;
  /** 队员 — member */
  officer: Officer;
  /** 逾期数 — assignments overdue */
  overdueCount: Scalars['Int']['output'];
  /** 单位 — the member’s unit from the training profile (null without a profile) */
  unit?: Maybe<Unit>;
};

/** 培训班成绩册 — an edge holding one CohortGradebookRow */
export type CohortGradebookRowEdge = {
  __typename?: 'CohortGradebookRowEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The CohortGradebookRow */
  node: CohortGradebookRow;
};

/** Result of createCohort */
export type CohortPayload = {
  __typename?: 'CohortPayload';
  /** The cohort */
  cohort: Cohort;
};

/** 值班日 — one day of the committee's duty roster */
export type CommitteeDutyDay = {
  __typename?: 'CommitteeDutyDay';
  /** 日期 — China-time date YYYY-MM-DD */
  date: Scalars['String']['output'];
  /** 值班摊主 — the merchant on duty; null before the roster starts */
  merchant?: Maybe<Merchant>;
};

/** 委员 — a merchant on the committee; seat = place in the duty rotation */
export type CommitteeMember = {
  __typename?: 'CommitteeMember';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 商户 — the member merchant (name and credit from enforcement) */
  merchant: Merchant;
  /** 轮值顺序 — 1 = first on duty from rosterStartsOn */
  seat: Scalars['Int']['output'];
};

/** 双线考核 — how the squad and the community rate a post over the last 365 days */
export type CommunityAssessment = {
  __typename?: 'CommunityAssessment';
  /** 居民平均分 — 1–5; null without ratings */
  residentAverage?: Maybe<Scalars['Float']['output']>;
  /** 居民评价数 — residents who rated */
  residentRatings: Scalars['Int']['output'];
  /** 双线考核得分 — 0–100: the mean of both lines' averages × 20; null until both lines have rated */
  score?: Maybe<Scalars['Float']['output']>;
  /** 中队平均分 — 1–5; null without ratings */
  squadAverage?: Maybe<Scalars['Float']['output']>;
  /** 中队评价数 — supervisors of the squad who rated */
  squadRatings: Scalars['Int']['output'];
};

/** 社区工作站 — an officer stationed in a community (城管进社区) with a public contact card and an opinion box */
export type CommunityPost = {
  __typename?: 'CommunityPost';
  /** 双线考核 — the squad's and the residents' ratings of the last 365 days (public) */
  assessment: CommunityAssessment;
  /** 社区 — community name, e.g. 桃花坞社区 */
  community: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 网格 — the community's grid cell */
  grid: GridCell;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 派驻队员 — the stationed officer (name, badge and supervision card from enforcement) */
  officer: Officer;
  /** 意见箱 — opinions received and answered (public) */
  opinionBox: OpinionBoxStats;
  /** 意见 — the opinions with their answers, newest first (the stationed officer, staff of the squad, ADMIN) */
  opinions?: Maybe<OpinionItemConnection>;
  /** 接待时间 — when the officer receives residents, e.g. 每周二、四 9:00–11:30 社区服务中心 */
  serviceHours: Scalars['String']['output'];
  /** 联系电话 — the post's work phone printed on the contact card (a duty line, never a personal number) */
  workPhone: Scalars['String']['output'];
};


/** 社区工作站 — an officer stationed in a community (城管进社区) with a public contact card and an opinion box */
export type CommunityPostOpinionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

/** Result of assignCommunityPost */
export type CommunityPostPayload = {
  __typename?: 'CommunityPostPayload';
  /** The post */
  post: CommunityPost;
};

/** 完成课时 — the officer marks one lesson of a started course as done */
export type CompleteLessonInput = {
  /** 课时 — lesson id (a UUID) */
  lessonId: Scalars['ID']['input'];
};

/** Result of completeLesson */
export type CompleteLessonPayload = {
  __typename?: 'CompleteLessonPayload';
  /** 本次记入学时 — hours credited by this call (0 unless it completed the course) */
  creditedHours: Scalars['Float']['output'];
  /** The enrollment after this lesson */
  enrollment: Enrollment;
};

/** 合规统计 — counts over a population (see TrainingComplianceReport). Coverages are percentages (0–100, one decimal) of that population; null when the population is empty. */
export type ComplianceStats = {
  __typename?: 'ComplianceStats';
  /** 证书已过期人数 — officers whose current certificate expired before asOf */
  certificationExpiredCount: Scalars['Int']['output'];
  /** 证书即将到期人数 — officers whose current certificate is valid but expires within 90 days of asOf */
  certificationExpiringCount: Scalars['Int']['output'];
  /** 证书暂停人数 — officers whose current certificate is suspended (not expired) */
  certificationSuspendedCount: Scalars['Int']['output'];
  /** 不可上岗人数 — officers not eligible for duty on asOf (持证上岗: not certified, certificate expired or suspended, or this year’s hours behind the pro-rata share of 40; as Officer.dutyEligible) */
  dutyIneligibleCount: Scalars['Int']['output'];
  /** 学时达标率 — hoursMetCount / officerCount × 100 */
  hoursCoverage?: Maybe<Scalars['Float']['output']>;
  /** 学时达标人数 — officers with ≥ 40 hours in the year */
  hoursMetCount: Scalars['Int']['output'];
  /** 新入职人数 — officers hired in the year or the year before */
  newHireCount: Scalars['Int']['output'];
  /** 新入职培训覆盖率 — newHiresInducted / newHireCount × 100 (target 100); null without new hires */
  newHireCoverage?: Maybe<Scalars['Float']['output']>;
  /** 已完成岗前培训的新入职人数 — new hires who completed the induction course */
  newHiresInducted: Scalars['Int']['output'];
  /** 未取证人数 — officers without any certificate */
  notCertifiedCount: Scalars['Int']['output'];
  /** 人数 — officers in the population */
  officerCount: Scalars['Int']['output'];
  /** 有逾期人数 — officers with at least one overdue assignment */
  officersWithOverdue: Scalars['Int']['output'];
  /** 逾期指派数 — overdue assignments (past due, not completed) */
  overdueAssignments: Scalars['Int']['output'];
  /** 配额达标率 — quotasMetCount / officerCount × 100 */
  quotaCoverage?: Maybe<Scalars['Float']['output']>;
  /** 配额达标人数 — officers meeting every category quota */
  quotasMetCount: Scalars['Int']['output'];
  /** 完成必修培训人数 — officers with no gap (not on the gap list): ≥ 40 hours, every quota, nothing overdue, new hires inducted */
  trainingCompleteCount: Scalars['Int']['output'];
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

/** 整改确认 — confirm that the party rectified after a rectification notice, while the case is IN_PROGRESS or RESOLVED; needs an evidence item added after the notice */
export type ConfirmRectificationInput = {
  /** Disposition id (a RECTIFICATION_NOTICE) (a UUID) */
  dispositionId: Scalars['ID']['input'];
  /** 复查说明 — note from the re-inspection (at most 10000 characters, no control characters except tab and line breaks) */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** Result of confirmRectification */
export type ConfirmRectificationPayload = {
  __typename?: 'ConfirmRectificationPayload';
  /** The case of the notice, as it is now (it may now be verified and closed) */
  case: Case;
  /** The notice, now with rectifiedAt */
  disposition: Disposition;
};

/** 更正资格 — a new record superseding the current one (never an edit) */
export type CorrectCertificationInput = {
  /** 新有效期 — YYYY-MM-DD; unchanged when null (at most 10000 characters, no control characters except tab and line breaks) */
  expiresOn?: InputMaybe<Scalars['String']['input']>;
  /** 队员 — officer id (a UUID) */
  officerId: Scalars['ID']['input'];
  /** 原因 — 5–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
  /** 暂停 — suspend (true) or reinstate (false); unchanged when null */
  suspended?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 计分规则 — which graded attempt counts */
export type CountingPolicy =
  /** 最高分 — the best graded attempt */
  | 'HIGHEST'
  /** 最后一次 — the latest graded attempt */
  | 'LAST';

/** 培训课程 — a training course for officers */
export type Course = {
  __typename?: 'Course';
  /** 课程类别 — category */
  category: CourseCategory;
  /** 课程编号 — course code, e.g. LAW-101 */
  code: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 学时 — credit hours granted on completion */
  creditHours: Scalars['Float']['output'];
  /** 课程成绩册 — every officer enrolled in this course (assigned or self-started) with status, due date, overdue and lesson progress, by officer id (trainers) */
  gradebook?: Maybe<EnrollmentConnection>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 课时 — lessons in order */
  lessons: Array<Lesson>;
  /** 必修对象 — who must take this course (empty: elective) */
  mandatoryFor: Array<MandatoryAudience>;
  /** 先修课程 — courses to complete before starting this one */
  prerequisites: Array<Course>;
  /** 已发布 — published (drafts are visible to trainers only) */
  published: Scalars['Boolean']['output'];
  /** 课程简介 — summary */
  summary: Scalars['String']['output'];
  /** 课程名称 — title */
  title: Scalars['String']['output'];
};


/** 培训课程 — a training course for officers */
export type CourseGradebookArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};

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

/** 课程列表 — a page of training courses */
export type CourseConnection = {
  __typename?: 'CourseConnection';
  /** One page of Course edges */
  edges: Array<CourseEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 培训课程 — an edge holding one Course */
export type CourseEdge = {
  __typename?: 'CourseEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Course */
  node: Course;
};

/** Filter for the course catalogue */
export type CourseFilter = {
  /** Only this category */
  category?: InputMaybe<CourseCategory>;
};

/** Result of createCourse / publishCourse */
export type CoursePayload = {
  __typename?: 'CoursePayload';
  /** The course */
  course: Course;
};

/** 发布志愿活动 — a new volunteer activity */
export type CreateActivityInput = {
  /** 名额 — capacity 1–500 */
  capacity: Scalars['Int']['input'];
  /** 活动内容 — 5–2000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  description: Scalars['String']['input'];
  /** 结束时间 — end, after the start, within 24 h */
  endsAt: Scalars['DateTimeISO']['input'];
  /** 网格编码 — grid cell where it takes place (a code of at most 64 characters, no control characters) */
  gridCode: Scalars['ID']['input'];
  /** 活动类型 — kind */
  kind: ActivityKind;
  /** 集合地点 — meeting point (at most 10000 characters, no control characters except tab and line breaks) */
  location: Scalars['String']['input'];
  /** 开始时间 — start */
  startsAt: Scalars['DateTimeISO']['input'];
  /** 活动名称 — 2–100 characters (at most 10000 characters, no control characters except tab and line breaks) */
  title: Scalars['String']['input'];
};

/** 新建案件 — a new case (status REPORTED) */
export type CreateCaseInput = {
  /** 地址 — 2–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  address: Scalars['String']['input'];
  /** 当场改正 — corrected on the spot */
  correctedOnSpot?: Scalars['Boolean']['input'];
  /** 案情 — 5–2000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  description: Scalars['String']['input'];
  /** 网格编码 — grid cell where it happened (at most 10000 characters, no control characters except tab and line breaks) */
  gridCode: Scalars['String']['input'];
  /** 幂等键 — client-generated key (8–80 characters); a retry with the same key returns the same case (at most 10000 characters, no control characters except tab and line breaks) */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** Latitude (WGS-84) */
  lat: Scalars['Float']['input'];
  /** Longitude (WGS-84) */
  lng: Scalars['Float']['input'];
  /** 危害后果轻微 — harm is minor */
  minorHarm?: Scalars['Boolean']['input'];
  /** 发生时间 — when it happened (not in the future) */
  occurredAt: Scalars['DateTimeISO']['input'];
  /** 当事人 — merchant or person id (a UUID) */
  partyId: Scalars['ID']['input'];
  /** 当事人类型 — kind of party */
  partyKind: PartyKind;
  /** 来源 — source */
  source: CaseSource;
  /** 来源随手拍 — the citizen report this case is opened from (source must be CITIZEN_REPORT); the report then shows the case (a UUID) */
  sourceReportId?: InputMaybe<Scalars['ID']['input']>;
  /** 违法行为类型编码 — violation-type code (at most 10000 characters, no control characters except tab and line breaks) */
  violationTypeCode: Scalars['String']['input'];
};

/** 新建培训班 — a named group of officers */
export type CreateCohortInput = {
  /** 名称 — 2–60 characters (at most 10000 characters, no control characters except tab and line breaks) */
  name: Scalars['String']['input'];
  /** 成员 — 1–500 officer ids (a UUID) */
  officerIds: Array<Scalars['ID']['input']>;
};

/** 新建课程 — a draft course (publish it after adding lessons) */
export type CreateCourseInput = {
  /** 课程类别 — category (also the category of its hours) */
  category: CourseCategory;
  /** 课程编号 — 2–4 capital letters, a dash, 3 digits (e.g. LAW-104); unique (at most 10000 characters, no control characters except tab and line breaks) */
  code: Scalars['String']['input'];
  /** 学时 — credit hours, 0.5–100 */
  creditHours: Scalars['Float']['input'];
  /** 必修对象 — who must take it */
  mandatoryFor?: Array<MandatoryAudience>;
  /** 先修课程 — ids of existing courses to complete first (≤ 10) (a UUID) */
  prerequisiteIds?: Array<Scalars['ID']['input']>;
  /** 课程简介 — 2–2000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  summary: Scalars['String']['input'];
  /** 课程名称 — 2–120 characters (at most 10000 characters, no control characters except tab and line breaks) */
  title: Scalars['String']['input'];
};

/** 新建情景模拟 — the graph is validated (reachability, endings, no cycle without exit) */
export type CreateDrillInput = {
  /** 编号 — e.g. DRL-004 (at most 10000 characters, no control characters except tab and line breaks) */
  code: Scalars['String']['input'];
  /** 来源案例 — id of an enforcement case a review marked typical (典型案例); any other id answers BAD_USER_INPUT on input.sourceCaseId (a UUID) */
  sourceCaseId?: InputMaybe<Scalars['ID']['input']>;
  /** 起始步骤 — step key (at most 10000 characters, no control characters except tab and line breaks) */
  startStepKey: Scalars['String']['input'];
  /** 步骤 — 2–50 steps */
  steps: Array<DrillStepInput>;
  /** 简介 — 2–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  summary: Scalars['String']['input'];
  /** 名称 — 2–120 characters (at most 10000 characters, no control characters except tab and line breaks) */
  title: Scalars['String']['input'];
};

/** 新建考试 — a published exam */
export type CreateExamInput = {
  /** 开放时间 — from */
  availableFrom: Scalars['DateTimeISO']['input'];
  /** 截止时间 — until (after availableFrom) */
  availableUntil: Scalars['DateTimeISO']['input'];
  /** 考试编号 — e.g. CERT-2026 (at most 10000 characters, no control characters except tab and line breaks) */
  code: Scalars['String']['input'];
  /** 计分规则 — which attempt counts */
  countingPolicy: CountingPolicy;
  /** 类型 — kind */
  kind: ExamKind;
  /** 最多作答次数 — 1–10 */
  maxAttempts: Scalars['Int']['input'];
  /** 组卷方式 — mode */
  mode: PaperMode;
  /** 及格线（%） — 1–100 */
  passMarkPercent: Scalars['Int']['input'];
  /** FIXED: question ids in order (1–100) (a UUID) */
  questionIds?: Array<Scalars['ID']['input']>;
  /** 解析公布规则 — omit for the default of the exam kind (see ReviewPolicyInput) */
  reviewPolicy?: InputMaybe<ReviewPolicyInput>;
  /** RANDOM: draw rules (1–10) */
  rules?: Array<DrawRuleInput>;
  /** 时限（分钟） — 1–240 */
  timeLimitMinutes: Scalars['Int']['input'];
  /** 名称 — 2–120 characters (at most 10000 characters, no control characters except tab and line breaks) */
  title: Scalars['String']['input'];
};

/** 建立师徒关系 — pairs a mentor with a new officer */
export type CreateMentorshipInput = {
  /** 结束日期 — YYYY-MM-DD, after startsOn (at most 10000 characters, no control characters except tab and line breaks) */
  endsOn: Scalars['String']['input'];
  /** 带教目标 — 1–10 goals, 2–200 characters each (at most 10000 characters, no control characters except tab and line breaks) */
  goals: Array<Scalars['String']['input']>;
  /** 徒弟 — new officer id (a UUID) */
  menteeId: Scalars['ID']['input'];
  /** 导师 — senior officer id (a UUID) */
  mentorId: Scalars['ID']['input'];
  /** 开始日期 — YYYY-MM-DD (at most 10000 characters, no control characters except tab and line breaks) */
  startsOn: Scalars['String']['input'];
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
  lawArticle?: InputMaybe<Scalars['String']['input']>;
  /** 所引法条 — id of a CURRENT law article version (see lawArticles); amending or retiring it flags this question (a UUID) */
  lawArticleId?: InputMaybe<Scalars['ID']['input']>;
  /** 标签 — 0–10 tags, each 1–20 characters without separators (、,，;；); repeats are dropped (at most 10000 characters, no control characters except tab and line breaks) */
  tags?: Array<Scalars['String']['input']>;
  /** 知识点 — topic, 2–40 characters (at most 10000 characters, no control characters except tab and line breaks) */
  topic: Scalars['String']['input'];
  /** 题型 — type */
  type: QuestionType;
};

/** 发起街路评比 — open a street rating round */
export type CreateStreetRatingRoundInput = {
  /** 截止 — scores accepted until (after opensAt) */
  closesAt: Scalars['DateTimeISO']['input'];
  /** 开始 — scores accepted from */
  opensAt: Scalars['DateTimeISO']['input'];
  /** 名称 — 2–100 characters (at most 10000 characters, no control characters except tab and line breaks) */
  title: Scalars['String']['input'];
};

/** 组建队伍 — create a volunteer team (supervisors, administrators) */
export type CreateVolunteerTeamInput = {
  /** 网格编码 — grid cell the team serves (a code of at most 64 characters, no control characters) */
  gridCode: Scalars['ID']['input'];
  /** 队长 — an ACTIVE volunteer not in another team; joins the team (a UUID) */
  leaderVolunteerId: Scalars['ID']['input'];
  /** 队伍名称 — 2–50 characters, unique (at most 10000 characters, no control characters except tab and line breaks) */
  name: Scalars['String']['input'];
};

/** 诚信记录 — one red flower (小红花) or black dot (小黑点) in a merchant's credit file */
export type CreditEntry = {
  __typename?: 'CreditEntry';
  /** 时间 — when */
  at: Scalars['DateTimeISO']['output'];
  /** The case behind the entry, if any */
  caseId?: Maybe<Scalars['ID']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 处置方式 — the disposition behind a black dot */
  dispositionKind?: Maybe<DispositionKind>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 类型 — red flower or black dot */
  mark: CreditMark;
  /** 分值 — points added (red flower) or taken (black dot) */
  points: Scalars['Int']['output'];
  /** 事由 — reason */
  reason: Scalars['String']['output'];
};

/** 商户诚信档案 — credit file of a merchant over the last 12 months */
export type CreditFile = {
  __typename?: 'CreditFile';
  /** 小黑点 — black dots in the window */
  blackDots: Scalars['Int']['output'];
  /** 黑名单 — serious repeat offender (3+ penalties in 12 months) */
  blacklisted: Scalars['Boolean']['output'];
  /** 文明商户 — level A, no black dot and at least one red flower */
  civilizedMerchant: Scalars['Boolean']['output'];
  /** 记录 — the latest entries (up to 20), newest first */
  entries: Array<CreditEntry>;
  /** 诚信等级 — level A–D (drives supervision intensity) */
  level: CreditLevel;
  /** 小红花 — red flowers in the window */
  redFlowers: Scalars['Int']['output'];
  /** 诚信分 — score 0–100 */
  score: Scalars['Int']['output'];
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

/** 诚信记录类型 — kind of credit-file entry */
export type CreditMark =
  /** 小黑点 — violation */
  | 'BLACK_DOT'
  /** 小红花 — compliance or commendation */
  | 'RED_FLOWER';

/** 诚信公示牌 — a merchant's public credit sign: name, unified social credit code, level, red flowers, black dots, blacklisted or not */
export type CreditSign = {
  __typename?: 'CreditSign';
  /** 小黑点 — black dots in the last 12 months */
  blackDots: Scalars['Int']['output'];
  /** 黑名单 — serious repeat offender (3+ penalties in 12 months) */
  blacklisted: Scalars['Boolean']['output'];
  /** 文明商户 — level A, no black dot and at least one red flower */
  civilizedMerchant: Scalars['Boolean']['output'];
  /** 统一社会信用代码 — unified social credit code (18 characters); null for an unregistered stall */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** 诚信等级 — level A–D */
  level: CreditLevel;
  /** 商户名称 — registered name */
  name: Scalars['String']['output'];
  /** 小红花 — red flowers in the last 12 months */
  redFlowers: Scalars['Int']['output'];
};

/** 诚信公示牌列表 — a page of public credit signs */
export type CreditSignConnection = {
  __typename?: 'CreditSignConnection';
  /** One page of CreditSign edges */
  edges: Array<CreditSignEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 诚信公示牌 — an edge holding one CreditSign */
export type CreditSignEdge = {
  __typename?: 'CreditSignEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The CreditSign */
  node: CreditSign;
};

/** 保管链事件 — a step in the chain of custody of an evidence item */
export type CustodyAction =
  /** 调阅 — someone read its storage address (URI) */
  | 'ACCESSED'
  /** 入库 — evidence added to the case */
  | 'ADDED'
  /** 移交 — handed over to another holder (e.g. the legal office, a court) */
  | 'HANDED_OVER';

/** 法制审核结论 — the legal reviewer approves or returns a pending review */
export type DecideLegalReviewInput = {
  /** 结论 — APPROVE or RETURN */
  decision: LegalReviewDecision;
  /** 审核意见 — written opinions, 5–2000 characters (also when approving) (at most 10000 characters, no control characters except tab and line breaks) */
  opinion: Scalars['String']['input'];
  /** Legal review id (PENDING) (a UUID) */
  reviewId: Scalars['ID']['input'];
};

/** 协作部门 — partner department that answers whistles (吹哨报到) */
export type Department = {
  __typename?: 'Department';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 值班电话 — duty phone (public) */
  dutyPhone?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 部门名称 — full name, e.g. 兰溪市市场监督管理局 */
  name: Scalars['String']['output'];
  /** 简称 — short name, e.g. 市场监管 */
  shortName: Scalars['String']['output'];
};

/** 协作部门列表 — a page of partner departments */
export type DepartmentConnection = {
  __typename?: 'DepartmentConnection';
  /** One page of Department edges */
  edges: Array<DepartmentEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 协作部门 — an edge holding one Department */
export type DepartmentEdge = {
  __typename?: 'DepartmentEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Department */
  node: Department;
};

/** 难度 — difficulty set by the author */
export type Difficulty =
  /** 容易 — easy */
  | 'EASY'
  /** 困难 — hard */
  | 'HARD'
  /** 中等 — medium */
  | 'MEDIUM';

/** 公示待办 — penalty decisions of a unit still to be published (supervisors) */
export type DisclosureBacklog = {
  __typename?: 'DisclosureBacklog';
  /** The 50 oldest, overdue first */
  items: Array<DisclosureBacklogItem>;
  /** 逾期未公示 — of those, past their publication deadline */
  overdue: Scalars['Int']['output'];
  /** 待公示 — decisions without a disclosure (at most the 1,000 oldest are counted) */
  pending: Scalars['Int']['output'];
};

/** 待公示决定 — a penalty decision not yet published */
export type DisclosureBacklogItem = {
  __typename?: 'DisclosureBacklogItem';
  /** 案件编号 — case number */
  caseNumber: Scalars['String']['output'];
  /** 决定日期 — decided at */
  decidedAt: Scalars['DateTimeISO']['output'];
  /** Disposition id */
  dispositionId: Scalars['ID']['output'];
  /** 公示期限 — the publication deadline in force at the decision (at most 7 working days) */
  dueBy: Scalars['DateTimeISO']['output'];
  /** 已逾期 — past its publication deadline */
  overdue: Scalars['Boolean']['output'];
};

/** 行政执法公示指标 — disclosure of the penalty decisions made in the period (rates 0–1, null when nothing to divide) */
export type DisclosureKpis = {
  __typename?: 'DisclosureKpis';
  /** 处罚决定 — penalty decisions made in the period */
  decisions: Scalars['Int']['output'];
  /** 公示率 — published / (decisions − withheld) */
  disclosureRate?: Maybe<Scalars['Float']['output']>;
  /** 已公示 — of those, published (including later withdrawn) */
  published: Scalars['Int']['output'];
  /** 按期公示 — published by its deadline (the thresholds in force at the decision; at most 7 working days) */
  publishedOnTime: Scalars['Int']['output'];
  /** 公示及时率 — publishedOnTime / published */
  timelinessRate?: Maybe<Scalars['Float']['output']>;
  /** 撤回及时率 — withdrawnOnTime / withdrawn */
  withdrawalTimelinessRate?: Maybe<Scalars['Float']['output']>;
  /** 已撤回 — withdrawn after a change, revocation or finding of unlawfulness */
  withdrawn: Scalars['Int']['output'];
  /** 按期撤回 — withdrawn by its deadline (at most 3 working days after the change) */
  withdrawnOnTime: Scalars['Int']['output'];
  /** 不予公开 — held back with a recorded ground */
  withheld: Scalars['Int']['output'];
};

/** 公示状态 — state of a penalty decision's public disclosure */
export type DisclosureStatus =
  /** 已公示 — listed in penaltyDisclosures */
  | 'PUBLISHED'
  /** 已撤回 — taken down after the decision was changed, revoked or found unlawful; the notice shows the reason */
  | 'WITHDRAWN'
  /** 不予公开 — held back with a recorded ground (never listed publicly) */
  | 'WITHHELD';

/** 行政处罚裁量基准 — a version of the discretion benchmark of a violation type (《行政处罚法》第三十四条) */
export type DiscretionBenchmark = {
  __typename?: 'DiscretionBenchmark';
  /** 制定依据 — document that adopted this version, e.g. 兰综执〔2024〕12号 */
  adoptedBy: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 施行日期 — in force for violations that occurred from this moment */
  effectiveFrom: Scalars['DateTimeISO']['output'];
  /** 裁量阶次 — the grades, MINOR → GENERAL → SERIOUS */
  grades: Array<GradeBand>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 版本 — version number, 1, 2, … per violation type */
  version: Scalars['Int']['output'];
};

/** 裁量阶次 — graded circumstances (《行政处罚法》第三十四条: 行政机关可以依法制定行政处罚裁量基准) */
export type DiscretionGrade =
  /** 情节一般 — general circumstances, the middle band */
  | 'GENERAL'
  /** 情节轻微 — minor circumstances, the lower band of the fine range */
  | 'MINOR'
  /** 情节严重 — serious circumstances, the upper band */
  | 'SERIOUS';

/** 处置决定 — a disposition recorded on a case */
export type Disposition = {
  __typename?: 'Disposition';
  /** 以劳代罚活动 — LABOR_IN_LIEU: the session the party serves in */
  activity?: Maybe<Activity>;
  /** 颜色 — ladder colour */
  colour: DispositionColour;
  /** 没收金额（元） — value of what was confiscated (with a confiscation measure) */
  confiscatedValueYuan?: Maybe<Scalars['Int']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 决定时间 — when it was recorded */
  decidedAt: Scalars['DateTimeISO']['output'];
  /** 决定人 — subject of the officer who recorded it */
  decidedBy: Scalars['String']['output'];
  /** 决定期限 — decision due (GENERAL: 90 days after filing) */
  decisionDueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 偏离理由 — written reason for deviating from the recommendation */
  deviationReason?: Maybe<Scalars['String']['output']>;
  /** 裁量适用 — for a PENALTY: the grade, facts and band applied */
  discretion?: Maybe<PenaltyDiscretion>;
  /** 有效 — the case's one effective decision (false once superseded) */
  effective: Scalars['Boolean']['output'];
  /** 罚款金额（元） — fine in yuan (PENALTY) */
  fineYuan?: Maybe<Scalars['Int']['output']>;
  /** 听证告知时间 — PENALTY with a large fine: when the party was told of the right to a hearing */
  hearingNoticeAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 听证申请期限 — the party may request a hearing until then (5 days) */
  hearingRequestBy?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 处置方式 — kind */
  kind: DispositionKind;
  /** 劳动期限 — LABOR_IN_LIEU: after it, unfinished labor lapses back to the fine */
  laborDueAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 公益劳动时长（小时） — hours of community work (LABOR_IN_LIEU) */
  laborHours?: Maybe<Scalars['Int']['output']>;
  /** 已认定劳动时长 — LABOR_IN_LIEU: hours verified by participation so far */
  laborHoursVerified?: Maybe<Scalars['Float']['output']>;
  /** 以劳代罚服务人 — LABOR_IN_LIEU: the citizen account (sign-in subject) of the person who serves: the party, or the person the party named; only their approved hours count */
  laborServedBy?: Maybe<Scalars['String']['output']>;
  /** 以劳代罚状态 — LABOR_IN_LIEU: assigned, fulfilled or lapsed */
  laborStatus?: Maybe<LaborStatus>;
  /** 并处 — measures added to a PENALTY (confiscation, licence suspension or revocation, closure); empty otherwise */
  measures: Array<PenaltyMeasure>;
  /** 处罚程序 — procedure (PENALTY) */
  procedure?: Maybe<PenaltyProcedure>;
  /** 系统建议 — what the ladder recommended at the time */
  recommendedKind: DispositionKind;
  /** 整改完成时间 — when the party rectified */
  rectifiedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 整改期限 — rectification deadline (RECTIFICATION_NOTICE) */
  rectifyBy?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 变更理由 — why a later decision superseded this one */
  supersedeReason?: Maybe<Scalars['String']['output']>;
  /** 被变更时间 — when a later decision superseded this one (null: still effective) */
  supersededAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 变更人 — subject of the supervisor who superseded it */
  supersededBy?: Maybe<Scalars['String']['output']>;
};

/** 预警颜色 — colour of the ladder step */
export type DispositionColour =
  /** 无 — service, no colour */
  | 'NONE'
  /** 橙 — second, rectify */
  | 'ORANGE'
  /** 红 — third or later, penalty */
  | 'RED'
  /** 黄 — first, minor */
  | 'YELLOW';

/** 处置方式 — disposition of a case */
export type DispositionKind =
  /** 以劳代罚 — community work in lieu of the fine */
  | 'LABOR_IN_LIEU'
  /** 依法处罚 — administrative penalty (fine inside the legal range) */
  | 'PENALTY'
  /** 整改告知书 — rectification notice with a deadline */
  | 'RECTIFICATION_NOTICE'
  /** 服务 — guidance, e.g. lead a vendor to a legal market spot (疏堵结合) */
  | 'SERVICE'
  /** 温馨提示卡 — warning, no penalty (首违不罚) */
  | 'WARNING';

/** 处置建议 — what the flexible-enforcement ladder recommends for this case */
export type DispositionRecommendation = {
  __typename?: 'DispositionRecommendation';
  /** Kinds acceptable without a deviation reason */
  acceptable: Array<DispositionKind>;
  /** 依据 — legal basis or rule applied */
  basis: Scalars['String']['output'];
  /** 颜色 — ladder colour */
  colour: DispositionColour;
  /** 罚款上限（元） — for PENALTY */
  fineMaxYuan?: Maybe<Scalars['Int']['output']>;
  /** 罚款下限（元） — for PENALTY */
  fineMinYuan?: Maybe<Scalars['Int']['output']>;
  /** 建议处置 — recommended kind */
  kind: DispositionKind;
  /** 前案数 — earlier cases of the party for this type in the look-back window */
  priorCaseCount: Scalars['Int']['output'];
  /** 整改天数 — for RECTIFICATION_NOTICE */
  rectificationDays?: Maybe<Scalars['Int']['output']>;
};

/** 申请复核 — the citizen disputes that the problem is fixed */
export type DisputeReportInput = {
  /** 复核理由 — why it is not fixed (required) (at most 10000 characters, no control characters except tab and line breaks) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 查询密钥 — the secret returned at submission (anonymous reporters) (at most 10000 characters, no control characters except tab and line breaks) */
  reporterSecret?: InputMaybe<Scalars['String']['input']>;
  /** 查询码 — tracking code (at most 10000 characters, no control characters except tab and line breaks) */
  trackingCode: Scalars['String']['input'];
};

/** 干扰项分析报告 — item statistics per option of one exam over a period */
export type DistractorAnalysisReport = {
  __typename?: 'DistractorAnalysisReport';
  /** 作答份数 — graded attempts in the period */
  attemptCount: Scalars['Int']['output'];
  /** 考试 — exam */
  exam: Exam;
  /** 起 — graded attempts submitted at or after */
  from: Scalars['DateTimeISO']['output'];
  /** 试题 — every question version drawn in the period, flagged first, then by difficulty (hardest first); bounded by the exam’s paper or draw pools */
  items: Array<ItemAnalysisView>;
  /** 止 — … and before */
  to: Scalars['DateTimeISO']['output'];
};

/** 抽题规则 — topic × difficulty × count */
export type DrawRule = {
  __typename?: 'DrawRule';
  /** 题数 — number of questions */
  count: Scalars['Int']['output'];
  /** 难度 — difficulty */
  difficulty: Difficulty;
  /** 知识点 — topic */
  topic: Scalars['String']['output'];
};

/** 抽题规则 — topic × difficulty × count */
export type DrawRuleInput = {
  /** 题数 — 1–50 */
  count: Scalars['Int']['input'];
  /** 难度 — difficulty */
  difficulty: Difficulty;
  /** 知识点 — topic (at most 10000 characters, no control characters except tab and line breaks) */
  topic: Scalars['String']['input'];
};

/** 抽题缺口 — a draw rule the question bank cannot fill now */
export type DrawShortfall = {
  __typename?: 'DrawShortfall';
  /** 可用 — drawable questions (not flagged for review) */
  available: Scalars['Int']['output'];
  /** 难度 — difficulty */
  difficulty: Difficulty;
  /** 需要 — questions the rule draws */
  needed: Scalars['Int']['output'];
  /** 知识点 — topic */
  topic: Scalars['String']['output'];
  /** 复核中 — questions of this topic and difficulty held back because their cited law changed */
  underReview: Scalars['Int']['output'];
};

/** 情景模拟 — a branching field scenario (the scored graph is never exposed to trainees) */
export type Drill = {
  __typename?: 'Drill';
  /** 编号 — code */
  code: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 来源典型案例 — the typical case this drill was built from, resolved by the enforcement subgraph (its fields follow enforcement's access rules) */
  sourceCase?: Maybe<Case>;
  /** 来源案例 — enforcement Case id it was built from */
  sourceCaseId?: Maybe<Scalars['ID']['output']>;
  /** 案例摘要 — the public summary of the source typical case (from its review); null without a source case or once it is no longer typical */
  sourceCaseSummary?: Maybe<Scalars['String']['output']>;
  /** 情景简介 — summary */
  summary: Scalars['String']['output'];
  /** 名称 — title */
  title: Scalars['String']['output'];
};

/** 选项 — a choice, its next step, scores (0–10 per dimension), critical flag and debrief */
export type DrillChoiceInput = {
  /** 沟通 — communication 0–10 */
  communication: Scalars['Int']['input'];
  /** 严重失误 — ends the run as a critical failure */
  critical?: Scalars['Boolean']['input'];
  /** 降温 — de-escalation 0–10 */
  deEscalation: Scalars['Int']['input'];
  /** 讲评 — debrief, 2–300 characters (at most 10000 characters, no control characters except tab and line breaks) */
  feedback: Scalars['String']['input'];
  /** 选项键 — a-z, 0-9, dash (at most 10000 characters, no control characters except tab and line breaks) */
  key: Scalars['String']['input'];
  /** 合法性 — legality 0–10 */
  legality: Scalars['Int']['input'];
  /** 下一步 — step key (at most 10000 characters, no control characters except tab and line breaks) */
  next: Scalars['String']['input'];
  /** 服务 — service 0–10 */
  service: Scalars['Int']['input'];
  /** 选项内容 — 2–300 characters (at most 10000 characters, no control characters except tab and line breaks) */
  text: Scalars['String']['input'];
};

/** 演练选项 — a choice as the trainee sees it (no scores, no debrief) */
export type DrillChoiceView = {
  __typename?: 'DrillChoiceView';
  /** 选项键 — key */
  key: Scalars['String']['output'];
  /** 选项内容 — text */
  text: Scalars['String']['output'];
};

/** 情景模拟列表 — a page of drills */
export type DrillConnection = {
  __typename?: 'DrillConnection';
  /** One page of Drill edges */
  edges: Array<DrillEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 讲评 — one decision of the run with its scores and debrief */
export type DrillDecision = {
  __typename?: 'DrillDecision';
  /** 所选 — choice text */
  choice: Scalars['String']['output'];
  /** 沟通 — communication */
  communication: Scalars['Int']['output'];
  /** 严重失误 — critical */
  critical: Scalars['Boolean']['output'];
  /** 降温 — de-escalation */
  deEscalation: Scalars['Int']['output'];
  /** 讲评 — debrief */
  feedback: Scalars['String']['output'];
  /** 合法性 — legality */
  legality: Scalars['Int']['output'];
  /** 情景 — step narrative */
  narrative: Scalars['String']['output'];
  /** 服务 — service */
  service: Scalars['Int']['output'];
};

/** 情景模拟 — an edge holding one Drill */
export type DrillEdge = {
  __typename?: 'DrillEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Drill */
  node: Drill;
};

/** Result of createDrill */
export type DrillPayload = {
  __typename?: 'DrillPayload';
  /** The drill */
  drill: Drill;
};

/** 演练结果 — scores per dimension (sums along the path) and debrief; only after the run ends */
export type DrillResult = {
  __typename?: 'DrillResult';
  /** 最佳路径 — the highest-scoring choices from the start to an ending, avoiding critical failures */
  bestPath: Array<Scalars['String']['output']>;
  /** 沟通 — communication */
  communication: Scalars['Int']['output'];
  /** 严重失误 — ended by a critical failure */
  criticalFailure: Scalars['Boolean']['output'];
  /** 降温 — de-escalation */
  deEscalation: Scalars['Int']['output'];
  /** 逐步讲评 — per decision */
  decisions: Array<DrillDecision>;
  /** 合法性 — legality */
  legality: Scalars['Int']['output'];
  /** 服务 — service */
  service: Scalars['Int']['output'];
};

/** 演练记录 — a run through a drill; `result` only after it ends */
export type DrillRun = {
  __typename?: 'DrillRun';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 当前情景 — where the run stands (no scores) */
  currentStep: DrillStepView;
  /** 情景模拟 — the drill */
  drill: Drill;
  /** 结束时间 — when it ended */
  finishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 学员 — the trainee */
  officer: Officer;
  /** 演练结果 — scores and debrief; CONFLICT while in progress */
  result: DrillResult;
  /** 状态 — status */
  status: DrillRunStatus;
};

/** 演练记录列表 — a page of drill runs */
export type DrillRunConnection = {
  __typename?: 'DrillRunConnection';
  /** One page of DrillRun edges */
  edges: Array<DrillRunEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 演练记录 — an edge holding one DrillRun */
export type DrillRunEdge = {
  __typename?: 'DrillRunEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The DrillRun */
  node: DrillRun;
};

/** Result of startDrillRun / chooseDrillOption */
export type DrillRunPayload = {
  __typename?: 'DrillRunPayload';
  /** The run */
  run: DrillRun;
};

/** 演练状态 — state of a drill run */
export type DrillRunStatus =
  /** 已结束 — an ending or a critical failure was reached; scores and debrief visible */
  | 'FINISHED'
  /** 进行中 — scores hidden */
  | 'IN_PROGRESS';

/** 步骤 — a situation; no choices makes it an ending */
export type DrillStepInput = {
  /** 选项 — up to 6 */
  choices?: Array<DrillChoiceInput>;
  /** 步骤键 — a-z, 0-9, dash (at most 10000 characters, no control characters except tab and line breaks) */
  key: Scalars['String']['input'];
  /** 情景描述 — 2–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  narrative: Scalars['String']['input'];
};

/** 当前情景 — the step as the trainee sees it */
export type DrillStepView = {
  __typename?: 'DrillStepView';
  /** 选项 — choices (empty at an ending) */
  choices: Array<DrillChoiceView>;
  /** 步骤键 — key */
  key: Scalars['String']['output'];
  /** 情景描述 — narrative */
  narrative: Scalars['String']['output'];
};

/** 上岗资格 — duty eligibility (持证上岗) */
export type DutyEligibility = {
  __typename?: 'DutyEligibility';
  /** 可上岗 — no reason applies */
  eligible: Scalars['Boolean']['output'];
  /** 原因 — every reason that applies */
  reasons: Array<DutyIneligibility>;
};

/** 不得上岗原因 — why an officer may not be on duty (持证上岗) */
export type DutyIneligibility =
  /** 资格已过期 — certification expired */
  | 'CERTIFICATION_EXPIRED'
  /** 学时进度不足 — this year’s hours below the pro-rata share of 40 */
  | 'HOURS_BEHIND'
  /** 未取得执法资格 — no certification */
  | 'NOT_CERTIFIED'
  /** 资格暂停 — certification suspended */
  | 'SUSPENDED';

/** 执法程序 — a penalty procedure in plain words, published before enforcement (事前公开) */
export type EnforcementProcedure = {
  __typename?: 'EnforcementProcedure';
  /** 代码 — SIMPLE, GENERAL or HEARING */
  code: Scalars['String']['output'];
  /** 适用情形与步骤 — when it applies and what happens, in plain words */
  description: Scalars['String']['output'];
  /** 法律依据 — legal basis */
  legalBasis: Scalars['String']['output'];
  /** 名称 — name in Chinese */
  nameZh: Scalars['String']['output'];
};

/** 执法统计 — enforcement statistics of a unit (with its sub-units) or a grid cell for a period. Rates are 0–1 and null when their denominator is 0; each field says what it counts. */
export type EnforcementStats = {
  __typename?: 'EnforcementStats';
  /** 平均办理时长（小时） — mean hours from filing to closure, cases closed in the period */
  averageHandlingHours?: Maybe<Scalars['Float']['output']>;
  /** 721 占比 — SERVICE / MANAGEMENT / ENFORCEMENT shares of the tracked cases */
  byTrack: Array<TrackShare>;
  /** 按期结案 — of those, closed no later than their deadline */
  closedOnTime: Scalars['Int']['output'];
  /** 处置变更次数 — dispositions superseded by a later decision on the cases of the period; the 721 shares count each case by its first effective decision, so every change shows here */
  decisionChanges: Scalars['Int']['output'];
  /** 行政执法公示 — disclosure rate and timeliness of the period's penalty decisions */
  disclosure: DisclosureKpis;
  /** 应结案件 — cases whose deadline falls in the period (no deferral is recorded yet, so none is deducted) */
  dueInPeriod: Scalars['Int']['output'];
  /** 回访率 — cases closed in the period with a follow-up visit / cases closed in the period */
  followUpRate?: Maybe<Scalars['Float']['output']>;
  /** Period start (inclusive) */
  from: Scalars['DateTimeISO']['output'];
  /** Grid cell the figures cover */
  gridCode?: Maybe<Scalars['ID']['output']>;
  /** 按期结案率 — closedOnTime / dueInPeriod */
  onTimeClosureRate?: Maybe<Scalars['Float']['output']>;
  /** 执法记录仪覆盖率 — ENFORCEMENT-track cases of the period with at least one RECORDING evidence / ENFORCEMENT-track cases of the period */
  recordingCoverage?: Maybe<Scalars['Float']['output']>;
  /** 重复违法率 — cases of the period whose party had a case of the same violation type in the 12 months before / all cases of the period */
  repeatViolationRate?: Maybe<Scalars['Float']['output']>;
  /** 返工率 — cases closed in the period that went through REWORK at least once / cases closed in the period */
  reworkRate?: Maybe<Scalars['Float']['output']>;
  /** Period end (exclusive) */
  to: Scalars['DateTimeISO']['output'];
  /** 案件总数 — cases that occurred in the period */
  totalCases: Scalars['Int']['output'];
  /** Unit the figures cover (with all units under it) */
  unitId?: Maybe<Scalars['ID']['output']>;
  /** 吹哨响应达标率 — whistles (吹哨报到) of the covered cases whose response deadline falls in the period and that were answered by it / all such whistles */
  whistleSlaCompliance?: Maybe<Scalars['Float']['output']>;
};

/** 执法制度阈值 — a version of the thresholds of legal review and disclosure (国办发〔2018〕118号; 《行政处罚法》第四十八、五十八、六十三条) */
export type EnforcementThresholds = {
  __typename?: 'EnforcementThresholds';
  /** 制定依据 — document that adopted this version, e.g. 兰综执〔2026〕5号 */
  adoptedBy: Scalars['String']['output'];
  /** 没收审核起点（元） — a confiscation valued at or above it needs legal review (0: every confiscation) */
  confiscationReviewFromYuan: Scalars['Int']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 公示前审查（小时） — hours a decision waits before publication so the unit can hold it back (0–24) */
  disclosureReviewHours: Scalars['Int']['output'];
  /** 施行时间 — in force for decisions made from this moment */
  effectiveFrom: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 较大数额罚款（法人或其他组织，元） — the same for an organisation */
  largeFineOrganisationYuan: Scalars['Int']['output'];
  /** 较大数额罚款（自然人，元） — a fine at or above it gets a hearing notice and needs legal review */
  largeFinePersonYuan: Scalars['Int']['output'];
  /** 公示期限（工作日） — a penalty decision is published within this many working days (at most 7) */
  publicationWorkingDays: Scalars['Int']['output'];
  /** 版本 — 1, 2, …; 0 means the statutory defaults (no version adopted yet) */
  version: Scalars['Int']['output'];
  /** 撤回期限（工作日） — a changed, revoked or unlawful decision is withdrawn within this many working days (at most 3) */
  withdrawalWorkingDays: Scalars['Int']['output'];
};

/** 执法制度阈值版本列表 — a page of threshold versions */
export type EnforcementThresholdsConnection = {
  __typename?: 'EnforcementThresholdsConnection';
  /** One page of EnforcementThresholds edges */
  edges: Array<EnforcementThresholdsEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 执法制度阈值版本 — an edge holding one EnforcementThresholds */
export type EnforcementThresholdsEdge = {
  __typename?: 'EnforcementThresholdsEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The EnforcementThresholds */
  node: EnforcementThresholds;
};

/** 以劳代罚代为报名 — an officer enrols the person a labor-in-lieu disposition names in its session */
export type EnrollForLaborInLieuInput = {
  /** 以劳代罚处置 — the enforcement disposition (LABOR_IN_LIEU); its session and the person who serves come from it. Refused: unknown (NOT_FOUND), withdrawn (CONFLICT), not the caller's unit (FORBIDDEN) (a UUID) */
  dispositionId: Scalars['ID']['input'];
};

/** 学习记录 — an officer’s enrollment in a course (assigned or self-started) */
export type Enrollment = {
  __typename?: 'Enrollment';
  /** 指派人 — subject of the trainer who assigned it */
  assignedBy?: Maybe<Scalars['String']['output']>;
  /** 完成时间 — when the last lesson was completed */
  completedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 课程 — the course */
  course: Course;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 截止日期调整记录 — every change of this due date, oldest first (a handful at most) */
  dueDateOverrides: Array<AssignmentDueOverride>;
  /** 截止日期 — due date (YYYY-MM-DD); null when self-started */
  dueOn?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 队员 — the enrolled officer */
  officer: Officer;
  /** 是否逾期 — past the due date (Asia/Shanghai) and not completed */
  overdue: Scalars['Boolean']['output'];
  /** 进度 — lessons done out of the course’s lessons */
  progress: EnrollmentProgress;
  /** 开始时间 — when the officer started */
  startedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 状态 — status */
  status: EnrollmentStatus;
};

/** 学习记录列表 — a page of enrollments */
export type EnrollmentConnection = {
  __typename?: 'EnrollmentConnection';
  /** One page of Enrollment edges */
  edges: Array<EnrollmentEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 学习记录 — an edge holding one Enrollment */
export type EnrollmentEdge = {
  __typename?: 'EnrollmentEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Enrollment */
  node: Enrollment;
};

/** Result of startCourse */
export type EnrollmentPayload = {
  __typename?: 'EnrollmentPayload';
  /** The enrollment */
  enrollment: Enrollment;
};

/** 学习进度 — lessons done out of the course’s lessons */
export type EnrollmentProgress = {
  __typename?: 'EnrollmentProgress';
  /** 已完成课时 — completed lessons */
  completedLessons: Scalars['Int']['output'];
  /** 课时总数 — lessons in the course */
  totalLessons: Scalars['Int']['output'];
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
  concernId: Scalars['ID']['input'];
  /** 违法行为编码 — code of the violation type in enforcement's catalogue, e.g. ZD-01 (2–20 characters: letters, digits, hyphen) (a code of at most 64 characters, no control characters) */
  violationTypeCode: Scalars['ID']['input'];
};

/** Result of escalateVisitConcern */
export type EscalateVisitConcernPayload = {
  __typename?: 'EscalateVisitConcernPayload';
  /** The concern, now escalated; its case appears once enforcement has opened it (caseNumber, case) */
  concern: VisitConcern;
};

/** 证据 — an evidence item of a case (immutable) */
export type Evidence = {
  __typename?: 'Evidence';
  /** 采集时间 — when it was captured */
  capturedAt: Scalars['DateTimeISO']['output'];
  /** 采集人 — subject of whoever captured it */
  capturedBy: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 保管链 — additions, accesses and hand-overs, oldest first */
  custody: Array<EvidenceCustodyEvent>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 类型 — kind */
  kind: EvidenceKind;
  /** SHA-256 of the file (64 hex digits) */
  sha256: Scalars['String']['output'];
  /** 存储地址 — URI of the stored file */
  uri: Scalars['String']['output'];
};

/** 保管链事件 — one step of an evidence item’s chain of custody */
export type EvidenceCustodyEvent = {
  __typename?: 'EvidenceCustodyEvent';
  /** 事件 — what happened */
  action: CustodyAction;
  /** 经办人 — subject of whoever did it */
  actorSubject?: Maybe<Scalars['String']['output']>;
  /** 时间 — when */
  at: Scalars['DateTimeISO']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 事由 — reason (HANDED_OVER) */
  reason?: Maybe<Scalars['String']['output']>;
  /** 接收方 — the new holder (HANDED_OVER) */
  toHolder?: Maybe<Scalars['String']['output']>;
};

/** 证据项 — one evidence item: kind, stored file and when it was captured */
export type EvidenceItemInput = {
  /** 采集时间 — when it was captured (not in the future) */
  capturedAt: Scalars['DateTimeISO']['input'];
  /** 类型 — kind */
  kind: EvidenceKind;
  /** SHA-256 of the file, 64 hex digits (at most 10000 characters, no control characters except tab and line breaks) */
  sha256: Scalars['String']['input'];
  /** 存储地址 — URI of the uploaded file: an https:// or oss:// URI of 8 to 500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  uri: Scalars['String']['input'];
};

/** 证据类型 — kind of evidence */
export type EvidenceKind =
  /** 现场照片 — photo */
  | 'PHOTO'
  /** 执法记录仪视频 — body-camera recording (执法全过程记录) */
  | 'RECORDING'
  /** 询问笔录 / 陈述 — written statement */
  | 'STATEMENT';

/** 考试 — an exam: paper rules, time limit, pass mark, attempts, availability window */
export type Exam = {
  __typename?: 'Exam';
  /** 作答记录 — every officer’s attempts of this exam, latest first (trainers) */
  attempts?: Maybe<ExamAttemptConnection>;
  /** 开放时间 — available from */
  availableFrom: Scalars['DateTimeISO']['output'];
  /** 截止时间 — available until (no new attempt after; deadlines are capped) */
  availableUntil: Scalars['DateTimeISO']['output'];
  /** 考试编号 — code */
  code: Scalars['String']['output'];
  /** 计分规则 — which attempt counts */
  countingPolicy: CountingPolicy;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 成绩册 — every officer who attempted this exam with attempts, best / last / counted score and pass state, by officer id (trainers) */
  gradebook?: Maybe<GradebookConnection>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 类型 — kind */
  kind: ExamKind;
  /** 最多作答次数 — max attempts per officer */
  maxAttempts: Scalars['Int']['output'];
  /** 组卷方式 — paper mode */
  mode: PaperMode;
  /** 我的成绩 — the caller’s counted result and attempts left (officers) */
  myResult?: Maybe<ExamOutcome>;
  /** 及格线（%） — pass mark in percent */
  passMarkPercent: Scalars['Int']['output'];
  /** 已发布 — published */
  published: Scalars['Boolean']['output'];
  /** 组卷就绪情况 — can officers start it now; what is missing if not (trainers) */
  readiness?: Maybe<ExamReadiness>;
  /** 解析公布规则 — what an examinee sees of a graded attempt and when */
  reviewPolicy: ReviewPolicy;
  /** 抽题规则 — RANDOM mode rules (empty for FIXED) */
  rules: Array<DrawRule>;
  /** 时限（分钟） — time limit, enforced by the server */
  timeLimitMinutes: Scalars['Int']['output'];
  /** 名称 — title */
  title: Scalars['String']['output'];
};


/** 考试 — an exam: paper rules, time limit, pass mark, attempts, availability window */
export type ExamAttemptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** 考试 — an exam: paper rules, time limit, pass mark, attempts, availability window */
export type ExamGradebookArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 考试便利 — extra time granted to one officer for one exam (trainers) */
export type ExamAccommodation = {
  __typename?: 'ExamAccommodation';
  /** 批准时间 — approved at */
  approvedAt: Scalars['DateTimeISO']['output'];
  /** 批准人 — approving trainer */
  approvedBy: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 考试 — exam id */
  examId: Scalars['ID']['output'];
  /** 延长时间（分钟） — extra minutes, 1–120 */
  extraMinutes: Scalars['Int']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 考生 — officer id */
  officerId: Scalars['ID']['output'];
  /** 理由 — reason */
  reason: Scalars['String']['output'];
};

/** Result of grantExamAccommodation */
export type ExamAccommodationPayload = {
  __typename?: 'ExamAccommodationPayload';
  /** The accommodation */
  accommodation: ExamAccommodation;
};

/** 考试指派 — an exam an officer must pass by a due date, assigned by a trainer */
export type ExamAssignment = {
  __typename?: 'ExamAssignment';
  /** 指派人 — subject of the trainer who assigned it */
  assignedBy: Scalars['String']['output'];
  /** 已完成 — the officer has a graded attempt of the exam (a case analysis counts once a trainer graded it) */
  completed: Scalars['Boolean']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 截止日期 — due date (YYYY-MM-DD), no later than the exam closes */
  dueOn: Scalars['String']['output'];
  /** 考试 — the exam */
  exam: Exam;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 队员 — the assigned officer */
  officer: Officer;
};

/** 考试作答 — an officer’s attempt; answers and explanations only via `review` after grading */
export type ExamAttempt = {
  __typename?: 'ExamAttempt';
  /** 第几次 — attempt number for this officer and exam */
  attemptNo: Scalars['Int']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 截止时间 — server-side deadline; later answers are refused */
  deadline: Scalars['DateTimeISO']['output'];
  /** 考试 — the exam */
  exam: Exam;
  /** 超时自动交卷 — expired and graded as submitted at the deadline */
  expired: Scalars['Boolean']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 考生 — the officer who made the attempt (resolved by enforcement) */
  officer: Officer;
  /** 是否及格 — passed; null until graded or while the review policy hides the score */
  passed?: Maybe<Scalars['Boolean']['output']>;
  /** 试题 — the paper as the examinee sees it (no answers) */
  questions: Array<AttemptQuestion>;
  /** 试卷解析 — answers, scores and explanations; CONFLICT before grading */
  review: AttemptReview;
  /** 成绩变更史 — regrades of this attempt, oldest first (trainers; the examinee while the review policy shows the score, else empty) */
  scoreHistory: Array<AttemptScoreChange>;
  /** 得分（%） — score in percent; null until graded or while the review policy hides it */
  scorePercent?: Maybe<Scalars['Float']['output']>;
  /** 开始时间 — started (server time) */
  startedAt: Scalars['DateTimeISO']['output'];
  /** 状态 — status */
  status: AttemptStatus;
  /** 交卷时间 — submitted (the deadline when it expired) */
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** 作答列表 — a page of exam attempts, latest first */
export type ExamAttemptConnection = {
  __typename?: 'ExamAttemptConnection';
  /** One page of ExamAttempt edges */
  edges: Array<ExamAttemptEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 考试作答 — an edge holding one ExamAttempt */
export type ExamAttemptEdge = {
  __typename?: 'ExamAttemptEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The ExamAttempt */
  node: ExamAttempt;
};

/** Result of startExamAttempt / submitExamAttempt */
export type ExamAttemptPayload = {
  __typename?: 'ExamAttemptPayload';
  /** The attempt */
  attempt: ExamAttempt;
};

/** 考试列表 — a page of exams */
export type ExamConnection = {
  __typename?: 'ExamConnection';
  /** One page of Exam edges */
  edges: Array<ExamEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 考试 — an edge holding one Exam */
export type ExamEdge = {
  __typename?: 'ExamEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Exam */
  node: Exam;
};

/** 考试类型 — kind of exam */
export type ExamKind =
  /** 执法资格认证考试 — passing issues a certification */
  | 'CERTIFICATION'
  /** 练习/结业考试 — practice or course exam */
  | 'PRACTICE';

/** 考试成绩 — the counted result of an officer in an exam */
export type ExamOutcome = {
  __typename?: 'ExamOutcome';
  /** 剩余次数 — attempts left */
  attemptsLeft: Scalars['Int']['output'];
  /** 已用次数 — attempts started */
  attemptsUsed: Scalars['Int']['output'];
  /** 是否通过 — the counted attempt passed; null while the review policy hides the score */
  passed?: Maybe<Scalars['Boolean']['output']>;
  /** 计分成绩（%） — by the exam’s counting policy; null before any graded attempt or while the review policy hides the score */
  scorePercent?: Maybe<Scalars['Float']['output']>;
};

/** 个人考试调整 — extra attempts or a personal window for one officer in one exam (trainers) */
export type ExamOverride = {
  __typename?: 'ExamOverride';
  /** 个人开放时间 — replaces the exam’s availableFrom for this officer */
  availableFrom?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 个人截止时间 — replaces the exam’s availableUntil for this officer */
  availableUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 考试 — exam id */
  examId: Scalars['ID']['output'];
  /** 追加次数 — attempts on top of the exam’s maxAttempts (0–5) */
  extraAttempts: Scalars['Int']['output'];
  /** 批准人 — granting trainer */
  grantedBy: Scalars['String']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 考生 — officer id */
  officerId: Scalars['ID']['output'];
  /** 理由 — reason */
  reason: Scalars['String']['output'];
};

/** Result of grantExamOverride */
export type ExamOverridePayload = {
  __typename?: 'ExamOverridePayload';
  /** The override */
  override: ExamOverride;
};

/** Result of createExam */
export type ExamPayload = {
  __typename?: 'ExamPayload';
  /** The exam */
  exam: Exam;
};

/** 组卷就绪情况 — whether officers can start this exam now, and if not why (trainers) */
export type ExamReadiness = {
  __typename?: 'ExamReadiness';
  /** 提示 — what an officer starting the exam is told; null when ready */
  message?: Maybe<Scalars['String']['output']>;
  /** 待复核题数 — questions of this exam’s paper or draw pools flagged because their cited law changed */
  questionsUnderReview: Scalars['Int']['output'];
  /** 可开考 — every start can draw a full paper */
  ready: Scalars['Boolean']['output'];
  /** 缺口 — RANDOM rules the bank cannot fill (empty when ready) */
  shortfalls: Array<DrawShortfall>;
};

/** 导出文件 — a generated spreadsheet: save `content` (base64) under `fileName` with `mimeType` */
export type ExportedFile = {
  __typename?: 'ExportedFile';
  /** 文件内容 — the file, base64 */
  content: Scalars['Base64File']['output'];
  /** 文件名 — suggested file name, e.g. 题库-20261202.xlsx */
  fileName: Scalars['String']['output'];
  /** MIME 类型 — content type for a download */
  mimeType: Scalars['String']['output'];
  /** 数据行数 — data rows (the header not counted) */
  rowCount: Scalars['Int']['output'];
};

/** 外部培训申报 — an officer’s claim for external training hours, reviewed by a trainer */
export type ExternalTrainingClaim = {
  __typename?: 'ExternalTrainingClaim';
  /** 类别 — category */
  category: CourseCategory;
  /** 完成日期 — YYYY-MM-DD; its year is the ledger year */
  completedOn: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 证明材料 — evidence URI (certificate scan, uploaded beforehand) */
  evidenceUri: Scalars['String']['output'];
  /** 申报学时 — hours claimed */
  hours: Scalars['Float']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 举办单位 — provider */
  provider: Scalars['String']['output'];
  /** 审核意见 — reviewer note (required when rejecting) */
  reviewNote?: Maybe<Scalars['String']['output']>;
  /** 审核时间 — when reviewed */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 审核人 — trainer subject */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** 状态 — status */
  status: ClaimStatus;
  /** 培训名称 — title of the training */
  title: Scalars['String']['output'];
};

/** 外部培训申报列表 — a page of external-training claims */
export type ExternalTrainingClaimConnection = {
  __typename?: 'ExternalTrainingClaimConnection';
  /** One page of ExternalTrainingClaim edges */
  edges: Array<ExternalTrainingClaimEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 外部培训申报 — an edge holding one ExternalTrainingClaim */
export type ExternalTrainingClaimEdge = {
  __typename?: 'ExternalTrainingClaimEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The ExternalTrainingClaim */
  node: ExternalTrainingClaim;
};

/** Result of submitting or reviewing a claim */
export type ExternalTrainingClaimPayload = {
  __typename?: 'ExternalTrainingClaimPayload';
  /** The claim */
  claim: ExternalTrainingClaim;
};

/** 监督类型 — praise or complaint about an officer's conduct */
export type FeedbackKind =
  /** 投诉 — complaint */
  | 'COMPLAINT'
  /** 表扬 — praise */
  | 'PRAISE';

/** 核查结果 — outcome of a complaint investigation */
export type FeedbackStatus =
  /** 已收到 — received (praise stays here) */
  | 'RECEIVED'
  /** 属实 — complaint substantiated */
  | 'SUBSTANTIATED'
  /** 不属实 — complaint not substantiated */
  | 'UNSUBSTANTIATED';

/** 监督汇总 — citizen feedback about one officer (feeds the assessment) */
export type FeedbackSummary = {
  __typename?: 'FeedbackSummary';
  /** 投诉 — complaints received */
  complaintCount: Scalars['Int']['output'];
  /** 观察员反馈 — feedback sent by citizen observers during their term */
  observerReportCount: Scalars['Int']['output'];
  /** 待核查 — complaints not yet investigated */
  pendingComplaintCount: Scalars['Int']['output'];
  /** 表扬 — praise received */
  praiseCount: Scalars['Int']['output'];
  /** 投诉属实 — substantiated complaints */
  substantiatedComplaintCount: Scalars['Int']['output'];
};

/** 回访 — follow-up visit after a case is closed (due within 3 days) */
export type FollowUp = {
  __typename?: 'FollowUp';
  /** 回访意见 — comments */
  comment?: Maybe<Scalars['String']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 按时回访 — within 3 days of closure */
  onTime: Scalars['Boolean']['output'];
  /** 满意度 — satisfaction 1 (very unsatisfied) … 5 (very satisfied) */
  satisfaction: Scalars['Int']['output'];
  /** 回访时间 — when the party was visited or called */
  visitedAt: Scalars['DateTimeISO']['output'];
  /** 回访人 — subject of whoever recorded it */
  visitedBy: Scalars['String']['output'];
};

/** 成立商户自治委员会 — form a zone's committee from its stall holders (staff of the squad, ADMIN) */
export type FormCommitteeInput = {
  /** 主任 — the chair, one of the members (a UUID) */
  chairMerchantId: Scalars['ID']['input'];
  /** 委员 — 3–15 distinct merchants (enforcement Merchant ids) holding a stall in the zone, in duty order (seat 1 first) (a UUID) */
  memberMerchantIds: Array<Scalars['ID']['input']>;
  /** 名称 — 2–60 characters (at most 10000 characters, no control characters except tab and line breaks) */
  name: Scalars['String']['input'];
  /** 轮值起始日 — China-time date YYYY-MM-DD on which seat 1 is first on duty, within 31 days from today (at most 10000 characters, no control characters except tab and line breaks) */
  rosterStartsOn: Scalars['String']['input'];
  /** 疏导点 — the vending zone (UUID); one committee per zone (a UUID) */
  zoneId: Scalars['ID']['input'];
};

/** Result of formCommittee */
export type FormCommitteePayload = {
  __typename?: 'FormCommitteePayload';
  /** The committee */
  committee: SelfGovernanceCommittee;
};

/** 位置 — a point (WGS-84) */
export type GeoPointInput = {
  /** Latitude (WGS-84), −90…90 */
  lat: Scalars['Float']['input'];
  /** Longitude (WGS-84), −180…180 */
  lng: Scalars['Float']['input'];
};

/** 裁量阶次 — one graded circumstance of a benchmark: the facts that define it and its fine band */
export type GradeBand = {
  __typename?: 'GradeBand';
  /** 情形 — the facts that put a violation in this grade */
  facts: Scalars['String']['output'];
  /** 罚款上限（元） — highest fine of the grade, in yuan */
  fineMaxYuan: Scalars['Int']['output'];
  /** 罚款下限（元） — lowest fine of the grade, in yuan */
  fineMinYuan: Scalars['Int']['output'];
  /** 阶次 — grade */
  grade: DiscretionGrade;
};

/** 裁量阶次 — one grade of a new benchmark version */
export type GradeBandInput = {
  /** 情形 — the facts that define the grade, 5–500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  facts: Scalars['String']['input'];
  /** 罚款上限（元） — whole yuan, inside the legal range, not below this grade's minimum */
  fineMaxYuan: Scalars['Int']['input'];
  /** 罚款下限（元） — whole yuan, inside the legal range, not below the lower grade's minimum */
  fineMinYuan: Scalars['Int']['input'];
  /** 阶次 — grade; a version lists MINOR, GENERAL, SERIOUS in this order */
  grade: DiscretionGrade;
};

/** 人工评分 — a trainer grades one case-analysis answer of an attempt awaiting grading */
export type GradeCaseAnswerInput = {
  /** 作答 — attempt id (caseAnalysisGradingQueue) (a UUID) */
  attemptId: Scalars['ID']['input'];
  /** 评语 — comment for the examinee, at most 500 characters (shown with the per-question score) (at most 10000 characters, no control characters except tab and line breaks) */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 题号 — position of the CASE_ANALYSIS question in the paper */
  position: Scalars['Int']['input'];
  /** 得分 — 0…1 in steps of 0.01: the share of the rubric the answer meets */
  score: Scalars['Float']['input'];
};

/** Result of gradeCaseAnswer */
export type GradeCaseAnswerPayload = {
  __typename?: 'GradeCaseAnswerPayload';
  /** The attempt: GRADED once its last case-analysis answer is graded, else still AWAITING_GRADING */
  attempt: ExamAttempt;
  /** 待评题数 — case-analysis answers of this attempt still to grade */
  remaining: Scalars['Int']['output'];
};

/** 成绩册作答 — one attempt in a gradebook row (trainers see every score) */
export type GradebookAttempt = {
  __typename?: 'GradebookAttempt';
  /** 第几次 — attempt number */
  attemptNo: Scalars['Int']['output'];
  /** 超时自动交卷 — graded at the deadline */
  expired: Scalars['Boolean']['output'];
  /** 是否及格 — null while in progress */
  passed?: Maybe<Scalars['Boolean']['output']>;
  /** 得分（%） — null while in progress */
  scorePercent?: Maybe<Scalars['Float']['output']>;
  /** 开始时间 — started */
  startedAt: Scalars['DateTimeISO']['output'];
  /** 状态 — status */
  status: AttemptStatus;
  /** 交卷时间 — submitted (the deadline when it expired) */
  submittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** 成绩册 — a page of officers with their attempts of one exam, by officer id */
export type GradebookConnection = {
  __typename?: 'GradebookConnection';
  /** One page of GradebookRow edges */
  edges: Array<GradebookRowEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 成绩册行 — one officer’s attempts, scores and pass state in one exam */
export type GradebookRow = {
  __typename?: 'GradebookRow';
  /** 作答明细 — every attempt by number (at most maxAttempts + 5) */
  attempts: Array<GradebookAttempt>;
  /** 允许次数 — maxAttempts plus a trainer’s extra attempts */
  attemptsAllowed: Scalars['Int']['output'];
  /** 已用次数 — attempts started */
  attemptsUsed: Scalars['Int']['output'];
  /** 最高分（%） — best graded score; null before any grading */
  bestScorePercent?: Maybe<Scalars['Float']['output']>;
  /** 计分成绩（%） — the score that counts under the exam’s countingPolicy */
  countedScorePercent?: Maybe<Scalars['Float']['output']>;
  /** 已评分次数 — graded attempts */
  gradedAttempts: Scalars['Int']['output'];
  /** 作答中 — an attempt is in progress */
  inProgress: Scalars['Boolean']['output'];
  /** 最后得分（%） — latest graded score */
  lastScorePercent?: Maybe<Scalars['Float']['output']>;
  /** 最后交卷 — latest submission */
  lastSubmittedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 队员 — officer */
  officer: Officer;
  /** 是否及格 — the counted attempt passed; null before any grading */
  passed?: Maybe<Scalars['Boolean']['output']>;
  /** 单位 — the officer’s unit from the training profile (null without a profile) */
  unit?: Maybe<Unit>;
};

/** 成绩册 — an edge holding one GradebookRow */
export type GradebookRowEdge = {
  __typename?: 'GradebookRowEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The GradebookRow */
  node: GradebookRow;
};

/** 给予考试便利 — extra time for one officer in one exam */
export type GrantExamAccommodationInput = {
  /** 考试 — exam id (a UUID) */
  examId: Scalars['ID']['input'];
  /** 延长时间（分钟） — 1–120 */
  extraMinutes: Scalars['Int']['input'];
  /** 考生 — officer id (a UUID) */
  officerId: Scalars['ID']['input'];
  /** 理由 — at least 5 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
};

/** 个人考试调整 — extra attempts and/or a personal window for one officer in one exam */
export type GrantExamOverrideInput = {
  /** 个人开放时间 — replaces availableFrom (omit: keep) */
  availableFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 个人截止时间 — replaces availableUntil, after the opening (omit: keep) */
  availableUntil?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 考试 — exam id (a UUID) */
  examId: Scalars['ID']['input'];
  /** 追加次数 — 0–5 attempts on top of maxAttempts */
  extraAttempts?: Scalars['Int']['input'];
  /** 考生 — officer id (a UUID) */
  officerId: Scalars['ID']['input'];
  /** 理由 — 5–300 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
};

/** 网格 — grid cell of the city-management grid, with district / street / community */
export type GridCell = {
  __typename?: 'GridCell';
  /** 网格编码 — grid code, e.g. LX-YS-01 */
  code: Scalars['ID']['output'];
  /** 社区/村 — community */
  community: Scalars['String']['output'];
  /** 区/县(市) — district */
  district: Scalars['String']['output'];
  /** North-east corner latitude (WGS-84) */
  maxLat: Scalars['Float']['output'];
  /** North-east corner longitude (WGS-84) */
  maxLng: Scalars['Float']['output'];
  /** South-west corner latitude (WGS-84) */
  minLat: Scalars['Float']['output'];
  /** South-west corner longitude (WGS-84) */
  minLng: Scalars['Float']['output'];
  /** 网格名称 — grid name */
  name: Scalars['String']['output'];
  /** 责任网格员 — the officer responsible for the cell */
  responsibleOfficer?: Maybe<Officer>;
  /** 街道/乡镇 — street or town */
  street: Scalars['String']['output'];
  /** 责任单位 — unit responsible for the cell */
  unit: Unit;
};

/** 网格列表 — a page of grid cells */
export type GridCellConnection = {
  __typename?: 'GridCellConnection';
  /** One page of GridCell edges */
  edges: Array<GridCellEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 网格 — an edge holding one GridCell */
export type GridCellEdge = {
  __typename?: 'GridCellEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The GridCell */
  node: GridCell;
};

/** Filter for the grid-cell list */
export type GridCellFilter = {
  /** 区 — only cells of this district (at most 10000 characters, no control characters except tab and line breaks) */
  district?: InputMaybe<Scalars['String']['input']>;
  /** 街道 — only cells of this street or town (at most 10000 characters, no control characters except tab and line breaks) */
  street?: InputMaybe<Scalars['String']['input']>;
  /** Only cells looked after by this unit (a UUID) */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 摊位引导员值班 — a stall guide shift at a vending zone (疏堵结合: guiding street vendors into the zone at peak hours) */
export type GuideShift = {
  __typename?: 'GuideShift';
  /** 志愿活动 — the participation activity volunteers sign up for (places and sign-ups from participation) */
  activity?: Maybe<Activity>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 结束 — end of the shift */
  endsAt: Scalars['DateTimeISO']['output'];
  /** 引导员 — the officer on duty; null when volunteers alone staff it */
  guide?: Maybe<Officer>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 安排人 — subject of the staff member who scheduled it */
  scheduledBy: Scalars['String']['output'];
  /** 开始 — start of the shift */
  startsAt: Scalars['DateTimeISO']['output'];
  /** 志愿者需求 — volunteers wanted beside the guide (0–20); they sign up for `activity` in participation */
  volunteersNeeded: Scalars['Int']['output'];
  /** 疏导点 — the zone */
  zone: VendingZone;
};

/** 引导员值班表 — a page of guide shifts, earliest first */
export type GuideShiftConnection = {
  __typename?: 'GuideShiftConnection';
  /** One page of GuideShift edges */
  edges: Array<GuideShiftEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 引导员值班 — an edge holding one GuideShift */
export type GuideShiftEdge = {
  __typename?: 'GuideShiftEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The GuideShift */
  node: GuideShift;
};

/** 证据移交 — hand an evidence item over to another holder */
export type HandOverEvidenceInput = {
  /** Evidence id (a UUID) */
  evidenceId: Scalars['ID']['input'];
  /** 事由 — reason (2–300 characters) (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
  /** 接收方 — new holder, e.g. 局法制科 or 兰溪市人民法院 (2–120 characters) (at most 10000 characters, no control characters except tab and line breaks) */
  toHolder: Scalars['String']['input'];
};

/** Result of handOverEvidence */
export type HandOverEvidencePayload = {
  __typename?: 'HandOverEvidencePayload';
  /** The recorded hand-over */
  event: EvidenceCustodyEvent;
};

/** 学时来源 — why training hours were credited */
export type HoursCause =
  /** 更正 — a correcting entry (entries are never edited) */
  | 'CORRECTION'
  /** 完成课程 — completed a course */
  | 'COURSE_COMPLETION'
  /** 外部培训 — approved external training */
  | 'EXTERNAL_TRAINING';

/** Result of a ledger write */
export type HoursEntryPayload = {
  __typename?: 'HoursEntryPayload';
  /** The new ledger entry */
  entry: TrainingHoursEntry;
  /** The officer’s year after the entry */
  summary: TrainingHoursSummary;
};

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
  dryRun?: Scalars['Boolean']['input'];
  /** 文件 — the .xlsx or .csv file, base64 (see Base64File for the size limit) */
  file: Scalars['Base64File']['input'];
  /** 格式 — XLSX or CSV (UTF-8) */
  format: SpreadsheetFormat;
};

/** 导入结果 — the outcome of importQuestions */
export type ImportQuestionsPayload = {
  __typename?: 'ImportQuestionsPayload';
  /** 仅校验 — the request was a dry run (nothing written) */
  dryRun: Scalars['Boolean']['output'];
  /** 错误 — every refused cell, by row (always empty after a real import) */
  errors: Array<ImportRowError>;
  /** 导入数 — questions created (0 in a dry run) */
  importedCount: Scalars['Int']['output'];
  /** 新试题 — the created questions in row order (≤ 1000; empty in a dry run) */
  questions: Array<Question>;
  /** 数据行数 — non-empty rows after the header */
  rowCount: Scalars['Int']['output'];
  /** 有效行数 — rows without errors */
  validRowCount: Scalars['Int']['output'];
};

/** 导入错误 — one refused cell: spreadsheet row number (the header is row 1) and column header */
export type ImportRowError = {
  __typename?: 'ImportRowError';
  /** 错误类型 — code */
  code: ImportErrorCode;
  /** 列 — column header, e.g. 答案 */
  column: Scalars['String']['output'];
  /** 说明 — what is wrong and what the column accepts */
  message: Scalars['String']['output'];
  /** 行号 — spreadsheet row number, 1 = header */
  row: Scalars['Int']['output'];
};

/** 投诉核查 — outcome of a complaint investigation */
export type InvestigateComplaintInput = {
  /** Feedback id (a UUID) */
  feedbackId: Scalars['ID']['input'];
  /** 核查说明 — 2–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  note: Scalars['String']['input'];
  /** SUBSTANTIATED or UNSUBSTANTIATED */
  outcome: FeedbackStatus;
};

/** 试题干扰项分析 — one question version as drawn in the period */
export type ItemAnalysisView = {
  __typename?: 'ItemAnalysisView';
  /** 难度 (P) — share fully correct, 0–1 */
  difficulty: Scalars['Float']['output'];
  /** 区分度 (D) — upper minus lower 27 % share correct; null under 2 attempts */
  discrimination?: Maybe<Scalars['Float']['output']>;
  /** 提示 — flags, empty when nothing stands out */
  flags: Array<ItemFlag>;
  /** 未作答 — choice responses with no option chosen */
  omitted: Scalars['Int']['output'];
  /** 选项 — every option in stored order (empty for short answers) */
  options: Array<OptionAnalysisView>;
  /** 试题 — the bank question */
  question: Question;
  /** 作答人次 — graded responses */
  responses: Scalars['Int']['output'];
  /** 题干 — stem of that version */
  stem: Scalars['String']['output'];
  /** 高分组正确率 — share of the upper 27 % fully right */
  upperCorrectShare?: Maybe<Scalars['Float']['output']>;
  /** 版本号 — the version examinees answered */
  version: Scalars['Int']['output'];
};

/** 试题分析提示 — what a trainer should look at in a question */
export type ItemFlag =
  /** 高分组失分 — fewer than 50 % of the upper 27 % answered it fully right (key or wording may be wrong) */
  | 'MISSED_BY_TOP_GROUP'
  /** 区分度为负 — the lower 27 % answered it better than the upper 27 % */
  | 'NEGATIVE_DISCRIMINATION'
  /** 无效干扰项 — a wrong option nobody chose in the period */
  | 'UNCHOSEN_DISTRACTOR';

/** 试题分析 — statistics of one question version over graded attempts */
export type ItemStatisticView = {
  __typename?: 'ItemStatisticView';
  /** 难度 P — share fully correct (0…1; higher is easier) */
  difficulty: Scalars['Float']['output'];
  /** 区分度 D — share correct in the top 27 % minus the bottom 27 % (−1…1) */
  discrimination?: Maybe<Scalars['Float']['output']>;
  /** 试题版本 — question version id */
  questionVersionId: Scalars['ID']['output'];
  /** 作答数 — graded responses */
  responses: Scalars['Int']['output'];
  /** 题干 — stem */
  stem: Scalars['String']['output'];
};

/** 加入队伍 — the calling volunteer joins a team */
export type JoinVolunteerTeamInput = {
  /** Team id (a UUID) */
  teamId: Scalars['ID']['input'];
};

/** Result of joinVolunteerTeam */
export type JoinVolunteerTeamPayload = {
  __typename?: 'JoinVolunteerTeamPayload';
  /** The volunteer, now a member */
  volunteer: Volunteer;
};

/** 以劳代罚状态 — state of a labor-in-lieu disposition */
export type LaborStatus =
  /** 执行中 — hours still to serve */
  | 'ASSIGNED'
  /** 已履行 — verified hours reached the assigned hours */
  | 'FULFILLED'
  /** 已失效 — deadline passed; the fine applies again */
  | 'LAPSED';

/** 以劳代罚已撤销 — the disposition these hours served no longer stands; its hours no longer count */
export type LaborWithdrawal = {
  __typename?: 'LaborWithdrawal';
  /** 撤销时间 — when enforcement withdrew it */
  at: Scalars['DateTimeISO']['output'];
  /** 原因 — superseded or lapsed */
  cause: LaborWithdrawalCause;
  /** 说明 — enforcement's reason */
  reason?: Maybe<Scalars['String']['output']>;
};

/** 以劳代罚撤销原因 — why a labor-in-lieu disposition no longer stands */
export type LaborWithdrawalCause =
  /** 已失效 — the deadline passed; the fine applies again */
  | 'LAPSED'
  /** 已被替代 — a supervisor superseded it with another decision (with a written reason) */
  | 'SUPERSEDED';

/** 法条 — one version of a law article cited by questions (trainers) */
export type LawArticle = {
  __typename?: 'LawArticle';
  /** 条 — article, e.g. 第三十三条 */
  article: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 施行日期 — effective on (YYYY-MM-DD) */
  effectiveOn: Scalars['String']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 法律名称 — law, e.g. 《中华人民共和国行政处罚法》 */
  lawName: Scalars['String']['output'];
  /** 状态 — status */
  status: LawArticleStatus;
  /** 修订/废止说明 — why it was amended or retired */
  statusReason?: Maybe<Scalars['String']['output']>;
  /** 内容要点 — summary of the article text */
  summary: Scalars['String']['output'];
  /** 取代的版本 — the version this one replaced */
  supersedes?: Maybe<Scalars['ID']['output']>;
  /** 版本 — version label, e.g. 2021年修订 */
  versionLabel: Scalars['String']['output'];
};

/** 法条列表 — a page of law article versions */
export type LawArticleConnection = {
  __typename?: 'LawArticleConnection';
  /** One page of LawArticle edges */
  edges: Array<LawArticleEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 法条 — an edge holding one LawArticle */
export type LawArticleEdge = {
  __typename?: 'LawArticleEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The LawArticle */
  node: LawArticle;
};

/** Result of amendLawArticle / retireLawArticle */
export type LawArticlePayload = {
  __typename?: 'LawArticlePayload';
  /** 新版本 — the new CURRENT version (amend only) */
  current?: Maybe<LawArticle>;
  /** 受影响考试 — published exams, not yet closed, that can no longer draw a paper (see Exam.readiness) */
  examsUnableToDraw: Array<Exam>;
  /** 待复核试题 — the questions this change flagged (random papers skip them until revised) */
  flagged: Array<Question>;
  /** 待复核试题数 — questions flagged for review */
  flaggedQuestions: Scalars['Int']['output'];
  /** 原版本 — the old version, now AMENDED or RETIRED */
  previous: LawArticle;
};

/** 法条状态 — status of one version of a law article */
export type LawArticleStatus =
  /** 已修订 — replaced by a newer version */
  | 'AMENDED'
  /** 现行有效 — in force */
  | 'CURRENT'
  /** 已废止 — repealed, no successor */
  | 'RETIRED';

/** 积分榜 — one line of the points leaderboard */
export type LeaderboardEntry = {
  __typename?: 'LeaderboardEntry';
  /** 积分 — points earned in the period */
  points: Scalars['Int']['output'];
  /** 名次 — rank (ties share a rank) */
  rank: Scalars['Int']['output'];
  /** The volunteer (name masked for the public) */
  volunteer: Volunteer;
};

/** 法制审核 — legal review of a proposed major enforcement decision by the 法制科 (《行政处罚法》第五十八条) */
export type LegalReview = {
  __typename?: 'LegalReview';
  /** 案件编号 — number of the case (the reviewer reads the file through this number) */
  caseNumber: Scalars['String']['output'];
  /** 拟没收金额（元） — value of what would be confiscated */
  confiscatedValueYuan?: Maybe<Scalars['Int']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 拟罚款（元） — proposed fine in yuan */
  fineYuan: Scalars['Int']['output'];
  /** 裁量阶次 — proposed discretion grade (PENALTY) */
  grade?: Maybe<DiscretionGrade>;
  /** 重大情形 — why the decision is major (may be empty for a voluntary review) */
  grounds: Array<MajorDecisionGround>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 拟处理决定 — proposed kind (PENALTY or LABOR_IN_LIEU) */
  kind: DispositionKind;
  /** 拟并处 — proposed measures added to the penalty (confiscation, licence suspension or revocation, closure) */
  measures: Array<PenaltyMeasure>;
  /** 审核意见 — the reviewer's written opinions */
  opinion?: Maybe<Scalars['String']['output']>;
  /** 送审时间 — when review was asked */
  requestedAt: Scalars['DateTimeISO']['output'];
  /** 送审人 — subject of the officer who asked for review */
  requestedBy: Scalars['String']['output'];
  /** 审核时间 — when decided */
  reviewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 审核人 — subject of the legal reviewer, once decided */
  reviewedBy?: Maybe<Scalars['String']['output']>;
  /** 状态 — PENDING, APPROVED or RETURNED */
  status: LegalReviewStatus;
  /** 案情及拟处理意见 — summary of facts and the proposal, by the handling officer */
  summary: Scalars['String']['output'];
  /** 违法行为类型 — violation type code of the case */
  violationTypeCode: Scalars['String']['output'];
  /** 在阶次内 — the proposed fine lies inside its grade's band */
  withinGrade: Scalars['Boolean']['output'];
};

/** 法制审核列表 — a page of legal reviews */
export type LegalReviewConnection = {
  __typename?: 'LegalReviewConnection';
  /** One page of LegalReview edges */
  edges: Array<LegalReviewEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 审核结论 — the reviewer's conclusion */
export type LegalReviewDecision =
  /** 同意 — approve the proposed decision */
  | 'APPROVE'
  /** 退回 — return it with written opinions */
  | 'RETURN';

/** 法制审核 — an edge holding one LegalReview */
export type LegalReviewEdge = {
  __typename?: 'LegalReviewEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The LegalReview */
  node: LegalReview;
};

/** 法制审核筛选 — filter of the legal-review list */
export type LegalReviewFilter = {
  /** Only this state (e.g. PENDING: the reviewer's queue) */
  status?: InputMaybe<LegalReviewStatus>;
};

/** Result of requestLegalReview and decideLegalReview */
export type LegalReviewPayload = {
  __typename?: 'LegalReviewPayload';
  /** The review */
  review: LegalReview;
};

/** 法制审核状态 — state of a legal review */
export type LegalReviewStatus =
  /** 审核通过 — the decision as proposed may be recorded */
  | 'APPROVED'
  /** 待审核 — waiting for the legal reviewer (法制科) */
  | 'PENDING'
  /** 退回 — returned with written opinions; the officer may propose again */
  | 'RETURNED';

/** 课时 — one lesson of a course, in order */
export type Lesson = {
  __typename?: 'Lesson';
  /** 内容摘要 — content summary */
  contentSummary: Scalars['String']['output'];
  /** 所属课程 — course id */
  courseId: Scalars['ID']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 时长（分钟） — minutes */
  minutes: Scalars['Int']['output'];
  /** 序号 — position in the course, from 1 */
  position: Scalars['Int']['output'];
  /** 课时标题 — title */
  title: Scalars['String']['output'];
};

/** Result of addLesson */
export type LessonPayload = {
  __typename?: 'LessonPayload';
  /** Its course */
  course: Course;
  /** The new lesson */
  lesson: Lesson;
};

/** 位置 — where the problem is */
export type LocationInput = {
  /** 地址 — address or landmark, 2–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  address: Scalars['String']['input'];
  /** Latitude (WGS-84), −90…90 */
  lat: Scalars['Float']['input'];
  /** Longitude (WGS-84), −180…180 */
  lng: Scalars['Float']['input'];
};

/** 记录带教 — a check-in by the mentor or the mentee */
export type LogMentoringCheckInInput = {
  /** 师徒关系 — mentorship id (a UUID) */
  mentorshipId: Scalars['ID']['input'];
  /** 内容 — 5–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  note: Scalars['String']['input'];
  /** 日期 — YYYY-MM-DD, within the period and not in the future (at most 10000 characters, no control characters except tab and line breaks) */
  occurredOn: Scalars['String']['input'];
};

/** 重大执法决定情形 — why a decision needs legal review (《行政处罚法》第五十八条) */
export type MajorDecisionGround =
  /** 责令停产停业 — order to suspend production or business */
  | 'BUSINESS_CLOSURE'
  /** 没收 — confiscation of illegal gains or property valued at or above enforcementThresholds.confiscationReviewFromYuan */
  | 'CONFISCATION'
  /** 较大数额罚款 — a fine at or above the hearing-notice level in force (enforcementThresholds; by default ¥5,000 person, ¥50,000 organisation) */
  | 'LARGE_FINE'
  /** 吊销许可证件 — revocation of a licence */
  | 'LICENCE_REVOCATION'
  /** 暂扣许可证件 — suspension of a licence */
  | 'LICENCE_SUSPENSION'
  /** 超出裁量阶次 — a fine outside its discretion grade's band */
  | 'OUTSIDE_DISCRETION_GRADE';

/** 必修对象 — who must take a course */
export type MandatoryAudience =
  /** 新入职队员 — new hires (岗前必修) */
  | 'NEW_HIRE'
  /** 执法队员 — every officer */
  | 'OFFICER'
  /** 中队长及以上 — supervisors */
  | 'SUPERVISOR'
  /** 教官 — trainers */
  | 'TRAINER';

/** 标记已读 — marks notices of the signed-in officer as read */
export type MarkTrainingNotificationsReadInput = {
  /** 提醒标识 — 1–100 keys from Officer.notifications (each ≤ 120 characters); a key that is not one of your notices is NOT_FOUND and nothing is marked (at most 10000 characters, no control characters except tab and line breaks) */
  keys: Array<Scalars['String']['input']>;
};

/** Result of markTrainingNotificationsRead */
export type MarkTrainingNotificationsReadPayload = {
  __typename?: 'MarkTrainingNotificationsReadPayload';
  /** 新标记数 — keys marked by this call (0 when repeated) */
  markedCount: Scalars['Int']['output'];
  /** 未读数 — notices still unread */
  unreadCount: Scalars['Int']['output'];
};

/** 带教记录 — a logged check-in */
export type MentoringCheckIn = {
  __typename?: 'MentoringCheckIn';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 记录人 — subject who logged it (mentor or mentee) */
  loggedBy: Scalars['String']['output'];
  /** 内容 — what was done / discussed */
  note: Scalars['String']['output'];
  /** 日期 — date (YYYY-MM-DD) */
  occurredOn: Scalars['String']['output'];
};

/** 老带新导师制 — a mentoring pair with goals, check-ins, sign-off and mentee feedback */
export type Mentorship = {
  __typename?: 'Mentorship';
  /** 带教记录 — check-ins by date */
  checkIns: Array<MentoringCheckIn>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 结束日期 — ends on */
  endsOn: Scalars['String']['output'];
  /** 带教目标 — goals */
  goals: Array<Scalars['String']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 徒弟 — mentee */
  mentee: Officer;
  /** 徒弟反馈 — mentee feedback */
  menteeFeedback?: Maybe<Scalars['String']['output']>;
  /** 徒弟评分 — mentee rating 1–5 */
  menteeRating?: Maybe<Scalars['Int']['output']>;
  /** 导师 — mentor */
  mentor: Officer;
  /** 导师评语 — mentor’s sign-off note */
  signOffNote?: Maybe<Scalars['String']['output']>;
  /** 出师时间 — signed off at */
  signedOffAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 开始日期 — starts on */
  startsOn: Scalars['String']['output'];
  /** 状态 — status */
  status: MentorshipStatus;
};

/** Result of a mentoring mutation */
export type MentorshipPayload = {
  __typename?: 'MentorshipPayload';
  /** The mentorship */
  mentorship: Mentorship;
};

/** 带教状态 — state of a mentoring pair */
export type MentorshipStatus =
  /** 带教中 — check-ins are logged */
  | 'ACTIVE'
  /** 已出师 — the mentor signed off */
  | 'SIGNED_OFF';

/** 商户 — merchant (当事人 as an organisation or business) */
export type Merchant = {
  __typename?: 'Merchant';
  /** 经营地址 — business address */
  address: Scalars['String']['output'];
  /** 经营类型 — business type */
  businessType: BusinessType;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 统一社会信用代码 — unified social credit code (18 characters) */
  creditCode?: Maybe<Scalars['String']['output']>;
  /** 商户诚信档案 — red flowers, black dots, score, level and entries (staff); anyone reads the public part through merchantCreditSigns (诚信公示牌) */
  creditFile: CreditFile;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 商户名称 — registered name */
  name: Scalars['String']['output'];
  /** 经营者 / 负责人 — operator or legal representative */
  operatorName: Scalars['String']['output'];
  /** 联系电话 — masked (138****5678) except for the case officers and ADMIN */
  operatorPhone?: Maybe<Scalars['String']['output']>;
};

/** 商户经营者账号 — an account verified by staff as a merchant's operator */
export type MerchantOperator = {
  __typename?: 'MerchantOperator';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 商户 — the merchant operated */
  merchant: Merchant;
  /** 账号 — the operator's sign-in subject */
  subject: Scalars['String']['output'];
  /** 核验人 — subject of the staff member who verified the operator */
  verifiedBy: Scalars['String']['output'];
};

/** 商户走访 — merchant visit (owned by the service subgraph) */
export type MerchantVisit = {
  __typename?: 'MerchantVisit';
  /** 诉求数 — concerns raised */
  concernCount: Scalars['Int']['output'];
  /** 诉求 — the concerns raised (at most 20), in the order recorded */
  concerns: Array<VisitConcern>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 网格 — where the merchant trades */
  grid: GridCell;
  /** MerchantVisit id */
  id: Scalars['ID']['output'];
  /** 商户 — the merchant visited */
  merchant: Merchant;
  /** 走访记录 — what was done and said */
  note: Scalars['String']['output'];
  /** 走访队员 — the visiting officer */
  officer: Officer;
  /** 当场解决数 — concerns solved on the spot */
  solvedOnTheSpotCount: Scalars['Int']['output'];
  /** 走访时间 — when the visit took place */
  visitedAt: Scalars['DateTimeISO']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 报到 — the whistled department acknowledges (DEPARTMENT users) */
  acknowledgeWhistle: WhistlePayload;
  /** 添加证据 — add evidence to a case (immutable: no update or delete exists) */
  addEvidence: AddEvidencePayload;
  /** 添加课时 — appends a lesson to a draft course (trainers) */
  addLesson: LessonPayload;
  /** 积分调整 — grant or deduct a volunteer's points with a reason (ADMIN, SUPERVISOR); refused with CONFLICT when the balance would go below 0 */
  adjustVolunteerPoints: AdjustVolunteerPointsPayload;
  /** 摊位分配 — allocate the free stalls of a zone to its waitlist, best credit first (staff of the squad, ADMIN) */
  allocateStalls: AllocateStallsPayload;
  /** 修订法条 — new CURRENT version; questions citing the old one need review (trainers) */
  amendLawArticle: LawArticlePayload;
  /** 答复社区意见 — answer an opinion once (the stationed officer, staff of the squad, ADMIN); CONFLICT when already answered */
  answerCommunityOpinion: OpinionItemPayload;
  /** 作答 — stores an answer; CONFLICT after the deadline (the officer) */
  answerQuestion: AnswerQuestionPayload;
  /** 申请摊位 — a signed-in vendor applies for a merchant; queued by credit, blacklisted merchants refused with the reason */
  applyForStall: ApplyForStallPayload;
  /** 聘任城管观察员 — appoint a citizen observer for a term (supervisors, administrators) */
  appointObserver: ObserverPayload;
  /** 派遣 — assign a case to an active officer of its unit (supervisors) */
  assignCase: CasePayload;
  /** 派驻社区 — station an officer of the squad in a community, with the contact card (SUPERVISOR of the squad) */
  assignCommunityPost: CommunityPostPayload;
  /** 指派课程 — assigns a course to officers, a cohort or a unit and its sub-units; idempotent per officer (trainers) */
  assignCourse: AssignCoursePayload;
  /** 指派考试 — assigns an exam to officers, a cohort or a unit and its sub-units; idempotent per officer (trainers) */
  assignExam: AssignExamPayload;
  /** 颁发小红花 — commend a merchant (supervisors) */
  awardRedFlower: AwardRedFlowerPayload;
  /** 绑定经营者账号 — staff record that an account is the merchant's operator; only it (or staff on the merchant's behalf) may then apply for the merchant's stalls (OFFICER, SUPERVISOR, ADMIN) */
  bindMerchantOperator: BindMerchantOperatorPayload;
  /** 吹哨 — call a partner department in (NORMAL 24 h, URGENT 2 h) */
  blowWhistle: WhistlePayload;
  /** 变更处理状态 — next step of a report, with a public note (staff) */
  changeReportStatus: ReportPayload;
  /** 签到 — check in (the volunteer or an officer) */
  checkInToActivity: SignUpPayload;
  /** 签退 — check out; hours go to review */
  checkOutOfActivity: SignUpPayload;
  /** 作出选择 — picks a choice; an ending or a critical failure ends the run (the officer) */
  chooseDrillOption: DrillRunPayload;
  /** 完成课时 — the officer completes a lesson; the last one credits the hours once */
  completeLesson: CompleteLessonPayload;
  /** 整改确认 — confirm a rectification notice was complied with */
  confirmRectification: ConfirmRectificationPayload;
  /** 更正/暂停资格 — a new superseding record with reason and author (trainers) */
  correctCertification: CertificationPayload;
  /** 发布志愿活动 — publish an activity (staff) */
  createActivity: ActivityPayload;
  /** 新建案件 — open a case (REPORTED) in a grid cell of your unit */
  createCase: CasePayload;
  /** 新建培训班 — a named group of officers (trainers) */
  createCohort: CohortPayload;
  /** 新建课程 — creates a draft course (trainers) */
  createCourse: CoursePayload;
  /** 新建情景模拟 — validated graph (trainers) */
  createDrill: DrillPayload;
  /** 新建考试 — creates and publishes an exam (trainers) */
  createExam: ExamPayload;
  /** 建立师徒关系 — one active mentor per new officer (trainers, supervisors) */
  createMentorship: MentorshipPayload;
  /** 新建试题 — adds a question to the bank (trainers) */
  createQuestion: QuestionPayload;
  /** 发起街路评比 — open a rating round (supervisors) */
  createStreetRatingRound: StreetRatingRoundPayload;
  /** 组建志愿者队伍 — create a team (supervisors, administrators) */
  createVolunteerTeam: VolunteerTeamPayload;
  /** 法制审核 — the 法制科 approves or returns a proposal with written opinions; never the handling officer (joins the case timeline) */
  decideLegalReview: LegalReviewPayload;
  /** 申请复核 — the reporter disputes a resolution within 7 days; reopens it */
  disputeReport: ReportPayload;
  /** 以劳代罚代为报名 — an officer or supervisor of the case's unit signs the person the disposition names up for its session (no volunteer registration needed); the sign-up records who enrolled them */
  enrollForLaborInLieu: SignUpPayload;
  /** 走访诉求转立案 — hand a concern not solved on the spot to enforcement, which opens a case exactly once (outbox) and links it back; CONFLICT when the concern was solved on the spot or already handed over (the visiting officer, staff of the squad, ADMIN) */
  escalateVisitConcern: EscalateVisitConcernPayload;
  /** 成立商户自治委员会 — form a zone's committee from its stall holders, with the duty order (staff of the squad, ADMIN) */
  formCommittee: FormCommitteePayload;
  /** 人工评分 — grades one case-analysis answer; the last one makes the attempt’s score final (and certifies on a passed CERTIFICATION exam). Not the examinee, not the question’s author unless the review policy allows (trainers) */
  gradeCaseAnswer: GradeCaseAnswerPayload;
  /** 给予考试便利 — extra time for one officer in one exam (trainers) */
  grantExamAccommodation: ExamAccommodationPayload;
  /** 个人考试调整 — extra attempts or a personal window for one officer, with a reason (trainers) */
  grantExamOverride: ExamOverridePayload;
  /** 证据移交 — record a hand-over of an evidence item (appended, never edited) */
  handOverEvidence: HandOverEvidencePayload;
  /** 批量导入试题 — new questions from an .xlsx/.csv file; every cell checked, all or nothing; dryRun lists the errors (trainers) */
  importQuestions: ImportQuestionsPayload;
  /** 投诉核查 — record the outcome of a complaint (supervisors) */
  investigateOfficerComplaint: OfficerFeedbackPayload;
  /** 加入志愿者队伍 — the calling ACTIVE volunteer joins one team */
  joinVolunteerTeam: JoinVolunteerTeamPayload;
  /** 记录带教 — by the mentor or the mentee */
  logMentoringCheckIn: CheckInPayload;
  /** 标记已读 — marks the signed-in officer’s notices read by key; idempotent (officers) */
  markTrainingNotificationsRead: MarkTrainingNotificationsReadPayload;
  /** 调整截止日期 — moves one officer’s due date for an assigned course, with a reason kept on record (trainers) */
  overrideAssignmentDueDate: OverrideAssignmentDueDatePayload;
  /** 发布课程 — publishes a draft course with lessons (trainers) */
  publishCourse: CoursePayload;
  /** 发布裁量基准 — publish a new benchmark version for a violation type (ADMIN, LEGAL_REVIEWER 法制科); never retroactive */
  publishDiscretionBenchmark: PublishDiscretionBenchmarkPayload;
  /** 社区评价 — rate a community post 1–5 (双线考核): supervisors of the squad on the squad line, other signed-in callers as residents; not the stationed officer */
  rateCommunityPost: RateCommunityPostPayload;
  /** 满意度评价 — the reporter rates a RESOLVED / CLOSED report once */
  rateReport: ReportPayload;
  /** 记录办理结论 — end a case in progress without a disposition (no violation, referred elsewhere, party unidentifiable), with a reason; the case needs evidence */
  recordCaseFinding: RecordCaseFindingPayload;
  /** 记录处置决定 — record a disposition; deviating from the recommendation needs a reason, harsher treatment of a first minor violation a supervisor */
  recordDisposition: RecordDispositionPayload;
  /** 记录回访 — record the follow-up visit of a closed case (satisfaction 1–5) */
  recordFollowUp: RecordFollowUpPayload;
  /** 学时更正 — appends a CORRECTION entry (never edits one) (trainers) */
  recordHoursCorrection: HoursEntryPayload;
  /** 登记走访 — the visiting officer records a visit and the concerns raised (OFFICER of a squad) */
  recordMerchantVisit: RecordMerchantVisitPayload;
  /** 当场处置 — open, file, take and decide a case on the street in one step (WARNING, SERVICE or a simple-procedure fine ≤ ¥200 person / ≤ ¥3,000 organisation), naming the second officer present; the case ends RESOLVED and someone else verifies and closes it */
  recordOnTheSpot: RecordOnTheSpotPayload;
  /** 登记参加人数 — record attendance once the event has started (staff of the organising squad, ADMIN) */
  recordOutreachAttendance: OutreachEventPayload;
  /** 登记服务人次 — add a day's visits of one visitor group (staff of the squad, ADMIN); counts to the service share of 721 */
  recordServicePointVisits: RecordServicePointVisitsPayload;
  /** 积分兑换 — spend points on a reward (active volunteers) */
  redeemReward: RedeemRewardPayload;
  /** 登记商户 — register a merchant party (a known credit code returns the existing one) */
  registerMerchant: RegisterMerchantPayload;
  /** 登记自然人当事人 — register a person party (a known ID number returns the existing one) */
  registerPerson: RegisterPersonPayload;
  /** 志愿者注册 — the signed-in caller registers; vetting follows */
  registerVolunteer: VolunteerPayload;
  /** 整卷重新评分 — regrades, in one transaction, every submitted attempt of the exam graded against an older version of any question fixed since (as regradeExamAttempts for each such question, in paper order, one scoreHistory entry per question); the certificate follows the attempt’s pass before and after: issued on a first pass, suspended on a new fail, reinstated when a later regrade passes it again. CONFLICT (nothing changed) when a revision changed the options shown. Idempotent (trainers) */
  regradeExam: RegradeExamAttemptsPayload;
  /** 重新评分 — regrades the exam’s submitted attempts that used an older version of a revised question: auto-graded answers are scored against the fixed key, hand-graded case analyses keep their grade; score, pass and certificate follow (issued on a new pass, suspended on a new fail, reinstated when a later regrade passes an attempt whose certificate a regrade suspended); each regrade is in the attempt’s scoreHistory. Idempotent (trainers) */
  regradeExamAttempts: RegradeExamAttemptsPayload;
  /** 摊位许可续期 — another year, in the 30 days before expiry; CONFLICT too early, not allocated, or blacklisted (the merchant's operator, staff of the squad) */
  renewStallPermit: StallPermitChangePayload;
  /** 提请法制审核 — the handling officer proposes a decision with a fine for legal review (joins the case timeline) */
  requestLegalReview: LegalReviewPayload;
  /** 响应 — the whistled department answers (DEPARTMENT users) */
  respondToWhistle: WhistlePayload;
  /** 废止法条 — questions citing it need review (trainers) */
  retireLawArticle: LawArticlePayload;
  /** 一案一评 — review a closed case and optionally mark it typical (supervisors) */
  reviewCase: ReviewCasePayload;
  /** 审核外部培训 — approve (credits hours once) or reject a PENDING claim (trainers) */
  reviewExternalTrainingClaim: ExternalTrainingClaimPayload;
  /** 时长审核 — approve (10 points per hour) or decline hours (staff) */
  reviewVolunteerHours: SignUpPayload;
  /** 修订试题 — a new version; graded attempts keep the version they drew (trainers) */
  reviseQuestion: QuestionPayload;
  /** 撤销摊位许可 — revoke an allocated permit after at least one warning (CONFLICT otherwise); the stall is free again (staff of the squad, ADMIN) */
  revokeStallPermit: StallPermitChangePayload;
  /** 安排引导员值班 — schedule a stall guide shift inside the zone's opening hours (staff of the squad, ADMIN) */
  scheduleGuideShift: ScheduleGuideShiftPayload;
  /** 安排宣传教育活动 — an officer of a squad schedules a talk, class, briefing or open day (OFFICER, SUPERVISOR) */
  scheduleOutreachEvent: OutreachEventPayload;
  /** 街路评分 — score a street once per round (signed-in callers) */
  scoreStreet: StreetScorePayload;
  /** 执法监督 — praise or complain about an officer (anonymous allowed) */
  sendOfficerFeedback: OfficerFeedbackPayload;
  /** 调整执法制度阈值 — adopt a new version from now on (ADMIN); decisions already made keep theirs */
  setEnforcementThresholds: SetEnforcementThresholdsPayload;
  /** 设置试题标签 — replaces a question’s tags (trainers); no new version */
  setQuestionTags: Question;
  /** 导师签字出师 — by the mentor, after at least one check-in */
  signOffMentorship: MentorshipPayload;
  /** 活动报名 — an active volunteer takes a place (refused when full or overlapping) */
  signUpForActivity: SignUpPayload;
  /** 志愿者驻点 — name the participation activity whose volunteers staff the point, or null to end it (staff of the squad, ADMIN) */
  staffServicePoint: RecordServicePointVisitsPayload;
  /** 开始学习 — the officer starts a course; CONFLICT names a missing prerequisite */
  startCourse: EnrollmentPayload;
  /** 开始演练 — starts a run (the officer) */
  startDrillRun: DrillRunPayload;
  /** 开始考试 — starts an attempt; one in progress per exam (the officer) */
  startExamAttempt: ExamAttemptPayload;
  /** 提交社区意见 — leave an opinion in a community's box (anyone; the submitter is never shown). At most 5 per client (signed-in subject, else address) in 10 minutes: RATE_LIMITED with retryAfterSeconds after that */
  submitCommunityOpinion: OpinionItemPayload;
  /** 交卷 — submits and grades the attempt (the officer) */
  submitExamAttempt: ExamAttemptPayload;
  /** 申报外部培训 — the officer submits a claim with evidence (PENDING) */
  submitExternalTrainingClaim: ExternalTrainingClaimPayload;
  /** 徒弟反馈 — the mentee rates once */
  submitMenteeFeedback: MentorshipPayload;
  /** 市民随手拍：提交问题上报 — open to anonymous callers (rate-limited) */
  submitReport: SubmitReportPayload;
  /** 满意度调查 — the reporter rates a resolved report, or staff record a party’s answers at a case follow-up */
  submitSatisfactionSurvey: SubmitSatisfactionSurveyPayload;
  /** 案件流转 — one lifecycle step; an illegal step answers CONFLICT */
  transitionCase: CasePayload;
  /** 志愿者审核 — vetting decision (supervisors, administrators) */
  vetVolunteer: VolunteerPayload;
  /** 警告摊主 — record a warning against an allocated permit; the merchant sees it (staff of the squad, ADMIN) */
  warnStallPermitHolder: StallPermitChangePayload;
  /** 撤回公示 — take down a published decision that was changed, revoked or found unlawful, with the reason shown (《行政处罚法》第四十八条) */
  withdrawPenaltyDisclosure: PenaltyDisclosurePayload;
  /** 不予公开 — hold a penalty decision back (minor, state secret, personal privacy) with a recorded reason */
  withholdPenaltyDisclosure: PenaltyDisclosurePayload;
};


export type MutationAcknowledgeWhistleArgs = {
  input: AcknowledgeWhistleInput;
};


export type MutationAddEvidenceArgs = {
  input: AddEvidenceInput;
};


export type MutationAddLessonArgs = {
  input: AddLessonInput;
};


export type MutationAdjustVolunteerPointsArgs = {
  input: AdjustVolunteerPointsInput;
};


export type MutationAllocateStallsArgs = {
  input: AllocateStallsInput;
};


export type MutationAmendLawArticleArgs = {
  input: AmendLawArticleInput;
};


export type MutationAnswerCommunityOpinionArgs = {
  input: AnswerCommunityOpinionInput;
};


export type MutationAnswerQuestionArgs = {
  input: AnswerQuestionInput;
};


export type MutationApplyForStallArgs = {
  input: ApplyForStallInput;
};


export type MutationAppointObserverArgs = {
  input: AppointObserverInput;
};


export type MutationAssignCaseArgs = {
  input: AssignCaseInput;
};


export type MutationAssignCommunityPostArgs = {
  input: AssignCommunityPostInput;
};


export type MutationAssignCourseArgs = {
  input: AssignCourseInput;
};


export type MutationAssignExamArgs = {
  input: AssignExamInput;
};


export type MutationAwardRedFlowerArgs = {
  input: AwardRedFlowerInput;
};


export type MutationBindMerchantOperatorArgs = {
  input: BindMerchantOperatorInput;
};


export type MutationBlowWhistleArgs = {
  input: BlowWhistleInput;
};


export type MutationChangeReportStatusArgs = {
  input: ChangeReportStatusInput;
};


export type MutationCheckInToActivityArgs = {
  input: AttendanceInput;
};


export type MutationCheckOutOfActivityArgs = {
  input: AttendanceInput;
};


export type MutationChooseDrillOptionArgs = {
  input: ChooseDrillOptionInput;
};


export type MutationCompleteLessonArgs = {
  input: CompleteLessonInput;
};


export type MutationConfirmRectificationArgs = {
  input: ConfirmRectificationInput;
};


export type MutationCorrectCertificationArgs = {
  input: CorrectCertificationInput;
};


export type MutationCreateActivityArgs = {
  input: CreateActivityInput;
};


export type MutationCreateCaseArgs = {
  input: CreateCaseInput;
};


export type MutationCreateCohortArgs = {
  input: CreateCohortInput;
};


export type MutationCreateCourseArgs = {
  input: CreateCourseInput;
};


export type MutationCreateDrillArgs = {
  input: CreateDrillInput;
};


export type MutationCreateExamArgs = {
  input: CreateExamInput;
};


export type MutationCreateMentorshipArgs = {
  input: CreateMentorshipInput;
};


export type MutationCreateQuestionArgs = {
  input: CreateQuestionInput;
};


export type MutationCreateStreetRatingRoundArgs = {
  input: CreateStreetRatingRoundInput;
};


export type MutationCreateVolunteerTeamArgs = {
  input: CreateVolunteerTeamInput;
};


export type MutationDecideLegalReviewArgs = {
  input: DecideLegalReviewInput;
};


export type MutationDisputeReportArgs = {
  input: DisputeReportInput;
};


export type MutationEnrollForLaborInLieuArgs = {
  input: EnrollForLaborInLieuInput;
};


export type MutationEscalateVisitConcernArgs = {
  input: EscalateVisitConcernInput;
};


export type MutationFormCommitteeArgs = {
  input: FormCommitteeInput;
};


export type MutationGradeCaseAnswerArgs = {
  input: GradeCaseAnswerInput;
};


export type MutationGrantExamAccommodationArgs = {
  input: GrantExamAccommodationInput;
};


export type MutationGrantExamOverrideArgs = {
  input: GrantExamOverrideInput;
};


export type MutationHandOverEvidenceArgs = {
  input: HandOverEvidenceInput;
};


export type MutationImportQuestionsArgs = {
  input: ImportQuestionsInput;
};


export type MutationInvestigateOfficerComplaintArgs = {
  input: InvestigateComplaintInput;
};


export type MutationJoinVolunteerTeamArgs = {
  input: JoinVolunteerTeamInput;
};


export type MutationLogMentoringCheckInArgs = {
  input: LogMentoringCheckInInput;
};


export type MutationMarkTrainingNotificationsReadArgs = {
  input: MarkTrainingNotificationsReadInput;
};


export type MutationOverrideAssignmentDueDateArgs = {
  input: OverrideAssignmentDueDateInput;
};


export type MutationPublishCourseArgs = {
  input: PublishCourseInput;
};


export type MutationPublishDiscretionBenchmarkArgs = {
  input: PublishDiscretionBenchmarkInput;
};


export type MutationRateCommunityPostArgs = {
  input: RateCommunityPostInput;
};


export type MutationRateReportArgs = {
  input: RateReportInput;
};


export type MutationRecordCaseFindingArgs = {
  input: RecordCaseFindingInput;
};


export type MutationRecordDispositionArgs = {
  input: RecordDispositionInput;
};


export type MutationRecordFollowUpArgs = {
  input: RecordFollowUpInput;
};


export type MutationRecordHoursCorrectionArgs = {
  input: RecordHoursCorrectionInput;
};


export type MutationRecordMerchantVisitArgs = {
  input: RecordMerchantVisitInput;
};


export type MutationRecordOnTheSpotArgs = {
  input: RecordOnTheSpotInput;
};


export type MutationRecordOutreachAttendanceArgs = {
  input: RecordOutreachAttendanceInput;
};


export type MutationRecordServicePointVisitsArgs = {
  input: RecordServicePointVisitsInput;
};


export type MutationRedeemRewardArgs = {
  input: RedeemRewardInput;
};


export type MutationRegisterMerchantArgs = {
  input: RegisterMerchantInput;
};


export type MutationRegisterPersonArgs = {
  input: RegisterPersonInput;
};


export type MutationRegisterVolunteerArgs = {
  input: RegisterVolunteerInput;
};


export type MutationRegradeExamArgs = {
  input: RegradeExamInput;
};


export type MutationRegradeExamAttemptsArgs = {
  input: RegradeExamAttemptsInput;
};


export type MutationRenewStallPermitArgs = {
  input: RenewStallPermitInput;
};


export type MutationRequestLegalReviewArgs = {
  input: RequestLegalReviewInput;
};


export type MutationRespondToWhistleArgs = {
  input: RespondToWhistleInput;
};


export type MutationRetireLawArticleArgs = {
  input: RetireLawArticleInput;
};


export type MutationReviewCaseArgs = {
  input: ReviewCaseInput;
};


export type MutationReviewExternalTrainingClaimArgs = {
  input: ReviewExternalTrainingClaimInput;
};


export type MutationReviewVolunteerHoursArgs = {
  input: ReviewVolunteerHoursInput;
};


export type MutationReviseQuestionArgs = {
  input: ReviseQuestionInput;
};


export type MutationRevokeStallPermitArgs = {
  input: RevokeStallPermitInput;
};


export type MutationScheduleGuideShiftArgs = {
  input: ScheduleGuideShiftInput;
};


export type MutationScheduleOutreachEventArgs = {
  input: ScheduleOutreachEventInput;
};


export type MutationScoreStreetArgs = {
  input: ScoreStreetInput;
};


export type MutationSendOfficerFeedbackArgs = {
  input: SendOfficerFeedbackInput;
};


export type MutationSetEnforcementThresholdsArgs = {
  input: SetEnforcementThresholdsInput;
};


export type MutationSetQuestionTagsArgs = {
  input: SetQuestionTagsInput;
};


export type MutationSignOffMentorshipArgs = {
  input: SignOffMentorshipInput;
};


export type MutationSignUpForActivityArgs = {
  input: SignUpForActivityInput;
};


export type MutationStaffServicePointArgs = {
  input: StaffServicePointInput;
};


export type MutationStartCourseArgs = {
  input: StartCourseInput;
};


export type MutationStartDrillRunArgs = {
  input: StartDrillRunInput;
};


export type MutationStartExamAttemptArgs = {
  input: StartExamAttemptInput;
};


export type MutationSubmitCommunityOpinionArgs = {
  input: SubmitCommunityOpinionInput;
};


export type MutationSubmitExamAttemptArgs = {
  input: SubmitExamAttemptInput;
};


export type MutationSubmitExternalTrainingClaimArgs = {
  input: SubmitExternalTrainingClaimInput;
};


export type MutationSubmitMenteeFeedbackArgs = {
  input: SubmitMenteeFeedbackInput;
};


export type MutationSubmitReportArgs = {
  input: SubmitReportInput;
};


export type MutationSubmitSatisfactionSurveyArgs = {
  input: SubmitSatisfactionSurveyInput;
};


export type MutationTransitionCaseArgs = {
  input: TransitionCaseInput;
};


export type MutationVetVolunteerArgs = {
  input: VetVolunteerInput;
};


export type MutationWarnStallPermitHolderArgs = {
  input: WarnStallPermitHolderInput;
};


export type MutationWithdrawPenaltyDisclosureArgs = {
  input: WithdrawPenaltyDisclosureInput;
};


export type MutationWithholdPenaltyDisclosureArgs = {
  input: WithholdPenaltyDisclosureInput;
};

/** 附近的疏导点 — a vending zone found near a point, with its distance */
export type NearbyVendingZone = {
  __typename?: 'NearbyVendingZone';
  /** 距离 — straight-line distance from the search point, metres */
  distanceMeters: Scalars['Int']['output'];
  /** The zone */
  zone: VendingZone;
};

/** 附近的疏导点 — zones near a point, nearest first */
export type NearbyVendingZoneConnection = {
  __typename?: 'NearbyVendingZoneConnection';
  /** One page of NearbyVendingZone edges */
  edges: Array<NearbyVendingZoneEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 附近的疏导点 — an edge holding one NearbyVendingZone */
export type NearbyVendingZoneEdge = {
  __typename?: 'NearbyVendingZoneEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The NearbyVendingZone */
  node: NearbyVendingZone;
};

/** 城管观察员聘任 — appointment of a citizen observer for a term (staff only) */
export type ObserverAppointment = {
  __typename?: 'ObserverAppointment';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 姓名 — full name */
  name: Scalars['String']['output'];
  /** 账号 — the observer’s sign-in subject */
  subject: Scalars['String']['output'];
  /** 聘期结束 — last day of the term (YYYY-MM-DD), at most 2 years after the start */
  termEndsOn: Scalars['String']['output'];
  /** 聘期开始 — first day of the term (YYYY-MM-DD) */
  termStartsOn: Scalars['String']['output'];
};

/** 城管观察员 — an edge holding one ObserverAppointment */
export type ObserverAppointmentEdge = {
  __typename?: 'ObserverAppointmentEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The ObserverAppointment */
  node: ObserverAppointment;
};

/** 城管观察员列表 — a page of observer appointments */
export type ObserverConnection = {
  __typename?: 'ObserverConnection';
  /** One page of ObserverAppointment edges */
  edges: Array<ObserverAppointmentEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** Result of appointObserver */
export type ObserverPayload = {
  __typename?: 'ObserverPayload';
  /** The appointment */
  observer: ObserverAppointment;
};

/** 执法队员 — law-enforcement officer of the bureau */
export type Officer = {
  __typename?: 'Officer';
  /** 综合评估 — the officer’s assessment for a year (the officer, supervisors, trainers) */
  assessment?: Maybe<OfficerAssessment>;
  /** 执法证号 — badge (enforcement certificate) number, public */
  badgeNumber: Scalars['String']['output'];
  /** 承办案件 — cases assigned to this officer, newest first, scoped as `cases` is (officers and supervisors: their own unit only, so an officer of another unit lists none; ADMIN: all); the filter's officerId is replaced by this officer */
  cases: CaseConnection;
  /** 执法资格 — current certification (the officer, supervisors, trainers) */
  certification?: Maybe<Certification>;
  /** 资格变更史 — every grant, renewal, suspension, reinstatement, correction and expiry with its reason, oldest first (the officer, supervisors, trainers) */
  certificationHistory?: Maybe<Array<CertificationEvent>>;
  /** 社区双线考核得分 — 0–100 over the last 365 days: residents' and the squad's ratings of the officer's community post, both lines needed; null without both, or unless the caller is the officer, a supervisor, trainer or admin */
  communityScore?: Maybe<Scalars['Float']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 上岗资格 — certified, not expired, not suspended, hours on track */
  dutyEligible?: Maybe<DutyEligibility>;
  /** 人性化程度：教育在先比例 — of the officer’s cases with a disposition, the share whose first disposition was SERVICE, WARNING or RECTIFICATION_NOTICE; null without such cases or unless the caller is the officer, a supervisor, trainer or admin */
  educationFirstShare?: Maybe<Scalars['Float']['output']>;
  /** 学习记录 — every course enrollment of the officer, by due date (the officer, supervisors, trainers) */
  enrollments?: Maybe<Array<Enrollment>>;
  /** 考试指派 — every exam assigned to the officer, by due date (one per exam; the officer, supervisors, trainers) */
  examAssignments?: Maybe<Array<ExamAssignment>>;
  /** 考试记录 — the officer’s exam attempts, latest first (the officer, supervisors, trainers) */
  examAttempts?: Maybe<ExamAttemptConnection>;
  /** 市民监督汇总 — feedback counts (the officer, supervisors, trainers) */
  feedbackSummary?: Maybe<FeedbackSummary>;
  /** 负责网格 — grid cells the officer patrols (网格员) */
  grids: Array<GridCell>;
  /** 入职日期 — date of joining the service (signed-in callers only) */
  hiredOn?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 学时台账 — the officer’s ledger entries with their source, newest first (the officer, supervisors of their unit or one above it, trainers) */
  hoursLedger?: Maybe<TrainingHoursEntryConnection>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 徒弟 — officers this officer mentors in active pairings (the officer, staff) */
  mentees?: Maybe<Array<Officer>>;
  /** 导师 — the officer’s mentor in an active pairing (the officer, staff) */
  mentor?: Maybe<Officer>;
  /** 师徒关系 — pairs where the officer is mentor or mentee (the officer, staff) */
  mentorships?: Maybe<Array<Mentorship>>;
  /** 姓名 — name */
  name: Scalars['String']['output'];
  /** 我的提醒 — new assignments, due soon, overdue, certification expiring (90/60/30/7 days) or expired, exam graded, external claim decided; each stored once when it became true; newest first; mark read with markTrainingNotificationsRead (the officer only; others FORBIDDEN) */
  notifications: TrainingNotificationList;
  /** 联系电话 — phone; signed-in callers only; masked (138****5678) except for ADMIN (audited) and the officer themself */
  phone?: Maybe<Scalars['String']['output']>;
  /** 工作照 — photo URI shown on the supervision card */
  photoUri?: Maybe<Scalars['String']['output']>;
  /** 职务 — position */
  position: OfficerPosition;
  /** 服务工作量 — merchant visits and concerns solved on the spot in a period (the officer, SUPERVISOR, ADMIN) */
  serviceWork?: Maybe<ServiceWork>;
  /** 在岗状态 — status */
  status: OfficerStatus;
  /** 投诉属实数 — substantiated complaints about the officer; null unless the caller is the officer, a supervisor, trainer or admin */
  substantiatedComplaints?: Maybe<Scalars['Int']['output']>;
  /** 年度培训学时 — training hours in a year against the 40-hour requirement (the officer, supervisors, trainers) */
  trainingHours?: Maybe<TrainingHoursSummary>;
  /** 所属单位 — the unit the officer belongs to */
  unit: Unit;
};


/** 执法队员 — law-enforcement officer of the bureau */
export type OfficerAssessmentArgs = {
  year: Scalars['Int']['input'];
};


/** 执法队员 — law-enforcement officer of the bureau */
export type OfficerCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: Scalars['Int']['input'];
};


/** 执法队员 — law-enforcement officer of the bureau */
export type OfficerExamAttemptsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


/** 执法队员 — law-enforcement officer of the bureau */
export type OfficerHoursLedgerArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  year?: InputMaybe<Scalars['Int']['input']>;
};


/** 执法队员 — law-enforcement officer of the bureau */
export type OfficerNotificationsArgs = {
  first?: Scalars['Int']['input'];
  unreadOnly?: Scalars['Boolean']['input'];
};


/** 执法队员 — law-enforcement officer of the bureau */
export type OfficerServiceWorkArgs = {
  period: ServicePeriodInput;
};


/** 执法队员 — law-enforcement officer of the bureau */
export type OfficerTrainingHoursArgs = {
  year: Scalars['Int']['input'];
};

/** 队员综合评估 — one profile of an officer for a year: training hours, exams, drills, mentoring (this subgraph) and, through the graph, substantiated complaints (participation) and education-before-penalty share (enforcement) */
export type OfficerAssessment = {
  __typename?: 'OfficerAssessment';
  /** 社区双线考核得分 — 0–100: the squad's and the residents' ratings of the officer's community post over the last 365 days (from service); null until both lines have rated */
  communityScore?: Maybe<Scalars['Float']['output']>;
  /** 严重失误次数 — finished runs that ended in a critical failure (e.g. escalating to force) */
  drillCriticalFailures: Scalars['Int']['output'];
  /** 情景模拟完成次数 — scenario-drill runs finished in the year */
  drillRunsFinished: Scalars['Int']['output'];
  /** 人性化程度：教育在先比例 — share of the officer’s decided cases whose first disposition was service, warning or rectification rather than a penalty (from enforcement); null without decided cases */
  educationFirstShare?: Maybe<Scalars['Float']['output']>;
  /** 考试次数 — graded exam attempts submitted in the year */
  examsTaken: Scalars['Int']['output'];
  /** 最近考试是否及格 — whether that attempt passed */
  latestExamPassed?: Maybe<Scalars['Boolean']['output']>;
  /** 最近考试得分（%） — score of the latest graded attempt of the year */
  latestExamScorePercent?: Maybe<Scalars['Float']['output']>;
  /** 老带新出师 — the officer’s mentoring as a mentee was signed off by the mentor */
  mentoringSignedOff: Scalars['Boolean']['output'];
  /** 投诉属实数 — substantiated citizen complaints (from participation); null when not visible */
  substantiatedComplaints?: Maybe<Scalars['Int']['output']>;
  /** 培训学时 — hours of the year against the requirement */
  trainingHours: TrainingHoursSummary;
  /** 年度 — year */
  year: Scalars['Int']['output'];
};

/** 未达标队员 — an officer of the population with at least one gap */
export type OfficerComplianceGap = {
  __typename?: 'OfficerComplianceGap';
  /** 学时不足 — fewer than 40 hours */
  belowHours: Scalars['Boolean']['output'];
  /** 未达标配额 — codes of the quotas missed (HOURS_QUOTAS) */
  missedQuotas: Array<Scalars['String']['output']>;
  /** 新入职未完成岗前培训 — a new hire without the induction course (NEW-001) */
  missingInduction: Scalars['Boolean']['output'];
  /** 队员 — officer */
  officer: Officer;
  /** 逾期指派 — overdue assignments */
  overdueAssignments: Scalars['Int']['output'];
  /** 年度学时 — hours in the year */
  totalHours: Scalars['Float']['output'];
  /** 单位 — unit */
  unit: Unit;
};

/** 执法队员列表 — a page of officers */
export type OfficerConnection = {
  __typename?: 'OfficerConnection';
  /** One page of Officer edges */
  edges: Array<OfficerEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 执法队员 — an edge holding one Officer */
export type OfficerEdge = {
  __typename?: 'OfficerEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Officer */
  node: Officer;
};

/** 执法监督反馈 — praise or complaint about an officer (supervisors only) */
export type OfficerFeedback = {
  __typename?: 'OfficerFeedback';
  /** 内容 — what happened */
  content: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 观察员反馈 — sent by a citizen observer (城管观察员) with a term covering the day it was sent */
  fromObserver: Scalars['Boolean']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 核查时间 — when investigated */
  investigatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 核查说明 — investigation note */
  investigationNote?: Maybe<Scalars['String']['output']>;
  /** 类型 — praise or complaint */
  kind: FeedbackKind;
  /** Officer id (enforcement) */
  officerId: Scalars['ID']['output'];
  /** 核查结果 — investigation outcome */
  status: FeedbackStatus;
};

/** 监督反馈列表 — a page of officer feedback */
export type OfficerFeedbackConnection = {
  __typename?: 'OfficerFeedbackConnection';
  /** One page of OfficerFeedback edges */
  edges: Array<OfficerFeedbackEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 监督反馈 — an edge holding one OfficerFeedback */
export type OfficerFeedbackEdge = {
  __typename?: 'OfficerFeedbackEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The OfficerFeedback */
  node: OfficerFeedback;
};

/** Filter for the feedback list */
export type OfficerFeedbackFilter = {
  /** Only this kind */
  kind?: InputMaybe<FeedbackKind>;
  /** Only about this officer (a UUID) */
  officerId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this status */
  status?: InputMaybe<FeedbackStatus>;
};

/** Result of a feedback mutation */
export type OfficerFeedbackPayload = {
  __typename?: 'OfficerFeedbackPayload';
  /** The feedback */
  feedback: OfficerFeedback;
};

/** Filter for the officer list */
export type OfficerFilter = {
  /** Only officers assigned to this grid cell (at most 10000 characters, no control characters except tab and line breaks) */
  gridCode?: InputMaybe<Scalars['String']['input']>;
  /** Only officers with this status */
  status?: InputMaybe<OfficerStatus>;
  /** Only officers of this unit (a UUID) */
  unitId?: InputMaybe<Scalars['ID']['input']>;
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

/** 在岗状态 — employment status */
export type OfficerStatus =
  /** 在岗 — on the roster */
  | 'ACTIVE'
  /** 离岗 — left the service */
  | 'RETIRED'
  /** 停职 — suspended from duty */
  | 'SUSPENDED';

/** 意见箱统计 — how the opinion box is answered (public, on the contact card) */
export type OpinionBoxStats = {
  __typename?: 'OpinionBoxStats';
  /** 已答复 — opinions answered */
  answered: Scalars['Int']['output'];
  /** 收到 — opinions received */
  received: Scalars['Int']['output'];
};

/** 社区意见 — an item of a community post's opinion box (意见征集) and its answer; the submitter is never shown */
export type OpinionItem = {
  __typename?: 'OpinionItem';
  /** 答复 — the answer; null until answered */
  answer?: Maybe<Scalars['String']['output']>;
  /** 答复时间 — when it was answered */
  answeredAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 意见内容 — what the resident wrote */
  text: Scalars['String']['output'];
};

/** 社区意见列表 — a page of opinions, newest first */
export type OpinionItemConnection = {
  __typename?: 'OpinionItemConnection';
  /** One page of OpinionItem edges */
  edges: Array<OpinionItemEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 社区意见 — an edge holding one OpinionItem */
export type OpinionItemEdge = {
  __typename?: 'OpinionItemEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The OpinionItem */
  node: OpinionItem;
};

/** Result of submitCommunityOpinion or answerCommunityOpinion */
export type OpinionItemPayload = {
  __typename?: 'OpinionItemPayload';
  /** The opinion */
  opinion: OpinionItem;
};

/** 选项分析 — how often one option was chosen */
export type OptionAnalysisView = {
  __typename?: 'OptionAnalysisView';
  /** 选择人次 — responses that chose it */
  chosenCount: Scalars['Int']['output'];
  /** 选择率 — chosenCount / responses (0–1, three decimals) */
  chosenShare: Scalars['Float']['output'];
  /** 正确选项 — part of the key */
  correct: Scalars['Boolean']['output'];
  /** 选项 — original key (A…F; T/F for true/false), as stored, not as shuffled for an examinee */
  key: Scalars['String']['output'];
  /** 低分组选择率 — share of the lower 27 % that chose it */
  lowerShare?: Maybe<Scalars['Float']['output']>;
  /** 选项内容 — text */
  text: Scalars['String']['output'];
  /** 无人选择 — a wrong option nobody chose */
  unchosen: Scalars['Boolean']['output'];
  /** 高分组选择率 — share of the upper 27 % of attempts (by total score) that chose it */
  upperShare?: Maybe<Scalars['Float']['output']>;
};

/** 选项 — an option and whether it is correct */
export type OptionInput = {
  /** 是否正确 — correct */
  correct: Scalars['Boolean']['input'];
  /** 选项内容 — 1–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  text: Scalars['String']['input'];
};

/** 宣传教育活动 — an outreach event (社区宣讲, 进校园, 商户培训, 开放日) and its attendance */
export type OutreachEvent = {
  __typename?: 'OutreachEvent';
  /** 志愿活动 — the participation activity volunteers sign up for to help; null when none */
  activity?: Maybe<Activity>;
  /** 参加人数 — people who attended; null until recorded after the start */
  attendance?: Maybe<Scalars['Int']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 结束 — end */
  endsAt: Scalars['DateTimeISO']['output'];
  /** 网格 — where it takes place */
  grid: GridCell;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 形式 — kind */
  kind: OutreachKind;
  /** 主讲队员 — the organising officer */
  officer: Officer;
  /** 开始 — start */
  startsAt: Scalars['DateTimeISO']['output'];
  /** 主题 — title */
  title: Scalars['String']['output'];
  /** 组织中队 — the organising squad */
  unit: Unit;
  /** 地点 — venue (school, community hall …) */
  venue: Scalars['String']['output'];
};

/** 宣传教育活动列表 — a page of outreach events, earliest first */
export type OutreachEventConnection = {
  __typename?: 'OutreachEventConnection';
  /** One page of OutreachEvent edges */
  edges: Array<OutreachEventEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 宣传教育活动 — an edge holding one OutreachEvent */
export type OutreachEventEdge = {
  __typename?: 'OutreachEventEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The OutreachEvent */
  node: OutreachEvent;
};

/** Result of scheduleOutreachEvent or recordOutreachAttendance */
export type OutreachEventPayload = {
  __typename?: 'OutreachEventPayload';
  /** The event */
  event: OutreachEvent;
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
  dueOn: Scalars['String']['input'];
  /** 学习记录 — the enrollment (Officer.enrollments, assignCourse) (a UUID) */
  enrollmentId: Scalars['ID']['input'];
  /** 理由 — 5–300 characters, kept with the change (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
};

/** Result of overrideAssignmentDueDate */
export type OverrideAssignmentDueDatePayload = {
  __typename?: 'OverrideAssignmentDueDatePayload';
  /** The enrollment with its new due date */
  enrollment: Enrollment;
  /** The recorded change */
  override: AssignmentDueOverride;
};

/** 分页信息 — Relay page information for a connection */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Cursor of the last edge; pass it as `after` for the next page */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** More items follow the last edge */
  hasNextPage: Scalars['Boolean']['output'];
  /** Items precede the first edge */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** Cursor of the first edge */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 组卷方式 — how the paper is built */
export type PaperMode =
  /** 固定试卷 — the same questions for everyone (option order still shuffled) */
  | 'FIXED'
  /** 随机组卷 — drawn per attempt by topic × difficulty × count rules, unseen questions first */
  | 'RANDOM';

/** 公众参与统计 — KPIs of citizen reports in a period (originals only; duplicates are linked, not counted) */
export type ParticipationStats = {
  __typename?: 'ParticipationStats';
  /** 平均首次响应时长（小时）— submission → first status change by staff; null when none responded */
  averageFirstResponseHours?: Maybe<Scalars['Float']['output']>;
  /** 平均满意度 — average rating 1–5 of rated originals */
  averageRating?: Maybe<Scalars['Float']['output']>;
  /** 状态分布 — original reports per status (statuses with none omitted) */
  byStatus: Array<StatusCount>;
  /** 重复上报 — near-duplicates linked to an original (not in reportCount) */
  duplicateCount: Scalars['Int']['output'];
  /** 评价数 — rated originals */
  ratingCount: Scalars['Int']['output'];
  /** 上报总数 — original reports submitted in the period */
  reportCount: Scalars['Int']['output'];
  /** 办结率 — RESOLVED or CLOSED among valid originals (0–1); null when there are none */
  resolutionRate?: Maybe<Scalars['Float']['output']>;
  /** 有效上报率 — valid reports (not REJECTED, not duplicate) among all submissions (0–1) */
  validReportShare?: Maybe<Scalars['Float']['output']>;
};

/** 当事人类型 — kind of party */
export type PartyKind =
  /** 商户（单位） — merchant or organisation */
  | 'MERCHANT'
  /** 自然人 — natural person */
  | 'PERSON';

/** 行政处罚决定公示 — a published penalty decision (行政执法公示, 国办发〔2018〕118号); persons appear by surname only */
export type PenaltyDisclosure = {
  __typename?: 'PenaltyDisclosure';
  /** 案件编号 — case (decision file) number, e.g. ZF-2026-000123 */
  caseNumber: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 决定日期 — when the decision was made */
  decidedAt: Scalars['DateTimeISO']['output'];
  /** 处罚决定 — the decision in plain words, e.g. 罚款人民币500元 */
  decision: Scalars['String']['output'];
  /** 公示期限 — publicationWorkingDays of the thresholds in force at the decision (at most 7 working days) after it */
  dueBy: Scalars['DateTimeISO']['output'];
  /** 罚款（元） — the fine in yuan */
  fineYuan: Scalars['Int']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 处罚依据 — law and article */
  legalBasis: Scalars['String']['output'];
  /** 统一社会信用代码 — organisations only; null once withdrawn */
  partyCreditCode?: Maybe<Scalars['String']['output']>;
  /** 当事人类型 — PERSON or MERCHANT (organisation) */
  partyKind: PartyKind;
  /** 当事人 — an organisation's name, a person's surname only (张某); null once withdrawn */
  partyName?: Maybe<Scalars['String']['output']>;
  /** 公示时间 — when it was published */
  publishedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 状态 — PUBLISHED or WITHDRAWN (withheld decisions are never listed) */
  status: DisclosureStatus;
  /** 执法机关 — the deciding unit */
  unitName: Scalars['String']['output'];
  /** 违法行为 — the violation */
  violationName: Scalars['String']['output'];
  /** 违法行为类型编码 — violation type code */
  violationTypeCode: Scalars['String']['output'];
  /** 撤回期限 — withdrawalWorkingDays of the thresholds in force (at most 3 working days) after the decision was changed, revoked or found unlawful */
  withdrawalDueBy?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 撤回说明 — the reason shown with the withdrawal */
  withdrawalNote?: Maybe<Scalars['String']['output']>;
  /** 撤回原因 — why it was withdrawn */
  withdrawalReason?: Maybe<WithdrawalReason>;
  /** 撤回时间 — when it was withdrawn */
  withdrawnAt?: Maybe<Scalars['DateTimeISO']['output']>;
};

/** 行政处罚决定公示列表 — a page of published penalty decisions */
export type PenaltyDisclosureConnection = {
  __typename?: 'PenaltyDisclosureConnection';
  /** One page of PenaltyDisclosure edges */
  edges: Array<PenaltyDisclosureEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 行政处罚决定公示 — an edge holding one PenaltyDisclosure */
export type PenaltyDisclosureEdge = {
  __typename?: 'PenaltyDisclosureEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The PenaltyDisclosure */
  node: PenaltyDisclosure;
};

/** 公示筛选 — filter of the public list of penalty decisions */
export type PenaltyDisclosureFilter = {
  /** 决定日期起 — decided at or after (inclusive) */
  decidedFrom?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 决定日期止 — decided before (exclusive) */
  decidedTo?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** 当事人名称 — part of an organisation's name, 2–50 characters (persons cannot be searched by name) (at most 10000 characters, no control characters except tab and line breaks) */
  partyName?: InputMaybe<Scalars['String']['input']>;
  /** PUBLISHED (default) or WITHDRAWN (the withdrawal notices); WITHHELD is never listed (BAD_USER_INPUT) */
  status?: InputMaybe<DisclosureStatus>;
  /** 执法单位 — the deciding unit's id (a UUID) */
  unitId?: InputMaybe<Scalars['ID']['input']>;
  /** 违法行为类型 — violation type code (a code of at most 64 characters, no control characters) */
  violationTypeCode?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of withdrawPenaltyDisclosure and withholdPenaltyDisclosure */
export type PenaltyDisclosurePayload = {
  __typename?: 'PenaltyDisclosurePayload';
  /** The disclosure */
  disclosure: PenaltyDisclosure;
};

/** 裁量适用 — the discretion grade a penalty applied, the facts, and whether its fine lies inside the grade's band */
export type PenaltyDiscretion = {
  __typename?: 'PenaltyDiscretion';
  /** 阶次罚款上限（元） — the band's maximum at the time */
  bandMaxYuan?: Maybe<Scalars['Int']['output']>;
  /** 阶次罚款下限（元） — the band's minimum at the time */
  bandMinYuan?: Maybe<Scalars['Int']['output']>;
  /** 基准版本 — version of the benchmark in force when the case occurred (null: none was in force) */
  benchmarkVersion?: Maybe<Scalars['Int']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 裁量情形 — the facts found that define the grade */
  facts: Scalars['String']['output'];
  /** 裁量阶次 — grade applied */
  grade: DiscretionGrade;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 超出阶次理由 — written reason for a fine outside the band */
  outsideRangeReason?: Maybe<Scalars['String']['output']>;
  /** 在阶次内 — the fine lies inside the grade's band */
  withinGrade: Scalars['Boolean']['output'];
};

/** 裁量适用 — the discretion grade and facts of a penalty (《行政处罚法》第三十四条) */
export type PenaltyDiscretionInput = {
  /** 裁量情形 — the facts found that define the grade, 2–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  facts: Scalars['String']['input'];
  /** 裁量阶次 — grade of the circumstances */
  grade: DiscretionGrade;
  /** 超出阶次理由 — 5–1000 characters; required when the fine lies outside the grade's band (and then the decision needs legal review) (at most 10000 characters, no control characters except tab and line breaks) */
  outsideRangeReason?: InputMaybe<Scalars['String']['input']>;
};

/** 并处处罚 — a measure added to a penalty decision (《行政处罚法》第九条); always a major decision needing legal review */
export type PenaltyMeasure =
  /** 没收违法所得 — confiscation of illegal gains (needs confiscatedValueYuan) */
  | 'CONFISCATE_ILLEGAL_GAINS'
  /** 没收非法财物 — confiscation of illegal property (needs confiscatedValueYuan) */
  | 'CONFISCATE_ILLEGAL_PROPERTY'
  /** 责令停产停业 — order to suspend production or business */
  | 'ORDER_CLOSURE'
  /** 吊销许可证件 — revocation of a licence */
  | 'REVOKE_LICENCE'
  /** 暂扣许可证件 — suspension of a licence */
  | 'SUSPEND_LICENCE';

/** 处罚程序 — penalty procedure */
export type PenaltyProcedure =
  /** 普通程序 — general procedure, decision within 90 days of filing */
  | 'GENERAL'
  /** 简易程序 — on-the-spot decision (≤ ¥200 person, ≤ ¥3,000 organisation) */
  | 'SIMPLE';

/** 统计周期 — a period [from, to) of submission times */
export type PeriodInput = {
  /** Start (inclusive) */
  from: Scalars['DateTimeISO']['input'];
  /** End (exclusive); after `from`, at most 366 days later */
  to: Scalars['DateTimeISO']['input'];
};

/** 自然人当事人 — a person who is a party to a case */
export type Person = {
  __typename?: 'Person';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 身份证号 — masked (110***********1234) except for the case officers and ADMIN */
  idNumber: Scalars['String']['output'];
  /** 姓名 — name */
  name: Scalars['String']['output'];
  /** 联系电话 — masked (138****5678) except for the case officers and ADMIN */
  phone?: Maybe<Scalars['String']['output']>;
};

/** 积分流水 — one entry of a volunteer's points ledger, traceable to its cause */
export type PointEntry = {
  __typename?: 'PointEntry';
  /** 积分 — positive when earned or granted, negative when redeemed or deducted */
  amount: Scalars['Int']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 说明 — description */
  note: Scalars['String']['output'];
  /** 时间 — when */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** 来源 — why */
  reason: PointReason;
  /** 操作人 — subject of the ADMIN or SUPERVISOR who made an ADJUSTMENT; null for earned and spent points */
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** 来源记录 — id of the sign-up, report or redemption behind the entry */
  sourceId: Scalars['ID']['output'];
  /** Volunteer id */
  volunteerId: Scalars['ID']['output'];
};

/** 积分流水列表 — a page of ledger entries */
export type PointEntryConnection = {
  __typename?: 'PointEntryConnection';
  /** One page of PointEntry edges */
  edges: Array<PointEntryEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 积分流水 — an edge holding one PointEntry */
export type PointEntryEdge = {
  __typename?: 'PointEntryEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The PointEntry */
  node: PointEntry;
};

/** 积分来源 — why points were added or taken */
export type PointReason =
  /** 积分调整 — granted or deducted by an ADMIN or SUPERVISOR with a written reason (a correction, a prize) */
  | 'ADJUSTMENT'
  /** 积分兑换 — points spent on a reward */
  | 'REDEMPTION'
  /** 有效随手拍 — a report of the volunteer that was resolved */
  | 'VALID_REPORT'
  /** 志愿服务时长 — approved volunteer hours (10 points per hour) */
  | 'VOLUNTEER_HOURS';

/** 发布课程 — makes a draft course visible to officers */
export type PublishCourseInput = {
  /** 课程 — a draft course with at least one lesson (a UUID) */
  courseId: Scalars['ID']['input'];
};

/** 发布裁量基准 — publish a new version of a violation type's discretion benchmark */
export type PublishDiscretionBenchmarkInput = {
  /** 制定依据 — the adopting document, 4–200 characters, e.g. 兰综执〔2026〕8号 (at most 10000 characters, no control characters except tab and line breaks) */
  adoptedBy: Scalars['String']['input'];
  /** 施行日期 — in force from this moment; not before the latest version's date */
  effectiveFrom: Scalars['DateTimeISO']['input'];
  /** 裁量阶次 — exactly three grades: MINOR, GENERAL, SERIOUS */
  grades: Array<GradeBandInput>;
  /** Violation type code, e.g. SV-01 (a code of at most 64 characters, no control characters) */
  violationTypeCode: Scalars['ID']['input'];
};

/** Result of publishDiscretionBenchmark */
export type PublishDiscretionBenchmarkPayload = {
  __typename?: 'PublishDiscretionBenchmarkPayload';
  /** The new version */
  benchmark: DiscretionBenchmark;
};

export type Query = {
  __typename?: 'Query';
  /** 志愿活动 — activities by start time (public) */
  activities: ActivityConnection;
  /** 志愿活动 — one activity (public) */
  activity: Activity;
  /** 案件 — one case by id */
  case: Case;
  /** 待评队列 — attempts whose case-analysis answers await a trainer, longest waiting first; read each through `review` (trainers) */
  caseAnalysisGradingQueue: ExamAttemptConnection;
  /** 按编号查案件 — one case by its number, e.g. ZF-2026-000123 */
  caseByNumber: Case;
  /** 案件列表 — cases, newest first (officers/supervisors: own unit; ADMIN: all) */
  cases: CaseConnection;
  /** 培训班 — one cohort by id; NOT_FOUND on id when there is none (supervisors, trainers) */
  cohort: Cohort;
  /** 培训班列表 — cohorts, newest first, filtered by name or member (supervisors, trainers) */
  cohorts: CohortConnection;
  /** 便民服务联系卡 — the contact card of the officer stationed in a community, by grid cell (public) */
  communityContactCard: CommunityPost;
  /** 培训课程 — one course by id (staff) */
  course: Course;
  /** 课程目录 — training courses, ordered by code (staff) */
  courses: CourseConnection;
  /** 协作部门 — partner departments, by name (public catalogue) */
  departments: DepartmentConnection;
  /** 干扰项分析 — per question of an exam: how often each option was chosen, difficulty, discrimination and flags, over graded attempts submitted in a period (trainers) */
  distractorAnalysis: DistractorAnalysisReport;
  /** 演练记录 — one run (the trainee, trainers) */
  drillRun: DrillRun;
  /** 讲评列表 — finished runs of a drill, newest first (trainers) */
  drillRuns: DrillRunConnection;
  /** 情景模拟 — drills by code (staff) */
  drills: DrillConnection;
  /** 执法程序公示 — the simple, general and hearing procedures in plain words, with the amounts and deadlines in force (public; always 3 items) */
  enforcementProcedures: Array<EnforcementProcedure>;
  /** 执法统计 — 721 shares, on-time closure, rework, handling time, repeat violations, recording and follow-up coverage */
  enforcementStats: EnforcementStats;
  /** 执法制度阈值历史 — every adopted version, newest first (public) */
  enforcementThresholdHistory: EnforcementThresholdsConnection;
  /** 执法制度阈值 — the thresholds of legal review and disclosure in force (public, no sign-in) */
  enforcementThresholds: EnforcementThresholds;
  /** 考试 — one exam (staff) */
  exam: Exam;
  /** 考试作答 — one attempt (the examinee, trainers) */
  examAttempt: ExamAttempt;
  /** 试题分析 — difficulty and discrimination per question version (trainers) */
  examItemStatistics: Array<ItemStatisticView>;
  /** 考试 — published exams by code (staff) */
  exams: ExamConnection;
  /** 即将到期的资格 — current certifications expiring within N days (1–365), soonest first */
  expiringCertifications: Array<Certification>;
  /** 导出培训班成绩册 — every member of a cohort (at most 5000) with 姓名, 警号, 单位 (then officer and unit ids), assignment totals, certification and one column per assigned course and exam, as .xlsx or .csv (trainers) */
  exportCohortGradebook: ExportedFile;
  /** 导出课程成绩册 — a course’s enrollments (at most 5000) with 姓名, 警号, 单位 (then officer and unit ids), status, due date, overdue and lessons done, as .xlsx or .csv (trainers) */
  exportCourseGradebook: ExportedFile;
  /** 导出成绩册 — the whole gradebook of an exam (at most 5000 officers) with 姓名, 警号, 单位 (then officer and unit ids) from training's copy of the HR roster, as .xlsx or .csv (trainers) */
  exportExamGradebook: ExportedFile;
  /** 导出题库 — the current version of the selected questions (at most 2000) as .xlsx or .csv, in the layout importQuestions reads (标签 separated by ；) (trainers) */
  exportQuestions: ExportedFile;
  /** 外部培训申报 — all claims (trainers) or the caller’s own (officers), oldest first */
  externalTrainingClaims: ExternalTrainingClaimConnection;
  /** 网格 — one grid cell by code (public) */
  gridCell: GridCell;
  /** 定位网格 — the grid cell containing a point, if any (public) */
  gridCellAt?: Maybe<GridCell>;
  /** 网格列表 — grid cells, ordered by code (public) */
  gridCells: GridCellConnection;
  /** 引导员值班表 — a zone's current and upcoming guide shifts, earliest first (public) */
  guideShifts: GuideShiftConnection;
  /** 法条库 — law article versions (trainers) */
  lawArticles: LawArticleConnection;
  /** 法制审核列表 — legal reviews, oldest request first (LEGAL_REVIEWER, ADMIN) */
  legalReviews: LegalReviewConnection;
  /** 商户 — one merchant by id (officers, supervisors, ADMIN) */
  merchant: Merchant;
  /** 诚信公示查询 — find merchants by name or unified social credit code and read their public credit sign (public, no sign-in) */
  merchantCreditSigns: CreditSignConnection;
  /** 走访记录 — one visit with its concerns (the visiting officer, staff of the squad, ADMIN) */
  merchantVisit: MerchantVisit;
  /** 我的积分流水 — the caller's points ledger, newest first */
  myPointEntries: PointEntryConnection;
  /** 我的志愿服务记录 — the caller's record of approved service, with a CSV export (volunteers) */
  myServiceRecord: ServiceRecord;
  /** 我的报名 — the caller's sign-ups, latest activity first */
  mySignUps: ActivitySignUpConnection;
  /** 我的摊位申请 — the caller's stall applications, newest first */
  myStallApplications: StallPermitConnection;
  /**
   * 我的培训提醒 — the signed-in officer’s new assignments, due-date changes, due-soon and overdue courses and certification expiry, newest first (officers)
   * @deprecated Use Officer.notifications (the same list, with external claims decided): officer(id: <your id>) { notifications { … } }
   */
  myTrainingNotifications: TrainingNotificationList;
  /** 我的志愿者档案 — the caller's volunteer profile, if registered */
  myVolunteerProfile?: Maybe<Volunteer>;
  /** 城管观察员 — observer appointments, latest term first (staff) */
  observers: ObserverConnection;
  /** 执法队员 — one officer by id (signed-in callers) */
  officer: Officer;
  /** 监督反馈列表 — praise and complaints, newest first (supervisors) */
  officerFeedback: OfficerFeedbackConnection;
  /** 执法监督码 — public supervision card of an officer */
  officerSupervisionCard: SupervisionCard;
  /** 执法队员名册 — officers, ordered by badge number (signed-in callers) */
  officers: OfficerConnection;
  /** 宣传教育活动 — outreach events, earliest first (public: citizens and schools see what is on) */
  outreachEvents: OutreachEventConnection;
  /** 逾期未完成 — assignments past their due date, oldest first (supervisors, trainers) */
  overdueAssignments: EnrollmentConnection;
  /** 超期未回访 — closed cases still without a follow-up 3 days after closure */
  overdueFollowUps: CaseConnection;
  /** 公众参与统计 — report KPIs for a period, optionally one grid cell (staff) */
  participationStats: ParticipationStats;
  /** 公示待办 — penalty decisions of a unit not yet published, with their publication deadlines (SUPERVISOR, ADMIN) */
  penaltyDisclosureBacklog: DisclosureBacklog;
  /** 行政处罚决定公示 — published penalty decisions, newest first (public, no sign-in); persons by surname only (国办发〔2018〕118号) */
  penaltyDisclosures: PenaltyDisclosureConnection;
  /** 积分榜 — points earned in a period, highest first (public, names masked) */
  pointsLeaderboard: Array<LeaderboardEntry>;
  /** 试题预览 — the current version exactly as an examinee sees it (no answers; trainers) */
  questionPreview: AttemptQuestion;
  /** 题库 — bank questions by topic, filtered and searched (trainers) */
  questions: QuestionReviewConnection;
  /** 待复核试题 — questions whose cited law changed (trainers) */
  questionsNeedingReview: QuestionReviewConnection;
  /** 随手拍 — one report by id (staff) */
  report: Report;
  /** 随手拍列表 — reports, newest first (staff; officers see their own) */
  reports: ReportConnection;
  /** 积分兑换目录 — rewards available, cheapest first (public) */
  rewards: Array<Reward>;
  /** 满意度统计 — survey averages per subject for a period (supervisors) */
  satisfactionStats: Array<SatisfactionStats>;
  /** 便民服务点 — one service point (public) */
  servicePoint: ServicePoint;
  /** 便民服务点 — service points by name (public) */
  servicePoints: ServicePointConnection;
  /** 摊位 — one stall (public) */
  stall: Stall;
  /** 摊位申请 — one application (the applicant, staff of the squad, ADMIN) */
  stallPermit: StallPermit;
  /** 摊位 — the stalls of a vending zone by number, e.g. the FREE ones (public) */
  stalls: StallConnection;
  /** 评比结果 — streets of a round ranked by total (public) */
  streetRatingResults: Array<StreetRatingResult>;
  /** 街路评比 — rating rounds, newest first (public) */
  streetRatingRounds: StreetRatingRoundConnection;
  /** 进度查询 — public progress of a report by its tracking code */
  trackReport: Report;
  /** 培训合规 — hours, quotas, overdue assignments, new-hire induction, certificates expiring / expired and duty-ineligible officers: overall, per unit, and rolled up the unit tree to brigade and bureau. Trainers and admins: any unit, or the whole bureau. Supervisors: their own unit and the units below it (the default; FORBIDDEN on another unit) */
  trainingCompliance: TrainingComplianceReport;
  /**
   * 培训合规汇总 — per unit and rolled up to brigade and bureau: share of officers who completed required training and who are duty-eligible, certificates expiring / expired (trainers: any unit; supervisors: their own unit and below)
   * @deprecated Use trainingCompliance(year, unitId) { byUnitTree }: the same roll-up to brigade and bureau, with hours, quotas, induction, certificates and duty-ineligible officers per level
   */
  trainingComplianceRollup: TrainingComplianceRollup;
  /** 执法单位 — one unit by id (public) */
  unit: Unit;
  /** 执法单位 — units, optionally the children of one unit (public) */
  units: UnitConnection;
  /** 便民疏导点 — one vending zone (public) */
  vendingZone: VendingZone;
  /** 便民疏导点 — open vending zones by name (public) */
  vendingZones: VendingZoneConnection;
  /** 附近的疏导点 — open vending zones near a point, nearest first (public) */
  vendingZonesNear: NearbyVendingZoneConnection;
  /** 违法行为类型 — one catalogue entry by code (public) */
  violationType: ViolationType;
  /** 违法行为类型目录 — the violation-type catalogue (public) */
  violationTypes: ViolationTypeConnection;
  /** 志愿者队伍 — teams, oldest first (signed-in callers) */
  volunteerTeams: VolunteerTeamConnection;
  /** 志愿者列表 — volunteers in registration order (staff) */
  volunteers: VolunteerConnection;
  /** 吹哨超时 — whistles answered late or still unanswered past their deadline */
  whistleBreaches: WhistleConnection;
  /** 721 工作量 — service, management and enforcement work of a unit (with the units under it) or the whole bureau in a period of at most 366 days, with shares and the distance from 70/20/10 in `split` (SUPERVISOR: own unit; ADMIN: any unit, or the bureau without unitId) */
  workMix: WorkMix;
};


export type QueryActivitiesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ActivityFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryActivityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCaseAnalysisGradingQueueArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  examId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryCaseByNumberArgs = {
  number: Scalars['String']['input'];
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CaseFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryCohortArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCohortsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CohortFilterInput>;
  first?: Scalars['Int']['input'];
};


export type QueryCommunityContactCardArgs = {
  gridCode: Scalars['ID']['input'];
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CourseFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryDepartmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryDistractorAnalysisArgs = {
  examId: Scalars['ID']['input'];
  from: Scalars['DateTimeISO']['input'];
  to: Scalars['DateTimeISO']['input'];
};


export type QueryDrillRunArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDrillRunsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  drillId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


export type QueryDrillsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryEnforcementStatsArgs = {
  gridCode?: InputMaybe<Scalars['ID']['input']>;
  period: StatsPeriodInput;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryEnforcementThresholdHistoryArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryEnforcementThresholdsArgs = {
  at?: InputMaybe<Scalars['DateTimeISO']['input']>;
};


export type QueryExamArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExamAttemptArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExamItemStatisticsArgs = {
  examId: Scalars['ID']['input'];
};


export type QueryExamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryExpiringCertificationsArgs = {
  withinDays: Scalars['Int']['input'];
};


export type QueryExportCohortGradebookArgs = {
  cohortId: Scalars['ID']['input'];
  format: SpreadsheetFormat;
};


export type QueryExportCourseGradebookArgs = {
  courseId: Scalars['ID']['input'];
  format: SpreadsheetFormat;
};


export type QueryExportExamGradebookArgs = {
  examId: Scalars['ID']['input'];
  format: SpreadsheetFormat;
};


export type QueryExportQuestionsArgs = {
  filter?: InputMaybe<QuestionFilterInput>;
  format: SpreadsheetFormat;
};


export type QueryExternalTrainingClaimsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  status?: InputMaybe<ClaimStatus>;
};


export type QueryGridCellArgs = {
  code: Scalars['ID']['input'];
};


export type QueryGridCellAtArgs = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};


export type QueryGridCellsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<GridCellFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryGuideShiftsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  zoneId: Scalars['ID']['input'];
};


export type QueryLawArticlesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryLegalReviewsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<LegalReviewFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryMerchantArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMerchantCreditSignsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  search: Scalars['String']['input'];
};


export type QueryMerchantVisitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryMyPointEntriesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryMySignUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryMyStallApplicationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryObserversArgs = {
  activeOn?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryOfficerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfficerFeedbackArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfficerFeedbackFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryOfficerSupervisionCardArgs = {
  officerId: Scalars['ID']['input'];
};


export type QueryOfficersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfficerFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryOutreachEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['DateTimeISO']['input']>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryOverdueAssignmentsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  courseId?: InputMaybe<Scalars['ID']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryOverdueFollowUpsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryParticipationStatsArgs = {
  gridCode?: InputMaybe<Scalars['ID']['input']>;
  period: PeriodInput;
};


export type QueryPenaltyDisclosureBacklogArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryPenaltyDisclosuresArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<PenaltyDisclosureFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryPointsLeaderboardArgs = {
  first?: Scalars['Int']['input'];
  period: PeriodInput;
};


export type QueryQuestionPreviewArgs = {
  id: Scalars['ID']['input'];
};


export type QueryQuestionsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<QuestionFilterInput>;
  first?: Scalars['Int']['input'];
};


export type QueryQuestionsNeedingReviewArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryReportArgs = {
  id: Scalars['ID']['input'];
};


export type QueryReportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ReportFilter>;
  first?: Scalars['Int']['input'];
};


export type QuerySatisfactionStatsArgs = {
  period: SurveyPeriodInput;
};


export type QueryServicePointArgs = {
  id: Scalars['ID']['input'];
};


export type QueryServicePointsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ServicePointFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryStallArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStallPermitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryStallsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<StallFilter>;
  first?: Scalars['Int']['input'];
  zoneId: Scalars['ID']['input'];
};


export type QueryStreetRatingResultsArgs = {
  roundId: Scalars['ID']['input'];
};


export type QueryStreetRatingRoundsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryTrackReportArgs = {
  trackingCode: Scalars['String']['input'];
};


export type QueryTrainingComplianceArgs = {
  cohortId?: InputMaybe<Scalars['ID']['input']>;
  officerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  unitId?: InputMaybe<Scalars['ID']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryTrainingComplianceRollupArgs = {
  unitId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryVendingZoneArgs = {
  id: Scalars['ID']['input'];
};


export type QueryVendingZonesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VendingZoneFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryVendingZonesNearArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  kind?: InputMaybe<VendingZoneKind>;
  near: GeoPointInput;
  openAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  radiusMeters?: Scalars['Int']['input'];
};


export type QueryViolationTypeArgs = {
  code: Scalars['ID']['input'];
};


export type QueryViolationTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ViolationTypeFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryVolunteerTeamsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryVolunteersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<VolunteerFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryWhistleBreachesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
};


export type QueryWorkMixArgs = {
  period: StatsPeriodInput;
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 题库试题 — a question bank item (trainers); content is versioned */
export type Question = {
  __typename?: 'Question';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 当前版本 — the content new attempts draw (stem, explanation, cited law article) */
  current: QuestionVersion;
  /** 当前版本号 — the version new attempts draw */
  currentVersion: Scalars['Int']['output'];
  /** 难度 — difficulty */
  difficulty: Difficulty;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 法条 — law article, e.g. 《行政处罚法》第三十三条 */
  lawArticle?: Maybe<Scalars['String']['output']>;
  /** 待复核 — a law article its current version cites was amended or retired; random papers skip it */
  needsReview: Scalars['Boolean']['output'];
  /** 复核原因 — why it needs review */
  reviewReason?: Maybe<Scalars['String']['output']>;
  /** 标签 — free tags trainers group questions by beside the topic (e.g. 夜市, 新任队员); 0–10, each 1–20 characters */
  tags: Array<Scalars['String']['output']>;
  /** 知识点 — topic, e.g. 首违不罚 */
  topic: Scalars['String']['output'];
  /** 题型 — type (fixed for the item’s life) */
  type: QuestionType;
};

/** 试题内容 — the versioned content of a question */
export type QuestionContentInput = {
  /** 解析 — explanation shown after grading, 2–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  explanation: Scalars['String']['input'];
  /** 关键词 — SHORT_ANSWER: 1–10 keywords, alternatives separated by |; CASE_ANALYSIS: 1–10 rubric criteria (评分要点) the grading trainer scores against (at most 10000 characters, no control characters except tab and line breaks) */
  keywords?: Array<Scalars['String']['input']>;
  /** 选项 — choice types: 2–6 (TRUE_FALSE: leave empty and set trueFalseAnswer) */
  options?: Array<OptionInput>;
  /** 题干 — 5–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  stem: Scalars['String']['input'];
  /** 判断题答案 — TRUE_FALSE only */
  trueFalseAnswer?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 待复核试题 — an edge holding one Question */
export type QuestionEdge = {
  __typename?: 'QuestionEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Question */
  node: Question;
};

/** 题库筛选 — every given criterion must hold (AND); omit a field to ignore it */
export type QuestionFilterInput = {
  /** 难度 — difficulty */
  difficulty?: InputMaybe<Difficulty>;
  /** 所引法条 — the current version cites this law article version (a UUID) */
  lawArticleId?: InputMaybe<Scalars['ID']['input']>;
  /** 待复核 — true: only flagged questions; false: only unflagged */
  needsReview?: InputMaybe<Scalars['Boolean']['input']>;
  /** 关键字 — the current stem contains this text, 1–50 characters (at most 10000 characters, no control characters except tab and line breaks) */
  search?: InputMaybe<Scalars['String']['input']>;
  /** 标签 — carries this tag, 1–20 characters (at most 10000 characters, no control characters except tab and line breaks) */
  tag?: InputMaybe<Scalars['String']['input']>;
  /** 知识点 — exact topic, 2–40 characters (at most 10000 characters, no control characters except tab and line breaks) */
  topic?: InputMaybe<Scalars['String']['input']>;
  /** 题型 — type */
  type?: InputMaybe<QuestionType>;
  /** 所属考试 — in this exam’s FIXED paper or in one of its RANDOM draw pools (a UUID) */
  usedByExamId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of createQuestion / reviseQuestion */
export type QuestionPayload = {
  __typename?: 'QuestionPayload';
  /** The question */
  question: Question;
  /** Its current (new) version */
  version: QuestionVersion;
};

/** 试题列表 — a page of bank questions (questions, questionsNeedingReview) */
export type QuestionReviewConnection = {
  __typename?: 'QuestionReviewConnection';
  /** One page of Question edges */
  edges: Array<QuestionEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
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

/** 试题版本 — immutable content of a question with its answer (trainers only) */
export type QuestionVersion = {
  __typename?: 'QuestionVersion';
  /** 修订人 — author of this version */
  authoredBy?: Maybe<Scalars['String']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 解析 — explanation */
  explanation: Scalars['String']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 所引法条版本 — the law article version this content cites */
  lawArticleId?: Maybe<Scalars['ID']['output']>;
  /** 试题 — question id */
  questionId: Scalars['ID']['output'];
  /** 题干 — stem */
  stem: Scalars['String']['output'];
  /** 版本号 — 1, 2, … */
  version: Scalars['Int']['output'];
};

/** 配额达标情况 — one category quota (categories combined) against its minimum */
export type QuotaStatus = {
  __typename?: 'QuotaStatus';
  /** 计入类别 — categories whose hours count (combined) */
  categories: Array<CourseCategory>;
  /** 配额编号 — quota code, e.g. FLEXIBLE_AND_COMMUNICATION */
  code: Scalars['String']['output'];
  /** 已获学时 — hours in these categories */
  hours: Scalars['Float']['output'];
  /** 是否达标 — hours ≥ requiredHours */
  met: Scalars['Boolean']['output'];
  /** 配额名称 — name */
  name: Scalars['String']['output'];
  /** 最低学时 — minimum hours a year */
  requiredHours: Scalars['Float']['output'];
};

/** 社区评价 — rate a community post 1–5 (双线考核): a supervisor of the squad on the squad line, any other signed-in caller as a resident; rating again replaces the earlier rating */
export type RateCommunityPostInput = {
  /** 社区工作站 — the community post (UUID) (a UUID) */
  postId: Scalars['ID']['input'];
  /** 评分 — 1 (poor) to 5 (excellent) */
  score: Scalars['Int']['input'];
};

/** Result of rateCommunityPost */
export type RateCommunityPostPayload = {
  __typename?: 'RateCommunityPostPayload';
  /** The post's assessment after the rating */
  assessment: CommunityAssessment;
};

/** 评价 — the citizen rates the outcome once */
export type RateReportInput = {
  /** 评价内容 — optional comment, up to 500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 评分 — 1 (very unsatisfied) to 5 (very satisfied) */
  rating: Scalars['Int']['input'];
  /** 查询密钥 — the secret returned at submission (anonymous reporters) (at most 10000 characters, no control characters except tab and line breaks) */
  reporterSecret?: InputMaybe<Scalars['String']['input']>;
  /** 查询码 — tracking code (at most 10000 characters, no control characters except tab and line breaks) */
  trackingCode: Scalars['String']['input'];
};

/** 评比状态 — whether a street rating round takes scores */
export type RatingRoundStatus =
  /** 已结束 — results final */
  | 'CLOSED'
  /** 进行中 — taking scores */
  | 'OPEN';

/** 记录办理结论 — end a case in progress without a disposition; the case needs at least one evidence item */
export type RecordCaseFindingInput = {
  /** Case id (IN_PROGRESS, no disposition yet) (a UUID) */
  caseId: Scalars['ID']['input'];
  /** 结论 — kind of finding */
  kind: CaseFindingKind;
  /** 理由 — written reason, 5 to 1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
};

/** Result of recordCaseFinding */
export type RecordCaseFindingPayload = {
  __typename?: 'RecordCaseFindingPayload';
  /** The case */
  case: Case;
  /** The stored finding */
  finding: CaseFinding;
};

/** 记录处置决定 — record a disposition on a case in progress */
export type RecordDispositionInput = {
  /** 以劳代罚活动 — LABOR_IN_LIEU: the participation activity (labor-in-lieu session) to serve in (a UUID) */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** Case id (a UUID) */
  caseId: Scalars['ID']['input'];
  /** 没收金额（元） — required with a confiscation measure and only then: whole yuan, 1–100,000,000 */
  confiscatedValueYuan?: InputMaybe<Scalars['Int']['input']>;
  /** 偏离理由 — required when the kind differs from the recommendation (at most 10000 characters, no control characters except tab and line breaks) */
  deviationReason?: InputMaybe<Scalars['String']['input']>;
  /** 裁量适用 — required for PENALTY (else BAD_USER_INPUT on input.discretion): grade and facts under the benchmark in force when the case occurred; a fine outside the band needs a reason and an approved legal review */
  discretion?: InputMaybe<PenaltyDiscretionInput>;
  /** 罚款（元） — PENALTY: inside the violation type's legal range; LABOR_IN_LIEU: the fine it replaces (applies again if the labor lapses) */
  fineYuan?: InputMaybe<Scalars['Int']['input']>;
  /** 处置方式 — kind. PENALTY and LABOR_IN_LIEU need a RECORDING evidence item first (else BAD_USER_INPUT on input.kind) */
  kind: DispositionKind;
  /** 公益劳动时长（小时） — LABOR_IN_LIEU: more than 0; with fineYuan it must equal the conversion (default ¥50 an hour, rounded up) */
  laborHours?: InputMaybe<Scalars['Int']['input']>;
  /** 以劳代罚服务人 — LABOR_IN_LIEU (required there, else BAD_USER_INPUT on input.laborServedBy): the citizen account (sign-in subject, 1 to 64 characters) of the party, or of the person the party names, who serves the hours; only that account can sign up with this disposition (at most 10000 characters, no control characters except tab and line breaks) */
  laborServedBy?: InputMaybe<Scalars['String']['input']>;
  /** 并处 — PENALTY only, at most 4 distinct measures, not both SUSPEND_LICENCE and REVOKE_LICENCE (else BAD_USER_INPUT on input.measures); each makes the decision major: it needs an approved legal review of exactly these measures */
  measures?: InputMaybe<Array<PenaltyMeasure>>;
  /** 当事人同意以劳代罚 — the party agrees to labor in lieu (required for LABOR_IN_LIEU; recorded in the timeline) */
  partyAgreesToLabor?: Scalars['Boolean']['input'];
  /** 变更理由 — required (5 to 1000 characters) when the case already has an effective decision: a supervisor supersedes it; the 721 track stays the first decision's (at most 10000 characters, no control characters except tab and line breaks) */
  supersedeReason?: InputMaybe<Scalars['String']['input']>;
};

/** Result of recordDisposition */
export type RecordDispositionPayload = {
  __typename?: 'RecordDispositionPayload';
  /** The case; its 721 track is set by the first effective decision only */
  case: Case;
  /** The recorded disposition */
  disposition: Disposition;
};

/** 记录回访 — record the follow-up visit of a closed case */
export type RecordFollowUpInput = {
  /** Case id (CLOSED) (a UUID) */
  caseId: Scalars['ID']['input'];
  /** 回访意见 — comments, up to 1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 满意度 — 1…5 */
  satisfaction: Scalars['Int']['input'];
};

/** Result of recordFollowUp */
export type RecordFollowUpPayload = {
  __typename?: 'RecordFollowUpPayload';
  /** The stored follow-up */
  followUp: FollowUp;
};

/** 学时更正 — a correcting ledger entry (entries are never edited) */
export type RecordHoursCorrectionInput = {
  /** 类别 — category corrected */
  category: CourseCategory;
  /** 学时 — −100…100, non-zero, multiple of 0.5; negative deducts */
  hours: Scalars['Float']['input'];
  /** 队员 — officer id (a UUID) */
  officerId: Scalars['ID']['input'];
  /** 更正原因 — reason, 5–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
  /** 年度 — 2000–2100 */
  year: Scalars['Int']['input'];
};

/** 登记走访 — record a visit to a merchant (the visiting officer) */
export type RecordMerchantVisitInput = {
  /** 诉求 — the concerns raised, 0–20 */
  concerns: Array<VisitConcernInput>;
  /** 网格编码 — grid cell where the merchant trades (up to 20 characters) (a code of at most 64 characters, no control characters) */
  gridCode: Scalars['ID']['input'];
  /** 商户 — enforcement Merchant id (UUID) (a UUID) */
  merchantId: Scalars['ID']['input'];
  /** 走访记录 — 2–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  note: Scalars['String']['input'];
  /** 走访时间 — when; not in the future, at most 30 days ago */
  visitedAt: Scalars['DateTimeISO']['input'];
};

/** Result of recordMerchantVisit */
export type RecordMerchantVisitPayload = {
  __typename?: 'RecordMerchantVisitPayload';
  /** The recorded visit */
  visit: MerchantVisit;
};

/** 当场处置 — an officer on the street opens, files and takes a case and decides it in one step (simple procedure); verification and closure stay with someone else */
export type RecordOnTheSpotInput = {
  /** 案件 — the case, as for createCase (a grid cell of your unit) */
  case: CreateCaseInput;
  /** 偏离理由 — 5 to 1000 characters; required when the kind differs from the ladder's recommendation (at most 10000 characters, no control characters except tab and line breaks) */
  deviationReason?: InputMaybe<Scalars['String']['input']>;
  /** 裁量适用 — required for PENALTY (else BAD_USER_INPUT on input.discretion): grade and facts under the benchmark in force when the case occurred (行政处罚裁量基准); a fine outside the grade needs a legal review, which a simple-procedure fine on the spot cannot wait for */
  discretion?: InputMaybe<PenaltyDiscretionInput>;
  /** 现场证据 — 1 to 10 items; a PENALTY needs a RECORDING among them (执法全过程记录) */
  evidence: Array<EvidenceItemInput>;
  /** 罚款（元） — PENALTY only: at most ¥200 for a person, ¥3,000 for an organisation (行政处罚法第五十一条), and inside the violation type's range */
  fineYuan?: InputMaybe<Scalars['Int']['input']>;
  /** 处置方式 — WARNING, SERVICE or PENALTY (a simple-procedure fine); other kinds answer BAD_USER_INPUT on input.kind */
  kind: DispositionKind;
  /** 在场的第二名执法人员 — an active officer of your unit other than you (行政处罚法第四十二条: 不得少于两人) (a UUID) */
  secondOfficerId: Scalars['ID']['input'];
};

/** Result of recordOnTheSpot */
export type RecordOnTheSpotPayload = {
  __typename?: 'RecordOnTheSpotPayload';
  /** The case, RESOLVED and awaiting verification by someone else */
  case: Case;
  /** The decision taken on the spot */
  disposition: Disposition;
};

/** 登记参加人数 — record how many attended (the organising squad, ADMIN) */
export type RecordOutreachAttendanceInput = {
  /** 参加人数 — 0–5,000; recording again replaces the figure */
  attendance: Scalars['Int']['input'];
  /** 活动 — the outreach event (UUID); it must have started (a UUID) */
  eventId: Scalars['ID']['input'];
};

/** 登记服务人次 — add the visits of one day to a service point (staff of its squad, ADMIN) */
export type RecordServicePointVisitsInput = {
  /** 日期 — the China-time day, YYYY-MM-DD, not in the future (at most 10000 characters, no control characters except tab and line breaks) */
  day: Scalars['String']['input'];
  /** 服务点 — the service point (UUID) (a UUID) */
  servicePointId: Scalars['ID']['input'];
  /** 服务对象 — who came */
  visitorGroup: VisitorGroup;
  /** 人次 — visits to add, 1–2000 */
  visits: Scalars['Int']['input'];
};

/** Result of recordServicePointVisits */
export type RecordServicePointVisitsPayload = {
  __typename?: 'RecordServicePointVisitsPayload';
  /** The service point, with its new totals */
  servicePoint: ServicePoint;
};

/** 积分兑换 — spend points on a catalogue reward */
export type RedeemRewardInput = {
  /** Reward id (a UUID) */
  rewardId: Scalars['ID']['input'];
};

/** Result of redeemReward */
export type RedeemRewardPayload = {
  __typename?: 'RedeemRewardPayload';
  /** Balance after the redemption */
  balance: Scalars['Int']['output'];
  /** The ledger entry taking the points */
  entry: PointEntry;
  /** The redemption */
  redemption: Redemption;
};

/** 兑换记录 — a redemption of points for a reward */
export type Redemption = {
  __typename?: 'Redemption';
  /** 消耗积分 — points spent */
  cost: Scalars['Int']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Reward id */
  rewardId: Scalars['ID']['output'];
  /** Volunteer id */
  volunteerId: Scalars['ID']['output'];
};

/** 登记商户 — register a merchant as a party */
export type RegisterMerchantInput = {
  /** 经营地址 — 2–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  address: Scalars['String']['input'];
  /** 经营类型 — business type */
  businessType: BusinessType;
  /** 统一社会信用代码 — 18 characters with a valid check character (none for unlicensed vendors) (at most 10000 characters, no control characters except tab and line breaks) */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  /** 商户名称 — 2–100 characters (at most 10000 characters, no control characters except tab and line breaks) */
  name: Scalars['String']['input'];
  /** 经营者 — operator, 1–40 characters (at most 10000 characters, no control characters except tab and line breaks) */
  operatorName: Scalars['String']['input'];
  /** 联系电话 — mainland mobile number; stored protected (at most 10000 characters, no control characters except tab and line breaks) */
  operatorPhone?: InputMaybe<Scalars['String']['input']>;
};

/** Result of registerMerchant */
export type RegisterMerchantPayload = {
  __typename?: 'RegisterMerchantPayload';
  /** The merchant (the existing one when the credit code is already registered) */
  merchant: Merchant;
};

/** 登记自然人当事人 — register a person as a party */
export type RegisterPersonInput = {
  /** 身份证号 — 18 characters with a valid check character; stored protected (at most 10000 characters, no control characters except tab and line breaks) */
  idNumber: Scalars['String']['input'];
  /** 姓名 — 1–40 characters (at most 10000 characters, no control characters except tab and line breaks) */
  name: Scalars['String']['input'];
  /** 联系电话 — mainland mobile number; stored protected (at most 10000 characters, no control characters except tab and line breaks) */
  phone?: InputMaybe<Scalars['String']['input']>;
};

/** Result of registerPerson */
export type RegisterPersonPayload = {
  __typename?: 'RegisterPersonPayload';
  /** The person (the existing one when the ID number is already registered) */
  person: Person;
};

/** 志愿者注册 — register the signed-in caller as a volunteer */
export type RegisterVolunteerInput = {
  /** 服务网格 — preferred grid cell code (a code of at most 64 characters, no control characters) */
  gridCode?: InputMaybe<Scalars['ID']['input']>;
  /** 姓名 — full name, 2–40 characters (at most 10000 characters, no control characters except tab and line breaks) */
  name: Scalars['String']['input'];
  /** 手机号 — 11-digit mainland mobile number (kept protected) (at most 10000 characters, no control characters except tab and line breaks) */
  phone: Scalars['String']['input'];
  /** 技能 — up to 8 skills */
  skills?: Array<VolunteerSkill>;
};

/** 重新评分 — regrade an exam’s submitted attempts after a question of it was fixed with reviseQuestion */
export type RegradeExamAttemptsInput = {
  /** 考试 — exam id (a UUID) */
  examId: Scalars['ID']['input'];
  /** 试题 — the revised question; attempts graded against an older version of it are regraded against the current one (a UUID) */
  questionId: Scalars['ID']['input'];
  /** 原因 — why (kept in each attempt’s scoreHistory), 1–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
};

/** Result of regradeExamAttempts and regradeExam */
export type RegradeExamAttemptsPayload = {
  __typename?: 'RegradeExamAttemptsPayload';
  /** 本次重评的作答 — the attempts regraded now (empty when none was graded against an older version: regrading twice changes nothing) */
  attempts: Array<ExamAttempt>;
  /** 重评试题 — the fixed questions whose answers were regraded now, by id (empty when nothing was stale) */
  questionIds: Array<Scalars['ID']['output']>;
  /** 得分变化数 — how many of them changed score */
  scoreChanged: Scalars['Int']['output'];
};

/** 整卷重新评分 — regrade every submitted attempt of an exam against the current version of every question fixed since it was graded */
export type RegradeExamInput = {
  /** 考试 — exam id (a UUID) */
  examId: Scalars['ID']['input'];
  /** 原因 — why (kept in each attempt’s scoreHistory), 1–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
};

/** 摊位许可续期 — renew an allocated permit for another year, in the 30 days before it expires (the merchant's operator, staff of the squad) */
export type RenewStallPermitInput = {
  /** 摊位许可 — the permit (UUID) (a UUID) */
  permitId: Scalars['ID']['input'];
};

/** 市民随手拍 — citizen report (owned by the participation subgraph) */
export type Report = {
  __typename?: 'Report';
  /** 地址 — address as given */
  address: Scalars['String']['output'];
  /** 责任网格员 — officer the report was dispatched to (staff) */
  assignedOfficer?: Maybe<Officer>;
  /** 关联案件 — the enforcement case opened from this report (staff) */
  case?: Maybe<Case>;
  /** 问题类别 — category */
  category: ReportCategory;
  /** 联系电话 — in full to the signed-in citizen who submitted the report, masked (138****5678) to the handling staff, null to anyone else */
  contactPhone?: Maybe<Scalars['String']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 问题描述 — what the citizen saw */
  description: Scalars['String']['output'];
  /** 复核次数 — how often the citizen disputed the resolution */
  disputeCount: Scalars['Int']['output'];
  /** 重复于 — the original report this one duplicates */
  duplicateOf?: Maybe<Report>;
  /** 重复上报 — later reports linked to this one as near-duplicates */
  duplicates: Array<Report>;
  /** 首次响应时间 — first status change after submission */
  firstResponseAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 所属网格 — grid cell the report was dispatched to */
  grid?: Maybe<GridCell>;
  /** Report id */
  id: Scalars['ID']['output'];
  /** Latitude (WGS-84) */
  lat: Scalars['Float']['output'];
  /** Longitude (WGS-84) */
  lng: Scalars['Float']['output'];
  /** 需人工分拨 — outside every grid cell; waits for manual triage */
  needsManualTriage: Scalars['Boolean']['output'];
  /** 照片 — photo URIs */
  photoUris: Array<Scalars['String']['output']>;
  /** 评价时间 — when it was rated */
  ratedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 满意度评分 — the citizen's rating 1–5 */
  rating?: Maybe<Scalars['Int']['output']>;
  /** 评价内容 — the citizen's comment (handling staff only) */
  ratingComment?: Maybe<Scalars['String']['output']>;
  /** 处置时间 — when it was last marked RESOLVED */
  resolvedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 处理状态 — status */
  status: ReportStatus;
  /** 提交时间 — when it was submitted */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** 处理进度 — every step, oldest first (public) */
  timeline: Array<ReportEvent>;
  /** 查询码 — public tracking code, e.g. SSP-7K3M9Q2X */
  trackingCode: Scalars['String']['output'];
};

/** 操作角色 — role of whoever made a step (no personal identity) */
export type ReportActorRole =
  /** 指挥中心 — command centre / administrator */
  | 'ADMIN'
  /** 市民 — the reporting citizen */
  | 'CITIZEN'
  /** 网格员 — grid officer */
  | 'OFFICER'
  /** 中队督查 — supervisor */
  | 'SUPERVISOR'
  /** 系统 — automatic step (e.g. dispatch) */
  | 'SYSTEM';

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

/** 随手拍列表 — a page of citizen reports */
export type ReportConnection = {
  __typename?: 'ReportConnection';
  /** One page of Report edges */
  edges: Array<ReportEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 随手拍 — an edge holding one Report */
export type ReportEdge = {
  __typename?: 'ReportEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Report */
  node: Report;
};

/** 处理记录 — one step in a report's public timeline */
export type ReportEvent = {
  __typename?: 'ReportEvent';
  /** 操作角色名称 — role as shown to citizens, e.g. 网格员 */
  actorLabel: Scalars['String']['output'];
  /** 操作角色 — role that made the step */
  actorRole: ReportActorRole;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 原状态 — status before the step (null at submission) */
  fromStatus?: Maybe<ReportStatus>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 处理说明 — public note of the step */
  note: Scalars['String']['output'];
  /** 时间 — when the step happened */
  occurredAt: Scalars['DateTimeISO']['output'];
  /** 新状态 — status after the step */
  toStatus: ReportStatus;
};

/** Filter for the report list */
export type ReportFilter = {
  /** Only this category */
  category?: InputMaybe<ReportCategory>;
  /** Only reports dispatched to this grid cell (a code of at most 64 characters, no control characters) */
  gridCode?: InputMaybe<Scalars['ID']['input']>;
  /** 需人工分拨 — true: only reports outside every grid cell, waiting for manual triage */
  needsManualTriage?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only reports in this status */
  status?: InputMaybe<ReportStatus>;
};

/** Result of a report lifecycle mutation */
export type ReportPayload = {
  __typename?: 'ReportPayload';
  /** The report after the change */
  report: Report;
};

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

/** 提请法制审核 — ask the 法制科 to review a proposed decision on a case IN_PROGRESS (one pending review per case) */
export type RequestLegalReviewInput = {
  /** Case id (IN_PROGRESS, yours or your unit's as supervisor) (a UUID) */
  caseId: Scalars['ID']['input'];
  /** 拟没收金额（元） — required with a confiscation measure and only then: whole yuan, 1–100,000,000 */
  confiscatedValueYuan?: InputMaybe<Scalars['Int']['input']>;
  /** 裁量适用 — required for PENALTY: grade, facts and any reason for leaving the band */
  discretion?: InputMaybe<PenaltyDiscretionInput>;
  /** 拟罚款（元） — inside the violation type's legal range */
  fineYuan: Scalars['Int']['input'];
  /** 拟处理决定 — PENALTY or LABOR_IN_LIEU (else BAD_USER_INPUT on input.kind) */
  kind: DispositionKind;
  /** 拟并处 — PENALTY only, as in recordDisposition (the decision later recorded must name exactly these) */
  measures?: InputMaybe<Array<PenaltyMeasure>>;
  /** 案情及拟处理意见 — facts, evidence and proposal, 10–2000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  summary: Scalars['String']['input'];
};

/** 响应 — the department answers a whistle */
export type RespondToWhistleInput = {
  /** 处理结果 — 2–2000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  response: Scalars['String']['input'];
  /** Whistle id (a UUID) */
  whistleId: Scalars['ID']['input'];
};

/** 废止法条 — the article is repealed */
export type RetireLawArticleInput = {
  /** 法条版本 — the CURRENT version being retired (a UUID) */
  lawArticleId: Scalars['ID']['input'];
  /** 理由 — reason, 5–500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
};

/** 一案一评 — review a closed case (supervisors) */
export type ReviewCaseInput = {
  /** Case id (CLOSED) (a UUID) */
  caseId: Scalars['ID']['input'];
  /** 典型案例 — mark as a typical case */
  isTypicalCase?: Scalars['Boolean']['input'];
  /** 评分 — 0–100 */
  score: Scalars['Int']['input'];
  /** 评议 — 5–2000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  summary: Scalars['String']['input'];
};

/** Result of reviewCase */
export type ReviewCasePayload = {
  __typename?: 'ReviewCasePayload';
  /** The case */
  case: Case;
  /** The stored review */
  review: CaseReview;
};

/** 审核外部培训 — a trainer approves or rejects a pending claim */
export type ReviewExternalTrainingClaimInput = {
  /** true approves (writes an EXTERNAL_TRAINING ledger entry), false rejects */
  approve: Scalars['Boolean']['input'];
  /** 申报 — claim id (a UUID) */
  claimId: Scalars['ID']['input'];
  /** 审核意见 — 2–200 characters; required when rejecting (at most 10000 characters, no control characters except tab and line breaks) */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** 答题解析 — one question after grading: answer, score, explanation */
export type ReviewItem = {
  __typename?: 'ReviewItem';
  /** 作答内容 — the examinee’s text */
  answerText?: Maybe<Scalars['String']['output']>;
  /** 解析 — explanation; null while the review policy hides explanations */
  explanation?: Maybe<Scalars['String']['output']>;
  /** 评语 — the grading trainer’s comment on a CASE_ANALYSIS answer; null while the review policy hides which answers were right */
  graderComment?: Maybe<Scalars['String']['output']>;
  /** 参考关键词 — SHORT_ANSWER keywords, CASE_ANALYSIS rubric criteria (评分要点); null while the correct answers are hidden */
  keywords?: Maybe<Array<Scalars['String']['output']>>;
  /** 选项 — options with correctness */
  options: Array<ReviewOption>;
  /** 题号 — position */
  position: Scalars['Int']['output'];
  /** 得分 — 0…1; null while the review policy hides which answers were right, or (to trainers) while a case-analysis answer awaits grading */
  score?: Maybe<Scalars['Float']['output']>;
  /** 题干 — stem (of the version drawn) */
  stem: Scalars['String']['output'];
  /** 题型 — type */
  type: QuestionType;
};

/** 解析选项 — an option with its correctness, after grading */
export type ReviewOption = {
  __typename?: 'ReviewOption';
  /** 正确 — correct; null while the review policy hides the correct answers */
  correct?: Maybe<Scalars['Boolean']['output']>;
  /** 选项标号 — label in the attempt */
  label: Scalars['String']['output'];
  /** 已选 — selected by the examinee */
  selected: Scalars['Boolean']['output'];
  /** 选项内容 — text */
  text: Scalars['String']['output'];
};

/** 解析公布规则 — what an examinee sees of a graded attempt and when (review options) */
export type ReviewPolicy = {
  __typename?: 'ReviewPolicy';
  /** 命题人可评分 — CASE_ANALYSIS: may the question’s author grade answers to it? Omitted or null: no (四眼原则, another trainer grades) */
  authorMayGrade?: Maybe<Scalars['Boolean']['output']>;
  /** 正确答案 — the correct options and reference keywords */
  correctAnswers: ReviewTiming;
  /** 对错 — whether each answer was right (per-question score) */
  correctness: ReviewTiming;
  /** 解析 — the explanation of each question */
  explanations: ReviewTiming;
  /** 成绩 — total score and pass/fail */
  score: ReviewTiming;
};

/** 解析公布规则 — omit for the default (CERTIFICATION: score immediately, the rest after the exam closes; PRACTICE: everything immediately, or after the last attempt for a FIXED paper with several attempts). A FIXED paper with maxAttempts > 1 refuses IMMEDIATELY for correctness, correctAnswers and explanations (BAD_USER_INPUT): the key would serve the next attempt */
export type ReviewPolicyInput = {
  /** 命题人可评分 — CASE_ANALYSIS: may the question’s author grade answers to it? Omitted or null: no (四眼原则, another trainer grades) */
  authorMayGrade?: InputMaybe<Scalars['Boolean']['input']>;
  /** 正确答案 — the correct options and reference keywords */
  correctAnswers: ReviewTiming;
  /** 对错 — whether each answer was right (per-question score) */
  correctness: ReviewTiming;
  /** 解析 — the explanation of each question */
  explanations: ReviewTiming;
  /** 成绩 — total score and pass/fail */
  score: ReviewTiming;
};

/** 当前可见内容 — which parts of the review the exam’s review policy shows the caller now */
export type ReviewShown = {
  __typename?: 'ReviewShown';
  /** 正确答案 — correct options and keywords */
  correctAnswers: Scalars['Boolean']['output'];
  /** 对错 — per-question score */
  correctness: Scalars['Boolean']['output'];
  /** 解析 — explanations */
  explanations: Scalars['Boolean']['output'];
  /** 成绩 — score and pass/fail */
  score: Scalars['Boolean']['output'];
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

/** 时长审核 — an officer approves or declines the hours of a sign-up */
export type ReviewVolunteerHoursInput = {
  /** true: approve (points granted, 10 per hour); false: decline */
  approve: Scalars['Boolean']['input'];
  /** 审核意见 — required when declining (at most 10000 characters, no control characters except tab and line breaks) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Sign-up id (a UUID) */
  signUpId: Scalars['ID']['input'];
};

/** 修订试题 — writes a new version; earlier attempts keep theirs */
export type ReviseQuestionInput = {
  /** 新内容 — new content */
  content: QuestionContentInput;
  /** 所引法条版本 — law article version cited (omit: keep the previous citation; null: none). Revising clears needsReview (a UUID) */
  lawArticleId?: InputMaybe<Scalars['ID']['input']>;
  /** 试题 — question id (a UUID) */
  questionId: Scalars['ID']['input'];
};

/** 撤销摊位许可 — revoke an allocated permit after a warning; the stall is freed (staff of the zone's squad, ADMIN) */
export type RevokeStallPermitInput = {
  /** 摊位许可 — the permit (UUID) (a UUID) */
  permitId: Scalars['ID']['input'];
  /** 撤销理由 — why, told to the merchant, 5–300 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
};

/** 积分兑换项目 — a reward of the points catalogue (公共服务 / 文创礼品) */
export type Reward = {
  __typename?: 'Reward';
  /** 可兑换 — available */
  available: Scalars['Boolean']['output'];
  /** 编码 — catalogue code */
  code: Scalars['String']['output'];
  /** 所需积分 — points cost */
  cost: Scalars['Int']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 说明 — description */
  description: Scalars['String']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 名称 — name */
  name: Scalars['String']['output'];
};

/** 合规汇总统计 — counts over a unit’s officers and its sub-units’; shares are percentages (0–100, one decimal), null without officers */
export type RollupStats = {
  __typename?: 'RollupStats';
  /** 证书已过期 — current certificate expired */
  certificationExpiredCount: Scalars['Int']['output'];
  /** 证书即将到期 — valid certificates expiring within 90 days */
  certificationExpiringCount: Scalars['Int']['output'];
  /** 证书暂停 — current certificate suspended */
  certificationSuspendedCount: Scalars['Int']['output'];
  /** 可上岗人数 — duty-eligible today (持证上岗: certified, not expired or suspended, hours on pace) */
  dutyEligibleCount: Scalars['Int']['output'];
  /** 可上岗率 — dutyEligibleCount / officerCount × 100 */
  dutyEligibleShare?: Maybe<Scalars['Float']['output']>;
  /** 未取证 — no certificate at all */
  notCertifiedCount: Scalars['Int']['output'];
  /** 人数 — officers with a training profile in the unit and its sub-units */
  officerCount: Scalars['Int']['output'];
  /** 完成必修培训人数 — no gap this year: ≥ 40 hours, every category quota, nothing overdue, new hires inducted */
  trainingCompleteCount: Scalars['Int']['output'];
  /** 完成率 — trainingCompleteCount / officerCount × 100 */
  trainingCompleteShare?: Maybe<Scalars['Float']['output']>;
};

/** 满意度统计 — averages (1–5) of the surveys answered in a period, per subject */
export type SatisfactionStats = {
  __typename?: 'SatisfactionStats';
  /** Average attitude score */
  attitude?: Maybe<Scalars['Float']['output']>;
  /** Average outcome score */
  outcome?: Maybe<Scalars['Float']['output']>;
  /** Surveys answered in the period */
  responses: Scalars['Int']['output'];
  /** 满意率 — share of responses whose three scores are all ≥ 4 */
  satisfiedShare?: Maybe<Scalars['Float']['output']>;
  /** Average speed score; null without responses */
  speed?: Maybe<Scalars['Float']['output']>;
  /** What the surveys are about */
  subject: SurveySubject;
};

/** 满意度调查 — one satisfaction survey about a resolved report or a closed case (one per target) */
export type SatisfactionSurvey = {
  __typename?: 'SatisfactionSurvey';
  /** 提交时间 — when it was answered */
  answeredAt: Scalars['DateTimeISO']['output'];
  /** 服务态度 — attitude of the staff, 1–5 */
  attitude: Scalars['Int']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 处理结果 — outcome, 1–5 */
  outcome: Scalars['Int']['output'];
  /** 办理速度 — speed, 1–5 */
  speed: Scalars['Int']['output'];
  /** 调查对象 — what the survey is about */
  subject: SurveySubject;
  /** Report id (REPORT) or enforcement case id (CASE_FOLLOW_UP) */
  targetId: Scalars['ID']['output'];
};

/** 安排引导员值班 — schedule a stall guide shift at a zone (staff of the squad that runs it, ADMIN) */
export type ScheduleGuideShiftInput = {
  /** 志愿活动 — participation Activity (UUID) volunteers sign up for; required when volunteersNeeded > 0 (a UUID) */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** 结束 — 30 min to 6 h after the start, by the time the zone closes */
  endsAt: Scalars['DateTimeISO']['input'];
  /** 引导员 — the officer on duty (enforcement Officer id, UUID); omitted = volunteers only (a UUID) */
  guideOfficerId?: InputMaybe<Scalars['ID']['input']>;
  /** 开始 — while the zone is open; not more than 7 days ago */
  startsAt: Scalars['DateTimeISO']['input'];
  /** 志愿者需求 — volunteers wanted, 0–20 */
  volunteersNeeded: Scalars['Int']['input'];
  /** 疏导点 — the vending zone (UUID) (a UUID) */
  zoneId: Scalars['ID']['input'];
};

/** Result of scheduleGuideShift */
export type ScheduleGuideShiftPayload = {
  __typename?: 'ScheduleGuideShiftPayload';
  /** The scheduled shift */
  shift: GuideShift;
};

/** 安排宣传教育活动 — an officer of a squad schedules an outreach event */
export type ScheduleOutreachEventInput = {
  /** 志愿活动 — participation Activity (UUID) volunteers sign up for to help; optional (a UUID) */
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** 结束 — after the start, within 8 h */
  endsAt: Scalars['DateTimeISO']['input'];
  /** 网格编码 — grid cell where it takes place (2–20 characters) (a code of at most 64 characters, no control characters) */
  gridCode: Scalars['ID']['input'];
  /** 形式 — kind */
  kind: OutreachKind;
  /** 开始 — start */
  startsAt: Scalars['DateTimeISO']['input'];
  /** 主题 — 2–100 characters (at most 10000 characters, no control characters except tab and line breaks) */
  title: Scalars['String']['input'];
  /** 地点 — 2–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  venue: Scalars['String']['input'];
};

/** 评分来源 — who scored */
export type ScoreSource =
  /** 考评组 — bureau inspectors (weight 70 %) */
  | 'INSPECTOR'
  /** 市民评议 — public participation (weight 30 %) */
  | 'PUBLIC';

/** 街路评分 — scores 0–100 for one street; staff score as inspectors, citizens as the public */
export type ScoreStreetInput = {
  /** 设施完好 — facilities 0–100 */
  facilities: Scalars['Int']['input'];
  /** 园林绿化 — greening 0–100 */
  greening: Scalars['Int']['input'];
  /** 网格编码 — the street's grid cell (a code of at most 64 characters, no control characters) */
  gridCode: Scalars['ID']['input'];
  /** 市容秩序 — order 0–100 */
  order: Scalars['Int']['input'];
  /** Round id (a UUID) */
  roundId: Scalars['ID']['input'];
  /** 环境卫生 — sanitation 0–100 */
  sanitation: Scalars['Int']['input'];
};

/** 商户自治委员会 — the merchants' self-governance committee of a vending zone, with a rotating duty roster (摊主轮值制) */
export type SelfGovernanceCommittee = {
  __typename?: 'SelfGovernanceCommittee';
  /** 主任 — the chair */
  chair: Merchant;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 轮值表 — who is on duty each day (摊主轮值制), public */
  dutyRoster: Array<CommitteeDutyDay>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 委员 — the members by seat (3–15) */
  members: Array<CommitteeMember>;
  /** 名称 — e.g. 兰江夜市商户自治委员会 */
  name: Scalars['String']['output'];
  /** 轮值起始日 — China-time date (YYYY-MM-DD) the first member (seat 1) is on duty; the roster rotates daily by seat from there */
  rosterStartsOn: Scalars['String']['output'];
};


/** 商户自治委员会 — the merchants' self-governance committee of a vending zone, with a rotating duty roster (摊主轮值制) */
export type SelfGovernanceCommitteeDutyRosterArgs = {
  days?: Scalars['Int']['input'];
  from?: InputMaybe<Scalars['String']['input']>;
};

/** 执法监督 — praise or complain about an officer (open to anonymous callers, rate-limited) */
export type SendOfficerFeedbackInput = {
  /** 联系电话 — optional, for the follow-up; kept private (at most 10000 characters, no control characters except tab and line breaks) */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 内容 — 5–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  content: Scalars['String']['input'];
  /** 类型 — praise or complaint */
  kind: FeedbackKind;
  /** Officer id, from the supervision code (执法监督码) (a UUID) */
  officerId: Scalars['ID']['input'];
};

/** Period [from, to), at most 366 days */
export type ServicePeriodInput = {
  /** Start (inclusive) */
  from: Scalars['DateTimeISO']['input'];
  /** End (exclusive), after the start, at most 366 days later */
  to: Scalars['DateTimeISO']['input'];
};

/** 便民服务点 — a service point giving sanitation workers and couriers water, charging and rest */
export type ServicePoint = {
  __typename?: 'ServicePoint';
  /** 地址 — address or landmark */
  address: Scalars['String']['output'];
  /** 服务项目 — what it offers */
  amenities: Array<ServicePointAmenity>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 所在网格 — grid cell it lies in */
  grid: GridCell;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 纬度 — latitude (WGS-84) */
  lat: Scalars['Float']['output'];
  /** 经度 — longitude (WGS-84) */
  lng: Scalars['Float']['output'];
  /** 名称 — name, e.g. 云山中队城管驿站 */
  name: Scalars['String']['output'];
  /** 开放时间 — opening hours as posted, e.g. 全天 or 07:00–21:00 */
  openingHours: Scalars['String']['output'];
  /** 管理中队 — the squad that runs it */
  unit: Unit;
  /** 累计服务人次 — visits counted since the point opened */
  visitCount: Scalars['Int']['output'];
  /** 志愿者驻点 — the participation activity whose volunteers staff the point (places and sign-ups from participation); null when none */
  volunteerActivity?: Maybe<Activity>;
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

/** 便民服务点列表 — a page of service points, by name */
export type ServicePointConnection = {
  __typename?: 'ServicePointConnection';
  /** One page of ServicePoint edges */
  edges: Array<ServicePointEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 便民服务点 — an edge holding one ServicePoint */
export type ServicePointEdge = {
  __typename?: 'ServicePointEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The ServicePoint */
  node: ServicePoint;
};

/** Filter for the service-point list */
export type ServicePointFilter = {
  /** Only points offering this (e.g. CHARGING) */
  amenity?: InputMaybe<ServicePointAmenity>;
  /** Only in this grid cell (网格编码, up to 20 characters) (a code of at most 64 characters, no control characters) */
  gridCode?: InputMaybe<Scalars['ID']['input']>;
};

/** 志愿服务记录 — record of service of one volunteer: approved hours only, latest 500 entries */
export type ServiceRecord = {
  __typename?: 'ServiceRecord';
  /** 导出 CSV — the same content as UTF-8 CSV text with a Chinese header row, for download */
  csv: Scalars['String']['output'];
  /** 服务记录 — approved entries, latest first */
  entries: Array<ServiceRecordEntry>;
  /** 条目数 — number of listed entries */
  entryCount: Scalars['Int']['output'];
  /** 累计时长（小时）— total hours of the listed entries */
  totalHours: Scalars['Float']['output'];
  /** 已截断 — true when older approved entries were left out (limit 500) */
  truncated: Scalars['Boolean']['output'];
  /** 志愿者姓名 — the volunteer’s full name */
  volunteerName: Scalars['String']['output'];
};

/** 服务记录条目 — one approved period of volunteer service */
export type ServiceRecordEntry = {
  __typename?: 'ServiceRecordEntry';
  /** 活动名称 — activity title */
  activityTitle: Scalars['String']['output'];
  /** 服务日期 — date of service (YYYY-MM-DD, Beijing time) */
  date: Scalars['String']['output'];
  /** 认定时长（小时）— approved hours */
  hours: Scalars['Float']['output'];
  /** 活动类型 — kind of service */
  kind: ActivityKind;
  /** 组织单位 — organising unit */
  organizer: Scalars['String']['output'];
};

/** 服务工作量 — an officer's service work in a period (the 70 in 721) */
export type ServiceWork = {
  __typename?: 'ServiceWork';
  /** 收集诉求 — concerns raised in those visits */
  concernsRaised: Scalars['Int']['output'];
  /** 当场解决 — concerns solved on the spot */
  concernsSolvedOnTheSpot: Scalars['Int']['output'];
  /** 引导员值班 — stall guide shifts the officer was on duty for (started in the period) */
  guideShifts: Scalars['Int']['output'];
  /** 当场解决率 — concernsSolvedOnTheSpot / concernsRaised; null when none was raised */
  onTheSpotShare?: Maybe<Scalars['Float']['output']>;
  /** 宣传教育 — outreach events the officer organised (started in the period) */
  outreachEvents: Scalars['Int']['output'];
  /** 走访次数 — merchant visits made */
  visits: Scalars['Int']['output'];
};

/** 调整执法制度阈值 — adopt a new version of the thresholds (ADMIN); earlier decisions keep the version they were made under */
export type SetEnforcementThresholdsInput = {
  /** 制定依据 — the document adopting it, 4–200 characters (at most 10000 characters, no control characters except tab and line breaks) */
  adoptedBy: Scalars['String']['input'];
  /** 没收审核起点（元） — 0 (every confiscation is reviewed) to 2,000,000 */
  confiscationReviewFromYuan: Scalars['Int']['input'];
  /** 公示前审查（小时） — 0–24 */
  disclosureReviewHours: Scalars['Int']['input'];
  /** 施行时间 — now or later, not before the latest version (history is never rewritten) */
  effectiveFrom: Scalars['DateTimeISO']['input'];
  /** 较大数额罚款（组织，元） — 10,000–2,000,000 and not below the person amount */
  largeFineOrganisationYuan: Scalars['Int']['input'];
  /** 较大数额罚款（自然人，元） — 1,000–200,000 */
  largeFinePersonYuan: Scalars['Int']['input'];
  /** 公示期限（工作日） — 1–7 (国办发〔2018〕118号: within 7 working days) */
  publicationWorkingDays: Scalars['Int']['input'];
  /** 撤回期限（工作日） — 1–3 (《行政处罚法》第四十八条: within 3 days) */
  withdrawalWorkingDays: Scalars['Int']['input'];
};

/** Result of setEnforcementThresholds */
export type SetEnforcementThresholdsPayload = {
  __typename?: 'SetEnforcementThresholdsPayload';
  /** The new version */
  thresholds: EnforcementThresholds;
};

/** 设置试题标签 — replaces a question’s tags (no new version: tags are not content) */
export type SetQuestionTagsInput = {
  /** 试题 — question id (a UUID) */
  questionId: Scalars['ID']['input'];
  /** 标签 — the new tags, 0–10, each 1–20 characters without separators (、,，;；); [] clears them (at most 10000 characters, no control characters except tab and line breaks) */
  tags: Array<Scalars['String']['input']>;
};

/** 导师签字出师 — the mentor signs off (needs at least one check-in) */
export type SignOffMentorshipInput = {
  /** 师徒关系 — mentorship id (a UUID) */
  mentorshipId: Scalars['ID']['input'];
  /** 评语 — 5–500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  note: Scalars['String']['input'];
};

/** 活动报名 — sign the caller up for an activity */
export type SignUpForActivityInput = {
  /** Activity id (a UUID) */
  activityId: Scalars['ID']['input'];
  /** 以劳代罚处置 — for a LABOR_IN_LIEU session: the enforcement disposition the hours serve (required there, refused elsewhere) (a UUID) */
  dispositionId?: InputMaybe<Scalars['ID']['input']>;
};

/** Result of a sign-up or attendance mutation */
export type SignUpPayload = {
  __typename?: 'SignUpPayload';
  /** The sign-up after the change */
  signUp: ActivitySignUp;
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
  activityId?: InputMaybe<Scalars['ID']['input']>;
  /** 服务点 — the service point (UUID) (a UUID) */
  servicePointId: Scalars['ID']['input'];
};

/** 标准摊位 — a standard stall in a vending zone */
export type Stall = {
  __typename?: 'Stall';
  /** 类别 — what the stall is laid out for */
  category: StallCategory;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 移动环保炉具 — has a mobile environmental stove (no open-fire smoke) */
  environmentalStove: Scalars['Boolean']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 摊位号 — stall number inside the zone, e.g. A-07 */
  number: Scalars['String']['output'];
  /** 状态 — FREE stalls can be applied for */
  status: StallStatus;
  /** 所属疏导点 — the zone it belongs to */
  zone: VendingZone;
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

/** 摊位列表 — a page of stalls, by number */
export type StallConnection = {
  __typename?: 'StallConnection';
  /** One page of Stall edges */
  edges: Array<StallEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 标准摊位 — an edge holding one Stall */
export type StallEdge = {
  __typename?: 'StallEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Stall */
  node: Stall;
};

/** Filter for the stalls of a zone */
export type StallFilter = {
  /** Only stalls of this category */
  category?: InputMaybe<StallCategory>;
  /** Only stalls in this status (FREE: can be applied for) */
  status?: InputMaybe<StallStatus>;
};

/** 摊位申请 / 许可 — a stall application and, once allocated, the permit */
export type StallPermit = {
  __typename?: 'StallPermit';
  /** 申请时间 — when the application was made */
  appliedAt: Scalars['DateTimeISO']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 分配时信用等级 — the credit level (A–D) the decision used; null when none was known */
  creditLevelAtDecision?: Maybe<Scalars['String']['output']>;
  /** 决定时间 — when it was allocated or refused */
  decidedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 决定理由 — why it was refused (told to the merchant), or how it was allocated */
  decisionReason?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 最近警告时间 — when the last warning was recorded */
  lastWarnedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 最近警告理由 — what the holder was warned about (told to the merchant) */
  lastWarningReason?: Maybe<Scalars['String']['output']>;
  /** 商户 — the merchant (credit file from enforcement) */
  merchant: Merchant;
  /** 意向类别 — preferred stall category; any free stall when null */
  preferredCategory?: Maybe<StallCategory>;
  /** 续期时间 — when the permit was last renewed; null if never */
  renewedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 撤销理由 — why the permit was revoked (told to the merchant) */
  revocationReason?: Maybe<Scalars['String']['output']>;
  /** 撤销时间 — when the permit was revoked */
  revokedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 摊位 — the allocated stall; null until allocated */
  stall?: Maybe<Stall>;
  /** 状态 — WAITLISTED, ALLOCATED, REFUSED, WITHDRAWN or REVOKED */
  status: StallPermitStatus;
  /** 有效期至 — an allocated permit runs one year; renewStallPermit adds a year in the 30 days before */
  validUntil?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 候补位次 — place on the zone's waitlist (1 = next); null unless WAITLISTED */
  waitlistPosition?: Maybe<Scalars['Int']['output']>;
  /** 警告次数 — warnings recorded against the permit holder (a permit is revoked only after one) */
  warningCount: Scalars['Int']['output'];
  /** 疏导点 — the zone applied for */
  zone: VendingZone;
};

/** Result of warnStallPermitHolder, revokeStallPermit or renewStallPermit */
export type StallPermitChangePayload = {
  __typename?: 'StallPermitChangePayload';
  /** The permit after the change */
  permit: StallPermit;
};

/** 摊位申请列表 — a page of stall applications, newest first */
export type StallPermitConnection = {
  __typename?: 'StallPermitConnection';
  /** One page of StallPermit edges */
  edges: Array<StallPermitEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 摊位申请 — an edge holding one StallPermit */
export type StallPermitEdge = {
  __typename?: 'StallPermitEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The StallPermit */
  node: StallPermit;
};

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

/** 开始学习 — the officer starts a course (prerequisites must be completed) */
export type StartCourseInput = {
  /** 课程 — a published course; enrolls the officer if not assigned (a UUID) */
  courseId: Scalars['ID']['input'];
};

/** 开始演练 — starts a run */
export type StartDrillRunInput = {
  /** 情景模拟 — drill id (a UUID) */
  drillId: Scalars['ID']['input'];
};

/** 开始考试 — starts an attempt (server-side clock and deadline) */
export type StartExamAttemptInput = {
  /** 考试 — exam id (a UUID) */
  examId: Scalars['ID']['input'];
};

/** 统计周期 — a half-open period [from, to) */
export type StatsPeriodInput = {
  /** Start (inclusive) */
  from: Scalars['DateTimeISO']['input'];
  /** End (exclusive) */
  to: Scalars['DateTimeISO']['input'];
};

/** 状态分布 — number of original reports in one status */
export type StatusCount = {
  __typename?: 'StatusCount';
  /** Original reports in this status */
  count: Scalars['Int']['output'];
  /** 处理状态 — status */
  status: ReportStatus;
};

/** 评比结果 — one street's result in a round */
export type StreetRatingResult = {
  __typename?: 'StreetRatingResult';
  /** 网格 — the street's grid cell */
  grid: GridCell;
  /** 考评组均分 — inspectors' average (mean of the 4 dimensions) */
  inspectorScore?: Maybe<Scalars['Float']['output']>;
  /** 市民评议均分 — public average */
  publicScore?: Maybe<Scalars['Float']['output']>;
  /** 市民评议人数 — public scorers */
  publicVotes: Scalars['Int']['output'];
  /** 名次 — rank by total */
  rank: Scalars['Int']['output'];
  /** 综合得分 — 70 % inspectors + 30 % public */
  total: Scalars['Float']['output'];
};

/** 街路评比 — a periodic round scoring streets on sanitation, order, greening, facilities */
export type StreetRatingRound = {
  __typename?: 'StreetRatingRound';
  /** 截止 — scores accepted until */
  closesAt: Scalars['DateTimeISO']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 开始 — scores accepted from */
  opensAt: Scalars['DateTimeISO']['output'];
  /** 状态 — open or closed */
  status: RatingRoundStatus;
  /** 名称 — title, e.g. 2026年11月街路评比 */
  title: Scalars['String']['output'];
};

/** 街路评比列表 — a page of rating rounds */
export type StreetRatingRoundConnection = {
  __typename?: 'StreetRatingRoundConnection';
  /** One page of StreetRatingRound edges */
  edges: Array<StreetRatingRoundEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 街路评比 — an edge holding one StreetRatingRound */
export type StreetRatingRoundEdge = {
  __typename?: 'StreetRatingRoundEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The StreetRatingRound */
  node: StreetRatingRound;
};

/** Result of createStreetRatingRound */
export type StreetRatingRoundPayload = {
  __typename?: 'StreetRatingRoundPayload';
  /** The round */
  round: StreetRatingRound;
};

/** 街路评分 — one scorer's scores for one street in a round */
export type StreetScore = {
  __typename?: 'StreetScore';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 设施完好 — facilities 0–100 */
  facilities: Scalars['Int']['output'];
  /** 园林绿化 — greening 0–100 */
  greening: Scalars['Int']['output'];
  /** 网格编码 — the street's grid cell */
  gridCode: Scalars['String']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 市容秩序 — order 0–100 */
  orderScore: Scalars['Int']['output'];
  /** Round id */
  roundId: Scalars['ID']['output'];
  /** 环境卫生 — sanitation 0–100 */
  sanitation: Scalars['Int']['output'];
  /** 来源 — inspector or public */
  source: ScoreSource;
};

/** Result of scoreStreet */
export type StreetScorePayload = {
  __typename?: 'StreetScorePayload';
  /** The stored score */
  score: StreetScore;
};

/** 提交社区意见 — leave an opinion in a community's box (anyone, signed in or not) */
export type SubmitCommunityOpinionInput = {
  /** 社区工作站 — the community post (UUID) (a UUID) */
  postId: Scalars['ID']['input'];
  /** 意见内容 — 5–500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  text: Scalars['String']['input'];
};

/** 交卷 — submits an attempt for grading */
export type SubmitExamAttemptInput = {
  /** 作答 — attempt id (a UUID) */
  attemptId: Scalars['ID']['input'];
};

/** 申报外部培训 — the officer claims hours for external training */
export type SubmitExternalTrainingClaimInput = {
  /** 类别 — category */
  category: CourseCategory;
  /** 完成日期 — YYYY-MM-DD, not in the future (at most 10000 characters, no control characters except tab and line breaks) */
  completedOn: Scalars['String']['input'];
  /** 证明材料 — evidence URI (https) (at most 10000 characters, no control characters except tab and line breaks) */
  evidenceUri: Scalars['String']['input'];
  /** 学时 — 0.5–40, multiple of 0.5 */
  hours: Scalars['Float']['input'];
  /** 举办单位 — 2–120 characters (at most 10000 characters, no control characters except tab and line breaks) */
  provider: Scalars['String']['input'];
  /** 培训名称 — 2–120 characters (at most 10000 characters, no control characters except tab and line breaks) */
  title: Scalars['String']['input'];
};

/** 徒弟反馈 — the mentee rates the mentoring once */
export type SubmitMenteeFeedbackInput = {
  /** 反馈 — up to 500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  feedback?: InputMaybe<Scalars['String']['input']>;
  /** 师徒关系 — mentorship id (a UUID) */
  mentorshipId: Scalars['ID']['input'];
  /** 评分 — 1–5 */
  rating: Scalars['Int']['input'];
};

/** 提交随手拍 — a citizen report */
export type SubmitReportInput = {
  /** 问题类别 — category */
  category: ReportCategory;
  /** 联系电话 — optional phone for feedback; stored protected (at most 10000 characters, no control characters except tab and line breaks) */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 问题描述 — 5–1000 characters (at most 10000 characters, no control characters except tab and line breaks) */
  description: Scalars['String']['input'];
  /** 幂等键 — client-generated key; sending the same key again returns the same report (at most 10000 characters, no control characters except tab and line breaks) */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 位置 — location */
  location: LocationInput;
  /** 照片 — up to 9 photo URIs (uploaded beforehand), each an https:// or oss:// URI of 8 to 500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  photoUris?: Array<Scalars['String']['input']>;
};

/** Result of submitReport */
export type SubmitReportPayload = {
  __typename?: 'SubmitReportPayload';
  /** The stored report; keep `trackingCode` to follow its progress */
  report: Report;
  /** 查询密钥 — secret for an anonymous reporter, returned only once on first creation; with the tracking code it proves the reporter when disputing or rating. Null for signed-in reporters and for idempotent retries. */
  reporterSecret?: Maybe<Scalars['String']['output']>;
};

/** 满意度调查答卷 — answers about a resolved report (reporter) or a closed case (recorded at the follow-up visit) */
export type SubmitSatisfactionSurveyInput = {
  /** 服务态度 — 1–5 */
  attitude: Scalars['Int']['input'];
  /** CASE_FOLLOW_UP: a closed enforcement case of your unit (ADMIN: any); unknown or not yet closed: NOT_FOUND, another unit's: FORBIDDEN (a UUID) */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  /** 意见建议 — up to 500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  comment?: InputMaybe<Scalars['String']['input']>;
  /** 处理结果 — 1–5 */
  outcome: Scalars['Int']['input'];
  /** REPORT, anonymous reporter: the secret returned at submission (at most 10000 characters, no control characters except tab and line breaks) */
  reporterSecret?: InputMaybe<Scalars['String']['input']>;
  /** 办理速度 — 1–5 */
  speed: Scalars['Int']['input'];
  /** REPORT: the report’s tracking code (at most 10000 characters, no control characters except tab and line breaks) */
  trackingCode?: InputMaybe<Scalars['String']['input']>;
};

/** Result of submitSatisfactionSurvey */
export type SubmitSatisfactionSurveyPayload = {
  __typename?: 'SubmitSatisfactionSurveyPayload';
  /** The stored survey */
  survey: SatisfactionSurvey;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** 案件动态 — the cases of a unit, live: the case each time one is opened, assigned or takes a lifecycle step (officers and supervisors of that unit; ADMIN any unit; others FORBIDDEN, an unknown unit NOT_FOUND). Served through the gateway over server-sent events and WebSocket (graphql-ws). */
  caseUpdates: Case;
  /** 进度实时推送 — the public progress of a report, live (public, like trackReport): the report, with the same fields as trackReport, each time a step is added to its timeline (accepted, dispatched, in progress, resolved …). Served through the gateway over server-sent events and WebSocket (graphql-ws); an unknown code answers NOT_FOUND. */
  reportProgress: Report;
};


export type SubscriptionCaseUpdatesArgs = {
  unitId: Scalars['ID']['input'];
};


export type SubscriptionReportProgressArgs = {
  trackingCode: Scalars['String']['input'];
};

/** 执法监督码 — the public supervision card of an officer (nothing private) */
export type SupervisionCard = {
  __typename?: 'SupervisionCard';
  /** 监督说明 — how to praise or complain */
  howToGiveFeedback: Scalars['String']['output'];
  /** The officer; public badge and unit come from the enforcement subgraph */
  officer: Officer;
  /** 市民表扬 — praise received */
  praiseCount: Scalars['Int']['output'];
};

/** Period of the statistics: [from, to) */
export type SurveyPeriodInput = {
  /** Start (inclusive) */
  from: Scalars['DateTimeISO']['input'];
  /** End (exclusive) */
  to: Scalars['DateTimeISO']['input'];
};

/** 满意度调查对象 — what a satisfaction survey is about */
export type SurveySubject =
  /** 案件回访 — a closed case, answered by the party during the follow-up visit */
  | 'CASE_FOLLOW_UP'
  /** 随手拍办结 — a resolved citizen report, answered by the reporter */
  | 'REPORT';

/** 时间线校验 — result of recomputing a case timeline's hash chain */
export type TimelineVerification = {
  __typename?: 'TimelineVerification';
  /** First event whose link or hash does not match (null when valid) */
  firstBrokenEventId?: Maybe<Scalars['ID']['output']>;
  /** 完整 — every event links to its predecessor and matches its hash */
  valid: Scalars['Boolean']['output'];
};

/** 721 分类占比 — cases of one 721 track in the period */
export type TrackShare = {
  __typename?: 'TrackShare';
  /** Cases that occurred in the period whose first effective decision is in this track */
  cases: Scalars['Int']['output'];
  /** cases / all tracked cases of the period (0–1); null when none */
  share?: Maybe<Scalars['Float']['output']>;
  /** 721 track */
  track: CaseTrack;
};

/** 培训合规报告 — population: every officer with a training profile (HR roster replicated into training), narrowed to officerIds and/or the cohort’s members when given, and to the officers of unitId and the units below it when given. Hours and quotas count the given year; overdue, certificates and duty eligibility are as of today (asOf, Asia/Shanghai); new hires are those hired in the year or the year before. */
export type TrainingComplianceReport = {
  __typename?: 'TrainingComplianceReport';
  /** 截至 — the date (YYYY-MM-DD, Asia/Shanghai) of the certificate, duty and overdue figures */
  asOf: Scalars['String']['output'];
  /** 分单位 — per unit, the officers placed directly in it, by unit id */
  byUnit: Array<UnitCompliance>;
  /** 分级汇总 — every unit of training’s copy of the unit tree (the bureau, its brigades, their squads; from unitId when given), depth first, children by name; each counts its whole subtree (tens of rows). An officer whose unit is not in the tree counts only in overall and byUnit. */
  byUnitTree: Array<UnitComplianceSubtree>;
  /** 未达标名单 — officers with a gap, by unit then officer id */
  gaps: Array<OfficerComplianceGap>;
  /** 全局 — the whole population */
  overall: ComplianceStats;
  /** 年度 — year */
  year: Scalars['Int']['output'];
};

/** 培训合规汇总 — the trainer’s and supervisor’s dashboard: per unit, rolled up to brigade and bureau, as of today (Asia/Shanghai) */
export type TrainingComplianceRollup = {
  __typename?: 'TrainingComplianceRollup';
  /** 截至 — date of the figures (YYYY-MM-DD, Asia/Shanghai); hours count its year */
  asOf: Scalars['String']['output'];
  /** 单位 — the requested unit and every unit below it, depth first (a bureau has tens of units) */
  units: Array<UnitComplianceRollup>;
};

/** 学时台账条目 — one append-only entry of the training-hours ledger (never edited) */
export type TrainingHoursEntry = {
  __typename?: 'TrainingHoursEntry';
  /** 类别 — category */
  category: CourseCategory;
  /** 来源 — cause */
  cause: HoursCause;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 学时 — hours (negative for a correcting deduction) */
  hours: Scalars['Float']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 说明 — note (course code, claim, correction reason) */
  note: Scalars['String']['output'];
  /** 记录人 — who caused the entry (the officer, a trainer, system); null for seeded entries */
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** 来源记录 — what credited the entry: `enrollment:<id>` (a completed course), `claim:<id>` (an approved external claim); null for corrections and seeds */
  sourceRef?: Maybe<Scalars['String']['output']>;
  /** 年度 — year the hours count for */
  year: Scalars['Int']['output'];
};

/** 学时台账 — a page of an officer’s training-hours ledger entries */
export type TrainingHoursEntryConnection = {
  __typename?: 'TrainingHoursEntryConnection';
  /** One page of TrainingHoursEntry edges */
  edges: Array<TrainingHoursEntryEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 学时台账条目 — an edge holding one TrainingHoursEntry */
export type TrainingHoursEntryEdge = {
  __typename?: 'TrainingHoursEntryEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The TrainingHoursEntry */
  node: TrainingHoursEntry;
};

/** 年度培训学时 — an officer’s training hours in one year against the requirement */
export type TrainingHoursSummary = {
  __typename?: 'TrainingHoursSummary';
  /** 分类明细 — hours per category */
  byCategory: Array<CategoryHours>;
  /** 学时合规 — met and quotasMet */
  compliant: Scalars['Boolean']['output'];
  /** 是否达标 — totalHours ≥ requiredHours */
  met: Scalars['Boolean']['output'];
  /** 分类配额 — the category quotas of the year */
  quotas: Array<QuotaStatus>;
  /** 配额全部达标 — every quota met */
  quotasMet: Scalars['Boolean']['output'];
  /** 年度要求 — hours required per year (≥ 40) */
  requiredHours: Scalars['Float']['output'];
  /** 已获学时 — hours credited in the year (corrections included) */
  totalHours: Scalars['Float']['output'];
  /** 年度 — year */
  year: Scalars['Int']['output'];
};

/** 培训提醒 — something the officer must act on, stored once when it became true (by the change that caused it or the daily-date job) */
export type TrainingNotification = {
  __typename?: 'TrainingNotification';
  /** 执法资格 — the certification, for certification notices */
  certification?: Maybe<Certification>;
  /** 课程 — the course, for course-assignment notices */
  course?: Maybe<Course>;
  /** 生成时间 — when the notice was stored (produced) */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 截止/到期日 — the due date or the certification’s expiry */
  dueOn?: Maybe<Scalars['String']['output']>;
  /** 学习记录 — the assignment, for assignment notices */
  enrollment?: Maybe<Enrollment>;
  /** 考试 — the exam, for exam-assignment notices */
  exam?: Maybe<Exam>;
  /** 考试作答 — the graded attempt, for EXAM_GRADED (its score as the review policy shows it) */
  examAttempt?: Maybe<ExamAttempt>;
  /** 外部培训申报 — the decided claim, for EXTERNAL_CLAIM_DECIDED */
  externalClaim?: Maybe<ExternalTrainingClaim>;
  /** 提醒标识 — stable key; changes when the fact changes (a new due date, the next reminder point). Pass it to markTrainingNotificationsRead */
  key: Scalars['String']['output'];
  /** 类型 — kind */
  kind: TrainingNotificationKind;
  /** 内容 — the message in Chinese, ready to show */
  message: Scalars['String']['output'];
  /** 日期 — when it became true (YYYY-MM-DD, Asia/Shanghai) */
  occurredOn: Scalars['String']['output'];
  /** 已读 — the officer marked this key as read */
  read: Scalars['Boolean']['output'];
  /** 已读时间 — when the officer marked it read; null while unread */
  readAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 标题 — short title in Chinese (e.g. 即将截止) */
  title: Scalars['String']['output'];
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

/** 我的培训提醒 — the signed-in officer’s stored notices, newest first */
export type TrainingNotificationList = {
  __typename?: 'TrainingNotificationList';
  /** 提醒 — the newest notices (at most `first`, default 50), newest first; each fact notified once */
  items: Array<TrainingNotification>;
  /** 总数 — notices matching the filter (items holds the newest `first` of them) */
  totalCount: Scalars['Int']['output'];
  /** 未读数 — notices not marked read (for a badge) */
  unreadCount: Scalars['Int']['output'];
};

/** 案件流转 — one lifecycle step (not ASSIGN: use assignCase) */
export type TransitionCaseInput = {
  /** 操作 — the step */
  action: CaseAction;
  /** Case id (a UUID) */
  caseId: Scalars['ID']['input'];
  /** 理由 — reason (required for REJECT, REFER and REWORK) (at most 10000 characters, no control characters except tab and line breaks) */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** 执法单位 — an enforcement unit in the 局 / 大队 / 中队 / 分队 tree */
export type Unit = {
  __typename?: 'Unit';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 辖区 — district or street the unit covers */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  /** 层级 — level in the tree */
  level: UnitLevel;
  /** 单位名称 — unit name, e.g. 兰溪市城市管理综合行政执法局云山中队 */
  name: Scalars['String']['output'];
  /** 上级单位 — parent unit; null for the bureau */
  parent?: Maybe<Unit>;
  /** 单位简称 — short name, e.g. 云山中队 */
  shortName: Scalars['String']['output'];
};

/** 单位合规 — the statistics of one unit’s officers in the population */
export type UnitCompliance = {
  __typename?: 'UnitCompliance';
  /** 统计 — statistics */
  stats: ComplianceStats;
  /** 单位 — unit (from the officer’s training profile) */
  unit: Unit;
};

/** 单位合规汇总 — one unit of the tree with the statistics of its whole subtree */
export type UnitComplianceRollup = {
  __typename?: 'UnitComplianceRollup';
  /** 层级 — 0 for the requested root (the bureau when none is given), 1 for its children, … */
  depth: Scalars['Int']['output'];
  /** 本级人数 — officers (of the population) placed directly in this unit */
  directOfficerCount: Scalars['Int']['output'];
  /** 上级单位 — parent unit; null for the bureau */
  parentUnit?: Maybe<Unit>;
  /** 简称 — short name as replicated into training, e.g. 云山中队 */
  shortName: Scalars['String']['output'];
  /** 统计 — this unit and every unit below it */
  stats: RollupStats;
  /** 单位 — unit */
  unit: Unit;
};

/** 分级合规 — one unit of the tree (局 / 大队 / 中队) with the statistics of the population in its whole subtree */
export type UnitComplianceSubtree = {
  __typename?: 'UnitComplianceSubtree';
  /** 层级 — 0 for the requested root (the bureau when none is given), 1 for its children, … */
  depth: Scalars['Int']['output'];
  /** 本级人数 — officers (of the population) placed directly in this unit */
  directOfficerCount: Scalars['Int']['output'];
  /** 上级单位 — parent unit; null for the bureau */
  parentUnit?: Maybe<Unit>;
  /** 简称 — short name as replicated into training, e.g. 云山中队 */
  shortName: Scalars['String']['output'];
  /** 统计 — this unit and every unit below it (a squad counts in its brigade and the bureau) */
  stats: ComplianceStats;
  /** 单位 — unit */
  unit: Unit;
};

/** 执法单位列表 — a page of units */
export type UnitConnection = {
  __typename?: 'UnitConnection';
  /** One page of Unit edges */
  edges: Array<UnitEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 执法单位 — an edge holding one Unit */
export type UnitEdge = {
  __typename?: 'UnitEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Unit */
  node: Unit;
};

/** 执法机构层级 — level of an enforcement unit */
export type UnitLevel =
  /** 大队 — brigade (district) */
  | 'BRIGADE'
  /** 局 — bureau */
  | 'BUREAU'
  /** 中队 — squad (street) */
  | 'SQUAD'
  /** 分队 — team */
  | 'TEAM';

/** 便民疏导点 — designated vending zone (早市 / 夜市) with standard stalls (疏堵结合) */
export type VendingZone = {
  __typename?: 'VendingZone';
  /** 地址 — address or landmark */
  address: Scalars['String']['output'];
  /** 关闭时间 — closing time, HH:MM China time; earlier than opensAt when the window runs past midnight (夜市) */
  closesAt: Scalars['String']['output'];
  /** 商户自治委员会 — the zone's committee and duty roster (public); null when none is formed */
  committee?: Maybe<SelfGovernanceCommittee>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 配套设施 — facilities (环保炉具, 分类垃圾桶, 照明, 水电 …) */
  facilities: Array<Scalars['String']['output']>;
  /** 空闲摊位 — stalls FREE to apply for */
  freeStallCount: Scalars['Int']['output'];
  /** 所在网格 — grid cell it lies in */
  grid: GridCell;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 类型 — morning market, night market or vending point */
  kind: VendingZoneKind;
  /** 纬度 — latitude (WGS-84) */
  lat: Scalars['Float']['output'];
  /** 经度 — longitude (WGS-84) */
  lng: Scalars['Float']['output'];
  /** 名称 — name, e.g. 兰江夜市 */
  name: Scalars['String']['output'];
  /** 正在开放 — open now (status OPEN and inside the window) */
  openNow: Scalars['Boolean']['output'];
  /** 开放时间 — opening time, HH:MM China time */
  opensAt: Scalars['String']['output'];
  /** 摊位数 — standard stalls in the zone */
  stallCount: Scalars['Int']['output'];
  /** 状态 — OPEN zones are public; SUSPENDED ones are hidden from search */
  status: VendingZoneStatus;
  /** 管理中队 — the squad that runs it */
  unit: Unit;
};

/** 便民疏导点列表 — a page of vending zones */
export type VendingZoneConnection = {
  __typename?: 'VendingZoneConnection';
  /** One page of VendingZone edges */
  edges: Array<VendingZoneEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 便民疏导点 — an edge holding one VendingZone */
export type VendingZoneEdge = {
  __typename?: 'VendingZoneEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The VendingZone */
  node: VendingZone;
};

/** Filter for the vending-zone list */
export type VendingZoneFilter = {
  /** Only zones in this grid cell (网格编码, up to 20 characters) (a code of at most 64 characters, no control characters) */
  gridCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only this kind */
  kind?: InputMaybe<VendingZoneKind>;
};

/** 疏导点类型 — kind of designated vending zone */
export type VendingZoneKind =
  /** 便民疏导点 — daytime vending point for street vendors */
  | 'CONVENIENCE_POINT'
  /** 早市 — morning market */
  | 'MORNING_MARKET'
  /** 夜市 — night market (its window may run past midnight) */
  | 'NIGHT_MARKET';

/** 疏导点状态 — whether the zone is in use */
export type VendingZoneStatus =
  /** 运营中 — in use (shown to the public) */
  | 'OPEN'
  /** 暂停 — suspended (hidden from public search) */
  | 'SUSPENDED';

/** 志愿者审核 — vetting decision (PENDING → ACTIVE / REJECTED, ACTIVE ↔ SUSPENDED) */
export type VetVolunteerInput = {
  /** 审核意见 — required note (at most 10000 characters, no control characters except tab and line breaks) */
  note?: InputMaybe<Scalars['String']['input']>;
  /** 新状态 — ACTIVE, REJECTED or SUSPENDED */
  status: VolunteerStatus;
  /** Volunteer id (a UUID) */
  volunteerId: Scalars['ID']['input'];
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

/** 违法行为类型 — catalogue entry of a violation, with its legal basis and fine range */
export type ViolationType = {
  __typename?: 'ViolationType';
  /** 类别 — category */
  category: ViolationCategory;
  /** 编码 — catalogue code, e.g. SV-01 */
  code: Scalars['ID']['output'];
  /** 裁量基准 — the benchmark version in force at `at` (default now); public (行政执法公示) */
  discretionBenchmark?: Maybe<DiscretionBenchmark>;
  /** 裁量基准版本 — every version, oldest first (a handful per type); public */
  discretionBenchmarkVersions: Array<DiscretionBenchmark>;
  /** 免罚条件 — conditions for the exemption, when on the list */
  exemptionConditions?: Maybe<Scalars['String']['output']>;
  /** 罚款上限（元） — maximum fine in yuan */
  fineMaxYuan: Scalars['Int']['output'];
  /** 罚款下限（元） — minimum fine in yuan */
  fineMinYuan: Scalars['Int']['output'];
  /** 办理时限（工作日） — handling time limit in working days, counted from filing on the working calendar */
  handlingWorkingDays: Scalars['Int']['output'];
  /** 可以劳代罚 — labor in lieu of a fine allowed */
  laborInLieuAllowed: Scalars['Boolean']['output'];
  /** 条款 — article, e.g. 第三十四条 */
  legalBasisArticle: Scalars['String']['output'];
  /** 法律依据 — law or regulation, e.g. 《城市市容和环境卫生管理条例》 */
  legalBasisLaw: Scalars['String']['output'];
  /** Name in English */
  nameEn: Scalars['String']['output'];
  /** 名称（中文） — name in Chinese */
  nameZh: Scalars['String']['output'];
  /** 轻微违法行为免罚清单 — on the minor-violation exemption list (首违不罚) */
  onExemptionList: Scalars['Boolean']['output'];
  /** 默认整改期限（天） — default rectification period in days */
  rectificationDays: Scalars['Int']['output'];
};


/** 违法行为类型 — catalogue entry of a violation, with its legal basis and fine range */
export type ViolationTypeDiscretionBenchmarkArgs = {
  at?: InputMaybe<Scalars['DateTimeISO']['input']>;
};

/** 违法行为类型列表 — a page of the violation-type catalogue */
export type ViolationTypeConnection = {
  __typename?: 'ViolationTypeConnection';
  /** One page of ViolationType edges */
  edges: Array<ViolationTypeEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 违法行为类型 — an edge holding one ViolationType */
export type ViolationTypeEdge = {
  __typename?: 'ViolationTypeEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The ViolationType */
  node: ViolationType;
};

/** Filter for the violation-type catalogue */
export type ViolationTypeFilter = {
  /** Only this category */
  category?: InputMaybe<ViolationCategory>;
  /** true: only types on the minor-violation exemption list (免罚清单) */
  onExemptionList?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 走访诉求 — a concern raised during a visit and how it was handled */
export type VisitConcern = {
  __typename?: 'VisitConcern';
  /** 立案案件 — the case enforcement opened from this concern; null until it has */
  case?: Maybe<Case>;
  /** 案件编号 — the case number enforcement gave, e.g. ZF-2026-000123; null until the case is opened */
  caseNumber?: Maybe<Scalars['String']['output']>;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 诉求内容 — what the merchant asked for */
  description: Scalars['String']['output'];
  /** 转立案时间 — when the concern was handed to enforcement as a case; null when not */
  escalatedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 未立案原因 — why enforcement did not open a case (e.g. an unknown violation type); null otherwise */
  escalationRefusal?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 处理方式 — solved on the spot or handed on as a management task */
  resolution: ConcernResolution;
  /** 处理说明 — how it was solved, or who follows it up */
  resolutionNote: Scalars['String']['output'];
  /** 类别 — topic */
  topic: ConcernTopic;
  /** 违法行为编码 — the violation type the case is opened for (enforcement catalogue code) */
  violationTypeCode?: Maybe<Scalars['String']['output']>;
};

/** 走访诉求 — one concern raised during the visit */
export type VisitConcernInput = {
  /** 诉求内容 — 2–500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  description: Scalars['String']['input'];
  /** 处理方式 — solved on the spot or a management task */
  resolution: ConcernResolution;
  /** 处理说明 — 2–500 characters (at most 10000 characters, no control characters except tab and line breaks) */
  resolutionNote: Scalars['String']['input'];
  /** 类别 — topic */
  topic: ConcernTopic;
};

/** 服务对象 — who used the service point */
export type VisitorGroup =
  /** 快递外卖小哥 — courier or delivery rider */
  | 'COURIER'
  /** 其他市民 — other citizens */
  | 'OTHER'
  /** 环卫工人 — sanitation worker */
  | 'SANITATION_WORKER';

/** 城市管理志愿者 — a registered volunteer (contact details protected) */
export type Volunteer = {
  __typename?: 'Volunteer';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 服务网格 — preferred grid cell code */
  gridCode?: Maybe<Scalars['String']['output']>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 姓名 — full name for the volunteer and supervisors, else masked (张**) */
  name: Scalars['String']['output'];
  /** 手机号 — full for the volunteer themself, else masked (138****5678) */
  phone: Scalars['String']['output'];
  /** 积分余额 — points balance (sum of the ledger) */
  pointsBalance: Scalars['Int']['output'];
  /** 技能 — skills offered */
  skills: Array<VolunteerSkill>;
  /** 审核状态 — vetting status */
  status: VolunteerStatus;
  /** 所属队伍 — the team, if any */
  team?: Maybe<VolunteerTeam>;
  /** 审核时间 — when last vetted */
  vettedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 审核意见 — note of the last vetting decision */
  vettingNote?: Maybe<Scalars['String']['output']>;
};

/** 志愿者列表 — a page of volunteers */
export type VolunteerConnection = {
  __typename?: 'VolunteerConnection';
  /** One page of Volunteer edges */
  edges: Array<VolunteerEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 志愿者 — an edge holding one Volunteer */
export type VolunteerEdge = {
  __typename?: 'VolunteerEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Volunteer */
  node: Volunteer;
};

/** Filter for the volunteer list */
export type VolunteerFilter = {
  /** Only this vetting status */
  status?: InputMaybe<VolunteerStatus>;
};

/** Result of a volunteer mutation */
export type VolunteerPayload = {
  __typename?: 'VolunteerPayload';
  /** The volunteer after the change */
  volunteer: Volunteer;
};

/** 志愿者技能 — skill a volunteer offers */
export type VolunteerSkill =
  /** 环境清洁 — cleaning */
  | 'CLEANING'
  /** 急救 — first aid */
  | 'FIRST_AID'
  /** 外语 — foreign language */
  | 'FOREIGN_LANGUAGE'
  /** 法律咨询 — legal advice */
  | 'LAW'
  /** 文明劝导 — civility persuasion */
  | 'PERSUASION'
  /** 摄影 — photography */
  | 'PHOTOGRAPHY'
  /** 宣传 — publicity */
  | 'PUBLICITY'
  /** 交通疏导 — traffic guidance */
  | 'TRAFFIC';

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

/** 志愿者队伍 — volunteer team serving one grid cell */
export type VolunteerTeam = {
  __typename?: 'VolunteerTeam';
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 网格编码 — grid cell the team serves */
  gridCode: Scalars['ID']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 队长 — volunteer id of the leader (also a member) */
  leaderVolunteerId: Scalars['ID']['output'];
  /** 队伍名称 — team name (unique) */
  name: Scalars['String']['output'];
};

/** 志愿者队伍列表 — a page of volunteer teams */
export type VolunteerTeamConnection = {
  __typename?: 'VolunteerTeamConnection';
  /** One page of VolunteerTeam edges */
  edges: Array<VolunteerTeamEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 志愿者队伍 — an edge holding one VolunteerTeam */
export type VolunteerTeamEdge = {
  __typename?: 'VolunteerTeamEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The VolunteerTeam */
  node: VolunteerTeam;
};

/** Result of createVolunteerTeam */
export type VolunteerTeamPayload = {
  __typename?: 'VolunteerTeamPayload';
  /** The team */
  team: VolunteerTeam;
};

/** 警告摊主 — record a warning against an allocated permit (staff of the zone's squad, ADMIN) */
export type WarnStallPermitHolderInput = {
  /** 摊位许可 — the permit (UUID) (a UUID) */
  permitId: Scalars['ID']['input'];
  /** 警告理由 — what is wrong, told to the merchant, 5–300 characters (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
};

/** 吹哨报到 — a case calling a partner department in; it acknowledges (报到) and responds within the SLA */
export type Whistle = {
  __typename?: 'Whistle';
  /** 报到时间 — when the department acknowledged */
  acknowledgedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 吹哨时间 — when */
  blownAt: Scalars['DateTimeISO']['output'];
  /** 吹哨人 — subject of the officer who blew the whistle */
  blownBy: Scalars['String']['output'];
  /** 超时 — answered late, or unanswered past the deadline */
  breached: Scalars['Boolean']['output'];
  /** 案件编号 — number of the case (departments see the number, not the case file) */
  caseNumber: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 协作部门 — the department called in */
  department: Department;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 吹哨事由 — what the department is needed for */
  reason: Scalars['String']['output'];
  /** 响应时限 — respond by (NORMAL 24 h, URGENT 2 h) */
  respondBy: Scalars['DateTimeISO']['output'];
  /** 响应时间 — when the department responded */
  respondedAt?: Maybe<Scalars['DateTimeISO']['output']>;
  /** 处理结果 — the department's response */
  response?: Maybe<Scalars['String']['output']>;
  /** 紧急程度 — urgency */
  urgency: WhistleUrgency;
};

/** 吹哨列表 — a page of whistles */
export type WhistleConnection = {
  __typename?: 'WhistleConnection';
  /** One page of Whistle edges */
  edges: Array<WhistleEdge>;
  /** Where this page sits in the whole list */
  pageInfo: PageInfo;
  /** Number of items matching the filter across all pages */
  totalCount: Scalars['Int']['output'];
};

/** 吹哨报到 — an edge holding one Whistle */
export type WhistleEdge = {
  __typename?: 'WhistleEdge';
  /** Opaque cursor of this edge */
  cursor: Scalars['String']['output'];
  /** The Whistle */
  node: Whistle;
};

/** Result of a whistle mutation */
export type WhistlePayload = {
  __typename?: 'WhistlePayload';
  /** The whistle after the change */
  whistle: Whistle;
};

/** 紧急程度 — urgency of a whistle */
export type WhistleUrgency =
  /** 一般 — respond within 24 hours */
  | 'NORMAL'
  /** 紧急 — respond within 2 hours */
  | 'URGENT';

/** 撤回公示 — withdraw a published decision that was changed, revoked or found unlawful (《行政处罚法》第四十八条) */
export type WithdrawPenaltyDisclosureInput = {
  /** 决定变更时间 — when the decision was changed or revoked (default now; not in the future); the withdrawal deadline in force (at most 3 working days) runs from it */
  decisionChangedAt?: InputMaybe<Scalars['DateTimeISO']['input']>;
  /** Penalty disclosure id (PUBLISHED) (a UUID) */
  disclosureId: Scalars['ID']['input'];
  /** 撤回说明 — the reason shown to the public, 5–500 characters (e.g. 经复议撤销) (at most 10000 characters, no control characters except tab and line breaks) */
  note: Scalars['String']['input'];
  /** 撤回原因 — reason */
  reason: WithdrawalReason;
};

/** 撤回原因 — why a published decision is withdrawn (《行政处罚法》第四十八条: within 3 working days) */
export type WithdrawalReason =
  /** 决定变更 — the decision was changed */
  | 'DECISION_CHANGED'
  /** 决定撤销 — the decision was revoked */
  | 'DECISION_REVOKED'
  /** 确认违法或无效 — the decision was found unlawful or void */
  | 'FOUND_UNLAWFUL';

/** 不予公开情形 — why a decision is not published (《政府信息公开条例》第十四、十五条) */
export type WithholdGround =
  /** 未成年人 — the party is a minor (《未成年人保护法》) */
  | 'MINOR'
  /** 个人隐私 — publishing would disclose personal privacy */
  | 'PERSONAL_PRIVACY'
  /** 国家秘密 — contains state secrets */
  | 'STATE_SECRET';

/** 不予公开 — hold a penalty decision back from publication with a recorded ground and reason */
export type WithholdPenaltyDisclosureInput = {
  /** Disposition id of the penalty decision (a UUID) */
  dispositionId: Scalars['ID']['input'];
  /** 情形 — MINOR, STATE_SECRET or PERSONAL_PRIVACY */
  ground: WithholdGround;
  /** 理由 — the recorded reason, 5–500 characters (staff only) (at most 10000 characters, no control characters except tab and line breaks) */
  reason: Scalars['String']['input'];
};

/** 721 工作类别 — the three kinds of work of the 721 method */
export type WorkKind =
  /** 执法 — penalties: fines and labour in lieu (target 10 %) */
  | 'ENFORCEMENT'
  /** 管理 — visit concerns handed on as management tasks, warnings (温馨提示), rectification notices (target 20 %) */
  | 'MANAGEMENT'
  /** 服务 — merchant visits, stall allocations, service-point service days, stall guide shifts, outreach events held, SERVICE decisions on cases (target 70 %) */
  | 'SERVICE';

/** 721 工作量 — all work of a unit (with the units under it) or the whole bureau in a period, for the 721 split (70 % service, 20 % management, 10 % enforcement). Decisions on cases are counted here (enforcement); `split` adds the service subgraph's work. */
export type WorkMix = {
  __typename?: 'WorkMix';
  /** 覆盖单位 — the unit and every unit under it; null for the whole bureau */
  coveredUnitIds?: Maybe<Array<Scalars['ID']['output']>>;
  /** Period start (inclusive) */
  from: Scalars['DateTimeISO']['output'];
  /** Key of this answer: unit (or "bureau") and period */
  id: Scalars['ID']['output'];
  /** 处罚 — effective PENALTY and LABOR_IN_LIEU decisions made in the period; enforcement work */
  penalties: Scalars['Int']['output'];
  /** 整改告知 — effective RECTIFICATION_NOTICE decisions made in the period; management work */
  rectificationNotices: Scalars['Int']['output'];
  /** 服务处置 — effective SERVICE decisions (e.g. leading a vendor to a vending zone) made in the period on cases of these units */
  serviceDispositions: Scalars['Int']['output'];
  /** 721 分布 — service work from this subgraph plus enforcement's decisions, with the three shares and the distance from 70/20/10 (SUPERVISOR, ADMIN) */
  split: WorkMixSplit;
  /** Period end (exclusive) */
  to: Scalars['DateTimeISO']['output'];
  /** The unit asked for; null for the whole bureau */
  unitId?: Maybe<Scalars['ID']['output']>;
  /** 温馨提示 — effective WARNING decisions (首违不罚) made in the period; management work */
  warnings: Scalars['Int']['output'];
};

/** 721 分布 — the split over all work: service-subgraph counts, enforcement counts, shares and the distance from 70/20/10 */
export type WorkMixSplit = {
  __typename?: 'WorkMixSplit';
  /** 当场解决 — concerns solved on the spot in those visits (part of the visits; not counted again) */
  concernsSolvedOnTheSpot: Scalars['Int']['output'];
  /** 偏离度 — ½·Σ|share − target| over the three kinds: 0 is exactly 70/20/10, 1 the farthest; null when there was no work */
  distanceFrom721?: Maybe<Scalars['Float']['output']>;
  /** 引导员值班 — stall guide shifts that started in the period at zones these units run */
  guideShifts: Scalars['Int']['output'];
  /** 转管理任务 — concerns not solved on the spot, handed on as management tasks (management work) */
  managementTasks: Scalars['Int']['output'];
  /** 参加人次 — people who attended those events (shown; the work item is the event) */
  outreachAttendance: Scalars['Int']['output'];
  /** 宣传教育 — outreach events of these units that started in the period (and have started by now) */
  outreachEvents: Scalars['Int']['output'];
  /** 服务点服务日 — days (China time) a service point of these units served at least one visitor, within the period */
  servicePointDays: Scalars['Int']['output'];
  /** 服务人次 — visitors served at those service points on those days (shown; the work item is the service day) */
  servicePointVisits: Scalars['Int']['output'];
  /** 721 占比 — SERVICE, MANAGEMENT and ENFORCEMENT, in this order */
  shares: Array<WorkShare>;
  /** 摊位分配 — stalls allocated in the period in vending zones these units run */
  stallAllocations: Scalars['Int']['output'];
  /** 走访 — merchant visits made in the period by officers of these units */
  visits: Scalars['Int']['output'];
};

/** 721 占比 — one kind of work in the split */
export type WorkShare = {
  __typename?: 'WorkShare';
  /** 差距 — share − target (negative: below target); null when there was no work */
  gap?: Maybe<Scalars['Float']['output']>;
  /** 件数 — work items of this kind in the period (see WorkKind for what counts) */
  items: Scalars['Int']['output'];
  /** Kind of work */
  kind: WorkKind;
  /** 占比 — items / all items (0–1); null when there was no work */
  share?: Maybe<Scalars['Float']['output']>;
  /** 目标 — the 721 target: 0.7, 0.2 or 0.1 */
  target: Scalars['Float']['output'];
};
