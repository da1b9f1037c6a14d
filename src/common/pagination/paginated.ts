import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';

/** Base of every `XPage { items totalCount }` type. */
export function Paginated<T>(itemType: Type<T>) {
  @ObjectType({ isAbstract: true })
  abstract class PageType {
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int, { description: 'All matching rows, not just this page' })
    totalCount: number;
  }
  return PageType;
}
