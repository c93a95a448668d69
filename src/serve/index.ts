export { createApp, DEFAULT_MAX_BODY_BYTES, SECURITY_HEADERS, type AppOptions } from './app.js';
export { startServer, defaultWebRoot, type RunningServer } from './server.js';
