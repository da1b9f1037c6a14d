import fc from 'fast-check';
import { GraphQLField, GraphQLSchema } from 'graphql';
import request from 'supertest';
import { importFileArb, writeImportFile } from '../setup/import-files';
import { argsArb, documentFor, FuzzContext, validishStrings } from '../setup/fuzz-arbitraries';
import { buildWorld, idPools, introspect, responseProblems, ROLES, snapshot, World } from '../setup/proof-world';

// Property-based fuzzing of every query and mutation the running app reports, as every role:
// never INTERNAL_SERVER_ERROR, every error coded, no internals in messages, and a refused request
// (or any query) writes nothing. FUZZ_RUNS sets the runs per (operation, role); FUZZ_SEED replays.

const RUNS = Number(process.env.FUZZ_RUNS ?? 12);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() % 1_000_000;
/** A refused login, or changePassword with a wrong current password, counts the failure (lockout): that write is the point of it. */
const MAY_WRITE_WHEN_REFUSED = new Set(['login', 'changePassword']);

jest.setTimeout(300_000);

describe(`fuzz (FUZZ_RUNS=${RUNS}, FUZZ_SEED=${SEED})`, () => {
  let w: World;
  let schema: GraphQLSchema;
  let ctx: FuzzContext;
  beforeAll(async () => {
    w = await buildWorld();
    schema = await introspect(w);
    const codes = await w.t.dataSource.query(`SELECT code FROM demand UNION ALL SELECT code FROM talent`);
    ctx = { ids: await idPools(w.t), strings: validishStrings({ code: codes.map((r: { code: string }) => r.code) }) };
  });
  afterAll(() => w.t.close());

  async function send(token: string | undefined, query: string, variables: Record<string, unknown>) {
    const req = request(w.t.app.getHttpServer()).post('/graphql');
    if (token) req.set('Authorization', `Bearer ${token}`);
    return req.send({ query, variables });
  }

  async function fuzz(op: 'query' | 'mutation', fields: GraphQLField<unknown, unknown>[]): Promise<string[]> {
    const failures: string[] = [];
    for (const field of fields) {
      const doc = documentFor(op, field);
      for (const [i, role] of ROLES.entries()) {
        const token = w.as[role].token;
        const result = await fc.check(
          fc.asyncProperty(argsArb(field, ctx), async (vars) => {
            const before = await snapshot(w.t);
            const res = await send(token, doc, vars);
            const problems = responseProblems(res.status, res.body, vars);
            const refused = !!res.body?.errors?.length && res.body?.data?.[field.name] == null;
            if (op === 'query' || (refused && !MAY_WRITE_WHEN_REFUSED.has(field.name))) {
              const after = await snapshot(w.t);
              const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
              if (changed.length) problems.push(`${refused ? 'refused request' : 'query'} changed ${changed.join(', ')} (${res.body?.errors?.[0]?.extensions?.code})`);
            }
            if (problems.length) throw new Error(problems.join('; '));
          }),
          { numRuns: RUNS, seed: SEED + i, endOnFailure: true },
        );
        if (result.failed) {
          failures.push(`${field.name} as ${role}: ${(result.errorInstance as Error)?.message}\n  variables: ${JSON.stringify(result.counterexample?.[0]).slice(0, 400)}`);
        }
      }
    }
    return failures;
  }

  it('should answer every query, for every role and generated argument, without an internal error or a write', async () => {
    const fields = Object.values(schema.getQueryType()!.getFields());
    expect(fields.length).toBeGreaterThan(20);
    expect(await fuzz('query', fields)).toEqual([]);
  });

  it('should answer every mutation, for every role and generated argument, without an internal error, and refuse without writing', async () => {
    const fields = Object.values(schema.getMutationType()!.getFields());
    expect(fields.length).toBeGreaterThan(20);
    expect(await fuzz('mutation', fields)).toEqual([]);
  });

  it('should import or refuse generated files (random cells, encodings, truncation) without an internal error, a refused one writing nothing', async () => {
    const doc = (kind: string) =>
      kind === 'demands'
        ? `mutation($file: ImportFileInput!) { importDemands(file: $file, list: "模糊测试榜单") { created updated unchanged warnings } }`
        : `mutation($file: ImportFileInput!) { importTalents(file: $file) { created updated unchanged warnings } }`;
    const result = await fc.check(
      fc.asyncProperty(importFileArb, async (spec) => {
        const { name, bytes } = await writeImportFile(spec);
        const before = await snapshot(w.t);
        const res = await send(w.as.admin.token, doc(spec.kind), { file: { name, contentBase64: bytes.toString('base64') } });
        const problems = responseProblems(res.status, res.body, spec);
        if (res.body?.errors?.length) {
          const after = await snapshot(w.t);
          const changed = Object.keys(after).filter((k) => after[k] !== before[k]);
          if (changed.length) problems.push(`refused import changed ${changed.join(', ')}`);
        }
        if (problems.length) throw new Error(problems.join('; '));
      }),
      { numRuns: RUNS * 10, seed: SEED, endOnFailure: true },
    );
    const spec = result.counterexample?.[0];
    expect(result.failed ? `${(result.errorInstance as Error)?.message}\n  file: ${JSON.stringify({ ...spec, rows: spec?.rows.slice(0, 2) }).slice(0, 600)}` : 'ok').toBe('ok');
  });
});
