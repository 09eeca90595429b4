@echo off
rem Runs BaoCao from this checkout: the window without arguments, the command line with them.
set "HERE=%~dp0"
if not exist "%HERE%target\baocao.jar" (
  pushd "%HERE%" && call mvn -q -B -DskipTests package && popd || exit /b 1
)
java -Dfile.encoding=UTF-8 -jar "%HERE%target\baocao.jar" %*
