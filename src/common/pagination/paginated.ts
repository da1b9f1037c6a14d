import { Type } from '@nestjs/common';
import { Cost } from '../graphql/cost.decorator';
import { Field, Int, ObjectType } from '@nestjs/graphql';

/** Base of every `XPage { items totalCount }` type. */
export function Paginated<T>(itemType: Type<T>) {
  @ObjectType({ isAbstract: true })
  abstract class PageType {
    // The page's size multiplies the whole page (see query-cost.ts), so the list itself counts once.
    @Cost({ listSize: 1 })
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int, { description: 'All matching rows, not just this page' })
    totalCount: number;
  }
  return PageType;
}
