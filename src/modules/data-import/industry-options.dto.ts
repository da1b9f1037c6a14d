import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { ImportOptions } from './import-options';

export enum NewIndustryMode {
  CREATE = 'CREATE',
}
registerEnumType(NewIndustryMode, { name: 'NewIndustryMode', description: 'CREATE: add the industries a file names that the taxonomy lacks' });

@InputType({ description: 'Industries the file names that the taxonomy does not have: created (a warning each) instead of refusing the file.' })
export class NewIndustriesInput {
  // GraphQL makes it required; optional here because the pipe also validates an absent argument.
  @Field(() => NewIndustryMode)
  @IsOptional()
  @IsEnum(NewIndustryMode)
  mode: NewIndustryMode;

  @Field(() => String, { nullable: true, description: 'Their parent by name, alias or code, e.g. 电子核心; none: top level' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  parent?: string;
}

@InputType({ description: 'A name as the file writes it, and the existing industry it stands for.' })
export class IndustryMapEntry {
  @Field(() => String, { description: 'e.g. 柔性电子' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  from: string;

  @Field(() => String, { description: 'An existing industry by name, alias or code, e.g. 电子核心' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  to: string;
}

/** The import options the two arguments stand for. */
export function industryOptions(newIndustries?: NewIndustriesInput | null, industryMap?: IndustryMapEntry[] | null): Pick<ImportOptions, 'newIndustries' | 'industryMap'> {
  return {
    newIndustries: newIndustries ? { mode: newIndustries.mode, parent: newIndustries.parent ?? undefined } : undefined,
    industryMap: industryMap?.length ? Object.fromEntries(industryMap.map((m) => [m.from, m.to])) : undefined,
  };
}
