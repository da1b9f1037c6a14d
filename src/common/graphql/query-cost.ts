import { DocumentNode, GraphQLError, GraphQLField, GraphQLSchema, getNullableType, isListType } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { text } from '../i18n/text';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../pagination/page';
import { tooComplex } from './query-limit-error';

/**
 * What a field costs, set with `@Extensions(...)` on a field or resolver. One unit is about
 * 0.02 ms of server time on the reference 2-core machine: reading one field of a loaded row.
 * Fields that compute (ranking, statistics) carry the cost measured for one call.
 */
export interface CostExtension {
  /** The field's own cost, charged once per occurrence in the result (default 1). */
  cost?: number;
  /** How many elements a list without a size argument is expected to hold (default 10). */
  listSize?: number;
}

const DEFAULT_LIST_SIZE = 10;
/** `first:` arguments are capped by their services at 50 or less; 100 is a safe upper bound. */
const MAX_FIRST = 100;

/** How many times the field's selection is resolved: its page size, its `first`, or a list's expected size. */
function multiplier(field: GraphQLField<unknown, unknown>, args: Record<string, any>, ext: CostExtension): number {
  if (field.args.some((a) => a.name === 'page')) {
    const limit = Number(args.page?.limit ?? DEFAULT_PAGE_SIZE);
    return Number.isFinite(limit) ? Math.min(Math.max(limit, 1), MAX_PAGE_SIZE) : MAX_PAGE_SIZE;
  }
  if (typeof args.first === 'number') return Math.min(Math.max(args.first, 1), MAX_FIRST);
  if (isListType(getNullableType(field.type))) return ext.listSize ?? DEFAULT_LIST_SIZE;
  return 1;
}

/** Introspection is bounded by the schema's size and off in production: GraphiQL's own query must pass. */
const INTROSPECTION = new Set(['__schema', '__type']);

const estimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (INTROSPECTION.has(field.name)) return 0;
  const ext = (field.extensions ?? {}) as CostExtension;
  return (ext.cost ?? 1) + multiplier(field, args, ext) * childComplexity;
};

export interface CostRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  variables?: Record<string, unknown>;
  operationName?: string | null;
}

/** The estimated cost of the operation that would run. */
export function operationCost({ schema, document, variables, operationName }: CostRequest): number {
  return getComplexity({ schema, query: document, variables: variables ?? {}, operationName: operationName ?? undefined, estimators: [estimator] });
}

/** The refusal for an operation over budget, or null when it may run. */
export function costError(request: CostRequest, maxCost: number): GraphQLError | null {
  let cost: number;
  try {
    cost = operationCost(request);
  } catch {
    // Variables that do not coerce stop the operation before any resolver runs, with their own error.
    return null;
  }
  if (cost <= maxCost) return null;
  return tooComplex(
    text(
      `查询过于复杂：估算成本 ${cost}，超过上限 ${maxCost}。请减少别名、嵌套或每页条数，或分几次查询。`,
      `Query too complex: estimated cost ${cost} is over the limit of ${maxCost}. Use fewer aliases, less nesting or smaller pages, or split the query.`,
    ),
    { cost, limit: maxCost },
  );
}
