import { reactive } from 'vue';

export type Role = 'ADMIN' | 'EXPERT' | 'ENTERPRISE' | 'RESEARCHER';

interface Stored {
  token: string;
  user: { id: string; name: string; role: Role; talent?: { id: string } | null; organization?: { id: string; name: string } | null };
}

/** Where each role lands after signing in or registering. */
export const HOME: Record<Role, string> = { ADMIN: '/review', ENTERPRISE: '/my-demands', RESEARCHER: '/recommended', EXPERT: '/reviews' };

const KEY = 'jiebang.session';

function load(): Stored | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null');
  } catch {
    return null;
  }
}

/** Who is signed in. The menu follows the role, but the server's role matrix decides what is allowed. */
export const session = reactive({
  token: load()?.token ?? '',
  user: load()?.user ?? null,
  save(s: Stored) {
    this.token = s.token;
    this.user = s.user;
    localStorage.setItem(KEY, JSON.stringify(s));
  },
  clear() {
    this.token = '';
    this.user = null;
    localStorage.removeItem(KEY);
  },
});
