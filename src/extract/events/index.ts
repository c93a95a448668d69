// Typed events and cyber operations (issue 4): see extract.ts for the clause rules and cyber.ts for operations.
export { extractEvents, type EventInputs } from './extract.js';
export { buildOperations, attributionHow } from './cyber.js';
export { findDates } from './dates.js';
export { actorsMatch } from './match.js';
