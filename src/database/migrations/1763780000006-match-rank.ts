import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { integer } from './table-helpers';

/** The winner's rank in matchTalents at award time, for the match statistics. */
export class MatchRank1763780000006 implements MigrationInterface {
  name = 'MatchRank1763780000006';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn('bid', new TableColumn(integer('match_rank', true)));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('bid', 'match_rank');
  }
}
