/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: any; output: any; }
  /** A calendar date, ISO 8601 YYYY-MM-DD (deadlines are dates in China Standard Time). */
  LocalDate: { input: any; output: any; }
  /** Money in 万元 (10,000 CNY), exact to the yuan. Input a number or decimal string (at most 4 decimals, not negative). */
  WanYuan: { input: any; output: any; }
};

/** 承接方式: 订单式 / 菜单式 / 定向式 / 配送式 */
export type AcceptanceMode =
  | 'DELIVERY'
  | 'MENU'
  | 'ORDER'
  | 'TARGETED';

/** A new industry: its code is generated (U-…) and never changes. */
export type AddIndustryInput = {
  /** Other names files use for it */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** e.g. 柔性电子 */
  name: Scalars['String']['input'];
  /** The parent by name, alias or code, e.g. 电子核心 or 1.2; none: a top-level industry */
  parent?: InputMaybe<Scalars['String']['input']>;
};

/** How a researcher hears of newly published demands that fit them: at once, in a weekly digest, or not at all */
export type AlertMode =
  | 'INSTANT'
  | 'MUTED'
  | 'WEEKLY_DIGEST';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  /** When the sign-up named an existing enterprise: the request to join it (the account belongs to no organization until it is approved) */
  joinRequest?: Maybe<JoinRequest>;
  /** Bearer token: send as `Authorization: Bearer <token>` */
  token: Scalars['String']['output'];
  user: User;
};

