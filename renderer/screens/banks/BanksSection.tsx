import { BankImport } from './BankImport';
import { BankList } from './BankList';
import { BankPage } from './BankPage';
import { BlueprintScreen } from './BlueprintScreen';

/** `#/tests/banks` the banks, `/banks/import` an import, `/banks/<id>` one bank; `#/tests/blueprint[/<bankId>]` blueprints and variants. */
export function BanksSection({ place, parts }: { place: 'banks' | 'blueprint'; parts: string[] }) {
  const [first] = parts;
  const id = Number(first);
  const bankId = first !== undefined && Number.isInteger(id) && id > 0 ? id : null;
  if (place === 'blueprint') return <BlueprintScreen key={bankId ?? 0} initialBankId={bankId} />;
  if (first === 'import') return <BankImport />;
  if (bankId !== null) return <BankPage key={bankId} bankId={bankId} />;
  return <BankList />;
}
