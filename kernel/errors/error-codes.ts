/** Codes of errors about the caller's input, identity or the state of the data (README "Errors"). */
export const DOMAIN_ERROR_CODES = ['BAD_USER_INPUT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'INTERNAL_SERVER_ERROR'] as const;

/** Codes of a request refused before execution (not JSON, unparsable, invalid, over a limit, unknown document). */
export const REQUEST_ERROR_CODES = [
  'BAD_REQUEST',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PAYLOAD_TOO_LARGE',
  'PERSISTED_QUERY_NOT_FOUND',
] as const;

/** The closed set: every error the gateway answers carries one of these in `extensions.code`. */
export const ERROR_CODES: ReadonlySet<string> = new Set<string>([...DOMAIN_ERROR_CODES, ...REQUEST_ERROR_CODES]);
