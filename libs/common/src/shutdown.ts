/**
 * Closes a Nest application once on SIGTERM or SIGINT and exits 0 when it
 * closed cleanly (Nest's own hooks re-raise the signal instead). A second
 * signal, or a close that hangs past the grace period, exits 1.
 */
export function closeOnSignals(app: { close(): Promise<void> }, onError: (error: unknown) => void, graceMs = 25_000): void {
  let closing = false;
  const shutdown = () => {
    if (closing) process.exit(1);
    closing = true;
    const timer = setTimeout(() => process.exit(1), graceMs);
    timer.unref();
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        onError(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
