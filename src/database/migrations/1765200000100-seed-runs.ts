import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { id, timestamp } from './table-helpers';

/**
 * One row per seed run, finished or not: a server killed while it seeds at start-up finds the
 * unfinished run at its next start and completes it (seeding is an upsert), where "the database
 * is empty" no longer holds.
 */
export class SeedRuns1765200000100 implements MigrationInterface {
  name = 'SeedRuns1765200000100';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({ name: 'seed_run', columns: [id(), timestamp('started_at'), timestamp('finished_at', true)] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('seed_run');
  }
}
