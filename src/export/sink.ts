import type { Writable } from "node:stream";

/** The reader went away (the HTTP client hung up): the export stops reading the graph. */
export class ExportAborted extends Error {
  override name = "ExportAborted";
}

/** Bytes gathered before a write to the stream: few system calls, and little held. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Text out to a stream (an HTTP response, a file) with back-pressure: writes gather into chunks of
 * 64 KB, and a chunk the stream cannot take yet waits for 'drain'. So an export never holds more
 * than a page of the graph and a chunk of text, however fast Neo4j answers and slowly the client reads.
 */
export class TextSink {
  private buffer = "";
  /** Characters written so far, for the summary. */
  written = 0;

  constructor(private readonly stream: Writable) {}

  async write(text: string): Promise<void> {
    this.buffer += text;
    this.written += text.length;
    if (this.buffer.length >= CHUNK_CHARS) await this.flush();
  }

  async end(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => {
      this.stream.once("error", reject);
      this.stream.end(() => resolve());
    });
  }

  private async flush(): Promise<void> {
    if (this.stream.destroyed || this.stream.writableEnded) throw new ExportAborted("the stream was closed before the export ended");
    const chunk = this.buffer;
    this.buffer = "";
    if (chunk && !this.stream.write(chunk)) {
      await new Promise<void>((resolve, reject) => {
        const done = (err?: Error) => {
          this.stream.off("drain", onDrain);
          this.stream.off("close", onClose);
          this.stream.off("error", done);
          if (err) reject(err);
          else resolve();
        };
        const onDrain = () => done();
        const onClose = () => done(new ExportAborted("the stream was closed before the export ended"));
        this.stream.on("drain", onDrain);
        this.stream.on("close", onClose);
        this.stream.on("error", done);
      });
    }
  }
}
