import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ClientBase } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

export type Chunk = string | { text: string; units: number };

/** Streams generated lines into a COPY, in ~256 kB writes, reporting rows as they go. */
export async function copy(client: ClientBase, sql: string, rows: () => Iterable<Chunk>, advance: (n: number) => void): Promise<void> {
  function* batches(): Generator<string> {
    let buf = '';
    let units = 0;
    for (const r of rows()) {
      if (typeof r === 'string') {
        buf += r;
        units++;
      } else {
        buf += r.text;
        units += r.units;
      }
      if (buf.length >= 256 * 1024) {
        yield buf;
        advance(units);
        buf = '';
        units = 0;
      }
    }
    if (buf.length > 0) yield buf;
    if (units > 0) advance(units);
  }
  await pipeline(Readable.from(batches(), { objectMode: false }), client.query(copyFrom(sql)));
}

/** One row in COPY text format: tab-separated, \N for NULL, backslash escapes. */
export function line(values: ReadonlyArray<string | null>): string {
  let out = '';
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (i > 0) out += '\t';
    out += v === null ? '\\N' : escapeCopy(v);
  }
  return `${out}\n`;
}

export function escapeCopy(v: string): string {
  return /[\\\t\n\r]/.test(v) ? v.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r') : v;
}
