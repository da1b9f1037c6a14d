/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query UnreadCount { notifications(unreadOnly: true, page: { limit: 1 }) { unreadCount } }": typeof types.UnreadCountDocument,
    "subscription MyNotifications { myNotifications { id title } }": typeof types.MyNotificationsDocument,
    "mutation SetAlertMode($alerts: AlertMode!) { setAlertMode(alerts: $alerts) { id alerts } }": typeof types.SetAlertModeDocument,
    "mutation CreateDemandList($input: CreateDemandListInput!) { createDemandList(input: $input) { id name } }": typeof types.CreateDemandListDocument,
    "\n  query ExpertPanel($id: ID!) {\n    reviewPanel(demandId: $id) { id name organization { name } }\n    experts { id name email organization { name } }\n  }\n": typeof types.ExpertPanelDocument,
    "mutation AssignExperts($demandId: ID!, $expertIds: [ID!]!) { assignExperts(demandId: $demandId, expertIds: $expertIds) { id name organization { name } } }": typeof types.AssignExpertsDocument,
    "query ImportIndustries { industries { id name } }": typeof types.ImportIndustriesDocument,
    "\n  query LedgerEntries($org: ID!, $demand: ID!) {\n    ledgerEntries(organizationId: $org, demandId: $demand, page: { limit: 100 }) {\n      id at action entityType from to note actor { name }\n    }\n  }\n": typeof types.LedgerEntriesDocument,
    "mutation ReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id status } }": typeof types.ReportProgressDocument,
    "mutation ConfirmMilestone($id: ID!) { confirmMilestone(id: $id) { id status } }": typeof types.ConfirmMilestoneDocument,
    "mutation ReturnMilestone($id: ID!, $reason: String!) { returnMilestone(id: $id, reason: $reason) { id status returnReason } }": typeof types.ReturnMilestoneDocument,
    "mutation SetMilestones($input: SetMilestonesInput!) { setMilestones(input: $input) { id } }": typeof types.SetMilestonesDocument,
    "\n  query DemandMilestones($id: ID!) {\n    demand(id: $id) {\n      id\n      milestones {\n        id bidId seq title dueDate deliverable paymentShare status returnReason\n        reports { id content complete createdAt }\n      }\n    }\n  }\n": typeof types.DemandMilestonesDocument,
    "\n  mutation SetReviewWeights($listId: ID!, $weights: ReviewWeightsInput!) {\n    setReviewWeights(listId: $listId, weights: $weights) { id reviewWeights { technical price team schedule } }\n  }\n": typeof types.SetReviewWeightsDocument,
    "mutation ScoreBid($input: ScoreBidInput!) { scoreBid(input: $input) { id bidId technical price team schedule comment } }": typeof types.ScoreBidDocument,
    "mutation UpdateProfile($id: ID!, $input: UpdateTalentInput!) { updateTalent(id: $id, input: $input) { id updatedAt } }": typeof types.UpdateProfileDocument,
    "\n  query Dashboard($filter: StatisticsFilter) {\n    statistics(filter: $filter) {\n      published taken takeRate untaken medianDaysToTake p90DaysToTake\n      funnel { published withBids shortlisted taken inProgress accepted }\n      monthly { month published taken }\n      byIndustry { key published taken takeRate }\n      byRegion { key published taken takeRate }\n      byList { key published taken takeRate }\n      topInstitutions { institution awards }\n      matching { rankedAwards inTop5 inTop10 top5Share top10Share }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query DashboardChoices {\n    demandLists(page: { limit: 100 }) { items { id name } }\n    industries { id name }\n  }\n": typeof types.DashboardChoicesDocument,
    "\n  query Demand($code: String!) {\n    demand(code: $code) {\n      id code title status industry region budget deadline description indicators keywords bidCount maxWinners awardedCount\n      organization { id name }\n      bids { id status quote durationMonths proposal teamMembers createdAt talent { id name institution } review { score rank } }\n      list { name reviewWeights { technical price team schedule } }\n    }\n  }\n": typeof types.DemandDocument,
    "\n  query ToReview($id: ID!) {\n    bidsToReview(demandId: $id) { id proposal quote durationMonths teamMembers }\n    myBidScores(demandId: $id) { bidId technical price team schedule comment }\n  }\n": typeof types.ToReviewDocument,
    "\n  query DemandMatches($id: ID!, $code: String!) {\n    matchTalents(demandId: $id, first: 10) {\n      score strength reasons\n      talent { id name title institution region }\n    }\n    demand(code: $code) { matchOutlook { strongCount moderateCount advice } }\n  }\n": typeof types.DemandMatchesDocument,
    "mutation SubmitBid($input: SubmitBidInput!) { submitBid(input: $input) { id status } }": typeof types.SubmitBidDocument,
    "mutation ShortlistBid($id: ID!) { shortlistBid(id: $id) { id status } }": typeof types.ShortlistBidDocument,
    "mutation AwardBid($id: ID!) { awardBid(id: $id) { id status } }": typeof types.AwardBidDocument,
    "subscription DemandUpdated($id: ID!) { demandUpdated(id: $id) { id status bidCount } }": typeof types.DemandUpdatedDocument,
    "\n  query Demands($filter: DemandFilterInput, $page: PageInput) {\n    demands(filter: $filter, page: $page) {\n      totalCount\n      items { id code title status industry region budget deadline list { name } }\n    }\n  }\n": typeof types.DemandsDocument,
    "query ImportLists { demandLists(page: { limit: 100 }) { items { id name } } }": typeof types.ImportListsDocument,
    "\n  mutation ImportDemands($file: ImportFileInput!, $list: String, $sheet: String, $dryRun: Boolean!, $industryMap: [IndustryMapEntry!], $newIndustries: NewIndustriesInput) {\n    importDemands(file: $file, list: $list, sheet: $sheet, dryRun: $dryRun, industryMap: $industryMap, newIndustries: $newIndustries) { file dryRun created updated unchanged warnings }\n  }\n": typeof types.ImportDemandsDocument,
    "\n  mutation ImportTalents($file: ImportFileInput!, $sheet: String, $dryRun: Boolean!, $industryMap: [IndustryMapEntry!], $newIndustries: NewIndustriesInput) {\n    importTalents(file: $file, sheet: $sheet, dryRun: $dryRun, industryMap: $industryMap, newIndustries: $newIndustries) { file dryRun created updated unchanged warnings }\n  }\n": typeof types.ImportTalentsDocument,
    "\n  query Inbox {\n    notifications(page: { limit: 50 }) {\n      unreadCount\n      items { id kind title body createdAt readAt demandId }\n    }\n  }\n": typeof types.InboxDocument,
    "mutation MarkRead { markNotificationsRead }": typeof types.MarkReadDocument,
    "\n  query LedgerPage($org: ID!) {\n    organization(id: $org) { id name }\n    ledger(organizationId: $org) {\n      status colour industrialisation\n      demand { id code title }\n      lastChange { action entityType at note }\n    }\n  }\n": typeof types.LedgerPageDocument,
    "\n  query LedgerEnterprises($text: String) {\n    organizations(filter: { type: ENTERPRISE, text: $text }, page: { limit: 20 }) { items { id name } }\n  }\n": typeof types.LedgerEnterprisesDocument,
    "\n  query Lists {\n    demandLists(page: { limit: 100 }) {\n      totalCount\n      items { id name issuer region year reviewWeights { technical price team schedule } }\n    }\n    statistics { byList { key published taken takeRate } }\n  }\n": typeof types.ListsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name role talent { id } organization { id name } }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query MyBids($page: PageInput) {\n    myBids(page: $page) {\n      id status quote durationMonths createdAt updatedAt\n      demand { id code title status organization { name } }\n      review {\n        score rank rankedBids reviewCount comments\n        criteria { technical price team schedule }\n        weights { technical price team schedule }\n      }\n    }\n  }\n": typeof types.MyBidsDocument,
    "mutation WithdrawBid($id: ID!) { withdrawBid(id: $id) { id status } }": typeof types.WithdrawBidDocument,
    "\n  query MyDemands($org: ID!) {\n    demands(filter: { organizationId: $org }, page: { limit: 100 }) {\n      totalCount\n      items { id code title status budget deadline bidCount }\n    }\n  }\n": typeof types.MyDemandsDocument,
    "\n  query MyProfile {\n    me {\n      id alerts\n      talent { id code name title level institution region fields keywords achievements bio remoteOk contactEmail contactPhone }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query Recommended($talentId: ID!) {\n    recommendDemands(talentId: $talentId, first: 20) {\n      score strength reasons\n      demand { id code title industry region budget deadline organization { name } }\n    }\n  }\n": typeof types.RecommendedDocument,
    "\n  query ReviewQueue {\n    demands(filter: { statuses: [SUBMITTED] }, page: { limit: 100 }) {\n      totalCount\n      items {\n        id code title industry budget deadline\n        organization { name }\n        quality { score passed warning hints { field message } }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "mutation ApproveDemand($id: ID!) { approveDemand(id: $id) { id status } }": typeof types.ApproveDemandDocument,
    "mutation RejectDemand($id: ID!, $reason: String!) { rejectDemand(id: $id, reason: $reason) { id status } }": typeof types.RejectDemandDocument,
    "query ReviewTasks { myReviewAssignments { id code title status budget deadline bidCount organization { name } } }": typeof types.ReviewTasksDocument,
    "\n  query Search($query: String!, $kind: SearchKind!, $filter: SearchFilterInput, $page: PageInput) {\n    search(query: $query, kind: $kind, filter: $filter, page: $page) {\n      totalCount\n      facets { field values { value count } }\n      items {\n        id snippet\n        demand { id code title status industry region budget deadline organization { name } }\n        talent { id name title institution level region remoteOk }\n      }\n    }\n  }\n": typeof types.SearchDocument,
};
const documents: Documents = {
    "query UnreadCount { notifications(unreadOnly: true, page: { limit: 1 }) { unreadCount } }": types.UnreadCountDocument,
    "subscription MyNotifications { myNotifications { id title } }": types.MyNotificationsDocument,
    "mutation SetAlertMode($alerts: AlertMode!) { setAlertMode(alerts: $alerts) { id alerts } }": types.SetAlertModeDocument,
    "mutation CreateDemandList($input: CreateDemandListInput!) { createDemandList(input: $input) { id name } }": types.CreateDemandListDocument,
    "\n  query ExpertPanel($id: ID!) {\n    reviewPanel(demandId: $id) { id name organization { name } }\n    experts { id name email organization { name } }\n  }\n": types.ExpertPanelDocument,
    "mutation AssignExperts($demandId: ID!, $expertIds: [ID!]!) { assignExperts(demandId: $demandId, expertIds: $expertIds) { id name organization { name } } }": types.AssignExpertsDocument,
    "query ImportIndustries { industries { id name } }": types.ImportIndustriesDocument,
    "\n  query LedgerEntries($org: ID!, $demand: ID!) {\n    ledgerEntries(organizationId: $org, demandId: $demand, page: { limit: 100 }) {\n      id at action entityType from to note actor { name }\n    }\n  }\n": types.LedgerEntriesDocument,
    "mutation ReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id status } }": types.ReportProgressDocument,
    "mutation ConfirmMilestone($id: ID!) { confirmMilestone(id: $id) { id status } }": types.ConfirmMilestoneDocument,
    "mutation ReturnMilestone($id: ID!, $reason: String!) { returnMilestone(id: $id, reason: $reason) { id status returnReason } }": types.ReturnMilestoneDocument,
    "mutation SetMilestones($input: SetMilestonesInput!) { setMilestones(input: $input) { id } }": types.SetMilestonesDocument,
    "\n  query DemandMilestones($id: ID!) {\n    demand(id: $id) {\n      id\n      milestones {\n        id bidId seq title dueDate deliverable paymentShare status returnReason\n        reports { id content complete createdAt }\n      }\n    }\n  }\n": types.DemandMilestonesDocument,
    "\n  mutation SetReviewWeights($listId: ID!, $weights: ReviewWeightsInput!) {\n    setReviewWeights(listId: $listId, weights: $weights) { id reviewWeights { technical price team schedule } }\n  }\n": types.SetReviewWeightsDocument,
    "mutation ScoreBid($input: ScoreBidInput!) { scoreBid(input: $input) { id bidId technical price team schedule comment } }": types.ScoreBidDocument,
    "mutation UpdateProfile($id: ID!, $input: UpdateTalentInput!) { updateTalent(id: $id, input: $input) { id updatedAt } }": types.UpdateProfileDocument,
    "\n  query Dashboard($filter: StatisticsFilter) {\n    statistics(filter: $filter) {\n      published taken takeRate untaken medianDaysToTake p90DaysToTake\n      funnel { published withBids shortlisted taken inProgress accepted }\n      monthly { month published taken }\n      byIndustry { key published taken takeRate }\n      byRegion { key published taken takeRate }\n      byList { key published taken takeRate }\n      topInstitutions { institution awards }\n      matching { rankedAwards inTop5 inTop10 top5Share top10Share }\n    }\n  }\n": types.DashboardDocument,
    "\n  query DashboardChoices {\n    demandLists(page: { limit: 100 }) { items { id name } }\n    industries { id name }\n  }\n": types.DashboardChoicesDocument,
    "\n  query Demand($code: String!) {\n    demand(code: $code) {\n      id code title status industry region budget deadline description indicators keywords bidCount maxWinners awardedCount\n      organization { id name }\n      bids { id status quote durationMonths proposal teamMembers createdAt talent { id name institution } review { score rank } }\n      list { name reviewWeights { technical price team schedule } }\n    }\n  }\n": types.DemandDocument,
    "\n  query ToReview($id: ID!) {\n    bidsToReview(demandId: $id) { id proposal quote durationMonths teamMembers }\n    myBidScores(demandId: $id) { bidId technical price team schedule comment }\n  }\n": types.ToReviewDocument,
    "\n  query DemandMatches($id: ID!, $code: String!) {\n    matchTalents(demandId: $id, first: 10) {\n      score strength reasons\n      talent { id name title institution region }\n    }\n    demand(code: $code) { matchOutlook { strongCount moderateCount advice } }\n  }\n": types.DemandMatchesDocument,
    "mutation SubmitBid($input: SubmitBidInput!) { submitBid(input: $input) { id status } }": types.SubmitBidDocument,
    "mutation ShortlistBid($id: ID!) { shortlistBid(id: $id) { id status } }": types.ShortlistBidDocument,
    "mutation AwardBid($id: ID!) { awardBid(id: $id) { id status } }": types.AwardBidDocument,
    "subscription DemandUpdated($id: ID!) { demandUpdated(id: $id) { id status bidCount } }": types.DemandUpdatedDocument,
    "\n  query Demands($filter: DemandFilterInput, $page: PageInput) {\n    demands(filter: $filter, page: $page) {\n      totalCount\n      items { id code title status industry region budget deadline list { name } }\n    }\n  }\n": types.DemandsDocument,
    "query ImportLists { demandLists(page: { limit: 100 }) { items { id name } } }": types.ImportListsDocument,
    "\n  mutation ImportDemands($file: ImportFileInput!, $list: String, $sheet: String, $dryRun: Boolean!, $industryMap: [IndustryMapEntry!], $newIndustries: NewIndustriesInput) {\n    importDemands(file: $file, list: $list, sheet: $sheet, dryRun: $dryRun, industryMap: $industryMap, newIndustries: $newIndustries) { file dryRun created updated unchanged warnings }\n  }\n": types.ImportDemandsDocument,
    "\n  mutation ImportTalents($file: ImportFileInput!, $sheet: String, $dryRun: Boolean!, $industryMap: [IndustryMapEntry!], $newIndustries: NewIndustriesInput) {\n    importTalents(file: $file, sheet: $sheet, dryRun: $dryRun, industryMap: $industryMap, newIndustries: $newIndustries) { file dryRun created updated unchanged warnings }\n  }\n": types.ImportTalentsDocument,
    "\n  query Inbox {\n    notifications(page: { limit: 50 }) {\n      unreadCount\n      items { id kind title body createdAt readAt demandId }\n    }\n  }\n": types.InboxDocument,
    "mutation MarkRead { markNotificationsRead }": types.MarkReadDocument,
    "\n  query LedgerPage($org: ID!) {\n    organization(id: $org) { id name }\n    ledger(organizationId: $org) {\n      status colour industrialisation\n      demand { id code title }\n      lastChange { action entityType at note }\n    }\n  }\n": types.LedgerPageDocument,
    "\n  query LedgerEnterprises($text: String) {\n    organizations(filter: { type: ENTERPRISE, text: $text }, page: { limit: 20 }) { items { id name } }\n  }\n": types.LedgerEnterprisesDocument,
    "\n  query Lists {\n    demandLists(page: { limit: 100 }) {\n      totalCount\n      items { id name issuer region year reviewWeights { technical price team schedule } }\n    }\n    statistics { byList { key published taken takeRate } }\n  }\n": types.ListsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name role talent { id } organization { id name } }\n    }\n  }\n": types.LoginDocument,
    "\n  query MyBids($page: PageInput) {\n    myBids(page: $page) {\n      id status quote durationMonths createdAt updatedAt\n      demand { id code title status organization { name } }\n      review {\n        score rank rankedBids reviewCount comments\n        criteria { technical price team schedule }\n        weights { technical price team schedule }\n      }\n    }\n  }\n": types.MyBidsDocument,
    "mutation WithdrawBid($id: ID!) { withdrawBid(id: $id) { id status } }": types.WithdrawBidDocument,
    "\n  query MyDemands($org: ID!) {\n    demands(filter: { organizationId: $org }, page: { limit: 100 }) {\n      totalCount\n      items { id code title status budget deadline bidCount }\n    }\n  }\n": types.MyDemandsDocument,
    "\n  query MyProfile {\n    me {\n      id alerts\n      talent { id code name title level institution region fields keywords achievements bio remoteOk contactEmail contactPhone }\n    }\n  }\n": types.MyProfileDocument,
    "\n  query Recommended($talentId: ID!) {\n    recommendDemands(talentId: $talentId, first: 20) {\n      score strength reasons\n      demand { id code title industry region budget deadline organization { name } }\n    }\n  }\n": types.RecommendedDocument,
    "\n  query ReviewQueue {\n    demands(filter: { statuses: [SUBMITTED] }, page: { limit: 100 }) {\n      totalCount\n      items {\n        id code title industry budget deadline\n        organization { name }\n        quality { score passed warning hints { field message } }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "mutation ApproveDemand($id: ID!) { approveDemand(id: $id) { id status } }": types.ApproveDemandDocument,
    "mutation RejectDemand($id: ID!, $reason: String!) { rejectDemand(id: $id, reason: $reason) { id status } }": types.RejectDemandDocument,
    "query ReviewTasks { myReviewAssignments { id code title status budget deadline bidCount organization { name } } }": types.ReviewTasksDocument,
    "\n  query Search($query: String!, $kind: SearchKind!, $filter: SearchFilterInput, $page: PageInput) {\n    search(query: $query, kind: $kind, filter: $filter, page: $page) {\n      totalCount\n      facets { field values { value count } }\n      items {\n        id snippet\n        demand { id code title status industry region budget deadline organization { name } }\n        talent { id name title institution level region remoteOk }\n      }\n    }\n  }\n": types.SearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query UnreadCount { notifications(unreadOnly: true, page: { limit: 1 }) { unreadCount } }"): (typeof documents)["query UnreadCount { notifications(unreadOnly: true, page: { limit: 1 }) { unreadCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription MyNotifications { myNotifications { id title } }"): (typeof documents)["subscription MyNotifications { myNotifications { id title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetAlertMode($alerts: AlertMode!) { setAlertMode(alerts: $alerts) { id alerts } }"): (typeof documents)["mutation SetAlertMode($alerts: AlertMode!) { setAlertMode(alerts: $alerts) { id alerts } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateDemandList($input: CreateDemandListInput!) { createDemandList(input: $input) { id name } }"): (typeof documents)["mutation CreateDemandList($input: CreateDemandListInput!) { createDemandList(input: $input) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExpertPanel($id: ID!) {\n    reviewPanel(demandId: $id) { id name organization { name } }\n    experts { id name email organization { name } }\n  }\n"): (typeof documents)["\n  query ExpertPanel($id: ID!) {\n    reviewPanel(demandId: $id) { id name organization { name } }\n    experts { id name email organization { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AssignExperts($demandId: ID!, $expertIds: [ID!]!) { assignExperts(demandId: $demandId, expertIds: $expertIds) { id name organization { name } } }"): (typeof documents)["mutation AssignExperts($demandId: ID!, $expertIds: [ID!]!) { assignExperts(demandId: $demandId, expertIds: $expertIds) { id name organization { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportIndustries { industries { id name } }"): (typeof documents)["query ImportIndustries { industries { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerEntries($org: ID!, $demand: ID!) {\n    ledgerEntries(organizationId: $org, demandId: $demand, page: { limit: 100 }) {\n      id at action entityType from to note actor { name }\n    }\n  }\n"): (typeof documents)["\n  query LedgerEntries($org: ID!, $demand: ID!) {\n    ledgerEntries(organizationId: $org, demandId: $demand, page: { limit: 100 }) {\n      id at action entityType from to note actor { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id status } }"): (typeof documents)["mutation ReportProgress($input: ReportProgressInput!) { reportProgress(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ConfirmMilestone($id: ID!) { confirmMilestone(id: $id) { id status } }"): (typeof documents)["mutation ConfirmMilestone($id: ID!) { confirmMilestone(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ReturnMilestone($id: ID!, $reason: String!) { returnMilestone(id: $id, reason: $reason) { id status returnReason } }"): (typeof documents)["mutation ReturnMilestone($id: ID!, $reason: String!) { returnMilestone(id: $id, reason: $reason) { id status returnReason } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetMilestones($input: SetMilestonesInput!) { setMilestones(input: $input) { id } }"): (typeof documents)["mutation SetMilestones($input: SetMilestonesInput!) { setMilestones(input: $input) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemandMilestones($id: ID!) {\n    demand(id: $id) {\n      id\n      milestones {\n        id bidId seq title dueDate deliverable paymentShare status returnReason\n        reports { id content complete createdAt }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DemandMilestones($id: ID!) {\n    demand(id: $id) {\n      id\n      milestones {\n        id bidId seq title dueDate deliverable paymentShare status returnReason\n        reports { id content complete createdAt }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReviewWeights($listId: ID!, $weights: ReviewWeightsInput!) {\n    setReviewWeights(listId: $listId, weights: $weights) { id reviewWeights { technical price team schedule } }\n  }\n"): (typeof documents)["\n  mutation SetReviewWeights($listId: ID!, $weights: ReviewWeightsInput!) {\n    setReviewWeights(listId: $listId, weights: $weights) { id reviewWeights { technical price team schedule } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ScoreBid($input: ScoreBidInput!) { scoreBid(input: $input) { id bidId technical price team schedule comment } }"): (typeof documents)["mutation ScoreBid($input: ScoreBidInput!) { scoreBid(input: $input) { id bidId technical price team schedule comment } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateProfile($id: ID!, $input: UpdateTalentInput!) { updateTalent(id: $id, input: $input) { id updatedAt } }"): (typeof documents)["mutation UpdateProfile($id: ID!, $input: UpdateTalentInput!) { updateTalent(id: $id, input: $input) { id updatedAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard($filter: StatisticsFilter) {\n    statistics(filter: $filter) {\n      published taken takeRate untaken medianDaysToTake p90DaysToTake\n      funnel { published withBids shortlisted taken inProgress accepted }\n      monthly { month published taken }\n      byIndustry { key published taken takeRate }\n      byRegion { key published taken takeRate }\n      byList { key published taken takeRate }\n      topInstitutions { institution awards }\n      matching { rankedAwards inTop5 inTop10 top5Share top10Share }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard($filter: StatisticsFilter) {\n    statistics(filter: $filter) {\n      published taken takeRate untaken medianDaysToTake p90DaysToTake\n      funnel { published withBids shortlisted taken inProgress accepted }\n      monthly { month published taken }\n      byIndustry { key published taken takeRate }\n      byRegion { key published taken takeRate }\n      byList { key published taken takeRate }\n      topInstitutions { institution awards }\n      matching { rankedAwards inTop5 inTop10 top5Share top10Share }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DashboardChoices {\n    demandLists(page: { limit: 100 }) { items { id name } }\n    industries { id name }\n  }\n"): (typeof documents)["\n  query DashboardChoices {\n    demandLists(page: { limit: 100 }) { items { id name } }\n    industries { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Demand($code: String!) {\n    demand(code: $code) {\n      id code title status industry region budget deadline description indicators keywords bidCount maxWinners awardedCount\n      organization { id name }\n      bids { id status quote durationMonths proposal teamMembers createdAt talent { id name institution } review { score rank } }\n      list { name reviewWeights { technical price team schedule } }\n    }\n  }\n"): (typeof documents)["\n  query Demand($code: String!) {\n    demand(code: $code) {\n      id code title status industry region budget deadline description indicators keywords bidCount maxWinners awardedCount\n      organization { id name }\n      bids { id status quote durationMonths proposal teamMembers createdAt talent { id name institution } review { score rank } }\n      list { name reviewWeights { technical price team schedule } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ToReview($id: ID!) {\n    bidsToReview(demandId: $id) { id proposal quote durationMonths teamMembers }\n    myBidScores(demandId: $id) { bidId technical price team schedule comment }\n  }\n"): (typeof documents)["\n  query ToReview($id: ID!) {\n    bidsToReview(demandId: $id) { id proposal quote durationMonths teamMembers }\n    myBidScores(demandId: $id) { bidId technical price team schedule comment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemandMatches($id: ID!, $code: String!) {\n    matchTalents(demandId: $id, first: 10) {\n      score strength reasons\n      talent { id name title institution region }\n    }\n    demand(code: $code) { matchOutlook { strongCount moderateCount advice } }\n  }\n"): (typeof documents)["\n  query DemandMatches($id: ID!, $code: String!) {\n    matchTalents(demandId: $id, first: 10) {\n      score strength reasons\n      talent { id name title institution region }\n    }\n    demand(code: $code) { matchOutlook { strongCount moderateCount advice } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitBid($input: SubmitBidInput!) { submitBid(input: $input) { id status } }"): (typeof documents)["mutation SubmitBid($input: SubmitBidInput!) { submitBid(input: $input) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ShortlistBid($id: ID!) { shortlistBid(id: $id) { id status } }"): (typeof documents)["mutation ShortlistBid($id: ID!) { shortlistBid(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AwardBid($id: ID!) { awardBid(id: $id) { id status } }"): (typeof documents)["mutation AwardBid($id: ID!) { awardBid(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "subscription DemandUpdated($id: ID!) { demandUpdated(id: $id) { id status bidCount } }"): (typeof documents)["subscription DemandUpdated($id: ID!) { demandUpdated(id: $id) { id status bidCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Demands($filter: DemandFilterInput, $page: PageInput) {\n    demands(filter: $filter, page: $page) {\n      totalCount\n      items { id code title status industry region budget deadline list { name } }\n    }\n  }\n"): (typeof documents)["\n  query Demands($filter: DemandFilterInput, $page: PageInput) {\n    demands(filter: $filter, page: $page) {\n      totalCount\n      items { id code title status industry region budget deadline list { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ImportLists { demandLists(page: { limit: 100 }) { items { id name } } }"): (typeof documents)["query ImportLists { demandLists(page: { limit: 100 }) { items { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportDemands($file: ImportFileInput!, $list: String, $sheet: String, $dryRun: Boolean!, $industryMap: [IndustryMapEntry!], $newIndustries: NewIndustriesInput) {\n    importDemands(file: $file, list: $list, sheet: $sheet, dryRun: $dryRun, industryMap: $industryMap, newIndustries: $newIndustries) { file dryRun created updated unchanged warnings }\n  }\n"): (typeof documents)["\n  mutation ImportDemands($file: ImportFileInput!, $list: String, $sheet: String, $dryRun: Boolean!, $industryMap: [IndustryMapEntry!], $newIndustries: NewIndustriesInput) {\n    importDemands(file: $file, list: $list, sheet: $sheet, dryRun: $dryRun, industryMap: $industryMap, newIndustries: $newIndustries) { file dryRun created updated unchanged warnings }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportTalents($file: ImportFileInput!, $sheet: String, $dryRun: Boolean!, $industryMap: [IndustryMapEntry!], $newIndustries: NewIndustriesInput) {\n    importTalents(file: $file, sheet: $sheet, dryRun: $dryRun, industryMap: $industryMap, newIndustries: $newIndustries) { file dryRun created updated unchanged warnings }\n  }\n"): (typeof documents)["\n  mutation ImportTalents($file: ImportFileInput!, $sheet: String, $dryRun: Boolean!, $industryMap: [IndustryMapEntry!], $newIndustries: NewIndustriesInput) {\n    importTalents(file: $file, sheet: $sheet, dryRun: $dryRun, industryMap: $industryMap, newIndustries: $newIndustries) { file dryRun created updated unchanged warnings }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Inbox {\n    notifications(page: { limit: 50 }) {\n      unreadCount\n      items { id kind title body createdAt readAt demandId }\n    }\n  }\n"): (typeof documents)["\n  query Inbox {\n    notifications(page: { limit: 50 }) {\n      unreadCount\n      items { id kind title body createdAt readAt demandId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkRead { markNotificationsRead }"): (typeof documents)["mutation MarkRead { markNotificationsRead }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerPage($org: ID!) {\n    organization(id: $org) { id name }\n    ledger(organizationId: $org) {\n      status colour industrialisation\n      demand { id code title }\n      lastChange { action entityType at note }\n    }\n  }\n"): (typeof documents)["\n  query LedgerPage($org: ID!) {\n    organization(id: $org) { id name }\n    ledger(organizationId: $org) {\n      status colour industrialisation\n      demand { id code title }\n      lastChange { action entityType at note }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerEnterprises($text: String) {\n    organizations(filter: { type: ENTERPRISE, text: $text }, page: { limit: 20 }) { items { id name } }\n  }\n"): (typeof documents)["\n  query LedgerEnterprises($text: String) {\n    organizations(filter: { type: ENTERPRISE, text: $text }, page: { limit: 20 }) { items { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Lists {\n    demandLists(page: { limit: 100 }) {\n      totalCount\n      items { id name issuer region year reviewWeights { technical price team schedule } }\n    }\n    statistics { byList { key published taken takeRate } }\n  }\n"): (typeof documents)["\n  query Lists {\n    demandLists(page: { limit: 100 }) {\n      totalCount\n      items { id name issuer region year reviewWeights { technical price team schedule } }\n    }\n    statistics { byList { key published taken takeRate } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name role talent { id } organization { id name } }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name role talent { id } organization { id name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyBids($page: PageInput) {\n    myBids(page: $page) {\n      id status quote durationMonths createdAt updatedAt\n      demand { id code title status organization { name } }\n      review {\n        score rank rankedBids reviewCount comments\n        criteria { technical price team schedule }\n        weights { technical price team schedule }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyBids($page: PageInput) {\n    myBids(page: $page) {\n      id status quote durationMonths createdAt updatedAt\n      demand { id code title status organization { name } }\n      review {\n        score rank rankedBids reviewCount comments\n        criteria { technical price team schedule }\n        weights { technical price team schedule }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawBid($id: ID!) { withdrawBid(id: $id) { id status } }"): (typeof documents)["mutation WithdrawBid($id: ID!) { withdrawBid(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyDemands($org: ID!) {\n    demands(filter: { organizationId: $org }, page: { limit: 100 }) {\n      totalCount\n      items { id code title status budget deadline bidCount }\n    }\n  }\n"): (typeof documents)["\n  query MyDemands($org: ID!) {\n    demands(filter: { organizationId: $org }, page: { limit: 100 }) {\n      totalCount\n      items { id code title status budget deadline bidCount }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id alerts\n      talent { id code name title level institution region fields keywords achievements bio remoteOk contactEmail contactPhone }\n    }\n  }\n"): (typeof documents)["\n  query MyProfile {\n    me {\n      id alerts\n      talent { id code name title level institution region fields keywords achievements bio remoteOk contactEmail contactPhone }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Recommended($talentId: ID!) {\n    recommendDemands(talentId: $talentId, first: 20) {\n      score strength reasons\n      demand { id code title industry region budget deadline organization { name } }\n    }\n  }\n"): (typeof documents)["\n  query Recommended($talentId: ID!) {\n    recommendDemands(talentId: $talentId, first: 20) {\n      score strength reasons\n      demand { id code title industry region budget deadline organization { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewQueue {\n    demands(filter: { statuses: [SUBMITTED] }, page: { limit: 100 }) {\n      totalCount\n      items {\n        id code title industry budget deadline\n        organization { name }\n        quality { score passed warning hints { field message } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReviewQueue {\n    demands(filter: { statuses: [SUBMITTED] }, page: { limit: 100 }) {\n      totalCount\n      items {\n        id code title industry budget deadline\n        organization { name }\n        quality { score passed warning hints { field message } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveDemand($id: ID!) { approveDemand(id: $id) { id status } }"): (typeof documents)["mutation ApproveDemand($id: ID!) { approveDemand(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectDemand($id: ID!, $reason: String!) { rejectDemand(id: $id, reason: $reason) { id status } }"): (typeof documents)["mutation RejectDemand($id: ID!, $reason: String!) { rejectDemand(id: $id, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ReviewTasks { myReviewAssignments { id code title status budget deadline bidCount organization { name } } }"): (typeof documents)["query ReviewTasks { myReviewAssignments { id code title status budget deadline bidCount organization { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $kind: SearchKind!, $filter: SearchFilterInput, $page: PageInput) {\n    search(query: $query, kind: $kind, filter: $filter, page: $page) {\n      totalCount\n      facets { field values { value count } }\n      items {\n        id snippet\n        demand { id code title status industry region budget deadline organization { name } }\n        talent { id name title institution level region remoteOk }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $kind: SearchKind!, $filter: SearchFilterInput, $page: PageInput) {\n    search(query: $query, kind: $kind, filter: $filter, page: $page) {\n      totalCount\n      facets { field values { value count } }\n      items {\n        id snippet\n        demand { id code title status industry region budget deadline organization { name } }\n        talent { id name title institution level region remoteOk }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;