import type { Page } from 'playwright-core';

export interface HeldSockets {
  /** From now on, messages in both directions wait: the page and the server stop hearing each other. */
  hold(): void;
  /** Delivers what waited, in order, and lets messages through again. */
  release(): void;
  /** The size in bytes of every message so far, by the way it went. */
  sizes: { toServer: number[]; toPage: number[] };
}

/**
 * Puts the page's /collab WebSockets through a gate the test opens and closes, so that two
 * tabs can act "at the same moment" deterministically: hold one tab, act in both, release.
 * (Emulating the browser offline does not close an open WebSocket in Chromium, so it cannot
 * do this.) Call before the page connects.
 */
export async function holdableSockets(page: Page): Promise<HeldSockets> {
  let holding = false;
  const waiting: (() => void)[] = [];
  const sizes = { toServer: [] as number[], toPage: [] as number[] };
  const pass = (deliver: () => void) => (holding ? waiting.push(deliver) : deliver());
  const sizeOf = (message: string | Buffer) => (typeof message === 'string' ? Buffer.byteLength(message) : message.length);
  await page.routeWebSocket(/\/collab$/, (ws) => {
    const server = ws.connectToServer();
    ws.onMessage((message) => {
      sizes.toServer.push(sizeOf(message));
      pass(() => server.send(message));
    });
    server.onMessage((message) => {
      sizes.toPage.push(sizeOf(message));
      pass(() => ws.send(message));
    });
  });
  return {
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const deliver of waiting.splice(0)) deliver();
    },
    sizes,
  };
}