/** 揭榜: a talent’s application for a demand. Sealed: a researcher sees only their own. */
export type Bid = {
  __typename?: 'Bid';
  createdAt: Scalars['DateTime']['output'];
  demand: Demand;
  durationMonths: Scalars['Int']['output'];
  /** Every status change of the bid, oldest first. */
  history: Array<LedgerEntry>;
  id: Scalars['ID']['output'];
  /** 技术方案 summary */
  proposal: Scalars['String']['output'];
  /** 报价 in 万元 */
  quote: Scalars['WanYuan']['output'];
  /** The experts’ verdict (score, rank, criteria, anonymous comments): for the enterprise and admins, and for the bidder once not selected. Null before any score. */
  review?: Maybe<BidReview>;
  status: BidStatus;
  talent: Talent;
  /** 团队成员 */
  teamMembers: Array<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

/** The panel’s verdict on a bid: aggregates and anonymous comments, never who gave what. */
export type BidReview = {
  __typename?: 'BidReview';
  /** The experts’ comments, in no particular order and without names */
  comments: Array<Scalars['String']['output']>;
  /** Mean score per criterion, 0–100 */
  criteria: ReviewWeights;
  /** Rank among the demand’s scored bids (1 = best; equal scores share a rank) */
  rank: Scalars['Int']['output'];
  /** Number of scored bids on the demand */
  rankedBids: Scalars['Int']['output'];
  reviewCount: Scalars['Int']['output'];
  /** Mean of the experts’ weighted totals, 0–100 */
  score: Scalars['Float']['output'];
  /** The weights applied (the list’s, or the defaults) */
  weights: ReviewWeights;
};

/** One expert’s scores of one bid (seen by that expert and admins only). */
export type BidScore = {
  __typename?: 'BidScore';
  bidId: Scalars['ID']['output'];
  comment: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Who gave the scores: admins and the expert only */
  expert?: Maybe<User>;
  id: Scalars['ID']['output'];
  /** 报价合理性 0–100 */
  price: Scalars['Int']['output'];
  /** 进度可行性 0–100 */
  schedule: Scalars['Int']['output'];
  /** 团队能力 0–100 */
  team: Scalars['Int']['output'];
  /** 技术方案 0–100 */
  technical: Scalars['Int']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** 已提交 / 入围 / 挂帅 / 未入选 / 已撤回 */
export type BidStatus =
  | 'AWARDED'
  | 'NOT_SELECTED'
  | 'SHORTLISTED'
  | 'SUBMITTED'
  | 'WITHDRAWN';

export type Breakdown = {
  __typename?: 'Breakdown';
  key: Scalars['String']['output'];
  published: Scalars['Int']['output'];
  takeRate: Scalars['Float']['output'];
  taken: Scalars['Int']['output'];
};

/** A concept of the demand and the phrase of the candidate that covers it */
export type ConceptPair = {
  __typename?: 'ConceptPair';
  /** The candidate’s phrase, e.g. 4H-SiC MOS界面 */
  candidate: Scalars['String']['output'];
  /** The demand’s phrase, e.g. 碳化硅栅氧 */
  demand: Scalars['String']['output'];
};

export type CreateDemandInput = {
  acceptanceMode?: InputMaybe<AcceptanceMode>;
  /** 拟投入资金 in 万元 */
  budget?: InputMaybe<Scalars['WanYuan']['input']>;
  /** 需求编号; generated (JB-YYYY-XXXXXX) when not given */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Confidential */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Confidential */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 揭榜截止日期; must be in the future */
  deadline?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 需求描述: the problem, in prose */
  description: Scalars['String']['input'];
  /** 技术指标: measurable targets */
  indicators?: InputMaybe<Scalars['String']['input']>;
  /** Hide indicators from the public (default false) */
  indicatorsConfidential?: InputMaybe<Scalars['Boolean']['input']>;
  /** Industry by name or alias, e.g. 新材料, 锂电, IC */
  industry: Scalars['String']['input'];
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The 榜单 it belongs to */
  listId?: InputMaybe<Scalars['ID']['input']>;
  /** Teams to award: 1 (default), more for 赛马制 */
  maxWinners?: InputMaybe<Scalars['Int']['input']>;
  /** Admin only: the enterprise the demand is for */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 所在地区, e.g. 浙江省嘉兴市南湖区 */
  region: Scalars['String']['input'];
  /** 揭榜条件: who may bid */
  requirements?: InputMaybe<Scalars['String']['input']>;
  /** 需求名称, at most 100 characters */
  title: Scalars['String']['input'];
  /** Default TECH_BREAKTHROUGH (技术攻关) */
  type?: InputMaybe<DemandType>;
};

export type CreateDemandListInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  issuer?: InputMaybe<Scalars['String']['input']>;
  name: Scalars['String']['input'];
  region?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type CreateUserInput = {
  /** 统一社会信用代码 of the enterprise; with an existing one, the sign-up asks to join that enterprise */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** Attach to an existing organization instead of naming one */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** ENTERPRISE: the enterprise (an existing one is asked to be joined); RESEARCHER and EXPERT: 工作单位 */
  organizationName?: InputMaybe<Scalars['String']['input']>;
  /** Type of a new 工作单位 (default UNIVERSITY) */
  organizationType?: InputMaybe<OrganizationType>;
  /** 10 to 128 characters of at least two kinds (letters, digits, symbols), not the e-mail */
  password: Scalars['String']['input'];
  /** 所在地区, e.g. 浙江省嘉兴市; required for researchers */
  region?: InputMaybe<Scalars['String']['input']>;
  role: Role;
};

/** What one run of the deadline job did. */
export type DeadlineJobReport = {
  __typename?: 'DeadlineJobReport';
  /** PUBLISHED demands closed as UNTAKEN (流榜) */
  closed: Scalars['Int']['output'];
  /** The day (China) the run was for */
  day: Scalars['String']['output'];
  /** Weekly digests sent (Mondays) */
  digests: Scalars['Int']['output'];
  /** Overdue stages flagged (new notifications) */
  overdue: Scalars['Int']['output'];
  /** Due-date reminders sent (new notifications) */
  reminders: Scalars['Int']['output'];
};

/** 技术需求 (榜): one enterprise technical problem with targets and a budget. */
export type Demand = {
  __typename?: 'Demand';
  acceptanceMode?: Maybe<AcceptanceMode>;
  awardedCount: Scalars['Int']['output'];
  /** Bids received (withdrawn ones not counted); public. */
  bidCount: Scalars['Int']['output'];
  /** The bids the caller may see: all for its enterprise and admins, own for a researcher, those without conflict for its reviewers. */
  bids: Array<Bid>;
  /** 拟投入资金 in 万元 */
  budget?: Maybe<Scalars['WanYuan']['output']>;
  /** 需求编号, e.g. JX-2022-001 */
  code: Scalars['String']['output'];
  /** Confidential contact */
  contactName?: Maybe<Scalars['String']['output']>;
  /** Confidential contact */
  contactPhone?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 揭榜截止日期 */
  deadline?: Maybe<Scalars['LocalDate']['output']>;
  description: Scalars['String']['output'];
  /** Health colour against the stage time limits, with what is due (the enterprise, its awarded teams and admins) */
  health?: Maybe<DemandHealth>;
  /** Every status change and edit of the demand, oldest first. */
  history: Array<LedgerEntry>;
  id: Scalars['ID']['output'];
  /** 技术指标 (null for outsiders when confidential) */
  indicators?: Maybe<Scalars['String']['output']>;
  /** When true, indicators are shown only to those allowed to read confidential fields. */
  indicatorsConfidential: Scalars['Boolean']['output'];
  /** 红黄蓝: industrialisation after acceptance (RED from acceptance) */
  industrialisation?: Maybe<Industrialisation>;
  /** Since when the industrialisation status holds (开工 / 投产 date) */
  industrialisationSince?: Maybe<Scalars['LocalDate']['output']>;
  /** Industry name */
  industry: Scalars['String']['output'];
  keywords: Array<Scalars['String']['output']>;
  /** 榜单 */
  list?: Maybe<DemandList>;
  /** For those who may run matchTalents (null for others): strong and moderate candidates, and advice when none is strong. */
  matchOutlook?: Maybe<MatchOutlook>;
  /** 1, or more than 1 for 赛马制 (parallel teams) */
  maxWinners: Scalars['Int']['output'];
  midtermAt?: Maybe<Scalars['DateTime']['output']>;
  /** 中期检查 result, recorded by an admin */
  midtermResult?: Maybe<MidtermResult>;
  /** Milestones (the enterprise, the awarded teams and admins; null for others) */
  milestones?: Maybe<Array<Milestone>>;
  /** Statuses the caller can move this demand to now. */
  nextStatuses: Array<DemandStatus>;
  /** 发榜单位 */
  organization: Organization;
  /** Near-identical demands in other lists (likely duplicates). */
  possibleDuplicates: Array<SimilarDemand>;
  /** 发布日期: when it was published (approved) */
  publishedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The quality check (null for those who may not see it). Read it after submitDemand: `warning` is set below the threshold. */
  quality?: Maybe<DemandQuality>;
  /** 所在地区, e.g. 浙江省嘉兴市南湖区 */
  region: Scalars['String']['output'];
  /** 揭榜条件: who may bid */
  requirements?: Maybe<Scalars['String']['output']>;
  status: DemandStatus;
  /** When it was last submitted for review (the review time limit runs from here) */
  submittedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 揭榜日期: when the last needed award was made */
  takenAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  type: DemandType;
  updatedAt: Scalars['DateTime']['output'];
};

/** What a demand being written would get: its quality check and the demands it resembles. */
export type DemandDraftCheck = {
  __typename?: 'DemandDraftCheck';
  quality: DemandQuality;
  /** Demands the caller may read that say nearly the same thing, most similar first */
  similar: Array<SimilarDemand>;
};

export type DemandDraftInput = {
  /** 拟投入资金 in 万元 */
  budget?: InputMaybe<Scalars['WanYuan']['input']>;
  /** 揭榜截止日期; must be in the future */
  deadline?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The saved demand being edited (never reported as similar to itself) */
  demandId?: InputMaybe<Scalars['ID']['input']>;
  /** 需求描述: the problem, in prose */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 技术指标: measurable targets */
  indicators?: InputMaybe<Scalars['String']['input']>;
  /** Industry by name or alias, e.g. 新材料, 锂电, IC */
  industry?: InputMaybe<Scalars['String']['input']>;
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The 榜单 it belongs to */
  listId?: InputMaybe<Scalars['ID']['input']>;
  /** 所在地区, e.g. 浙江省嘉兴市南湖区 */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 需求名称, at most 100 characters */
  title?: InputMaybe<Scalars['String']['input']>;
};

export type DemandFilterInput = {
  /** Industry name or alias; sub-industries are included */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** The 榜单 by name */
  list?: InputMaybe<Scalars['String']['input']>;
  listId?: InputMaybe<Scalars['ID']['input']>;
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** Part of the region, e.g. 嘉兴 or 南湖区 */
  region?: InputMaybe<Scalars['String']['input']>;
  statuses?: InputMaybe<Array<DemandStatus>>;
  /** Plain text in code, title, description or keywords */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** How a demand stands against its stage time limits. */
export type DemandHealth = {
  __typename?: 'DemandHealth';
  colour: HealthColour;
  items: Array<DueItemType>;
};

/** 榜单: a published list of demands, e.g. 嘉兴市2022年企业关键技术需求榜单. */
export type DemandList = {
  __typename?: 'DemandList';
  createdAt: Scalars['DateTime']['output'];
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 发布单位, e.g. 嘉兴市科学技术局 */
  issuer?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  region?: Maybe<Scalars['String']['output']>;
  /** Weights of the review criteria for this list’s demands */
  reviewWeights: ReviewWeights;
  updatedAt: Scalars['DateTime']['output'];
  year?: Maybe<Scalars['Int']['output']>;
};

export type DemandListPage = {
  __typename?: 'DemandListPage';
  items: Array<DemandList>;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type DemandMatch = {
  __typename?: 'DemandMatch';
  breakdown: MatchBreakdown;
  /** The concept pairs of the reasons, at most three */
  conceptPairs: Array<ConceptPair>;
  demand: Demand;
  matchedTerms: Array<Scalars['String']['output']>;
  /** Why, in Chinese: the strength, at most three concept pairs (需求 ↔ 候选), then outcomes, live work, level and region */
  reasons: Scalars['String']['output'];
  /** Calibrated 0–1, the same on every demand: the weighted share of the demand’s specific concepts the candidate covers (README, "Match scores") */
  score: Scalars['Float']['output'];
  strength: MatchStrength;
};

export type DemandPage = {
  __typename?: 'DemandPage';
  items: Array<Demand>;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** How clear a demand is (unclear demands are the main reason lists fail). */
export type DemandQuality = {
  __typename?: 'DemandQuality';
  hints: Array<QualityHint>;
  /** Score at or above the threshold (60) */
  passed: Scalars['Boolean']['output'];
  /** 0–100 */
  score: Scalars['Int']['output'];
  /** Set when the score is below the threshold: submitting is allowed, with this warning */
  warning?: Maybe<Scalars['String']['output']>;
};

export type DemandSortField =
  | 'BUDGET'
  | 'CODE'
  | 'CREATED_AT'
  | 'DEADLINE'
  | 'PUBLISHED_AT'
  | 'TITLE';

export type DemandSortInput = {
  direction?: InputMaybe<SortDirection>;
  field?: InputMaybe<DemandSortField>;
};

/** 草稿 / 待审核 / 揭榜中 / 已揭榜 / 攻关中 / 已验收 / 流榜 / 已撤回 / 已终止 */
export type DemandStatus =
  | 'ACCEPTED'
  | 'DRAFT'
  | 'IN_PROGRESS'
  | 'PUBLISHED'
  | 'SUBMITTED'
  | 'TAKEN'
  | 'TERMINATED'
  | 'UNTAKEN'
  | 'WITHDRAWN';

/** 技术攻关 / 成果转化 / 联合研发 / 人才引进 */
export type DemandType =
  | 'JOINT_RD'
  | 'RESULT_TRANSFER'
  | 'TALENT_INTRODUCTION'
  | 'TECH_BREAKTHROUGH';

/** A stage with a time limit. */
export type DueItemType = {
  __typename?: 'DueItemType';
  dueOn: Scalars['LocalDate']['output'];
  message: Scalars['String']['output'];
  milestoneId?: Maybe<Scalars['ID']['output']>;
  overdue: Scalars['Boolean']['output'];
  /** REVIEW, DECISION, CONTRACT or MILESTONE */
  stage: Scalars['String']['output'];
};

/** Counts over every result of the search (before paging) by one field. */
export type Facet = {
  __typename?: 'Facet';
  /** industry, region (city), status (demands) or level (talents) */
  field: Scalars['String']['output'];
  values: Array<FacetValue>;
};

export type FacetValue = {
  __typename?: 'FacetValue';
  count: Scalars['Int']['output'];
  value: Scalars['String']['output'];
};

/** Demands that reached each stage (each stage is a subset of the one before). */
export type Funnel = {
  __typename?: 'Funnel';
  accepted: Scalars['Int']['output'];
  /** Reached 攻关 (IN_PROGRESS, ACCEPTED, or TERMINATED from it) */
  inProgress: Scalars['Int']['output'];
  published: Scalars['Int']['output'];
  /** At least one bid shortlisted or awarded */
  shortlisted: Scalars['Int']['output'];
  taken: Scalars['Int']['output'];
  /** At least one bid */
  withBids: Scalars['Int']['output'];
};

/** GREEN on time, YELLOW something due soon, RED something overdue */
export type HealthColour =
  | 'GREEN'
  | 'RED'
  | 'YELLOW';

/** A file to import: its name (the extension picks the format) and its bytes in base64. */
export type ImportFileInput = {
  contentBase64: Scalars['String']['input'];
  /** e.g. 榜单.xlsx, roster.csv, 需求.txt (Excel "Unicode 文本"), demands.json; a .xls is refused with how to save it as .xlsx */
  name: Scalars['String']['input'];
};

/** What an import did: rows created, updated and left unchanged. */
export type ImportReport = {
  __typename?: 'ImportReport';
  created: Scalars['Int']['output'];
  /** A dry run: the figures are what the import would do; nothing was written (no duplicate search either). */
  dryRun: Scalars['Boolean']['output'];
  file: Scalars['String']['output'];
  /** demands, talents or taxonomy */
  kind: Scalars['String']['output'];
  unchanged: Scalars['Int']['output'];
  updated: Scalars['Int']['output'];
  /** The stable codes of the kinds of warning above, once each, e.g. UNKNOWN_INDUSTRY_KEPT, POSSIBLE_DUPLICATE */
  warningKinds: Array<Scalars['String']['output']>;
  /** In Chinese, for the person who made the file: unknown columns ignored, industries kept as written, possible duplicates… */
  warnings: Array<Scalars['String']['output']>;
};

export type IndexStats = {
  __typename?: 'IndexStats';
  demands: Scalars['Int']['output'];
  ms: Scalars['Int']['output'];
  talents: Scalars['Int']['output'];
};

/** 红黄蓝三色管理: RED 未开工, YELLOW 在建, BLUE 已投产 */
export type Industrialisation =
  | 'BLUE'
  | 'RED'
  | 'YELLOW';

export type IndustrialisationInput = {
  demandId: Scalars['ID']['input'];
  /** Since when (开工 date for YELLOW, 投产 date for BLUE) */
  since: Scalars['LocalDate']['input'];
  status: Industrialisation;
};

/** 产业领域: 战略性新兴产业分类(2018) levels 1–2 and the local industry chains, with aliases; admins own it. */
export type Industry = {
  __typename?: 'Industry';
  aliases: Array<Scalars['String']['output']>;
  /** Stable code: the SEI 2018 code (e.g. 3.2), a chain code (e.g. C-LITHIUM) or one generated for an admin’s industry (U-…). */
  code: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** Every change to the industry, oldest first. */
  history: Array<LedgerEntry>;
  id: Scalars['ID']['output'];
  /** Depth in the tree: 1 and 2 are SEI 2018 levels, 3 and below local chains. */
  level: Scalars['Int']['output'];
  /** The industry this one was merged into. */
  mergedInto?: Maybe<Industry>;
  name: Scalars['String']['output'];
  parent?: Maybe<Industry>;
  /** When it was retired (or merged): no longer offered for new rows, kept for history. */
  retiredAt?: Maybe<Scalars['DateTime']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

/** A name as the file writes it, and the existing industry it stands for. */
export type IndustryMapEntry = {
  /** e.g. 柔性电子 */
  from: Scalars['String']['input'];
  /** An existing industry by name, alias or code, e.g. 电子核心 */
  to: Scalars['String']['input'];
};

export type InstitutionAwards = {
  __typename?: 'InstitutionAwards';
  awards: Scalars['Int']['output'];
  institution: Scalars['String']['output'];
};

/** 加入企业申请: pending until the enterprise’s admin member or a platform admin decides. */
export type JoinRequest = {
  __typename?: 'JoinRequest';
  applicant: User;
  createdAt: Scalars['DateTime']['output'];
  decidedAt?: Maybe<Scalars['DateTime']['output']>;
  /** The applicant’s e-mail, for the applicant and those who decide */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** The enterprise asked */
  organization: Organization;
  /** Why it was rejected, when a reason was given */
  reason?: Maybe<Scalars['String']['output']>;
  status: JoinRequestStatus;
  updatedAt: Scalars['DateTime']['output'];
};

export type JoinRequestFilterInput = {
  /** Platform admins: one enterprise’s requests */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  status?: InputMaybe<JoinRequestStatus>;
};

export type JoinRequestPage = {
  __typename?: 'JoinRequestPage';
  items: Array<JoinRequest>;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** 待审批 / 已批准 / 已拒绝 */
export type JoinRequestStatus =
  | 'APPROVED'
  | 'PENDING'
  | 'REJECTED';

export type LedgerEntityType =
  | 'BID'
  | 'DEMAND'
  | 'INDUSTRY'
  | 'JOIN_REQUEST'
  | 'MILESTONE'
  | 'TALENT';

/** 台账 entry: who moved what from which status to which, when, and why. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** The move made, e.g. submit, approve, award */
  action: Scalars['String']['output'];
  /** Who made the change; null for the platform itself. */
  actor?: Maybe<User>;
  at: Scalars['DateTime']['output'];
  /** The demand the entry belongs to (for a bid, the demand bid on); null for a talent or a join request. */
  demandId?: Maybe<Scalars['ID']['output']>;
  entityId: Scalars['ID']['output'];
  entityType: LedgerEntityType;
  /** Status before; null when the entity was created */
  from?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  note?: Maybe<Scalars['String']['output']>;
  /** The enterprise owning the demand (or asked to be joined): 一企一台账; null for a talent. */
  organizationId?: Maybe<Scalars['ID']['output']>;
  /** Status after (the same as before for an edit that keeps it) */
  to: Scalars['String']['output'];
};

/** 一企一台账: one row per demand of the enterprise. */
export type LedgerRow = {
  __typename?: 'LedgerRow';
  colour: HealthColour;
  demand: Demand;
  industrialisation?: Maybe<Industrialisation>;
  /** The latest entry about the demand or anything of it */
  lastChange?: Maybe<LedgerEntry>;
  status: DemandStatus;
};

/** The ranking’s signals, each 0–1, before weighting (weights in the README); the order of results comes from them. */
export type MatchBreakdown = {
  __typename?: 'MatchBreakdown';
  industry: Scalars['Float']['output'];
  level: Scalars['Float']['output'];
  /** 1 = no live awarded work */
  load: Scalars['Float']['output'];
  region: Scalars['Float']['output'];
  /** Text relevance (BM25) relative to the best candidate */
  text: Scalars['Float']['output'];
  trackRecord: Scalars['Float']['output'];
};

export type MatchFilterInput = {
  /** At least this level */
  minLevel?: InputMaybe<TalentLevel>;
  /** Part of the region, e.g. 杭州 */
  region?: InputMaybe<Scalars['String']['input']>;
  remoteOk?: InputMaybe<Scalars['Boolean']['input']>;
};

/** How the pool looks for a demand: its STRONG and MODERATE candidates among the first 50, and advice when none is STRONG */
export type MatchOutlook = {
  __typename?: 'MatchOutlook';
  /** In Chinese, only when there is no STRONG candidate: what to do */
  advice?: Maybe<Scalars['String']['output']>;
  moderateCount: Scalars['Int']['output'];
  strongCount: Scalars['Int']['output'];
};

/** How well the engine predicted the winners: the rank each winner had in matchTalents at award time. */
export type MatchStatistics = {
  __typename?: 'MatchStatistics';
  inTop5: Scalars['Int']['output'];
  inTop10: Scalars['Int']['output'];
  /** Awards with a recorded rank (imported history has none) */
  rankedAwards: Scalars['Int']['output'];
  top5Share?: Maybe<Scalars['Float']['output']>;
  top10Share?: Maybe<Scalars['Float']['output']>;
};

/** 强 / 中 / 弱, from the calibrated score: STRONG from 0.65, MODERATE from 0.15 */
export type MatchStrength =
  | 'MODERATE'
  | 'STRONG'
  | 'WEAK';

/** 企业管理员（审批加入申请）/ 企业成员 */
export type MemberRole =
  | 'ADMIN'
  | 'MEMBER';

export type MidtermCheckInput = {
  demandId: Scalars['ID']['input'];
  /** 中期检查报告 reference */
  documentRef: Scalars['String']['input'];
  result: MidtermResult;
};

/** 中期检查: 通过 / 未通过 */
export type MidtermResult =
  | 'FAILED'
  | 'PASSED';

export type Milestone = {
  __typename?: 'Milestone';
  /** The awarded bid whose plan this is */
  bidId: Scalars['ID']['output'];
  createdAt: Scalars['DateTime']['output'];
  /** 交付物 */
  deliverable: Scalars['String']['output'];
  demandId: Scalars['ID']['output'];
  dueDate: Scalars['LocalDate']['output'];
  id: Scalars['ID']['output'];
  /** Share of the payment released by this milestone, in percent (the plan sums to 100) */
  paymentShare: Scalars['Int']['output'];
  /** Progress reports, oldest first */
  reports: Array<ProgressReport>;
  /** Why the enterprise returned it */
  returnReason?: Maybe<Scalars['String']['output']>;
  /** Order in the plan, from 1 */
  seq: Scalars['Int']['output'];
  status: MilestoneStatus;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

export type MilestoneInput = {
  /** 交付物 */
  deliverable: Scalars['String']['input'];
  dueDate: Scalars['LocalDate']['input'];
  /** Percent of the payment (the plan sums to 100) */
  paymentShare: Scalars['Int']['input'];
  title: Scalars['String']['input'];
};

/** 计划中 / 已提交 / 已确认 / 已退回 */
export type MilestoneStatus =
  | 'CONFIRMED'
  | 'PLANNED'
  | 'REPORTED'
  | 'RETURNED';

export type MonthCount = {
  __typename?: 'MonthCount';
  /** YYYY-MM (China time) */
  month: Scalars['String']['output'];
  /** Published that month */
  published: Scalars['Int']['output'];
  /** Taken that month */
  taken: Scalars['Int']['output'];
};

export type Mutation = {
  __typename?: 'Mutation';
  /** IN_PROGRESS → ACCEPTED (验收), citing the acceptance report; every milestone must be confirmed */
  acceptDemand: Demand;
  /** Admin: add an industry (name, parent, aliases); names and aliases must be new. */
  addIndustry: Industry;
  /** Admin: add aliases; one another industry uses as name or alias is a CONFLICT. */
  addIndustryAliases: Industry;
  /** SUBMITTED → PUBLISHED (发榜) */
  approveDemand: Demand;
  /** The enterprise’s admin member or a platform admin lets the applicant in (as a MEMBER). */
  approveJoinRequest: JoinRequest;
  /** Assigns EXPERT users to review a published demand’s bids; refuses conflicts of interest (CONFLICT_OF_INTEREST). Returns the whole panel. */
  assignExperts: Array<User>;
  /** 挂帅: award a bid; the maxWinners-th award moves the demand to TAKEN. */
  awardBid: Bid;
  /** Change one’s password; every earlier token stops working, so use the one returned. */
  changePassword: AuthPayload;
  /** REPORTED → CONFIRMED (the enterprise accepts the deliverable) */
  confirmMilestone: Milestone;
  /** Creates a DRAFT demand. */
  createDemand: Demand;
  /** Admin only: open a new 榜单. */
  createDemandList: DemandList;
  /** Admin only: create an account of any role (ADMIN and EXPERT are created only this way). */
  createUser: User;
  /** Admin: import (upsert by 需求编号) a demand list file; all-or-nothing. */
  importDemands: ImportReport;
  /** Admin: import (upsert by 人才编号) a talent roster file; all-or-nothing. */
  importTalents: ImportReport;
  /** Admin: import a taxonomy file (名称, 上级, 别名, 编码): adds industries and aliases, moves and renames; all-or-nothing. */
  importTaxonomy: ImportReport;
  login: AuthPayload;
  /** Marks the given notifications (or all) read; returns how many changed. */
  markNotificationsRead: Scalars['Int']['output'];
  /** Admin: merge industry `id` into `intoId`: its demands, talents, names (as aliases) and sub-industries move; it stays, merged, for history. Returns the target. */
  mergeIndustry: Industry;
  /** Admin: put an industry under another parent (by name, alias or code), or at the top when parent is null. */
  moveIndustry: Industry;
  /** Admin: rebuild this server’s search index from the database. */
  rebuildSearchIndex: IndexStats;
  /** 中期检查 of a demand in progress, citing its report */
  recordMidtermCheck: Demand;
  /** Self-service sign-up as an ENTERPRISE user or a RESEARCHER. Naming an existing enterprise (or its credit code) makes a join request, not a member. */
  register: AuthPayload;
  /** SUBMITTED → DRAFT, with the reason */
  rejectDemand: Demand;
  /** The enterprise’s admin member or a platform admin turns the request down. */
  rejectJoinRequest: JoinRequest;
  /** UNTAKEN (流榜) → PUBLISHED with a new deadline */
  relistDemand: Demand;
  /** Admin: remove aliases. */
  removeIndustryAliases: Industry;
  /** Admin: rename; the old name stays an alias unless keepOldName is false; talents’ lists follow. */
  renameIndustry: Industry;
  /** The awarded team files a progress report; `complete: true` reports the milestone done (→ REPORTED). */
  reportProgress: Milestone;
  /** Admin: retire an industry: no longer offered for new demands, imports or suggestions; existing demands and talents keep it. */
  retireIndustry: Industry;
  /** REPORTED → RETURNED, with the reason; the team reports again */
  returnMilestone: Milestone;
  /** Runs the daily deadline job now (it also runs at 00:10 China time); safe to repeat. */
  runDeadlineJob: DeadlineJobReport;
  /** Scores a bid on the four criteria (again to revise), while the demand is published. */
  scoreBid: BidScore;
  /** How to hear of newly published demands that fit you: INSTANT, WEEKLY_DIGEST or MUTED. */
  setAlertMode: User;
  /** 红黄蓝 industrialisation of an accepted demand: RED → YELLOW → BLUE, dated */
  setIndustrialisation: Demand;
  /** Sets (or replaces, while none was reported) the milestone plan of an awarded team; payment shares sum to 100. */
  setMilestones: Array<Milestone>;
  /** Sets the review criteria weights of a list (they must sum to 1). */
  setReviewWeights: DemandList;
  /** Admin only: disable an account (its sign-ins and tokens are refused) or enable it again. */
  setUserDisabled: User;
  shortlistBid: Bid;
  /** TAKEN → IN_PROGRESS (contract signed) */
  startDemand: Demand;
  /** 揭榜: bid on a published demand. */
  submitBid: Bid;
  /** DRAFT → SUBMITTED (for review) */
  submitDemand: Demand;
  /** IN_PROGRESS → TERMINATED, with the reason */
  terminateDemand: Demand;
  updateDemand: Demand;
  /** A researcher edits their own profile; an admin any. */
  updateTalent: Talent;
  withdrawBid: Bid;
  /** DRAFT, SUBMITTED or PUBLISHED → WITHDRAWN */
  withdrawDemand: Demand;
};


export type MutationAcceptDemandArgs = {
  documentRef: Scalars['String']['input'];
  id: Scalars['ID']['input'];
};


export type MutationAddIndustryArgs = {
  input: AddIndustryInput;
};


export type MutationAddIndustryAliasesArgs = {
  aliases: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationApproveDemandArgs = {
  id: Scalars['ID']['input'];
};


export type MutationApproveJoinRequestArgs = {
  id: Scalars['ID']['input'];
};


export type MutationAssignExpertsArgs = {
  demandId: Scalars['ID']['input'];
  expertIds: Array<Scalars['ID']['input']>;
};


export type MutationAwardBidArgs = {
  id: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationConfirmMilestoneArgs = {
  id: Scalars['ID']['input'];
};


export type MutationCreateDemandArgs = {
  input: CreateDemandInput;
};


export type MutationCreateDemandListArgs = {
  input: CreateDemandListInput;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationImportDemandsArgs = {
  dryRun?: Scalars['Boolean']['input'];
  file: ImportFileInput;
  industryMap?: InputMaybe<Array<IndustryMapEntry>>;
  list?: InputMaybe<Scalars['String']['input']>;
  newIndustries?: InputMaybe<NewIndustriesInput>;
  sheet?: InputMaybe<Scalars['String']['input']>;
};


export type MutationImportTalentsArgs = {
  dryRun?: Scalars['Boolean']['input'];
  file: ImportFileInput;
  industryMap?: InputMaybe<Array<IndustryMapEntry>>;
  newIndustries?: InputMaybe<NewIndustriesInput>;
  sheet?: InputMaybe<Scalars['String']['input']>;
};


export type MutationImportTaxonomyArgs = {
  file: ImportFileInput;
};


export type MutationLoginArgs = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationMergeIndustryArgs = {
  id: Scalars['ID']['input'];
  intoId: Scalars['ID']['input'];
};


export type MutationMoveIndustryArgs = {
  id: Scalars['ID']['input'];
  parent?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRecordMidtermCheckArgs = {
  input: MidtermCheckInput;
};


export type MutationRegisterArgs = {
  input: RegisterInput;
};


export type MutationRejectDemandArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationRejectJoinRequestArgs = {
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
};


export type MutationRelistDemandArgs = {
  deadline: Scalars['LocalDate']['input'];
  id: Scalars['ID']['input'];
};


export type MutationRemoveIndustryAliasesArgs = {
  aliases: Array<Scalars['String']['input']>;
  id: Scalars['ID']['input'];
};


export type MutationRenameIndustryArgs = {
  id: Scalars['ID']['input'];
  keepOldName?: Scalars['Boolean']['input'];
  name: Scalars['String']['input'];
};


export type MutationReportProgressArgs = {
  input: ReportProgressInput;
};


export type MutationRetireIndustryArgs = {
  id: Scalars['ID']['input'];
};


export type MutationReturnMilestoneArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationScoreBidArgs = {
  input: ScoreBidInput;
};


export type MutationSetAlertModeArgs = {
  alerts: AlertMode;
};


export type MutationSetIndustrialisationArgs = {
  input: IndustrialisationInput;
};


export type MutationSetMilestonesArgs = {
  input: SetMilestonesInput;
};


export type MutationSetReviewWeightsArgs = {
  listId: Scalars['ID']['input'];
  weights: ReviewWeightsInput;
};


export type MutationSetUserDisabledArgs = {
  disabled: Scalars['Boolean']['input'];
  id: Scalars['ID']['input'];
};


export type MutationShortlistBidArgs = {
  id: Scalars['ID']['input'];
};


export type MutationStartDemandArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSubmitBidArgs = {
  input: SubmitBidInput;
};


export type MutationSubmitDemandArgs = {
  id: Scalars['ID']['input'];
};


export type MutationTerminateDemandArgs = {
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};


export type MutationUpdateDemandArgs = {
  id: Scalars['ID']['input'];
  input: UpdateDemandInput;
};


export type MutationUpdateTalentArgs = {
  id: Scalars['ID']['input'];
  input: UpdateTalentInput;
};


export type MutationWithdrawBidArgs = {
  id: Scalars['ID']['input'];
};


export type MutationWithdrawDemandArgs = {
  id: Scalars['ID']['input'];
};

/** Industries the file names that the taxonomy does not have: created (a warning each) instead of refusing the file. */
export type NewIndustriesInput = {
  mode: NewIndustryMode;
  /** Their parent by name, alias or code, e.g. 电子核心; none: top level */
  parent?: InputMaybe<Scalars['String']['input']>;
};

/** CREATE: add the industries a file names that the taxonomy lacks */
export type NewIndustryMode =
  | 'CREATE';

export type Notification = {
  __typename?: 'Notification';
  body: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  demandId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  kind: NotificationKind;
  readAt?: Maybe<Scalars['DateTime']['output']>;
  title: Scalars['String']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** 新揭榜申请 / 我的揭榜状态 / 我的需求状态 / 即将到期 / 已逾期 / 为我推荐的新需求 / 每周摘要 / 加入企业申请 / 加入申请的结果 */
export type NotificationKind =
  | 'BID_STATUS'
  | 'DEMAND_STATUS'
  | 'DIGEST'
  | 'DUE_SOON'
  | 'JOIN_DECISION'
  | 'JOIN_REQUEST'
  | 'MATCHED_DEMAND'
  | 'NEW_BID'
  | 'OVERDUE';

export type NotificationPage = {
  __typename?: 'NotificationPage';
  items: Array<Notification>;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
  unreadCount: Scalars['Int']['output'];
};

/** 发榜单位 or 工作单位: an enterprise, university, institute or bureau. */
export type Organization = {
  __typename?: 'Organization';
  createdAt: Scalars['DateTime']['output'];
  /** 统一社会信用代码 (GB 32100-2015) */
  creditCode?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  region?: Maybe<Scalars['String']['output']>;
  type: OrganizationType;
  updatedAt: Scalars['DateTime']['output'];
};

export type OrganizationFilter = {
  /** Part of the name */
  text?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<OrganizationType>;
};

export type OrganizationPage = {
  __typename?: 'OrganizationPage';
  items: Array<Organization>;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
};

/** 企业 / 高校 / 科研院所 / 新型研发机构 / 政府部门 */
export type OrganizationType =
  | 'ENTERPRISE'
  | 'GOVERNMENT'
  | 'INSTITUTE'
  | 'NEW_RD_INSTITUTE'
  | 'UNIVERSITY';

/** Offset pagination; limit is capped at 100. */
export type PageInput = {
  limit?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};

export type ProgressReport = {
  __typename?: 'ProgressReport';
  /** The team reports the milestone done (asks the enterprise to confirm) */
  complete: Scalars['Boolean']['output'];
  content: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  updatedAt: Scalars['DateTime']['output'];
};

/** One concrete thing to add to a demand before publication. */
export type QualityHint = {
  __typename?: 'QualityHint';
  /** Stable code, e.g. INDICATORS_NOT_MEASURABLE */
  code: Scalars['String']['output'];
  /** The field to improve: indicators, description, keywords, budget, deadline, industry */
  field: Scalars['String']['output'];
  message: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** A bid the caller may read (bids are sealed). */
  bid: Bid;
  /** Every expert’s scores of a bid, with the expert (admins only). */
  bidScores: Array<BidScore>;
  /** The live bids an assigned expert scores (bids from the expert’s own institution are left out). */
  bidsToReview: Array<Bid>;
  /** One demand by id or by 需求编号 (code). */
  demand: Demand;
  /** Quality hints and duplicate warnings for a demand being written, before it is saved. */
  demandDraftCheck: DemandDraftCheck;
  demandList: DemandList;
  /** 榜单, newest year first. */
  demandLists: DemandListPage;
  /** Quality check of a demand with concrete hints (its enterprise and admins). */
  demandQuality: DemandQuality;
  /** Demands the caller may read, filtered, sorted and paginated. */
  demands: DemandPage;
  /** The active EXPERT accounts by name (at most 500), to choose a review panel from (admins). */
  experts: Array<User>;
  /** The industry taxonomy (a few hundred records): those offered for new rows, or all with includeRetired. */
  industries: Array<Industry>;
  /** Join requests the caller may decide (its enterprise’s admin member, platform admins), newest first. */
  joinRequests: JoinRequestPage;
  /** 一企一台账: each demand of an enterprise with status, health colour, 红黄蓝 and last change. */
  ledger: Array<LedgerRow>;
  /** Every entry of an enterprise’s demands, their bids and milestones, and its join requests, oldest first (the rows of `ledger`). */
  ledgerEntries: Array<LedgerEntry>;
  /** Talents ranked for a demand, with scores and reasons (its enterprise, experts, admins). */
  matchTalents: Array<TalentMatch>;
  /** The caller, or null when anonymous. */
  me?: Maybe<User>;
  /** The caller’s own scores on a demand’s bids. */
  myBidScores: Array<BidScore>;
  /** The caller’s own bids, newest first. */
  myBids: Array<Bid>;
  /** The caller’s own requests to join an enterprise, newest first. */
  myJoinRequests: Array<JoinRequest>;
  /** The demands the caller (an expert) is assigned to review, most recently published first. */
  myReviewAssignments: Array<Demand>;
  /** The caller’s inbox, newest first. */
  notifications: NotificationPage;
  organization: Organization;
  /** Organizations (public information). */
  organizations: OrganizationPage;
  /** Open published demands ranked for a talent (the person or an admin). */
  recommendDemands: Array<DemandMatch>;
  /** The experts assigned to a demand (admins). */
  reviewPanel: Array<User>;
  /** Free-text search with facets and snippets, within what the caller may read. */
  search: SearchResult;
  /** Demands the caller may read that say nearly the same thing, most similar first. */
  similarDemands: Array<SimilarDemand>;
  /** Programme figures: everything for admins, the own organisation’s demands for enterprises, the demands bid on for researchers. */
  statistics: Statistics;
  /** One talent, by id or by 人才编号. */
  talent: Talent;
  /** Talent profiles (public fields). */
  talents: TalentPage;
  /** Admin only: accounts by role, status and a keyword over name and e-mail, newest first. */
  users: UserPage;
};


export type QueryBidArgs = {
  id: Scalars['ID']['input'];
};


export type QueryBidScoresArgs = {
  bidId: Scalars['ID']['input'];
};


export type QueryBidsToReviewArgs = {
  demandId: Scalars['ID']['input'];
};


export type QueryDemandArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryDemandDraftCheckArgs = {
  input: DemandDraftInput;
};


export type QueryDemandListArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDemandListsArgs = {
  page?: InputMaybe<PageInput>;
};


export type QueryDemandQualityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryDemandsArgs = {
  filter?: InputMaybe<DemandFilterInput>;
  page?: InputMaybe<PageInput>;
  sort?: InputMaybe<DemandSortInput>;
};


export type QueryIndustriesArgs = {
  includeRetired?: Scalars['Boolean']['input'];
};


export type QueryJoinRequestsArgs = {
  filter?: InputMaybe<JoinRequestFilterInput>;
  page?: InputMaybe<PageInput>;
};


export type QueryLedgerArgs = {
  organizationId: Scalars['ID']['input'];
};


export type QueryLedgerEntriesArgs = {
  demandId?: InputMaybe<Scalars['ID']['input']>;
  organizationId: Scalars['ID']['input'];
  page?: InputMaybe<PageInput>;
};


export type QueryMatchTalentsArgs = {
  demandId: Scalars['ID']['input'];
  filter?: InputMaybe<MatchFilterInput>;
  first?: Scalars['Int']['input'];
};


export type QueryMyBidScoresArgs = {
  demandId: Scalars['ID']['input'];
};


export type QueryMyBidsArgs = {
  page?: InputMaybe<PageInput>;
};


export type QueryNotificationsArgs = {
  page?: InputMaybe<PageInput>;
  unreadOnly?: Scalars['Boolean']['input'];
};


export type QueryOrganizationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganizationsArgs = {
  filter?: InputMaybe<OrganizationFilter>;
  page?: InputMaybe<PageInput>;
};


export type QueryRecommendDemandsArgs = {
  first?: Scalars['Int']['input'];
  talentId: Scalars['ID']['input'];
};


export type QueryReviewPanelArgs = {
  demandId: Scalars['ID']['input'];
};


export type QuerySearchArgs = {
  filter?: InputMaybe<SearchFilterInput>;
  kind: SearchKind;
  page?: InputMaybe<PageInput>;
  query: Scalars['String']['input'];
};


export type QuerySimilarDemandsArgs = {
  demandId: Scalars['ID']['input'];
  first?: Scalars['Int']['input'];
};


export type QueryStatisticsArgs = {
  filter?: InputMaybe<StatisticsFilter>;
};


export type QueryTalentArgs = {
  code?: InputMaybe<Scalars['String']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
};


export type QueryTalentsArgs = {
  filter?: InputMaybe<TalentFilterInput>;
  page?: InputMaybe<PageInput>;
};


export type QueryUsersArgs = {
  filter?: InputMaybe<UserFilterInput>;
  page?: InputMaybe<PageInput>;
};

export type RegisterInput = {
  /** 统一社会信用代码 of the enterprise; with an existing one, the sign-up asks to join that enterprise */
  creditCode?: InputMaybe<Scalars['String']['input']>;
  email: Scalars['String']['input'];
  name: Scalars['String']['input'];
  /** ENTERPRISE: the enterprise (an existing one is asked to be joined); RESEARCHER and EXPERT: 工作单位 */
  organizationName?: InputMaybe<Scalars['String']['input']>;
  /** Type of a new 工作单位 (default UNIVERSITY) */
  organizationType?: InputMaybe<OrganizationType>;
  /** 10 to 128 characters of at least two kinds (letters, digits, symbols), not the e-mail */
  password: Scalars['String']['input'];
  /** 所在地区, e.g. 浙江省嘉兴市; required for researchers */
  region?: InputMaybe<Scalars['String']['input']>;
  /** ENTERPRISE or RESEARCHER; admins and experts are created by an admin */
  role: Role;
};

export type ReportProgressInput = {
  /** Report the milestone done: it goes to the enterprise to confirm */
  complete?: Scalars['Boolean']['input'];
  content: Scalars['String']['input'];
  milestoneId: Scalars['ID']['input'];
};

/** Weights of the review criteria (sum to 1). */
export type ReviewWeights = {
  __typename?: 'ReviewWeights';
  /** 报价合理性 */
  price: Scalars['Float']['output'];
  /** 进度可行性 */
  schedule: Scalars['Float']['output'];
  /** 团队能力 */
  team: Scalars['Float']['output'];
  /** 技术方案 */
  technical: Scalars['Float']['output'];
};

export type ReviewWeightsInput = {
  /** 报价合理性 */
  price: Scalars['Float']['input'];
  /** 进度可行性 */
  schedule: Scalars['Float']['input'];
  /** 团队能力 */
  team: Scalars['Float']['input'];
  /** 技术方案 */
  technical: Scalars['Float']['input'];
};

/** 管理员 / 企业 / 科研人员 / 评审专家 */
export type Role =
  | 'ADMIN'
  | 'ENTERPRISE'
  | 'EXPERT'
  | 'RESEARCHER';

export type ScoreBidInput = {
  bidId: Scalars['ID']['input'];
  /** What the team should know (shown to the enterprise and, if not selected, to the bidder, without the expert’s name) */
  comment: Scalars['String']['input'];
  /** 报价合理性 0–100 */
  price: Scalars['Int']['input'];
  /** 进度可行性 0–100 */
  schedule: Scalars['Int']['input'];
  /** 团队能力 0–100 */
  team: Scalars['Int']['input'];
  /** 技术方案 0–100 */
  technical: Scalars['Int']['input'];
};

export type SearchFilterInput = {
  /** Industry name or alias; sub-industries included */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** Talents only */
  level?: InputMaybe<TalentLevel>;
  /** Part of the region, e.g. 嘉兴 */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Demands only */
  statuses?: InputMaybe<Array<DemandStatus>>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  demand?: Maybe<Demand>;
  id: Scalars['ID']['output'];
  score: Scalars['Float']['output'];
  /** A piece of the best-matching field with the matched words in 【】 */
  snippet: Scalars['String']['output'];
  talent?: Maybe<Talent>;
};

export type SearchKind =
  | 'DEMAND'
  | 'TALENT';

export type SearchResult = {
  __typename?: 'SearchResult';
  facets: Array<Facet>;
  items: Array<SearchHit>;
  totalCount: Scalars['Int']['output'];
};

export type SetMilestonesInput = {
  /** The awarded bid (needed only when several teams were awarded, 赛马制) */
  bidId?: InputMaybe<Scalars['ID']['input']>;
  demandId: Scalars['ID']['input'];
  milestones: Array<MilestoneInput>;
};

export type SimilarDemand = {
  __typename?: 'SimilarDemand';
  demand: Demand;
  /** Near-identical and in another list: probably a duplicate */
  likelyDuplicate: Scalars['Boolean']['output'];
  /** 0–1: how much of this demand’s own text the other one matches */
  similarity: Scalars['Float']['output'];
};

export type SortDirection =
  | 'ASC'
  | 'DESC';

/** How a programme performs. `taken` counts demands ever awarded (now TAKEN, IN_PROGRESS or ACCEPTED). */
export type Statistics = {
  __typename?: 'Statistics';
  accepted: Scalars['Int']['output'];
  bids: Scalars['Int']['output'];
  /** Bids per published demand (2 decimals) */
  bidsPerDemand: Scalars['Float']['output'];
  byIndustry: Array<Breakdown>;
  byList: Array<Breakdown>;
  /** By city */
  byRegion: Array<Breakdown>;
  funnel: Funnel;
  inProgress: Scalars['Int']['output'];
  matching: MatchStatistics;
  /** Median days from publication to take */
  medianDaysToTake?: Maybe<Scalars['Float']['output']>;
  monthly: Array<MonthCount>;
  /** 90th percentile (nearest rank) of days from publication to take */
  p90DaysToTake?: Maybe<Scalars['Float']['output']>;
  published: Scalars['Int']['output'];
  /** taken ÷ published, 0–1 (3 decimals) */
  takeRate: Scalars['Float']['output'];
  taken: Scalars['Int']['output'];
  /** Top 10 institutions by awards */
  topInstitutions: Array<InstitutionAwards>;
  untaken: Scalars['Int']['output'];
};

export type StatisticsFilter = {
  /** Published on or after (China date) */
  from?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Industry name or alias (its sub-industries included) */
  industry?: InputMaybe<Scalars['String']['input']>;
  /** 榜单 name, e.g. 嘉兴市2022年企业关键技术需求榜单 */
  list?: InputMaybe<Scalars['String']['input']>;
  /** Part of the region, e.g. 嘉兴市 or 浙江省 */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Published on or before (China date) */
  to?: InputMaybe<Scalars['LocalDate']['input']>;
  type?: InputMaybe<DemandType>;
};

export type SubmitBidInput = {
  demandId: Scalars['ID']['input'];
  /** 工期 in months (1–120) */
  durationMonths: Scalars['Int']['input'];
  /** 技术方案: how the team will solve the demand */
  proposal: Scalars['String']['input'];
  /** 报价 in 万元 */
  quote: Scalars['WanYuan']['input'];
  /** 团队成员, e.g. "张三 教授" */
  teamMembers: Array<Scalars['String']['input']>;
};

export type Subscription = {
  __typename?: 'Subscription';
  /** Every committed change of one demand the caller may read. */
  demandUpdated: Demand;
  /** The caller’s new notifications as they arrive (graphql-ws; connectionParams { authorization: "Bearer <token>" }). */
  myNotifications: Notification;
};


export type SubscriptionDemandUpdatedArgs = {
  id: Scalars['ID']['input'];
};

/** 人才: a researcher or team leader. Contact fields are private to the person and admins. */
export type Talent = {
  __typename?: 'Talent';
  /** 代表成果 */
  achievements?: Maybe<Scalars['String']['output']>;
  /** 个人简介 */
  bio?: Maybe<Scalars['String']['output']>;
  /** 人才编号, e.g. T-000123 */
  code: Scalars['String']['output'];
  /** Private: the person and admins only. */
  contactEmail?: Maybe<Scalars['String']['output']>;
  /** Private: the person and admins only. */
  contactPhone?: Maybe<Scalars['String']['output']>;
  createdAt: Scalars['DateTime']['output'];
  /** 研究方向 */
  fields: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** 产业领域 names */
  industries: Array<Scalars['String']['output']>;
  /** 工作单位 */
  institution: Scalars['String']['output'];
  institutionType?: Maybe<OrganizationType>;
  keywords: Array<Scalars['String']['output']>;
  level: TalentLevel;
  name: Scalars['String']['output'];
  region: Scalars['String']['output'];
  /** 接受远程合作 (飞地) */
  remoteOk: Scalars['Boolean']['output'];
  /** 职称, e.g. 教授 */
  title?: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
};

export type TalentFilterInput = {
  industry?: InputMaybe<Scalars['String']['input']>;
  level?: InputMaybe<TalentLevel>;
  /** Part of the region, e.g. 杭州 */
  region?: InputMaybe<Scalars['String']['input']>;
  remoteOk?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name, institution, research directions or keywords */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** 院士 / 国家级 / 省级 / 市级 / 其他 */
export type TalentLevel =
  | 'ACADEMICIAN'
  | 'CITY'
  | 'NATIONAL'
  | 'OTHER'
  | 'PROVINCIAL';

export type TalentMatch = {
  __typename?: 'TalentMatch';
  breakdown: MatchBreakdown;
  /** The concept pairs of the reasons, at most three */
  conceptPairs: Array<ConceptPair>;
  matchedTerms: Array<Scalars['String']['output']>;
  /** Why, in Chinese: the strength, at most three concept pairs (需求 ↔ 候选), then outcomes, live work, level and region */
  reasons: Scalars['String']['output'];
  /** Calibrated 0–1, the same on every demand: the weighted share of the demand’s specific concepts the candidate covers (README, "Match scores") */
  score: Scalars['Float']['output'];
  strength: MatchStrength;
  talent: Talent;
};

export type TalentPage = {
  __typename?: 'TalentPage';
  items: Array<Talent>;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type UpdateDemandInput = {
  acceptanceMode?: InputMaybe<AcceptanceMode>;
  /** 拟投入资金 in 万元 */
  budget?: InputMaybe<Scalars['WanYuan']['input']>;
  /** 需求编号; generated (JB-YYYY-XXXXXX) when not given */
  code?: InputMaybe<Scalars['String']['input']>;
  /** Confidential */
  contactName?: InputMaybe<Scalars['String']['input']>;
  /** Confidential */
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 揭榜截止日期; must be in the future */
  deadline?: InputMaybe<Scalars['LocalDate']['input']>;
  /** 需求描述: the problem, in prose */
  description?: InputMaybe<Scalars['String']['input']>;
  /** 技术指标: measurable targets */
  indicators?: InputMaybe<Scalars['String']['input']>;
  /** Hide indicators from the public (default false) */
  indicatorsConfidential?: InputMaybe<Scalars['Boolean']['input']>;
  /** Industry by name or alias, e.g. 新材料, 锂电, IC */
  industry?: InputMaybe<Scalars['String']['input']>;
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The 榜单 it belongs to */
  listId?: InputMaybe<Scalars['ID']['input']>;
  /** Teams to award: 1 (default), more for 赛马制 */
  maxWinners?: InputMaybe<Scalars['Int']['input']>;
  /** Admin only: the enterprise the demand is for */
  organizationId?: InputMaybe<Scalars['ID']['input']>;
  /** 所在地区, e.g. 浙江省嘉兴市南湖区 */
  region?: InputMaybe<Scalars['String']['input']>;
  /** 揭榜条件: who may bid */
  requirements?: InputMaybe<Scalars['String']['input']>;
  /** 需求名称, at most 100 characters */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Default TECH_BREAKTHROUGH (技术攻关) */
  type?: InputMaybe<DemandType>;
};

export type UpdateTalentInput = {
  achievements?: InputMaybe<Scalars['String']['input']>;
  bio?: InputMaybe<Scalars['String']['input']>;
  contactEmail?: InputMaybe<Scalars['String']['input']>;
  contactPhone?: InputMaybe<Scalars['String']['input']>;
  /** 研究方向 */
  fields?: InputMaybe<Array<Scalars['String']['input']>>;
  industries?: InputMaybe<Array<Scalars['String']['input']>>;
  institution?: InputMaybe<Scalars['String']['input']>;
  institutionType?: InputMaybe<OrganizationType>;
  keywords?: InputMaybe<Array<Scalars['String']['input']>>;
  level?: InputMaybe<TalentLevel>;
  name?: InputMaybe<Scalars['String']['input']>;
  region?: InputMaybe<Scalars['String']['input']>;
  remoteOk?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
};

/** A person who signs in. E-mail is shown only to the user and to admins. */
export type User = {
  __typename?: 'User';
  /** New-demand alerts: INSTANT, WEEKLY_DIGEST or MUTED (notices about one’s own bids and demands always arrive) */
  alerts: AlertMode;
  createdAt: Scalars['DateTime']['output'];
  /** Whether the account is disabled; shown to the user and to admins only. */
  disabled?: Maybe<Scalars['Boolean']['output']>;
  /** Shown to the user and to admins only. */
  email?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  organization?: Maybe<Organization>;
  /** ENTERPRISE members only: ADMIN (approves join requests) or MEMBER */
  organizationRole?: Maybe<MemberRole>;
  role: Role;
  /** A researcher’s talent profile. */
  talent?: Maybe<Talent>;
  updatedAt: Scalars['DateTime']['output'];
};

/** Admin: which accounts to list. */
export type UserFilterInput = {
  /** true: only disabled accounts; false: only active ones */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  /** Part of the name or the e-mail */
  keyword?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<Role>;
};

export type UserPage = {
  __typename?: 'UserPage';
  items: Array<User>;
  /** All matching rows, not just this page */
  totalCount: Scalars['Int']['output'];
};

export type UnreadCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadCountQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationPage', unreadCount: number } };

export type MyNotificationsSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyNotificationsSubscription = { __typename?: 'Subscription', myNotifications: { __typename?: 'Notification', id: string, title: string } };

export type AddIndustryMutationVariables = Exact<{
  input: AddIndustryInput;
}>;


export type AddIndustryMutation = { __typename?: 'Mutation', addIndustry: { __typename?: 'Industry', id: string, name: string } };

export type SetAlertModeMutationVariables = Exact<{
  alerts: AlertMode;
}>;


export type SetAlertModeMutation = { __typename?: 'Mutation', setAlertMode: { __typename?: 'User', id: string, alerts: AlertMode } };

export type CreateDemandListMutationVariables = Exact<{
  input: CreateDemandListInput;
}>;


export type CreateDemandListMutation = { __typename?: 'Mutation', createDemandList: { __typename?: 'DemandList', id: string, name: string } };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', id: string, name: string, role: Role } };

export type ExpertPanelQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ExpertPanelQuery = { __typename?: 'Query', reviewPanel: Array<{ __typename?: 'User', id: string, name: string, organization?: { __typename?: 'Organization', name: string } | null }>, experts: Array<{ __typename?: 'User', id: string, name: string, email?: string | null, organization?: { __typename?: 'Organization', name: string } | null }> };

export type AssignExpertsMutationVariables = Exact<{
  demandId: Scalars['ID']['input'];
  expertIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
}>;


export type AssignExpertsMutation = { __typename?: 'Mutation', assignExperts: Array<{ __typename?: 'User', id: string, name: string, organization?: { __typename?: 'Organization', name: string } | null }> };

export type RenameIndustryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  keep: Scalars['Boolean']['input'];
}>;


export type RenameIndustryMutation = { __typename?: 'Mutation', renameIndustry: { __typename?: 'Industry', id: string } };

export type AddIndustryAliasesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  aliases: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type AddIndustryAliasesMutation = { __typename?: 'Mutation', addIndustryAliases: { __typename?: 'Industry', id: string } };

export type RemoveIndustryAliasesMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  aliases: Array<Scalars['String']['input']> | Scalars['String']['input'];
}>;


export type RemoveIndustryAliasesMutation = { __typename?: 'Mutation', removeIndustryAliases: { __typename?: 'Industry', id: string } };

export type MoveIndustryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  parent?: InputMaybe<Scalars['String']['input']>;
}>;


export type MoveIndustryMutation = { __typename?: 'Mutation', moveIndustry: { __typename?: 'Industry', id: string } };

export type MergeIndustryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  into: Scalars['ID']['input'];
}>;


export type MergeIndustryMutation = { __typename?: 'Mutation', mergeIndustry: { __typename?: 'Industry', id: string, name: string } };

export type RetireIndustryMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RetireIndustryMutation = { __typename?: 'Mutation', retireIndustry: { __typename?: 'Industry', id: string } };

export type ImportIndustriesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportIndustriesQuery = { __typename?: 'Query', industries: Array<{ __typename?: 'Industry', id: string, name: string }> };

export type LedgerEntriesQueryVariables = Exact<{
  org: Scalars['ID']['input'];
  demand: Scalars['ID']['input'];
}>;


export type LedgerEntriesQuery = { __typename?: 'Query', ledgerEntries: Array<{ __typename?: 'LedgerEntry', id: string, at: any, action: string, entityType: LedgerEntityType, from?: string | null, to: string, note?: string | null, actor?: { __typename?: 'User', name: string } | null }> };

export type ReportProgressMutationVariables = Exact<{
  input: ReportProgressInput;
}>;


export type ReportProgressMutation = { __typename?: 'Mutation', reportProgress: { __typename?: 'Milestone', id: string, status: MilestoneStatus } };

export type ConfirmMilestoneMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ConfirmMilestoneMutation = { __typename?: 'Mutation', confirmMilestone: { __typename?: 'Milestone', id: string, status: MilestoneStatus } };

export type ReturnMilestoneMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type ReturnMilestoneMutation = { __typename?: 'Mutation', returnMilestone: { __typename?: 'Milestone', id: string, status: MilestoneStatus, returnReason?: string | null } };

export type SetMilestonesMutationVariables = Exact<{
  input: SetMilestonesInput;
}>;


export type SetMilestonesMutation = { __typename?: 'Mutation', setMilestones: Array<{ __typename?: 'Milestone', id: string }> };

export type DemandMilestonesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DemandMilestonesQuery = { __typename?: 'Query', demand: { __typename?: 'Demand', id: string, milestones?: Array<{ __typename?: 'Milestone', id: string, bidId: string, seq: number, title: string, dueDate: any, deliverable: string, paymentShare: number, status: MilestoneStatus, returnReason?: string | null, reports: Array<{ __typename?: 'ProgressReport', id: string, content: string, complete: boolean, createdAt: any }> }> | null } };

export type SetReviewWeightsMutationVariables = Exact<{
  listId: Scalars['ID']['input'];
  weights: ReviewWeightsInput;
}>;


export type SetReviewWeightsMutation = { __typename?: 'Mutation', setReviewWeights: { __typename?: 'DemandList', id: string, reviewWeights: { __typename?: 'ReviewWeights', technical: number, price: number, team: number, schedule: number } } };

export type ScoreBidMutationVariables = Exact<{
  input: ScoreBidInput;
}>;


export type ScoreBidMutation = { __typename?: 'Mutation', scoreBid: { __typename?: 'BidScore', id: string, bidId: string, technical: number, price: number, team: number, schedule: number, comment: string } };

export type UpdateProfileMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateTalentInput;
}>;


export type UpdateProfileMutation = { __typename?: 'Mutation', updateTalent: { __typename?: 'Talent', id: string, updatedAt: any } };

export type ImportTaxonomyMutationVariables = Exact<{
  file: ImportFileInput;
}>;


export type ImportTaxonomyMutation = { __typename?: 'Mutation', importTaxonomy: { __typename?: 'ImportReport', file: string, created: number, updated: number, unchanged: number, warnings: Array<string> } };

export type SubmitBidMutationVariables = Exact<{
  input: SubmitBidInput;
}>;


export type SubmitBidMutation = { __typename?: 'Mutation', submitBid: { __typename?: 'Bid', id: string, status: BidStatus } };

export type ShortlistBidMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ShortlistBidMutation = { __typename?: 'Mutation', shortlistBid: { __typename?: 'Bid', id: string, status: BidStatus } };

export type AwardBidMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AwardBidMutation = { __typename?: 'Mutation', awardBid: { __typename?: 'Bid', id: string, status: BidStatus } };

export type StartDemandMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StartDemandMutation = { __typename?: 'Mutation', startDemand: { __typename?: 'Demand', id: string, status: DemandStatus } };

export type RecordMidtermMutationVariables = Exact<{
  input: MidtermCheckInput;
}>;


export type RecordMidtermMutation = { __typename?: 'Mutation', recordMidtermCheck: { __typename?: 'Demand', id: string, midtermResult?: MidtermResult | null } };

export type AcceptDemandMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  documentRef: Scalars['String']['input'];
}>;


export type AcceptDemandMutation = { __typename?: 'Mutation', acceptDemand: { __typename?: 'Demand', id: string, status: DemandStatus } };

export type TerminateDemandMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type TerminateDemandMutation = { __typename?: 'Mutation', terminateDemand: { __typename?: 'Demand', id: string, status: DemandStatus } };

export type RelistDemandMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  deadline: Scalars['LocalDate']['input'];
}>;


export type RelistDemandMutation = { __typename?: 'Mutation', relistDemand: { __typename?: 'Demand', id: string, status: DemandStatus } };

export type SetIndustrialisationMutationVariables = Exact<{
  input: IndustrialisationInput;
}>;


export type SetIndustrialisationMutation = { __typename?: 'Mutation', setIndustrialisation: { __typename?: 'Demand', id: string, industrialisation?: Industrialisation | null } };

export type DashboardQueryVariables = Exact<{
  filter?: InputMaybe<StatisticsFilter>;
}>;


export type DashboardQuery = { __typename?: 'Query', statistics: { __typename?: 'Statistics', published: number, taken: number, takeRate: number, untaken: number, medianDaysToTake?: number | null, p90DaysToTake?: number | null, funnel: { __typename?: 'Funnel', published: number, withBids: number, shortlisted: number, taken: number, inProgress: number, accepted: number }, monthly: Array<{ __typename?: 'MonthCount', month: string, published: number, taken: number }>, byIndustry: Array<{ __typename?: 'Breakdown', key: string, published: number, taken: number, takeRate: number }>, byRegion: Array<{ __typename?: 'Breakdown', key: string, published: number, taken: number, takeRate: number }>, byList: Array<{ __typename?: 'Breakdown', key: string, published: number, taken: number, takeRate: number }>, topInstitutions: Array<{ __typename?: 'InstitutionAwards', institution: string, awards: number }>, matching: { __typename?: 'MatchStatistics', rankedAwards: number, inTop5: number, inTop10: number, top5Share?: number | null, top10Share?: number | null } } };

export type DashboardChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DashboardChoicesQuery = { __typename?: 'Query', demandLists: { __typename?: 'DemandListPage', items: Array<{ __typename?: 'DemandList', id: string, name: string }> }, industries: Array<{ __typename?: 'Industry', id: string, name: string }> };

export type DemandFormOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DemandFormOptionsQuery = { __typename?: 'Query', industries: Array<{ __typename?: 'Industry', name: string }>, demandLists: { __typename?: 'DemandListPage', items: Array<{ __typename?: 'DemandList', id: string, name: string }> } };

export type EditedDemandQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type EditedDemandQuery = { __typename?: 'Query', demand: { __typename?: 'Demand', id: string, code: string, status: DemandStatus, nextStatuses: Array<DemandStatus>, title: string, description: string, industry: string, region: string, keywords: Array<string>, indicators?: string | null, indicatorsConfidential: boolean, budget?: any | null, deadline?: any | null, type: DemandType, acceptanceMode?: AcceptanceMode | null, maxWinners: number, requirements?: string | null, contactName?: string | null, contactPhone?: string | null, list?: { __typename?: 'DemandList', id: string } | null, history: Array<{ __typename?: 'LedgerEntry', action: string, at: any, note?: string | null }> } };

export type DemandDraftCheckQueryVariables = Exact<{
  input: DemandDraftInput;
}>;


export type DemandDraftCheckQuery = { __typename?: 'Query', demandDraftCheck: { __typename?: 'DemandDraftCheck', quality: { __typename?: 'DemandQuality', score: number, passed: boolean, hints: Array<{ __typename?: 'QualityHint', field: string, code: string, message: string }> }, similar: Array<{ __typename?: 'SimilarDemand', similarity: number, likelyDuplicate: boolean, demand: { __typename?: 'Demand', id: string, code: string, title: string, status: DemandStatus } }> } };

export type CreateMyDemandMutationVariables = Exact<{
  input: CreateDemandInput;
}>;


export type CreateMyDemandMutation = { __typename?: 'Mutation', createDemand: { __typename?: 'Demand', id: string, code: string } };

export type UpdateMyDemandMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateDemandInput;
}>;


export type UpdateMyDemandMutation = { __typename?: 'Mutation', updateDemand: { __typename?: 'Demand', id: string, code: string } };

export type SubmitMyDemandMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitMyDemandMutation = { __typename?: 'Mutation', submitDemand: { __typename?: 'Demand', id: string, status: DemandStatus, quality?: { __typename?: 'DemandQuality', warning?: string | null } | null } };

export type DemandQueryVariables = Exact<{
  code: Scalars['String']['input'];
}>;


export type DemandQuery = { __typename?: 'Query', demand: { __typename?: 'Demand', id: string, code: string, title: string, status: DemandStatus, industry: string, region: string, budget?: any | null, deadline?: any | null, description: string, indicators?: string | null, keywords: Array<string>, bidCount: number, maxWinners: number, awardedCount: number, type: DemandType, nextStatuses: Array<DemandStatus>, midtermResult?: MidtermResult | null, midtermAt?: any | null, industrialisation?: Industrialisation | null, industrialisationSince?: any | null, health?: { __typename?: 'DemandHealth', colour: HealthColour, items: Array<{ __typename?: 'DueItemType', stage: string, dueOn: any, message: string, overdue: boolean, milestoneId?: string | null }> } | null, organization: { __typename?: 'Organization', id: string, name: string }, bids: Array<{ __typename?: 'Bid', id: string, status: BidStatus, quote: any, durationMonths: number, proposal: string, teamMembers: Array<string>, createdAt: any, talent: { __typename?: 'Talent', id: string, name: string, institution: string }, review?: { __typename?: 'BidReview', score: number, rank: number } | null }>, list?: { __typename?: 'DemandList', name: string, reviewWeights: { __typename?: 'ReviewWeights', technical: number, price: number, team: number, schedule: number } } | null } };

export type ToReviewQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ToReviewQuery = { __typename?: 'Query', bidsToReview: Array<{ __typename?: 'Bid', id: string, proposal: string, quote: any, durationMonths: number, teamMembers: Array<string> }>, myBidScores: Array<{ __typename?: 'BidScore', bidId: string, technical: number, price: number, team: number, schedule: number, comment: string }> };

export type DemandMatchesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  code: Scalars['String']['input'];
}>;


export type DemandMatchesQuery = { __typename?: 'Query', matchTalents: Array<{ __typename?: 'TalentMatch', score: number, strength: MatchStrength, reasons: string, breakdown: { __typename?: 'MatchBreakdown', text: number, industry: number, region: number, level: number, trackRecord: number, load: number }, talent: { __typename?: 'Talent', id: string, name: string, title?: string | null, institution: string, region: string } }>, demand: { __typename?: 'Demand', matchOutlook?: { __typename?: 'MatchOutlook', strongCount: number, moderateCount: number, advice?: string | null } | null } };

export type DemandUpdatedSubscriptionVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DemandUpdatedSubscription = { __typename?: 'Subscription', demandUpdated: { __typename?: 'Demand', id: string, status: DemandStatus, bidCount: number } };

export type DemandsQueryVariables = Exact<{
  filter?: InputMaybe<DemandFilterInput>;
  page?: InputMaybe<PageInput>;
}>;


export type DemandsQuery = { __typename?: 'Query', demands: { __typename?: 'DemandPage', totalCount: number, items: Array<{ __typename?: 'Demand', id: string, code: string, title: string, status: DemandStatus, industry: string, region: string, budget?: any | null, deadline?: any | null, list?: { __typename?: 'DemandList', name: string } | null }> } };

export type ImportListsQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportListsQuery = { __typename?: 'Query', demandLists: { __typename?: 'DemandListPage', items: Array<{ __typename?: 'DemandList', id: string, name: string }> } };

export type ImportDemandsMutationVariables = Exact<{
  file: ImportFileInput;
  list?: InputMaybe<Scalars['String']['input']>;
  sheet?: InputMaybe<Scalars['String']['input']>;
  dryRun: Scalars['Boolean']['input'];
  industryMap?: InputMaybe<Array<IndustryMapEntry> | IndustryMapEntry>;
  newIndustries?: InputMaybe<NewIndustriesInput>;
}>;


export type ImportDemandsMutation = { __typename?: 'Mutation', importDemands: { __typename?: 'ImportReport', file: string, dryRun: boolean, created: number, updated: number, unchanged: number, warnings: Array<string> } };

export type ImportTalentsMutationVariables = Exact<{
  file: ImportFileInput;
  sheet?: InputMaybe<Scalars['String']['input']>;
  dryRun: Scalars['Boolean']['input'];
  industryMap?: InputMaybe<Array<IndustryMapEntry> | IndustryMapEntry>;
  newIndustries?: InputMaybe<NewIndustriesInput>;
}>;


export type ImportTalentsMutation = { __typename?: 'Mutation', importTalents: { __typename?: 'ImportReport', file: string, dryRun: boolean, created: number, updated: number, unchanged: number, warnings: Array<string> } };

export type InboxQueryVariables = Exact<{ [key: string]: never; }>;


export type InboxQuery = { __typename?: 'Query', notifications: { __typename?: 'NotificationPage', unreadCount: number, items: Array<{ __typename?: 'Notification', id: string, kind: NotificationKind, title: string, body: string, createdAt: any, readAt?: any | null, demandId?: string | null }> } };

export type MarkReadMutationVariables = Exact<{ [key: string]: never; }>;


export type MarkReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type JoinRequestsQueryVariables = Exact<{
  filter?: InputMaybe<JoinRequestFilterInput>;
  page?: InputMaybe<PageInput>;
}>;


export type JoinRequestsQuery = { __typename?: 'Query', joinRequests: { __typename?: 'JoinRequestPage', totalCount: number, items: Array<{ __typename?: 'JoinRequest', id: string, status: JoinRequestStatus, email?: string | null, reason?: string | null, createdAt: any, decidedAt?: any | null, applicant: { __typename?: 'User', name: string }, organization: { __typename?: 'Organization', name: string } }> } };

export type ApproveJoinRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveJoinRequestMutation = { __typename?: 'Mutation', approveJoinRequest: { __typename?: 'JoinRequest', id: string, status: JoinRequestStatus } };

export type RejectJoinRequestMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason?: InputMaybe<Scalars['String']['input']>;
}>;


export type RejectJoinRequestMutation = { __typename?: 'Mutation', rejectJoinRequest: { __typename?: 'JoinRequest', id: string, status: JoinRequestStatus } };

export type LedgerPageQueryVariables = Exact<{
  org: Scalars['ID']['input'];
}>;


export type LedgerPageQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string }, ledger: Array<{ __typename?: 'LedgerRow', status: DemandStatus, colour: HealthColour, industrialisation?: Industrialisation | null, demand: { __typename?: 'Demand', id: string, code: string, title: string }, lastChange?: { __typename?: 'LedgerEntry', action: string, entityType: LedgerEntityType, at: any, note?: string | null } | null }> };

export type LedgerEnterprisesQueryVariables = Exact<{
  text?: InputMaybe<Scalars['String']['input']>;
}>;


export type LedgerEnterprisesQuery = { __typename?: 'Query', organizations: { __typename?: 'OrganizationPage', items: Array<{ __typename?: 'Organization', id: string, name: string }> } };

export type ListsQueryVariables = Exact<{ [key: string]: never; }>;


export type ListsQuery = { __typename?: 'Query', demandLists: { __typename?: 'DemandListPage', totalCount: number, items: Array<{ __typename?: 'DemandList', id: string, name: string, issuer?: string | null, region?: string | null, year?: number | null, reviewWeights: { __typename?: 'ReviewWeights', technical: number, price: number, team: number, schedule: number } }> }, statistics: { __typename?: 'Statistics', byList: Array<{ __typename?: 'Breakdown', key: string, published: number, taken: number, takeRate: number }> } };

export type LoginMutationVariables = Exact<{
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
}>;


export type LoginMutation = { __typename?: 'Mutation', login: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, name: string, role: Role, talent?: { __typename?: 'Talent', id: string } | null, organization?: { __typename?: 'Organization', id: string, name: string } | null } } };

