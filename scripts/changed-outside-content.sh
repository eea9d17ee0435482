#!/usr/bin/env bash
# Whether a change needs the full test suite: lists the files it changes outside content/ since
# it branched off BASE (a commit or ref, e.g. origin/main), and exits 0 when there are any, 1 when
# the change touches content/ alone (the content check covers that). When the fork point cannot
# be found (a shallow clone), it says so and exits 0, so the tests run rather than being skipped.
# Used by .github/workflows/check.yml and .gitlab-ci.yml.
set -euo pipefail
base="${1:?usage: $0 <base commit or ref>}"
if ! fork=$(git merge-base "$base" HEAD 2>/dev/null); then
  echo "Cannot find where this branch left $base: running the tests."
  exit 0
fi
changed=$(git diff --name-only "$fork" HEAD -- . ':(exclude)content/')
if [ -z "$changed" ]; then
  echo "Only content/ changed since $base."
  exit 1
fi
echo "Changed outside content/ since $base:"
echo "$changed" | sed 's/^/  /'
