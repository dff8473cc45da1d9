import type en from './locales/en';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * The shape every locale must have: English's keys, with plural keys free to use the forms the
 * language needs (Polish has one/few/many/other, Chinese only other). The locale completeness test
 * checks those forms against Intl.PluralRules.
 */
export type LocaleMessages<T = typeof en> = {
  [K in keyof T as K extends `${string}_${PluralSuffix}` ? never : K]: T[K] extends string ? string : LocaleMessages<T[K]>;
} & {
  [K in keyof T as K extends `${infer Base}_${PluralSuffix}` ? `${Base}_${PluralSuffix}` : never]?: string;
};

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
    returnNull: false;
  }
}
