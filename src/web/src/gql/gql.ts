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
    "\n  query Dashboard($filter: StatisticsFilter) {\n    statistics(filter: $filter) {\n      published taken takeRate untaken medianDaysToTake p90DaysToTake\n      funnel { published withBids shortlisted taken inProgress accepted }\n      monthly { month published taken }\n      byIndustry { key published taken takeRate }\n      byRegion { key published taken takeRate }\n      byList { key published taken takeRate }\n      topInstitutions { institution awards }\n      matching { rankedAwards inTop5 inTop10 top5Share top10Share }\n    }\n    demandLists(page: { limit: 100 }) { items { id name } }\n  }\n": typeof types.DashboardDocument,
    "\n  query Demand($code: String!) {\n    demand(code: $code) {\n      id code title status industry region budget deadline description indicators keywords bidCount\n      organization { name }\n      list { name }\n    }\n  }\n": typeof types.DemandDocument,
    "\n  query DemandMatches($id: ID!, $code: String!) {\n    matchTalents(demandId: $id, first: 10) {\n      score strength reasons\n      talent { id name title institution region }\n    }\n    demand(code: $code) { matchOutlook { strongCount moderateCount advice } }\n  }\n": typeof types.DemandMatchesDocument,
    "\n  query Demands($filter: DemandFilterInput, $page: PageInput) {\n    demands(filter: $filter, page: $page) {\n      totalCount\n      items { id code title status industry region budget deadline list { name } }\n    }\n  }\n": typeof types.DemandsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name role }\n    }\n  }\n": typeof types.LoginDocument,
};
const documents: Documents = {
    "\n  query Dashboard($filter: StatisticsFilter) {\n    statistics(filter: $filter) {\n      published taken takeRate untaken medianDaysToTake p90DaysToTake\n      funnel { published withBids shortlisted taken inProgress accepted }\n      monthly { month published taken }\n      byIndustry { key published taken takeRate }\n      byRegion { key published taken takeRate }\n      byList { key published taken takeRate }\n      topInstitutions { institution awards }\n      matching { rankedAwards inTop5 inTop10 top5Share top10Share }\n    }\n    demandLists(page: { limit: 100 }) { items { id name } }\n  }\n": types.DashboardDocument,
    "\n  query Demand($code: String!) {\n    demand(code: $code) {\n      id code title status industry region budget deadline description indicators keywords bidCount\n      organization { name }\n      list { name }\n    }\n  }\n": types.DemandDocument,
    "\n  query DemandMatches($id: ID!, $code: String!) {\n    matchTalents(demandId: $id, first: 10) {\n      score strength reasons\n      talent { id name title institution region }\n    }\n    demand(code: $code) { matchOutlook { strongCount moderateCount advice } }\n  }\n": types.DemandMatchesDocument,
    "\n  query Demands($filter: DemandFilterInput, $page: PageInput) {\n    demands(filter: $filter, page: $page) {\n      totalCount\n      items { id code title status industry region budget deadline list { name } }\n    }\n  }\n": types.DemandsDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name role }\n    }\n  }\n": types.LoginDocument,
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
export function graphql(source: "\n  query Dashboard($filter: StatisticsFilter) {\n    statistics(filter: $filter) {\n      published taken takeRate untaken medianDaysToTake p90DaysToTake\n      funnel { published withBids shortlisted taken inProgress accepted }\n      monthly { month published taken }\n      byIndustry { key published taken takeRate }\n      byRegion { key published taken takeRate }\n      byList { key published taken takeRate }\n      topInstitutions { institution awards }\n      matching { rankedAwards inTop5 inTop10 top5Share top10Share }\n    }\n    demandLists(page: { limit: 100 }) { items { id name } }\n  }\n"): (typeof documents)["\n  query Dashboard($filter: StatisticsFilter) {\n    statistics(filter: $filter) {\n      published taken takeRate untaken medianDaysToTake p90DaysToTake\n      funnel { published withBids shortlisted taken inProgress accepted }\n      monthly { month published taken }\n      byIndustry { key published taken takeRate }\n      byRegion { key published taken takeRate }\n      byList { key published taken takeRate }\n      topInstitutions { institution awards }\n      matching { rankedAwards inTop5 inTop10 top5Share top10Share }\n    }\n    demandLists(page: { limit: 100 }) { items { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Demand($code: String!) {\n    demand(code: $code) {\n      id code title status industry region budget deadline description indicators keywords bidCount\n      organization { name }\n      list { name }\n    }\n  }\n"): (typeof documents)["\n  query Demand($code: String!) {\n    demand(code: $code) {\n      id code title status industry region budget deadline description indicators keywords bidCount\n      organization { name }\n      list { name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemandMatches($id: ID!, $code: String!) {\n    matchTalents(demandId: $id, first: 10) {\n      score strength reasons\n      talent { id name title institution region }\n    }\n    demand(code: $code) { matchOutlook { strongCount moderateCount advice } }\n  }\n"): (typeof documents)["\n  query DemandMatches($id: ID!, $code: String!) {\n    matchTalents(demandId: $id, first: 10) {\n      score strength reasons\n      talent { id name title institution region }\n    }\n    demand(code: $code) { matchOutlook { strongCount moderateCount advice } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Demands($filter: DemandFilterInput, $page: PageInput) {\n    demands(filter: $filter, page: $page) {\n      totalCount\n      items { id code title status industry region budget deadline list { name } }\n    }\n  }\n"): (typeof documents)["\n  query Demands($filter: DemandFilterInput, $page: PageInput) {\n    demands(filter: $filter, page: $page) {\n      totalCount\n      items { id code title status industry region budget deadline list { name } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name role }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n      user { id name role }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;