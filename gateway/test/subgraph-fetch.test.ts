import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { isPlainPost, subgraphAgent, subgraphFetch } from '../subgraph-fetch';
import { connectionLost, InstancePool, neverReached } from '../subgraph-instances';

/** A real HTTP server on a free loopback port, answering with `handle`. */
async function serve(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => handle(req, res, body));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

const post = (body: string, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  body,
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
});

describe('the subgraph client (undici)', () => {
  const agent = subgraphAgent();
  const send = subgraphFetch(agent, Response);
  const servers: Server[] = [];
  afterAll(async () => {
    await agent.close();
    servers.forEach((s) => s.close());
  });

  it('sends the body and headers and hands back status, headers and text as a Response', async () => {
    const { url, server } = await serve((req, res, body) => {
      res.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8', 'x-instance': 'a' });
      res.end(JSON.stringify({ data: { echo: body, identity: req.headers['x-identity'] } }));
    });
    servers.push(server);
    const res = await send(url, post('{"query":"{ echo }"}', { 'x-identity': 'signed' }));
    expect(res.status).toBe(200);
    expect(res.statusText).toBe('OK');
    expect(res.headers.get('content-type')).toBe('application/graphql-response+json; charset=utf-8');
    expect(res.headers.get('x-instance')).toBe('a');
    expect(await res.json()).toEqual({ data: { echo: '{"query":"{ echo }"}', identity: 'signed' } });
  });

  it('keeps a subgraph error status and body', async () => {
    const { url, server } = await serve((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"errors":[{"message":"refused"}]}');
    });
    servers.push(server);
    const res = await send(url, post('{}'));
    expect([res.status, res.statusText, await res.text()]).toEqual([400, 'Bad Request', '{"errors":[{"message":"refused"}]}']);
  });

  it('fails a refused connection so that the instance pool sends the request to another instance', async () => {
    const { url: up, server } = await serve((_req, res) => res.end('{"data":{"up":true}}'));
    servers.push(server);
    const { url: down, server: gone } = await serve(() => undefined);
    await new Promise((r) => gone.close(r));
    const err = await send(down, post('{}')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(neverReached(err)).toBe(true);
    const pool = new InstancePool([down, up]);
    expect(await (await pool.fetch(send, post('{}'), false, [])).json()).toEqual({ data: { up: true } });
  });

  it('fails a connection lost mid-request as lost, which the pool retries only for queries', async () => {
    const { url, server } = await serve((req) => req.socket.destroy());
    servers.push(server);
    const err = await send(url, post('{}')).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(connectionLost(err)).toBe(true);
    expect(neverReached(err)).toBe(false);
  });

  it('leaves event streams and non-string bodies to the runtime fetch', () => {
    expect(isPlainPost('http://a/graphql', post('{}'))).toBe(true);
    expect(isPlainPost('http://a/graphql', post('{}', { accept: 'text/event-stream' }))).toBe(false);
    expect(isPlainPost('http://a/graphql', { method: 'GET', headers: {} })).toBe(false);
    expect(isPlainPost('http://a/graphql', { method: 'POST', body: new FormData(), headers: {} })).toBe(false);
    expect(isPlainPost('http://a/graphql', { method: 'POST', body: '{}', headers: new Headers() })).toBe(false);
  });
});
