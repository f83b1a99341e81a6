import fc from 'fast-check';
import { getNamedType, isEnumType, isInputObjectType, isLeafType, isListType, isNonNullType } from 'graphql';
import type { GraphQLField, GraphQLInputType, GraphQLNamedType } from 'graphql';
import { isUuid } from '../../kernel/db/uuid';

/**
 * fast-check arbitraries that build, from the client API schema, calls of a root field whose variables are
 * well-shaped except for at least one bad value: a malformed id, a control character, an over-long string, a
 * value of the wrong type, an unknown enum value or input field. The subgraphs must refuse every one of them with
 * a code of the closed set, and change nothing (issue 12, finding 1).
 */
export interface FuzzCall {
  field: string;
  query: string;
  variables: Record<string, unknown>;
  /** Where the bad value went and what it was (for the failure report). */
  bad: string;
}

/** One place an argument value can be spoiled: a leaf, or an input object (an unknown field). */
interface Spot {
  path: string[];
  type: GraphQLNamedType;
  /** An ID named code/…Code is a catalogue code (text), not a UUID. */
  codeLike: boolean;
}

const CONTROL = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).filter((c) => !'\t\n\r'.includes(c)), '\u007f'];

/** A string with a control character somewhere in it (NUL, bell, escape …; tab and newlines may be text). */
const withControl = fc.tuple(fc.string({ maxLength: 12 }), fc.constantFrom(...CONTROL), fc.string({ maxLength: 12 })).map(([a, c, b]) => `${a}${c}${b}`);
/** Longer than any input's stated maximum (and still far below the gateway's body limit). */
const overLong = fc.integer({ min: 10_001, max: 20_000 }).map((n) => 'x'.repeat(n));
/** What an attacker tries where an id is expected (the issue's own list first). */
const malformedId = fc.oneof(
  fc.constantFrom('', 'NaN', '12345', "1' OR '1'='1", 'not-a-uuid-123', '../../etc/passwd', '0b6a4ac2-3d1e-4c8c-9f55-6a1a2c3d4e5f\u0000'),
  fc.integer(),
  fc.string({ maxLength: 40 }).filter((s) => !isUuid(s)),
  fc.uuid().map((u) => `${u}'; drop table officer; --`),
  withControl,
  overLong,
);
const notAnInt = fc.oneof(
  fc.constant('NaN'),
  fc.double({ noInteger: true, noDefaultInfinity: true, noNaN: true }),
  fc.constant(2 ** 40),
  fc.string({ maxLength: 8 }),
);

function badValue(spot: Spot): fc.Arbitrary<unknown> {
  const { type } = spot;
  if (isInputObjectType(type)) {
    return fc.constant(undefined); // handled by the caller: an unknown field in the object
  }
  if (isEnumType(type)) {
    const known = new Set(type.getValues().map((v) => v.name));
    return fc.oneof(
      fc.string({ maxLength: 12 }).filter((s) => !known.has(s)),
      fc.integer(),
    );
  }
  switch (type.name) {
    case 'ID':
      return spot.codeLike ? fc.oneof(withControl, overLong) : malformedId;
    case 'String':
      return fc.oneof(withControl, overLong);
    case 'Int':
      return notAnInt;
    case 'Float':
      return fc.oneof(fc.constant('NaN'), fc.string({ maxLength: 8 }), fc.boolean());
    case 'Boolean':
      return fc.oneof(fc.constant('true'), fc.integer());
    default: // DateTimeISO
      return fc.constantFrom('NaN', 'yesterday', '2026-13-45T99:00:00Z', '', '\u0000');
  }
}

/** Every spot of an argument, leaves and input objects alike (input objects nest at most a few levels). */
function spotsOf(type: GraphQLInputType, path: string[], depth = 0): Spot[] {
  const named = getNamedType(type);
  const here: Spot = { path, type: named, codeLike: /(^|[a-z])Codes?$|^codes?$/i.test(path[path.length - 1] ?? '') };
  if (!isInputObjectType(named)) {
    return [here];
  }
  if (depth > 4) {
    return [];
  }
  return [here, ...Object.values(named.getFields()).flatMap((f) => spotsOf(f.type, [...path, f.name], depth + 1))];
}

