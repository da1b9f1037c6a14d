import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { index, integer, timestamp, varchar } from './table-helpers';

/** Token revocation (a per-user token version, disabled users) and the failed-login counts. */
export class AccountSecurity1765100000200 implements MigrationInterface {
  name = 'AccountSecurity1765100000200';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('app_user', new TableColumn({ ...integer('token_version'), default: 0 }));
    await q.addColumn('app_user', new TableColumn(timestamp('disabled_at', true)));
    await q.createTable(
      new Table({
        name: 'login_attempt',
        columns: [{ ...varchar('email', 254), isPrimary: true }, integer('failures'), timestamp('last_failure_at'), timestamp('blocked_until', true)],
        indices: [index('idx_login_attempt_last', ['last_failure_at'])],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable('login_attempt');
    await q.dropColumn('app_user', 'disabled_at');
    await q.dropColumn('app_user', 'token_version');
  }
}
