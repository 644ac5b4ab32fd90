// The editor's token, pasted into the 编辑登录 box. Kept in sessionStorage: it lives as long
// as the tab, is never put in the URL (links get shared) and never in a cookie (a cookie would
// ride along on another site's forged request). Only api.ts reads it, for writes.

const storageKey = 'jurisgraph.editorToken';
const listeners = new Set<(signedIn: boolean) => void>();

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage disabled (privacy settings): the token lives only as long as the page.
    return null;
  }
}

let memory: string | null = null;

export function editorToken(): string | null {
  return storage()?.getItem(storageKey) ?? memory;
}

export function setEditorToken(token: string | null): void {
  const value = token?.trim() || null;
  memory = value;
  const store = storage();
  if (value) store?.setItem(storageKey, value);
  else store?.removeItem(storageKey);
  for (const listener of listeners) listener(value !== null);
}

/** Called whenever the token is set or cleared; returns the unsubscribe. */
export function onEditorTokenChange(listener: (signedIn: boolean) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
