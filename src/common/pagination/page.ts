import { Field, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Min } from 'class-validator';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@InputType({ description: `Offset pagination; limit is capped at ${MAX_PAGE_SIZE}.` })
export class PageInput {
  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @IsInt()
  @Min(1)
  limit?: number;

  @Field(() => Int, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  offset?: number;
}

export interface Page {
  limit: number;
  offset: number;
}

/** Applies defaults and the cap, so no query ever reads an unbounded page. */
export function toPage(input?: PageInput | null, max = MAX_PAGE_SIZE): Page {
  return {
    limit: Math.min(input?.limit ?? DEFAULT_PAGE_SIZE, max),
    offset: input?.offset ?? 0,
  };
}
