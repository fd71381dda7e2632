#!/usr/bin/env bash
# Build and run the libFuzzer target over the parser.
#   Tests/Fuzz/run-fuzzer.sh [SECONDS] [extra libFuzzer flags…]
# Seeds: Articles/*.txt and Tests/Fuzz/regressions/*. New findings land in Tests/Fuzz/findings/;
# keep each one as a regression input (Tests/Fuzz/regressions/) and a unit test.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-60}
shift || true
out=.build/fuzz
mkdir -p "$out" "$out/corpus" Tests/Fuzz/findings
sources=$(find Sources/ArticleParser -name '*.swift' | sort)
swiftc -sanitize=fuzzer,address -parse-as-library -O -g -module-name ArticleParserFuzz \
  $sources Tests/Fuzz/FuzzParser.swift -o "$out/fuzz-parser"
cp Articles/*.txt "$out/corpus/" 2>/dev/null || true
[ -d Tests/Fuzz/regressions ] && cp Tests/Fuzz/regressions/* "$out/corpus/" 2>/dev/null || true
"$out/fuzz-parser" "$out/corpus" -max_total_time="$seconds" -timeout=1 -rss_limit_mb=4096 \
  -max_len=65536 -artifact_prefix=Tests/Fuzz/findings/ -print_final_stats=1 "$@"
