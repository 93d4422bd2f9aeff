/**
 * Wraps an asynchronous read so that only the answer to the latest call is
 * delivered. Reads started one after another can finish in the other order
 * (the device store decrypts record by record, so a read that still sees two
 * cases ends after a later read that sees none); without this, the older,
 * stale answer would be shown last and stay on screen.
 */
export function latestOnly<T>(read: () => Promise<T>, deliver: (value: T) => void): () => Promise<void> {
  let latest = 0;
  return async () => {
    const mine = ++latest;
    const value = await read();
    if (mine === latest) deliver(value);
  };
}
