/** A message for people: Chinese, the default, and English for requests that ask for it (Accept-Language: en). */
export interface Text {
  zh: string;
  en: string;
}

export const text = (zh: string, en: string): Text => ({ zh, en });
