/** A question that cannot be taken; caught per item and reported with where it is. */
export class ItemError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ItemError';
  }
}
