// TODO(issue 9): server/feedback.store.ts, server/routes/{feedback,polls}.ts and server/test/* still
// import from here; the secrets live in src/core/secret.ts. Delete this file once they switch.
export * from '../../core/secret.js';
