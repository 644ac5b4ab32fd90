import { listJurisdictions } from '../../graph/repositories/jurisdiction.repository.js';
import type { Jurisdiction } from './jurisdiction.type.js';

export function jurisdictions(): Promise<Jurisdiction[]> {
  return listJurisdictions();
}
