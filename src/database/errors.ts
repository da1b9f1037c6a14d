import { QueryFailedError } from 'typeorm';

/** True for a unique-constraint violation on SQLite or PostgreSQL (a race the service checks did not see). */
export function isUniqueViolation(e: unknown): boolean {
  if (!(e instanceof QueryFailedError)) return false;
  const code = (e.driverError as { code?: string } | undefined)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}
