import { connect, createServer, type Server, type Socket } from 'node:net';

export interface LoadBalancer {
  /** Where clients connect: 127.0.0.1 and this port. */
  port: number;
  /** Open client connections per backend port, now. */
  connectionsTo(backendPort: number): number;
  close(): Promise<void>;
}

/**
 * A TCP load balancer in front of several server instances, as a reverse proxy without sticky
 * sessions would be: each new connection goes to the next backend in turn, or to the one after
 * it when that one does not accept (a killed instance). When a backend's connection ends, the
 * client's ends too, so a client reconnects and lands on an instance that is up.
 */
export async function startLoadBalancer(backendPorts: readonly number[]): Promise<LoadBalancer> {
  let next = 0;
  const open = new Map<Socket, number>();

  function forward(client: Socket, attempt: number): void {
    if (attempt >= backendPorts.length) {
      client.destroy();
      return;
    }
    const port = backendPorts[(next + attempt) % backendPorts.length]!;
    const upstream = connect(port, '127.0.0.1');
    let connected = false;
    upstream.on('error', () => {
      if (connected) client.destroy();
      else forward(client, attempt + 1);
    });
    upstream.once('connect', () => {
      connected = true;
      next = (next + attempt + 1) % backendPorts.length;
      open.set(client, port);
      client.on('close', () => {
        open.delete(client);
        upstream.destroy();
      });
      upstream.on('close', () => client.destroy());
      client.pipe(upstream);
      upstream.pipe(client);
      client.resume();
    });
  }

  const server: Server = createServer((client) => {
    client.pause();
    client.on('error', () => client.destroy());
    forward(client, 0);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('the load balancer has no port');
  return {
    port: address.port,
    connectionsTo: (backendPort) => [...open.values()].filter((p) => p === backendPort).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of open.keys()) client.destroy();
        server.close(() => resolve());
      }),
  };
}
