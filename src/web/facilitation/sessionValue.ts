/**
 * This tab's memory (sessionStorage): survives a reload, not closing the tab, which is what
 * "following" and "where I was last sent" should do. Storage can be refused (private modes,
 * blocked cookies): then nothing is remembered and nothing breaks.
 */
export function readSessionValue(key: string): string | null {
  try {
    return window.sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeSessionValue(key: string, value: string | null): void {
  try {
    if (value === null) window.sessionStorage.removeItem(key);
    else window.sessionStorage.setItem(key, value);
  } catch {
    // Not remembered: the next reload starts afresh.
  }
}
