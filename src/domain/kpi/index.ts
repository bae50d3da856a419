export * from './compute.js';
export * from './definitions.js';
export * from './facts.js';
export * from './period.js';
export * from './stats.js';
export * from './working-time.js';
