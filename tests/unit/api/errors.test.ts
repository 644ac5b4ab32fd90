import { GraphQLError } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { formatError } from '../../../api/errors.js';
import { GraphError, unknownCursor, unknownJurisdiction, unresolvedAgencies } from '../../../graph/errors.js';

const formatted = (extensions: Record<string, unknown> = {}) => ({
  message: 'raw message',
  path: ['q'],
  extensions: { stacktrace: ['at x'], ...extensions },
});
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
    expect(formatError(formatted({ code: 'GRAPHQL_VALIDATION_FAILED' }), new GraphQLError('x')).extensions).toEqual({
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it("turns the graph's domain failures into BAD_USER_INPUT naming the argument and what was not found", () => {
    process.env.NODE_ENV = 'production';
    const place = formatError(formatted(), wrapped(unknownJurisdiction('火星区')));
    expect(place.message).toBe('未知的辖区：火星区');
    expect(place.extensions).toEqual({ code: 'BAD_USER_INPUT', argumentName: 'jurisdiction', jurisdiction: '火星区' });
    const agencies = formatError(
      formatted(),
      wrapped(unresolvedAgencies(['甲局'], [{ name: '公安局', candidates: ['公安分局', '公安局交警大队'] }])),
    );
    expect(agencies.message).toBe('辖区内未找到部门：甲局；“公安局”可能指：公安分局、公安局交警大队，请写全称');
    expect(agencies.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'agencies', agencies: ['甲局'] });
    expect(formatError(formatted(), wrapped(unresolvedAgencies([], [{ name: '公安局', candidates: ['甲', '乙'] }]))).extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    const cursor = formatError(formatted(), wrapped(unknownCursor('x1')));
    expect(cursor.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argumentName: 'after' });
    expect(cursor.message).toBe('无效的游标：x1');
  });
});
