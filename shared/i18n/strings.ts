/** The same keys as T, with any string as a value (the shape of a translated catalog). */
export type Strings<T> = { readonly [K in keyof T]: T[K] extends string ? string : Strings<T[K]> };
