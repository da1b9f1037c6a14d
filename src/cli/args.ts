// Apart from cli-context.ts, so that commands which do not boot the app load quickly.

/** `--name value` options and the positional arguments; `flags` name the options that take no value (`--dry-run`). */
export function parseArgs(argv: string[], flags: readonly string[] = []): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].slice(2);
    if (argv[i].startsWith('--')) options[name] = !flags.includes(name) && argv[i + 1]?.startsWith('--') === false ? argv[++i] : '';
    else positional.push(argv[i]);
  }
  return { positional, options };
}

/** Every value of a repeatable option (`--map a=b --map c=d`), each split on commas and semicolons. */
export function repeatedOption(argv: string[], name: string): string[] {
  return argv.flatMap((a, i) => (a === `--${name}` && argv[i + 1] !== undefined ? argv[i + 1].split(/[,;，；]/) : [])).map((v) => v.trim()).filter(Boolean);
}
