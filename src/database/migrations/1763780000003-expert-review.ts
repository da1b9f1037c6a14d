import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { fk, id, index, integer, ref, text, timestamps } from './table-helpers';

/** Expert review (评审): panels per demand, sealed per-expert scores, criteria weights per list. */
export class ExpertReview1763780000003 implements MigrationInterface {
  name = 'ExpertReview1763780000003';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'review_assignment',
        columns: [id(), ...timestamps(), ref('demand_id'), ref('expert_id')],
        indices: [index('uq_review_assignment', ['demand_id', 'expert_id'], true), index('idx_review_assignment_expert', ['expert_id'])],
        foreignKeys: [fk('fk_review_assignment_demand', 'demand_id', 'demand'), fk('fk_review_assignment_expert', 'expert_id', 'app_user')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'bid_score',
        columns: [id(), ...timestamps(), ref('bid_id'), ref('expert_id'), integer('technical'), integer('team'), integer('price'), integer('schedule'), text('comment')],
        indices: [index('uq_bid_score', ['bid_id', 'expert_id'], true), index('idx_bid_score_bid', ['bid_id'])],
        foreignKeys: [fk('fk_bid_score_bid', 'bid_id', 'bid'), fk('fk_bid_score_expert', 'expert_id', 'app_user')],
      }),
    );
    await q.addColumn('demand_list', new TableColumn(text('review_weights', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('demand_list', 'review_weights');
    await q.dropTable('bid_score');
    await q.dropTable('review_assignment');
  }
}
