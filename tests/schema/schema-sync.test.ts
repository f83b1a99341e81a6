import { readFileSync } from 'node:fs';
import path from 'node:path';

import { buildSchema, isEnumType, isInputObjectType, isObjectType } from 'graphql';

import { buildSchemaFiles, readCompositionConfig, SCHEMA_DIR } from '../../scripts/schema-pipeline';
import { subgraphs } from '../../subgraphs/registry';

describe('schema/ is the product of the code', () => {
  let built: Awaited<ReturnType<typeof buildSchemaFiles>>;
  beforeAll(async () => {
    built = await buildSchemaFiles(subgraphs);
  });

  it('composes the supergraph from schema/subgraphs.yaml without errors', () => {
    expect(built.errors).toEqual([]);
  });

  it('lists every subgraph of the registry in the composition config', () => {
    const names = readCompositionConfig().map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(subgraphs.map((s) => s.name)));
  });

  it.each(['enforcement.graphql', 'participation.graphql', 'training.graphql', 'service.graphql', 'supergraph.graphql', 'api.graphql'])(
    'has an up-to-date committed %s (run `npm run schema` after changing the code)',
    (file) => {
      expect(readFileSync(path.join(SCHEMA_DIR, file), 'utf8')).toBe(built.files[file]);
    },
  );

  it('keeps a description on every type and field of the client API', () => {
    const schema = buildSchema(built.files['api.graphql']);
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) {
        continue;
      }
      if (!type.description && !['Query', 'Mutation', 'Subscription', 'DateTimeISO'].includes(type.name)) {
        missing.push(type.name);
      }
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description && !['first', 'after'].includes(field.name)) {
            missing.push(`${type.name}.${field.name}`);
          }
        }
      }
      if (isEnumType(type)) {
        missing.push(
          ...type
            .getValues()
            .filter((v) => !v.description)
            .map((v) => `${type.name}.${v.name}`),
        );
      }
    }
    expect(missing).toEqual([]);
  });
});
