import { ElMessage } from 'element-plus';
import { Ref, ref } from 'vue';
import { userMessage } from './field-errors';

export interface Paged<T> {
  page: Ref<number>;
  data: Ref<{ totalCount: number; items: T[] }>;
  loading: Ref<boolean>;
  size: number;
  /** The current page again (after a change, or when the pager moves). */
  load(): Promise<void>;
  /** From the first page (after the filter changed). */
  reload(): Promise<void>;
}

/** A table's pages from a *Page query: `fetch` gets the page window; a refusal is shown in the user's words. */
export function usePaged<T>(fetch: (page: { limit: number; offset: number }) => Promise<{ totalCount: number; items: T[] }>, size = 20): Paged<T> {
  const page = ref(1);
  const data = ref({ totalCount: 0, items: [] }) as Ref<{ totalCount: number; items: T[] }>;
  const loading = ref(false);
  // Only the latest request's answer is shown, however the answers overtake each other.
  let latest = 0;
  async function load() {
    const asked = ++latest;
    loading.value = true;
    try {
      const answer = await fetch({ limit: size, offset: (page.value - 1) * size });
      if (asked === latest) data.value = answer;
    } catch (e) {
      if (asked === latest) ElMessage.error(userMessage(e));
    } finally {
      if (asked === latest) loading.value = false;
    }
  }
  return { page, data, loading, size, load, reload: () => ((page.value = 1), load()) };
}
