import { useCallback, useEffect, useState } from 'react';

/** A short message at the bottom of the screen, optionally with one action (Undo). */
export type ToastMessage = { id: number; text: string; tone: 'info' | 'error'; action?: { label: string; run: () => void } };

let nextId = 1;

/** The current toast and how to show or dismiss one; a toast goes away by itself after 8 s. */
export function useToast(): [ToastMessage | null, (t: Omit<ToastMessage, 'id'>) => void, () => void] {
  const [toast, setToast] = useState<ToastMessage | null>(null);
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(() => setToast((cur) => (cur?.id === toast.id ? null : cur)), 8000);
    return () => window.clearTimeout(timer);
  }, [toast]);
  const show = useCallback((t: Omit<ToastMessage, 'id'>) => setToast({ ...t, id: nextId++ }), []);
  const dismiss = useCallback(() => setToast(null), []);
  return [toast, show, dismiss];
}

/** Renders the toast in a polite live region, so it is read out without taking the focus. */
export function Toast({ toast, onDismiss, closeLabel }: { toast: ToastMessage | null; onDismiss: () => void; closeLabel: string }) {
  return (
    <div className="pf-toast-region" aria-live="polite">
      {toast && (
        <div className={`pf-toast pf-toast--${toast.tone}`} data-testid="toast">
          <span>{toast.text}</span>
          {toast.action && (
            <button
              type="button"
              className="pf-toast-action"
              data-testid="toast-action"
              onClick={() => {
                toast.action?.run();
                onDismiss();
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="pf-toast-close" aria-label={closeLabel} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
