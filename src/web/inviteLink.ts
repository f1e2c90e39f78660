/**
 * The invite code in what someone pasted: a whole link (`https://host/join/<code>`), a path
 * (`/join/<code>`) or the code alone. Null when it is none of these.
 */
export function inviteCodeFrom(pasted: string): string | null {
  const text = pasted.trim();
  const inLink = /\/join\/([A-Za-z0-9_-]+)/.exec(text);
  if (inLink?.[1]) return inLink[1];
  return /^[A-Za-z0-9_-]{4,}$/.test(text) ? text : null;
}
