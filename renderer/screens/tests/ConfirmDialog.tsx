import { useEffect, useRef, type ReactNode } from 'react';

type Props = {
  isOpen: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  isBusy?: boolean;
  /** A translated error of the last attempt, shown inside the dialog. */
  error?: string | null;
  tone?: 'primary' | 'danger';
  testId: string;
};

/**
 * Asks once before something that cannot be undone (submitting a test, releasing results): a
 * modal <dialog>, so focus stays inside and Esc cancels. The cancel button takes the focus first.
 */
export function ConfirmDialog({ isOpen, title, children, confirmLabel, cancelLabel, onConfirm, onCancel, isBusy = false, error = null, tone = 'primary', testId }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (isOpen && !dialog.open) dialog.showModal();
    if (!isOpen && dialog.open) dialog.close();
  }, [isOpen]);
  return (
    <dialog ref={ref} className="ts-dialog" aria-labelledby={`${testId}-title`} data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        if (!isBusy) onCancel();
      }}>
      {isOpen && (
        <div className="ts-dialog-body">
          <h2 id={`${testId}-title`}>{title}</h2>
          <div className="ts-dialog-text">{children}</div>
          {error && (
            <p className="alert alert--error" role="alert" data-testid={`${testId}-error`}>
              {error}
            </p>
          )}
          <div className="ts-dialog-actions">
            <button type="button" className="pf-button pf-button--ghost ts-big" autoFocus disabled={isBusy} onClick={onCancel} data-testid={`${testId}-cancel`}>
              {cancelLabel}
            </button>
            <button type="button" className={tone === 'danger' ? 'pf-button ts-danger ts-big' : 'pf-button ts-big'} disabled={isBusy} onClick={onConfirm} data-testid={`${testId}-confirm`}>
              {confirmLabel}
            </button>
          </div>
        </div>
      )}
    </dialog>
  );
}
