import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * One polite live region per element. `announce()` clears then sets the text on the next frame,
 * so repeating the same message is still read out.
 */
export class AnnouncerController implements ReactiveController {
  message = '';

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  announce(message: string): void {
    this.message = '';
    this.host.requestUpdate();
    requestAnimationFrame(() => {
      this.message = message;
      this.host.requestUpdate();
    });
  }

  render(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.message}</div>`;
  }
}
