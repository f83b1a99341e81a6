import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { getOperationAST } from 'graphql';
import type { DocumentNode, ExecutionResult } from 'graphql';

/**
 * Answers an operation that authorisation has emptied without planning it.
 *
 * In `protect-granular` mode the generic-auth plugin removes every refused field from the document before
 * execution and adds its UNAUTHENTICATED / FORBIDDEN errors (with `field`, and `null` at each path) once the
 * execution is done. When every root field is refused nothing is left to plan: the JavaScript planner answers an
 * empty result, the Rust planner fails to parse the empty document. This plugin runs after generic-auth's rewrite
 * (user plugins come after the runtime's own), answers `{ data: {} }` for an operation without selections, and
 * leaves the errors and the nulls to generic-auth's own `onExecuteDone`, so both planners answer the same.
 */
export function useAnswerEmptyOperations(): GatewayPlugin {
  const answerEmpty = ({
    args,
    setResultAndStopExecution,
  }: {
    args: { document: DocumentNode; operationName?: string | null };
    setResultAndStopExecution: (result: ExecutionResult) => void;
  }) => {
    const operation = getOperationAST(args.document, args.operationName);
    if (operation && operation.selectionSet.selections.length === 0) {
      setResultAndStopExecution({ data: {} });
    }
  };
  // a subscription whose every root field was refused is answered the same way (one result, then the end)
  return { onExecute: answerEmpty, onSubscribe: answerEmpty };
}
