import { LOCALES, type Locale } from '@pulse/shared';
import en from './locales/en';
import pl from './locales/pl';
import zhHans from './locales/zh-Hans';
import zhHant from './locales/zh-Hant';

type Tree = { [key: string]: string | Tree };

const RESOURCES: Record<Locale, Tree> = { en, 'zh-Hans': zhHans, 'zh-Hant': zhHant, pl };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Keys with plural suffixes folded into their base key, as i18next looks them up. */
function baseKeys(messages: Map<string, string>): Set<string> {
  return new Set([...messages.keys()].map((k) => k.replace(PLURAL, '')));
}

function variables(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();
}

/** Words that are the same in every language here: the product name, acronyms, "System". */
const SAME_AS_ENGLISH = new Set([
  'app.name',
  'app.documentTitle',
  'import.title', // "Import" is Polish too
  'nav.import',
  'admin.auditSystem', // "System" in Polish
  'role.ADMIN', // "Administrator" in Polish
  'import.reason', // "Problem" in Polish
  'pulse.take.anchor', // "{{value}} = {{label}}": no words
  'pulse.plans.beforeAfterValue', // "{{before}} → {{after}}": no words
]);

const english = flatten(en);

describe('every locale is complete', () => {
  it('supports exactly the locales of the shared catalogue', () => {
    expect(Object.keys(RESOURCES).sort()).toEqual([...LOCALES].sort());
  });

  describe.each(LOCALES.filter((l) => l !== 'en'))('%s', (locale) => {
    const messages = flatten(RESOURCES[locale]);

    it('has every English key and no others', () => {
      expect([...baseKeys(messages)].sort()).toEqual([...baseKeys(english)].sort());
    });

    it('has every plural form the language needs for each counted message', () => {
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      const pluralBases = new Set([...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));
      for (const base of pluralBases) {
        for (const category of categories) {
          expect({ key: `${base}_${category}`, present: messages.has(`${base}_${category}`) }).toEqual({
            key: `${base}_${category}`,
            present: true,
          });
        }
      }
    });

    it('uses the same interpolation variables as English', () => {
      for (const [key, text] of messages) {
        const englishKey = english.has(key) ? key : `${key.replace(PLURAL, '')}_other`;
        const source = english.get(englishKey) ?? '';
        // Counted messages may leave out {{count}} where the language words it differently.
        const expected = variables(source).filter((v) => !(PLURAL.test(key) && v === 'count'));
        const actual = variables(text).filter((v) => !(PLURAL.test(key) && v === 'count'));
        expect({ key, variables: actual }).toEqual({ key, variables: expected });
      }
    });

    it('is translated, not copied from English', () => {
      const copied = [...messages].filter(([key, text]) => english.get(key) === text && !SAME_AS_ENGLISH.has(key)).map(([key]) => key);
      expect(copied).toEqual([]);
    });

    it('has no empty messages', () => {
      expect([...messages].filter(([, text]) => text.trim() === '').map(([key]) => key)).toEqual([]);
    });
  });

  it('English has both plural forms wherever it counts', () => {
    const bases = [...english.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, ''));
    for (const base of bases) {
      expect(english.has(`${base}_one`) && english.has(`${base}_other`)).toBe(true);
    }
  });
});
