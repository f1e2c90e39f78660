import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotliOf = promisify(brotliCompress);
const gzipOf = promisify(gzip);
/** Files a browser downloads that compress well; images and fonts are compressed already. */
const compressible = /\.(js|css|html|svg|json|txt)$/;
/** Below this, a compressed copy saves less than a packet. */
const smallest = 1024;

/** Writes `path`.br and `path`.gz, each only if it is smaller than `body`. */
export async function writeCompressed(path: string, body: Buffer): Promise<void> {
  const [brotli, gzipped] = await Promise.all([
    brotliOf(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength },
    }),
    gzipOf(body, { level: 9 }),
  ]);
  await Promise.all([
    brotli.byteLength < body.byteLength ? writeFile(`${path}.br`, brotli) : undefined,
    gzipped.byteLength < body.byteLength ? writeFile(`${path}.gz`, gzipped) : undefined,
  ]);
}

/**
 * The Vite plugin that writes a brotli (`.br`) and a gzip (`.gz`) copy beside each built file
 * that compresses well, once, at build time, so the server sends the smaller copy a browser
 * accepts without compressing anything per request (@fastify/static's `preCompressed`,
 * src/server/http/web.ts). Both at their highest level: the time is the build's (on Node's
 * thread pool), not a person's.
 */
export function compressedAssets(): Plugin {
  return {
    name: 'compressed-assets',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? '';
      const files = Object.values(bundle)
        .filter((file) => compressible.test(file.fileName))
        .map((file) => ({ path: join(outDir, file.fileName), body: Buffer.from(file.type === 'chunk' ? file.code : file.source) }))
        .filter(({ body }) => body.byteLength >= smallest);
      await Promise.all(files.map(({ path, body }) => writeCompressed(path, body)));
    },
  };
}
