import { BadRequestException, HttpException, PayloadTooLargeException, ServiceUnavailableException } from '@nestjs/common';
import { type Options, Parser } from 'csv-parse';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { isUtf8 } from 'node:buffer';
import type { PoolClient } from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Logger } from 'pino';
import type { DataSource } from 'typeorm';
import { checkHeader, type ImportReport, type RowError } from '@pulse/domain-people';
import { countLineFeeds, firstInvalidUtf8, isLegacy, type ImportEncoding, SNIFF_BYTES, sniffEncoding, toUtf8, utf8Boundary } from './csv-encoding';

/** The default upload limit (IMPORT_MAX_BYTES overrides it). */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

/** "200 MB", "64 KB": how the limit reads in messages. */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / 1024 / 1024} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}

/** What every import is bound by: the upload limit, and where an over-limit upload is logged. */
export type CsvImportLimits = { maxBytes: number; log: Logger };

/** What the file turned out to be: reported by the dry run so HR can see how it was read. */
export type CsvFileFormat = { encoding: ImportEncoding; delimiter: ',' | ';' };

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
 * The received file as UTF-8 bytes. The first SNIFF_BYTES decide the encoding (see sniffEncoding);
 * legacy encodings are converted chunk by chunk, UTF-8 is checked chunk by chunk and a bad byte ends
 * the import with its line number.
 */
async function* utf8Chunks(input: Readable, found: (encoding: ImportEncoding, sample: Buffer) => void): AsyncGenerator<Buffer> {
  let head: Buffer[] = [];
  let headBytes = 0;
  let encoding: ImportEncoding | null = null;
  let decoder: ReturnType<typeof toUtf8> | null = null;
  let carry: Buffer = Buffer.alloc(0);
  let line = 1;
  const decide = (sample: Buffer, complete: boolean): Buffer => {
    // Exactly the first SNIFF_BYTES decide, however the upload happened to be chunked.
    const sniffed = sniffEncoding(sample.subarray(0, SNIFF_BYTES), complete && sample.length <= SNIFF_BYTES);
    encoding = sniffed.encoding;
    if (isLegacy(encoding)) decoder = toUtf8(encoding);
    const rest = sample.subarray(sniffed.bomLength);
    found(encoding, decoder ? decoder.write(rest) : rest);
    return rest;
  };
  const utf8 = (chunk: Buffer): Buffer => {
    const all = carry.length ? Buffer.concat([carry, chunk]) : chunk;
    const cut = utf8Boundary(all);
    const whole = all.subarray(0, cut);
    if (!isUtf8(whole)) {
      const at = firstInvalidUtf8(whole);
      throw new BadRequestException(
        `The file is not valid UTF-8 at line ${line + countLineFeeds(whole, at)}: its first ${formatBytes(SNIFF_BYTES)} read as UTF-8, but this line does not. ` +
          'Save it as "CSV UTF-8" (or wholly in Windows-1250/1252, GB18030 or Big5) and upload it again.',
      );
    }
    line += countLineFeeds(whole);
    carry = Buffer.from(all.subarray(cut));
    return whole;
  };
  const convert = (chunk: Buffer): Buffer => (decoder ? decoder.write(chunk) : utf8(chunk));
  for await (const raw of input as AsyncIterable<Buffer>) {
    if (encoding === null) {
      head.push(raw);
      headBytes += raw.length;
      if (headBytes < SNIFF_BYTES) continue;
      const sample = decide(Buffer.concat(head), false);
      head = [];
      yield convert(sample);
      continue;
    }
    yield convert(raw);
  }
  if (encoding === null) {
    const sample = decide(Buffer.concat(head), true);
    yield convert(sample);
  }
  if (decoder) yield (decoder as ReturnType<typeof toUtf8>).end();
  else if (carry.length) utf8(Buffer.from([0xff])); // a character cut off by the end of the file
}

/**
 * Reads and drops whatever the client still sends after the import gave up, so that it receives the
 * answer: closing a socket with unread data resets the connection, and the answer with it.
 */
function drain(input: Readable): void {
  const drop = () => {
    while (input.read() !== null);
  };
  input.on('readable', drop);
  drop();
}

/** The header's delimiter: ";" (Excel where the decimal separator is a comma) only when that alone gives the known columns. */
function pickDelimiter(firstChunk: Buffer, columns: readonly string[], required: readonly string[]): ',' | ';' {
  const end = firstChunk.indexOf(10);
  const header = firstChunk.subarray(0, end === -1 ? firstChunk.length : end).toString('utf8').replace(/^\uFEFF/, '').replace(/\r$/, '');
  const fits = (d: string) => checkHeader(header.split(d).map((h) => h.trim().replace(/^"(.*)"$/, '$1').toLowerCase()), columns, required).length === 0;
  return !fits(',') && fits(';') ? ';' : ',';
}

