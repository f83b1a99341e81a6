import { Kind, parse } from 'graphql';
import type { ConstDirectiveNode, DocumentNode, FieldDefinitionNode, SelectionSetNode, TypeNode } from 'graphql';

import { PERSONAL_DATA_TAG } from '../kernel/graphql/auth-directives';

export interface PolicySubgraph {
  name: string;
  typeDefs: DocumentNode;
}

interface OurField {
  subgraph: string;
  /** why a partner may not read it through federation; null when it may */
  protection: string | null;
  /** named return type */
  type: string;
}

const OBJECT_KINDS = new Set<string>([Kind.OBJECT_TYPE_DEFINITION, Kind.OBJECT_TYPE_EXTENSION, Kind.INTERFACE_TYPE_DEFINITION, Kind.INTERFACE_TYPE_EXTENSION]);

const named = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type));
const directive = (node: { directives?: readonly ConstDirectiveNode[] }, name: string) => node.directives?.find((d) => d.name.value === name);
const stringArg = (d: ConstDirectiveNode | undefined, arg: string): string | null => {
  const value = d?.arguments?.find((a) => a.name.value === arg)?.value;
  return value?.kind === Kind.STRING ? value.value : null;
};

/** Why a field of ours is off limits to partners: personal data, or guarded by the gateway. */
function protectionOf(field: FieldDefinitionNode, typeNode: { directives?: readonly ConstDirectiveNode[] }): string | null {
  if (field.directives?.some((d) => d.name.value === 'tag' && stringArg(d, 'name') === PERSONAL_DATA_TAG)) {
    return 'personal data';
  }
  for (const guard of ['authenticated', 'requiresScopes', 'policy']) {
    if (directive(field, guard) || directive(typeNode, guard)) {
      return `guarded by @${guard}`;
    }
  }
  return null;
}

/** Every field our subgraphs define: `Type.field` → owner, protection, return type. */
export function indexOurFields(ours: PolicySubgraph[]): Map<string, OurField> {
  const index = new Map<string, OurField>();
  for (const sub of ours) {
    for (const def of sub.typeDefs.definitions) {
      if (!OBJECT_KINDS.has(def.kind) || !('fields' in def)) {
        continue;
      }
      const typeNode = def as { name: { value: string }; directives?: readonly ConstDirectiveNode[]; fields?: readonly FieldDefinitionNode[] };
      for (const field of typeNode.fields ?? []) {
        const key = `${typeNode.name.value}.${field.name.value}`;
        const protection = protectionOf(field, typeNode);
        const known = index.get(key);
        if (!known || (protection && !known.protection)) {
          index.set(key, { subgraph: sub.name, protection, type: named(field.type) });
        }
      }
    }
  }
  return index;
}

/** `Type.field` of every field a field set (`"phone unit { name }"`) selects, starting at `typeName`. */
function fieldSetPaths(fields: string, typeName: string, index: Map<string, OurField>): string[] {
  let set: SelectionSetNode;
  try {
    set = (parse(`{ ${fields} }`).definitions[0] as { selectionSet: SelectionSetNode }).selectionSet;
  } catch {
    return [];
  }
  const walk = (s: SelectionSetNode, on: string): string[] =>
    s.selections.flatMap((sel) => {
      if (sel.kind === Kind.FIELD) {
        const key = `${on}.${sel.name.value}`;
        const next = index.get(key)?.type;
        return [key, ...(sel.selectionSet && next ? walk(sel.selectionSet, next) : [])];
      }
      return sel.kind === Kind.INLINE_FRAGMENT ? walk(sel.selectionSet, sel.typeCondition?.name.value ?? on) : [];
    });
  return walk(set, typeName);
}

/**
 * The partner policy: a partner subgraph may extend our entities, but may not take over a field of ours
 * (@override), nor read a protected or personal-data field of ours through federation (@requires, @provides,
 * @external), nor hide one of our types or fields (@inaccessible). Returns one message per violation.
 */
export function partnerPolicyViolations(ours: PolicySubgraph[], partner: PolicySubgraph): string[] {
  const index = indexOurFields(ours);
  const ourNames = new Set(ours.map((s) => s.name));
  const ourTypes = new Set([...index.keys()].map((k) => k.split('.')[0]));
  const problems: string[] = [];
  const refuse = (dir: string, field: string, why: string) => problems.push(`partner subgraph "${partner.name}": @${dir} on ${field} is not allowed (${why})`);
  for (const def of partner.typeDefs.definitions) {
    if (!('name' in def) || !def.name) {
      continue;
    }
    const typeName = def.name.value;
    if ('directives' in def && directive(def as { directives?: readonly ConstDirectiveNode[] }, 'inaccessible') && ourTypes.has(typeName)) {
      refuse('inaccessible', typeName, 'it would hide our type from every client');
    }
    if (!OBJECT_KINDS.has(def.kind)) {
      continue;
    }
    for (const field of (def as { fields?: readonly FieldDefinitionNode[] }).fields ?? []) {
      const key = `${typeName}.${field.name.value}`;
      const ourField = index.get(key);
      const override = directive(field, 'override');
      const from = stringArg(override, 'from');
      if (override && (ourField || (from && ourNames.has(from)))) {
        refuse('override', key, `from "${from ?? ourField?.subgraph}": a partner may not take over a field of ours`);
      }
      if (directive(field, 'external') && ourField?.protection) {
        refuse('external', key, ourField.protection);
      }
      if (directive(field, 'inaccessible') && ourField) {
        refuse('inaccessible', key, 'it would hide our field from every client');
      }
      const checks: [string, string][] = [
        ['requires', typeName],
        ['provides', named(field.type)],
      ];
      for (const [dir, on] of checks) {
        const fields = stringArg(directive(field, dir), 'fields');
        for (const path of fields ? fieldSetPaths(fields, on, index) : []) {
          const protection = index.get(path)?.protection;
          if (protection) {
            refuse(dir, key, `it selects ${path}: ${protection}`);
          }
        }
      }
    }
  }
  return problems;
}
