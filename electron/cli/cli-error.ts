// An error the CLI reports as one plain line (no stack trace), with the exit code to use.
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
