/** `criteria[2].bands[1].label` → `criteria[2].bands[1]` → `criteria[2].bands` → … → null. */
export function parentPath(path: string): string | null {
  const cut = path.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
  return cut === path || cut === '' ? null : cut;
}

function findTarget(root: ParentNode, path: string): HTMLElement | null {
  for (let p: string | null = path; p !== null; p = parentPath(p)) {
    const el = root.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`);
    if (el) return el;
  }
  return null;
}

/**
 * Takes the user to the field a finding names: the element marked with that `data-path`
 * (or its nearest marked parent) is opened, scrolled into view, focused and briefly highlighted.
 */
export function goToField(path: string, root: ParentNode = document): boolean {
  const target = findTarget(root, path);
  if (!target) return false;
  for (let el = target.parentElement; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
  const focusable = target.matches('input, select, textarea, button')
    ? target
    : target.querySelector<HTMLElement>('input, select, textarea') ?? target;
  if (focusable === target && !target.matches('input, select, textarea, button')) target.tabIndex = -1;
  target.scrollIntoView({ block: 'center', behavior: 'smooth' });
  focusable.focus({ preventScroll: true });
  target.classList.add('is-flashed');
  window.setTimeout(() => target.classList.remove('is-flashed'), 1600);
  return true;
}
