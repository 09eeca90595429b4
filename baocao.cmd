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
rem Vietnamese in the console: BaoCao writes UTF-8, so the console is switched to code page 65001 for the run and
rem put back afterwards. Paths with spaces and Vietnamese letters are passed quoted by %* as typed.
for /f "tokens=2 delims=:." %%C in ('chcp') do set "OLDCP=%%C"
chcp 65001 >nul
set "UTF8=-Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8"
if "%~1"=="" goto window
if /i "%~1"=="--smoke" goto window
goto cli

:window
rem The window's JVM as ./baocao and the installed window start it (WINDOW_JAVA_OPTIONS in installer\common).
set "WINDOW_JAVA=-XX:+UseSerialGC -XX:Tier4InvocationThreshold=100000 -XX:Tier4MinInvocationThreshold=60000 -XX:Tier4CompileThreshold=120000 -XX:Tier4BackEdgeThreshold=1000000"
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
java "-Xlog:cds*=off" %CDS% %WINDOW_JAVA% %UTF8% -jar "%HERE%target\baocao.jar" %*
goto done

rem A command-line run is short (a render, an assessment), so the JVM is set for that, as ./baocao does (issue 17):
rem C1 only, the serial collector with a small heap, no perf data. It has a class-data archive of its own, recorded
rem once per jar by a training run (CdsTraining: an import of a sample workbook into a scratch database, then a
rem render of a seed document; the window's archive lacks the renderers' and the import's classes).
rem BAOCAO_CDS=off runs without it (for the benchmarks).
:cli
set "CLI_JAVA=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms128m -Xmx1g -XX:-UsePerfData"
set "CLI_JSA=%HERE%target\cds\baocao-cli-%JARSIZE%.jsa"
if /i "%BAOCAO_CDS%"=="off" goto cli_plain
if exist "%CLI_JSA%" goto cli_archive
if not exist "%HERE%src\test\resources\seeds\004.json" goto cli_plain
if not exist "%HERE%src\test\resources\corpus\28-bieu01-sach.xlsx" goto cli_plain
if not exist "%HERE%target\cds" mkdir "%HERE%target\cds"
java "-Xlog:cds*=off" "-XX:ArchiveClassesAtExit=%CLI_JSA%.probe" -version >nul 2>&1 || goto cli_plain
if exist "%CLI_JSA%.probe" del "%CLI_JSA%.probe"
java "-Xlog:cds*=off" "-XX:ArchiveClassesAtExit=%CLI_JSA%.tmp" %CLI_JAVA% %UTF8% -cp "%HERE%target\baocao.jar" vn.baocao.cli.CdsTraining "%HERE%src\test\resources\seeds\004.json" "%HERE%src\test\resources\corpus\28-bieu01-sach.xlsx" XINMAN.NAMDAN >nul 2>&1
rem Written under a name of its own, then put in place in one step.
if exist "%CLI_JSA%.tmp" move /y "%CLI_JSA%.tmp" "%CLI_JSA%" >nul
if not exist "%CLI_JSA%" goto cli_plain
:cli_archive
java "-Xlog:cds*=off" "-XX:SharedArchiveFile=%CLI_JSA%" %CLI_JAVA% %UTF8% -jar "%HERE%target\baocao.jar" %*
goto done
:cli_plain
java %CLI_JAVA% %UTF8% -jar "%HERE%target\baocao.jar" %*

:done
set "STATUS=%ERRORLEVEL%"
if defined OLDCP chcp %OLDCP% >nul
exit /b %STATUS%
