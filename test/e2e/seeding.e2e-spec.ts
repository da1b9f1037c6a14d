import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LOGIN } from '../setup/fixtures';
import { createTestApp, Gql } from '../setup/test-app';

const demo = JSON.parse(readFileSync(join(__dirname, '../../seeds/demo.json'), 'utf8'));

describe('demo seed', () => {
  it('should load the demo data into an empty database through the services', async () => {
    const t = await createTestApp({ SEED: 'true' });
    try {
      for (const account of demo.accounts) {
        const data = await new Gql(t.app).ok(LOGIN, { email: account.email, password: demo.password });
        expect(data.login.user.role).toBe(account.role);
      }
      const anon = new Gql(t.app);
      const page = (await anon.ok(`{ demands { totalCount items { title budget status history { action } } } }`)).demands;
      for (const d of page.items) {
        expect(d.budget).toBe(demo.demands.find((s: { title: string }) => s.title === d.title).budget);
      }
      expect(page.totalCount).toBe(demo.demands.filter((d: { flow: string }) => d.flow !== 'draft').length);
      const taken = page.items.find((d: { status: string }) => d.status === 'TAKEN');
      expect(taken.history.map((h: { action: string }) => h.action)).toEqual(['create', 'submit', 'approve', 'take']);
    } finally {
      await t.close();
    }
  });

  it('should create no demo accounts in production', async () => {
    const t = await createTestApp({ SEED: 'true', NODE_ENV: 'production' });
    try {
      const err = await new Gql(t.app).fails(LOGIN, { email: demo.accounts[0].email, password: demo.password });
      expect(err.code).toBe('UNAUTHENTICATED');
    } finally {
      await t.close();
    }
  });
});
