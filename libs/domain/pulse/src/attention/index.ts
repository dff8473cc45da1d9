export * from './measure-scale';
export * from './support-message';
export * from './team-attention';
export * from './alert-ranking';
