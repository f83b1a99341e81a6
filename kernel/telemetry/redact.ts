import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';

/**
 * What a trace may carry of a statement or a document: values written into them become `?`. MikroORM writes values
 * into its SQL and clients may write them into a GraphQL document; traces leave the machine, and phones, names or
 * descriptions must not (the same rule as the logs).
 */
export function redactSqlLiterals(sql: string): string {
  return sql.replace(/(?:\bE)?'(?:[^']|'')*'/g, '?');
}

/** GraphQL string and block-string literals become `"?"`; the shape of the operation stays readable. */
export function redactGraphQLLiterals(document: string): string {
  return document.replace(/"""[\s\S]*?"""|"(?:[^"\\\n]|\\.)*"/g, '"?"');
}

/** The span with its `graphql.document` redacted (a view over the original: methods and other fields unchanged). */
export function withRedactedDocument(span: ReadableSpan): ReadableSpan {
  const document = span.attributes['graphql.document'];
  if (typeof document !== 'string') {
    return span;
  }
  return Object.assign(Object.create(span) as ReadableSpan, { attributes: { ...span.attributes, 'graphql.document': redactGraphQLLiterals(document) } });
}
