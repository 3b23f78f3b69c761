// The printable document model (issue 8): types, cell layout helpers, checks, snapshot hash text.
export * from './view-model';
export * from './cells';
export * from './check';
export * from './canonical-json';
