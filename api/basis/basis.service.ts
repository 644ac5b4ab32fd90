import * as repo from '../../graph/repositories/basis.repository.js';
import type { Responsibility } from '../matter/responsibility.type.js';
import { pageSize } from '../guards.js';
import type { Basis } from './basis.type.js';

export const bases = (args: { text: string | null; first: number | null }): Promise<Basis[]> =>
  repo.listBases({ text: args.text || null, limit: pageSize(args.first, 50) });
export const basis = (key: string): Promise<Basis | null> => repo.basisByKey(key);
export const responsibilities = (b: Basis): Promise<Responsibility[]> => repo.basisResponsibilities(b.key);
