/**
 * Whether a request that changes something, or opens /collab, comes from a page of this
 * server (SPEC S1). Browsers send Origin on every POST, PUT, PATCH and DELETE, and on every
 * WebSocket opening; a page on a sibling site (another port, another subdomain) is same-site,
 * so SameSite=Lax still sends it our cookie, but its Origin differs. Referer is a fallback
 * for a browser that sends no Origin (our own pages send none: Referrer-Policy no-referrer).
 * With neither header the caller is not a browser page (the CLI, curl, a Yjs client): it holds
 * its own credentials, so it is let through.
 */
export interface OriginHeaders {
  origin?: string | undefined;
  referer?: string | undefined;
  host?: string | undefined;
}

export function originAllowed(headers: OriginHeaders, publicUrl: string | null): boolean {
  const claimed = headers.origin ?? headers.referer;
  if (claimed === undefined || claimed === '') return true;
  let from: URL;
  try {
    from = new URL(claimed);
  } catch {
    return false; // "null" (a sandboxed frame, a file) or garbage: not one of our pages
  }
  if (publicUrl !== null) return from.origin === publicUrl;
  // Without PUBLIC_URL the request's own Host is the only name we know; compare host and port
  // (the scheme may differ behind a proxy that ends TLS).
  if (!headers.host) return false;
  try {
    return new URL(`${from.protocol}//${headers.host}`).host === from.host;
  } catch {
    return false;
  }
}
