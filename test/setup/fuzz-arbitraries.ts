import fc from 'fast-check';
import {
  getNamedType,
  GraphQLArgument,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isRequiredArgument,
  isScalarType,
} from 'graphql';
import { creditCode, futureDate } from './fixtures';

// fast-check arbitraries generated from the schema: for any argument of any field, values that are
// valid-ish (real ids, dates, amounts) or hostile (nulls, empty and huge strings, wrong types,
// unicode, SQL-ish text, nesting), so new operations and inputs are fuzzed without editing this file.

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\u202Eevil',
  '👩‍🔬🧪',
  "' OR 1=1 --",
  "'); DROP TABLE demand; --",
  '%_\\',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '../../etc/passwd',
  '{"$gt":""}',
  'null',
  '00000000-0000-0000-0000-000000000000',
  'x'.repeat(10_000),
  '榜'.repeat(6_000),
];

const hostileString = fc.oneof(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 40, unit: 'binary' }), fc.string({ maxLength: 300 }));

/** Values of the wrong JSON type for any input: the coercion must refuse them with a code. */
const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant({}),
  fc.constant([[[]]]),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.constant(Array.from({ length: 60 }, () => ({}))), // more than graphql-js's 50-error limit
);

export interface FuzzContext {
  /** Ids by table name. */
  ids: Record<string, string[]>;
  /** Known values by argument or field name (codes, industries, e-mails). */
  strings: Record<string, string[]>;
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The tables an ID argument most likely points into: `demandId` → demand, `id` of approveDemand → demand. */
function idCandidates(ctx: FuzzContext, argName: string, fieldName: string): string[] {
  const tables = Object.keys(ctx.ids);
  const stem = argName.replace(/Ids?$/, '');
  const byStem = stem && stem !== 'id' ? tables.filter((t) => t === snake(stem) || t.endsWith(`_${snake(stem)}`)) : [];
  const named = byStem.length
    ? byStem
    : tables.filter((t) => fieldName.toLowerCase().includes(t.replace(/_/g, ''))).sort((a, b) => b.length - a.length).slice(0, 1);
  const userish = /expert|user|actor/i.test(stem) ? tables.filter((t) => t.endsWith('user')) : [];
  const pool = [...named, ...userish].flatMap((t) => ctx.ids[t]);
  return pool.length ? pool : tables.flatMap((t) => ctx.ids[t]);
}

function scalarArb(name: string, ctx: FuzzContext, argName: string, fieldName: string): fc.Arbitrary<unknown> {
  const known = ctx.strings[argName];
  switch (name) {
    case 'ID': {
      const ids = idCandidates(ctx, argName, fieldName);
      return fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...ids) }, { weight: 2, arbitrary: hostileString }, { weight: 1, arbitrary: fc.integer() });
    }
    case 'Int':
      return fc.oneof(fc.integer({ min: -3, max: 30 }), fc.constantFrom(0, -1, 2 ** 31, -(2 ** 31) - 1, 1e9, 0.5), fc.integer());
    case 'Float':
      return fc.oneof(fc.double({ min: -1, max: 2, noNaN: true }), fc.double({ noNaN: true }), fc.constantFrom(0, -0, 1e308));
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
      return fc.oneof(fc.constantFrom(futureDate(30), futureDate(400), '2020-01-01', '2026-02-30', '2026-13-01', '99999-01-01', '2026/01/01'), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
    case 'DateTime':
      return fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constantFrom('yesterday', '2026-01-01T25:00:00Z'));
    case 'WanYuan':
      return fc.oneof(fc.nat({ max: 10_000 }), fc.constantFrom('12.3456', '1.23456', '-5', '1e5', '999999999999.9999', '0x10', ' 5 '), fc.double({ noNaN: true }));
    default:
      return known ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known) }, { weight: 2, arbitrary: hostileString }) : hostileString;
  }
}