const sameOrUnder = (path: string[], target: string[]) => path.every((p, i) => target[i] === p);

/** A well-shaped value of `type` with the bad value at `target` (when the target lies in this value). */
function valueOf(type: GraphQLInputType, path: string[], target: string[], bad: fc.Arbitrary<unknown>, depth = 0): fc.Arbitrary<unknown> {
  const onPath = sameOrUnder(path, target);
  if (onPath && path.length === target.length) {
    const named = getNamedType(type);
    if (isInputObjectType(named)) {
      return valueOf(named, [...path, '\u0000'], target, bad, depth).map((v) => ({ ...(v as object), unknownField: 1 }));
    }
    return bad;
  }
  if (isNonNullType(type)) {
    return valueOf(type.ofType, path, target, bad, depth);
  }
  if (isListType(type)) {
    return fc.array(valueOf(type.ofType, path, target, bad, depth + 1), { minLength: onPath ? 1 : 0, maxLength: 2 });
  }
  if (isInputObjectType(type)) {
    const fields = Object.values(type.getFields());
    const record = Object.fromEntries(fields.map((f) => [f.name, valueOf(f.type, [...path, f.name], target, bad, depth + 1)]));
    const requiredKeys = fields.filter((f) => isNonNullType(f.type) || sameOrUnder([...path, f.name], target)).map((f) => f.name);
    return fc.record(record, { requiredKeys });
  }
  if (isEnumType(type)) {
    return fc.constantFrom(...type.getValues().map((v) => v.name));
  }
  const scalars: Record<string, fc.Arbitrary<unknown>> = {
    ID: fc.uuid(),
    String: fc.constantFrom('兰溪', 'test', 'a b c', '12345678901'),
    Int: fc.integer({ min: 1, max: 10 }),
    Float: fc.double({ min: 29, max: 30, noNaN: true }),
    Boolean: fc.boolean(),
    DateTimeISO: fc.integer({ min: 0, max: 300 }).map((d) => new Date(Date.UTC(2026, 0, 1 + d)).toISOString()),
  };
  return scalars[type.name] ?? fc.constant('x');
}

/** The document that calls `field` with one variable per argument and selects only `__typename`. */
export function documentFor(field: GraphQLField<unknown, unknown>, operation: 'mutation' | 'query'): string {
  const decl = field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const call = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${operation}${decl ? `(${decl})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`;
}

/** Calls of `field` with a bad value at one of its spots (or a wrong-typed argument when it has none). */
export function badCalls(
  field: GraphQLField<unknown, unknown>,
  operation: 'mutation' | 'query',
  only?: { path: string; bad: unknown },
): fc.Arbitrary<FuzzCall> {
  const query = documentFor(field, operation);
  const spots = field.args.flatMap((a) => spotsOf(a.type, [a.name]));
  const chosen = only ? spots.filter((s) => s.path.join('.') === only.path) : spots;
  if (chosen.length === 0) {
    // nothing to spoil inside: send an object where the API expects something else (or an unknown argument)
    return fc.constant({ field: field.name, query, variables: { unknownArgument: { wrong: 'type' } }, bad: 'unknown variable' });
  }
  return fc.constantFrom(...chosen).chain((spot) => {
    const bad = only ? fc.constant(only.bad) : badValue(spot);
    return fc.tuple(...field.args.map((a) => valueOf(a.type, [a.name], spot.path, bad))).map((values) => {
      const variables = Object.fromEntries(field.args.map((a, i) => [a.name, values[i]]));
      const shown = isInputObjectType(spot.type) ? 'unknownField' : JSON.stringify(pick(variables, spot.path)).slice(0, 40);
      return { field: field.name, query, variables, bad: `${spot.path.join('.')}=${shown}` };
    });
  });
}

function pick(value: unknown, path: string[]): unknown {
  let at: unknown = value;
  for (const key of path) {
    at = Array.isArray(at) ? at[0] : at;
    at = (at as Record<string, unknown> | undefined)?.[key];
  }
  return Array.isArray(at) ? at[0] : at;
}
