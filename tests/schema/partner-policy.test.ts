import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { buildSchema, parse } from 'graphql';

import { partnerPolicyViolations } from '../../scripts/partner-policy';
import { knownOperationFiles, operationProblems, unacknowledgedBreakingChanges } from '../../scripts/schema-checks';
import { buildSchemaFiles, readCompositionConfig, SCHEMA_DIR } from '../../scripts/schema-pipeline';
import { subgraphs } from '../../subgraphs/registry';

const LINK =
  'extend schema @link(url: "https://specs.apollo.dev/federation/v2.6", import: ["@key", "@external", "@requires", "@provides", "@override", "@authenticated", "@inaccessible"])';
const ours = readCompositionConfig().map((e) => ({ name: e.name, typeDefs: parse(readFileSync(path.join(SCHEMA_DIR, e.schema.file), 'utf8')) }));
const check = (sdl: string) => partnerPolicyViolations(ours, { name: 'police', typeDefs: parse(`${LINK}\n${sdl}`) });

describe('partner policy in the schema pipeline', () => {
  it('refuses a partner that @overrides an officer phone from enforcement, naming partner, directive and field', () => {
    expect(check('type Officer @key(fields: "id") { id: ID! phone: String @override(from: "enforcement") }')).toEqual([
      expect.stringMatching(/^partner subgraph "police": @override on Officer\.phone is not allowed \(from "enforcement"/),
    ]);
  });

  it('refuses @requires of an officer phone even when the partner copies @authenticated onto its field', () => {
    const problems = check('type Officer @key(fields: "id") { id: ID! phone: String @external @authenticated  risk: Int @requires(fields: "phone") }');
    expect(problems).toEqual([
      expect.stringContaining('@external on Officer.phone is not allowed (personal data)'),
      expect.stringContaining('@requires on Officer.risk is not allowed (it selects Officer.phone: personal data)'),
    ]);
  });

  it('refuses @requires of a merchant operator phone', () => {
    const problems = check(
      'type Merchant @key(fields: "id") { id: ID! operatorPhone: String @external licenceCheck: Boolean @requires(fields: "operatorPhone") }',
    );
    expect(problems.join('\n')).toMatch(/@requires on Merchant\.licenceCheck .*Merchant\.operatorPhone: personal data/);
  });

  it('refuses @provides that selects a person ID number', () => {
    const problems = check(
      'type Person @key(fields: "id") { id: ID! idNumber: String! @external }\ntype Query { suspect: Person @provides(fields: "idNumber") }',
    );
    expect(problems.join('\n')).toMatch(/@provides on Query\.suspect is not allowed \(it selects Person\.idNumber: personal data\)/);
  });

  it('refuses @inaccessible on a field of ours', () => {
    expect(check('type GridCell @key(fields: "code") { code: ID! name: String! @inaccessible }').join('\n')).toMatch(/@inaccessible on GridCell\.name/);
  });

  it('lets a partner extend our entities by key with fields of its own', () => {
    const partner = readFileSync(path.join(__dirname, '..', 'fixtures', 'partners', 'environment.graphql'), 'utf8');
    expect(partnerPolicyViolations(ours, { name: 'environment', typeDefs: parse(partner) })).toEqual([]);
  });

  it('makes `npm run schema` fail for a partner listed in subgraphs.yaml that overrides our field', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ceg-schema-'));
    cpSync(SCHEMA_DIR, dir, { recursive: true });
    writeFileSync(path.join(dir, 'police.graphql'), `${LINK}\ntype Officer @key(fields: "id") { id: ID! phone: String @override(from: "enforcement") }\n`);
    const yaml = readFileSync(path.join(dir, 'subgraphs.yaml'), 'utf8');
    writeFileSync(
      path.join(dir, 'subgraphs.yaml'),
      `${yaml.trimEnd()}\n  - name: police\n    routing_url: http://police:4200/graphql\n    schema:\n      file: police.graphql\n`,
    );
    const { errors } = await buildSchemaFiles(subgraphs, dir);
    expect(errors).toContainEqual(expect.stringContaining('partner subgraph "police": @override on Officer.phone'));
  });
});

describe('breaking-change check and known operations', () => {
  const committed = readFileSync(path.join(SCHEMA_DIR, 'api.graphql'), 'utf8');
  const withoutShortName = committed.replace(/\n\s*"""[^"]*"""\n\s*shortName: String!/, '');

  it('fails when a field clients use (Unit.shortName) is removed', async () => {
    expect(withoutShortName).not.toBe(committed);
    expect(await unacknowledgedBreakingChanges(committed, withoutShortName, [])).toEqual([
      expect.stringContaining("Field 'shortName' was removed from object type 'Unit'"),
    ]);
  });

  it('accepts the removal once it is acknowledged with a reason', async () => {
    const acknowledged = [{ change: "Field 'shortName' was removed from object type 'Unit'", reason: 'no client reads it' }];
    expect(await unacknowledgedBreakingChanges(committed, withoutShortName, acknowledged)).toEqual([]);
  });

  it('fails when a required input field is added (clients that do not send it break)', async () => {
    const stricter = committed.replace('input SubmitReportInput {\n', 'input SubmitReportInput {\n  district: String!\n');
    expect(stricter).not.toBe(committed);
    expect(await unacknowledgedBreakingChanges(committed, stricter, [])).toEqual([expect.stringContaining("'district'")]);
  });

  it('reports every catalogue operation that no longer validates', () => {
    const root = path.resolve(__dirname, '..', '..');
    const files = knownOperationFiles(root);
    expect(files).toEqual(expect.arrayContaining([path.join(root, 'clients', 'operations', 'supervisor-dashboard.graphql')]));
    expect(operationProblems(buildSchema(committed), files, root)).toEqual([]);
    expect(operationProblems(buildSchema(withoutShortName), files, path.resolve(__dirname, '..', '..')).join('\n')).toMatch(
      /Cannot query field "shortName" on type "Unit"/,
    );
  });
});
