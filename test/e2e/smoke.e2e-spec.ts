import { createTestApp, Gql, TestApp } from '../setup/test-app';

describe('smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('should answer', async () => {
    const gql = new Gql(t.app);
    const data = await gql.ok('{ industries { name } }');
    expect(data.industries.length).toBeGreaterThan(50);
  });
});
