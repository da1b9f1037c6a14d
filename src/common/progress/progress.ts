/**
 * How a long job says how far it got: `done` of `total` rows, in a named phase (a job may have
 * several, e.g. talents then demands). The CLI draws it; services only call it, and cheaply.
 */
export type OnProgress = (done: number, total: number, phase?: string) => void;
