// No imports: the web console bundles this file too, so reasons and console name strengths alike.

/** 强 / 中 / 弱 for STRONG / MODERATE / WEAK. */
export const STRENGTH_NAMES = { STRONG: '强', MODERATE: '中', WEAK: '弱' } as const;
