#!/usr/bin/env bash
# Builds dist/mailmerge_<version>_<arch>.deb with dpkg-deb from the app bundle: the app in /opt/mailmerge, the
# command mailmerge-app, a menu entry, icons at the hicolor sizes and the campaign file type (*.mailmerge.json).
# The desktop's own dpkg triggers (desktop-file-utils, shared-mime-info, hicolor-icon-theme) refresh their caches,
# so the package needs no install scripts. gzip: every dpkg reads it, and it packs in seconds (xz takes minutes).
# Options: --skip-bundle reuses an existing dist/MailMerge.
source "$(dirname "$0")/common.sh"
[ "${1:-}" = "--skip-bundle" ] || bash packaging/build-bundle.sh
VERSION="$(sed -n 's/^version = "\(.*\)"$/\1/p' pyproject.toml | head -n 1)"
ARCH="$(dpkg --print-architecture)"
STAGE="build/deb/mailmerge"
rm -rf "$STAGE" && mkdir -p "$STAGE/DEBIAN" "$STAGE/opt" "$STAGE/usr/bin" "$STAGE/usr/share/applications" \
    "$STAGE/usr/share/mime/packages" "$STAGE/usr/share/icons/hicolor/scalable/apps" "$STAGE/usr/share/doc/mailmerge"
cp -a dist/MailMerge "$STAGE/opt/mailmerge"
ln -s /opt/mailmerge/mailmerge-app "$STAGE/usr/bin/mailmerge-app"
install -m 644 packaging/linux/mailmerge.desktop "$STAGE/usr/share/applications/mailmerge.desktop"
install -m 644 packaging/linux/mailmerge-mime.xml "$STAGE/usr/share/mime/packages/mailmerge.xml"
install -m 644 resources/icons/app.svg "$STAGE/usr/share/icons/hicolor/scalable/apps/mailmerge.svg"
for png in resources/icons/app/*.png; do
    size="$(basename "$png" .png)"
    install -D -m 644 "$png" "$STAGE/usr/share/icons/hicolor/${size}x${size}/apps/mailmerge.png"
done
printf 'Mail Merge %s\nThe licences of the bundled libraries are listed in the app under Help → About.\n' "$VERSION" \
    > "$STAGE/usr/share/doc/mailmerge/copyright"
# The bundle carries Python, Qt and every Python library; the system gives the display, keyring and fonts.
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: mailmerge
Version: $VERSION
Architecture: $ARCH
Maintainer: Mail Merge team <mailmerge@example.com>
Section: mail
Priority: optional
Installed-Size: $(du -sk "$STAGE" | cut -f1)
Depends: libc6 (>= 2.31), libegl1, libgl1, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0,
 libxkbcommon-x11-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-randr0,
 libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libx11-xcb1
Recommends: gnome-keyring | kwalletmanager, fonts-noto-cjk | fonts-wqy-microhei
Homepage: https://example.com/mailmerge
Description: send one personalised message to everyone on a spreadsheet
 Open a contact list (Excel, LibreOffice or CSV), write the message once with
 fields from its columns, preview and check every row, then send through your
 office's email account with live progress and a plain reason for every
 recipient who did not get it. A crash never sends anyone the message twice.
CONTROL
chmod -R u+rwX,go+rX,go-w "$STAGE"
mkdir -p dist
DEB="dist/mailmerge_${VERSION}_${ARCH}.deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$STAGE" "$DEB" >/dev/null
echo "deb: $DEB ($(du -h "$DEB" | cut -f1); installed $(du -sh "$STAGE/opt/mailmerge" | cut -f1))"
