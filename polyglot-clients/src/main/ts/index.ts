// The entry point of the @live-engine/client package: the generated client (./client, generated from
// the spec at build time) and the hand-written helpers beside it. The webhook helper, which needs
// Node.js, is the separate entry point @live-engine/client/webhooks.
export * from './client/index';
export * from './config';
export * from './errors';
