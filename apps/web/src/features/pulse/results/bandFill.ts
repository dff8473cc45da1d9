/** Band shading behind lines: light enough that the lines keep 3:1 contrast on them. */
export const BAND_FILL = { moderate: '#fff3bf', high: '#ffe3e3' } as const;
