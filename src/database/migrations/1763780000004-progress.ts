import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { boolean, date, fk, id, index, integer, ref, text, timestamp, timestamps, varchar } from './table-helpers';

/** 攻关 after the award: milestones, progress reports, the mid-term check, 红黄蓝, and when a demand was submitted. */
export class Progress1763780000004 implements MigrationInterface {
  name = 'Progress1763780000004';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'milestone',
        columns: [
          id(),
          ...timestamps(),
          ref('demand_id'),
          ref('bid_id'),
          integer('seq'),
          varchar('title', 200),
          date('due_date'),
          text('deliverable'),
          integer('payment_share'),
          varchar('status', 20),
          text('return_reason', true),
        ],
        indices: [index('uq_milestone_seq', ['bid_id', 'seq'], true), index('idx_milestone_demand', ['demand_id']), index('idx_milestone_due', ['due_date'])],
        foreignKeys: [fk('fk_milestone_demand', 'demand_id', 'demand'), fk('fk_milestone_bid', 'bid_id', 'bid')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'progress_report',
        columns: [id(), ...timestamps(), ref('milestone_id'), ref('author_id'), text('content'), boolean('complete')],
        indices: [index('idx_progress_report_milestone', ['milestone_id'])],
        foreignKeys: [fk('fk_progress_report_milestone', 'milestone_id', 'milestone'), fk('fk_progress_report_author', 'author_id', 'app_user')],
      }),
    );
    await q.addColumns('demand', [
      new TableColumn(timestamp('submitted_at', true)),
      new TableColumn(varchar('midterm_result', 10, true)),
      new TableColumn(timestamp('midterm_at', true)),
      new TableColumn(varchar('industrialisation', 10, true)),
      new TableColumn(date('industrialisation_since', true)),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const c of ['industrialisation_since', 'industrialisation', 'midterm_at', 'midterm_result', 'submitted_at']) await q.dropColumn('demand', c);
    await q.dropTable('progress_report');
    await q.dropTable('milestone');
  }
}
