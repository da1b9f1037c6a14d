/**
 * Lets timers and waiting requests run before long work goes on. A timeout, not setImmediate:
 * an immediate queued from an I/O callback runs before the loop reaches timers and new I/O again.
 */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
