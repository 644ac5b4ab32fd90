import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: '原文中的一行' })
export class SourceLine {
  @Field(() => Int, { description: 'Line number as every Source counts it (1-based)' })
  number!: number;

  @Field(() => String, { description: 'The line as stored at load time (table cells TAB-separated)' })
  text!: string;
}

@ObjectType({ description: '出处周围的原文（原文面板）' })
export class SourceText {
  @Field(() => String, { description: 'The file as it was loaded (server paths stripped to the file name)' })
  file!: string;

  @Field(() => String, { nullable: true, description: 'Title of the list holding the line, else of the document; 标题为推断 when derived' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Department whose list holds the line' })
  department!: string | null;

  @Field(() => Int, { description: 'The line asked about' })
  line!: number;

  @Field(() => Int, { nullable: true, description: 'Last line of the record starting at `line`, when one does' })
  endLine!: number | null;

  @Field(() => Int, { description: 'Lines the document has (the last line number): whether there is more to show' })
  lineCount!: number;

  @Field(() => [SourceLine], { description: 'The lines around it, in order' })
  lines!: SourceLine[];
}
