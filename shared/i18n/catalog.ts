import type { en } from './en';

type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };

/** The shape every UI catalog has: the English catalog's keys, with any string as a value. */
export type Catalog = Strings<typeof en>;
