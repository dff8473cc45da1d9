// Types for temp-postgres.mjs, for the TypeScript tests that start a second server.
export function freePort(): Promise<number>;
export function startTempPostgres(): Promise<{ url: string; port: number; stop: () => Promise<void> }>;
