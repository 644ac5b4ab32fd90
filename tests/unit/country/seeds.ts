// Where the country tests find the seeds (read in place from ../shared/seeds, never copied)
// and the distributions the generator draws from.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Distributions } from '../../../tools/country/distributions';

const REPO = path.resolve(import.meta.dirname, '../../..');
export const SEEDS = path.resolve(REPO, '../shared/seeds');
export const DISTRIBUTIONS = JSON.parse(readFileSync(path.join(REPO, 'tools/country/distributions.json'), 'utf8')) as Distributions;
