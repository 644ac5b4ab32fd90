import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { formatError } from '../../../api/errors.js';
import { GraphError } from '../../../graph/errors.js';

const formatted = (extensions: Record<string, unknown> = {}) => ({ message: 'raw message', path: ['q'], extensions: { stacktrace: ['at x'], ...extensions } });
// Apollo hands formatError the resolver error wrapped in a GraphQLError.
const wrapped = (original: Error) => new GraphQLError(original.message, { originalError: original, path: ['q'] });

describe('formatError', () => {
  const env = process.env.NODE_ENV;
  afterEach(() => {
    process.env.NODE_ENV = env;
  });

  it('turns an unreachable database into DATABASE_UNAVAILABLE with a Chinese message and no stack', () => {
    const out = formatError(formatted(), wrapped(new GraphError('DATABASE_UNAVAILABLE')));
    expect(out.extensions).toEqual({ code: 'DATABASE_UNAVAILABLE', retryable: true });
    expect(out.message).toMatch(/^数据库不可用/);
  });

  it('hides internal errors behind INTERNAL_SERVER_ERROR outside development', () => {
    process.env.NODE_ENV = 'production';
    const out = formatError(formatted(), wrapped(new TypeError('secret detail')));
    expect(out.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(out.message).not.toMatch(/secret/);
    const query = formatError(formatted(), wrapped(new GraphError('INVALID_QUERY', { message: 'Invalid input MATCH' })));
    expect(query.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
    expect(query.message).not.toMatch(/MATCH/);
  });

  it('keeps details and the stack trace in development', () => {
    process.env.NODE_ENV = 'development';
    const out = formatError(formatted(), wrapped(new TypeError('secret detail')));
    expect(out.message).toBe('raw message');
    expect(out.extensions?.stacktrace).toEqual(['at x']);
  });

  it('passes BAD_USER_INPUT and request-validation codes through', () => {
    process.env.NODE_ENV = 'production';
    const input = new GraphQLError('参数 first 必须在 1 到 100 之间', { extensions: { code: 'BAD_USER_INPUT', argumentName: 'first' } });
    expect(formatError(formatted({ code: 'BAD_USER_INPUT', argumentName: 'first' }), input).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      argumentName: 'first',
    });
    expect(formatError(formatted({ code: 'GRAPHQL_VALIDATION_FAILED' }), new GraphQLError('x')).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });
});
