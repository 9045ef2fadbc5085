/*
 * The fan-out's listeners (bench/server-load.ts), in a worker thread: event streams as browsers
 * would hold them, so parsing what they receive is not counted in the server's event loop. Opens
 * `count` streams (topics kudos and poll) signed in as `people` in turn, posts `ready` once each
 * has its opening frame, then `{ at }` (ms since the epoch, sub-millisecond) each time a stream
 * receives an event about poll-lunch. Stops when the parent posts `close`.
 */
import { request } from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { port, path, count, people } = workerData;
const now = () => performance.timeOrigin + performance.now();
const streams = [];
await Promise.all(
  Array.from(
    { length: count },
    (_, i) =>
      new Promise((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path, headers: { 'x-remote-user': people[i % people.length], accept: 'text/event-stream' } }, (res) => {
          res.setEncoding('utf8');
          res.on('data', (chunk) => {
            resolve(); // Connected: the opening frame came (again later: no effect).
            if (chunk.includes('"poll-lunch"')) parentPort.postMessage({ at: now() });
          });
        });
        req.on('error', reject);
        req.end();
        streams.push(req);
      }),
  ),
);
parentPort.postMessage('ready');
parentPort.on('message', (message) => {
  if (message !== 'close') return;
  for (const stream of streams) stream.destroy();
  parentPort.close();
});
