import { PubSub } from 'graphql-subscriptions';

/** In-process publish/subscribe for GraphQL subscriptions (one instance; see README for scale-out). */
export const PUB_SUB = Symbol('PUB_SUB');
export const pubSubProvider = { provide: PUB_SUB, useFactory: () => new PubSub() };

export const TOPICS = { notification: 'notification', demand: 'demand' } as const;
