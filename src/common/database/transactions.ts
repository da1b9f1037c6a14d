import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Runs a unit of work in one transaction. better-sqlite3 shares a single connection, on which
 * TypeORM turns a second concurrent transaction into a nested savepoint of the first; so on
 * SQLite transactions are queued one after another. PostgreSQL runs them concurrently and
 * relies on row locks taken by conditional UPDATEs.
 */
@Injectable()
export class Transactions {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  run<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type !== 'better-sqlite3') return this.dataSource.transaction(work);
    const next = this.queue.then(() => this.dataSource.transaction(work));
    this.queue = next.catch(() => undefined);
    return next;
  }
}
