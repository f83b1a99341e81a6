import type { GatewayPlugin } from '@graphql-hive/gateway-runtime';
import { GraphQLError, Kind, Lexer, parse, Source, TokenKind, visit } from 'graphql';
import type { ASTVisitor, DocumentNode, ParseOptions, FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode, ValidationContext } from 'graphql';

export interface QueryLimits {
  /** UTF-8 bytes of the document: bounds what no token count sees (whitespace, commas, the text of comments). */
  maxDocumentBytes: number;
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxDirectives: number;
}

const limitError = (message: string) => new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: true } });

function depthOf(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) {
    return 0;
  }
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      if (sel.name.value.startsWith('__')) {
        continue; // introspection is bounded by the schema itself
      }
      max = Math.max(max, 1 + depthOf(sel.selectionSet, fragments, seen));
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, depthOf(sel.selectionSet, fragments, seen));
    } else {
      const name = sel.name.value;
      const fragment = fragments.get(name);
      if (fragment && !seen.has(name)) {
        max = Math.max(max, depthOf(fragment.selectionSet, fragments, new Set(seen).add(name)));
      }
    }
  }
  return max;
}

/** Depth of each operation (fragments followed, introspection skipped) and the document's aliases and directives. */
export function documentShape(doc: DocumentNode): { operations: number[]; aliases: number; directives: number } {
  let aliases = 0;
  let directives = 0;
  visit(doc, {
    Field(node) {
      aliases += node.alias ? 1 : 0;
    },
    Directive() {
      directives += 1;
    },
  });
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const operations = doc.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => depthOf(op.selectionSet, fragments, new Set()));
  return { operations, aliases, directives };
}

/** Validation rule: depth per operation, aliases and directives per document. */
export function limitsRule(limits: QueryLimits) {
  return (context: ValidationContext): ASTVisitor => ({
    Document: {
      leave(doc) {
        const { operations, aliases, directives } = documentShape(doc);
        for (const depth of operations) {
          if (depth > limits.maxDepth) {
            context.reportError(limitError(`Query depth ${depth} exceeds the limit of ${limits.maxDepth}`));
          }
        }
        if (aliases > limits.maxAliases) {
          context.reportError(limitError(`${aliases} aliases exceed the limit of ${limits.maxAliases}`));
        }
        if (directives > limits.maxDirectives) {
          context.reportError(limitError(`${directives} directives exceed the limit of ${limits.maxDirectives}`));
        }
      },
    },
  });
}

/**
 * Tokens of a document counting comments too (graphql-js's own `maxTokens` skips them); stops counting past
 * `max`. A document the lexer cannot read is left to the parser, which reports the syntax error.
 */
export function countTokens(body: string, max: number): number {
  const lexer = new Lexer(new Source(body));
  let count = 0;
  try {
    for (let token = lexer.token; token.kind !== TokenKind.EOF && count <= max;) {
      const next = lexer.advance();
      for (let t = next.prev; t && t !== token; t = t.prev) {
        count += 1; // comments between two tokens
      }
      count += next.kind === TokenKind.EOF ? 0 : 1;
      token = next;
    }
  } catch {
    return count;
  }
  return count;
}

/** Document size and token limits at parse time, then the validation rule above. */
export function useQueryLimits(limits: QueryLimits): GatewayPlugin {
  return {
    onParse({ setParseFn }) {
      // envelop types parse's arguments as `any` (framework-agnostic); these are graphql-js's parse arguments
      setParseFn((source: string | Source, options?: ParseOptions) => {
        const body = typeof source === 'string' ? source : source.body;
        const bytes = Buffer.byteLength(body, 'utf8');
        if (bytes > limits.maxDocumentBytes) {
          throw limitError(`Document of ${bytes} bytes exceeds the limit of ${limits.maxDocumentBytes}`);
        }
        if (countTokens(body, limits.maxTokens) > limits.maxTokens) {
          throw limitError(`Document contains more than ${limits.maxTokens} tokens (comments included)`);
        }
        return parse(source, { ...options, maxTokens: limits.maxTokens });
      });
    },
    onValidate({ addValidationRule }) {
      addValidationRule(limitsRule(limits));
    },
  };
}

/** Production: no "Did you mean …?" hints that reveal field names to a caller without introspection. */
export function useBlockFieldSuggestions(): GatewayPlugin {
  return {
    onValidate() {
      return ({ result: errors, setResult }) => {
        const result = errors as readonly GraphQLError[];
        if (result.length > 0) {
          setResult(
            result.map((e) =>
              e.message.includes('Did you mean')
                ? new GraphQLError(e.message.replace(/\s*Did you mean .*$/, ''), { nodes: e.nodes, extensions: e.extensions })
                : e,
            ),
          );
        }
      };
    },
  };
}
