export * from './text';
export * from './shift-pattern';
export * from './hris-csv';
export * from './signals-csv';
export * from './reporting-line';
export * from './account-access';