export type MyBidsQueryVariables = Exact<{
  page?: InputMaybe<PageInput>;
}>;


export type MyBidsQuery = { __typename?: 'Query', myBids: Array<{ __typename?: 'Bid', id: string, status: BidStatus, quote: any, durationMonths: number, createdAt: any, updatedAt: any, demand: { __typename?: 'Demand', id: string, code: string, title: string, status: DemandStatus, organization: { __typename?: 'Organization', name: string } }, review?: { __typename?: 'BidReview', score: number, rank: number, rankedBids: number, reviewCount: number, comments: Array<string>, criteria: { __typename?: 'ReviewWeights', technical: number, price: number, team: number, schedule: number }, weights: { __typename?: 'ReviewWeights', technical: number, price: number, team: number, schedule: number } } | null }> };

export type WithdrawBidMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawBidMutation = { __typename?: 'Mutation', withdrawBid: { __typename?: 'Bid', id: string, status: BidStatus } };

export type MyDemandsQueryVariables = Exact<{
  org: Scalars['ID']['input'];
}>;


export type MyDemandsQuery = { __typename?: 'Query', demands: { __typename?: 'DemandPage', totalCount: number, items: Array<{ __typename?: 'Demand', id: string, code: string, title: string, status: DemandStatus, budget?: any | null, deadline?: any | null, bidCount: number, nextStatuses: Array<DemandStatus> }> } };

