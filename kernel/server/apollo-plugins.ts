import type { ApolloServerPlugin } from '@apollo/server';
import { OperationTypeNode } from 'graphql';

import { markReadOnly } from '../db/read-only';
import type { SubgraphContext } from '../graphql/context';

/** Writes the request's audit trail of unmasked personal-data reads before the response leaves. */
export const flushAuditTrail: ApolloServerPlugin<SubgraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue }) {
        await contextValue.audit.flush(contextValue.em, contextValue.actor, contextValue.requestId);
      },
    };
  },
};

/** Adds the request id to unexpected errors so support can find the log line. */
export const requestIdOnInternalErrors: ApolloServerPlugin<SubgraphContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) {
          return;
        }
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) =>
          e.extensions?.code === 'INTERNAL_SERVER_ERROR' ? { ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } } : e,
        );
      },
    };
  },
};

/** A query's reads skip MikroORM's identity map (see kernel/db/read-only.ts); mutations keep it. */
export const readOnlyQueries: ApolloServerPlugin<SubgraphContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, contextValue }) {
        if (operation?.operation === OperationTypeNode.QUERY) {
          markReadOnly(contextValue.em);
        }
      },
    };
  },
};
