import { html, type TemplateResult } from 'lit';
import { kudosHandlers, type KudosMockOptions } from '../../mocks/kudos.handlers.js';

/*
 * What the "on a REST backend" stories share: the widget inside a `<chorus-provider endpoint>`
 * (so the page has no script of its own), and the mocked backend's handlers per story.
 */

/** The story's page: a column of `width` holding a provider that makes the REST adapter for `endpoint`. */
export const onEndpoint = (endpoint: string, width: string, widget: TemplateResult) => html`
  <div style="max-width: ${width}">
    <chorus-provider endpoint=${endpoint}>${widget}</chorus-provider>
  </div>
`;

/** `parameters` for a story served by the mocked contract, with these knobs. */
export const backend = (options?: KudosMockOptions) => ({ msw: { handlers: kudosHandlers(options) } });

/** Every request takes 0.8–2.5 s. */
export const SLOW: KudosMockOptions = { delay: [800, 2500] };
