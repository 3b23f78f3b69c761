/** English strings of the test screens. */
export const testsEn = {
  title: 'Tests',
} as const;
