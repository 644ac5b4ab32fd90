import { describe, expect, it } from 'vitest';
import { ApiError, errorFromResponse } from '../../../web/src/api.js';
import { describeError } from '../../../web/src/errors.js';
import { strings } from '../../../web/src/strings.js';

describe('errors shown to people', () => {
  it('a down database wins over other errors in the same response', () => {
    const error = errorFromResponse([
      { message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      { message: '数据库不可用', extensions: { code: 'DATABASE_UNAVAILABLE' } },
    ]);
    expect(error.code).toBe('DATABASE_UNAVAILABLE');
    expect(describeError(error)).toBe(strings.state.databaseUnavailable);
  });

  it('names the unknown jurisdiction from the server message, else from the request', () => {
    const quoted = errorFromResponse([{ message: '未知的辖区“火星区”', extensions: { code: 'BAD_USER_INPUT' } }]);
    expect(describeError(quoted, '别的区')).toBe(strings.state.unknownJurisdiction('火星区'));
    const unquoted = errorFromResponse([{ message: 'Unknown jurisdiction', extensions: { code: 'BAD_USER_INPUT' } }]);
    expect(describeError(unquoted, '火星区')).toBe(strings.state.unknownJurisdiction('火星区'));
  });

  it('other bad input and unexpected failures keep the server message', () => {
    expect(describeError(new ApiError('BAD_USER_INPUT', 'first 超过上限'))).toBe(strings.state.badInput('first 超过上限'));
    expect(describeError(new Error('boom'))).toBe(strings.state.unknown('boom'));
    expect(describeError(new ApiError('NETWORK', 'TypeError'))).toBe(strings.state.network);
  });

  it('a refused write says why in words, whatever else the response holds', () => {
    for (const code of ['UNAUTHENTICATED', 'FORBIDDEN', 'RATE_LIMITED'] as const) {
      const error = errorFromResponse([
        { message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
        { message: 'refused', extensions: { code } },
      ]);
      expect(error.code).toBe(code);
      expect(describeError(error)).toBe(strings.refusal[code]);
    }
  });
});
