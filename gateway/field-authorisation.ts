import { useGenericAuth } from '@envelop/generic-auth';
import type { GenericAuthPluginOptions } from '@envelop/generic-auth';
import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { Kind, visit } from 'graphql';
import type { DocumentNode, GraphQLSchema } from 'graphql';

import type { Actor } from '../kernel/auth/actor';

/** The hooks generic-auth's validation step returns for an operation it refused fields of (adds errors and nulls). */
type ResultHooks = object | void;

interface Outcome {
  /** The document with the refused fields removed (the same object for every equal request: its plan is cached). */
  document: DocumentNode;
  hooks: ResultHooks;
}

/** Distinct outcomes kept per document: role combinations × values of @skip/@include variables, a handful in use. */
const MAX_OUTCOMES_PER_DOCUMENT = 64;

type Handler = (payload: {
  args: { document: DocumentNode; schema: GraphQLSchema; operationName?: string | null; variableValues?: Record<string, unknown> | null; contextValue: object };
}) => ResultHooks;

/** The variables a document's @skip/@include arguments read: the only variables authorisation depends on. */
function conditionVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Directive(node) {
      if (node.name.value === 'skip' || node.name.value === 'include') {
        for (const arg of node.arguments ?? []) {
          if (arg.value.kind === Kind.VARIABLE) {
            names.add(arg.value.name.value);
          }
        }
      }
    },
  });
  return [...names];
}

/**
 * Field authorisation (@authenticated, @requiresScopes) by `@envelop/generic-auth` in `protect-granular` mode, with
 * its outcome kept per document and caller.
 *
 * generic-auth walks the whole document with type information on every request, reads each field's directives,
 * calls `validateUser` per field, removes the refused fields and prunes what is left empty. Profiled on the roster
 * through the gateway, that walk was about a tenth of the gateway's CPU time, and it always returns a new
 * document, so the query planner's cache (keyed by document object) missed every time.
 *
 * Its outcome is a function of: the schema; the parsed document and the operation name; whether there is a caller and
 * which roles they hold (the only parts of the caller `validateCaller` reads); and the values of the variables that
 * @skip/@include read (generic-auth leaves skipped fields alone). For a given combination, this plugin runs
 * generic-auth's step once and hands later requests the same rewritten document and the same error hooks (the
 * errors are immutable values built from the document: message, path, code, field). A change to `validateCaller`
 * that reads anything more of the caller must add it to the key in `callerKey`.
 */
export function useFieldAuthorisation(options: GenericAuthPluginOptions<Actor, Record<string, unknown>>): GatewayPlugin {
  const auth = useGenericAuth(options) as GatewayPlugin;
  const added: GatewayPlugin[] = [];
  auth.onPluginInit?.({ addPlugin: (plugin: GatewayPlugin) => added.push(plugin) } as never);
  const validation = added[0] as GatewayPlugin & { onExecute: Handler; onSubscribe: Handler };
  if (added.length !== 1 || !validation?.onExecute || !validation.onSubscribe) {
    throw new Error('@envelop/generic-auth no longer adds exactly one validation plugin; review useFieldAuthorisation');
  }
  const contextField = options.contextFieldName ?? 'currentUser';
  const outcomes = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, { variables: string[]; byKey: Map<string, Outcome> }>>();

  const callerKey = (user: Actor | null | undefined) => (user ? `caller:${[...user.roles].sort().join(',')}` : 'anonymous');

  const cached =
    (original: Handler): Handler =>
    (payload) => {
      const { args } = payload;
      let bySchema = outcomes.get(args.schema);
      if (!bySchema) {
        bySchema = new WeakMap();
        outcomes.set(args.schema, bySchema);
      }
      const parsed = args.document;
      let perDocument = bySchema.get(parsed);
      if (!perDocument) {
        perDocument = { variables: conditionVariables(parsed), byKey: new Map() };
        bySchema.set(parsed, perDocument);
      }
      const user = (args.contextValue as Record<string, unknown>)[contextField] as Actor | null | undefined;
      const conditions = perDocument.variables.length ? JSON.stringify(perDocument.variables.map((name) => args.variableValues?.[name] ?? null)) : '';
      const key = `${args.operationName ?? ''}\n${callerKey(user)}\n${conditions}`;
      const known = perDocument.byKey.get(key);
      if (known) {
        args.document = known.document;
        return known.hooks;
      }
      const hooks = original(payload);
      if (perDocument.byKey.size < MAX_OUTCOMES_PER_DOCUMENT) {
        perDocument.byKey.set(key, { document: args.document, hooks });
      }
      return hooks;
    };

  return {
    onSchemaChange: validation.onSchemaChange,
    // generic-auth puts the caller on the context, then its validation step prepares its own part of it
    onContextBuilding(payload) {
      const afterAuth = auth.onContextBuilding?.(payload) as PromiseLike<void> | void;
      const prepare = () => validation.onContextBuilding?.(payload) as void;
      return typeof afterAuth?.then === 'function' ? Promise.resolve(afterAuth).then(prepare) : prepare();
    },
    onExecute: cached(validation.onExecute) as never,
    onSubscribe: cached(validation.onSubscribe) as never,
  };
}
