import { defaultFieldResolver, getNamedType, isInputObjectType, isListType, isNonNullType, isObjectType } from 'graphql';
import type { GraphQLArgument, GraphQLInputType, GraphQLSchema } from 'graphql';
import type { Maybe } from 'graphql/jsutils/Maybe';

import { isUuid } from '../db/uuid';
import { ValidationError } from '../errors/domain-error';

/** Longest string any input may carry (a field's own, tighter @MaxLength still applies). */
export const MAX_STRING_LENGTH = 10_000;
/** Longest code-like id (`gridCode`, `code`: grid cell and violation type codes). */
export const MAX_CODE_LENGTH = 64;
// C0 controls except tab, line feed and carriage return, and DEL: never meaningful in our text, and PostgreSQL
// refuses NUL in text columns.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/** `ID` inputs named `code`, `…Code` or `…Codes` are catalogue codes; every other `ID` is a UUID column. */
export const isCodeId = (name: string): boolean => /^codes?$|Codes?$/.test(name);

/** The rule the guard applies to an input of this named type, for the schema description; null when none. */
export function inputRule(typeName: string, name: string): string | null {
  if (typeName === 'ID') {
    return isCodeId(name) ? `a code of at most ${MAX_CODE_LENGTH} characters, no control characters` : 'a UUID';
  }
  return typeName === 'String' ? `at most ${MAX_STRING_LENGTH} characters, no control characters except tab and line breaks` : null;
}

/** States each input's rule in its schema description (printed into the SDL, so clients read it). */
export function describeInputRules(schema: GraphQLSchema): GraphQLSchema {
  const describe = (item: { name: string; type: GraphQLInputType; description?: Maybe<string> }) => {
    const rule = inputRule(getNamedType(item.type).name, item.name);
    if (rule) {
      item.description = item.description ? `${item.description} (${rule})` : rule;
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) {
      continue;
    }
    if (isInputObjectType(type)) {
      Object.values(type.getFields()).forEach(describe);
    } else if (isObjectType(type)) {
      Object.values(type.getFields()).forEach((f) => f.args.forEach(describe));
    }
  }
  return schema;
}

function checkText(value: string, path: string, max: number): void {
  if (value.length > max) {
    throw new ValidationError(path, `${path} is longer than ${max} characters`);
  }
  if (CONTROL.test(value)) {
    throw new ValidationError(path, `${path} contains a control character`);
  }
}

function checkValue(value: unknown, type: GraphQLInputType, path: string, name: string): void {
  if (value === null || value === undefined) {
    return;
  }
  if (isNonNullType(type)) {
    return checkValue(value, type.ofType, path, name);
  }
  if (isListType(type)) {
    const items = Array.isArray(value) ? value : [value];
    items.forEach((item, i) => checkValue(item, type.ofType, `${path}.${i}`, name));
    return;
  }
  if (isInputObjectType(type)) {
    for (const field of Object.values(type.getFields())) {
      checkValue((value as Record<string, unknown>)[field.name], field.type, `${path}.${field.name}`, field.name);
    }
    return;
  }
  if (type.name === 'ID') {
    // graphql-js has already coerced an ID argument to a string; anything else cannot be a UUID or a code.
    const id = typeof value === 'string' ? value : JSON.stringify(value);
    if (isCodeId(name)) {
      return checkText(id, path, MAX_CODE_LENGTH);
    }
    if (!isUuid(id)) {
      throw new ValidationError(path, `${path} is not a valid id`);
    }
  } else if (type.name === 'String' && typeof value === 'string') {
    checkText(value, path, MAX_STRING_LENGTH);
  }
}

/** Checks every argument value of a field; throws BAD_USER_INPUT naming the input path of the first problem. */
export function checkArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>): void {
  for (const arg of args) {
    checkValue(values[arg.name], arg.type, arg.name, arg.name);
  }
}

function carriesText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (named.name === 'ID' || named.name === 'String') {
    return true;
  }
  if (!isInputObjectType(named) || seen.has(named.name)) {
    return false;
  }
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => carriesText(f.type, seen));
}

/**
 * Wraps every field that takes an `ID` or `String` argument (at any depth of its input objects) so the values
 * are checked before the resolver runs: malformed ids, control characters and oversized strings never reach SQL.
 */
export function guardInputs(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) {
      continue;
    }
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((a) => carriesText(a.type))) {
        continue;
      }
      const resolve = field.resolve ?? defaultFieldResolver;
      const args = field.args;
      field.resolve = (source, values: Record<string, unknown>, context, info) => {
        checkArguments(args, values);
        return resolve(source, values, context, info);
      };
      const subscribe = field.subscribe;
      if (subscribe) {
        field.subscribe = (source, values: Record<string, unknown>, context, info) => {
          checkArguments(args, values);
          return subscribe(source, values, context, info);
        };
      }
    }
  }
  return schema;
}
