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
    "mutation AddIndustry($input: AddIndustryInput!) { addIndustry(input: $input) { id name } }": typeof types.AddIndustryDocument,
    "mutation SetAlertMode($alerts: AlertMode!) { setAlertMode(alerts: $alerts) { id alerts } }": typeof types.SetAlertModeDocument,
    "mutation CreateDemandList($input: CreateDemandListInput!) { createDemandList(input: $input) { id name } }": typeof types.CreateDemandListDocument,
    "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id name role } }": typeof types.CreateUserDocument,
    "\n  query ExpertPanel($id: ID!) {\n    reviewPanel(demandId: $id) { id name organization { name } }\n    experts { id name email organization { name } }\n  }\n": typeof types.ExpertPanelDocument,
    "mutation AssignExperts($demandId: ID!, $expertIds: [ID!]!) { assignExperts(demandId: $demandId, expertIds: $expertIds) { id name organization { name } } }": typeof types.AssignExpertsDocument,
    "mutation RenameIndustry($id: ID!, $name: String!, $keep: Boolean!) { renameIndustry(id: $id, name: $name, keepOldName: $keep) { id } }": typeof types.RenameIndustryDocument,
    "mutation AddIndustryAliases($id: ID!, $aliases: [String!]!) { addIndustryAliases(id: $id, aliases: $aliases) { id } }": typeof types.AddIndustryAliasesDocument,
    "mutation RemoveIndustryAliases($id: ID!, $aliases: [String!]!) { removeIndustryAliases(id: $id, aliases: $aliases) { id } }": typeof types.RemoveIndustryAliasesDocument,
    "mutation MoveIndustry($id: ID!, $parent: String) { moveIndustry(id: $id, parent: $parent) { id } }": typeof types.MoveIndustryDocument,
    "mutation MergeIndustry($id: ID!, $into: ID!) { mergeIndustry(id: $id, intoId: $into) { id name } }": typeof types.MergeIndustryDocument,
    "mutation RetireIndustry($id: ID!) { retireIndustry(id: $id) { id } }": typeof types.RetireIndustryDocument,
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
    "mutation ImportTaxonomy($file: ImportFileInput!) { importTaxonomy(file: $file) { file created updated unchanged warnings } }": typeof types.ImportTaxonomyDocument,
    "mutation SubmitBid($input: SubmitBidInput!) { submitBid(input: $input) { id status } }": typeof types.SubmitBidDocument,
    "mutation ShortlistBid($id: ID!) { shortlistBid(id: $id) { id status } }": typeof types.ShortlistBidDocument,
    "mutation AwardBid($id: ID!) { awardBid(id: $id) { id status } }": typeof types.AwardBidDocument,
    "mutation StartDemand($id: ID!) { startDemand(id: $id) { id status } }": typeof types.StartDemandDocument,
    "mutation RecordMidterm($input: MidtermCheckInput!) { recordMidtermCheck(input: $input) { id midtermResult } }": typeof types.RecordMidtermDocument,
    "mutation AcceptDemand($id: ID!, $documentRef: String!) { acceptDemand(id: $id, documentRef: $documentRef) { id status } }": typeof types.AcceptDemandDocument,
    "mutation TerminateDemand($id: ID!, $reason: String!) { terminateDemand(id: $id, reason: $reason) { id status } }": typeof types.TerminateDemandDocument,
    "mutation RelistDemand($id: ID!, $deadline: LocalDate!) { relistDemand(id: $id, deadline: $deadline) { id status } }": typeof types.RelistDemandDocument,
    "mutation SetIndustrialisation($input: IndustrialisationInput!) { setIndustrialisation(input: $input) { id industrialisation } }": typeof types.SetIndustrialisationDocument,
    "\n  query Dashboard($filter: StatisticsFilter) {\n    statistics(filter: $filter) {\n      published taken takeRate untaken medianDaysToTake p90DaysToTake\n      funnel { published withBids shortlisted taken inProgress accepted }\n      monthly { month published taken }\n      byIndustry { key published taken takeRate }\n      byRegion { key published taken takeRate }\n      byList { key published taken takeRate }\n      topInstitutions { institution awards }\n      matching { rankedAwards inTop5 inTop10 top5Share top10Share }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query DashboardChoices {\n    demandLists(page: { limit: 100 }) { items { id name } }\n    industries { id name }\n  }\n": typeof types.DashboardChoicesDocument,
    "query DemandFormOptions { industries { name } demandLists(page: { limit: 100 }) { items { id name } } }": typeof types.DemandFormOptionsDocument,
    "\n  query EditedDemand($code: String!) {\n    demand(code: $code) {\n      id code status nextStatuses title description industry region keywords indicators indicatorsConfidential budget deadline type acceptanceMode maxWinners\n      requirements contactName contactPhone list { id }\n      history { action at note }\n    }\n  }\n": typeof types.EditedDemandDocument,
    "\n  query DemandDraftCheck($input: DemandDraftInput!) {\n    demandDraftCheck(input: $input) {\n      quality { score passed hints { field code message } }\n      similar { similarity likelyDuplicate demand { id code title status } }\n    }\n  }\n": typeof types.DemandDraftCheckDocument,
    "mutation CreateMyDemand($input: CreateDemandInput!) { createDemand(input: $input) { id code } }": typeof types.CreateMyDemandDocument,
    "mutation UpdateMyDemand($id: ID!, $input: UpdateDemandInput!) { updateDemand(id: $id, input: $input) { id code } }": typeof types.UpdateMyDemandDocument,
    "mutation SubmitMyDemand($id: ID!) { submitDemand(id: $id) { id status quality { warning } } }": typeof types.SubmitMyDemandDocument,
    "\n  query Demand($code: String!) {\n    demand(code: $code) {\n      id code title status industry region budget deadline description indicators keywords bidCount maxWinners awardedCount type\n      nextStatuses midtermResult midtermAt industrialisation industrialisationSince\n      health { colour items { stage dueOn message overdue milestoneId } }\n      organization { id name }\n      bids { id status quote durationMonths proposal teamMembers createdAt talent { id name institution } review { score rank } }\n      list { name reviewWeights { technical price team schedule } }\n    }\n  }\n": typeof types.DemandDocument,
    "\n  query ToReview($id: ID!) {\n    bidsToReview(demandId: $id) { id proposal quote durationMonths teamMembers }\n    myBidScores(demandId: $id) { bidId technical price team schedule comment }\n  }\n": typeof types.ToReviewDocument,
    "\n  query DemandMatches($id: ID!, $code: String!) {\n    matchTalents(demandId: $id, first: 10) {\n      score strength reasons\n      breakdown { text industry region level trackRecord load }\n      talent { id name title institution region }\n    }\n    demand(code: $code) { matchOutlook { strongCount moderateCount advice } }\n  }\n": typeof types.DemandMatchesDocument,
    "subscription DemandUpdated($id: ID!) { demandUpdated(id: $id) { id status bidCount } }": typeof types.DemandUpdatedDocument,
    "\n  query Demands($filter: DemandFilterInput, $page: PageInput) {\n    demands(filter: $filter, page: $page) {\n      totalCount\n      items { id code title status industry region budget deadline list { name } }\n    }\n  }\n": typeof types.DemandsDocument,
    "query ImportLists { demandLists(page: { limit: 100 }) { items { id name } } }": typeof types.ImportListsDocument,
    "\n  mutation ImportDemands($file: ImportFileInput!, $list: String, $sheet: String, $dryRun: Boolean!, $industryMap: [IndustryMapEntry!], $newIndustries: NewIndustriesInput) {\n    importDemands(file: $file, list: $list, sheet: $sheet, dryRun: $dryRun, industryMap: $industryMap, newIndustries: $newIndustries) { file dryRun created updated unchanged warnings }\n  }\n": typeof types.ImportDemandsDocument,
    "\n  mutation ImportTalents($file: ImportFileInput!, $sheet: String, $dryRun: Boolean!, $industryMap: [IndustryMapEntry!], $newIndustries: NewIndustriesInput) {\n    importTalents(file: $file, sheet: $sheet, dryRun: $dryRun, industryMap: $industryMap, newIndustries: $newIndustries) { file dryRun created updated unchanged warnings }\n  }\n": typeof types.ImportTalentsDocument,
    "\n  query Inbox {\n    notifications(page: { limit: 50 }) {\n      unreadCount\n      items { id kind title body createdAt readAt demandId }\n    }\n  }\n": typeof types.InboxDocument,
    "mutation MarkRead { markNotificationsRead }": typeof types.MarkReadDocument,
    "\n  query JoinRequests($filter: JoinRequestFilterInput, $page: PageInput) {\n    joinRequests(filter: $filter, page: $page) {\n      totalCount\n      items { id status email reason createdAt decidedAt applicant { name } organization { name } }\n    }\n  }\n": typeof types.JoinRequestsDocument,
    "mutation ApproveJoinRequest($id: ID!) { approveJoinRequest(id: $id) { id status } }": typeof types.ApproveJoinRequestDocument,
    "mutation RejectJoinRequest($id: ID!, $reason: String) { rejectJoinRequest(id: $id, reason: $reason) { id status } }": typeof types.RejectJoinRequestDocument,
    "\n  query LedgerPage($org: ID!) {\n    organization(id: $org) { id name }\n    ledger(organizationId: $org) {\n      status colour industrialisation\n      demand { id code title }\n      lastChange { action entityType at note }\n    }\n  }\n": typeof types.LedgerPageDocument,
    "\n  query LedgerEnterprises($text: String) {\n    organizations(filter: { type: ENTERPRISE, text: $text }, page: { limit: 20 }) { items { id name } }\n  }\n": typeof types.LedgerEnterprisesDocument,
    "\n  query Lists {\n    demandLists(page: { limit: 100 }) {\n      totalCount\n      items { id name issuer region year reviewWeights { technical price team schedule } }\n    }\n    statistics { byList { key published taken takeRate } }\n  }\n": typeof types.ListsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name role talent { id } organization { id name } }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query MyBids($page: PageInput) {\n    myBids(page: $page) {\n      id status quote durationMonths createdAt updatedAt\n      demand { id code title status organization { name } }\n      review {\n        score rank rankedBids reviewCount comments\n        criteria { technical price team schedule }\n        weights { technical price team schedule }\n      }\n    }\n  }\n": typeof types.MyBidsDocument,
    "mutation WithdrawBid($id: ID!) { withdrawBid(id: $id) { id status } }": typeof types.WithdrawBidDocument,
    "\n  query MyDemands($org: ID!) {\n    demands(filter: { organizationId: $org }, page: { limit: 100 }) {\n      totalCount\n      items { id code title status budget deadline bidCount nextStatuses }\n    }\n  }\n": typeof types.MyDemandsDocument,
    "mutation SubmitListedDemand($id: ID!) { submitDemand(id: $id) { id status quality { warning } } }": typeof types.SubmitListedDemandDocument,
    "mutation WithdrawDemand($id: ID!) { withdrawDemand(id: $id) { id status } }": typeof types.WithdrawDemandDocument,
    "\n  query MyProfile {\n    me {\n      id alerts\n      talent { id code name title level institution region fields keywords achievements bio remoteOk contactEmail contactPhone }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query Recommended($talentId: ID!) {\n    recommendDemands(talentId: $talentId, first: 20) {\n      score strength reasons\n      demand { id code title industry region budget deadline organization { name } }\n    }\n  }\n": typeof types.RecommendedDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      user { id name role talent { id } organization { id name } }\n      joinRequest { id organization { name } }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  query ReviewQueue {\n    demands(filter: { statuses: [SUBMITTED] }, page: { limit: 100 }) {\n      totalCount\n      items {\n        id code title industry budget deadline\n        organization { name }\n        quality { score passed warning hints { field message } }\n      }\n    }\n  }\n": typeof types.ReviewQueueDocument,
    "mutation ApproveDemand($id: ID!) { approveDemand(id: $id) { id status } }": typeof types.ApproveDemandDocument,
    "mutation RejectDemand($id: ID!, $reason: String!) { rejectDemand(id: $id, reason: $reason) { id status } }": typeof types.RejectDemandDocument,
    "query ReviewTasks { myReviewAssignments { id code title status budget deadline bidCount organization { name } } }": typeof types.ReviewTasksDocument,
    "\n  query Search($query: String!, $kind: SearchKind!, $filter: SearchFilterInput, $page: PageInput) {\n    search(query: $query, kind: $kind, filter: $filter, page: $page) {\n      totalCount\n      facets { field values { value count } }\n      items {\n        id snippet\n        demand { id code title status industry region budget deadline organization { name } }\n        talent { id name title institution level region remoteOk }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Taxonomy {\n    industries(includeRetired: true) { id code name level aliases retiredAt parent { id code name } mergedInto { name } }\n  }\n": typeof types.TaxonomyDocument,
    "\n  query Users($filter: UserFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      items { id name email role disabled createdAt organization { name } talent { institution } }\n    }\n  }\n": typeof types.UsersDocument,
    "mutation SetUserDisabled($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id disabled } }": typeof types.SetUserDisabledDocument,
};
const documents: Documents = {
    "query UnreadCount { notifications(unreadOnly: true, page: { limit: 1 }) { unreadCount } }": types.UnreadCountDocument,
    "subscription MyNotifications { myNotifications { id title } }": types.MyNotificationsDocument,
    "mutation AddIndustry($input: AddIndustryInput!) { addIndustry(input: $input) { id name } }": types.AddIndustryDocument,
    "mutation SetAlertMode($alerts: AlertMode!) { setAlertMode(alerts: $alerts) { id alerts } }": types.SetAlertModeDocument,
    "mutation CreateDemandList($input: CreateDemandListInput!) { createDemandList(input: $input) { id name } }": types.CreateDemandListDocument,
    "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id name role } }": types.CreateUserDocument,
    "\n  query ExpertPanel($id: ID!) {\n    reviewPanel(demandId: $id) { id name organization { name } }\n    experts { id name email organization { name } }\n  }\n": types.ExpertPanelDocument,
    "mutation AssignExperts($demandId: ID!, $expertIds: [ID!]!) { assignExperts(demandId: $demandId, expertIds: $expertIds) { id name organization { name } } }": types.AssignExpertsDocument,
    "mutation RenameIndustry($id: ID!, $name: String!, $keep: Boolean!) { renameIndustry(id: $id, name: $name, keepOldName: $keep) { id } }": types.RenameIndustryDocument,
    "mutation AddIndustryAliases($id: ID!, $aliases: [String!]!) { addIndustryAliases(id: $id, aliases: $aliases) { id } }": types.AddIndustryAliasesDocument,
    "mutation RemoveIndustryAliases($id: ID!, $aliases: [String!]!) { removeIndustryAliases(id: $id, aliases: $aliases) { id } }": types.RemoveIndustryAliasesDocument,
    "mutation MoveIndustry($id: ID!, $parent: String) { moveIndustry(id: $id, parent: $parent) { id } }": types.MoveIndustryDocument,
    "mutation MergeIndustry($id: ID!, $into: ID!) { mergeIndustry(id: $id, intoId: $into) { id name } }": types.MergeIndustryDocument,
    "mutation RetireIndustry($id: ID!) { retireIndustry(id: $id) { id } }": types.RetireIndustryDocument,
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
    "mutation ImportTaxonomy($file: ImportFileInput!) { importTaxonomy(file: $file) { file created updated unchanged warnings } }": types.ImportTaxonomyDocument,
    "mutation SubmitBid($input: SubmitBidInput!) { submitBid(input: $input) { id status } }": types.SubmitBidDocument,
    "mutation ShortlistBid($id: ID!) { shortlistBid(id: $id) { id status } }": types.ShortlistBidDocument,
    "mutation AwardBid($id: ID!) { awardBid(id: $id) { id status } }": types.AwardBidDocument,
    "mutation StartDemand($id: ID!) { startDemand(id: $id) { id status } }": types.StartDemandDocument,
    "mutation RecordMidterm($input: MidtermCheckInput!) { recordMidtermCheck(input: $input) { id midtermResult } }": types.RecordMidtermDocument,
    "mutation AcceptDemand($id: ID!, $documentRef: String!) { acceptDemand(id: $id, documentRef: $documentRef) { id status } }": types.AcceptDemandDocument,
    "mutation TerminateDemand($id: ID!, $reason: String!) { terminateDemand(id: $id, reason: $reason) { id status } }": types.TerminateDemandDocument,
    "mutation RelistDemand($id: ID!, $deadline: LocalDate!) { relistDemand(id: $id, deadline: $deadline) { id status } }": types.RelistDemandDocument,
    "mutation SetIndustrialisation($input: IndustrialisationInput!) { setIndustrialisation(input: $input) { id industrialisation } }": types.SetIndustrialisationDocument,
    "\n  query Dashboard($filter: StatisticsFilter) {\n    statistics(filter: $filter) {\n      published taken takeRate untaken medianDaysToTake p90DaysToTake\n      funnel { published withBids shortlisted taken inProgress accepted }\n      monthly { month published taken }\n      byIndustry { key published taken takeRate }\n      byRegion { key published taken takeRate }\n      byList { key published taken takeRate }\n      topInstitutions { institution awards }\n      matching { rankedAwards inTop5 inTop10 top5Share top10Share }\n    }\n  }\n": types.DashboardDocument,
    "\n  query DashboardChoices {\n    demandLists(page: { limit: 100 }) { items { id name } }\n    industries { id name }\n  }\n": types.DashboardChoicesDocument,
    "query DemandFormOptions { industries { name } demandLists(page: { limit: 100 }) { items { id name } } }": types.DemandFormOptionsDocument,
    "\n  query EditedDemand($code: String!) {\n    demand(code: $code) {\n      id code status nextStatuses title description industry region keywords indicators indicatorsConfidential budget deadline type acceptanceMode maxWinners\n      requirements contactName contactPhone list { id }\n      history { action at note }\n    }\n  }\n": types.EditedDemandDocument,
    "\n  query DemandDraftCheck($input: DemandDraftInput!) {\n    demandDraftCheck(input: $input) {\n      quality { score passed hints { field code message } }\n      similar { similarity likelyDuplicate demand { id code title status } }\n    }\n  }\n": types.DemandDraftCheckDocument,
    "mutation CreateMyDemand($input: CreateDemandInput!) { createDemand(input: $input) { id code } }": types.CreateMyDemandDocument,
    "mutation UpdateMyDemand($id: ID!, $input: UpdateDemandInput!) { updateDemand(id: $id, input: $input) { id code } }": types.UpdateMyDemandDocument,
    "mutation SubmitMyDemand($id: ID!) { submitDemand(id: $id) { id status quality { warning } } }": types.SubmitMyDemandDocument,
    "\n  query Demand($code: String!) {\n    demand(code: $code) {\n      id code title status industry region budget deadline description indicators keywords bidCount maxWinners awardedCount type\n      nextStatuses midtermResult midtermAt industrialisation industrialisationSince\n      health { colour items { stage dueOn message overdue milestoneId } }\n      organization { id name }\n      bids { id status quote durationMonths proposal teamMembers createdAt talent { id name institution } review { score rank } }\n      list { name reviewWeights { technical price team schedule } }\n    }\n  }\n": types.DemandDocument,
    "\n  query ToReview($id: ID!) {\n    bidsToReview(demandId: $id) { id proposal quote durationMonths teamMembers }\n    myBidScores(demandId: $id) { bidId technical price team schedule comment }\n  }\n": types.ToReviewDocument,
    "\n  query DemandMatches($id: ID!, $code: String!) {\n    matchTalents(demandId: $id, first: 10) {\n      score strength reasons\n      breakdown { text industry region level trackRecord load }\n      talent { id name title institution region }\n    }\n    demand(code: $code) { matchOutlook { strongCount moderateCount advice } }\n  }\n": types.DemandMatchesDocument,
    "subscription DemandUpdated($id: ID!) { demandUpdated(id: $id) { id status bidCount } }": types.DemandUpdatedDocument,
    "\n  query Demands($filter: DemandFilterInput, $page: PageInput) {\n    demands(filter: $filter, page: $page) {\n      totalCount\n      items { id code title status industry region budget deadline list { name } }\n    }\n  }\n": types.DemandsDocument,
    "query ImportLists { demandLists(page: { limit: 100 }) { items { id name } } }": types.ImportListsDocument,
    "\n  mutation ImportDemands($file: ImportFileInput!, $list: String, $sheet: String, $dryRun: Boolean!, $industryMap: [IndustryMapEntry!], $newIndustries: NewIndustriesInput) {\n    importDemands(file: $file, list: $list, sheet: $sheet, dryRun: $dryRun, industryMap: $industryMap, newIndustries: $newIndustries) { file dryRun created updated unchanged warnings }\n  }\n": types.ImportDemandsDocument,
    "\n  mutation ImportTalents($file: ImportFileInput!, $sheet: String, $dryRun: Boolean!, $industryMap: [IndustryMapEntry!], $newIndustries: NewIndustriesInput) {\n    importTalents(file: $file, sheet: $sheet, dryRun: $dryRun, industryMap: $industryMap, newIndustries: $newIndustries) { file dryRun created updated unchanged warnings }\n  }\n": types.ImportTalentsDocument,
    "\n  query Inbox {\n    notifications(page: { limit: 50 }) {\n      unreadCount\n      items { id kind title body createdAt readAt demandId }\n    }\n  }\n": types.InboxDocument,
    "mutation MarkRead { markNotificationsRead }": types.MarkReadDocument,
    "\n  query JoinRequests($filter: JoinRequestFilterInput, $page: PageInput) {\n    joinRequests(filter: $filter, page: $page) {\n      totalCount\n      items { id status email reason createdAt decidedAt applicant { name } organization { name } }\n    }\n  }\n": types.JoinRequestsDocument,
    "mutation ApproveJoinRequest($id: ID!) { approveJoinRequest(id: $id) { id status } }": types.ApproveJoinRequestDocument,
    "mutation RejectJoinRequest($id: ID!, $reason: String) { rejectJoinRequest(id: $id, reason: $reason) { id status } }": types.RejectJoinRequestDocument,
    "\n  query LedgerPage($org: ID!) {\n    organization(id: $org) { id name }\n    ledger(organizationId: $org) {\n      status colour industrialisation\n      demand { id code title }\n      lastChange { action entityType at note }\n    }\n  }\n": types.LedgerPageDocument,
    "\n  query LedgerEnterprises($text: String) {\n    organizations(filter: { type: ENTERPRISE, text: $text }, page: { limit: 20 }) { items { id name } }\n  }\n": types.LedgerEnterprisesDocument,
    "\n  query Lists {\n    demandLists(page: { limit: 100 }) {\n      totalCount\n      items { id name issuer region year reviewWeights { technical price team schedule } }\n    }\n    statistics { byList { key published taken takeRate } }\n  }\n": types.ListsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name role talent { id } organization { id name } }\n    }\n  }\n": types.LoginDocument,
    "\n  query MyBids($page: PageInput) {\n    myBids(page: $page) {\n      id status quote durationMonths createdAt updatedAt\n      demand { id code title status organization { name } }\n      review {\n        score rank rankedBids reviewCount comments\n        criteria { technical price team schedule }\n        weights { technical price team schedule }\n      }\n    }\n  }\n": types.MyBidsDocument,
    "mutation WithdrawBid($id: ID!) { withdrawBid(id: $id) { id status } }": types.WithdrawBidDocument,
    "\n  query MyDemands($org: ID!) {\n    demands(filter: { organizationId: $org }, page: { limit: 100 }) {\n      totalCount\n      items { id code title status budget deadline bidCount nextStatuses }\n    }\n  }\n": types.MyDemandsDocument,
    "mutation SubmitListedDemand($id: ID!) { submitDemand(id: $id) { id status quality { warning } } }": types.SubmitListedDemandDocument,
    "mutation WithdrawDemand($id: ID!) { withdrawDemand(id: $id) { id status } }": types.WithdrawDemandDocument,
    "\n  query MyProfile {\n    me {\n      id alerts\n      talent { id code name title level institution region fields keywords achievements bio remoteOk contactEmail contactPhone }\n    }\n  }\n": types.MyProfileDocument,
    "\n  query Recommended($talentId: ID!) {\n    recommendDemands(talentId: $talentId, first: 20) {\n      score strength reasons\n      demand { id code title industry region budget deadline organization { name } }\n    }\n  }\n": types.RecommendedDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      user { id name role talent { id } organization { id name } }\n      joinRequest { id organization { name } }\n    }\n  }\n": types.RegisterDocument,
    "\n  query ReviewQueue {\n    demands(filter: { statuses: [SUBMITTED] }, page: { limit: 100 }) {\n      totalCount\n      items {\n        id code title industry budget deadline\n        organization { name }\n        quality { score passed warning hints { field message } }\n      }\n    }\n  }\n": types.ReviewQueueDocument,
    "mutation ApproveDemand($id: ID!) { approveDemand(id: $id) { id status } }": types.ApproveDemandDocument,
    "mutation RejectDemand($id: ID!, $reason: String!) { rejectDemand(id: $id, reason: $reason) { id status } }": types.RejectDemandDocument,
    "query ReviewTasks { myReviewAssignments { id code title status budget deadline bidCount organization { name } } }": types.ReviewTasksDocument,
    "\n  query Search($query: String!, $kind: SearchKind!, $filter: SearchFilterInput, $page: PageInput) {\n    search(query: $query, kind: $kind, filter: $filter, page: $page) {\n      totalCount\n      facets { field values { value count } }\n      items {\n        id snippet\n        demand { id code title status industry region budget deadline organization { name } }\n        talent { id name title institution level region remoteOk }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Taxonomy {\n    industries(includeRetired: true) { id code name level aliases retiredAt parent { id code name } mergedInto { name } }\n  }\n": types.TaxonomyDocument,
    "\n  query Users($filter: UserFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      items { id name email role disabled createdAt organization { name } talent { institution } }\n    }\n  }\n": types.UsersDocument,
    "mutation SetUserDisabled($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id disabled } }": types.SetUserDisabledDocument,
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
export function graphql(source: "mutation AddIndustry($input: AddIndustryInput!) { addIndustry(input: $input) { id name } }"): (typeof documents)["mutation AddIndustry($input: AddIndustryInput!) { addIndustry(input: $input) { id name } }"];
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
export function graphql(source: "mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id name role } }"): (typeof documents)["mutation CreateUser($input: CreateUserInput!) { createUser(input: $input) { id name role } }"];
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
export function graphql(source: "mutation RenameIndustry($id: ID!, $name: String!, $keep: Boolean!) { renameIndustry(id: $id, name: $name, keepOldName: $keep) { id } }"): (typeof documents)["mutation RenameIndustry($id: ID!, $name: String!, $keep: Boolean!) { renameIndustry(id: $id, name: $name, keepOldName: $keep) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AddIndustryAliases($id: ID!, $aliases: [String!]!) { addIndustryAliases(id: $id, aliases: $aliases) { id } }"): (typeof documents)["mutation AddIndustryAliases($id: ID!, $aliases: [String!]!) { addIndustryAliases(id: $id, aliases: $aliases) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RemoveIndustryAliases($id: ID!, $aliases: [String!]!) { removeIndustryAliases(id: $id, aliases: $aliases) { id } }"): (typeof documents)["mutation RemoveIndustryAliases($id: ID!, $aliases: [String!]!) { removeIndustryAliases(id: $id, aliases: $aliases) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MoveIndustry($id: ID!, $parent: String) { moveIndustry(id: $id, parent: $parent) { id } }"): (typeof documents)["mutation MoveIndustry($id: ID!, $parent: String) { moveIndustry(id: $id, parent: $parent) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeIndustry($id: ID!, $into: ID!) { mergeIndustry(id: $id, intoId: $into) { id name } }"): (typeof documents)["mutation MergeIndustry($id: ID!, $into: ID!) { mergeIndustry(id: $id, intoId: $into) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetireIndustry($id: ID!) { retireIndustry(id: $id) { id } }"): (typeof documents)["mutation RetireIndustry($id: ID!) { retireIndustry(id: $id) { id } }"];
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
export function graphql(source: "mutation ImportTaxonomy($file: ImportFileInput!) { importTaxonomy(file: $file) { file created updated unchanged warnings } }"): (typeof documents)["mutation ImportTaxonomy($file: ImportFileInput!) { importTaxonomy(file: $file) { file created updated unchanged warnings } }"];
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
export function graphql(source: "mutation StartDemand($id: ID!) { startDemand(id: $id) { id status } }"): (typeof documents)["mutation StartDemand($id: ID!) { startDemand(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RecordMidterm($input: MidtermCheckInput!) { recordMidtermCheck(input: $input) { id midtermResult } }"): (typeof documents)["mutation RecordMidterm($input: MidtermCheckInput!) { recordMidtermCheck(input: $input) { id midtermResult } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptDemand($id: ID!, $documentRef: String!) { acceptDemand(id: $id, documentRef: $documentRef) { id status } }"): (typeof documents)["mutation AcceptDemand($id: ID!, $documentRef: String!) { acceptDemand(id: $id, documentRef: $documentRef) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation TerminateDemand($id: ID!, $reason: String!) { terminateDemand(id: $id, reason: $reason) { id status } }"): (typeof documents)["mutation TerminateDemand($id: ID!, $reason: String!) { terminateDemand(id: $id, reason: $reason) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RelistDemand($id: ID!, $deadline: LocalDate!) { relistDemand(id: $id, deadline: $deadline) { id status } }"): (typeof documents)["mutation RelistDemand($id: ID!, $deadline: LocalDate!) { relistDemand(id: $id, deadline: $deadline) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetIndustrialisation($input: IndustrialisationInput!) { setIndustrialisation(input: $input) { id industrialisation } }"): (typeof documents)["mutation SetIndustrialisation($input: IndustrialisationInput!) { setIndustrialisation(input: $input) { id industrialisation } }"];
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
export function graphql(source: "query DemandFormOptions { industries { name } demandLists(page: { limit: 100 }) { items { id name } } }"): (typeof documents)["query DemandFormOptions { industries { name } demandLists(page: { limit: 100 }) { items { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditedDemand($code: String!) {\n    demand(code: $code) {\n      id code status nextStatuses title description industry region keywords indicators indicatorsConfidential budget deadline type acceptanceMode maxWinners\n      requirements contactName contactPhone list { id }\n      history { action at note }\n    }\n  }\n"): (typeof documents)["\n  query EditedDemand($code: String!) {\n    demand(code: $code) {\n      id code status nextStatuses title description industry region keywords indicators indicatorsConfidential budget deadline type acceptanceMode maxWinners\n      requirements contactName contactPhone list { id }\n      history { action at note }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemandDraftCheck($input: DemandDraftInput!) {\n    demandDraftCheck(input: $input) {\n      quality { score passed hints { field code message } }\n      similar { similarity likelyDuplicate demand { id code title status } }\n    }\n  }\n"): (typeof documents)["\n  query DemandDraftCheck($input: DemandDraftInput!) {\n    demandDraftCheck(input: $input) {\n      quality { score passed hints { field code message } }\n      similar { similarity likelyDuplicate demand { id code title status } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CreateMyDemand($input: CreateDemandInput!) { createDemand(input: $input) { id code } }"): (typeof documents)["mutation CreateMyDemand($input: CreateDemandInput!) { createDemand(input: $input) { id code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UpdateMyDemand($id: ID!, $input: UpdateDemandInput!) { updateDemand(id: $id, input: $input) { id code } }"): (typeof documents)["mutation UpdateMyDemand($id: ID!, $input: UpdateDemandInput!) { updateDemand(id: $id, input: $input) { id code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitMyDemand($id: ID!) { submitDemand(id: $id) { id status quality { warning } } }"): (typeof documents)["mutation SubmitMyDemand($id: ID!) { submitDemand(id: $id) { id status quality { warning } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Demand($code: String!) {\n    demand(code: $code) {\n      id code title status industry region budget deadline description indicators keywords bidCount maxWinners awardedCount type\n      nextStatuses midtermResult midtermAt industrialisation industrialisationSince\n      health { colour items { stage dueOn message overdue milestoneId } }\n      organization { id name }\n      bids { id status quote durationMonths proposal teamMembers createdAt talent { id name institution } review { score rank } }\n      list { name reviewWeights { technical price team schedule } }\n    }\n  }\n"): (typeof documents)["\n  query Demand($code: String!) {\n    demand(code: $code) {\n      id code title status industry region budget deadline description indicators keywords bidCount maxWinners awardedCount type\n      nextStatuses midtermResult midtermAt industrialisation industrialisationSince\n      health { colour items { stage dueOn message overdue milestoneId } }\n      organization { id name }\n      bids { id status quote durationMonths proposal teamMembers createdAt talent { id name institution } review { score rank } }\n      list { name reviewWeights { technical price team schedule } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ToReview($id: ID!) {\n    bidsToReview(demandId: $id) { id proposal quote durationMonths teamMembers }\n    myBidScores(demandId: $id) { bidId technical price team schedule comment }\n  }\n"): (typeof documents)["\n  query ToReview($id: ID!) {\n    bidsToReview(demandId: $id) { id proposal quote durationMonths teamMembers }\n    myBidScores(demandId: $id) { bidId technical price team schedule comment }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemandMatches($id: ID!, $code: String!) {\n    matchTalents(demandId: $id, first: 10) {\n      score strength reasons\n      breakdown { text industry region level trackRecord load }\n      talent { id name title institution region }\n    }\n    demand(code: $code) { matchOutlook { strongCount moderateCount advice } }\n  }\n"): (typeof documents)["\n  query DemandMatches($id: ID!, $code: String!) {\n    matchTalents(demandId: $id, first: 10) {\n      score strength reasons\n      breakdown { text industry region level trackRecord load }\n      talent { id name title institution region }\n    }\n    demand(code: $code) { matchOutlook { strongCount moderateCount advice } }\n  }\n"];
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
export function graphql(source: "\n  query JoinRequests($filter: JoinRequestFilterInput, $page: PageInput) {\n    joinRequests(filter: $filter, page: $page) {\n      totalCount\n      items { id status email reason createdAt decidedAt applicant { name } organization { name } }\n    }\n  }\n"): (typeof documents)["\n  query JoinRequests($filter: JoinRequestFilterInput, $page: PageInput) {\n    joinRequests(filter: $filter, page: $page) {\n      totalCount\n      items { id status email reason createdAt decidedAt applicant { name } organization { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ApproveJoinRequest($id: ID!) { approveJoinRequest(id: $id) { id status } }"): (typeof documents)["mutation ApproveJoinRequest($id: ID!) { approveJoinRequest(id: $id) { id status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RejectJoinRequest($id: ID!, $reason: String) { rejectJoinRequest(id: $id, reason: $reason) { id status } }"): (typeof documents)["mutation RejectJoinRequest($id: ID!, $reason: String) { rejectJoinRequest(id: $id, reason: $reason) { id status } }"];
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
export function graphql(source: "\n  query MyDemands($org: ID!) {\n    demands(filter: { organizationId: $org }, page: { limit: 100 }) {\n      totalCount\n      items { id code title status budget deadline bidCount nextStatuses }\n    }\n  }\n"): (typeof documents)["\n  query MyDemands($org: ID!) {\n    demands(filter: { organizationId: $org }, page: { limit: 100 }) {\n      totalCount\n      items { id code title status budget deadline bidCount nextStatuses }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SubmitListedDemand($id: ID!) { submitDemand(id: $id) { id status quality { warning } } }"): (typeof documents)["mutation SubmitListedDemand($id: ID!) { submitDemand(id: $id) { id status quality { warning } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation WithdrawDemand($id: ID!) { withdrawDemand(id: $id) { id status } }"): (typeof documents)["mutation WithdrawDemand($id: ID!) { withdrawDemand(id: $id) { id status } }"];
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
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      user { id name role talent { id } organization { id name } }\n      joinRequest { id organization { name } }\n    }\n  }\n"): (typeof documents)["\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      token\n      user { id name role talent { id } organization { id name } }\n      joinRequest { id organization { name } }\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Taxonomy {\n    industries(includeRetired: true) { id code name level aliases retiredAt parent { id code name } mergedInto { name } }\n  }\n"): (typeof documents)["\n  query Taxonomy {\n    industries(includeRetired: true) { id code name level aliases retiredAt parent { id code name } mergedInto { name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users($filter: UserFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      items { id name email role disabled createdAt organization { name } talent { institution } }\n    }\n  }\n"): (typeof documents)["\n  query Users($filter: UserFilterInput, $page: PageInput) {\n    users(filter: $filter, page: $page) {\n      totalCount\n      items { id name email role disabled createdAt organization { name } talent { institution } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation SetUserDisabled($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id disabled } }"): (typeof documents)["mutation SetUserDisabled($id: ID!, $disabled: Boolean!) { setUserDisabled(id: $id, disabled: $disabled) { id disabled } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;