export type SubmitListedDemandMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SubmitListedDemandMutation = { __typename?: 'Mutation', submitDemand: { __typename?: 'Demand', id: string, status: DemandStatus, quality?: { __typename?: 'DemandQuality', warning?: string | null } | null } };

export type WithdrawDemandMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WithdrawDemandMutation = { __typename?: 'Mutation', withdrawDemand: { __typename?: 'Demand', id: string, status: DemandStatus } };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { __typename?: 'Query', me?: { __typename?: 'User', id: string, alerts: AlertMode, talent?: { __typename?: 'Talent', id: string, code: string, name: string, title?: string | null, level: TalentLevel, institution: string, region: string, fields: Array<string>, keywords: Array<string>, achievements?: string | null, bio?: string | null, remoteOk: boolean, contactEmail?: string | null, contactPhone?: string | null } | null } | null };

export type RecommendedQueryVariables = Exact<{
  talentId: Scalars['ID']['input'];
}>;


export type RecommendedQuery = { __typename?: 'Query', recommendDemands: Array<{ __typename?: 'DemandMatch', score: number, strength: MatchStrength, reasons: string, demand: { __typename?: 'Demand', id: string, code: string, title: string, industry: string, region: string, budget?: any | null, deadline?: any | null, organization: { __typename?: 'Organization', name: string } } }> };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { __typename?: 'Mutation', register: { __typename?: 'AuthPayload', token: string, user: { __typename?: 'User', id: string, name: string, role: Role, talent?: { __typename?: 'Talent', id: string } | null, organization?: { __typename?: 'Organization', id: string, name: string } | null }, joinRequest?: { __typename?: 'JoinRequest', id: string, organization: { __typename?: 'Organization', name: string } } | null } };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { __typename?: 'Query', demands: { __typename?: 'DemandPage', totalCount: number, items: Array<{ __typename?: 'Demand', id: string, code: string, title: string, industry: string, budget?: any | null, deadline?: any | null, organization: { __typename?: 'Organization', name: string }, quality?: { __typename?: 'DemandQuality', score: number, passed: boolean, warning?: string | null, hints: Array<{ __typename?: 'QualityHint', field: string, message: string }> } | null }> } };

