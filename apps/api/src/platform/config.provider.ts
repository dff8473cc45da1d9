export const AppConfigToken = Symbol('AppConfig');
export const LoggerToken = Symbol('Logger');
