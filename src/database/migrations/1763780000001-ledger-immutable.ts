import { MigrationInterface, QueryRunner } from 'typeorm';

/** 台账 entries are append-only in the database itself, not just by convention in the code. */
export class LedgerImmutable1763780000001 implements MigrationInterface {
  name = 'LedgerImmutable1763780000001';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') {
      await q.query(`CREATE FUNCTION ledger_entry_immutable() RETURNS trigger AS $$
        BEGIN RAISE EXCEPTION 'ledger entries are immutable'; END $$ LANGUAGE plpgsql`);
      await q.query(`CREATE TRIGGER ledger_entry_immutable BEFORE UPDATE OR DELETE ON ledger_entry
        FOR EACH ROW EXECUTE FUNCTION ledger_entry_immutable()`);
      return;
    }
    for (const op of ['UPDATE', 'DELETE']) {
      await q.query(`CREATE TRIGGER ledger_entry_no_${op.toLowerCase()} BEFORE ${op} ON ledger_entry
        BEGIN SELECT RAISE(ABORT, 'ledger entries are immutable'); END`);
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') {
      await q.query(`DROP TRIGGER ledger_entry_immutable ON ledger_entry`);
      await q.query(`DROP FUNCTION ledger_entry_immutable()`);
      return;
    }
    for (const op of ['update', 'delete']) await q.query(`DROP TRIGGER ledger_entry_no_${op}`);
  }
}
