/**
 * The exit codes of ita-report. 70 is EX_SOFTWARE of BSD sysexits.h ("internal software
 * error"), kept apart from 1 so that scripts can tell a bug from bad data.
 */
export const EXIT = {
  ok: 0,
  /** Problems in the data, listed as file:line:col path: message. */
  data: 1,
  /** A wrong command line. */
  usage: 2,
  /** A bug: "please report" with the stack. */
  internal: 70,
} as const;
