// No imports: the web console bundles this file too, so server and console offer the same steps.

export type IndustrialisationColour = 'RED' | 'YELLOW' | 'BLUE';

/** 红黄蓝 only moves forward: not started → building → producing (or straight to producing). */
export const INDUSTRIALISATION_NEXT: Readonly<Record<IndustrialisationColour, readonly IndustrialisationColour[]>> = {
  RED: ['YELLOW', 'BLUE'],
  YELLOW: ['BLUE'],
  BLUE: [],
};
