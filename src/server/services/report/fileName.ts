import { truncateText } from '../../../shared/index.js';

/**
 * A download's file name from a title: "Open Cities demo" → "open-cities-demo-report.pdf".
 * The header carries an ASCII name for every client and the UTF-8 one (RFC 6266) for those
 * that read it; quotes, slashes and control characters never reach either.
 */
export function attachment(title: string, suffix: string, extension: string): string {
  const words = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const ascii = `${
    words
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'board'
  }-${suffix}.${extension}`;
  const utf8 = `${truncateText(title.replace(/[\u0000-\u001f"/\\]+/g, ' ').trim(), 80, '') || 'board'} ${suffix}.${extension}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(utf8)}`;
}
