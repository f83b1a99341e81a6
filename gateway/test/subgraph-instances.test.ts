import { InstancePool, subgraphInstances } from '../subgraph-instances';

const refused = () =>
  Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) });
const reset = () => Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
const ok = (url: string) => Promise.resolve(new Response(url));
const served = async (res: Promise<Response>) => (await res).text();

describe('InstancePool', () => {
  it('takes turns between idle instances', async () => {
    const pool = new InstancePool(['http://a/graphql', 'http://b/graphql']);
    const urls = [];
    for (let k = 0; k < 4; k += 1) {
      urls.push(await served(pool.fetch(ok, {}, true, [])));
    }
    expect(urls).toEqual(['http://a/graphql', 'http://b/graphql', 'http://a/graphql', 'http://b/graphql']);
  });

  it('sends a request to the instance with fewer requests in flight', async () => {
    const pool = new InstancePool(['http://a/graphql', 'http://b/graphql']);
    let release!: () => void;
    const slow = (url: string) => new Promise<Response>((r) => (release = () => r(new Response(url))));
    const first = pool.fetch(slow, {}, true, []); // a, still in flight
    pool.order(); // another caller's turn: b would be next by rotation
    expect(await served(pool.fetch(ok, {}, true, []))).toBe('http://b/graphql');
    release();
    expect(await served(first)).toBe('http://a/graphql');
  });

  it('retries a refused connection on the other instance, for mutations too, and rests the refusing one', async () => {
    let now = 0;
    const pool = new InstancePool(['http://a/graphql', 'http://b/graphql'], 2000, () => now);
    const aDown = (url: string) => (url.includes('//a/') ? Promise.reject(refused()) : ok(url));
    expect(await served(pool.fetch(aDown, {}, false, []))).toBe('http://b/graphql');
    expect(await served(pool.fetch(aDown, {}, false, []))).toBe('http://b/graphql'); // a rests
    now = 2500;
    expect(await served(pool.fetch(ok, {}, false, []))).toBe('http://a/graphql'); // back in turn after the rest
  });

  it('retries a connection lost mid-request only for queries', async () => {
    const pool = new InstancePool(['http://a/graphql', 'http://b/graphql']);
    const aResets = (url: string) => (url.includes('//a/') ? Promise.reject(reset()) : ok(url));
    expect(await served(pool.fetch(aResets, {}, true, []))).toBe('http://b/graphql');
    pool.order(); // back to a's turn
    await expect(pool.fetch(aResets, {}, false, [])).rejects.toThrow('fetch failed');
  });

  it('fails with the last error when every instance refuses', async () => {
    const pool = new InstancePool(['http://a/graphql', 'http://b/graphql']);
    await expect(pool.fetch(() => Promise.reject(refused()), {}, true, [])).rejects.toThrow('fetch failed');
  });
});

describe('subgraphInstances', () => {
  it('keeps configured lists and lets URLs given in code replace them', () => {
    expect(
      subgraphInstances({ enforcement: ['http://a/graphql', 'http://b/graphql'], training: ['http://t/graphql'] }, { training: 'http://local/graphql' }),
    ).toEqual({
      enforcement: ['http://a/graphql', 'http://b/graphql'],
      training: ['http://local/graphql'],
    });
  });
});
