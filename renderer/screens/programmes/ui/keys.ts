import type { KeyboardEvent } from 'react';

/** A form's key handler: Esc cancels (Enter already submits a <form>). */
export function escapeCancels(onCancel: () => void): (e: KeyboardEvent) => void {
  return (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    }
  };
}
