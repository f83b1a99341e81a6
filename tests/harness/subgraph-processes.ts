import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import path from 'node:path';

import type { SubgraphName } from '../../kernel/config/load-config';
import { freePort } from '../../kernel/http/free-port';
import { stopChild } from '../../scripts/process-stack';
import { subgraphs } from '../../subgraphs/registry';
import { childProcessEnv } from './test-env';

const ROOT = path.join(__dirname, '..', '..');
const URL_VARIABLE: Record<SubgraphName, string> = {
  enforcement: 'ENFORCEMENT_URL',
  participation: 'PARTICIPATION_URL',
  training: 'TRAINING_URL',
  service: 'SERVICE_URL',
};
const PORT_VARIABLE: Record<SubgraphName, string> = {
  enforcement: 'ENFORCEMENT_PORT',
  participation: 'PARTICIPATION_PORT',
  training: 'TRAINING_PORT',
  service: 'SERVICE_PORT',
};

export interface SubgraphInstance {
  name: SubgraphName;
  instanceId: string;
  /** http://127.0.0.1:<port> (append /graphql, /health …) */
  base: string;
  process: ChildProcess;
  /** stdout + stderr so far (to explain a failure). */
  output(): string;
}

export interface SubgraphFleet {
  instances: SubgraphInstance[];
  /** `ENFORCEMENT_URL`… as a deployment would set them: every instance, comma-separated. */
  urlEnv: Record<string, string>;
  stop(): Promise<void>;
}

/** Whether this machine lets a test start child processes (a sandbox may forbid it). */
export function canSpawnProcesses(): boolean {
  const probe = spawnSync(process.execPath, ['-e', '0'], { timeout: 10_000 });
  return !probe.error && probe.status === 0;
}

async function waitReady(instance: SubgraphInstance, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    if (instance.process.exitCode !== null) {
      throw new Error(`${instance.instanceId} exited with ${instance.process.exitCode}:\n${instance.output().slice(-2000)}`);
    }
    const ok = await fetch(`${instance.base}/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) {
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${instance.instanceId} not ready in time:\n${instance.output().slice(-2000)}`);
}

/**
 * `count` instances of every subgraph of the registry, each a separate `scripts/run-subgraph.ts` process (as in
 * production), on one database, background jobs on. Each instance is named `<subgraph>-<n>` (INSTANCE_ID).
 */
export async function startSubgraphProcesses(
  databaseUrl: string,
  count = 2,
  timeoutMs = 90_000,
  extraEnv: Record<string, string> = {},
): Promise<SubgraphFleet> {
  const ports = new Map<string, number>();
  for (const def of subgraphs) {
    for (let n = 1; n <= count; n += 1) {
      ports.set(`${def.name}-${n}`, await freePort());
    }
  }
  const urlEnv = Object.fromEntries(
    subgraphs.map((def) => [
      URL_VARIABLE[def.name],
      Array.from({ length: count }, (_, k) => `http://127.0.0.1:${ports.get(`${def.name}-${k + 1}`)}/graphql`).join(','),
    ]),
  );
  const instances: SubgraphInstance[] = [];
  for (const [instanceId, port] of ports) {
    const name = instanceId.replace(/-\d+$/, '') as SubgraphName;
    const env = childProcessEnv({
      LOG_LEVEL: process.env.SCALE_OUT_LOG ?? 'warn',
      DATABASE_URL: databaseUrl,
      INSTANCE_ID: instanceId,
      [PORT_VARIABLE[name]]: String(port),
      ...urlEnv,
      ...extraEnv,
    });
    const child = spawn(process.execPath, ['-r', '@swc-node/register', 'scripts/run-subgraph.ts', name], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    instances.push({ name, instanceId, base: `http://127.0.0.1:${port}`, process: child, output: () => output });
  }
  const stop = async () => {
    await Promise.all(instances.map((i) => stopChild(i.process, 8000)));
  };
  try {
    const deadline = Date.now() + timeoutMs;
    await Promise.all(instances.map((i) => waitReady(i, deadline)));
  } catch (err) {
    await stop();
    throw err;
  }
  return { instances, urlEnv, stop };
}
