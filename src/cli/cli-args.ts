import { type ParseArgsConfig, parseArgs } from "node:util";

/** Options accepted by {@link readArgs}: node:util's option table. */
export type CliOptions = NonNullable<ParseArgsConfig["options"]>;

/**
 * Parses the command line strictly for one command. `--help`/`-h` prints the Japanese usage text and ends the process
 * with 0; an unknown option or a missing value prints one Japanese line (no stack trace) and ends it with 2.
 * `argv` is for tests; it defaults to the process arguments.
 */
export function readArgs<T extends CliOptions>(
  command: string,
  usage: string,
  options: T,
  argv: string[] = process.argv.slice(2),
): ReturnType<typeof parseArgs<{ options: T & { help: { type: "boolean"; short: "h" } } }>>["values"] {
  const all = { ...options, help: { type: "boolean", short: "h" } } as T & { help: { type: "boolean"; short: "h" } };
  try {
    const { values } = parseArgs({ args: argv, options: all, strict: true, allowPositionals: false });
    if ((values as { help?: boolean }).help) {
      console.log(usage.trim());
      process.exit(0);
    }
    return values;
  } catch (error) {
    const code = (error as { code?: string }).code;
    const detail =
      code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
        ? `知らないオプションです（${unknownName(error)}）`
        : code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE"
          ? "オプションの値がないか、書き方が違います"
          : code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL"
            ? `オプションでない引数は受け付けません（${unknownName(error)}）`
            : "オプションを読めません";
    console.error(`エラー: ${detail}。使い方は npm run ${command} -- --help で確かめてください。`);
    process.exit(2);
  }
}

function unknownName(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.match(/'([^']+)'/)?.[1] ?? message.split("\n")[0] ?? message;
}
