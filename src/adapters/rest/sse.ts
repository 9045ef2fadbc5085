/**
 * A Server-Sent Events parser for streams read with fetch (EventSource cannot send headers such
 * as `Authorization`). It follows the HTML standard's "interpreting an event stream": lines end
 * in CRLF, LF or CR (also split across chunks); `:` starts a comment; `data` lines join with LF;
 * an event is dispatched at a blank line, only if it has data; `id` without NUL sets the last
 * event id (kept across events); `retry` sets the reconnection time; an event left unfinished
 * when the stream ends is dropped. About 60 lines, so no dependency for it.
 */
export interface SseMessage {
  /** The `event` field, `message` when absent. */
  type: string;
  data: string;
  /** The last event id seen so far on this stream ('' if none). */
  lastEventId: string;
}

export class SseParser {
  lastEventId = '';
  /** Milliseconds from the last `retry:` field, if any. */
  retry: number | null = null;
  private buffer = '';
  private data = '';
  private type = '';
  private sawData = false;
  private started = false;
  private pendingCR = false;

  constructor(private readonly onMessage: (message: SseMessage) => void) {}

  /** Feeds decoded text; complete lines are interpreted at once. */
  push(text: string): void {
    if (!this.started && text) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    }
    // A CR that ended the previous chunk already ended its line; a LF right after it is its pair.
    if (this.pendingCR && text.startsWith('\n')) text = text.slice(1);
    this.pendingCR = false;
    this.buffer += text;
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const c = this.buffer[i];
      if (c !== '\n' && c !== '\r') continue;
      this.line(this.buffer.slice(start, i));
      if (c === '\r') {
        if (i + 1 === this.buffer.length) this.pendingCR = true;
        else if (this.buffer[i + 1] === '\n') i++;
      }
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
  }

  private line(line: string): void {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.type = value;
        break;
      case 'data':
        this.data += `${value}\n`;
        this.sawData = true;
        break;
      case 'id':
        if (!value.includes('\0')) this.lastEventId = value;
        break;
      case 'retry':
        if (/^\d+$/.test(value)) this.retry = Number(value);
        break;
    }
  }

  private dispatch(): void {
    const message = { type: this.type || 'message', data: this.data.slice(0, -1), lastEventId: this.lastEventId };
    const send = this.sawData;
    this.data = '';
    this.type = '';
    this.sawData = false;
    if (send) this.onMessage(message);
  }
}
