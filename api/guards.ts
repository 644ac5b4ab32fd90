// Limits that keep one request from taking the server down: query depth and
// complexity (validation rules), a maximum page size (checked by the services) and
// a request timeout (express middleware). Wired into api/server.ts.
import type { NextFunction, Request, Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import depthLimit from 'graphql-depth-limit';
import type { DocumentNode, GraphQLSchema, ValidationRule } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { apiError, errorResponse } from './errors.js';

export const LIMITS = {
  /**
   * Deepest selection allowed (graphql-depth-limit counts the root field as 0): browsing
   * needs matters > edges > node > responsibilities > agencies > name = 5.
   */
  maxDepth: 6,
  /** Each field costs 1, list fields declare more (see `complexity` on the decorators). */
  maxComplexity: 2000,
  /** Largest `first` any list argument accepts. */
  maxPageSize: 100,
  /** Whole request, HTTP in to response out. */
  requestTimeoutMs: 10_000,
  /** Longest question accepted (characters): a question, not a document. */
  maxQuestionLength: 500,
} as const;

/** Validation rules for ApolloServer's `validationRules`. */
export const validationRules: ValidationRule[] = [depthLimit(LIMITS.maxDepth)];

/** Complexities remembered per document (distinct variable sets). */
const COMPLEXITY_CACHE_SIZE = 1_000;

/**
 * Complexity is checked once the operation is resolved, so variables (`first: $n`)
 * count: a validation rule would see them unset.
 */
export function complexityPlugin(schema: GraphQLSchema): ApolloServerPlugin {
  const estimators = [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  // Apollo reuses one parsed DocumentNode per query text (its document cache), so the
  // complexity of (document, operation, variables) is computed once, not per request.
  const known = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          const variables = request.variables ?? {};
          const key = `${request.operationName ?? ''}\n${JSON.stringify(variables)}`;
          let byInput = known.get(document);
          if (!byInput) known.set(document, (byInput = new Map()));
          let complexity = byInput.get(key);
          if (complexity === undefined) {
            complexity = getComplexity({ schema, query: document, variables, operationName: request.operationName, estimators });
            // Questions vary without end: keep the memory of one document bounded.
            if (byInput.size >= COMPLEXITY_CACHE_SIZE) byInput.clear();
            byInput.set(key, complexity);
          }
          if (complexity > LIMITS.maxComplexity) {
            throw apiError('QUERY_TOO_COMPLEX', `查询过于复杂：复杂度 ${complexity}，上限 ${LIMITS.maxComplexity}`, {
              complexity,
              maximum: LIMITS.maxComplexity,
              http: { status: 400 },
            });
          }
        },
      };
    },
  };
}

/**
 * How many items a list field with a `first` argument costs for complexity: capped at the
 * maximum page size, so an oversized `first` is refused by pageSize as BAD_USER_INPUT
 * (naming the argument) rather than as an opaque complexity error.
 */
export function pageFactor(args: Record<string, unknown>, fallback: number): number {
  const first = typeof args.first === 'number' ? args.first : fallback;
  return Math.max(1, Math.min(first, LIMITS.maxPageSize));
}

/** `first` checked against the maximum page size; `fallback` when absent. */
export function pageSize(first: number | null | undefined, fallback: number): number {
  const n = first ?? fallback;
  if (!Number.isInteger(n) || n < 1 || n > LIMITS.maxPageSize) {
    throw apiError('BAD_USER_INPUT', `参数 first 必须在 1 到 ${LIMITS.maxPageSize} 之间，收到 ${n}`, { argumentName: 'first' });
  }
  return n;
}

/** The question, trimmed, refused when it is longer than a question can be. */
export function questionText(question: string): string {
  const text = question.trim();
  if ([...text].length > LIMITS.maxQuestionLength) {
    throw apiError('BAD_USER_INPUT', `问题过长：最多 ${LIMITS.maxQuestionLength} 个字`, { argumentName: 'question' });
  }
  return text;
}

/**
 * Answers 503 with a GraphQL error body when a request has not been answered in time.
 * The work still running is abandoned (its READ transaction times out on its own).
 */
export function requestTimeout(ms: number = LIMITS.requestTimeoutMs) {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.status(503).json(errorResponse('TIMEOUT', `请求超时（${ms} 毫秒）`));
    }, ms);
    res.on('finish', () => clearTimeout(timer));
    res.on('close', () => clearTimeout(timer));
    next();
  };
}
