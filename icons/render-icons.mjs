// Renders icon.svg (and icon-small.svg for 16 px) to the PNG sizes the manifest names,
// with headless Chromium. Run by hand after editing the SVGs: node icons/render-icons.mjs
import puppeteer from "puppeteer-core";
import fs from "node:fs";

const dir = new URL("./", import.meta.url);
const SIZES = [16, 32, 48, 128];
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  args: ["--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    const svg = fs.readFileSync(new URL(size <= 16 ? "icon-small.svg" : "icon.svg", dir), "utf8");
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    await page.setContent(
      `<html><body style="margin:0;background:transparent">${svg.replace("<svg ", `<svg width="${size}" height="${size}" `)}</body></html>`,
    );
    await page.screenshot({ path: new URL(`icon-${size}.png`, dir).pathname, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`icon-${size}.png`);
  }
} finally {
  await browser.close();
}