/** Any value for an input type; `depth` bounds the nesting of input objects and lists. */
export function inputArb(type: GraphQLInputType, ctx: FuzzContext, argName: string, fieldName: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) {
    return fc.oneof({ weight: 12, arbitrary: inputArb(type.ofType, ctx, argName, fieldName, depth) }, { weight: 1, arbitrary: fc.constant(null) });
  }
  const inner = ((): fc.Arbitrary<unknown> => {
    if (isListType(type)) {
      if (depth > 3) return fc.constant([]);
      return fc.array(inputArb(type.ofType, ctx, argName, fieldName, depth + 1), { maxLength: 4 });
    }
    if (isEnumType(type)) return fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) }, { weight: 1, arbitrary: hostileString });
    if (isScalarType(type)) return scalarArb(type.name, ctx, argName, fieldName);
    if (isInputObjectType(type)) {
      if (depth > 3) return fc.constant({});
      const fields = Object.values(type.getFields());
      const shape = Object.fromEntries(fields.map((f) => [f.name, inputArb(f.type, ctx, f.name, fieldName, depth + 1)]));
      const required = fields.filter((f) => isNonNullType(f.type) && f.defaultValue === undefined).map((f) => f.name);
      return fc.tuple(fc.record(shape, { requiredKeys: required }), fc.option(fc.tuple(fc.constantFrom('__proto__', 'unknownField', 'constructor'), fc.jsonValue({ maxDepth: 1 })))).map(([obj, extra]) =>
        extra ? { ...obj, [extra[0]]: extra[1] } : obj,
      );
    }
    return fc.jsonValue({ maxDepth: 2 });
  })();
  return fc.oneof({ weight: 10, arbitrary: inner }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: wrongType });
}

/** Arguments of a field as GraphQL variables; sometimes a required one is left out or of the wrong type. */
export function argsArb(field: GraphQLField<unknown, unknown>, ctx: FuzzContext): fc.Arbitrary<Record<string, unknown>> {
  const shape = Object.fromEntries(
    field.args.map((a: GraphQLArgument) => [a.name, fc.oneof({ weight: 12, arbitrary: inputArb(a.type, ctx, a.name, field.name) }, { weight: 1, arbitrary: wrongType })]),
  );
  return fc.record(shape, { requiredKeys: field.args.filter((a) => isRequiredArgument(a)).map((a) => a.name) }).chain((vars) =>
    fc.nat({ max: 9 }).map((dice) => {
      const req = field.args.find((a) => isRequiredArgument(a));
      if (dice > 0 || !req) return vars;
      const { [req.name]: _dropped, ...rest } = vars;
      return rest;
    }),
  );
}

/** The document for one root field, every argument a variable, selecting leaves two levels deep. */
export function documentFor(op: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const defs = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  return `${op}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection(getNamedType(field.type), 2)} }`;
}

/** Leaf fields (and objects' leaves down to `depth`) without required arguments. */
export function selection(type: GraphQLNamedType, depth: number): string {
  if (isLeafType(type)) return '';
  if (!isObjectType(type)) return ' { __typename }';
  const parts: string[] = [];
  for (const f of Object.values((type as GraphQLObjectType).getFields())) {
    if (f.args.some((a) => isRequiredArgument(a))) continue;
    const named = getNamedType(f.type);
    if (isLeafType(named)) parts.push(f.name);
    else if (depth > 1) parts.push(`${f.name}${selection(named, depth - 1)}`);
  }
  return ` { ${parts.length ? parts.join(' ') : '__typename'} }`;
}

export const validishStrings = (extra: Record<string, string[]>): Record<string, string[]> => ({
  email: ['fuzz@example.cn', 'not-an-email', 'A@B.CN'],
  password: ['password-123', 'short'],
  creditCode: [creditCode(), '91330402MA2JD7R9X0'],
  region: ['浙江省嘉兴市南湖区', '嘉兴'],
  industry: ['新材料', '集成电路', '新材枓'],
  name: ['嘉兴模糊测试有限公司', '张三'],
  title: ['耐高温聚酰亚胺薄膜连续化制备工艺'],
  description: ['现有薄膜耐温等级不足，需开发化学亚胺化与双向拉伸协同的连续化工艺，满足柔性显示客户要求。'],
  query: ['聚酰亚胺', '薄膜 工艺', 'AND OR NOT', '"'],
  contentBase64: ['', '!!!not base64', Buffer.from('需求名称,产业领域\n测试,新材料\n').toString('base64')],
  ...extra,
});
