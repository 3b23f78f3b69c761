/** English strings of the bank and blueprint screens. */
export const banksEn = {
  title: 'Test banks',
};
