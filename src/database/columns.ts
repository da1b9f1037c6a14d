import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, GraphQLISODateTime } from '@nestjs/graphql';
import { BeforeInsert, Column, ColumnOptions, PrimaryColumn, ValueTransformer } from 'typeorm';

// Column shapes shared by every entity, chosen to mean the same on SQLite and PostgreSQL.

/** Timestamps are stored as fixed-width ISO 8601 UTC strings: portable, exact, and sortable as text. */
const isoTimestamp: ValueTransformer = {
  to: (v: Date | null | undefined) => (v instanceof Date ? v.toISOString() : v),
  from: (v: string | null) => (v == null ? v : new Date(v)),
};

/** bigint arrives from pg as a string; amounts are whole yuan, far below 2^53. */
const bigintNumber: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v == null ? v : Number(v)),
};

export const TimestampColumn = (options: ColumnOptions = {}) =>
  Column('varchar', { length: 24, transformer: isoTimestamp, ...options });

/** Money in whole yuan (the API shows 万元). */
export const YuanColumn = (options: ColumnOptions = {}) =>
  Column('bigint', { transformer: bigintNumber, ...options });

export const ListColumn = (options: ColumnOptions = {}) => Column('simple-json', { ...options });

/** Base of entities with an opaque string id and creation/update times. */
@ObjectType({ isAbstract: true })
export abstract class Identified {
  @Field(() => ID)
  @PrimaryColumn('varchar', { length: 36 })
  id: string;

  @Field(() => GraphQLISODateTime)
  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;

  @BeforeInsert()
  protected assignIdentity(): void {
    this.id ??= randomUUID();
    this.createdAt ??= new Date();
    this.updatedAt ??= this.createdAt;
  }
}
