#!/usr/bin/env bash
# Builds Refill.dmg on macOS (jpackage cannot cross-build; run this on a Mac with a JDK 17+ and Maven).
# Result: target/dist/Refill-<version>.dmg, an app bundle with its own trimmed Java runtime.
# Signing/notarisation: add --mac-sign --mac-signing-key-user-name "Developer ID Application: ..." when you
# have a Developer ID; unsigned bundles open after right-click > Open.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -DskipTests clean package
version=$(sed -n 's/^version=//p' target/classes/app/refill/version.properties)
mkdir -p target/dist-input && cp target/refill.jar target/dist-input/
modules=$(mvn -B -q help:evaluate -Dexpression=dist.modules -DforceStdout)
"${JAVA_HOME:-$(/usr/libexec/java_home)}/bin/jpackage" \
  --type dmg --name Refill --app-version "$version" --vendor Refill \
  --description "Desktop editor for AI inpainting and outpainting" \
  --input target/dist-input --main-jar refill.jar --main-class app.refill.app.Main \
  --add-modules "$modules" \
  --icon assets/icons/refill.icns \
  --mac-package-identifier app.refill --mac-app-category public.app-category.graphics-design \
  --java-options -Xdock:name=Refill --java-options -XX:+UseZGC \
  --dest target/dist
echo "built target/dist/Refill-$version.dmg"
