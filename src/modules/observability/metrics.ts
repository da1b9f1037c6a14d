import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { MatchingIndexService } from '../matching/index/matching-index.service';

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Operation names are chosen by clients: past this many distinct ones, new names count as "(other)". */
const MAX_OPERATION_NAMES = 500;

/**
 * The Prometheus metrics of this process, in a registry of its own (so several applications in one
 * process, as in the tests, do not share counts): Node's default process metrics, HTTP requests by
 * route, GraphQL operations by name, errors by code, search index size and job runs.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  private readonly registers = [this.registry];
  private readonly operationNames = new Set<string>();

  readonly httpRequests = new Counter({
    name: 'jiebang_http_requests_total',
    help: 'HTTP requests by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    registers: this.registers,
  });
  readonly httpDuration = new Histogram({
    name: 'jiebang_http_request_duration_seconds',
    help: 'HTTP request duration by method and route pattern',
    labelNames: ['method', 'route'] as const,
    buckets: SECONDS,
    registers: this.registers,
  });
  readonly graphqlOperations = new Counter({
    name: 'jiebang_graphql_operations_total',
    help: 'GraphQL operations by operation name and type',
    labelNames: ['operation', 'type'] as const,
    registers: this.registers,
  });
  readonly graphqlDuration = new Histogram({
    name: 'jiebang_graphql_operation_duration_seconds',
    help: 'GraphQL operation duration by operation name and type',
    labelNames: ['operation', 'type'] as const,
    buckets: SECONDS,
    registers: this.registers,
  });
  readonly graphqlErrors = new Counter({
    name: 'jiebang_graphql_errors_total',
    help: 'GraphQL errors sent, by extensions.code and operation name',
    labelNames: ['code', 'operation'] as const,
    registers: this.registers,
  });
  readonly responseCache = new Counter({
    name: 'jiebang_response_cache_total',
    help: 'Anonymous GraphQL queries answered from the response cache (hit), computed and stored (miss) or computed unstored (bypass)',
    labelNames: ['result'] as const,
    registers: this.registers,
  });
  private readonly jobRuns = new Counter({
    name: 'jiebang_job_runs_total',
    help: 'Runs of background jobs by job and outcome (success or failure)',
    labelNames: ['job', 'outcome'] as const,
    registers: this.registers,
  });

  constructor(index: MatchingIndexService) {
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'jiebang_search_index_documents',
      help: 'Documents in the in-memory search indexes (talents, demands)',
      labelNames: ['index'] as const,
      registers: this.registers,
      collect() {
        this.set({ index: 'talents' }, index.talents.size);
        this.set({ index: 'demands' }, index.demands.size);
      },
    });
  }

  /** The label for a resolved operation's name, bounded in number. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return '(anonymous)';
    if (this.operationNames.has(name)) return name;
    if (this.operationNames.size >= MAX_OPERATION_NAMES) return '(other)';
    this.operationNames.add(name);
    return name;
  }

  /** Runs a job and counts its success or failure. */
  async countJob<T>(job: string, run: () => Promise<T>): Promise<T> {
    try {
      const result = await run();
      this.jobRuns.inc({ job, outcome: 'success' });
      return result;
    } catch (e) {
      this.jobRuns.inc({ job, outcome: 'failure' });
      throw e;
    }
  }
}
