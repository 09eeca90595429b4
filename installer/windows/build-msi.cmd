@echo off
rem Builds BaoCao-VERSION.msi and BaoCao-VERSION.exe with jpackage. Run from any folder on a Windows PC with
rem a JDK 17 (jpackage on PATH), Maven and WiX Toolset 3.14 (candle.exe, light.exe on PATH). See installer\README.md.
setlocal enabledelayedexpansion
cd /d "%~dp0..\.."

call mvn -q -B -DskipTests package || exit /b 1

rem The version written into the jar manifest from the pom (numeric MAJOR.MINOR.BUILD, as MSI requires).
for /f "tokens=2 delims=: " %%v in ('powershell -NoProfile -Command "Add-Type -A System.IO.Compression.FileSystem; $z=[IO.Compression.ZipFile]::OpenRead('target\baocao.jar'); $e=$z.GetEntry('META-INF/MANIFEST.MF'); $r=New-Object IO.StreamReader($e.Open()); $r.ReadToEnd(); $z.Dispose()" ^| findstr Implementation-Version') do set VERSION=%%v

if exist target\jpackage-input rmdir /s /q target\jpackage-input
mkdir target\jpackage-input\lib
copy /y target\baocao.jar target\jpackage-input\ >nul
copy /y target\lib\*.jar target\jpackage-input\lib\ >nul
copy /y installer\common\LICENSE-fonts-OFL.txt target\jpackage-input\ >nul
if exist target\dist rmdir /s /q target\dist

rem Keep this UUID forever: it is what lets a new version replace the old one.
set UPGRADE_UUID=311725df-0a93-423d-a338-f633a6d67b8b
set MODULES=java.base,java.desktop,java.logging,java.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,java.xml.crypto,java.security.jgss,jdk.unsupported,jdk.jfr,jdk.xml.dom,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.crypto.cryptoki,jdk.crypto.mscapi,jdk.zipfs

for %%t in (msi exe) do (
  jpackage --type %%t --name BaoCao --app-version %VERSION% --vendor "BaoCao" ^
    --description "Chi tieu kinh te - xa hoi va van ban hanh chinh theo Nghi dinh 30/2020/ND-CP" ^
    --copyright "AGPL-3.0-or-later" --license-file LICENSE ^
    --input target\jpackage-input --main-jar baocao.jar --main-class vn.baocao.Launcher ^
    --add-modules %MODULES% --jlink-options "--strip-debug --no-header-files --no-man-pages --include-locales=en,vi" ^
    --java-options "-Dfile.encoding=UTF-8 -Xmx1g --add-opens=jdk.crypto.cryptoki/sun.security.pkcs11=ALL-UNNAMED --add-opens=jdk.crypto.cryptoki/sun.security.pkcs11.wrapper=ALL-UNNAMED -XX:+UseSerialGC -XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=60000 -XX:Tier4CompileThreshold=120000 -XX:Tier4BackEdgeThreshold=1000000" ^
    --icon installer\windows\baocao.ico ^
    --win-per-user-install --win-menu --win-menu-group BaoCao --win-shortcut --win-shortcut-prompt --win-dir-chooser ^
    --win-upgrade-uuid %UPGRADE_UUID% ^
    --dest target\dist || exit /b 1
)
dir target\dist
