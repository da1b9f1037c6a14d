import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { LedgerImmutable1763780000001 } from './1763780000001-ledger-immutable';

/**
 * Ledger entries for talent profiles (an import that changes a profile records it): such entries
 * belong to no demand and no enterprise, so those columns become nullable.
 */
export class LedgerTalentEntries1763780000002 implements MigrationInterface {
  name = 'LedgerTalentEntries1763780000002';

  async up(q: QueryRunner): Promise<void> {
    await this.setNullable(q, true);
  }

  async down(q: QueryRunner): Promise<void> {
    await this.setNullable(q, false);
  }

  private async setNullable(q: QueryRunner, nullable: boolean): Promise<void> {
    const columns = ['demand_id', 'organization_id'];
    if (q.connection.options.type === 'postgres') {
      // In place: TypeORM's changeColumn would drop and re-add the column on PostgreSQL.
      for (const name of columns) {
        await q.query(`ALTER TABLE ledger_entry ALTER COLUMN ${name} ${nullable ? 'DROP' : 'SET'} NOT NULL`);
      }
      return;
    }
    // SQLite rebuilds the table to change a column, which drops its triggers: lift them first, restore after.
    const immutability = new LedgerImmutable1763780000001();
    await immutability.down(q);
    for (const name of columns) {
      await q.changeColumn('ledger_entry', name, new TableColumn({ name, type: 'varchar', length: '36', isNullable: nullable }));
    }
    await immutability.up(q);
  }
}
