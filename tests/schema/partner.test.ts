import { readFileSync } from 'node:fs';
import path from 'node:path';

import { composeServices } from '@theguild/federation-composition';
import { buildSchema, isObjectType, parse } from 'graphql';

import { readCompositionConfig, SCHEMA_DIR } from '../../scripts/schema-pipeline';

/** What `npm run schema` does when a partner department adds itself to schema/subgraphs.yaml. */
function composeWith(partnerSdl: string) {
  const ours = readCompositionConfig().map((e) => ({
    name: e.name,
    url: e.routing_url,
    typeDefs: parse(readFileSync(path.join(SCHEMA_DIR, e.schema.file), 'utf8')),
  }));
  return composeServices([...ours, { name: 'environment', url: 'http://environment.partner:4100/graphql', typeDefs: parse(partnerSdl) }]);
}

describe('a partner department federating its own subgraph', () => {
  const partner = readFileSync(path.join(__dirname, '..', 'fixtures', 'partners', 'environment.graphql'), 'utf8');

  it('composes with our subgraphs and extends GridCell without any gateway code', () => {
    const result = composeWith(partner);
    expect(result.errors).toBeUndefined();
    const api = buildSchema(result.publicSdl!);
    const gridCell = api.getType('GridCell');
    expect(isObjectType(gridCell) && Object.keys(gridCell.getFields())).toEqual(expect.arrayContaining(['code', 'name', 'airQualityReadings']));
    expect(result.supergraphSdl).toContain('ENVIRONMENT @join__graph(name: "environment", url: "http://environment.partner:4100/graphql")');
  });

  it('fails composition with a clear error when a partner redefines one of our fields with another type', () => {
    const clash = partner.replace('code: ID!\n  """空气质量读数', 'code: ID!\n  name: Int!\n  """空气质量读数');
    const result = composeWith(clash);
    expect(result.errors?.map((e) => e.message).join('\n')).toMatch(/GridCell\.name/);
  });
});
