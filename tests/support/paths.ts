/** Paths the tests share. */
import { fileURLToPath } from 'node:url';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
export const fixtureSite = fileURLToPath(new URL('../fixtures/sites/minimal', import.meta.url));
