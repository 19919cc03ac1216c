/**
 * The interface's words, in the reader's language. The messages live in the extension's
 * `_locales/` (assets/public/_locales/, copied as they are into the build), so the browser
 * reads the manifest's name and description from them; the UI bundles the same four files
 * and looks messages up itself, because `browser.i18n.getMessage` only ever answers in the
 * browser's language and the reader may choose another in the options. The `check`
 * command's table uses the same messages.
 *
 * A message's `{name}` slots are filled by `t`; Chrome gives `$` a meaning in
 * messages.json, braces none, so the files stay valid for the browser.
 */
import en from '../../assets/public/_locales/en/messages.json';
import es from '../../assets/public/_locales/es/messages.json';
import fr from '../../assets/public/_locales/fr/messages.json';
import pt from '../../assets/public/_locales/pt/messages.json';

export const LOCALES = ['en', 'es', 'pt', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

/** The reader's choice in the options: a locale, or the browser's language. */
export type LanguageSetting = Locale | 'auto';

export type MessageKey = keyof typeof en;
/** Messages that come in plural forms (`badge_annotations_one`, `badge_annotations_other`...). */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer B}_other` ? B : never) : never;

/** Every locale has every message: a file missing one does not type-check. */
const CATALOGS: Record<Locale, Record<MessageKey, { message: string }>> = { en, es, pt, fr };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** A BCP 47 tag ("es-419", "pt-BR", "fr") to the interface's locale; English for any other language. */
export function localeOf(tag: string): Locale {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  return isLocale(primary) ? primary : 'en';
}

/** The locale the interface speaks: the reader's choice, else the browser's UI language. */
export function resolveLocale(setting: LanguageSetting | undefined, uiLanguage: string): Locale {
  // Settings saved before the choice existed have none: the browser's language.
  return isLocale(setting) ? setting : localeOf(uiLanguage);
}

/** The part of the extension i18n API that tells the browser's language. */
export interface BrowserI18n {
  getMessage(name: string): string;
  getUILanguage(): string;
}

/**
 * The browser's language, as far as the interface goes: the one of our `_locales/` that the
 * browser chose for the extension (the same choice it made for the manifest's name), read
 * from the `locale_code` message each file holds. `getUILanguage()` alone is not enough:
 * headless Chromium answers "en-US" there whatever `--lang` says, while it does pick the
 * `--lang` catalog (tests/e2e/languages.test.ts).
 */
export function browserLocale(i18n: BrowserI18n): Locale {
  const chosen = i18n.getMessage('locale_code');
  return isLocale(chosen) ? chosen : localeOf(i18n.getUILanguage());
}

export type Params = Record<string, string | number>;

export interface Translator {
  locale: Locale;
  /** The message with its `{name}` slots filled; numbers are formatted for the locale. */
  t(key: MessageKey, params?: Params): string;
  /** The plural form of `key` that the locale uses for `count` (filled in as `{count}`). */
  plural(key: PluralKey, count: number, params?: Params): string;
  /** A number as the locale writes it ("1,234", "1.234", "1 234"). */
  number(n: number): string;
  /** The message cut at its slots, each slot replaced by its value: for markup inside a message. */
  parts<T>(key: MessageKey, values: Record<string, T>): (string | T)[];
}

const cache = new Map<Locale, Translator>();

export function translator(locale: Locale): Translator {
  const known = cache.get(locale);
  if (known) return known;
  const messages = CATALOGS[locale];
  // Made on first use: constructing them loads the locale's ICU data, about 30 ms of the
  // engine's pass on a covering page in the bench's Chromium profile, for messages that
  // most passes never format.
  let numbers: Intl.NumberFormat | null = null;
  let rules: Intl.PluralRules | null = null;
  const format = (n: number) => (numbers ??= new Intl.NumberFormat(locale)).format(n);
  const fill = (text: string, params: Params) =>
    text.replace(/\{(\w+)\}/g, (slot, name: string) => {
      const value = params[name];
      if (value === undefined) return slot;
      return typeof value === 'number' ? format(value) : value;
    });
  const t = (key: MessageKey, params: Params = {}) => fill(messages[key].message, params);
  const plural = (key: PluralKey, count: number, params: Params = {}) => {
    // A category the files do not spell out ("many" for a million in es, pt, fr) reads as "other".
    const form = `${key}_${(rules ??= new Intl.PluralRules(locale)).select(count)}`;
    const chosen: MessageKey = form in messages ? (form as MessageKey) : `${key}_other`;
    return t(chosen, { ...params, count });
  };
  const parts = <T,>(key: MessageKey, values: Record<string, T>): (string | T)[] =>
    messages[key].message
      .split(/(\{\w+\})/)
      .filter((piece) => piece !== '')
      .map((piece) => {
        const value = /^\{(\w+)\}$/.exec(piece)?.[1];
        return value !== undefined && value in values ? (values[value] as T) : piece;
      });
  const made: Translator = { locale, t, plural, parts, number: format };
  cache.set(locale, made);
  return made;
}

/** Each locale's name in its own language, as a language menu lists them. */
export function localeName(locale: Locale): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}
