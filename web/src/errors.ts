// Turns an API failure into the sentence a person sees. Pure, unit-tested.

import { ApiError } from './api.js';
import { strings } from './strings.js';

/** The jurisdiction named by a BAD_USER_INPUT message, when the server says it is unknown. */
function unknownJurisdiction(message: string, jurisdiction: string | null): string | null {
  if (!/辖区|jurisdiction/i.test(message)) return null;
  const quoted = /[“"「]([^”"」]+)[”"」]/.exec(message)?.[1];
  return quoted ?? jurisdiction;
}

export function describeError(error: unknown, jurisdiction: string | null = null): string {
  if (!(error instanceof ApiError)) return strings.state.unknown(error instanceof Error ? error.message : String(error));
  switch (error.code) {
    case 'DATABASE_UNAVAILABLE':
      return strings.state.databaseUnavailable;
    case 'NETWORK':
      return strings.state.network;
    case 'TIMEOUT':
      return strings.state.timeout;
    case 'BAD_USER_INPUT': {
      const name = unknownJurisdiction(error.message, jurisdiction);
      return name ? strings.state.unknownJurisdiction(name) : strings.state.badInput(error.message);
    }
    case 'UNAUTHENTICATED':
    case 'FORBIDDEN':
    case 'RATE_LIMITED':
    case 'PAYLOAD_TOO_LARGE':
    case 'NOT_FOUND':
      return strings.refusal[error.code];
    case 'UNKNOWN':
      return strings.state.unknown(error.message);
  }
}
