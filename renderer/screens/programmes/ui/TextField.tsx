import type { HTMLAttributes, Ref } from 'react';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | null;
  hint?: string | null;
  type?: 'text' | 'password' | 'search';
  inputMode?: HTMLAttributes<HTMLInputElement>['inputMode'];
  placeholder?: string;
  lang?: string;
  path?: string;
  isRequired?: boolean;
  autoFocus?: boolean;
  maxLength?: number;
  className?: string;
  testId?: string;
  inputRef?: Ref<HTMLInputElement>;
};

/**
 * A labelled one-line field with its error (or hint) right under it, tied by
 * aria-describedby; the error is the first thing a screen reader hears after the label.
 */
export function TextField(p: Props) {
  const noteId = `${p.id}-note`;
  const note = p.error ?? p.hint ?? null;
  return (
    <div className={p.className ? `pf-field ${p.className}` : 'pf-field'} data-path={p.path}>
      <label className="pf-label" htmlFor={p.id}>
        {p.label}
        {p.isRequired && <span aria-hidden="true"> *</span>}
      </label>
      <input
        id={p.id}
        ref={p.inputRef}
        className="pf-input"
        type={p.type ?? 'text'}
        inputMode={p.inputMode}
        lang={p.lang}
        value={p.value}
        placeholder={p.placeholder}
        maxLength={p.maxLength}
        autoComplete="off"
        autoFocus={p.autoFocus}
        required={p.isRequired}
        aria-invalid={p.error ? true : undefined}
        aria-describedby={note ? noteId : undefined}
        data-testid={p.testId}
        onChange={(e) => p.onChange(e.target.value)}
      />
      {p.error ? (
        <div className="field-error" id={noteId} role="alert" data-testid={p.testId ? `${p.testId}-error` : undefined}>
          {p.error}
        </div>
      ) : (
        p.hint && (
          <div className="pf-hint" id={noteId}>
            {p.hint}
          </div>
        )
      )}
    </div>
  );
}
