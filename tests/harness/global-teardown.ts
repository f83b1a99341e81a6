export default async function globalTeardown(): Promise<void> {
  await globalThis.__CEG_PG__?.stop();
}
