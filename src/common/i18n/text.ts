/** A message for people: Chinese, the default, and English for requests that ask for it (Accept-Language: en). */
export interface Text {
  zh: string;
  en: string;
}

export type Lang = keyof Text;

export const text = (zh: string, en: string): Text => ({ zh, en });

/** A plain string reads the same in both languages, so code that has no English yet still compiles. */
export const toText = (message: string | Text): Text => (typeof message === 'string' ? { zh: message, en: message } : message);

/** Joins texts language by language. */
export const joinTexts = (parts: Text[], zhSep: string, enSep: string): Text => text(parts.map((p) => p.zh).join(zhSep), parts.map((p) => p.en).join(enSep));
