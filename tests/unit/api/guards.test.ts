import type { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { LIMITS, pageFactor, pageSize, questionText } from '../../../api/guards.js';

const codeOf = (work: () => unknown): unknown => {
  try {
    work();
  } catch (e) {
    return (e as GraphQLError).extensions?.code;
  }
  return 'no error';
};

describe('pageSize', () => {
  it('uses the default when first is absent and accepts the maximum', () => {
    expect(pageSize(null, 20)).toBe(20);
    expect(pageSize(LIMITS.maxPageSize, 20)).toBe(LIMITS.maxPageSize);
  });

  it('refuses zero, negatives, fractions and oversized pages as BAD_USER_INPUT', () => {
    for (const n of [0, -1, 2.5, LIMITS.maxPageSize + 1])
      expect(
        codeOf(() => pageSize(n, 20)),
        String(n),
      ).toBe('BAD_USER_INPUT');
  });
});

describe('pageFactor', () => {
  it('caps the complexity multiplier at the maximum page size', () => {
    expect(pageFactor({ first: 10_000 }, 5)).toBe(LIMITS.maxPageSize);
    expect(pageFactor({}, 5)).toBe(5);
    expect(pageFactor({ first: -3 }, 5)).toBe(1);
  });
});

describe('questionText', () => {
  it('trims and refuses what is too long to be a question', () => {
    expect(questionText('  炼油谁管？ ')).toBe('炼油谁管？');
    expect(codeOf(() => questionText('问'.repeat(LIMITS.maxQuestionLength + 1)))).toBe('BAD_USER_INPUT');
  });
});
