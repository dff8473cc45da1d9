// The pure career rules. They sit above the ladder's types so that the content helper's single
// `export * from './catalogue';` line, added right after './ladder', merges without a conflict.
export * from './compile-ladder';
export * from './validate-ladder';
export * from './ladder-versions';
export * from './calendar-months';
export * from './proficiency';
export * from './readiness';
export * from './training';
export * from './career-path';
export * from './equity/poisson-rate';
export * from './equity/kaplan-meier';
export * from './equity/person-years';
export * from './equity/promotion-equity';
export * from './ladder';
export * from './catalogue';
