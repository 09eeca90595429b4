@echo off
rem Runs BaoCao from this checkout: the window without arguments, the command line with them.
set "HERE=%~dp0"
if not exist "%HERE%target\baocao.jar" (
  pushd "%HERE%" && call mvn -q -B -DskipTests package && popd || exit /b 1
)
rem Class-data sharing (JDK AppCDS), as in ./baocao: the first window session records the classes it loads, later
rem starts map them. The archive's name carries the jar's size so that a rebuilt jar records a new one; an archive
rem that does not fit (other JDK) is ignored by the JVM, silently.
for %%J in ("%HERE%target\baocao.jar") do set "JARSIZE=%%~zJ"
set "JSA=%HERE%target\cds\baocao-%JARSIZE%.jsa"
set "CDS="
if exist "%JSA%" (
  set CDS="-XX:SharedArchiveFile=%JSA%"
) else if "%~1"=="" (
  if not exist "%HERE%target\cds" mkdir "%HERE%target\cds"
  rem Recording needs the JDK's own base archive; a JDK without one would refuse to start, so ask it first.
  java "-Xlog:cds*=off" "-XX:ArchiveClassesAtExit=%JSA%.probe" -version >nul 2>&1 && set CDS="-XX:ArchiveClassesAtExit=%JSA%"
  if exist "%JSA%.probe" del "%JSA%.probe"
)
rem Vietnamese in the console: BaoCao writes UTF-8, so the console is switched to code page 65001 for the run and
rem put back afterwards. Paths with spaces and Vietnamese letters are passed quoted by %* as typed.
for /f "tokens=2 delims=:." %%C in ('chcp') do set "OLDCP=%%C"
chcp 65001 >nul
java "-Xlog:cds*=off" %CDS% -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -jar "%HERE%target\baocao.jar" %*
set "STATUS=%ERRORLEVEL%"
if defined OLDCP chcp %OLDCP% >nul
exit /b %STATUS%
