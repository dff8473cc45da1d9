import { BadRequestException, ServiceUnavailableException } from '@nestjs/common';
import { parse } from 'csv-parse';
import { once } from 'node:events';
import type { Readable } from 'node:stream';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { DataSource } from 'typeorm';
import { checkHeader, type ImportReport, type RowError } from '@pulse/domain-people';

export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

export type CsvImportSpec<T> = {
  columns: readonly string[];
  required: readonly string[];
  /** Validates one row; returns the value or every reason it is bad. */
  parseRow(raw: Record<string, string>): { ok: true; value: T } | { ok: false; reasons: string[] };
  /** File-level clashes with earlier rows (duplicates), when not found set-based in SQL afterwards. */
  checkAgainstEarlier?(line: number, value: T): string[];
  idOf(raw: Record<string, string>): string | null;
  /** Staging table (created by the caller) and how one value becomes its COPY columns. */
  stagingTable: string;
  stagingColumns: readonly string[];
  toStaging(value: T): Array<string | number | null>;
};

const COPY_SPECIAL = /[\\\n\r\t]/;
const COPY_SPECIAL_ALL = /[\\\n\r\t]/g;

/** Escapes a value for COPY ... FROM STDIN in PostgreSQL's text format. */
function copyField(v: string | number | null): string {
  if (v === null) return '\\N';
  const text = String(v);
  // Most fields need no escaping: testing is much cheaper than replacing.
  if (!COPY_SPECIAL.test(text)) return text;
  return text.replace(COPY_SPECIAL_ALL, (c) => (c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t'));
}

/**
 * Streams a CSV from `input` through row validation into a staging table with COPY, inside the
 * caller's transaction. Memory stays flat in the file size: rows are never collected, only errors.
 * Returns the number of data rows read and every row error with its line number.
 */
export async function streamCsvIntoStaging<T>(client: PoolClient, input: Readable, spec: CsvImportSpec<T>): Promise<{ rowsRead: number; errors: RowError[] }> {
  const errors: RowError[] = [];
  let rowsRead = 0;
  let bytes = 0;
  let columns: string[] | null = null;
  input.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
    if (bytes > MAX_IMPORT_BYTES) input.destroy(new BadRequestException(`The file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`));
  });
  // Records as arrays (faster than csv-parse's column objects); the header is checked here.
  const parser = input.pipe(parse({ bom: true, skip_empty_lines: true, relax_column_count: true, info: true, max_record_size: 64 * 1024 }));
  input.on('error', (e) => parser.destroy(e));
  const copy = client.query(copyFrom(`COPY ${spec.stagingTable} (line, ${spec.stagingColumns.join(', ')}) FROM STDIN`));
  const copyDone = new Promise<void>((resolve, reject) => {
    copy.on('finish', resolve);
    copy.on('error', reject);
  });
  // COPY data goes out in ~64 kB messages, not one per row: per-row writes cost more than parsing.
  let pending: string[] = [];
  let pendingBytes = 0;
  const flush = async () => {
    if (pending.length === 0) return;
    const ok = copy.write(pending.join(''));
    pending = [];
    pendingBytes = 0;
    if (!ok) await once(copy, 'drain');
  };
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (columns === null) {
        const names = record.map((h) => h.trim().toLowerCase());
        const problems = checkHeader(names, spec.columns, spec.required);
        if (problems.length) throw new BadRequestException(`The header row is wrong: ${problems.join('; ')}. Expected columns: ${spec.columns.join(',')}.`);
        columns = names;
        continue;
      }
      rowsRead++;
      const line = info.lines;
      if (record.length !== columns.length) {
        errors.push({ line, hrisId: null, reason: `the row has ${record.length} fields; the header has ${columns.length}` });
        continue;
      }
      const raw: Record<string, string> = {};
      for (let i = 0; i < columns.length; i++) raw[columns[i]] = record[i];
      const parsed = spec.parseRow(raw);
      if (!parsed.ok) {
        errors.push({ line, hrisId: spec.idOf(raw), reason: parsed.reasons.join('; ') });
        continue;
      }
      const clashes = spec.checkAgainstEarlier?.(line, parsed.value) ?? [];
      if (clashes.length) {
        errors.push({ line, hrisId: spec.idOf(raw), reason: clashes.join('; ') });
        continue;
      }
      let text = String(line);
      for (const v of spec.toStaging(parsed.value)) text += '\t' + copyField(v);
      text += '\n';
      pending.push(text);
      pendingBytes += text.length;
      if (pendingBytes > 65_536) await flush();
    }
    await flush();
  } catch (e) {
    copy.destroy();
    await copyDone.catch(() => undefined);
    if (e instanceof BadRequestException) throw e;
    const message = e instanceof Error ? e.message : String(e);
    // csv-parse reports malformed quoting with a line number: keep it, it helps HR.
    if ((e as { code?: string }).code?.startsWith('CSV_')) throw new BadRequestException(`The file is not valid CSV: ${message}`);
    throw e;
  }
  copy.end();
  await copyDone;
  if (columns === null) throw new BadRequestException('The file is empty: it needs a header row and at least one data row.');
  if (rowsRead === 0) throw new BadRequestException('The file has a header row but no data rows.');
  return { rowsRead, errors };
}

/** Runs `work` in one transaction on a raw pg client (COPY needs it); always rolls back unless `work` says commit. */
export async function withImportTransaction<T>(db: DataSource, work: (client: PoolClient) => Promise<{ commit: boolean; result: T }>): Promise<T> {
  // An import holds its connection while the file arrives, so uploads may hold only a few of the
  // pool's connections at once (`importConnections`); sign-ins, pages and health keep the rest.
  const limit = (db.options as { extra?: { importConnections?: number } }).extra?.importConnections;
  const held = importsHolding.get(db) ?? 0;
  if (limit !== undefined && held >= limit) throw new ServiceUnavailableException('Another import is in progress. Try again in a moment.');
  importsHolding.set(db, held + 1);
  try {
    return await importTransaction(db, work);
  } finally {
    importsHolding.set(db, (importsHolding.get(db) ?? 1) - 1);
  }
}

const importsHolding = new WeakMap<DataSource, number>();

async function importTransaction<T>(db: DataSource, work: (client: PoolClient) => Promise<{ commit: boolean; result: T }>): Promise<T> {
  const runner = db.createQueryRunner();
  await runner.connect();
  const client = (runner as unknown as { databaseConnection: PoolClient }).databaseConnection;
  try {
    await client.query('BEGIN');
    // A large file may take longer than the app's statement_timeout to COPY and apply; a stalled
    // upload is cut off by the HTTP idle and request timeouts instead.
    await client.query('SET LOCAL statement_timeout = 0');
    const { commit, result } = await work(client);
    await client.query(commit ? 'COMMIT' : 'ROLLBACK');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    await runner.release();
  }
}

/** The report before anything is applied: rows with errors count neither as created, updated nor unchanged. */
export function importReport(r: { dryRun: boolean; rowsRead: number; created: number; updated: number; errors: RowError[] }): ImportReport {
  const valid = r.rowsRead - new Set(r.errors.map((e) => e.line)).size;
  return { ...r, applied: false, unchanged: Math.max(0, valid - r.created - r.updated) };
}
