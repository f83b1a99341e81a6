/**
 * The value of a Prometheus sample in exposition text: the first line of metric `name` whose labels include all
 * of `labels` (undefined: no such sample).
 */
export function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) {
      continue;
    }
    const present = match[2] ?? '';
    if (Object.entries(labels).every(([k, v]) => present.includes(`${k}="${v}"`))) {
      return Number(match[3]);
    }
  }
  return undefined;
}

export async function scrape(baseUrl: string): Promise<{ status: number; type: string | null; text: string }> {
  const res = await fetch(`${baseUrl.replace(/\/graphql$/, '')}/metrics`);
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}
