// Parsing a command line the same way in every CLI: commander with its own (English)
// output silenced, a usage mistake said in Chinese with the offending option, help and
// version as success. The commands differ only in their messages and usage line.
import { type Command, CommanderError } from 'commander';

/** Commander's error codes in Chinese; a command adds or overrides its own (missing file, missing --format). */
const COMMANDER_MESSAGES: Record<string, string> = {
  'commander.unknownOption': '未知选项',
  'commander.optionMissingArgument': '选项缺少参数',
  'commander.invalidArgument': '参数取值无效',
  'commander.excessArguments': '多余的参数',
};

export interface UsageText {
  /** Messages for codes this command words its own way. */
  messages?: Record<string, string>;
  /** Codes whose quoted detail is commander's internal name, not something the user typed. */
  withoutDetail?: string[];
  /** The usage line printed after the mistake. */
  usage: string;
}

/**
 * Parses `argv` (user arguments only) into `program`. Returns 'run' when the command should
 * go on, 'done' after help or version, 'usage' after a mistake it has already explained
 * through `log` — so the caller only maps the outcome to its exit code.
 */
export function parseCommandLine(program: Command, argv: string[], text: UsageText, log: (line: string) => void): 'run' | 'done' | 'usage' {
  try {
    program.parse(argv, { from: 'user' });
    return 'run';
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 'done';
    const what = text.messages?.[error.code] ?? COMMANDER_MESSAGES[error.code] ?? '命令行参数有误';
    // The option a user mistyped is worth echoing.
    const detail = text.withoutDetail?.includes(error.code) ? undefined : error.message.match(/'([^']+)'/)?.[1];
    log(`${what}${detail ? `：${detail}` : ''}`);
    log(text.usage);
    return 'usage';
  }
}
