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

@ObjectType({ description: '本项目启动的本地 Neo4j 的守护状态：进程退出后自动重启' })
export class Supervision {
  @Field(() => String, { description: 'running, restarting, failed (gave up after repeated failures) or stopped' })
  state!: string;

  @Field(() => Int, { nullable: true, description: 'The JVM pid while running' })
  pid!: number | null;

  @Field(() => Int, { description: 'Restarts that came up since the server started' })
  restarts!: number;

  @Field(() => String, { nullable: true, description: 'How the last unexpected exit ended, e.g. 信号 SIGKILL' })
  lastExit!: string | null;

  @Field(() => String, { description: 'When the state last changed (ISO 8601)' })
  since!: string;
}

@ObjectType({ description: '服务健康状况' })
export class Health {
  @Field(() => String, {
    description:
      'ok; degraded (Neo4j unreachable); restarting (the local Neo4j died and is being restarted); failed (its restarts gave up)',
  })
  status!: string;

  @Field(() => Neo4jStatus)
  neo4j!: Neo4jStatus;

  @Field(() => Supervision, { nullable: true, description: 'null with NEO4J_URI (nothing to supervise)' })
  supervision!: Supervision | null;
}
