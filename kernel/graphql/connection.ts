import { ArgsType, Directive, Field, Int, ObjectType } from 'type-graphql';
import type { ClassType } from 'type-graphql';

@ObjectType({ description: '分页信息 — Relay page information for a connection' })
@Directive('@shareable')
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow the last edge' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Items precede the first edge' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge; pass it as `after` for the next page' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: 20, description: 'Page size (1–100)' })
  first!: number;

  @Field(() => String, { nullable: true, description: 'Cursor after which the page starts (`pageInfo.endCursor`)' })
  after?: string | null;
}

export interface EdgeShape<T> {
  node: T;
  cursor: string;
}

export interface ConnectionShape<T> {
  edges: EdgeShape<T>[];
  pageInfo: PageInfo;
  /** Resolved only when the client selects it (one extra COUNT statement). */
  readonly totalCount: Promise<number> | number;
}

/**
 * Generic Relay connection: `class OfficerConnection extends Connection(Officer, '执法队员') {}`
 * produces `OfficerConnection` and `OfficerEdge`.
 */
export function Connection<T extends object>(node: ClassType<T>, zhName: string) {
  @ObjectType(`${node.name}Edge`, { description: `${zhName} — an edge holding one ${node.name}` })
  class Edge implements EdgeShape<T> {
    @Field(() => node, { description: `The ${node.name}` })
    node!: T;

    @Field(() => String, { description: 'Opaque cursor of this edge' })
    cursor!: string;
  }

  @ObjectType()
  abstract class ConnectionType implements ConnectionShape<T> {
    @Field(() => [Edge], { description: `One page of ${node.name} edges` })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items matching the filter across all pages' })
    totalCount!: Promise<number> | number;
  }
  return ConnectionType;
}