/**
 * csv-parse's stream parser that hands each record to `onRecord` as it is parsed, with the line it
 * starts on, and passes on what `onRecord` returns (COPY text) in ~64 kB pieces. csv-parse calls
 * `push` synchronously for every record while its running counters (`info`) describe that record,
 * so no per-record `info` snapshot is built (a third of the parser's CPU) and no record goes through
 * an object-mode stream and an `await` of its own. Back-pressure is the Transform's: the next chunk
 * is parsed only once the COPY has taken the previous pieces.
 */
class StagingParser extends Parser {
  private batch = '';
  private endOfPrevious = 0;
  private emptyBefore = 0;
  private failure: unknown = null;

  constructor(
    options: Options,
    private readonly onRecord: (record: string[], line: number) => string | null,
  ) {
    super(options);
  }

  override push(chunk: unknown, encoding?: BufferEncoding): boolean {
    if (chunk === null) {
      if (this.batch.length) super.push(this.batch);
      this.batch = '';
      return super.push(null, encoding);
    }
    if (this.failure !== null) return true;
    // A record's line is where it starts (a quoted field may span lines); csv-parse counts where it ends.
    const line = this.endOfPrevious + 1 + (this.info.empty_lines - this.emptyBefore);
    this.endOfPrevious = this.info.lines;
    this.emptyBefore = this.info.empty_lines;
    try {
      const text = this.onRecord(chunk as string[], line);
      if (text !== null) this.batch += text;
    } catch (e) {
      // Reported through the transform's callback (below): csv-parse's loop must not see a throw.
      this.failure = e;
      return true;
    }
    if (this.batch.length <= 65_536) return true;
    const piece = this.batch;
    this.batch = '';
    return super.push(piece);
  }

  override _transform(buf: Buffer, encoding: BufferEncoding, callback: TransformCallback): void {
    super._transform(buf, encoding, (err) => callback(err ?? this.failed()));
  }

  override _flush(callback: TransformCallback): void {
    super._flush((err) => callback(err ?? this.failed()));
  }

  private failed(): Error | undefined {
    return this.failure === null ? undefined : this.failure instanceof Error ? this.failure : new Error(String(this.failure));
  }
}

/**
 * Streams a received CSV file (see receiveUpload) through row validation into a staging table with
 * COPY, inside the caller's transaction, in one pass: each record is validated as it is parsed and
 * its COPY text goes out while the rest of the file is still being parsed, so PostgreSQL stores rows
 * while Node parses. Memory stays flat in the file size: rows are never collected, only errors.
 * Returns the number of data rows read, every row error with its line number, and how the file was read.
 */
export async function streamCsvIntoStaging<T>(client: PoolClient, input: Readable, spec: CsvImportSpec<T>): Promise<{ rowsRead: number; errors: RowError[]; format: CsvFileFormat }> {
  const errors: RowError[] = [];
  let rowsRead = 0;
  let columns: string[] | null = null;
  const format: CsvFileFormat = { encoding: 'utf-8', delimiter: ',' };
  const chunks = utf8Chunks(input, (encoding, sample) => {
    format.encoding = encoding;
    format.delimiter = pickDelimiter(sample, spec.columns, spec.required);
  });
  // The delimiter is known once the first chunk is out, before the parser needs it.
  const first = await chunks.next();
  const source = Readable.from((async function* () {
    if (!first.done) yield first.value;
    yield* chunks;
  })(), { objectMode: false });
  const onRecord = (record: string[], line: number): string | null => {
    if (columns === null) {
      const names = record.map((h) => h.trim().toLowerCase());
      const problems = checkHeader(names, spec.columns, spec.required);
      if (problems.length) throw new BadRequestException(`The header row is wrong: ${problems.join('; ')}. Expected columns: ${spec.columns.join(',')}.`);
      columns = names;
      return null;
    }
    rowsRead++;
    if (record.length !== columns.length) {
      errors.push({ line, hrisId: null, reason: `the row has ${record.length} fields; the header has ${columns.length}` });
      return null;
    }
    const raw: Record<string, string> = {};
    for (let i = 0; i < columns.length; i++) raw[columns[i]] = record[i];
    const parsed = spec.parseRow(raw);
    if (!parsed.ok) {
      errors.push({ line, hrisId: spec.idOf(raw), reason: parsed.reasons.join('; ') });
      return null;
    }
    const clashes = spec.checkAgainstEarlier?.(line, parsed.value) ?? [];
    if (clashes.length) {
      errors.push({ line, hrisId: spec.idOf(raw), reason: clashes.join('; ') });
      return null;
    }
    let text = String(line);
    for (const v of spec.toStaging(parsed.value)) text += '\t' + copyField(v);
    return text + '\n';
  };
  // Records as arrays (faster than csv-parse's column objects); the header is checked in onRecord.
  const parser = new StagingParser({ bom: true, delimiter: format.delimiter, skip_empty_lines: true, relax_column_count: true, max_record_size: 64 * 1024 }, onRecord);
  const copy = client.query(copyFrom(`COPY ${spec.stagingTable} (line, ${spec.stagingColumns.join(', ')}) FROM STDIN`));
  try {
    await pipeline(source, parser, copy);
  } catch (e) {
    if (e instanceof HttpException) throw e;
    const message = e instanceof Error ? e.message : String(e);
    // csv-parse reports malformed quoting with a line number: keep it, it helps HR.
    if ((e as { code?: string }).code?.startsWith('CSV_')) throw new BadRequestException(`The file is not valid CSV: ${message}`);
    throw e;
  }
  if (columns === null) throw new BadRequestException('The file is empty: it needs a header row and at least one data row.');
  if (rowsRead === 0) throw new BadRequestException('The file has a header row but no data rows.');
  return { rowsRead, errors, format };
}

