import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';

const ASSET_PREFIX = '/explorer/assets/';
/** Resolved on first use: the explorer's package is optional and not installed in the production image. */
const dist = () => path.dirname(require.resolve('@graphql-yoga/graphiql'));
const CDN = /https:\/\/unpkg\.com\/@graphql-yoga\/graphiql@[^/]+\/dist\//g;
// the favicon link, however the minifier wrote it (`<link rel=icon href=https://…>`, quoted or not, any order)
const ICON_LINK = /<link\b[^>]*\brel=["']?(?:shortcut )?icon\b[^>]*>/gi;
const ASSETS: Record<string, string> = {
  'graphiql.css': 'text/css; charset=utf-8',
  'yoga-graphiql.umd.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/editor.worker.bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/graphql.worker..bundle.js': 'text/javascript; charset=utf-8',
  'monacoeditorwork/json.worker.bundle.js': 'text/javascript; charset=utf-8',
};

/**
 * GraphiQL with every asset served by the gateway itself (deployment networks have no internet):
 * the yoga HTML with its CDN links rewritten to /explorer/assets/…, and a plugin that serves those files.
 */
export function renderLocalGraphiQL(render: (opts: { title?: string }) => string) {
  return (opts: { title?: string }) =>
    render(opts)
      .replace(CDN, ASSET_PREFIX)
      .replaceAll('__TITLE__', opts.title ?? 'GraphiQL')
      .replace(ICON_LINK, '');
}

/** Serves the explorer's files under /explorer/assets/ (not installed in production: nothing of it is served). */
export function useExplorerAssets(): GatewayPlugin {
  const cache = new Map<string, Buffer>();
  return {
    onRequest(payload) {
      const { url, fetchAPI } = payload;
      if (!url.pathname.startsWith(ASSET_PREFIX)) {
        return;
      }
      const name = url.pathname.slice(ASSET_PREFIX.length);
      const type = ASSETS[name];
      if (!type) {
        payload.endResponse(new fetchAPI.Response('not found', { status: 404 }));
        return;
      }
      let body = cache.get(name);
      if (!body) {
        body = readFileSync(path.join(dist(), name));
        cache.set(name, body);
      }
      payload.endResponse(
        new fetchAPI.Response(new Uint8Array(body), {
          headers: { 'content-type': type, 'cache-control': 'public, max-age=86400' },
        }),
      );
    },
  };
}
