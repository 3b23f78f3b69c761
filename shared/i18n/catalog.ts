import type { en } from './en';

import type { Strings } from './strings';

/** The shape every UI catalog has: the English catalog's keys, with any string as a value. */
export type Catalog = Strings<typeof en>;
