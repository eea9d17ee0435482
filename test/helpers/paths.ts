import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));
export const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
/** The instant the test build treats as "now": after every seed event. */
export const TEST_NOW = '2026-11-22T12:00:00+05:00';
