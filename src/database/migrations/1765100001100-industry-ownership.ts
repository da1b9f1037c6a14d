import { MigrationInterface, QueryRunner, TableColumn, TableForeignKey } from 'typeorm';
import { fk, ref, text, timestamp } from './table-helpers';

/**
 * Admins own the taxonomy: an industry can be retired or merged into another (kept for history),
 * and the data file's aliases already provided are recorded, so a start-up adds only new ones and
 * never undoes an admin's change. Until now every alias came from the file.
 */
export class IndustryOwnership1765100001100 implements MigrationInterface {
  name = 'IndustryOwnership1765100001100';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumns('industry', [new TableColumn(timestamp('retired_at', true)), new TableColumn(ref('merged_into_id', true)), new TableColumn(text('seeded_aliases', true))]);
    await q.createForeignKey('industry', new TableForeignKey(fk('fk_industry_merged_into', 'merged_into_id', 'industry')));
    await q.query(`UPDATE industry SET seeded_aliases = aliases`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropForeignKey('industry', 'fk_industry_merged_into');
    for (const column of ['seeded_aliases', 'merged_into_id', 'retired_at']) await q.dropColumn('industry', column);
  }
}
