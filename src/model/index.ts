export * from './document.js';
export * from './extraction.js';
