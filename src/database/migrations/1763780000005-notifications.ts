import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { boolean, fk, id, index, ref, text, timestamp, timestamps, varchar } from './table-helpers';

/** The in-app inbox, and each user's choice of new-demand alerts. */
export class Notifications1763780000005 implements MigrationInterface {
  name = 'Notifications1763780000005';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'notification',
        columns: [
          id(),
          ...timestamps(),
          ref('user_id'),
          varchar('kind', 20),
          varchar('title', 200),
          text('body'),
          ref('demand_id', true),
          varchar('dedupe_key', 200, true),
          boolean('held'),
          timestamp('read_at', true),
        ],
        indices: [index('idx_notification_user', ['user_id', 'created_at']), index('uq_notification_key', ['dedupe_key'], true)],
        foreignKeys: [fk('fk_notification_user', 'user_id', 'app_user')],
      }),
    );
    await q.addColumn('app_user', new TableColumn({ ...varchar('alerts', 20), default: "'INSTANT'" }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('app_user', 'alerts');
    await q.dropTable('notification');
  }
}
