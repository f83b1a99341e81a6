import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { CriticalityLevel, diff } from '@graphql-inspector/core';
import { buildSchema, parse, validate } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { parse as parseYaml } from 'yaml';

/** Committed acknowledgements: `acknowledged: [{ change: <the exact message>, reason: <why clients are fine> }]`. */
export const ACKNOWLEDGEMENTS_FILE = 'breaking-changes.yaml';

interface Acknowledgement {
  change: string;
  reason: string;
}

export function readAcknowledgements(dir: string): Acknowledgement[] {
  const file = path.join(dir, ACKNOWLEDGEMENTS_FILE);
  if (!existsSync(file)) {
    return [];
  }
  const doc = parseYaml(readFileSync(file, 'utf8')) as { acknowledged?: Acknowledgement[] } | null;
  return (doc?.acknowledged ?? []).filter((a) => typeof a?.change === 'string' && typeof a.reason === 'string' && a.reason.trim().length > 0);
}

/**
 * Breaking changes of the client API (GraphQL Inspector's `diff`, criticality BREAKING: removed types, fields,
 * enum values and arguments, changed types, new required arguments or input fields …) that no committed
 * acknowledgement with a reason covers. An acknowledgement quotes Inspector's message exactly.
 */
export async function unacknowledgedBreakingChanges(committedApiSdl: string, newApiSdl: string, acknowledged: Acknowledgement[]): Promise<string[]> {
  const known = new Set(acknowledged.map((a) => a.change));
  const changes = await diff(buildSchema(committedApiSdl), buildSchema(newApiSdl));
  return changes
    .filter((c) => c.criticality.level === CriticalityLevel.Breaking)
    .map((c) => c.message)
    .filter((m) => !known.has(m))
    .map((m) => `breaking change: ${m} (acknowledge it in schema/${ACKNOWLEDGEMENTS_FILE} with a reason, or keep the field)`);
}

/** The known operations: the client catalogue (clients/operations, by screen) and partners' registered operations. */
export function knownOperationFiles(root: string): string[] {
  const dirs = [path.join(root, 'clients', 'operations'), path.join(root, 'schema', 'partners', 'operations')];
  return dirs
    .filter((d) => existsSync(d))
    .flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.graphql'))
        .map((f) => path.join(d, f)),
    );
}

/** Every known operation must still validate against the new client API. */
export function operationProblems(api: GraphQLSchema, files: string[], root: string): string[] {
  return files.flatMap((file) => {
    const name = path.relative(root, file);
    try {
      return validate(api, parse(readFileSync(file, 'utf8'))).map((e) => `operation ${name}: ${e.message}`);
    } catch (err) {
      return [`operation ${name}: ${(err as Error).message}`];
    }
  });
}
