export * from './working-calendar.js';
export * from './deadline.js';
export * from './holidays.js';
