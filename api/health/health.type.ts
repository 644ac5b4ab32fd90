import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Neo4j 的连接状态：每次查询都重新探测，不缓存' })
export class Neo4jStatus {
  @Field(() => Boolean)
  reachable!: boolean;

  @Field(() => String, { nullable: true, description: 'e.g. 5.26.30' })
  version!: string | null;

  @Field(() => String, { nullable: true, description: 'community or enterprise' })
  edition!: string | null;

  @Field(() => String, { description: 'Bolt address the API uses (no credentials)' })
  address!: string;

  @Field(() => String, { nullable: true })
  database!: string | null;

  @Field(() => Int, { description: 'Probe round trip in milliseconds' })
  latencyMs!: number;

  @Field(() => String, { nullable: true, description: 'DATABASE_UNAVAILABLE, AUTHENTICATION_FAILED, … when not reachable' })
  code!: string | null;

  @Field(() => String, { nullable: true, description: 'Why it is not reachable, for people' })
  message!: string | null;
}

@ObjectType({ description: '服务健康状况' })
export class Health {
  @Field(() => String, { description: 'ok or degraded' })
  status!: string;

  @Field(() => Neo4jStatus)
  neo4j!: Neo4jStatus;
}
