/**
 * A citizen app's report-tracking screen with plain `fetch`: the typed document gives the answer's exact shape
 * (only the selected fields), and the variables' types. Run against a gateway: see the README.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

import { TrackReportDocument } from '../sdk/graphql';

export async function request<TResult, TVariables>(
  url: string,
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  token?: string,
): Promise<TResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(document), variables }),
  });
  const body = (await res.json()) as { data?: TResult; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length || !body.data) {
    throw new Error(body.errors?.map((e) => `${e.extensions?.code}: ${e.message}`).join('; ') ?? `HTTP ${res.status}`);
  }
  return body.data;
}

/** One line for the tracking screen, e.g. `LX-… DISPATCHED 兰江街道 01 网格`. */
export async function trackingLine(gatewayUrl: string, trackingCode: string): Promise<string> {
  const { trackReport } = await request(gatewayUrl, TrackReportDocument, { trackingCode });
  return `${trackReport.trackingCode} ${trackReport.status} ${trackReport.grid?.name ?? '—'}`;
}
