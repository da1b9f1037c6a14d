import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { bigint, boolean, date, fk, id, index, integer, ref, text, timestamp, timestamps, varchar } from './table-helpers';

/** The marketplace core: organizations, users, industries, talents, lists, demands, bids, ledger. */
export class InitialSchema1763780000000 implements MigrationInterface {
  name = 'InitialSchema1763780000000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'organization',
        columns: [id(), ...timestamps(), varchar('name', 200), varchar('type', 20), varchar('credit_code', 18, true), varchar('region', 100, true)],
        indices: [index('uq_organization_name', ['name'], true), index('uq_organization_credit_code', ['credit_code'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'industry',
        columns: [id(), ...timestamps(), varchar('code', 40), varchar('name', 100), integer('level'), ref('parent_id', true), text('aliases')],
        indices: [index('uq_industry_code', ['code'], true), index('uq_industry_name', ['name'], true)],
        foreignKeys: [fk('fk_industry_parent', 'parent_id', 'industry')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'talent',
        columns: [
          id(),
          ...timestamps(),
          varchar('code', 40),
          varchar('name', 100),
          varchar('title', 50, true),
          varchar('level', 20),
          varchar('institution', 200),
          varchar('institution_type', 20, true),
          ref('organization_id', true),
          varchar('region', 100),
          text('industries'),
          text('fields'),
          text('keywords'),
          text('achievements', true),
          text('bio', true),
          boolean('remote_ok'),
          varchar('contact_email', 254, true),
          varchar('contact_phone', 40, true),
        ],
        indices: [index('uq_talent_code', ['code'], true), index('idx_talent_organization', ['organization_id'])],
        foreignKeys: [fk('fk_talent_organization', 'organization_id', 'organization')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'app_user',
        columns: [
          id(),
          ...timestamps(),
          varchar('email', 254),
          varchar('password_hash', 200),
          varchar('name', 100),
          varchar('role', 20),
          ref('organization_id', true),
          ref('talent_id', true),
        ],
        indices: [
          index('uq_user_email', ['email'], true),
          index('idx_user_organization', ['organization_id']),
          index('uq_user_talent', ['talent_id'], true),
        ],
        foreignKeys: [fk('fk_user_organization', 'organization_id', 'organization'), fk('fk_user_talent', 'talent_id', 'talent')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'demand_list',
        columns: [id(), ...timestamps(), varchar('name', 200), varchar('issuer', 200, true), varchar('region', 100, true), integer('year', true), text('description', true)],
        indices: [index('uq_demand_list_name', ['name'], true)],
      }),
    );
    await q.createTable(
      new Table({
        name: 'demand',
        columns: [
          id(),
          ...timestamps(),
          varchar('code', 40),
          varchar('title', 100),
          text('description'),
          ref('industry_id'),
          varchar('region', 100),
          varchar('type', 30),
          varchar('acceptance_mode', 20, true),
          text('indicators', true),
          boolean('indicators_confidential'),
          text('keywords'),
          bigint('budget', true),
          date('deadline', true),
          text('requirements', true),
          varchar('contact_name', 100, true),
          varchar('contact_phone', 100, true),
          integer('max_winners'),
          integer('awarded_count'),
          varchar('status', 20),
          ref('organization_id'),
          ref('list_id', true),
          ref('created_by_id', true),
          timestamp('published_at', true),
          timestamp('taken_at', true),
          integer('version'),
        ],
        indices: [
          index('uq_demand_code', ['code'], true),
          index('idx_demand_industry', ['industry_id']),
          index('idx_demand_organization', ['organization_id']),
          index('idx_demand_list', ['list_id']),
          index('idx_demand_status_deadline', ['status', 'deadline']),
        ],
        foreignKeys: [
          fk('fk_demand_industry', 'industry_id', 'industry'),
          fk('fk_demand_organization', 'organization_id', 'organization'),
          fk('fk_demand_list', 'list_id', 'demand_list'),
          fk('fk_demand_created_by', 'created_by_id', 'app_user'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'bid',
        columns: [
          id(),
          ...timestamps(),
          ref('demand_id'),
          ref('talent_id'),
          ref('bidder_id', true),
          varchar('status', 20),
          text('proposal'),
          bigint('quote'),
          integer('duration_months'),
          text('team_members'),
        ],
        indices: [
          index('idx_bid_demand', ['demand_id']),
          index('idx_bid_talent', ['talent_id']),
          index('uq_bid_live', ['demand_id', 'talent_id'], true, "status IN ('SUBMITTED', 'SHORTLISTED')"),
        ],
        foreignKeys: [
          fk('fk_bid_demand', 'demand_id', 'demand'),
          fk('fk_bid_talent', 'talent_id', 'talent'),
          fk('fk_bid_bidder', 'bidder_id', 'app_user'),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'ledger_entry',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          timestamp('at'),
          ref('actor_id', true),
          varchar('entity_type', 20),
          ref('entity_id'),
          ref('demand_id'),
          ref('organization_id'),
          varchar('action', 30),
          varchar('from_status', 20, true),
          varchar('to_status', 20),
          text('note', true),
        ],
        indices: [
          index('idx_ledger_entity', ['entity_type', 'entity_id']),
          index('idx_ledger_demand', ['demand_id']),
          index('idx_ledger_organization', ['organization_id']),
        ],
        foreignKeys: [
          fk('fk_ledger_actor', 'actor_id', 'app_user'),
          fk('fk_ledger_demand', 'demand_id', 'demand'),
          fk('fk_ledger_organization', 'organization_id', 'organization'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['ledger_entry', 'bid', 'demand', 'demand_list', 'app_user', 'talent', 'industry', 'organization']) {
      await q.dropTable(table);
    }
  }
}
