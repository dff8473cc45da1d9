export default async function globalTeardown() {
  await globalThis.__PULSE_SEED_PG__?.stop();
}
