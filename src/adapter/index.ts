export type * from './port.js';
export type * from './moderation.port.js';
export { chorusContext, type ChorusContextValue } from './context.js';
export { setDefaultAdapter, getDefaultAdapter } from './default.js';
