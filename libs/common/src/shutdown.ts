/**
 * Closes a Nest application once on SIGTERM or SIGINT and exits 0 when it
 * closed cleanly (Nest's own hooks re-raise the signal instead). A second
 * signal, or a close that hangs past the grace period, exits 1.
 */
export function closeOnSignals(
  app: { close(): Promise<void> },
  onError: (error: unknown) => void,
  options: { graceMs?: number; flush?: () => void } = {},
): void {
  let closing = false;
  const exit = (code: number) => {
    options.flush?.();
    process.exit(code);
  };
  const shutdown = () => {
    if (closing) exit(1);
    closing = true;
    const timer = setTimeout(() => exit(1), options.graceMs ?? 25_000);
    timer.unref();
    app.close().then(
      () => exit(0),
      (error: unknown) => {
        onError(error);
        exit(1);
      },
    );
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}
