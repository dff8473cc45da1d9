export * from './scim';
export * from './sso';
