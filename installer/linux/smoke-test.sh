#!/usr/bin/env bash
# Smoke check of the built .deb: unpack it into a temporary root (no installation needed), start the window
# under Xvfb with a fresh user folder and --smoke (opens the default database, shows the window, exits 0),
# then check with the packaged command line that the database was created with the 78-indicator catalog.
# Needs: target/dist/baocao_*.deb (installer/linux/build-deb.sh), xvfb-run (apt-get install -y xvfb).
set -euo pipefail
cd "$(dirname "$0")/../.."
deb="$(ls target/dist/baocao_*_amd64.deb | head -1)"
root="$(mktemp -d)"
home="$(mktemp -d)"
trap 'rm -rf "$root" "$home"' EXIT
dpkg-deb -x "$deb" "$root"
app="$root/opt/baocao/bin/BaoCao"
export HOME="$home" XDG_DATA_HOME="$home/.local/share"

echo "Gói: $deb ($(du -h "$deb" | cut -f1))"
timeout 180 xvfb-run -a -s "-screen 0 1366x768x24" "$app" --smoke
# What postinst does on installation: the class-data-sharing archive, made for where the package was unpacked.
test -f "$root/opt/baocao/lib/app/baocao.classlist" || { echo "Lỗi: gói thiếu danh sách lớp (CDS)"; exit 1; }
sh "$root/opt/baocao/lib/app/make-cds-archive.sh" "$root/opt/baocao"
test -s "$root/opt/baocao/lib/app/baocao.jsa" || { echo "Lỗi: không tạo được kho lớp (CDS)"; exit 1; }
echo "Kho lớp CDS: $(du -h "$root/opt/baocao/lib/app/baocao.jsa" | cut -f1); mở lại cửa sổ với kho:"
timeout 180 xvfb-run -a -s "-screen 0 1366x768x24" "$app" --smoke
# The command-line launcher: its short-run JVM, and a render of a seed document that maps the same archive.
cli="$root/opt/baocao/bin/baocao"
grep -q -- "-XX:TieredStopAtLevel=1" "$root/opt/baocao/lib/app/baocao.cfg" || { echo "Lỗi: lệnh baocao thiếu tùy chọn JVM chạy ngắn"; exit 1; }
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$home/classes.txt" "$cli" render src/test/resources/seeds/004.json \
  --docx "$home/t.docx" --pdf "$home/t.pdf" 2> /dev/null
test -s "$home/t.pdf" && test -s "$home/t.docx" || { echo "Lỗi: lệnh baocao render không tạo được tệp"; exit 1; }
shared="$(grep -c "shared objects file" "$home/classes.txt" || true)"
echo "Lệnh baocao render: $shared lớp lấy từ kho CDS"
[ "$shared" -gt 1000 ] || { echo "Lỗi: lệnh baocao không dùng kho lớp CDS"; exit 1; }
db="$XDG_DATA_HOME/baocao/baocao.db"
test -f "$db" || { echo "Lỗi: không thấy cơ sở dữ liệu $db"; exit 1; }
"$app" db info | tee "$home/info.txt"
grep -q "Chỉ tiêu: 78" "$home/info.txt" || { echo "Lỗi: danh mục không có 78 chỉ tiêu"; exit 1; }
echo "Kiểm tra gói: đạt."
