export * from './document.js';
export * from './extraction.js';
export * from './profile.js';
export * from './names.js';
