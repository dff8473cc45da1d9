export * from './rational';
export * from './auditor';
