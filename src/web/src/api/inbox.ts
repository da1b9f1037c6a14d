import { reactive } from 'vue';
import { graphql } from '../gql';
import { request } from './client';
import { subscribe } from './live';

const UNREAD = graphql(`query UnreadCount { notifications(unreadOnly: true, page: { limit: 1 }) { unreadCount } }`);
const ARRIVALS = graphql(`subscription MyNotifications { myNotifications { id title } }`);

/** The inbox badge: the unread count, kept live through graphql-ws. */
export const inbox = reactive({ unread: 0 });

let stop: (() => void) | undefined;

export async function followInbox(): Promise<void> {
  stop?.();
  inbox.unread = (await request(UNREAD)).notifications.unreadCount;
  stop = subscribe(ARRIVALS, {}, () => inbox.unread++);
}

export function unfollowInbox(): void {
  stop?.();
  stop = undefined;
  inbox.unread = 0;
}
