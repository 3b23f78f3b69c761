/** One choosable record: its id and how the list shows it. */
export type IdOption = { id: number; text: string };

type Props = {
  label: string;
  placeholder: string;
  /** Shown under the list when it has loaded empty. */
  emptyText: string;
  /** The records, or null while they load. */
  options: readonly IdOption[] | null;
  value: number | null;
  onChange: (id: number | null) => void;
  isDisabled: boolean;
  testId: string;
};

/** A labelled list of records picked by id (a defense session, a test sitting), with a note when there are none. */
export function IdSelect({ label, placeholder, emptyText, options, value, onChange, isDisabled, testId }: Props) {
  return (
    <>
      <label>
        {label}
        <select value={value ?? ''} onChange={(e) => onChange(e.target.value ? Number(e.target.value) : null)} disabled={isDisabled} data-testid={testId}>
          <option value="">{placeholder}</option>
          {options?.map((o) => <option key={o.id} value={o.id}>{o.text}</option>)}
        </select>
      </label>
      {options?.length === 0 && <p className="muted">{emptyText}</p>}
    </>
  );
}
