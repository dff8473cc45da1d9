export * from './roles';
export * from './permissions';
export * from './password';
export * from './single-line';
