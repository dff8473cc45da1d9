export * from './competencies';
export * from './expectations';
export * from './support-ladder';
export * from './large-ladder';
