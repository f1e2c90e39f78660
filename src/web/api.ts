import { errorRegistry } from '../shared/index.js';

/**
 * The one way the app calls the HTTP API (docs/api.md). Requests send the session cookie
 * (same origin) and JSON; a failed request throws an ApiError carrying the server's stable
 * code and its message, which says what to do and is shown to the user as it is.
 */
export class ApiError extends Error {
  /** An ErrorCode from src/shared/errors.ts, or NETWORK when the server could not be reached. */
  readonly code: string;
  /** HTTP status, 0 when there was no answer. */
  readonly status: number;
  /** How long the server asks to wait before trying again (its Retry-After header, in seconds), when it said. */
  readonly retryAfterSeconds: number | null;
  /** The same specifics as the message, as data (`error.details`, docs/errors.md), when the server sent them. */
  readonly details: unknown;
  constructor(code: string, message: string, status: number, retryAfterSeconds: number | null = null, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.retryAfterSeconds = retryAfterSeconds;
    this.details = details;
  }
}

const networkMessage = 'Cannot reach the Open Cities Studio server. Check your connection, then try again.';

export function isApiError(e: unknown): e is ApiError {
  return e instanceof ApiError;
}

/** A message fit to show a person, whatever was thrown. */
export function messageOf(e: unknown): string {
  if (e instanceof Error && e.message) return e.message;
  return errorRegistry.INTERNAL.message;
}

function errorFrom(status: number, body: unknown, retryAfter: string | null = null): ApiError {
  const error = (body as { error?: { code?: unknown; message?: unknown; details?: unknown } } | null)?.error;
  if (error && typeof error.code === 'string' && typeof error.message === 'string') {
    const seconds = retryAfter !== null && /^\d+$/.test(retryAfter) ? Number(retryAfter) : null;
    return new ApiError(error.code, error.message, status, seconds, error.details);
  }
  // A proxy or a crash answered instead of the API: fall back on the registry's wording.
  if (status === 404) return new ApiError('NOT_FOUND', errorRegistry.NOT_FOUND.message, status);
  if (status === 503) return new ApiError('STORE_UNAVAILABLE', errorRegistry.STORE_UNAVAILABLE.message, status);
  return new ApiError('INTERNAL', errorRegistry.INTERNAL.message, status);
}

export async function request<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  signal?: AbortSignal,
): Promise<T> {
  const init: RequestInit = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { Accept: 'application/json', 'Content-Type': 'application/json' };
  }
  if (signal) init.signal = signal;
  const response = await send(path, init);
  const parsed = parseBody(await response.text());
  if (!response.ok) throw errorFrom(response.status, parsed, response.headers.get('retry-after'));
  return parsed as T;
}

/** fetch, with an unreachable server as an ApiError that says what to do (an abort stays an abort). */
async function send(path: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(path, init);
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('NETWORK', networkMessage, 0);
  }
}

function parseBody(text: string): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** How much of an upload has gone: bytes sent and in all (0 when the browser cannot tell). */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/**
 * POSTs a form (files) and answers like `request`, reporting progress as the bytes go out.
 * XMLHttpRequest, not fetch: fetch cannot report upload progress.
 */
export function upload<T>(path: string, form: FormData, onProgress: (progress: UploadProgress) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', (event) =>
      onProgress({ loaded: event.loaded, total: event.lengthComputable ? event.total : 0 }),
    );
    xhr.addEventListener('load', () => {
      const parsed = parseBody(xhr.responseText);
      if (xhr.status >= 200 && xhr.status < 300) resolve(parsed as T);
      else reject(errorFrom(xhr.status, parsed));
    });
    xhr.addEventListener('error', () => reject(new ApiError('NETWORK', networkMessage, 0)));
    xhr.addEventListener('abort', () => reject(new DOMException('The upload was stopped', 'AbortError')));
    xhr.send(form);
  });
}

export const api = {
  get: <T>(path: string, signal?: AbortSignal) => request<T>('GET', path, undefined, signal),
  post: <T>(path: string, body: unknown) => request<T>('POST', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  delete: <T>(path: string, body?: unknown) => request<T>('DELETE', path, body),
  upload,
};

/** GETs binary data: its bytes, or null when the server has none (204). Refusals throw as `request`. */
export async function getBytes(path: string, signal?: AbortSignal): Promise<Uint8Array | null> {
  const response = await send(path, { credentials: 'same-origin', ...(signal && { signal }) });
  if (!response.ok) throw errorFrom(response.status, parseBody(await response.text()));
  if (response.status === 204) return null;
  return new Uint8Array(await response.arrayBuffer());
}

/** How much of a download has arrived: bytes so far, and the whole when the server said (Content-Length). */
export interface DownloadProgress {
  loaded: number;
  total: number | null;
}

/** A file from the API: its bytes, and the name the server gave it (Content-Disposition), if any. */
export interface DownloadedFile {
  blob: Blob;
  name: string | null;
}

/** The file name in a Content-Disposition header: the UTF-8 one (RFC 6266 `filename*`) if present, else the plain one. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (utf8) {
    try {
      return decodeURIComponent(utf8);
    } catch {
      // a malformed escape: fall back on the plain name
    }
  }
  return /filename="([^"]*)"/i.exec(disposition)?.[1] ?? null;
}

/**
 * GETs a file (an export, a report) and reads it chunk by chunk, calling `onProgress` as bytes
 * arrive, so a long download can show how far it has got. Until the first byte, the server is
 * still making the file. A refusal throws an ApiError with the server's message, as `request`.
 */
export async function downloadFile(
  path: string,
  onProgress: (progress: DownloadProgress) => void,
  signal?: AbortSignal,
): Promise<DownloadedFile> {
  const response = await send(path, { credentials: 'same-origin', ...(signal && { signal }) });
  if (!response.ok) {
    throw errorFrom(response.status, parseBody(await response.text()));
  }
  const length = Number(response.headers.get('content-length'));
  const total = Number.isFinite(length) && length > 0 ? length : null;
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let loaded = 0;
  onProgress({ loaded, total });
  try {
    const reader = response.body?.getReader();
    if (reader) {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loaded += value.byteLength;
        onProgress({ loaded, total });
      }
    } else {
      const whole = new Uint8Array(await response.arrayBuffer());
      chunks.push(whole);
      onProgress({ loaded: whole.byteLength, total });
    }
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError('NETWORK', 'The download was cut off. Check your connection, then try again.', 0);
  }
  return { blob: new Blob(chunks, { type }), name: fileNameOf(response.headers.get('content-disposition')) };
}
