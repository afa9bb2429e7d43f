// Types for html-encoding-sniffer (the HTML Standard's encoding sniffing, as jsdom runs it); it ships none.
declare module "html-encoding-sniffer" {
  /** The canonical encoding name for the bytes, or `defaultEncoding` (which may be null) when nothing says. */
  export default function sniffHTMLEncoding(bytes: Uint8Array, options?: { xml?: boolean; transportLayerEncodingLabel?: string; defaultEncoding?: string | null }): string | null;
}
