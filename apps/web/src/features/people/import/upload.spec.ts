import { importUrl, uploadCsv, UploadFailure } from './upload';

type Listener = ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null;

/** Stands in for XMLHttpRequest: records the request, then plays back progress and a response. */
class FakeXhr {
  static last: FakeXhr;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown;
  withCredentials = false;
  status = 0;
  responseText = '';
  upload: { onprogress: Listener; onload: (() => void) | null } = { onprogress: null, onload: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
  }
  send(body: unknown) {
    this.body = body;
  }
  abort() {
    this.onabort?.();
  }
  respond(status: number, body: unknown) {
    this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
    this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.onload?.();
  }
}

describe('CSV upload', () => {
  const real = window.XMLHttpRequest;
  beforeEach(() => {
    window.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  });
  afterEach(() => {
    window.XMLHttpRequest = real;
  });

  it('posts the raw file as text/csv to the dry-run or real endpoint', () => {
    expect(importUrl('people', true)).toBe('/api/imports/people?dryRun=true');
    expect(importUrl('signals', false)).toBe('/api/imports/signals?dryRun=false');
    const file = new Blob(['hris_id\nE-1\n'], { type: 'text/csv' });
    void uploadCsv({ kind: 'signals', file, dryRun: false });
    expect(FakeXhr.last.method).toBe('POST');
    expect(FakeXhr.last.url).toBe('/api/imports/signals?dryRun=false');
    expect(FakeXhr.last.headers['content-type']).toBe('text/csv');
    expect(FakeXhr.last.body).toBe(file);
  });

  it('reports upload progress and resolves with the report, row errors included', async () => {
    const progress: number[] = [];
    const pending = uploadCsv({ kind: 'people', file: new Blob(['x']), dryRun: true, onProgress: (f) => progress.push(f) });
    const report = { dryRun: true, applied: false, rowsRead: 2, created: 0, updated: 0, unchanged: 1, errors: [{ line: 3, hrisId: 'E-2', reason: 'bad date' }] };
    FakeXhr.last.respond(200, report);
    await expect(pending).resolves.toEqual(report);
    expect(progress).toEqual([0.5, 1]);
  });

  it('turns a 400 into a readable failure with the server message', async () => {
    const pending = uploadCsv({ kind: 'people', file: new Blob(['x']), dryRun: true });
    FakeXhr.last.respond(400, { message: 'The header is missing the column hris_id.' });
    await expect(pending).rejects.toEqual(expect.objectContaining({ code: 'BAD_FILE', serverMessage: 'The header is missing the column hris_id.' }));
  });

  it.each([
    [401, 'UNAUTHENTICATED'],
    [403, 'FORBIDDEN'],
    [413, 'TOO_LARGE'],
    [429, 'TOO_MANY_REQUESTS'],
    [500, 'SERVER'],
  ])('maps HTTP %s to %s', async (status, code) => {
    const pending = uploadCsv({ kind: 'people', file: new Blob(['x']), dryRun: true });
    FakeXhr.last.respond(status, 'not json');
    await expect(pending).rejects.toBeInstanceOf(UploadFailure);
    await expect(pending).rejects.toEqual(expect.objectContaining({ code }));
  });

  it('can be cancelled', async () => {
    const controller = new AbortController();
    const pending = uploadCsv({ kind: 'people', file: new Blob(['x']), dryRun: true, signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toEqual(expect.objectContaining({ code: 'ABORTED' }));
  });
});
