/** `npm run schemas`: writes the JSON Schemas of the collections into public/schemas/ for editors. */
import { resolve } from 'node:path';
import { writeJsonSchemas } from '../src/lib/json-schemas.ts';

const changed = writeJsonSchemas(resolve('.'));
console.log(changed.length === 0 ? 'JSON Schemas are up to date.' : `Wrote ${changed.join(', ')}`);
