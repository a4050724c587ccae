type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");

/*
 * pdf.js's legacy build (the one that runs on Node 20) installs core-js polyfills as it loads,
 * among them a JavaScript Array.prototype.push in place of V8's own. Every push in the process
 * then runs through it: the driver and graphql-js push every list element they build, and it was
 * 3% of the API's CPU on the benchmark's nested query, with more lost to calls V8 no longer
 * inlines (docs/BENCHMARKS.md, 2 December 2026). So pdf.js is loaded when a PDF is first read (a
 * server that never reads one never pays its memory either), and V8's push is put back after it:
 * the polyfill differs only on arrays whose length cannot be written, which pdf.js does not make.
 */
const nativePush = Array.prototype.push;
let pdfjs: Promise<PdfJs> | undefined;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import("pdfjs-dist/legacy/build/pdf.mjs").then((module) => {
    Array.prototype.push = nativePush;
    return module;
  });
  return pdfjs;
}

/** Pages are separated by a form feed in extracted text, so a citation's page is 1 + the form feeds before it. */
export const PAGE_BREAK = "\f";

/**
 * Extracts the text of a PDF with Mozilla's pdf.js, page by page, keeping line breaks where the
 * PDF starts a new line. Pages are joined with a form feed so offsets still tell the page.
 */
export async function pdfToText(data: Uint8Array): Promise<string> {
  const { getDocument } = await loadPdfJs();
  const pdf = await getDocument({ data, useSystemFonts: false, isEvalSupported: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[] = [];
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let out = "";
      for (const item of content.items) {
        if (!("str" in item)) continue;
        out += item.str;
        if (item.hasEOL) out += "\n";
      }
      pages.push(out.trimEnd());
    }
  } finally {
    await pdf.destroy();
  }
  return `${pages.join(`\n${PAGE_BREAK}\n`)}\n`;
}

export function pageAt(text: string, offset: number): number | null {
  if (!text.includes(PAGE_BREAK)) return null;
  let page = 1;
  for (let i = text.indexOf(PAGE_BREAK); i >= 0 && i < offset; i = text.indexOf(PAGE_BREAK, i + 1)) page++;
  return page;
}

export function isPdf(data: Uint8Array): boolean {
  return data.length > 4 && data[0] === 0x25 && data[1] === 0x50 && data[2] === 0x44 && data[3] === 0x46; // "%PDF"
}
