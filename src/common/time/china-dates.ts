// Dates in files and deadlines are calendar days in China (UTC+8); instants are stored in UTC.

const OFFSET_MS = 8 * 3600_000;

/** The instant a day (YYYY-MM-DD) began in China. */
export const chinaDayStart = (date: string): Date => new Date(`${date}T00:00:00+08:00`);

/** The day in China (YYYY-MM-DD) of an instant. */
export const chinaDay = (instant: Date): string => new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
