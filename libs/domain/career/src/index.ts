export * from './ladder';
export * from './catalogue';
