// Limits that keep one request from taking the server down: document size (tokens),
// query depth and operation types (validation rules), complexity with a cost for every
// root field (each is a database round trip or a ranking: aliasing one many times is
// many requests in one), a maximum page size (checked by the services) and a request
// timeout (express middleware). Wired into api/server.ts.
import type { NextFunction, Request, Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type ASTVisitor,
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { apiError, errorResponse } from './errors.js';

export const LIMITS = {
  /**
   * Deepest selection allowed (the root field counts as 0: depthLimitRule): browsing
   * needs matters > edges > node > responsibilities > agencies > name = 5.
   */
  maxDepth: 6,
  /**
   * Each field costs 1, list fields declare more (see `complexity` on the decorators), and
   * every root field `rootFieldCost` more.
   */
  maxComplexity: 2000,
  /** Extra cost of every root field (health included): each one is a round trip to Neo4j or more. */
  rootFieldCost: 100,
  /** Most questions (whoHandles, ask, whereToComplain: each ranks every row of a county) in one request. */
  maxQuestions: 3,
  /** Most root fields (aliases included) in one request: each is at least one round trip to Neo4j. */
  maxRootFields: 10,
  /** Most lexical tokens a document may have: refused while parsing, before any validation work. */
  maxTokens: 2_000,
  /** Largest `first` any list argument accepts. */
  maxPageSize: 100,
  /** Whole request, HTTP in to response out. */
  requestTimeoutMs: 10_000,
  /** Longest question accepted (characters): a question, not a document. */
  maxQuestionLength: 500,
} as const;

/**
 * Refuses an operation whose selections nest deeper than `maxDepth` (the root field counts
 * as 0; introspection fields are not counted), following fragment spreads. A fragment that
 * spreads itself (directly or not) is graphql's own NoFragmentCyclesRule's error; here a
 * spread already on the path is simply not followed again, so a cycle cannot loop.
 */
export function depthLimitRule(maxDepth: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const deepest = (set: SelectionSetNode, depth: number, path: Set<string>): number => {
      let max = depth;
      for (const selection of set.selections) {
        if (max > maxDepth) break;
        if (selection.kind === Kind.FIELD) {
          if (selection.name.value.startsWith('__')) continue;
          if (selection.selectionSet) max = Math.max(max, deepest(selection.selectionSet, depth + 1, path));
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          max = Math.max(max, deepest(selection.selectionSet, depth, path));
        } else {
          const name = selection.name.value;
          const fragment = fragments.get(name);
          if (!fragment || path.has(name)) continue;
          max = Math.max(max, deepest(fragment.selectionSet, depth, new Set(path).add(name)));
        }
      }
      return max;
    };
    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        // The root fields are at depth 0, their selections at 1.
        const depth = deepest(operation.selectionSet, 0, new Set());
        if (depth > maxDepth) {
          const name = operation.name ? `'${operation.name.value}'` : 'The operation';
          context.reportError(
            new GraphQLError(`${name} exceeds maximum operation depth of ${maxDepth}（查询嵌套过深：上限 ${maxDepth} 层）`, {
              nodes: [operation],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maximumDepth: maxDepth },
            }),
          );
        }
      },
    };
  };
}

/**
 * Refuses operations whose root type the schema does not have (`subscription`: there is
 * none) as validation errors: graphql-js validates them against a schema without that type
 * and only fails when executing, which would leave as an internal error. Mutations are the
 * writes (each one checks the editor token itself: api/auth/editor.ts); Apollo refuses them
 * over GET.
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(operation) {
    if (context.getSchema().getRootType(operation.operation)) return;
    context.reportError(
      new GraphQLError(`不支持 ${operation.operation} 操作：本接口只提供 query 和 mutation`, {
        nodes: [operation],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      }),
    );
  },
});

/**
 * Refuses an operation with more than `maxRootFields` root fields or more than `maxQuestions`
 * questions (root fields with a `question` argument), aliases and fragments included: each
 * root field is a round trip to Neo4j (health too) and each question a ranking of every row
 * of a county, so aliasing one would multiply one request's work.
 */
export function rootFieldLimitRule(maxRootFields: number, maxQuestions: number): ValidationRule {
  return (context) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const d of context.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
    const query = context.getSchema().getQueryType();
    const isQuestion = (name: string) => query?.getFields()[name]?.args.some((a) => a.name === 'question') ?? false;
    /** The root field names selected, one per alias. */
    const rootFields = (set: SelectionSetNode, seen: Set<string>): string[] =>
      set.selections.flatMap((selection) => {
        if (selection.kind === Kind.FIELD) return selection.name.value.startsWith('__') ? [] : [selection.name.value];
        if (selection.kind === Kind.INLINE_FRAGMENT) return rootFields(selection.selectionSet, seen);
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(selection.name.value)) return [];
        return rootFields(fragment.selectionSet, new Set(seen).add(selection.name.value));
      });
    return {
      OperationDefinition(operation) {
        // A mutation's root fields are each a write transaction: limited like a query's.
        if (operation.operation === 'subscription') return;
        const fields = rootFields(operation.selectionSet, new Set());
        const questions = fields.filter(isQuestion).length;
        if (fields.length > maxRootFields) {
          context.reportError(
            new GraphQLError(`一次请求最多 ${maxRootFields} 个顶层字段，收到 ${fields.length} 个`, {
              nodes: [operation],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maximumRootFields: maxRootFields },
            }),
          );
        } else if (questions > maxQuestions) {
          context.reportError(
            new GraphQLError(`一次请求最多 ${maxQuestions} 个问题，收到 ${questions} 个`, {
              nodes: [operation],
              extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maximumQuestions: maxQuestions },
            }),
          );
        }
      },
    };
  };
}

/** Validation rules for ApolloServer's `validationRules`. */
export const validationRules: ValidationRule[] = [
  knownOperationTypesRule,
  depthLimitRule(LIMITS.maxDepth),
  rootFieldLimitRule(LIMITS.maxRootFields, LIMITS.maxQuestions),
];

/**
 * Every root field costs `rootFieldCost` more than its own estimate: an alias is one more
 * resolver call, a database round trip (health too) or a ranking, so `{ a: health b: health … }`
 * is priced per alias.
 */
export function rootFieldEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const own = fieldExtensionsEstimator();
  const roots = new Set<unknown>([schema.getQueryType(), schema.getMutationType()].filter((t) => t != null));
  return (options) => {
    if (!roots.has(options.type)) return undefined;
    return (own(options) ?? 1 + options.childComplexity) + LIMITS.rootFieldCost;
  };
}

/** The complexity of an operation as the plugin counts it. */
export function operationComplexity(
  schema: GraphQLSchema,
  query: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string,
): number {
  const estimators = [rootFieldEstimator(schema), fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];
  return getComplexity({ schema, query, variables, operationName, estimators });
}

/** Complexities remembered per document (distinct variable sets). */
const COMPLEXITY_CACHE_SIZE = 1_000;

/**
 * Complexity is checked once the operation is resolved, so variables (`first: $n`)
 * count: a validation rule would see them unset.
 */
export function complexityPlugin(schema: GraphQLSchema): ApolloServerPlugin {
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
            complexity = operationComplexity(schema, document, variables, request.operationName ?? undefined);
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
