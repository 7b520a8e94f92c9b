#!/usr/bin/env node
import { main } from "../dist/cli/main.js";

const code = await main(process.argv.slice(2));
// A failed write to stdout may have set the exit code already (guard-streams.ts): keep it.
if (process.exitCode === undefined || process.exitCode === 0) process.exitCode = code;
