import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'What an import did: rows created, updated and left unchanged.' })
export class ImportReport {
  @Field(() => String)
  file: string;

  @Field(() => String, { description: 'demands, talents or taxonomy' })
  kind: string;

  @Field(() => Boolean, { description: 'A dry run: the figures are what the import would do; nothing was written (no duplicate search either).' })
  dryRun: boolean;

  @Field(() => Int)
  created: number;

  @Field(() => Int)
  updated: number;

  @Field(() => Int)
  unchanged: number;

  @Field(() => [String], { description: 'Unknown columns ignored, industries kept as written, possible duplicates…' })
  warnings: string[];
}
