#!/usr/bin/env node
import module from "node:module";

// Node 22.1+ keeps V8's compiled code of ita-report and its libraries between runs (about 8 % of
// a cold build on Node 24), in the system's temporary folder (node-compile-cache), keyed by the
// Node version and each file's contents: safe to delete, it never changes an output byte, and a
// read-only install still works (without a writable folder Node simply runs uncached).
// NODE_DISABLE_COMPILE_CACHE=1 turns it off. Node 20 has no such cache: nothing happens.
module.enableCompileCache?.();

const { main } = await import("../dist/bundle/main.js");
const code = await main(process.argv.slice(2));
// A failed write to stdout may have set the exit code already (guard-streams.ts): keep it.
if (process.exitCode === undefined || process.exitCode === 0) process.exitCode = code;
