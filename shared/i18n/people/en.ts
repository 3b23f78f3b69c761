/** English strings of the people screens. */
export const peopleEn = {
  title: 'People',
} as const;
