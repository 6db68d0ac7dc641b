#!/usr/bin/env node
// Lets forge drive solcjs (the official WebAssembly build of solc) as if it were a native solc.
// forge only uses two entry points: `--version` and `--standard-json` (input on stdin).
'use strict';

const fs = require('fs');
const path = require('path');

/** Parses the flags forge passes; unknown flags are ignored so a newer forge keeps working. */
function parseArgs(argv) {
  const opts = { version: false, standardJson: false, basePath: null, includePaths: [], allowPaths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`missing value for ${arg}`);
      return argv[++i];
    };
    if (arg === '--version') opts.version = true;
    else if (arg === '--standard-json') opts.standardJson = true;
    else if (arg === '--base-path') opts.basePath = value();
    else if (arg === '--include-path') opts.includePaths.push(value());
    else if (arg === '--allow-paths') opts.allowPaths.push(...value().split(','));
  }
  return opts;
}

/** Builds solc's import callback: a path is tried as given, then against each search root. */
function makeImportResolver({ basePath, includePaths }) {
  const roots = [basePath, ...includePaths].filter(Boolean);
  return function findImport(importPath) {
    const candidates = path.isAbsolute(importPath)
      ? [importPath]
      : [...roots.map((root) => path.resolve(root, importPath)), path.resolve(importPath)];
    for (const candidate of candidates) {
      try {
        return { contents: fs.readFileSync(candidate, 'utf8') };
      } catch (_) {
        // try the next root
      }
    }
    return { error: `File not found: ${importPath} (searched ${roots.join(', ') || 'cwd'})` };
  };
}

function readStdin() {
  return fs.readFileSync(0, 'utf8');
}

function main(argv, solc = require('solc')) {
  const opts = parseArgs(argv);
  if (opts.version) {
    process.stdout.write(`solc, the solidity compiler commandline interface\nVersion: ${solc.version()}\n`);
    return 0;
  }
  if (!opts.standardJson) {
    process.stderr.write('solc wrapper: only --version and --standard-json are supported\n');
    return 2;
  }
  const input = readStdin();
  const output = solc.compile(input, { import: makeImportResolver(opts) });
  process.stdout.write(output);
  return 0;
}

module.exports = { parseArgs, makeImportResolver, main };

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`solc wrapper: ${err.message}\n`);
    process.exitCode = 1;
  }
}
