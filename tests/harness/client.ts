import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { FormattedExecutionResult } from 'graphql';

export interface GraphQLResponse<T> extends FormattedExecutionResult<T> {
  status: number;
}

/** What a frontend does: POST a typed document to the gateway, optionally with a bearer token. */
export async function execute<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables?: TVariables,
  options: { token?: string; headers?: Record<string, string> } = {},
): Promise<GraphQLResponse<TResult>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as FormattedExecutionResult<TResult>;
  return { ...body, status: res.status };
}

/** Untyped variant for raw strings (limits, malformed documents). */
export async function executeRaw(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<Record<string, unknown>>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { ...((await res.json()) as FormattedExecutionResult<Record<string, unknown>>), status: res.status };
}
