import { QueryFailedError } from 'typeorm';

const driverCode = (e: unknown): string | undefined =>
  e instanceof QueryFailedError ? (e.driverError as { code?: string } | undefined)?.code : undefined;

/** True for a unique-constraint violation on SQLite or PostgreSQL (a race the service checks did not see). */
export function isUniqueViolation(e: unknown): boolean {
  const code = driverCode(e);
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/**
 * A foreign-key or NOT NULL violation: input a service check let through (a reference to nothing, an
 * empty required value). The database kept its rule; the client gets BAD_USER_INPUT, not a 500.
 */
export function isReferenceOrRequiredViolation(e: unknown): boolean {
  const code = driverCode(e);
  return code === '23503' || code === '23502' || code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === 'SQLITE_CONSTRAINT_NOTNULL';
}

/** Text PostgreSQL cannot store (a NUL character, 22021); SQLite stores it. */
export function isUnstorableText(e: unknown): boolean {
  return driverCode(e) === '22021';
}
