import { getIntrospectionQuery } from 'graphql';
import request from 'supertest';
import { ADMIN_ENV, Account, loginAdmin, registerEnterprise } from '../setup/fixtures';
import { createTestApp, Gql, TestApp } from '../setup/test-app';

const ORIGIN = 'https://kjj.example.gov.cn';

describe('HTTP hygiene: headers, CORS, body limits, the local explorer', () => {
  let t: TestApp;
  let admin: Account;
  beforeAll(async () => {
    t = await createTestApp({ ...ADMIN_ENV, CORS_ORIGINS: ORIGIN });
    admin = await loginAdmin(t);
  });
  afterAll(() => t.close());
  const http = () => request(t.app.getHttpServer());

  it('should send security headers and no X-Powered-By', async () => {
    const res = await http().post('/graphql').send({ query: '{ __typename }' });
    expect(res.status).toBe(200);
    expect(res.headers['x-powered-by']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
  });

  it('should answer a CORS preflight from a listed origin with 204, and give other origins no CORS headers', async () => {
    const ok = await http().options('/graphql').set('Origin', ORIGIN).set('Access-Control-Request-Method', 'POST').set('Access-Control-Request-Headers', 'content-type,authorization');
    expect(ok.status).toBe(204);
    expect(ok.headers['access-control-allow-origin']).toBe(ORIGIN);
    const other = await http().options('/graphql').set('Origin', 'https://evil.example.com').set('Access-Control-Request-Method', 'POST');
    expect(other.status).toBe(204);
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('should refuse a GraphQL body over the small limit with PAYLOAD_TOO_LARGE, but let an admin send an import-sized one', async () => {
    const big = { query: '{ __typename }', variables: { x: 'x'.repeat(t.config.bodyLimits.graphql + 10) } };
    const ent = await registerEnterprise(t);
    const refused = await http().post('/graphql').set('Authorization', `Bearer ${(ent.gql as unknown as { token: string }).token}`).send(big);
    expect(refused.status).toBe(413);
    expect(refused.body.errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', limit: t.config.bodyLimits.graphql });
    expect(refused.body.errors[0].message).toContain('KB');
    const anonymous = await http().post('/graphql').send(big);
    expect(anonymous.status).toBe(413);
    const allowed = await http().post('/graphql').set('Authorization', `Bearer ${(admin.gql as unknown as { token: string }).token}`).send(big);
    expect(allowed.status).toBe(200);
    expect(allowed.body.data.__typename).toBe('Query');
  });

  it('should answer malformed JSON with BAD_REQUEST, not a 500', async () => {
    const res = await http().post('/graphql').set('Content-Type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('should serve the explorer page from local assets only, and serve those assets', async () => {
    const page = await http().get('/graphql').set('Accept', 'text/html');
    expect(page.status).toBe(200);
    expect(page.text).toContain('揭榜');
    const refs = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThanOrEqual(5);
    for (const ref of refs) {
      expect(ref).toMatch(/^\/graphiql\//);
      const asset = await http().get(ref);
      expect(asset.status).toBe(200);
      expect(asset.headers['content-type']).toMatch(/javascript|css/);
    }
    expect(page.text).not.toMatch(/https?:\/\//);
    // The explorer's own introspection query is within the limits.
    const schema = await new Gql(t.app).raw(getIntrospectionQuery());
    expect(schema.errors).toBeUndefined();
  });
});

describe('production: no explorer, no introspection, no field suggestions unless GRAPHQL_EXPLORER=true', () => {
  it('should hide the schema in production', async () => {
    const t = await createTestApp({ NODE_ENV: 'production' });
    try {
      const anon = new Gql(t.app);
      expect((await anon.fails('{ __schema { types { name } } }')).code).toBe('GRAPHQL_VALIDATION_FAILED');
      const typo = await anon.fails('{ demandz { totalCount } }');
      expect(typo.message).not.toMatch(/Did you mean/);
      const page = await request(t.app.getHttpServer()).get('/graphql').set('Accept', 'text/html');
      expect(page.text).not.toContain('graphiql');
      expect((await request(t.app.getHttpServer()).get('/graphiql/graphiql.min.js')).status).toBe(404);
    } finally {
      await t.close();
    }
  });

  it('should open the explorer in production when asked', async () => {
    const t = await createTestApp({ NODE_ENV: 'production', GRAPHQL_EXPLORER: 'true' });
    try {
      const anon = new Gql(t.app);
      expect((await anon.raw('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect((await anon.fails('{ demandz { totalCount } }')).message).toMatch(/Did you mean/);
      expect((await request(t.app.getHttpServer()).get('/graphql').set('Accept', 'text/html')).text).toContain('/graphiql/graphiql.min.js');
    } finally {
      await t.close();
    }
  });
});
