import { createServer, connect, type Server, type Socket } from 'node:net';

export type ProxyMode = 'forward' | 'blackhole';

export interface TcpProxy {
  /** Where clients connect: 127.0.0.1 and this port. */
  port: number;
  /** Connections open through the proxy now (client sides). */
  connections(): number;
  /**
   * 'forward' passes bytes both ways; 'blackhole' accepts connections and reads what is sent
   * but passes nothing on and answers nothing (a network that drops packets), for new and
   * already open connections alike.
   */
  setMode(mode: ProxyMode): void;
  /** Resets every open connection on both sides (TCP RST), as a crashed peer or a cut link would. */
  resetAll(): void;
  close(): Promise<void>;
}

interface Pair {
  client: Socket;
  upstream: Socket | null;
}

/**
 * A small TCP proxy in front of a real service (PostgreSQL, Redis) that a test can break on
 * demand: reset every connection, or drop all traffic. Listens on 127.0.0.1, port 0.
 */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let mode: ProxyMode = 'forward';
  const pairs = new Set<Pair>();

  const server: Server = createServer((client) => {
    const pair: Pair = { client, upstream: null };
    pairs.add(pair);
    client.on('error', () => {});
    client.on('close', () => {
      pairs.delete(pair);
      pair.upstream?.destroy();
    });
    // Bytes are passed by hand, not piped, so switching to blackhole stops them at once.
    client.on('data', (chunk) => {
      if (mode === 'forward') pair.upstream?.write(chunk);
    });
    if (mode === 'blackhole') return; // accepted, never connected on
    const upstream = connect(target.port, target.host);
    pair.upstream = upstream;
    client.pause();
    upstream.on('connect', () => client.resume());
    upstream.on('error', () => client.destroy());
    upstream.on('close', () => client.destroy());
    upstream.on('data', (chunk) => {
      if (mode === 'forward') client.write(chunk);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the proxy has no port');

  return {
    port: address.port,
    connections: () => pairs.size,
    setMode(next) {
      mode = next;
    },
    resetAll() {
      for (const pair of [...pairs]) {
        pair.client.resetAndDestroy();
        pair.upstream?.resetAndDestroy();
        pairs.delete(pair);
      }
    },
    async close() {
      for (const pair of pairs) {
        pair.client.destroy();
        pair.upstream?.destroy();
      }
      pairs.clear();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
