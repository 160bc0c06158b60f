// woff2sfnt-sfnt2woff ships no types: the one function lib/documents/stamp.ts uses.
declare module "woff2sfnt-sfnt2woff" {
  const converter: {
    /** A WOFF 1.0 file as the TrueType/OpenType file it wraps (tables inflated with pako). */
    toSfnt(woff: Uint8Array): Buffer;
  };
  export default converter;
}
