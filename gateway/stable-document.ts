import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import type { DocumentNode, FieldNode } from 'graphql';

/**
 * Keeps the query planner's cache working under field-level authorisation.
 *
 * The runtime caches query plans by document object (a WeakMap keyed by the DocumentNode). Yoga's parser cache hands
 * every request with the same text the same DocumentNode, but generic-auth's `protect-granular` mode rewrites the
 * document on every execution (removing refused fields, then `removeEmptyOrUnusedNodes`, which always returns a new
 * object). So every request was planned again: profiled on the roster through the gateway, the Rust planner's
 * `planAsync` plus printing the document was the largest single item of the gateway's CPU time.
 *
 * The rewrite depends only on the parsed document and on which of its field nodes were refused, so this plugin keeps
 * one rewritten document per (parsed document, set of refused field nodes) and hands the executor that one: equal
 * requests share one DocumentNode again and their plan is planned once. Bounded per document (distinct refusal
 * patterns come from role combinations, a handful).
 */
const parsedOf = new WeakMap<object, DocumentNode>();
const refusedOf = new WeakMap<object, number[]>();
const nodeIds = new WeakMap<FieldNode, number>();
const rewritten = new WeakMap<DocumentNode, Map<string, DocumentNode>>();
const MAX_PATTERNS_PER_DOCUMENT = 64;
let nextNodeId = 1;

/** Records that authorisation refused `fieldNode` in the request of `context` (called by the validateUser hook). */
export function noteRefusedField(context: object | undefined, fieldNode: FieldNode): void {
  if (!context) {
    return;
  }
  let id = nodeIds.get(fieldNode);
  if (id === undefined) {
    id = nextNodeId++;
    nodeIds.set(fieldNode, id);
  }
  const list = refusedOf.get(context);
  if (list) {
    list.push(id);
  } else {
    refusedOf.set(context, [id]);
  }
}

export function useStableAuthorisedDocuments(): GatewayPlugin {
  return {
    onValidate({ params, context }) {
      parsedOf.set(context, params.documentAST as DocumentNode);
    },
    // user plugins run after the runtime's own: generic-auth has rewritten `args.document` by now
    onExecute({ args }) {
      const context = args.contextValue as object;
      const parsed = parsedOf.get(context);
      if (!parsed || args.document === parsed) {
        return;
      }
      const key = (refusedOf.get(context) ?? []).sort((a, b) => a - b).join(',');
      let byPattern = rewritten.get(parsed);
      if (!byPattern) {
        byPattern = new Map();
        rewritten.set(parsed, byPattern);
      }
      const known = byPattern.get(key);
      if (known) {
        args.document = known;
      } else if (byPattern.size < MAX_PATTERNS_PER_DOCUMENT) {
        byPattern.set(key, args.document as DocumentNode);
      }
    },
  };
}
