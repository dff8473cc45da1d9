export * from './rational';
export * from './auditor';
export * from './collector';
