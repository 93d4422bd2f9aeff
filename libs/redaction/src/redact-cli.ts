/**
 * `npm run --silent redact < IN.jsonl > OUT.jsonl`
 * Reads lines {"id","text","lang"} and writes {"id","spans":[{"start","end","type"}],"redacted"}.
 * Offsets are JavaScript string indices. Needs no configuration, database or network.
 */
import { createInterface } from 'node:readline';
import { applyRedaction, detectPii } from './detect';

async function main(): Promise<void> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    let doc: { id?: unknown; text?: unknown; lang?: unknown };
    try {
      doc = JSON.parse(line);
    } catch {
      process.stderr.write(`line ${n}: not JSON\n`);
      process.exitCode = 65;
      continue;
    }
    if (typeof doc.text !== 'string') {
      process.stderr.write(`line ${n}: "text" must be a string\n`);
      process.exitCode = 65;
      continue;
    }
    const spans = detectPii(doc.text, typeof doc.lang === 'string' ? doc.lang : undefined);
    process.stdout.write(
      `${JSON.stringify({ id: doc.id, spans: spans.map(({ start, end, type }) => ({ start, end, type })), redacted: applyRedaction(doc.text, spans) })}\n`,
    );
  }
}

void main();
