#!/usr/bin/env bash
# macOS: builds "dist/Mail Merge.app" (the spec's BUNDLE step) and packs it into dist/MailMerge-<version>.dmg with a
# link to /Applications, so installing is dragging the app onto it. Needs hdiutil (macOS only).
# BUNDLE=skip uses an existing "dist/Mail Merge.app" (CI builds it in an earlier step).
set -euo pipefail
cd "$(dirname "$0")/../.."
[ "${BUNDLE:-}" = skip ] || bash packaging/build-bundle.sh
VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)"
STAGE="build/dmg"
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "dist/Mail Merge.app" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Mail Merge" -srcfolder "$STAGE" -ov -format UDZO "dist/MailMerge-$VERSION.dmg"
echo "dmg: dist/MailMerge-$VERSION.dmg"
