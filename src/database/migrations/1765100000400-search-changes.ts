import { MigrationInterface, QueryRunner } from 'typeorm';

const TABLES = ['talent', 'demand'];
const SQLITE_NOW_MS = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;

/**
 * Every insert, update and delete of a talent or demand, by whichever writer (the server, the CLI, a
 * seed, SQL by hand), appends its id here, so a running server's search index notices changes it
 * did not make (src/modules/matching/index/index-change-feed.ts).
 */
export class SearchChanges1765100000400 implements MigrationInterface {
  name = 'SearchChanges1765100000400';

  async up(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') {
      await q.query(`CREATE TABLE search_change (seq bigserial PRIMARY KEY, entity varchar(10) NOT NULL, entity_id varchar(36) NOT NULL, changed_at bigint NOT NULL)`);
      await q.query(`CREATE FUNCTION search_change_log() RETURNS trigger AS $$
        BEGIN
          INSERT INTO search_change (entity, entity_id, changed_at)
          VALUES (TG_ARGV[0], CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END, (extract(epoch FROM clock_timestamp()) * 1000)::bigint);
          RETURN NULL;
        END $$ LANGUAGE plpgsql`);
      for (const t of TABLES) {
        await q.query(`CREATE TRIGGER search_change_${t} AFTER INSERT OR UPDATE OR DELETE ON ${t} FOR EACH ROW EXECUTE FUNCTION search_change_log('${t}')`);
      }
      return;
    }
    await q.query(`CREATE TABLE search_change (seq INTEGER PRIMARY KEY AUTOINCREMENT, entity varchar(10) NOT NULL, entity_id varchar(36) NOT NULL, changed_at bigint NOT NULL)`);
    for (const t of TABLES) {
      for (const [op, row] of [['INSERT', 'NEW'], ['UPDATE', 'NEW'], ['DELETE', 'OLD']]) {
        await q.query(`CREATE TRIGGER search_change_${t}_${op.toLowerCase()} AFTER ${op} ON ${t}
          BEGIN INSERT INTO search_change (entity, entity_id, changed_at) VALUES ('${t}', ${row}.id, ${SQLITE_NOW_MS}); END`);
      }
    }
  }

  async down(q: QueryRunner): Promise<void> {
    if (q.connection.options.type === 'postgres') {
      for (const t of TABLES) await q.query(`DROP TRIGGER search_change_${t} ON ${t}`);
      await q.query(`DROP FUNCTION search_change_log()`);
    } else {
      for (const t of TABLES) for (const op of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER search_change_${t}_${op}`);
    }
    await q.query(`DROP TABLE search_change`);
  }
}
