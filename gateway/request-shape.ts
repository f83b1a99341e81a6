import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, OperationTypeNode } from 'graphql';
import type { ASTVisitor, ValidationContext } from 'graphql';

type Parser = (request: Request) => unknown;

const refusal = (fetchAPI: { Response: typeof Response }, status: number, message: string) =>
  new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });

/** Validation rule: an operation of a kind this API has no root type for (subscriptions) is refused by name. */
export function rootTypeRule(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      const schema = context.getSchema();
      const roots = {
        [OperationTypeNode.QUERY]: schema.getQueryType(),
        [OperationTypeNode.MUTATION]: schema.getMutationType(),
        [OperationTypeNode.SUBSCRIPTION]: schema.getSubscriptionType(),
      };
      if (!roots[node.operation]) {
        context.reportError(
          new GraphQLError(`This API has no ${node.operation} operations`, { nodes: [node], extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
        );
      }
    },
  };
}

/**
 * Requests the GraphQL server cannot read get a JSON answer with a code of the closed set, not an empty 415 or an
 * "Unexpected error" 500: a body in a media type it does not read (415 BAD_REQUEST), GET parameters `variables`
 * or `extensions` that are not JSON (400 BAD_REQUEST), and an operation kind the API does not have.
 */
export function useRequestShape(): GatewayPlugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, endResponse, fetchAPI }) {
      if (!requestParser && request.method === 'POST') {
        endResponse(refusal(fetchAPI, 415, 'Send GraphQL as application/json (POST) or as query parameters (GET)'));
        return;
      }
      if (!requestParser) {
        return; // other methods: the server's own 405
      }
      const parse = requestParser as Parser;
      setRequestParser((async (request: Request) => {
        try {
          return await parse(request);
        } catch (err) {
          if (err instanceof SyntaxError) {
            return refusal(fetchAPI, 400, 'The variables and extensions parameters must be JSON objects');
          }
          throw err;
        }
      }) as typeof requestParser);
    },
    onValidate({ addValidationRule }) {
      addValidationRule(rootTypeRule);
    },
  };
}
