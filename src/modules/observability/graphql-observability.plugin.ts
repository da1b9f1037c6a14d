import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import type { RequestContext } from '../../common/auth/request-context';
import { requestInfo } from '../../common/observability/request-info';
import { Metrics } from './metrics';

const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,99}$/;

/**
 * Counts and times each GraphQL operation by name, counts the errors sent by extensions.code, and
 * tells the request log the operation's name. Requests that never resolve to an operation (parse or
 * validation failures) count as "(invalid)".
 */
@Plugin()
export class GraphQLObservabilityPlugin implements ApolloServerPlugin<RequestContext> {
  constructor(private readonly metrics: Metrics) {}

  async requestDidStart(): Promise<GraphQLRequestListener<RequestContext>> {
    const metrics = this.metrics;
    const stop = metrics.graphqlDuration.startTimer();
    return {
      async willSendResponse({ operation, operationName, request, response, contextValue }) {
        const labels = { operation: operation ? metrics.operationLabel(operationName) : '(invalid)', type: operation?.operation ?? 'unknown' };
        stop(labels);
        metrics.graphqlOperations.inc(labels);
        const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
        for (const e of errors) metrics.graphqlErrors.inc({ code: String(e.extensions?.code ?? 'UNKNOWN'), operation: labels.operation });
        const named = operationName ?? request.operationName;
        if (contextValue.req && named && NAME.test(named)) requestInfo(contextValue.req).operation = named;
      },
    };
  }
}
