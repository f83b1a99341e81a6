import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

import { executeRaw } from '../harness/client';
import { startStack } from '../harness/start-stack';
import type { Stack } from '../harness/start-stack';
import { tokenFor } from '../harness/tokens';

/** Debian's package (`apt-get install -y chromium fonts-wqy-microhei`) and the usual other names. The test installs nothing. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
const chromium = CANDIDATES.find((file) => existsSync(file));
const DRIVER = path.join(__dirname, '..', 'harness', 'explorer-driver.mjs');
const QUERY = '{ reports(first: 1) { edges { node { trackingCode status } } } }';

if (!chromium) {
  console.warn(`explorer browser test SKIPPED: no Chromium binary at ${CANDIDATES.join(', ')} (apt-get install -y chromium fonts-wqy-microhei)`);
}

(chromium ? describe : describe.skip)(`the explorer in headless Chromium (${chromium ?? 'SKIPPED: no Chromium binary; apt-get install -y chromium'})`, () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ seeded: true });
  });
  afterAll(() => stack.stop());

  it('loads with other hosts blocked on the first Chinese tab, runs a query with a bearer token typed into the header editor and shows the answer', async () => {
    const admin = await tokenFor('ADMIN', 'admin-1');
    const direct = await executeRaw(stack.gatewayUrl, QUERY, undefined, { authorization: `Bearer ${admin}` });
    const { trackingCode } = (direct.data as { reports: { edges: { node: { trackingCode: string } }[] } }).reports.edges[0].node;

    const run = (headers: Record<string, string>) =>
      promisify(execFile)(process.execPath, [DRIVER, chromium!, stack.gatewayUrl, QUERY, JSON.stringify(headers)], { timeout: 120_000 });
    const { stdout } = await run({ Authorization: `Bearer ${admin}` });
    const { opened, shown, offHost } = JSON.parse(stdout) as { opened: { tabs: string[]; query: string; response: string }; shown: string; offHost: string[] };

    // it opens on the first Chinese example tab, and its schema request (anonymous) did not fail
    expect(opened.tabs).toEqual(['PublicCatalogue', 'TrackReport', 'OfficerDashboard', 'TrainerDesk']);
    expect(opened.query).toContain('# 公共目录');
    expect(opened.response).not.toContain('errors');

    expect(shown).toContain(`"trackingCode": "${trackingCode}"`);
    expect(shown).not.toContain('"errors"');
    expect(offHost).toEqual([]);
  }, 180_000);
});
