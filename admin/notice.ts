/**
 * Notices from the site's own CMS code, beside Decap's: a photo that was prepared or refused,
 * a failure Decap itself does not show. A live region, so screen readers announce them; errors
 * stay until closed, other notices for a minute.
 */
export type NoticeKind = 'info' | 'success' | 'error';

const STAY_MS = 60_000;

function area(): HTMLElement {
  let element = document.getElementById('cms-notices');
  if (!element) {
    element = document.createElement('div');
    element.id = 'cms-notices';
    element.className = 'notices';
    document.body.append(element);
  }
  return element;
}

/** Shows a notice; returns a function that removes it (an "in progress" notice replaced by its result). */
export function showNotice(text: string, kind: NoticeKind, closeLabel: string): () => void {
  const notice = document.createElement('div');
  notice.className = 'notice';
  notice.dataset.kind = kind;
  notice.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const message = document.createElement('p');
  message.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = closeLabel;
  const remove = () => notice.remove();
  close.addEventListener('click', remove);
  notice.append(message, close);
  area().append(notice);
  if (kind !== 'error') setTimeout(remove, STAY_MS);
  return remove;
}
