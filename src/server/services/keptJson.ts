import { promisify } from 'node:util';
import { gzip } from 'node:zlib';

const gzipOf = promisify(gzip);

/** A JSON answer the server keeps (a board's map read, a city's atlas), with its gzip made once. */
export interface KeptJson {
  json: string;
  gzip: Uint8Array;
}

/** `json` and its gzip, made on Node's thread pool, not the server's thread. */
export async function keptJson(json: string): Promise<KeptJson> {
  return { json, gzip: await gzipOf(json) };
}
