export { RestAdapter, type RestAdapterOptions } from './rest.adapter.js';
export { UnauthenticatedError } from './errors.js';
