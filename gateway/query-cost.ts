import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getNamedType, getNullableType, GraphQLError, isCompositeType, isListType, Kind, valueFromASTUntyped, visit } from 'graphql';
import type { DocumentNode, ExecutionArgs, FragmentDefinitionNode, GraphQLCompositeType, GraphQLSchema, SelectionSetNode } from 'graphql';

/** Items assumed for a list whose size no `first` argument states. */
export const ASSUMED_LIST_SIZE = 10;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/**
 * Fields the operation may resolve, lists multiplied out: a field costs 1 per parent item; a list has the size
 * of the nearest `first` above it (`officers(first: 50) { edges … }`), else ASSUMED_LIST_SIZE.
 */
function costOf(set: SelectionSetNode, type: GraphQLCompositeType, items: number, pendingFirst: number | null, walk: Walk, seen: Set<string>): number {
  let cost = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(sel.name.value);
      const on = fragment && walk.schema.getType(fragment.typeCondition.name.value);
      if (fragment && on && isCompositeType(on) && !seen.has(fragment.name.value)) {
        cost += costOf(fragment.selectionSet, on, items, pendingFirst, walk, new Set(seen).add(fragment.name.value));
      }
      continue;
    }
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      const on = sel.typeCondition ? walk.schema.getType(sel.typeCondition.name.value) : type;
      cost += on && isCompositeType(on) ? costOf(sel.selectionSet, on, items, pendingFirst, walk, seen) : 0;
      continue;
    }
    cost += items;
    const field = 'getFields' in type ? type.getFields()[sel.name.value] : undefined;
    const child = field && getNamedType(field.type);
    if (!sel.selectionSet || !child || !isCompositeType(child)) {
      continue;
    }
    const firstArg = sel.arguments?.find((a) => a.name.value === 'first');
    const first = firstArg ? Number(valueFromASTUntyped(firstArg.value, walk.variables)) || ASSUMED_LIST_SIZE : pendingFirst;
    const list = isListType(getNullableType(field.type));
    const size = list ? (first ?? ASSUMED_LIST_SIZE) : 1;
    cost += costOf(sel.selectionSet, child, items * size, list ? null : first, walk, seen);
  }
  return cost;
}

/** The cost of the operation to execute (its variables applied). */
export function operationCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string | null): number {
  const fragments = new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const operations = document.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const operation = operations.find((o) => !operationName || o.name?.value === operationName) ?? operations[0];
  const root = operation && schema.getRootType(operation.operation);
  return operation && root ? costOf(operation.selectionSet, root, 1, null, { schema, fragments, variables }, new Set()) : 0;
}

interface DocumentCosts {
  /** The variables the cost depends on: those inside a `first` argument. */
  firstVariables: string[];
  costs: Map<string, number>;
}

const memo = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, DocumentCosts>>();
/** Costs remembered per document (per operation name and values of its `first` variables). */
const MAX_COSTS_PER_DOCUMENT = 64;

/**
 * `operationCost`, remembered per (schema, document, operation name, values of the variables inside `first`):
 * equal requests get the same parsed (and authorised) document object from the gateway's caches, so the walk runs
 * once per distinct operation instead of on every request (0.7 % of the gateway's CPU under the statistics query).
 */
export function cachedOperationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  let documents = memo.get(schema);
  if (!documents) {
    documents = new WeakMap();
    memo.set(schema, documents);
  }
  let entry = documents.get(document);
  if (!entry) {
    const firstVariables = new Set<string>();
    visit(document, {
      Argument(node) {
        if (node.name.value === 'first') {
          visit(node.value, { Variable: (v) => void firstVariables.add(v.name.value) });
        }
      },
    });
    entry = { firstVariables: [...firstVariables], costs: new Map() };
    documents.set(document, entry);
  }
  const key = `${operationName ?? ''}\u0000${entry.firstVariables.map((name) => JSON.stringify(variables[name] ?? null)).join(',')}`;
  let cost = entry.costs.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, variables, operationName);
    if (entry.costs.size < MAX_COSTS_PER_DOCUMENT) {
      entry.costs.set(key, cost);
    }
  }
  return cost;
}

/** Demand control: an operation whose list fan-out exceeds `maxCost` fields is refused before any subgraph call. */
export function useQueryCost(maxCost: number): GatewayPlugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      // envelop's execution args are `any`-typed (framework-agnostic); these are graphql-js's ExecutionArgs
      const { schema, document, variableValues, operationName } = args as ExecutionArgs;
      const cost = cachedOperationCost(schema, document, variableValues ?? {}, operationName);
      if (cost > maxCost) {
        setResultAndStopExecution({
          errors: [
            new GraphQLError(`Query cost ${cost} exceeds the limit of ${maxCost} (lists multiplied by their first)`, {
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: true },
            }),
          ],
        });
      }
    },
  };
}
