import { MAX_PAGE_SIZE } from '../../src/common/pagination/page';
import { createUser, registerEnterprise, registerResearcher, useAdminApp } from '../setup/fixtures';
import { Gql } from '../setup/test-app';

// The admin's list of accounts (Query.users): filters by role, status and a keyword over name and
// e-mail; pages bounded like every other *Page query; refused to anyone but an admin.

const USERS = `query($filter: UserFilterInput, $page: PageInput) { users(filter: $filter, page: $page) { totalCount items { id name email role disabled organization { name } } } }`;

describe('the admin’s list of accounts', () => {
  const ctx = useAdminApp();
  const list = async (filter: Record<string, unknown> = {}, page?: Record<string, number>) => (await ctx.admin.gql.ok(USERS, { filter, page })).users;

  it('should filter by role, by a keyword over name and e-mail (any case), and by disabled', async () => {
    const researcher = await registerResearcher(ctx.t, { name: '关键词甲研究员', email: 'Keyword.Alpha@Example.cn' });
    const enterprise = await registerEnterprise(ctx.t, { name: '关键词乙联系人' });
    const expert = await createUser(ctx.admin, ctx.t, 'EXPERT', { name: '关键词丙专家' });

    const researchers = await list({ role: 'RESEARCHER' });
    expect(researchers.items.map((u: any) => u.role)).toEqual(researchers.items.map(() => 'RESEARCHER'));
    expect(researchers.items.map((u: any) => u.id)).toContain(researcher.userId);

    expect((await list({ keyword: '关键词' })).items.map((u: any) => u.id).sort()).toEqual([researcher.userId, enterprise.userId, expert.userId].sort());
    expect((await list({ keyword: 'KEYWORD.alpha' })).items).toEqual([expect.objectContaining({ id: researcher.userId, email: 'keyword.alpha@example.cn', name: '关键词甲研究员' })]);
    expect((await list({ keyword: '关键词', role: 'EXPERT' })).items.map((u: any) => u.id)).toEqual([expert.userId]);
    // LIKE wildcards in the keyword match literally.
    expect((await list({ keyword: '%' })).totalCount).toBe(0);

    await ctx.admin.gql.ok(`mutation($id: ID!) { setUserDisabled(id: $id, disabled: true) { id } }`, { id: enterprise.userId });
    expect((await list({ keyword: '关键词', disabled: true })).items).toEqual([expect.objectContaining({ id: enterprise.userId, disabled: true })]);
    expect((await list({ keyword: '关键词', disabled: false })).items.map((u: any) => u.id).sort()).toEqual([researcher.userId, expert.userId].sort());
  });

  it('should page with a bounded size and count every match', async () => {
    const all = await list();
    expect(all.totalCount).toBeGreaterThanOrEqual(4);
    const first = await list({}, { limit: 2, offset: 0 });
    const second = await list({}, { limit: 2, offset: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.totalCount).toBe(all.totalCount);
    expect(second.items.map((u: any) => u.id)).not.toContain(first.items[0].id);
    const capped = await ctx.admin.gql.ok(`{ users(page: { limit: 5000 }) { items { id } } }`);
    expect(capped.users.items.length).toBeLessThanOrEqual(MAX_PAGE_SIZE);
    expect((await ctx.admin.gql.fails(`{ users(page: { limit: 0 }) { totalCount } }`)).code).toBe('BAD_USER_INPUT');
  });

  it('should refuse everyone but an admin', async () => {
    const researcher = await registerResearcher(ctx.t);
    const expert = await createUser(ctx.admin, ctx.t, 'EXPERT');
    expect((await researcher.gql.fails(USERS)).code).toBe('FORBIDDEN');
    expect((await expert.gql.fails(USERS)).code).toBe('FORBIDDEN');
    expect((await new Gql(ctx.t.app).fails(USERS)).code).toBe('UNAUTHENTICATED');
  });
});
