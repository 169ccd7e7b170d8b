/** Writes conformance/trust/{keys,cases} deterministically (see ./vectors.ts). */
import { resolve } from 'node:path';
import { generateVectors } from './vectors.js';

const dir = resolve(import.meta.dirname, '..', '..', '..', 'conformance', 'trust');
const names = generateVectors(dir);
console.log(`wrote ${names.length} cases into ${dir}`);
