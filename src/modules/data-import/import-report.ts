import { Field, Int, ObjectType } from '@nestjs/graphql';
import { describeProblem, ImportProblem } from './import-problems';

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

  @Field(() => [String], { description: 'In Chinese, for the person who made the file: unknown columns ignored, industries kept as written, possible duplicates…' })
  warnings: string[];

  @Field(() => [String], { description: 'The stable codes of the kinds of warning above, once each, e.g. UNKNOWN_INDUSTRY_KEPT, POSSIBLE_DUPLICATE' })
  warningKinds: string[];
}

/** Adds a warning: its Chinese to `warnings`, its kind to `warningKinds`. */
export function addWarning(report: ImportReport, warning: ImportProblem): void {
  report.warnings.push(describeProblem(warning));
  if (warning.kind && !report.warningKinds.includes(warning.kind)) report.warningKinds.push(warning.kind);
}
