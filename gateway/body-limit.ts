import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

/**
 * Refuses a request body over `maxBytes` with 413 before it is read: the declared Content-Length is what Node's
 * HTTP parser will deliver at most, and a body without one (chunked) is refused with 411.
 */
export function useBodyLimit(maxBytes: number): GatewayPlugin {
  return {
    onRequest(payload) {
      const { request, fetchAPI } = payload;
      if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') {
        return;
      }
      const declared = request.headers.get('content-length');
      const length = declared === null ? NaN : Number(declared);
      const refuse = (status: number, message: string) =>
        payload.endResponse(
          new fetchAPI.Response(JSON.stringify({ errors: [{ message, extensions: { code: 'PAYLOAD_TOO_LARGE', limitBytes: maxBytes } }] }), {
            status,
            headers: { 'content-type': 'application/json; charset=utf-8', connection: 'close' },
          }),
        );
      if (declared === null && request.body !== null) {
        refuse(411, 'A request body needs a Content-Length');
      } else if (length > maxBytes) {
        refuse(413, `Request body of ${length} bytes exceeds the limit of ${maxBytes}`);
      }
    },
  };
}
