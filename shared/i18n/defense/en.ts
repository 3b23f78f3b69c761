/** English strings of the defense screens. */
export const defenseEn = {
  title: 'Defense',
} as const;
