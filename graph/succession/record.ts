// A local succession record as the graph keeps it, and its key. Pure: the repository writes
// and reads these; answers use the events inside.
import type { SuccessionEvent } from '../../domain/succession/model.js';

export interface SuccessionRecord {
  /** `<jurisdictionKey>|succession|<event id>`: an event id is unique within its jurisdiction. */
  key: string;
  jurisdictionKey: string;
  event: SuccessionEvent;
  /** The table file it was loaded from (as loaded), null when an editor recorded it. */
  file: string | null;
  line: number | null;
  recordedAt: string;
  recordedBy: string;
  auditKey: string | null;
}

export function successionRecordKey(jurisdictionKey: string, eventId: string): string {
  return `${jurisdictionKey}|succession|${eventId.replace(/\s+/g, '')}`;
}

/** The node's properties (the event as JSON). */
export function recordProperties(r: SuccessionRecord): Record<string, unknown> {
  return {
    key: r.key,
    id: r.event.id,
    jurisdictionKey: r.jurisdictionKey,
    kind: r.event.kind,
    effective: r.event.effective,
    event: JSON.stringify(r.event),
    file: r.file,
    line: r.line,
    recordedAt: r.recordedAt,
    recordedBy: r.recordedBy,
    auditKey: r.auditKey,
  };
}
