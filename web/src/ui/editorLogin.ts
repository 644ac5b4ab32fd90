// 编辑登录 in the top bar: staff paste the token an administrator gave them. The page cannot
// tell a good token from a bad one without writing; the first write says (in words) when the
// server refuses it.

import { editorToken, onEditorTokenChange, setEditorToken } from '../editorToken.js';
import { strings } from '../strings.js';
import { h } from './dom.js';

export function editorLogin(): HTMLElement {
  const s = strings.editor;
  const token = h('input', {
    type: 'password',
    name: 'editor-token',
    class: 'question',
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-label': s.tokenLabel,
  });
  const dialog = h(
    'form',
    {
      class: 'login-popover',
      hidden: true,
      'data-testid': 'editor-login-form',
      onsubmit: (event: Event) => {
        event.preventDefault();
        setEditorToken(token.value);
        token.value = '';
        dialog.hidden = true;
      },
    },
    h('label', { class: 'login-label' }, s.tokenLabel, token),
    h('p', { class: 'muted' }, s.tokenHint),
    h(
      'div',
      { class: 'form-buttons' },
      h('button', { type: 'submit', class: 'primary' }, s.save),
      h('button', { type: 'button', class: 'tool', onclick: () => (dialog.hidden = true) }, s.cancel),
    ),
  );
  const state = h('span', { class: 'login-state' });
  const toggle = h('button', { type: 'button', class: 'login-toggle', 'data-testid': 'editor-login' });
  const element = h('div', { class: 'editor-login' }, state, toggle, dialog);

  function render(signedIn: boolean): void {
    state.textContent = signedIn ? s.signedIn : '';
    toggle.textContent = signedIn ? s.signOut : s.signIn;
  }
  toggle.addEventListener('click', () => {
    if (editorToken()) setEditorToken(null);
    else {
      dialog.hidden = !dialog.hidden;
      if (!dialog.hidden) token.focus();
    }
  });
  onEditorTokenChange(render);
  render(editorToken() !== null);
  return element;
}
