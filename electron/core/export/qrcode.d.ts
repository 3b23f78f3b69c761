// Minimal types for qrcode 1.5.4 (the package ships none; @types/qrcode is not a dependency).
declare module 'qrcode' {
  export interface QrImageOptions {
    errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H';
    margin?: number;
    scale?: number;
    width?: number;
    type?: 'png' | 'image/png';
    color?: { dark?: string; light?: string };
  }
  export function toDataURL(text: string, options?: QrImageOptions): Promise<string>;
  export function toBuffer(text: string, options?: QrImageOptions): Promise<Buffer>;
  const qrcode: { toDataURL: typeof toDataURL; toBuffer: typeof toBuffer };
  export default qrcode;
}