/** An upload received in full, waiting in a temporary file: read it with `open()`, once or more. */
export type ReceivedUpload = { bytes: number; open(): Readable; dispose(): Promise<void> };

/**
 * Receives the whole request body into a temporary file before the import takes a database
 * connection: a client that sends half a file and stalls holds a socket and a file, never a pooled
 * connection (the HTTP idle and request timeouts end it, and the file goes). Memory stays flat in
 * the file size. Over `maxBytes` it stops with 413 and logs it; the request is drained, not
 * destroyed, so that the client receives the answer (closing a socket with unread data resets it).
 */
export async function receiveUpload(input: Readable, limits: CsvImportLimits): Promise<ReceivedUpload> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'pulse-upload-'));
  const dispose = () => fs.promises.rm(dir, { recursive: true, force: true });
  const file = path.join(dir, 'upload.csv');
  const out = fs.createWriteStream(file);
  const closed = once(out, 'close');
  closed.catch(() => undefined); // a write error is met where `closed` is awaited
  let bytes = 0;
  try {
    for await (const chunk of input.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      if (bytes > limits.maxBytes) {
        limits.log.warn({ limitBytes: limits.maxBytes, bytesReceived: bytes }, 'import refused: the file is over the upload limit');
        drain(input);
        throw new PayloadTooLargeException(`The file is larger than the import limit of ${formatBytes(limits.maxBytes)}: split it, or ask your administrator to raise IMPORT_MAX_BYTES.`);
      }
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), closed]);
    }
    out.end();
    await closed;
    return { bytes, open: () => fs.createReadStream(file, { highWaterMark: 256 * 1024 }), dispose };
  } catch (e) {
    out.destroy();
    await closed.catch(() => undefined);
    await dispose();
    throw e;
  }
}

/**
 * Receives the upload in full (receiveUpload), then runs `work` on it in one transaction on a raw pg
 * client (COPY needs it); always rolls back unless `work` says commit. The connection is taken only
 * once the file has arrived.
 */
export async function withImportTransaction<T>(
  db: DataSource,
  input: Readable,
  limits: CsvImportLimits,
  work: (client: PoolClient, file: Readable) => Promise<{ commit: boolean; result: T }>,
): Promise<T> {
  const upload = await receiveUpload(input, limits);
  try {
    // Imports are long transactions: they may hold only a few of the pool's connections at once
    // (`importConnections`), so sign-ins, pages and health keep the rest.
    const limit = (db.options as { extra?: { importConnections?: number } }).extra?.importConnections;
    const held = importsHolding.get(db) ?? 0;
    if (limit !== undefined && held >= limit) throw new ServiceUnavailableException('Another import is in progress. Try again in a moment.');
    importsHolding.set(db, held + 1);
    try {
      return await importTransaction(db, (client) => work(client, upload.open()));
    } finally {
      importsHolding.set(db, (importsHolding.get(db) ?? 1) - 1);
    }
  } finally {
    await upload.dispose();
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
export function importReport(r: { dryRun: boolean; rowsRead: number; created: number; updated: number; errors: RowError[]; format: CsvFileFormat }): ImportReport {
  const valid = r.rowsRead - new Set(r.errors.map((e) => e.line)).size;
  const { format, ...counts } = r;
  return { ...counts, applied: false, unchanged: Math.max(0, valid - r.created - r.updated), encoding: format.encoding, delimiter: format.delimiter };
}
