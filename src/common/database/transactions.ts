import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a unit of work in one transaction. better-sqlite3 shares a single connection, on which
 * TypeORM turns a second concurrent transaction into a nested savepoint of the first; so on
 * SQLite transactions are queued one after another. PostgreSQL runs them concurrently and
 * relies on row locks taken by conditional UPDATEs.
 */
/** Thrown inside a rehearsal to roll its transaction back; carries the work's result out. */
class Rehearsed<T> {
  constructor(readonly result: T) {}
}

@Injectable()
export class Transactions {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly afterCommitHooks = new WeakMap<EntityManager, (() => Promise<void>)[]>();

  constructor(private readonly dataSource: DataSource) {}

  async run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const hooks: (() => Promise<void>)[] = [];
    const tracked = (em: EntityManager) => {
      this.afterCommitHooks.set(em, hooks);
      return work(em);
    };
    let result: T;
    if (this.dataSource.options.type !== 'better-sqlite3') result = await this.dataSource.transaction(tracked);
    else {
      const next = this.queue.then(() => this.dataSource.transaction(tracked));
      this.queue = next.catch(() => undefined);
      result = await next;
    }
    for (const hook of hooks) await hook();
    return result;
  }

  /**
   * Runs `work` exactly as `run` would, then rolls it all back (a dry run): the result is what the
   * work would have done; nothing is written and no after-commit hook runs.
   */
  async rehearse<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const outcome: unknown = await this.run(async (em) => {
      throw new Rehearsed(await work(em));
    }).catch((e: unknown) => e);
    if (outcome instanceof Rehearsed) return outcome.result as T;
    throw outcome;
  }

  /** Runs `hook` once the transaction of `em` committed (never if it rolls back; at once outside `run`). */
  async afterCommit(em: EntityManager, hook: () => Promise<void>): Promise<void> {
    const hooks = this.afterCommitHooks.get(em);
    if (hooks) hooks.push(hook);
    else if (!em.queryRunner?.isTransactionActive) await hook();
  }
}
