// Minimal types for the part of qrcode 1.5.4 Attesta uses (the package ships no types and
// @types/qrcode is not a dependency).
declare module 'qrcode' {
  export interface BitMatrix {
    readonly size: number;
    get(row: number, col: number): number;
  }
  export interface QrCodeData {
    readonly modules: BitMatrix;
    readonly version: number;
  }
  export function create(text: string, options?: { errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H' }): QrCodeData;
  const qrcode: { create: typeof create };
  export default qrcode;
}
