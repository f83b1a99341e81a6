import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** Largest decoded file a Base64File input may carry. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const MAX_CHARS = Math.ceil(MAX_FILE_BYTES / 3) * 4;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

const refuse = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function parse(value: unknown): Buffer {
  if (typeof value !== 'string') {
    throw refuse('A Base64File is a base64 string');
  }
  const text = value.replace(/^data:[^;,]{1,100};base64,/, '');
  if (text.length === 0 || text.length > MAX_CHARS || text.length % 4 !== 0 || !BASE64.test(text)) {
    throw refuse(`A Base64File is standard base64 (RFC 4648, padded) of 1 byte to ${MAX_FILE_BYTES / 1024 / 1024} MiB`);
  }
  return Buffer.from(text, 'base64');
}

/**
 * 文件 (base64) — a file carried inside a GraphQL request or answer, so it travels through the gateway like any other
 * value (no multipart). Input: standard base64, optionally as a `data:…;base64,` URL, at most 2 MiB decoded; the
 * gateway's request-size limit applies first. Output: standard base64.
 */
export const Base64FileScalar = new GraphQLScalarType<Buffer, string>({
  name: 'Base64File',
  description:
    '文件（base64） — a file as standard base64 (RFC 4648). Input: at most 2 MiB decoded (a `data:…;base64,` prefix is ' +
    'accepted); the whole request must also fit the gateway’s request limit (GATEWAY_MAX_BODY_BYTES, 100 KiB by default).',
  serialize: (value) => (Buffer.isBuffer(value) ? value.toString('base64') : String(value)),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) {
      throw refuse('A Base64File is a base64 string');
    }
    return parse(ast.value);
  },
});