export type ApproveDemandMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type ApproveDemandMutation = { __typename?: 'Mutation', approveDemand: { __typename?: 'Demand', id: string, status: DemandStatus } };

export type RejectDemandMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
}>;


export type RejectDemandMutation = { __typename?: 'Mutation', rejectDemand: { __typename?: 'Demand', id: string, status: DemandStatus } };

export type ReviewTasksQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewTasksQuery = { __typename?: 'Query', myReviewAssignments: Array<{ __typename?: 'Demand', id: string, code: string, title: string, status: DemandStatus, budget?: any | null, deadline?: any | null, bidCount: number, organization: { __typename?: 'Organization', name: string } }> };

export type SearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  kind: SearchKind;
  filter?: InputMaybe<SearchFilterInput>;
  page?: InputMaybe<PageInput>;
}>;


export type SearchQuery = { __typename?: 'Query', search: { __typename?: 'SearchResult', totalCount: number, facets: Array<{ __typename?: 'Facet', field: string, values: Array<{ __typename?: 'FacetValue', value: string, count: number }> }>, items: Array<{ __typename?: 'SearchHit', id: string, snippet: string, demand?: { __typename?: 'Demand', id: string, code: string, title: string, status: DemandStatus, industry: string, region: string, budget?: any | null, deadline?: any | null, organization: { __typename?: 'Organization', name: string } } | null, talent?: { __typename?: 'Talent', id: string, name: string, title?: string | null, institution: string, level: TalentLevel, region: string, remoteOk: boolean } | null }> } };

