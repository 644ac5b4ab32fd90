import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { GraphError, fromExecution, toGraphError } from '../../../graph/errors.js';

const neo4jError = (code: string) => new Neo4jError('driver message', code, 'N/A', 'N/A');

describe('toGraphError', () => {
  it.each([
    ['ServiceUnavailable', 'DATABASE_UNAVAILABLE', true],
    ['SessionExpired', 'DATABASE_UNAVAILABLE', true],
    ['Neo.ClientError.Security.Unauthorized', 'AUTHENTICATION_FAILED', false],
    ['Neo.ClientError.Database.DatabaseNotFound', 'DATABASE_NOT_FOUND', false],
    ['Neo.ClientError.Schema.ConstraintValidationFailed', 'CONSTRAINT_VIOLATION', false],
    ['Neo.TransientError.Transaction.DeadlockDetected', 'TRANSIENT', true],
    ['Neo.ClientError.Transaction.TransactionTimedOut', 'QUERY_TIMEOUT', false],
    ['Neo.ClientError.Statement.SyntaxError', 'INVALID_QUERY', false],
    ['Neo.DatabaseError.General.UnknownError', 'QUERY_FAILED', false],
  ])('maps %s to %s', (neo4jCode, code, retryable) => {
    const error = toGraphError(neo4jError(neo4jCode));
    expect(error).toBeInstanceOf(GraphError);
    expect(error.code).toBe(code);
    expect(error.retryable).toBe(retryable);
    expect(error.neo4jCode).toBe(neo4jCode);
  });

  it('says "数据库不可用" for an unreachable server', () => {
    expect(toGraphError(neo4jError('ServiceUnavailable')).message).toMatch(/^数据库不可用/);
    expect(toGraphError(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })).code).toBe('DATABASE_UNAVAILABLE');
  });

  it('lets errors that are not from the driver pass through the execution path untouched', () => {
    const bug = new TypeError('x is undefined');
    expect(fromExecution(bug)).toBe(bug);
    expect(fromExecution(neo4jError('ServiceUnavailable'))).toBeInstanceOf(GraphError);
  });
});
