/** The part of PizZip (the zip library docxtemplater works on) Concord uses; the package ships no types. */
declare module 'pizzip' {
  interface PizZipFile {
    asText(): string;
  }
  class PizZip {
    constructor(data?: Buffer | Uint8Array | ArrayBuffer | string, options?: Record<string, unknown>);
    file(name: string): PizZipFile | null;
    files: Record<string, unknown>;
  }
  export default PizZip;
}

/** docxtemplater's tag tree of a compiled part (its InspectModule needs lodash; this helper does not). */
declare module 'docxtemplater/js/get-tags.js' {
  export function getTags(postparsed: unknown[]): Record<string, unknown>;
}
