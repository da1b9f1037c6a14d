// Dates in files and deadlines are calendar days in China (UTC+8); instants are stored in UTC.

const OFFSET_MS = 8 * 3600_000;

/** The instant a day (YYYY-MM-DD) began in China. */
export const chinaDayStart = (date: string): Date => new Date(`${date}T00:00:00+08:00`);

/** The day in China (YYYY-MM-DD) of an instant. */
export const chinaDay = (instant: Date): string => new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);

/** A calendar day moved by whole days: addDays('2026-01-30', 3) → '2026-02-02'. */
export const addDays = (date: string, n: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Whole days from a to b (negative when b is earlier). */
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