export type TaxonomyQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxonomyQuery = { __typename?: 'Query', industries: Array<{ __typename?: 'Industry', id: string, code: string, name: string, level: number, aliases: Array<string>, retiredAt?: any | null, parent?: { __typename?: 'Industry', id: string, code: string, name: string } | null, mergedInto?: { __typename?: 'Industry', name: string } | null }> };

export type UsersQueryVariables = Exact<{
  filter?: InputMaybe<UserFilterInput>;
  page?: InputMaybe<PageInput>;
}>;


export type UsersQuery = { __typename?: 'Query', users: { __typename?: 'UserPage', totalCount: number, items: Array<{ __typename?: 'User', id: string, name: string, email?: string | null, role: Role, disabled?: boolean | null, createdAt: any, organization?: { __typename?: 'Organization', name: string } | null, talent?: { __typename?: 'Talent', institution: string } | null }> } };

export type SetUserDisabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
}>;


export type SetUserDisabledMutation = { __typename?: 'Mutation', setUserDisabled: { __typename?: 'User', id: string, disabled?: boolean | null } };


export const UnreadCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"1"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<UnreadCountQuery, UnreadCountQueryVariables>;
export const MyNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<MyNotificationsSubscription, MyNotificationsSubscriptionVariables>;
export const AddIndustryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddIndustry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddIndustryInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIndustry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AddIndustryMutation, AddIndustryMutationVariables>;
export const SetAlertModeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAlertMode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alerts"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertMode"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAlertMode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"alerts"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alerts"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"}}]}}]}}]} as unknown as DocumentNode<SetAlertModeMutation, SetAlertModeMutationVariables>;
export const CreateDemandListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDemandList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDemandListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDemandList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateDemandListMutation, CreateDemandListMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const ExpertPanelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpertPanel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewPanel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ExpertPanelQuery, ExpertPanelQueryVariables>;
export const AssignExpertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignExperts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demandId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expertIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignExperts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demandId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expertIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expertIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<AssignExpertsMutation, AssignExpertsMutationVariables>;
export const RenameIndustryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RenameIndustry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keep"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"renameIndustry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"keepOldName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keep"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RenameIndustryMutation, RenameIndustryMutationVariables>;
export const AddIndustryAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddIndustryAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aliases"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addIndustryAliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"aliases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aliases"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddIndustryAliasesMutation, AddIndustryAliasesMutationVariables>;
export const RemoveIndustryAliasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveIndustryAliases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aliases"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeIndustryAliases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"aliases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aliases"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RemoveIndustryAliasesMutation, RemoveIndustryAliasesMutationVariables>;
export const MoveIndustryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MoveIndustry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parent"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"moveIndustry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"parent"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parent"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MoveIndustryMutation, MoveIndustryMutationVariables>;
export const MergeIndustryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeIndustry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"into"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeIndustry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"intoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"into"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MergeIndustryMutation, MergeIndustryMutationVariables>;
export const RetireIndustryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetireIndustry"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retireIndustry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RetireIndustryMutation, RetireIndustryMutationVariables>;
export const ImportIndustriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportIndustries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ImportIndustriesQuery, ImportIndustriesQueryVariables>;
export const LedgerEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"demand"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ledgerEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}},{"kind":"Argument","name":{"kind":"Name","value":"demandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"demand"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerEntriesQuery, LedgerEntriesQueryVariables>;
export const ReportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ReportProgressMutation, ReportProgressMutationVariables>;
export const ConfirmMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ConfirmMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"confirmMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ConfirmMilestoneMutation, ConfirmMilestoneMutationVariables>;
export const ReturnMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReturnMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}}]}}]}}]} as unknown as DocumentNode<ReturnMilestoneMutation, ReturnMilestoneMutationVariables>;
export const SetMilestonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMilestones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMilestonesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMilestones"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<SetMilestonesMutation, SetMilestonesMutationVariables>;
export const DemandMilestonesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandMilestones"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bidId"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueDate"}},{"kind":"Field","name":{"kind":"Name","value":"deliverable"}},{"kind":"Field","name":{"kind":"Name","value":"paymentShare"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"returnReason"}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"complete"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemandMilestonesQuery, DemandMilestonesQueryVariables>;
export const SetReviewWeightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetReviewWeights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"weights"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewWeightsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setReviewWeights"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"listId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listId"}}},{"kind":"Argument","name":{"kind":"Name","value":"weights"},"value":{"kind":"Variable","name":{"kind":"Name","value":"weights"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reviewWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technical"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}}]}}]}}]}}]} as unknown as DocumentNode<SetReviewWeightsMutation, SetReviewWeightsMutationVariables>;
export const ScoreBidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScoreBid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScoreBidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scoreBid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"bidId"}},{"kind":"Field","name":{"kind":"Name","value":"technical"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<ScoreBidMutation, ScoreBidMutationVariables>;
export const UpdateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTalentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTalent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ImportTaxonomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTaxonomy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTaxonomy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<ImportTaxonomyMutation, ImportTaxonomyMutationVariables>;
export const SubmitBidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitBid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitBidInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitBid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<SubmitBidMutation, SubmitBidMutationVariables>;
export const ShortlistBidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ShortlistBid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortlistBid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ShortlistBidMutation, ShortlistBidMutationVariables>;
export const AwardBidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AwardBid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awardBid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AwardBidMutation, AwardBidMutationVariables>;
export const StartDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<StartDemandMutation, StartDemandMutationVariables>;
export const RecordMidtermDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordMidterm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MidtermCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordMidtermCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"midtermResult"}}]}}]}}]} as unknown as DocumentNode<RecordMidtermMutation, RecordMidtermMutationVariables>;
export const AcceptDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"documentRef"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"documentRef"},"value":{"kind":"Variable","name":{"kind":"Name","value":"documentRef"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<AcceptDemandMutation, AcceptDemandMutationVariables>;
export const TerminateDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TerminateDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"terminateDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<TerminateDemandMutation, TerminateDemandMutationVariables>;
export const RelistDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RelistDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LocalDate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relistDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"deadline"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deadline"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RelistDemandMutation, RelistDemandMutationVariables>;
export const SetIndustrialisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetIndustrialisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndustrialisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setIndustrialisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"industrialisation"}}]}}]}}]} as unknown as DocumentNode<SetIndustrialisationMutation, SetIndustrialisationMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StatisticsFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"statistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"takeRate"}},{"kind":"Field","name":{"kind":"Name","value":"untaken"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToTake"}},{"kind":"Field","name":{"kind":"Name","value":"p90DaysToTake"}},{"kind":"Field","name":{"kind":"Name","value":"funnel"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"withBids"}},{"kind":"Field","name":{"kind":"Name","value":"shortlisted"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"accepted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"monthly"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"month"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byIndustry"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"takeRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byRegion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"takeRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"byList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"takeRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topInstitutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"awards"}}]}},{"kind":"Field","name":{"kind":"Name","value":"matching"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rankedAwards"}},{"kind":"Field","name":{"kind":"Name","value":"inTop5"}},{"kind":"Field","name":{"kind":"Name","value":"inTop10"}},{"kind":"Field","name":{"kind":"Name","value":"top5Share"}},{"kind":"Field","name":{"kind":"Name","value":"top10Share"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const DashboardChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DashboardChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DashboardChoicesQuery, DashboardChoicesQueryVariables>;
export const DemandFormOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandFormOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"demandLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<DemandFormOptionsQuery, DemandFormOptionsQueryVariables>;
export const EditedDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditedDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"indicatorsConfidential"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"acceptanceMode"}},{"kind":"Field","name":{"kind":"Name","value":"maxWinners"}},{"kind":"Field","name":{"kind":"Name","value":"requirements"}},{"kind":"Field","name":{"kind":"Name","value":"contactName"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"list"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<EditedDemandQuery, EditedDemandQueryVariables>;
export const DemandDraftCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandDraftCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandDraftCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"hints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"similar"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarity"}},{"kind":"Field","name":{"kind":"Name","value":"likelyDuplicate"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemandDraftCheckQuery, DemandDraftCheckQueryVariables>;
export const CreateMyDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMyDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<CreateMyDemandMutation, CreateMyDemandMutationVariables>;
export const UpdateMyDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMyDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDemandInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]} as unknown as DocumentNode<UpdateMyDemandMutation, UpdateMyDemandMutationVariables>;
export const SubmitMyDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitMyDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warning"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitMyDemandMutation, SubmitMyDemandMutationVariables>;
export const DemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Demand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"bidCount"}},{"kind":"Field","name":{"kind":"Name","value":"maxWinners"}},{"kind":"Field","name":{"kind":"Name","value":"awardedCount"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}},{"kind":"Field","name":{"kind":"Name","value":"midtermResult"}},{"kind":"Field","name":{"kind":"Name","value":"midtermAt"}},{"kind":"Field","name":{"kind":"Name","value":"industrialisation"}},{"kind":"Field","name":{"kind":"Name","value":"industrialisationSince"}},{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bids"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"teamMembers"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"list"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"reviewWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technical"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemandQuery, DemandQueryVariables>;
export const ToReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ToReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bidsToReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"teamMembers"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myBidScores"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bidId"}},{"kind":"Field","name":{"kind":"Name","value":"technical"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}}]}}]}}]} as unknown as DocumentNode<ToReviewQuery, ToReviewQueryVariables>;
export const DemandMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DemandMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchTalents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"demandId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"breakdown"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"trackRecord"}},{"kind":"Field","name":{"kind":"Name","value":"load"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchOutlook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strongCount"}},{"kind":"Field","name":{"kind":"Name","value":"moderateCount"}},{"kind":"Field","name":{"kind":"Name","value":"advice"}}]}}]}}]}}]} as unknown as DocumentNode<DemandMatchesQuery, DemandMatchesQueryVariables>;
export const DemandUpdatedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DemandUpdated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandUpdated"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"bidCount"}}]}}]}}]} as unknown as DocumentNode<DemandUpdatedSubscription, DemandUpdatedSubscriptionVariables>;
export const DemandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Demands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DemandFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"list"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DemandsQuery, DemandsQueryVariables>;
export const ImportListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportLists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ImportListsQuery, ImportListsQueryVariables>;
export const ImportDemandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportDemands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"list"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheet"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industryMap"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndustryMapEntry"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newIndustries"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NewIndustriesInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importDemands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"list"},"value":{"kind":"Variable","name":{"kind":"Name","value":"list"}}},{"kind":"Argument","name":{"kind":"Name","value":"sheet"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheet"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"industryMap"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industryMap"}}},{"kind":"Argument","name":{"kind":"Name","value":"newIndustries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newIndustries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<ImportDemandsMutation, ImportDemandsMutationVariables>;
export const ImportTalentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportTalents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"file"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sheet"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"industryMap"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IndustryMapEntry"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newIndustries"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NewIndustriesInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importTalents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"file"},"value":{"kind":"Variable","name":{"kind":"Name","value":"file"}}},{"kind":"Argument","name":{"kind":"Name","value":"sheet"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sheet"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"industryMap"},"value":{"kind":"Variable","name":{"kind":"Name","value":"industryMap"}}},{"kind":"Argument","name":{"kind":"Name","value":"newIndustries"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newIndustries"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}},{"kind":"Field","name":{"kind":"Name","value":"warnings"}}]}}]}}]} as unknown as DocumentNode<ImportTalentsMutation, ImportTalentsMutationVariables>;
export const InboxDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Inbox"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"50"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}},{"kind":"Field","name":{"kind":"Name","value":"demandId"}}]}}]}}]}}]} as unknown as DocumentNode<InboxQuery, InboxQueryVariables>;
export const MarkReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkRead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"}}]}}]} as unknown as DocumentNode<MarkReadMutation, MarkReadMutationVariables>;
export const JoinRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JoinRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"JoinRequestFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"joinRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"applicant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<JoinRequestsQuery, JoinRequestsQueryVariables>;
export const ApproveJoinRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveJoinRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveJoinRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveJoinRequestMutation, ApproveJoinRequestMutationVariables>;
export const RejectJoinRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectJoinRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectJoinRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectJoinRequestMutation, RejectJoinRequestMutationVariables>;
export const LedgerPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"colour"}},{"kind":"Field","name":{"kind":"Name","value":"industrialisation"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerPageQuery, LedgerPageQueryVariables>;
export const LedgerEnterprisesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LedgerEnterprises"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"EnumValue","value":"ENTERPRISE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"20"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerEnterprisesQuery, LedgerEnterprisesQueryVariables>;
export const ListsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Lists"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demandLists"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"issuer"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"reviewWeights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technical"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"statistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"byList"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"published"}},{"kind":"Field","name":{"kind":"Name","value":"taken"}},{"kind":"Field","name":{"kind":"Name","value":"takeRate"}}]}}]}}]}}]} as unknown as DocumentNode<ListsQuery, ListsQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const MyBidsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyBids"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myBids"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"durationMonths"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"rankedBids"}},{"kind":"Field","name":{"kind":"Name","value":"reviewCount"}},{"kind":"Field","name":{"kind":"Name","value":"comments"}},{"kind":"Field","name":{"kind":"Name","value":"criteria"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technical"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}}]}},{"kind":"Field","name":{"kind":"Name","value":"weights"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"technical"}},{"kind":"Field","name":{"kind":"Name","value":"price"}},{"kind":"Field","name":{"kind":"Name","value":"team"}},{"kind":"Field","name":{"kind":"Name","value":"schedule"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MyBidsQuery, MyBidsQueryVariables>;
export const WithdrawBidDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawBid"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawBid"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawBidMutation, WithdrawBidMutationVariables>;
export const MyDemandsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyDemands"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"org"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"organizationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"org"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"bidCount"}},{"kind":"Field","name":{"kind":"Name","value":"nextStatuses"}}]}}]}}]}}]} as unknown as DocumentNode<MyDemandsQuery, MyDemandsQueryVariables>;
export const SubmitListedDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitListedDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"warning"}}]}}]}}]}}]} as unknown as DocumentNode<SubmitListedDemandMutation, SubmitListedDemandMutationVariables>;
export const WithdrawDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<WithdrawDemandMutation, WithdrawDemandMutationVariables>;
export const MyProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyProfile"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"keywords"}},{"kind":"Field","name":{"kind":"Name","value":"achievements"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"remoteOk"}},{"kind":"Field","name":{"kind":"Name","value":"contactEmail"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}}]}}]}}]}}]} as unknown as DocumentNode<MyProfileQuery, MyProfileQueryVariables>;
export const RecommendedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recommended"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendDemands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"talentId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"talentId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecommendedQuery, RecommendedQueryVariables>;
export const RegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Register"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"register"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"joinRequest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RegisterMutation, RegisterMutationVariables>;
export const ReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewQueue"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"demands"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SUBMITTED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"warning"}},{"kind":"Field","name":{"kind":"Name","value":"hints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ApproveDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ApproveDemandMutation, ApproveDemandMutationVariables>;
export const RejectDemandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectDemand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectDemand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RejectDemandMutation, RejectDemandMutationVariables>;
export const ReviewTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReviewTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReviewAssignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"bidCount"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewTasksQuery, ReviewTasksQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"facets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"values"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"snippet"}},{"kind":"Field","name":{"kind":"Name","value":"demand"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"industry"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"budget"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"institution"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"remoteOk"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const TaxonomyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Taxonomy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"industries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"includeRetired"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"retiredAt"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"mergedInto"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<TaxonomyQuery, TaxonomyQueryVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilterInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"page"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PageInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"page"},"value":{"kind":"Variable","name":{"kind":"Name","value":"page"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"talent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"institution"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const SetUserDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserDisabled"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<SetUserDisabledMutation, SetUserDisabledMutationVariables>;