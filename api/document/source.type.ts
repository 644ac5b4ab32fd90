import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '事实出处：文件与行号（1 起），及所在清单的标题与部门' })
export class Source {
  @Field(() => String, { description: 'The file as it was loaded' })
  file!: string;

  @Field(() => Int)
  line!: number;

  @Field(() => Int, { description: 'Last line of a multi-line record' })
  endLine!: number;
}
