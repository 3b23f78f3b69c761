/** English strings of backups, personal data and retention. */
export const trustEn = {
  title: 'Data and privacy',
};
