export * from './rotation';
export * from './wave-lifecycle';
export * from './audience';
export * from './zoned-time';
export * from './person-window';
export * from './cadence';
export * from './program-validation';
