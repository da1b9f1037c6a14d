import { MigrationInterface, QueryRunner, Table, TableColumn } from 'typeorm';
import { fk, id, index, ref, timestamp, timestamps, varchar } from './table-helpers';

/**
 * Membership is granted, not taken: requests to join an existing enterprise, and each enterprise
 * user's role in it. Of the members already there, the first to sign up becomes the admin member.
 */
export class JoinRequests1765100000300 implements MigrationInterface {
  name = 'JoinRequests1765100000300';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'join_request',
        columns: [id(), ...timestamps(), ref('user_id'), ref('organization_id'), varchar('status', 20), ref('decided_by', true), timestamp('decided_at', true), varchar('reason', 500, true)],
        indices: [index('idx_join_request_user', ['user_id']), index('idx_join_request_organization', ['organization_id', 'status'])],
        foreignKeys: [
          fk('fk_join_request_user', 'user_id', 'app_user'),
          fk('fk_join_request_organization', 'organization_id', 'organization'),
          fk('fk_join_request_decider', 'decided_by', 'app_user'),
        ],
      }),
    );
    await q.addColumn('app_user', new TableColumn(varchar('organization_role', 10, true)));
    await q.query(`UPDATE app_user SET organization_role = 'MEMBER' WHERE role = 'ENTERPRISE' AND organization_id IS NOT NULL`);
    await q.query(`UPDATE app_user SET organization_role = 'ADMIN' WHERE id IN (
      SELECT u.id FROM app_user u WHERE u.role = 'ENTERPRISE' AND u.organization_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM app_user v WHERE v.role = 'ENTERPRISE' AND v.organization_id = u.organization_id
          AND (v.created_at < u.created_at OR (v.created_at = u.created_at AND v.id < u.id))))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('app_user', 'organization_role');
    await q.dropTable('join_request');
  }
}
