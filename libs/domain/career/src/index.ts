export * from './ladder';
// (catalogue: the content helper adds its one export line here)
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
