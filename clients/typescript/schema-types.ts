export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar.This scalar is serialized to a string in ISO 8601 format and parsed from a string in ISO 8601 format. */
  DateTimeISO: { input: string; output: string; }
};

/** 分类学时 — hours in one category */
export type CategoryHours = {
  __typename?: 'CategoryHours';
  /** 类别 — category */
  category: CourseCategory;
  /** 学时 — hours */
  hours: Scalars['Float']['output'];
};

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
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 已发布 — published (drafts are visible to trainers only) */
  published: Scalars['Boolean']['output'];
  /** 课程简介 — summary */
  summary: Scalars['String']['output'];
  /** 课程名称 — title */
  title: Scalars['String']['output'];
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
  /** 区 — only cells of this district */
  district?: InputMaybe<Scalars['String']['input']>;
  /** 街道 — only cells of this street or town */
  street?: InputMaybe<Scalars['String']['input']>;
  /** Only cells looked after by this unit */
  unitId?: InputMaybe<Scalars['ID']['input']>;
};

/** 位置 — where the problem is */
export type LocationInput = {
  /** 地址 — address or landmark, 2–200 characters */
  address: Scalars['String']['input'];
  /** Latitude (WGS-84), −90…90 */
  lat: Scalars['Float']['input'];
  /** Longitude (WGS-84), −180…180 */
  lng: Scalars['Float']['input'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** 市民随手拍：提交问题上报 — open to anonymous callers */
  submitReport: SubmitReportPayload;
};


export type MutationSubmitReportArgs = {
  input: SubmitReportInput;
};

/** 执法队员 — law-enforcement officer of the bureau */
export type Officer = {
  __typename?: 'Officer';
  /** 执法证号 — badge (enforcement certificate) number, public */
  badgeNumber: Scalars['String']['output'];
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 负责网格 — grid cells the officer patrols (网格员) */
  grids: Array<GridCell>;
  /** 入职日期 — date of joining the service */
  hiredOn: Scalars['DateTimeISO']['output'];
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** 姓名 — name */
  name: Scalars['String']['output'];
  /** 联系电话 — phone; masked (138****5678) except for ADMIN and the officer themself */
  phone?: Maybe<Scalars['String']['output']>;
  /** 工作照 — photo URI shown on the supervision card */
  photoUri?: Maybe<Scalars['String']['output']>;
  /** 职务 — position */
  position: OfficerPosition;
  /** 在岗状态 — status */
  status: OfficerStatus;
  /** 年度培训学时 — training hours in a year against the 40-hour requirement (the officer, supervisors, trainers) */
  trainingHours: TrainingHoursSummary;
  /** 所属单位 — the unit the officer belongs to */
  unit: Unit;
};


/** 执法队员 — law-enforcement officer of the bureau */
export type OfficerTrainingHoursArgs = {
  year: Scalars['Int']['input'];
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

/** Filter for the officer list */
export type OfficerFilter = {
  /** Only officers assigned to this grid cell */
  gridCode?: InputMaybe<Scalars['String']['input']>;
  /** Only officers with this status */
  status?: InputMaybe<OfficerStatus>;
  /** Only officers of this unit */
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

export type Query = {
  __typename?: 'Query';
  /** 培训课程 — one course by id (staff) */
  course: Course;
  /** 课程目录 — training courses, ordered by code (staff) */
  courses: CourseConnection;
  /** 网格 — one grid cell by code (public) */
  gridCell: GridCell;
  /** 定位网格 — the grid cell containing a point, if any (public) */
  gridCellAt?: Maybe<GridCell>;
  /** 网格列表 — grid cells, ordered by code (public) */
  gridCells: GridCellConnection;
  /** 执法队员 — one officer by id (signed-in callers) */
  officer: Officer;
  /** 执法队员名册 — officers, ordered by badge number (signed-in callers) */
  officers: OfficerConnection;
  /** 随手拍 — one report by id (staff) */
  report: Report;
  /** 随手拍列表 — reports, newest first (staff) */
  reports: ReportConnection;
  /** 进度查询 — public progress of a report by its tracking code */
  trackReport: Report;
  /** 执法单位 — one unit by id (public) */
  unit: Unit;
  /** 执法单位 — units, optionally the children of one unit (public) */
  units: UnitConnection;
  /** 违法行为类型 — one catalogue entry by code (public) */
  violationType: ViolationType;
  /** 违法行为类型目录 — the violation-type catalogue (public) */
  violationTypes: ViolationTypeConnection;
};


export type QueryCourseArgs = {
  id: Scalars['ID']['input'];
};


export type QueryCoursesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CourseFilter>;
  first?: Scalars['Int']['input'];
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


export type QueryOfficerArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOfficersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<OfficerFilter>;
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


export type QueryTrackReportArgs = {
  trackingCode: Scalars['String']['input'];
};


export type QueryUnitArgs = {
  id: Scalars['ID']['input'];
};


export type QueryUnitsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  parentId?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryViolationTypeArgs = {
  code: Scalars['ID']['input'];
};


export type QueryViolationTypesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<ViolationTypeFilter>;
  first?: Scalars['Int']['input'];
};

/** 市民随手拍 — a citizen report of a city-management problem */
export type Report = {
  __typename?: 'Report';
  /** 地址 — address as given */
  address: Scalars['String']['output'];
  /** 责任网格员 — officer the report was dispatched to */
  assignedOfficer?: Maybe<Officer>;
  /** 问题类别 — category */
  category: ReportCategory;
  /** When the record was created */
  createdAt: Scalars['DateTimeISO']['output'];
  /** 问题描述 — what the citizen saw */
  description: Scalars['String']['output'];
  /** 所属网格 — grid cell the report was dispatched to */
  grid?: Maybe<GridCell>;
  /** Stable identifier (UUID) */
  id: Scalars['ID']['output'];
  /** Latitude (WGS-84) */
  lat: Scalars['Float']['output'];
  /** Longitude (WGS-84) */
  lng: Scalars['Float']['output'];
  /** 照片 — photo URIs */
  photoUris: Array<Scalars['String']['output']>;
  /** 处理状态 — status */
  status: ReportStatus;
  /** 提交时间 — when it was submitted */
  submittedAt: Scalars['DateTimeISO']['output'];
  /** 查询码 — public tracking code, e.g. SSP-7K3M9Q2X */
  trackingCode: Scalars['String']['output'];
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

/** Filter for the report list */
export type ReportFilter = {
  /** Only this category */
  category?: InputMaybe<ReportCategory>;
  /** Only reports dispatched to this grid cell */
  gridCode?: InputMaybe<Scalars['ID']['input']>;
  /** Only reports in this status */
  status?: InputMaybe<ReportStatus>;
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

/** 提交随手拍 — a citizen report */
export type SubmitReportInput = {
  /** 问题类别 — category */
  category: ReportCategory;
  /** 联系电话 — optional phone for feedback; stored protected */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 问题描述 — 5–1000 characters */
  description: Scalars['String']['input'];
  /** 幂等键 — client-generated key; sending the same key again returns the same report */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 位置 — location */
  location: LocationInput;
  /** 照片 — up to 9 photo URIs (uploaded beforehand) */
  photoUris?: Array<Scalars['String']['input']>;
};

/** Result of submitReport */
export type SubmitReportPayload = {
  __typename?: 'SubmitReportPayload';
  /** The stored report; keep `trackingCode` to follow its progress */
  report: Report;
};

/** 年度培训学时 — an officer’s training hours in one year against the requirement */
export type TrainingHoursSummary = {
  __typename?: 'TrainingHoursSummary';
  /** 分类明细 — hours per category */
  byCategory: Array<CategoryHours>;
  /** 是否达标 — totalHours ≥ requiredHours */
  met: Scalars['Boolean']['output'];
  /** 年度要求 — hours required per year (≥ 40) */
  requiredHours: Scalars['Float']['output'];
  /** 已获学时 — hours credited in the year */
  totalHours: Scalars['Float']['output'];
  /** 年度 — year */
  year: Scalars['Int']['output'];
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
  /** 免罚条件 — conditions for the exemption, when on the list */
  exemptionConditions?: Maybe<Scalars['String']['output']>;
  /** 罚款上限（元） — maximum fine in yuan */
  fineMaxYuan: Scalars['Int']['output'];
  /** 罚款下限（元） — minimum fine in yuan */
  fineMinYuan: Scalars['Int']['output'];
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
