# Builds Refill-<version>.msi on Windows (run in PowerShell with a JDK 17+, Maven and the WiX Toolset 3.x
# on PATH; jpackage uses WiX for .msi). Result: target\dist\Refill-<version>.msi with its own trimmed Java
# runtime, a Start-menu entry and a desktop shortcut, per-user install (no administrator rights needed).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..\..")
mvn -B -DskipTests clean package
$version = (Select-String -Path target\classes\app\refill\version.properties -Pattern '^version=(.*)$').Matches[0].Groups[1].Value
New-Item -ItemType Directory -Force target\dist-input | Out-Null
Copy-Item target\refill.jar target\dist-input\
$modules = "java.base,java.desktop,java.logging,java.naming,java.sql,jdk.crypto.ec,jdk.jfr,jdk.unsupported,jdk.zipfs"
& "$env:JAVA_HOME\bin\jpackage.exe" `
  --type msi --name Refill --app-version $version --vendor Refill `
  --description "Desktop editor for AI inpainting and outpainting" `
  --input target\dist-input --main-jar refill.jar --main-class app.refill.app.Main `
  --add-modules $modules --java-options -XX:+UseZGC `
  --icon assets\icons\refill.ico `
  --win-menu --win-menu-group Refill --win-shortcut --win-per-user-install --win-dir-chooser `
  --win-upgrade-uuid 4f6a3c2e-9d1b-4c7e-8a55-2f0e6b1d9c31 `
  --dest target\dist
Write-Output "built target\dist\Refill-$version.msi"
