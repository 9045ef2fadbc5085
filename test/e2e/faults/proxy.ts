import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * A proxy on 127.0.0.1 in front of the reference server that misbehaves as networks do: it drops
 * a share of API requests (half before the server sees them, half after: the answer is lost), has
 * outages (every request cut), and answers slowly. The event stream and sign-in go through as is.
 */

export interface Faults {
  /** Share of API requests dropped, 0..1. */
  dropRate: number;
  /** Every request cut at once. */
  outage: boolean;
  /** Milliseconds added before an answer is passed on. */
  slowMs: number;
  /** Up to this many milliseconds (at random) before a request is passed on: requests overtake each other. */
  jitterMs: number;
}

export interface FaultProxy {
  url: string;
  faults: Faults;
  /** Requests dropped so far: before the server saw them, and after (answer lost). */
  dropped: { before: number; after: number };
  close(): Promise<void>;
}

export async function startFaultProxy(target: string, random: () => number): Promise<FaultProxy> {
  const upstream = new URL(target);
  const faults: Faults = { dropRate: 0, outage: false, slowMs: 0, jitterMs: 0 };
  const dropped = { before: 0, after: 0 };
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = req.url ?? '/';
    const api = path.startsWith('/api/');
    const exempt = !api || path.startsWith('/api/chorus/events') || path.startsWith('/api/chorus/session');
    if (faults.outage && api) return void req.socket.destroy();
    const drop = !exempt && random() < faults.dropRate ? (random() < 0.5 ? 'before' : 'after') : null;
    if (drop === 'before') {
      dropped.before++;
      return void req.socket.destroy();
    }
    const delay = faults.jitterMs && !exempt ? Math.floor(random() * faults.jitterMs) : 0;
    const out = request({ host: upstream.hostname, port: upstream.port, method: req.method, path, headers: req.headers }, (answer) => {
      if (drop === 'after') {
        // The server did the work; the client never hears of it.
        dropped.after++;
        answer.resume();
        answer.on('end', () => req.socket.destroy());
        return;
      }
      const pass = () => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      };
      if (faults.slowMs && !exempt) setTimeout(pass, faults.slowMs);
      else pass();
    });
    out.on('error', () => req.socket.destroy());
    if (delay) {
      // Held whole, then sent: a later request may reach the server first.
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => setTimeout(() => out.end(Buffer.concat(chunks)), delay));
    } else req.pipe(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    faults,
    dropped,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
