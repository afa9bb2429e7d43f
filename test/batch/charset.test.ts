// How archived bytes become text: BOM, then HTTP charset, then <meta>, then UTF-8 when the
// bytes are valid UTF-8 and windows-1252 when not; unknown labels are refused.
import { describe, it, expect } from "vitest";
import { decodeHtml, headerCharset } from "../../src/batch/charset";

const latin1 = (s: string) => Buffer.from(s, "latin1");
const utf8 = (s: string) => Buffer.from(s, "utf8");

describe("decodeHtml", () => {
  it("reads the HTTP charset parameter in its spellings", () => {
    expect(headerCharset("text/html; charset=ISO-8859-1")).toBe("ISO-8859-1");
    expect(headerCharset('text/html;charset="utf-8"')).toBe("utf-8");
    expect(headerCharset("text/html")).toBeNull();
    expect(headerCharset(null)).toBeNull();
  });

  it("lets the HTTP charset win over a <meta> that disagrees, and a BOM over both", () => {
    const page = `<meta charset="utf-8"><p>Caf\xe9</p>`;
    expect(decodeHtml(latin1(page), "text/html; charset=iso-8859-1")).toMatchObject({ ok: true, encoding: "windows-1252" });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8("<p>Café</p>")]);
    const decoded = decodeHtml(bom, "text/html; charset=iso-8859-1");
    expect(decoded).toMatchObject({ ok: true, encoding: "UTF-8" });
    expect(decoded.ok && decoded.html).toContain("Café");
  });

  it("reads Shift_JIS from <meta>", () => {
    const bytes = Buffer.concat([Buffer.from('<meta charset="shift_jis"><p>'), Buffer.from([0x93, 0xfa, 0x96, 0x7b]), Buffer.from("</p>")]);
    const decoded = decodeHtml(bytes, "text/html");
    expect(decoded.ok && decoded.html).toContain("日本");
  });

  it("reads an undeclared page as UTF-8 when it is valid UTF-8, else as windows-1252", () => {
    const u = decodeHtml(utf8("<p>Smörgåsbord – “quoted”</p>"), null);
    expect(u.ok && [u.encoding, u.html]).toEqual(["UTF-8", "<p>Smörgåsbord – “quoted”</p>"]);
    const w = decodeHtml(Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0x71, 0x94, 0x20, 0x80]), null);
    expect(w.ok && [w.encoding, w.html]).toEqual(["windows-1252", "<p>“q” €"]);
  });

  it("refuses labels no decoder knows, from HTTP or from <meta>", () => {
    expect(decodeHtml(utf8("<p>x</p>"), "text/html; charset=bogus-8")).toEqual({ ok: false, detail: 'HTTP charset "bogus-8" is not an encoding we can read' });
    expect(decodeHtml(utf8('<meta content="text/html; charset=bogus-9" http-equiv="content-type"><p>x</p>'), "text/html")).toMatchObject({ ok: false });
    // The Encoding Standard maps some labels to "replacement", which reads nothing: refused too.
    expect(decodeHtml(utf8("<p>x</p>"), "text/html; charset=iso-2022-kr")).toMatchObject({ ok: false });
  });
});
