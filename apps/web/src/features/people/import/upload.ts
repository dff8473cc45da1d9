import type { ImportReport, RowError } from '@pulse/domain-people';

export type ImportKind = 'people' | 'signals';

/** The API's import report (shared type from the people domain). */
export type ImportRowError = RowError;
export type ImportResult = ImportReport;

export type UploadFailureCode = 'BAD_FILE' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'TOO_LARGE' | 'TOO_MANY_REQUESTS' | 'NETWORK' | 'ABORTED' | 'SERVER';

export class UploadFailure extends Error {
  constructor(
    readonly code: UploadFailureCode,
    /** The server's own explanation, when it sent one (e.g. which header column is missing). */
    readonly serverMessage: string | null,
  ) {
    super(serverMessage ?? code);
    this.name = 'UploadFailure';
  }
}

export type UploadOptions = {
  kind: ImportKind;
  file: Blob;
  dryRun: boolean;
  /** 0..1 as the request body goes out. */
  onProgress?: (fraction: number) => void;
  signal?: AbortSignal;
};

export function importUrl(kind: ImportKind, dryRun: boolean): string {
  return `/api/imports/${kind}?dryRun=${dryRun ? 'true' : 'false'}`;
}

function failureFor(status: number): UploadFailureCode {
  if (status === 400 || status === 422) return 'BAD_FILE';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 413) return 'TOO_LARGE';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  return 'SERVER';
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function isImportResult(value: unknown): value is ImportResult {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.rowsRead === 'number' && Array.isArray(v.errors);
}

/**
 * Sends the CSV as the raw request body. XMLHttpRequest rather than fetch, because only XHR reports
 * upload progress, which a 50 MB HRIS export needs.
 */
export function uploadCsv({ kind, file, dryRun, onProgress, signal }: UploadOptions): Promise<ImportResult> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', importUrl(kind, dryRun));
    xhr.withCredentials = true;
    xhr.setRequestHeader('Content-Type', 'text/csv');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.upload.onload = () => onProgress?.(1);
    xhr.onload = () => {
      const body = parseJson(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300 && isImportResult(body)) {
        resolve(body);
        return;
      }
      const message = body && typeof body === 'object' && typeof (body as { message?: unknown }).message === 'string' ? (body as { message: string }).message : null;
      reject(new UploadFailure(xhr.status >= 200 && xhr.status < 300 ? 'SERVER' : failureFor(xhr.status), message));
    };
    xhr.onerror = () => reject(new UploadFailure('NETWORK', null));
    xhr.onabort = () => reject(new UploadFailure('ABORTED', null));
    if (signal) {
      if (signal.aborted) {
        reject(new UploadFailure('ABORTED', null));
        return;
      }
      signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(file);
  });
}
