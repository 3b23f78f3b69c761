import { useHash, subPathFromHash } from '../../routes';
import { DesignEditorPage } from './editor/DesignEditorPage';
import { ProgrammeCreate } from './ProgrammeCreate';
import { ProgrammeList } from './ProgrammeList';
import { ProgrammePage } from './ProgrammePage';

/**
 * Programmes: `#/programmes` the list, `/new[/<designId>]` a new programme, `/<id>` a
 * programme's design, settings and modules, `/<id>/design[/<designId>]` the design editor,
 * `/import-file/<path>` the list with the import of the `.attesta` file the app was opened with.
 */
export function ProgrammesSection() {
  const [first, second, third] = subPathFromHash(useHash());
  if (first === 'new') return <ProgrammeCreate key={second ?? ''} designId={second ?? null} />;
  if (first === 'import-file') return <ProgrammeList importPath={second ?? null} />;
  const id = Number(first);
  if (first !== undefined && Number.isInteger(id) && id > 0) {
    if (second === 'design') return <DesignEditorPage programmeId={id} designId={third ?? null} />;
    return <ProgrammePage key={id} id={id} />;
  }
  return <ProgrammeList />;
}
