import type { Duplex } from 'node:stream';
import { errorBody } from '../edge/errors.js';

/*
 * Requests Node refuses before any route sees them (headers past its 16 KB, a malformed request
 * line) get the contract's ErrorBody like every other answer, not Node's bare status line: 431
 * (declared on every operation) for headers too large, 400 for the rest.
 */

interface NodeServer {
  on(event: 'clientError', listener: (error: Error & { code?: string }, socket: Duplex) => void): unknown;
}

export function answerClientErrors(server: NodeServer): void {
  server.on('clientError', (error, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    const body = JSON.stringify(
      tooLarge ? errorBody('payload-too-large', "The request's headers are too large.") : errorBody('validation', 'The request is malformed.'),
    );
    socket.end(
      `HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${body}`,
    );
  });
}
