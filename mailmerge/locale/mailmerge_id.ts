<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mail Merge</source>
        <translation>Tentang Mail Merge</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mail Merge {version}&lt;/h2&gt;&lt;p&gt;Send one message to everyone on a spreadsheet, each copy personalised, safely.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Mail Merge {version}&lt;/h2&gt;&lt;p&gt;Kirim satu pesan ke semua orang di lembar kerja dengan aman, setiap salinan disesuaikan untuk penerimanya.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Pustaka</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lisensi</translation>
    </message>
    <message>
        <source>Mail Merge is built with these libraries, each under its own licence:</source>
        <translation>Mail Merge dibuat dengan pustaka berikut, masing-masing dengan lisensinya sendiri:</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Add account</source>
        <translation>Tambah akun</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Ubah akun</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (biasanya port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>TLS sejak awal (biasanya port 465)</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Tidak ada (hanya relai lokal)</translation>
    </message>
    <message>
        <source>This server needs no login</source>
        <translation>Server ini tidak perlu login</translation>
    </message>
    <message>
        <source>For an office relay that accepts mail from this computer without a login name or password.</source>
        <translation>Untuk relai kantor yang menerima email dari komputer ini tanpa nama login atau kata sandi.</translation>
    </message>
    <message>
        <source>Office &lt;office@example.com&gt;</source>
        <translation>Kantor &lt;office@example.com&gt;</translation>
    </message>
    <message>
        <source>The OAuth client ID your administrator registered</source>
        <translation>ID klien OAuth yang didaftarkan administrator Anda</translation>
    </message>
    <message>
        <source>Google only: the client secret that came with the ID</source>
        <translation>Khusus Google: rahasia klien yang diberikan bersama ID</translation>
    </message>
    <message>
        <source>unsubscribe@example.com (people write here to leave)</source>
        <translation>unsubscribe@example.com (orang menulis ke sini untuk berhenti langganan)</translation>
    </message>
    <message>
        <source>Optional: https://example.com/unsubscribe (one click)</source>
        <translation>Opsional: https://example.com/unsubscribe (sekali klik)</translation>
    </message>
    <message>
        <source>Optional: the selector your provider shows for DKIM</source>
        <translation>Opsional: selector DKIM yang ditunjukkan penyedia Anda</translation>
    </message>
    <message>
        <source>Optional: imap.example.com, to check bounces and replies</source>
        <translation>Opsional: imap.example.com, untuk memeriksa email terpental dan balasan</translation>
    </message>
    <message>
        <source>Keep a copy of each sent message in the Sent folder</source>
        <translation>Simpan salinan setiap pesan terkirim di folder Terkirim</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Penyedia</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Wilayah</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Keamanan</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Nama login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Sign-in client ID</source>
        <translation>ID klien masuk</translation>
    </message>
    <message>
        <source>Sign-in client secret</source>
        <translation>Rahasia klien masuk</translation>
    </message>
    <message>
        <source>Unsubscribe address</source>
        <translation>Alamat berhenti langganan</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>Tautan berhenti langganan</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>Selector DKIM</translation>
    </message>
    <message>
        <source>Mailbox server (IMAP)</source>
        <translation>Server kotak surat (IMAP)</translation>
    </message>
    <message>
        <source>Not shown once saved</source>
        <translation>Tidak ditampilkan setelah disimpan</translation>
    </message>
    <message>
        <source>{notes}
Limits: {limits}.</source>
        <translation>{notes}
Batas kirim: {limits}.</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>ID kunci akses</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>Kunci akses rahasia</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>App password (optional)</source>
        <translation>Sandi aplikasi (opsional)</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>Memeriksa keyring sistem…</translation>
    </message>
    <message>
        <source>Stored in the system keyring (type a new one to replace it)</source>
        <translation>Tersimpan di keyring sistem (ketik yang baru untuk menggantinya)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>Belum ada yang disimpan</translation>
    </message>
    <message>
        <source>Type the login name that goes with the password, or tick “This server needs no login”.</source>
        <translation>Ketik nama login untuk kata sandi itu, atau centang “Server ini tidak perlu login”.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>{n} a second</source>
        <translation>{n} per detik</translation>
    </message>
    <message>
        <source>{n} a minute</source>
        <translation>{n} per menit</translation>
    </message>
    <message>
        <source>{n} an hour</source>
        <translation>{n} per jam</translation>
    </message>
    <message>
        <source>{n} a day</source>
        <translation>{n} per hari</translation>
    </message>
    <message>
        <source>{n} an hour per domain</source>
        <translation>{n} per jam per domain</translation>
    </message>
    <message>
        <source>{n} an hour to one address</source>
        <translation>{n} per jam ke satu alamat</translation>
    </message>
    <message>
        <source>“Edit…”</source>
        <translation>“Ubah…”</translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation>1 koneksi</translation>
    </message>
    <message>
        <source>{n} connections</source>
        <translation>{n} koneksi</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>Akun tersimpan</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tambah…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Ubah…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Uji koneksi</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Signature…</source>
        <translation>Tanda tangan…</translation>
    </message>
    <message>
        <source>No accounts yet. Choose Add… to send through your office&apos;s email server or an email service. Until then, the built-in outbox keeps every message on this computer.</source>
        <translation>Belum ada akun. Pilih Tambah… untuk mengirim lewat server email kantor Anda atau layanan email. Sampai saat itu, kotak keluar bawaan menyimpan setiap pesan di komputer ini.</translation>
    </message>
    <message>
        <source>Sign in with {provider}</source>
        <translation>Masuk dengan {provider}</translation>
    </message>
    <message>
        <source>Saved {account}.</source>
        <translation>{account} sudah disimpan.</translation>
    </message>
    <message>
        <source>Click “Sign in with {provider}” to finish.</source>
        <translation>Klik “Masuk dengan {provider}” untuk menyelesaikan.</translation>
    </message>
    <message>
        <source>Saved the signature of “{name}”.</source>
        <translation>Tanda tangan “{name}” sudah disimpan.</translation>
    </message>
    <message>
        <source>Delete the account “{name}” and the password saved for it in the system keyring? Campaigns already sent keep their journals.</source>
        <translation>Hapus akun “{name}” beserta kata sandinya yang tersimpan di keyring sistem? Kampanye yang sudah terkirim tetap menyimpan catatannya.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Hapus akun</translation>
    </message>
    <message>
        <source>Deleted “{name}” and its saved password.</source>
        <translation>“{name}” beserta kata sandinya sudah dihapus.</translation>
    </message>
    <message>
        <source>Testing {name}…</source>
        <translation>Menguji {name}…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>Koneksi berjalan baik.</translation>
    </message>
    <message>
        <source>The connection failed:</source>
        <translation>Koneksi gagal:</translation>
    </message>
    <message>
        <source>The account cannot send yet:</source>
        <translation>Akun ini belum bisa mengirim:</translation>
    </message>
    <message>
        <source>The account works; read the warnings:</source>
        <translation>Akun berfungsi; baca peringatan berikut:</translation>
    </message>
    <message>
        <source>The account works.</source>
        <translation>Akun berfungsi.</translation>
    </message>
    <message>
        <source>{mark} {stage}: {detail}</source>
        <translation>{mark} {stage}: {detail}</translation>
    </message>
    <message>
        <source>“{name}” has no sign-in client ID yet. Click Edit…, enter the client ID your administrator registered for Mail Merge, save, and sign in again.</source>
        <translation>“{name}” belum punya ID klien masuk. Klik Ubah…, isi ID klien yang didaftarkan administrator Anda untuk Mail Merge, simpan, lalu masuk lagi.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Selesaikan proses masuk di peramban Anda…</translation>
    </message>
    <message>
        <source>Signed in: “{name}” can send now.</source>
        <translation>Sudah masuk: “{name}” sekarang bisa mengirim.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>&amp;Check all rows (F5)</source>
        <translation>&amp;Periksa semua baris (F5)</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Belum diperiksa.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Double-click a line (or press Enter) to go to the row it is about.</source>
        <translation>Klik dua kali sebuah temuan (atau tekan Enter) untuk membuka baris yang dimaksud.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Memeriksa setiap baris…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) must be fixed before sending.</source>
        <translation>
            <numerusform>%Ln masalah harus diperbaiki sebelum mengirim.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to send. Have a look at the warnings below.</source>
        <translation>Siap dikirim. Silakan lihat peringatan di bawah.</translation>
    </message>
    <message>
        <source>Every row is ready to send.</source>
        <translation>Semua baris siap dikirim.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln peringatan</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>Pemeriksaan tidak dapat dijalankan.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Checked {n} row</source>
        <translation>{n} baris diperiksa</translation>
    </message>
    <message>
        <source>Checked {n} rows</source>
        <translation>{n} baris diperiksa</translation>
    </message>
    <message>
        <source>Dry run: {built} built ({size:.1f} MB), {failed} could not be built; nothing sent.</source>
        <translation>Uji coba: {built} dibuat ({size:.1f} MB), {failed} tidak dapat dibuat; tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Every message carries: {files}</source>
        <translation>Setiap pesan membawa: {files}</translation>
    </message>
    <message>
        <source>Finished: {sent} sent, {failed} failed or unknown, of {n} row.</source>
        <translation>Selesai: {sent} terkirim, {failed} gagal atau tidak diketahui, dari {n} baris.</translation>
    </message>
    <message>
        <source>Finished: {sent} sent, {failed} failed or unknown, of {n} rows.</source>
        <translation>Selesai: {sent} terkirim, {failed} gagal atau tidak diketahui, dari {n} baris.</translation>
    </message>
    <message>
        <source>Imported {n} address from {file}</source>
        <translation>{n} alamat diimpor dari {file}</translation>
    </message>
    <message>
        <source>Imported {n} addresses from {file}</source>
        <translation>{n} alamat diimpor dari {file}</translation>
    </message>
    <message>
        <source>Left out of this send: {parts}.</source>
        <translation>Tidak diikutkan dalam pengiriman ini: {parts}.</translation>
    </message>
    <message>
        <source>No accounts saved; `send` uses the built-in outbox. Add one with `mailmerge account add`.</source>
        <translation>Belum ada akun yang disimpan; `send` memakai kotak keluar bawaan. Tambahkan akun dengan `mailmerge account add`.</translation>
    </message>
    <message>
        <source>No password saved for {name!r}: pipe it in with --password-stdin to save it in the system keyring.</source>
        <translation>Tidak ada kata sandi yang disimpan untuk {name!r}: kirimkan lewat --password-stdin untuk menyimpannya di keyring sistem.</translation>
    </message>
    <message>
        <source>Nothing to send: every row of this campaign has been handled (see `mailmerge report`).</source>
        <translation>Tidak ada yang perlu dikirim: setiap baris kampanye ini sudah ditangani (lihat `mailmerge report`).</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>Tidak ada yang dikirim.</translation>
    </message>
    <message>
        <source>Opening your browser to sign in…</source>
        <translation>Membuka browser untuk masuk…</translation>
    </message>
    <message>
        <source>Outbox listening on {host}:{port}, saving to {folder}</source>
        <translation>Kotak keluar menunggu di {host}:{port}, pesan disimpan ke {folder}</translation>
    </message>
    <message>
        <source>Outbox stopped. {n} message is in {folder}.</source>
        <translation>Kotak keluar berhenti. Ada {n} pesan di {folder}.</translation>
    </message>
    <message>
        <source>Outbox stopped. {n} messages are in {folder}.</source>
        <translation>Kotak keluar berhenti. Ada {n} pesan di {folder}.</translation>
    </message>
    <message>
        <source>Password (not shown): </source>
        <translation>Kata sandi (tidak ditampilkan): </translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Tekan Ctrl+C untuk berhenti.</translation>
    </message>
    <message>
        <source>Read {n} message since {since}</source>
        <translation>{n} pesan sejak {since} dibaca</translation>
    </message>
    <message>
        <source>Read {n} messages since {since}</source>
        <translation>{n} pesan sejak {since} dibaca</translation>
    </message>
    <message>
        <source>Removed account {name!r} and its saved password.</source>
        <translation>Akun {name!r} dan kata sandinya yang tersimpan sudah dihapus.</translation>
    </message>
    <message>
        <source>Report of {n} row written to {file}</source>
        <translation>Laporan {n} baris ditulis ke {file}</translation>
    </message>
    <message>
        <source>Report of {n} rows written to {file}</source>
        <translation>Laporan {n} baris ditulis ke {file}</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>STARTTLS bila tersedia</translation>
    </message>
    <message>
        <source>Saved {account}</source>
        <translation>Disimpan: {account}</translation>
    </message>
    <message>
        <source>Send {n} message via {account}? [y/N] </source>
        <translation>Kirim {n} pesan lewat {account}? [y/N] </translation>
    </message>
    <message>
        <source>Send {n} messages via {account}? [y/N] </source>
        <translation>Kirim {n} pesan lewat {account}? [y/N] </translation>
    </message>
    <message>
        <source>Sending {n} message via {account}; journal: {path}</source>
        <translation>Mengirim {n} pesan lewat {account}; catatan: {path}</translation>
    </message>
    <message>
        <source>Sending {n} messages via {account}; journal: {path}</source>
        <translation>Mengirim {n} pesan lewat {account}; catatan: {path}</translation>
    </message>
    <message>
        <source>Stopping after the messages in flight (Ctrl-C again to quit now)...</source>
        <translation>Berhenti setelah pesan yang sedang dikirim selesai (tekan Ctrl-C lagi untuk keluar sekarang)...</translation>
    </message>
    <message>
        <source>The suppression list is empty: no address is held back.</source>
        <translation>Daftar blokir kosong: tidak ada alamat yang ditahan.</translation>
    </message>
    <message>
        <source>Waiting until {when} to send (leave this window open; Ctrl+C cancels).</source>
        <translation>Menunggu sampai {when} untuk mengirim (biarkan jendela ini terbuka; Ctrl+C membatalkan).</translation>
    </message>
    <message>
        <source>Wrote row {row} to {file} ({size} bytes).</source>
        <translation>Baris {row} ditulis ke {file} ({size} byte).</translation>
    </message>
    <message>
        <source>Wrote {n} address to {file}.</source>
        <translation>{n} alamat ditulis ke {file}.</translation>
    </message>
    <message>
        <source>Wrote {n} addresses to {file}.</source>
        <translation>{n} alamat ditulis ke {file}.</translation>
    </message>
    <message>
        <source>column {column}: {sentence}</source>
        <translation>kolom {column}: {sentence}</translation>
    </message>
    <message>
        <source>mailmerge: interrupted; run the same command with --resume to continue.</source>
        <translation>mailmerge: dihentikan; untuk melanjutkan, jalankan perintah yang sama dengan --resume.</translation>
    </message>
    <message>
        <source>mailmerge: nothing was sent: {n} problem must be fixed first (see above, or run `mailmerge check` for warnings too).</source>
        <translation>mailmerge: tidak ada yang dikirim: {n} masalah harus diperbaiki dulu (lihat di atas, atau jalankan `mailmerge check` untuk melihat peringatan juga).</translation>
    </message>
    <message>
        <source>mailmerge: nothing was sent: {n} problems must be fixed first (see above, or run `mailmerge check` for warnings too).</source>
        <translation>mailmerge: tidak ada yang dikirim: {n} masalah harus diperbaiki dulu (lihat di atas, atau jalankan `mailmerge check` untuk melihat peringatan juga).</translation>
    </message>
    <message>
        <source>mailmerge: nothing was sent: {problems} must be fixed first (see above, or run `mailmerge check` for warnings too), or add --skip-invalid to send the other {others} and leave these {invalid} out.</source>
        <translation>mailmerge: tidak ada yang dikirim: {problems} harus diperbaiki dulu (lihat di atas, atau jalankan `mailmerge check` untuk melihat peringatan juga), atau tambahkan --skip-invalid untuk mengirim {others} lainnya dan melewatkan {invalid} baris ini.</translation>
    </message>
    <message>
        <source>mailmerge: row {rows} changed in the spreadsheet after the message was sent, so it is not sent again. If the person needs the corrected message, send that row with a new journal (--journal).</source>
        <translation>mailmerge: baris {rows} berubah di lembar kerja setelah pesan dikirim, jadi tidak dikirim lagi. Jika orang itu perlu pesan yang sudah diperbaiki, kirim baris itu dengan file catatan baru (--journal).</translation>
    </message>
    <message>
        <source>mailmerge: row {row} is not in this campaign; it is not sent.</source>
        <translation>mailmerge: baris {row} tidak ada di kampanye ini; tidak dikirim.</translation>
    </message>
    <message>
        <source>mailmerge: row {row} is {status}, not failed or unknown; it is not sent again.</source>
        <translation>mailmerge: baris {row} berstatus {status}, bukan gagal atau tidak diketahui; tidak dikirim lagi.</translation>
    </message>
    <message>
        <source>mailmerge: row {row} was sent already; it is not sent again.</source>
        <translation>mailmerge: baris {row} sudah dikirim; tidak dikirim lagi.</translation>
    </message>
    <message>
        <source>mailmerge: rows {rows} changed in the spreadsheet after the message was sent, so they are not sent again. If someone needs the corrected message, send those rows with a new journal (--journal).</source>
        <translation>mailmerge: baris {rows} berubah di lembar kerja setelah pesan dikirim, jadi tidak dikirim lagi. Jika ada yang perlu pesan yang sudah diperbaiki, kirim baris-baris itu dengan file catatan baru (--journal).</translation>
    </message>
    <message>
        <source>mailmerge: warning: --insecure: the server&apos;s certificate is not checked, so another computer could pretend to be the server and read the messages and the password.</source>
        <translation>mailmerge: peringatan: --insecure: sertifikat server tidak diperiksa, sehingga komputer lain bisa berpura-pura menjadi server dan membaca pesan serta kata sandi.</translation>
    </message>
    <message>
        <source>mailmerge: warning: --security none: the password is sent unencrypted; use this only for a relay you trust on your own network.</source>
        <translation>mailmerge: peringatan: --security none: kata sandi dikirim tanpa enkripsi; gunakan ini hanya untuk relay tepercaya di jaringan Anda sendiri.</translation>
    </message>
    <message>
        <source>mailmerge: warning: {count:,} messages to send but only {left:,} left in the provider&apos;s 24-hour quota: the run pauses when the quota is used up and continues by itself when there is room again (up to 24 hours later). Leave it running, or stop it and continue later with --resume.</source>
        <translation>mailmerge: peringatan: ada {count:,} pesan untuk dikirim tetapi kuota 24 jam penyedia hanya tersisa {left:,}: pengiriman berhenti sejenak saat kuota habis dan berlanjut sendiri saat ada ruang lagi (paling lambat 24 jam kemudian). Biarkan berjalan, atau hentikan dan lanjutkan nanti dengan --resume.</translation>
    </message>
    <message>
        <source>mailmerge: warning: {warning}</source>
        <translation>mailmerge: peringatan: {warning}</translation>
    </message>
    <message>
        <source>mailmerge: {address} is not on the suppression list.</source>
        <translation>mailmerge: {address} tidak ada di daftar blokir.</translation>
    </message>
    <message>
        <source>mailmerge: {file}: Line {line}: {sentence}</source>
        <translation>mailmerge: {file}: Baris {line}: {sentence}</translation>
    </message>
    <message>
        <source>mailmerge: {n} row was being sent when the last run stopped; it is marked unknown and will not be sent again (see the report; --retry-failed --rows to resend).</source>
        <translation>mailmerge: {n} baris sedang dikirim saat pengiriman terakhir berhenti; baris itu ditandai tidak diketahui dan tidak akan dikirim lagi (lihat laporan; gunakan --retry-failed --rows untuk mengirim ulang).</translation>
    </message>
    <message>
        <source>mailmerge: {n} rows were being sent when the last run stopped; they are marked unknown and will not be sent again (see the report; --retry-failed --rows to resend).</source>
        <translation>mailmerge: {n} baris sedang dikirim saat pengiriman terakhir berhenti; baris-baris itu ditandai tidak diketahui dan tidak akan dikirim lagi (lihat laporan; gunakan --retry-failed --rows untuk mengirim ulang).</translation>
    </message>
    <message>
        <source>nothing about this run</source>
        <translation>tidak ada yang terkait pengiriman ini</translation>
    </message>
    <message>
        <source>only the newest messages were read: use --since to look at a shorter time</source>
        <translation>hanya pesan terbaru yang dibaca: gunakan --since untuk melihat rentang waktu yang lebih pendek</translation>
    </message>
    <message>
        <source>regions: {regions}</source>
        <translation>region: {regions}</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {sentence}</source>
        <translation>baris {row}, kolom {column}: {sentence}</translation>
    </message>
    <message>
        <source>row {row}, {address}: {what}</source>
        <translation>baris {row}, {address}: {what}</translation>
    </message>
    <message>
        <source>row {row}: {sentence}</source>
        <translation>baris {row}: {sentence}</translation>
    </message>
    <message>
        <source>warning: {sentence}</source>
        <translation>peringatan: {sentence}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ya</translation>
    </message>
    <message>
        <source>{address}  since {added}, for good: {why}</source>
        <translation>{address}  sejak {added}, selamanya: {why}</translation>
    </message>
    <message>
        <source>{address}  since {added}, until {expires}: {why}</source>
        <translation>{address}  sejak {added}, sampai {expires}: {why}</translation>
    </message>
    <message>
        <source>{address} is on the suppression list now: no campaign sends to it.</source>
        <translation>{address} sekarang ada di daftar blokir: tidak ada kampanye yang mengirim ke alamat ini.</translation>
    </message>
    <message>
        <source>{address} was removed from the suppression list: campaigns send to it again.</source>
        <translation>{address} dihapus dari daftar blokir: kampanye akan mengirim ke alamat ini lagi.</translation>
    </message>
    <message>
        <source>{address}: {what}</source>
        <translation>{address}: {what}</translation>
    </message>
    <message>
        <source>{counts}; fix the errors above, then check again.</source>
        <translation>{counts}; perbaiki kesalahan di atas, lalu periksa lagi.</translation>
    </message>
    <message>
        <source>{counts}; ready to send.</source>
        <translation>{counts}; siap dikirim.</translation>
    </message>
    <message>
        <source>{count} about our mail but without a row to tie them to</source>
        <translation>{count} tentang email kita tetapi tidak bisa dikaitkan ke baris mana pun</translation>
    </message>
    <message>
        <source>{count} could not be read as messages</source>
        <translation>{count} tidak dapat dibaca sebagai pesan</translation>
    </message>
    <message>
        <source>{done}/{total} done: {sent} sent, {failed} failed ({rate:.1f}/s)</source>
        <translation>{done}/{total} selesai: {sent} terkirim, {failed} gagal ({rate:.1f}/detik)</translation>
    </message>
    <message>
        <source>{done}/{total} done: {sent} sent, {failed} failed ({rate:.1f}/s, about {eta:.0f} s left)</source>
        <translation>{done}/{total} selesai: {sent} terkirim, {failed} gagal ({rate:.1f}/detik, sekitar {eta:.0f} detik lagi)</translation>
    </message>
    <message>
        <source>{found} ({extra})</source>
        <translation>{found} ({extra})</translation>
    </message>
    <message>
        <source>{imported}.</source>
        <translation>{imported}.</translation>
    </message>
    <message>
        <source>{imported}; {skipped} skipped (see above).</source>
        <translation>{imported}; {skipped} dilewati (lihat di atas).</translation>
    </message>
    <message>
        <source>{mark} {stage}: {detail}</source>
        <translation>{mark} {stage}: {detail}</translation>
    </message>
    <message>
        <source>{n} already got another version (--only-new)</source>
        <translation>{n} sudah menerima versi lain (--only-new)</translation>
    </message>
    <message>
        <source>{n} already sent in this run</source>
        <translation>{n} sudah terkirim dalam pengiriman ini</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} kesalahan</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} kesalahan</translation>
    </message>
    <message>
        <source>{n} failed before (--retry-failed to try again)</source>
        <translation>{n} gagal sebelumnya (--retry-failed untuk mencoba lagi)</translation>
    </message>
    <message>
        <source>{n} has errors (--skip-invalid)</source>
        <translation>{n} ada kesalahan (--skip-invalid)</translation>
    </message>
    <message>
        <source>{n} have errors (--skip-invalid)</source>
        <translation>{n} ada kesalahan (--skip-invalid)</translation>
    </message>
    <message>
        <source>{n} left out by you</source>
        <translation>{n} Anda kecualikan</translation>
    </message>
    <message>
        <source>{n} may have arrived (unknown; --retry-failed --rows to resend)</source>
        <translation>{n} mungkin sudah sampai (tidak pasti; --retry-failed --rows untuk mengirim ulang)</translation>
    </message>
    <message>
        <source>{n} message</source>
        <translation>{n} pesan</translation>
    </message>
    <message>
        <source>{n} messages</source>
        <translation>{n} pesan</translation>
    </message>
    <message>
        <source>{n} no longer in the spreadsheet</source>
        <translation>{n} sudah tidak ada di lembar kerja</translation>
    </message>
    <message>
        <source>{n} on the suppression list</source>
        <translation>{n} ada di daftar blokir</translation>
    </message>
    <message>
        <source>{n} problem</source>
        <translation>{n} masalah</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>{n} masalah</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} baris</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} baris</translation>
    </message>
    <message>
        <source>{n} same address as an earlier row (--per-row sends each row)</source>
        <translation>{n} alamatnya sama dengan baris sebelumnya (--per-row mengirim tiap baris)</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} peringatan</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} peringatan</translation>
    </message>
    <message>
        <source>{read}: {found}. {added} added to the suppression list.</source>
        <translation>{read}: {found}. {added} ditambahkan ke daftar blokir.</translation>
    </message>
    <message>
        <source>{rows} and {more} more</source>
        <translation>{rows} dan {more} lainnya</translation>
    </message>
    <message>
        <source>{rows}: {errors}, {warnings}</source>
        <translation>{rows}: {errors}, {warnings}</translation>
    </message>
    <message>
        <source>{server} as {user}</source>
        <translation>{server} sebagai {user}</translation>
    </message>
    <message>
        <source>{what} - now on the suppression list</source>
        <translation>{what} - sekarang ada di daftar blokir</translation>
    </message>
    <message>
        <source>{where}; sign-in: {auth}; limits: {limits}</source>
        <translation>{where}; cara masuk: {auth}; batas: {limits}</translation>
    </message>
</context>
<context>
    <name>ConfirmSend</name>
    <message>
        <source>Every message carries these files:</source>
        <translation>Setiap pesan membawa file berikut:</translation>
    </message>
    <message>
        <source>Leave out the {n} row with errors and send to the others</source>
        <translation>Lewati {n} baris yang bermasalah dan kirim ke yang lain</translation>
    </message>
    <message>
        <source>Leave out the {n} rows with errors and send to the others</source>
        <translation>Lewati {n} baris yang bermasalah dan kirim ke yang lain</translation>
    </message>
    <message>
        <source>Left out of this send by you in the Contacts step.</source>
        <translation>Anda mengecualikannya dari pengiriman ini di langkah Kontak.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Tidak diikutkan:</translation>
    </message>
    <message>
        <source>Not sent because of a problem in the row (see Check): {problem}</source>
        <translation>Tidak dikirim karena ada masalah pada baris ini (lihat Periksa): {problem}</translation>
    </message>
    <message>
        <source>Same address as row {row}, which gets the message.</source>
        <translation>Alamatnya sama dengan baris {row}, yang menerima pesan ini.</translation>
    </message>
    <message>
        <source>Send again to {n} row through “{account}”.</source>
        <translation>Kirim ulang ke {n} baris melalui “{account}”.</translation>
    </message>
    <message>
        <source>Send again to {n} rows through “{account}”.</source>
        <translation>Kirim ulang ke {n} baris melalui “{account}”.</translation>
    </message>
    <message>
        <source>Send {n} message</source>
        <translation>Kirim {n} pesan</translation>
    </message>
    <message>
        <source>Send {n} message through “{account}”.</source>
        <translation>Kirim {n} pesan melalui “{account}”.</translation>
    </message>
    <message>
        <source>Send {n} messages</source>
        <translation>Kirim {n} pesan</translation>
    </message>
    <message>
        <source>Send {n} messages through “{account}”.</source>
        <translation>Kirim {n} pesan melalui “{account}”.</translation>
    </message>
    <message>
        <source>This is a trial: the messages go to the outbox folder on this computer and nobody receives them.</source>
        <translation>Ini percobaan: pesan masuk ke folder kotak keluar di komputer ini dan tidak ada yang menerimanya.</translation>
    </message>
    <message>
        <source>{address} already got another version of this message through {account}.</source>
        <translation>{address} sudah menerima versi lain dari pesan ini melalui {account}.</translation>
    </message>
    <message>
        <source>{address} is on the suppression list ({why}).</source>
        <translation>{address} ada di daftar blokir ({why}).</translation>
    </message>
    <message>
        <source>{n} address is on the suppression list</source>
        <translation>{n} alamat ada di daftar blokir</translation>
    </message>
    <message>
        <source>{n} addresses are on the suppression list</source>
        <translation>{n} alamat ada di daftar blokir</translation>
    </message>
    <message>
        <source>{n} message may have arrived when sending stopped (see History; “Retry not sent” can send it again)</source>
        <translation>{n} pesan mungkin sudah sampai saat pengiriman berhenti (lihat Riwayat; “Kirim ulang yang gagal” bisa mengirimnya lagi)</translation>
    </message>
    <message>
        <source>{n} messages may have arrived when sending stopped (see History; “Retry not sent” can send them again)</source>
        <translation>{n} pesan mungkin sudah sampai saat pengiriman berhenti (lihat Riwayat; “Kirim ulang yang gagal” bisa mengirimnya lagi)</translation>
    </message>
    <message>
        <source>{n} of these people already got a different version on {date} through {account}.</source>
        <translation>{n} orang di antaranya sudah menerima versi lain pada {date} melalui {account}.</translation>
    </message>
    <message>
        <source>{n} people already got another version of it</source>
        <translation>{n} orang sudah menerima versi lain</translation>
    </message>
    <message>
        <source>{n} people already got it in this send</source>
        <translation>{n} orang sudah menerimanya dalam pengiriman ini</translation>
    </message>
    <message>
        <source>{n} person already got another version of it</source>
        <translation>{n} orang sudah menerima versi lain</translation>
    </message>
    <message>
        <source>{n} person already got it in this send</source>
        <translation>{n} orang sudah menerimanya dalam pengiriman ini</translation>
    </message>
    <message>
        <source>{n} row failed before (“Retry not sent” tries it again)</source>
        <translation>{n} baris gagal sebelumnya (“Kirim ulang yang gagal” mencobanya lagi)</translation>
    </message>
    <message>
        <source>{n} row has a problem Check found</source>
        <translation>{n} baris punya masalah yang ditemukan Periksa</translation>
    </message>
    <message>
        <source>{n} row has the same address as another row, which gets the message</source>
        <translation>{n} baris punya alamat yang sama dengan baris lain, yang menerima pesannya</translation>
    </message>
    <message>
        <source>{n} row is no longer in the spreadsheet</source>
        <translation>{n} baris sudah tidak ada di lembar kerja</translation>
    </message>
    <message>
        <source>{n} row you left out in the Contacts step</source>
        <translation>{n} baris yang tidak Anda ikutkan di langkah Kontak</translation>
    </message>
    <message>
        <source>{n} rows are no longer in the spreadsheet</source>
        <translation>{n} baris sudah tidak ada di lembar kerja</translation>
    </message>
    <message>
        <source>{n} rows failed before (“Retry not sent” tries them again)</source>
        <translation>{n} baris gagal sebelumnya (“Kirim ulang yang gagal” mencobanya lagi)</translation>
    </message>
    <message>
        <source>{n} rows have a problem Check found</source>
        <translation>{n} baris punya masalah yang ditemukan Periksa</translation>
    </message>
    <message>
        <source>{n} rows have the same address as another row, which gets the message</source>
        <translation>{n} baris punya alamat yang sama dengan baris lain, yang menerima pesannya</translation>
    </message>
    <message>
        <source>{n} rows you left out in the Contacts step</source>
        <translation>{n} baris yang tidak Anda ikutkan di langkah Kontak</translation>
    </message>
</context>
<context>
    <name>ConfirmSendDialog</name>
    <message>
        <source>Send again?</source>
        <translation>Kirim lagi?</translation>
    </message>
    <message>
        <source>Send to everyone?</source>
        <translation>Kirim ke semua?</translation>
    </message>
    <message>
        <source>Or cancel and fix them in the spreadsheet: the Check step lists each one.</source>
        <translation>Atau batalkan dan perbaiki di lembar kerja: langkah Periksa mencantumkan semuanya.</translation>
    </message>
    <message>
        <source>Send one message per row, also when an address is on several rows</source>
        <translation>Kirim satu pesan per baris, juga jika satu alamat ada di beberapa baris</translation>
    </message>
    <message>
        <source>Send this one to everyone</source>
        <translation>Kirim versi ini ke semua</translation>
    </message>
    <message>
        <source>Send it only to those who got none</source>
        <translation>Kirim hanya ke yang belum menerima apa pun</translation>
    </message>
    <message>
        <source>Nothing can be sent until this is fixed: {problem}</source>
        <translation>Tidak ada yang bisa dikirim sebelum ini diperbaiki: {problem}</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>{text}
(left out of this send)</source>
        <translation>{text}
(tidak diikutkan dalam pengiriman ini)</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Email address</source>
        <translation>Alamat email</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>Waktu kirim</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>Alamat &amp;email:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Bcc:</translation>
    </message>
    <message>
        <source>A&amp;ttachments:</source>
        <translation>&amp;Lampiran:</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>W&amp;aktu kirim:</translation>
    </message>
    <message>
        <source>No spreadsheet open. Drop one here or use File → Open (Ctrl+O).</source>
        <translation>Belum ada lembar kerja yang dibuka. Seret file ke sini atau gunakan Berkas → Buka (Ctrl+O).</translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation>&amp;Buka lembar kerja…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Lembar</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatis</translation>
    </message>
    <message>
        <source>Row with the column names</source>
        <translation>Baris berisi nama kolom</translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column names</source>
        <translation>Baris di lembar yang berisi nama kolom</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Pengodean teks</translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation>Membaca lembar kerja</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>Lem&amp;bar:</translation>
    </message>
    <message>
        <source>Column names in ro&amp;w:</source>
        <translation>Nama kolom di &amp;baris:</translation>
    </message>
    <message>
        <source>Text enco&amp;ding:</source>
        <translation>Pengodean te&amp;ks:</translation>
    </message>
    <message>
        <source>Which column holds…</source>
        <translation>Kolom mana yang berisi…</translation>
    </message>
    <message>
        <source>Find in the contacts…</source>
        <translation>Cari di kontak…</translation>
    </message>
    <message>
        <source>Find in the contacts</source>
        <translation>Cari di kontak</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Leave out of this send</source>
        <translation>Jangan ikutkan dalam pengiriman ini</translation>
    </message>
    <message>
        <source>Put back into this send</source>
        <translation>Ikutkan lagi dalam pengiriman ini</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>Automatic (row {row})</source>
        <translation>Otomatis (baris {row})</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(tidak dipakai)</translation>
    </message>
    <message>
        <source>(right-click rows to leave them out of this send)</source>
        <translation>(klik kanan baris untuk tidak mengikutkannya dalam pengiriman ini)</translation>
    </message>
    <message>
        <source>No column looks like email addresses. Choose the email column under “Which column holds…”.</source>
        <translation>Tidak ada kolom yang tampak berisi alamat email. Pilih kolom email di bagian “Kolom mana yang berisi…”.</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Unicode (UTF-32)</source>
        <translation>Unicode (UTF-32)</translation>
    </message>
    <message>
        <source>Korean (CP949 / EUC-KR)</source>
        <translation>Korea (CP949 / EUC-KR)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>Jepang (Shift-JIS)</translation>
    </message>
    <message>
        <source>Chinese, simplified (GB18030 / GBK)</source>
        <translation>Tionghoa sederhana (GB18030 / GBK)</translation>
    </message>
    <message>
        <source>Chinese, traditional (Big5)</source>
        <translation>Tionghoa tradisional (Big5)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>Eropa Barat (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>Eropa Barat (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Automatic: {label}</source>
        <translation>Otomatis: {label}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>Membuka {name}…</translation>
    </message>
    <message>
        <source>Opening was cancelled.</source>
        <translation>Pembukaan dibatalkan.</translation>
    </message>
    <message>
        <source>Choose the encoding in which the names read correctly…</source>
        <translation>Pilih pengodean yang membuat nama terbaca dengan benar…</translation>
    </message>
    <message>
        <source>Choose the column that holds the email addresses.</source>
        <translation>Pilih kolom yang berisi alamat email.</translation>
    </message>
    <message>
        <source>({n} left out of this send)</source>
        <translation>({n} tidak diikutkan dalam pengiriman ini)</translation>
    </message>
    <message>
        <source>{n} contact</source>
        <translation>{n} kontak</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} kontak</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Mail Merge ran into a problem</source>
        <translation>Mail Merge mengalami masalah</translation>
    </message>
    <message>
        <source>Something went wrong inside Mail Merge. Your campaign and the send journal are safe: nobody will get a message twice. Please copy this report and send it to whoever supports the app.</source>
        <translation>Terjadi kesalahan di dalam Mail Merge. Kampanye dan catatan pengiriman Anda aman: tidak ada yang akan menerima pesan dua kali. Silakan salin laporan ini dan kirimkan ke petugas yang menangani aplikasi ini.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>Salin laporan</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Alamat:</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>&amp;Kolom:</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>&amp;Syarat:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Teks:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Nilai:</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Kolom isian</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Only when {column} {test}{value}:</source>
        <translation>Hanya jika {column} {test}{value}:</translation>
    </message>
    <message>
        <source>Show this paragraph only when…</source>
        <translation>Tampilkan paragraf ini hanya jika…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Syarat</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
    <message>
        <source>The paragraph is sent only to the rows where this holds; the others do not see it.</source>
        <translation>Paragraf hanya dikirim ke baris yang memenuhi syarat ini; yang lain tidak melihatnya.</translation>
    </message>
    <message>
        <source>The words people click, and the web or mail address they lead to.</source>
        <translation>Kata yang diklik orang, dan alamat web atau email yang dituju.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <source>When &amp;empty, write:</source>
        <translation>Jika k&amp;osong, tulis:</translation>
    </message>
    <message>
        <source>When empty</source>
        <translation>Jika kosong</translation>
    </message>
    <message>
        <source>Which column to show here, and what to write when its cell is empty.</source>
        <translation>Kolom mana yang ditampilkan di sini, dan apa yang ditulis jika selnya kosong.</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>tidak sama dengan</translation>
    </message>
    <message>
        <source>e.g. customer (leave empty to write nothing)</source>
        <translation>misalnya pelanggan (kosongkan agar tidak menulis apa pun)</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>sama dengan</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>kosong</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>tidak kosong</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Kesalahan</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Tingkat</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>Yang perlu diperbaiki</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <source>Formatting</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>Gaya paragraf</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>Paragraf</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>Judul 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>Judul 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>Judul 3</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Ukuran teks</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Tebal</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Miring</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>Garis bawah</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>Warna teks</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Daftar</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Daftar berpoin</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. Daftar</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Daftar bernomor</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Kiri</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>Rata kiri</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>Tengah</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Kanan</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>Rata kanan</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Tautan</translation>
    </message>
    <message>
        <source>Insert or edit a link</source>
        <translation>Sisipkan atau ubah tautan</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Hapus tautan</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Hapus tautan</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Garis</translation>
    </message>
    <message>
        <source>Horizontal line</source>
        <translation>Garis horizontal</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <source>Insert a table (3 columns, 2 rows)</source>
        <translation>Sisipkan tabel (3 kolom, 2 baris)</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>Sisipkan gambar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Spreadsheet</source>
        <translation>Lembar kerja</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktivitas terakhir</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Sent through</source>
        <translation>Dikirim melalui</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Belum pasti</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>Tidak diikutkan</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Terpental</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Dibalas</translation>
    </message>
    <message>
        <source>Test to yourself through {account}</source>
        <translation>Uji ke diri sendiri melalui {account}</translation>
    </message>
    <message>
        <source>Trial: the outbox (nobody got it)</source>
        <translation>Percobaan: kotak keluar (tidak ada yang menerima)</translation>
    </message>
    <message>
        <source>(an older version did not record it)</source>
        <translation>(versi lama tidak mencatatnya)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Past campaigns</source>
        <translation>Kampanye sebelumnya</translation>
    </message>
    <message>
        <source>Rows with unknown outcome</source>
        <translation>Baris yang hasilnya belum pasti</translation>
    </message>
    <message>
        <source>&amp;Open this spreadsheet</source>
        <translation>&amp;Buka lembar kerja ini</translation>
    </message>
    <message>
        <source>Account whose mailbox is read</source>
        <translation>Akun yang kotak suratnya dibaca</translation>
    </message>
    <message>
        <source>Check &amp;replies</source>
        <translation>Periksa &amp;balasan</translation>
    </message>
    <message>
        <source>Read the account&apos;s inbox for bounces, unsubscribes and replies to this campaign. Nothing in the mailbox is changed.</source>
        <translation>Baca kotak masuk akun untuk email terpental, berhenti langganan, dan balasan atas kampanye ini. Tidak ada yang diubah di kotak surat.</translation>
    </message>
    <message>
        <source>Mailbox of:</source>
        <translation>Kotak surat milik:</translation>
    </message>
    <message>
        <source>Past campaigns on this computer:</source>
        <translation>Kampanye sebelumnya di komputer ini:</translation>
    </message>
    <message>
        <source>Rows that may or may not have arrived, and what came back after the send:</source>
        <translation>Baris yang mungkin sudah atau belum sampai, dan tanggapan yang masuk setelah pengiriman:</translation>
    </message>
    <message>
        <source>To check replies, give an account its mailbox server (IMAP) in Send → Accounts…</source>
        <translation>Untuk memeriksa balasan, isi server kotak surat (IMAP) akun di Kirim → Akun…</translation>
    </message>
    <message>
        <source>Reading the mailbox of {account}…</source>
        <translation>Membaca kotak surat {account}…</translation>
    </message>
    <message>
        <source>Read {scanned} messages since {since}: {bounced} bounced, {soft} not delivered for now, {unsub} unsubscribed, {spam} marked as spam, {auto} automatic answers, {replied} replies. {suppressed} added to the suppression list.</source>
        <translation>{scanned} pesan sejak {since} sudah dibaca: {bounced} terpental, {soft} belum terkirim untuk sementara, {unsub} berhenti langganan, {spam} ditandai spam, {auto} jawaban otomatis, {replied} balasan. {suppressed} ditambahkan ke daftar blokir.</translation>
    </message>
    <message>
        <source>What came back:</source>
        <translation>Tanggapan yang masuk:</translation>
    </message>
    <message>
        <source>Row {row}: {what}</source>
        <translation>Baris {row}: {what}</translation>
    </message>
    <message>
        <source>bounced (the address does not exist; it is on the suppression list)</source>
        <translation>terpental (alamat tidak ada; sudah masuk daftar blokir)</translation>
    </message>
    <message>
        <source>not delivered for now</source>
        <translation>untuk sementara tidak terkirim</translation>
    </message>
    <message>
        <source>unsubscribed (on the suppression list)</source>
        <translation>berhenti langganan (masuk daftar blokir)</translation>
    </message>
    <message>
        <source>marked it as spam (on the suppression list)</source>
        <translation>menandainya sebagai spam (masuk daftar blokir)</translation>
    </message>
    <message>
        <source>automatic answer (e.g. out of office)</source>
        <translation>jawaban otomatis (misalnya sedang cuti)</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>membalas</translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer yet.</source>
        <translation>Belum ada yang dikirim dari komputer ini.</translation>
    </message>
    <message>
        <source>None: every row of this campaign has a known outcome.</source>
        <translation>Tidak ada: setiap baris kampanye ini sudah jelas hasilnya.</translation>
    </message>
    <message>
        <source>Row {row} – {address}: {reason}</source>
        <translation>Baris {row} – {address}: {reason}</translation>
    </message>
    <message>
        <source>Ask these people whether the message arrived. To send it again, open the spreadsheet and use “Retry not sent” in the Send step.</source>
        <translation>Tanyakan kepada mereka apakah pesannya sudah sampai. Untuk mengirim ulang, buka lembar kerjanya dan gunakan “Kirim ulang yang gagal” di langkah Kirim.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Lembar kerja (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;Semua file (*)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>1  Contacts</source>
        <translation>1  Kontak</translation>
    </message>
    <message>
        <source>2  Message</source>
        <translation>2  Pesan</translation>
    </message>
    <message>
        <source>3  Preview</source>
        <translation>3  Pratinjau</translation>
    </message>
    <message>
        <source>4  Check</source>
        <translation>4  Periksa</translation>
    </message>
    <message>
        <source>5  Send</source>
        <translation>5  Kirim</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Sample campaign: try every step; through the built-in outbox nothing leaves this computer. Open your own spreadsheet with Ctrl+O.</source>
        <translation>Kampanye contoh: coba setiap langkah; lewat kotak keluar bawaan tidak ada yang keluar dari komputer ini. Buka lembar kerja Anda sendiri dengan Ctrl+O.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation>&amp;Buka lembar kerja…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Buka yang &amp;terakhir</translation>
    </message>
    <message>
        <source>Open &amp;campaign…</source>
        <translation>Buka &amp;kampanye…</translation>
    </message>
    <message>
        <source>&amp;Save campaign</source>
        <translation>&amp;Simpan kampanye</translation>
    </message>
    <message>
        <source>Save campaign &amp;as…</source>
        <translation>Simpan kampanye se&amp;bagai…</translation>
    </message>
    <message>
        <source>Open the &amp;sample campaign</source>
        <translation>Buka kampanye &amp;contoh</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ke</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontak</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>&amp;Pesan</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>P&amp;ratinjau</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>P&amp;eriksa</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>Kiri&amp;m</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>Ri&amp;wayat</translation>
    </message>
    <message>
        <source>&amp;Check all rows</source>
        <translation>&amp;Periksa semua baris</translation>
    </message>
    <message>
        <source>Send &amp;test to myself</source>
        <translation>Kirim &amp;uji ke diri sendiri</translation>
    </message>
    <message>
        <source>Send to &amp;everyone…</source>
        <translation>Kirim ke &amp;semua…</translation>
    </message>
    <message>
        <source>&amp;Retry not sent</source>
        <translation>Kirim &amp;ulang yang gagal</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>E&amp;kspor laporan…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Akun…</translation>
    </message>
    <message>
        <source>Suppression &amp;list…</source>
        <translation>Daftar &amp;blokir…</translation>
    </message>
    <message>
        <source>Allow attachments from a &amp;folder…</source>
        <translation>Izinkan lampiran dari sebuah &amp;folder…</translation>
    </message>
    <message>
        <source>Open a contact spreadsheet</source>
        <translation>Buka lembar kerja kontak</translation>
    </message>
    <message>
        <source>{name} has column names but no rows under them. Add the people to send to, save the file and open it again.</source>
        <translation>{name} punya nama kolom tetapi tidak ada baris di bawahnya. Tambahkan penerima, simpan file, lalu buka lagi.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be opened.</source>
        <translation>Lembar kerja tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Could not read the template {file}: {error}</source>
        <translation>Templat {file} tidak dapat dibaca: {error}</translation>
    </message>
    <message>
        <source>Your last campaign {name} is no longer in {folder}. Open it where it is now with File → Open campaign…, or start with a spreadsheet.</source>
        <translation>Kampanye terakhir Anda {name} sudah tidak ada di {folder}. Buka dari lokasinya sekarang lewat Berkas → Buka kampanye…, atau mulai dengan lembar kerja.</translation>
    </message>
    <message>
        <source>Open a campaign</source>
        <translation>Buka kampanye</translation>
    </message>
    <message>
        <source>Campaigns (*%s)</source>
        <translation>Kampanye (*%s)</translation>
    </message>
    <message>
        <source>The campaign&apos;s spreadsheet {name} is no longer in {folder}. Open it where it is now with “Open spreadsheet…”; the message and settings of the campaign are kept.</source>
        <translation>Lembar kerja kampanye {name} sudah tidak ada di {folder}. Buka dari lokasinya sekarang lewat “Buka lembar kerja…”; pesan dan pengaturan kampanye tetap tersimpan.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Belum disimpan</translation>
    </message>
    <message>
        <source>The campaign could not be saved: {error}. Choose another folder with Save as.</source>
        <translation>Kampanye tidak dapat disimpan: {error}. Pilih folder lain lewat Simpan sebagai.</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>Simpan kampanye</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(belum ada)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Lampirkan file</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua file (*)</translation>
    </message>
    <message>
        <source>Allow attachments from this folder</source>
        <translation>Izinkan lampiran dari folder ini</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Belum diperiksa.</translation>
    </message>
    <message>
        <source>Untitled campaign</source>
        <translation>Kampanye tanpa judul</translation>
    </message>
    <message>
        <source>Mail Merge</source>
        <translation>Mail Merge</translation>
    </message>
    <message>
        <source>Built-in outbox (nothing leaves this computer)</source>
        <translation>Kotak keluar bawaan (tidak ada yang keluar dari komputer ini)</translation>
    </message>
    <message>
        <source>The outbox folder {folder} could not be made: {error}</source>
        <translation>Folder kotak keluar {folder} tidak dapat dibuat: {error}</translation>
    </message>
    <message>
        <source>Sending is still under way. Wait for it to finish or stop it.</source>
        <translation>Pengiriman masih berjalan. Tunggu sampai selesai atau hentikan.</translation>
    </message>
    <message>
        <source>Type your own address under “Test to” first.</source>
        <translation>Ketik dulu alamat Anda sendiri di “Uji ke”.</translation>
    </message>
    <message>
        <source>Sending a test of row {row} to {address}…</source>
        <translation>Mengirim uji baris {row} ke {address}…</translation>
    </message>
    <message>
        <source>Test sent. Check your inbox before sending to everyone.</source>
        <translation>Pesan uji terkirim. Periksa kotak masuk Anda sebelum mengirim ke semua.</translation>
    </message>
    <message>
        <source>The test was not sent: {reason}</source>
        <translation>Pesan uji tidak terkirim: {reason}</translation>
    </message>
    <message>
        <source>Checking every row before sending…</source>
        <translation>Memeriksa setiap baris sebelum mengirim…</translation>
    </message>
    <message>
        <source>Nobody is left to send to: everyone has been handled.</source>
        <translation>Tidak ada lagi yang perlu dikirimi: semua sudah ditangani.</translation>
    </message>
    <message>
        <source>Every row was sent; there is nothing to retry.</source>
        <translation>Semua baris sudah terkirim; tidak ada yang perlu dikirim ulang.</translation>
    </message>
    <message>
        <source>Spreadsheet moved</source>
        <translation>Lembar kerja dipindahkan</translation>
    </message>
    <message>
        <source>The campaign&apos;s spreadsheet {name} is no longer in {folder}. Show where it is now? The campaign then remembers the new place when you save it.</source>
        <translation>Lembar kerja kampanye {name} sudah tidak ada di {folder}. Tunjukkan lokasinya sekarang? Kampanye akan mengingat lokasi baru saat Anda menyimpannya.</translation>
    </message>
    <message>
        <source>Find it…</source>
        <translation>Cari…</translation>
    </message>
    <message>
        <source>Where is {name} now?</source>
        <translation>Di mana {name} sekarang?</translation>
    </message>
    <message>
        <source>Also resend the unknown ones?</source>
        <translation>Kirim ulang juga yang belum pasti?</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Kirim ulang</translation>
    </message>
    <message>
        <source>Sending through {account}…</source>
        <translation>Mengirim melalui {account}…</translation>
    </message>
    <message>
        <source>Stopping after the messages already on their way…</source>
        <translation>Berhenti setelah pesan yang sedang dikirim selesai…</translation>
    </message>
    <message>
        <source>Paused. Messages already on their way finish; press Resume to go on.</source>
        <translation>Dijeda. Pesan yang sedang dikirim tetap diselesaikan; tekan Lanjutkan untuk meneruskan.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <source>The messages are in the outbox folder: click “Open outbox folder” to look at them.</source>
        <translation>Pesan ada di folder kotak keluar: klik “Buka folder kotak keluar” untuk melihatnya.</translation>
    </message>
    <message>
        <source>Finished: {sent} sent, {failed} failed or unknown, of {total} rows.</source>
        <translation>Selesai: {sent} terkirim, {failed} gagal atau tidak diketahui, dari {total} baris.</translation>
    </message>
    <message>
        <source>Nothing has been sent yet, so there is no report.</source>
        <translation>Belum ada yang dikirim, jadi belum ada laporan.</translation>
    </message>
    <message>
        <source>Wait for sending to finish, then export the report.</source>
        <translation>Tunggu pengiriman selesai, lalu ekspor laporannya.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Ekspor laporan</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Buku kerja Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Continue the unfinished send?</source>
        <translation>Lanjutkan pengiriman yang belum selesai?</translation>
    </message>
    <message>
        <source>Sending to {file} did not finish: {sent} sent, {waiting} still waiting. Open it to continue? Nobody who already has the message gets it again.</source>
        <translation>Pengiriman untuk {file} belum selesai: {sent} terkirim, {waiting} masih menunggu. Buka untuk melanjutkan? Yang sudah menerima pesan tidak akan menerimanya lagi.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Press “Send to everyone” to continue with the {n} waiting.</source>
        <translation>Tekan “Kirim ke semua” untuk melanjutkan {n} yang menunggu.</translation>
    </message>
    <message>
        <source>Stop sending?</source>
        <translation>Hentikan pengiriman?</translation>
    </message>
    <message>
        <source>Messages are still being sent. Stop after the ones on their way? The rest stay waiting and can be sent later; nobody gets a message twice.</source>
        <translation>Pesan masih dikirim. Berhenti setelah pesan yang sedang dikirim selesai? Sisanya tetap menunggu dan bisa dikirim nanti; tidak ada yang menerima pesan dua kali.</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>Hentikan dan keluar</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Simpan perubahan?</translation>
    </message>
    <message>
        <source>Save the changes to this campaign before closing?</source>
        <translation>Simpan perubahan kampanye ini sebelum menutup?</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Pen&amp;gaturan…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
    <message>
        <source>&amp;About Mail Merge</source>
        <translation>&amp;Tentang Mail Merge</translation>
    </message>
    <message>
        <source>For {n} row the app stopped while sending, so it may have arrived. Send it again anyway?</source>
        <translation>Untuk {n} baris, aplikasi berhenti saat mengirim, jadi pesannya mungkin sudah sampai. Tetap kirim ulang?</translation>
    </message>
    <message>
        <source>For {n} rows the app stopped while sending, so they may have arrived. Send them again anyway?</source>
        <translation>Untuk {n} baris, aplikasi berhenti saat mengirim, jadi pesannya mungkin sudah sampai. Tetap kirim ulang?</translation>
    </message>
    <message>
        <source>Report of {n} row saved to {path}.</source>
        <translation>Laporan {n} baris disimpan ke {path}.</translation>
    </message>
    <message>
        <source>Report of {n} rows saved to {path}.</source>
        <translation>Laporan {n} baris disimpan ke {path}.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Body format</source>
        <translation>Format isi</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Berformat</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Teks biasa</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>Pen&amp;girim:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Kepada:</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>&amp;Cc:</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>&amp;Bcc:</translation>
    </message>
    <message>
        <source>Re&amp;ply to:</source>
        <translation>Ba&amp;las ke:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>S&amp;ubjek:</translation>
    </message>
    <message>
        <source>Unsubscrib&amp;e:</source>
        <translation>Berhenti l&amp;angganan:</translation>
    </message>
    <message>
        <source>empty: the email column</source>
        <translation>kosong: pakai kolom email</translation>
    </message>
    <message>
        <source>type {{ to insert a field</source>
        <translation>ketik {{ untuk menyisipkan kolom</translation>
    </message>
    <message>
        <source>empty: the account&apos;s unsubscribe address and link; “none” for mail people cannot opt out of</source>
        <translation>kosong: alamat dan tautan berhenti langganan akun; “none” untuk email yang tidak bisa ditolak</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>&amp;Sisipkan kolom</translation>
    </message>
    <message>
        <source>Put a spreadsheet column where the cursor was</source>
        <translation>Sisipkan kolom lembar kerja di posisi kursor</translation>
    </message>
    <message>
        <source>Only &amp;when…</source>
        <translation>Hanya &amp;jika…</translation>
    </message>
    <message>
        <source>Show the paragraph at the cursor only to some rows</source>
        <translation>Tampilkan paragraf di posisi kursor hanya untuk sebagian baris</translation>
    </message>
    <message>
        <source>Add sig&amp;nature</source>
        <translation>Tambah tanda &amp;tangan</translation>
    </message>
    <message>
        <source>Add the sending account&apos;s signature at the end</source>
        <translation>Tambahkan tanda tangan akun pengirim di akhir</translation>
    </message>
    <message>
        <source>&amp;View source</source>
        <translation>&amp;Lihat sumber</translation>
    </message>
    <message>
        <source>Show the template as text: header lines, a blank line, the body</source>
        <translation>Tampilkan templat sebagai teks: baris header, satu baris kosong, lalu isi</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>Isi pesan</translation>
    </message>
    <message>
        <source>Template source</source>
        <translation>Sumber templat</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>One file per line; fields allowed, e.g. invoices/{{ id }}.pdf</source>
        <translation>Satu file per baris; boleh memakai kolom, misalnya invoices/{{ id }}.pdf</translation>
    </message>
    <message>
        <source>A&amp;dd file…</source>
        <translation>Tambah &amp;file…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Pertahankan milik saya</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>&amp;Lampiran:</translation>
    </message>
    <message>
        <source>Open a spreadsheet to list its columns</source>
        <translation>Buka lembar kerja untuk melihat daftar kolomnya</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>Tautan berhenti langganan</translation>
    </message>
    <message>
        <source>Field with a fallback for empty cells…</source>
        <translation>Kolom dengan pengganti untuk sel kosong…</translation>
    </message>
    <message>
        <source>The sending account has no signature yet. Add one in Accounts (Send step → Manage accounts → Signature), or choose the account that has it.</source>
        <translation>Akun pengirim belum punya tanda tangan. Tambahkan di Akun (langkah Kirim → Kelola akun → Tanda tangan), atau pilih akun yang memilikinya.</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>Sisipkan gambar</translation>
    </message>
    <message>
        <source>The picture {file} cannot be read ({reason}).</source>
        <translation>Gambar {file} tidak dapat dibaca ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a picture this app can show. Use PNG, JPEG or GIF.</source>
        <translation>{file} bukan gambar yang bisa ditampilkan aplikasi ini. Gunakan PNG, JPEG, atau GIF.</translation>
    </message>
    <message>
        <source>Large picture</source>
        <translation>Gambar besar</translation>
    </message>
    <message>
        <source>This picture is {size:.1f} MB; every recipient downloads it, and mail this large is often refused. Shrink it to {width} pixels wide and insert it?</source>
        <translation>Gambar ini berukuran {size:.1f} MB; setiap penerima harus mengunduhnya, dan email sebesar ini sering ditolak. Perkecil menjadi lebar {width} piksel lalu sisipkan?</translation>
    </message>
    <message>
        <source>Shrink and insert</source>
        <translation>Perkecil dan sisipkan</translation>
    </message>
    <message>
        <source>{file} was changed by another program. Reload it? Your edits here since opening it would be replaced.</source>
        <translation>{file} diubah oleh program lain. Muat ulang? Perubahan Anda di sini sejak file dibuka akan diganti.</translation>
    </message>
    <message>
        <source>Could not read the template {file}: {error}</source>
        <translation>Templat {file} tidak dapat dibaca: {error}</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>Se&amp;lanjutnya ▶</translation>
    </message>
    <message>
        <source>Previous row (Alt+P)</source>
        <translation>Baris sebelumnya (Alt+P)</translation>
    </message>
    <message>
        <source>Next row (Alt+N)</source>
        <translation>Baris berikutnya (Alt+N)</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Baris:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Balas ke</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Lampiran</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>Berformat</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Teks biasa</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>dari {n}</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>--connections must be between 1 and 16, not {n}.</source>
        <translation>--connections harus antara 1 dan 16, bukan {n}.</translation>
    </message>
    <message>
        <source>--rows only works together with --retry-failed.</source>
        <translation>--rows hanya bisa dipakai bersama --retry-failed.</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not a text encoding Mail Merge knows; use a name such as utf-8, cp949, gb18030, big5, shift_jis or cp1252.</source>
        <translation>&quot;{encoding}&quot; bukan pengodean teks yang dikenal Mail Merge; gunakan nama seperti utf-8, cp949, gb18030, big5, shift_jis, atau cp1252.</translation>
    </message>
    <message>
        <source>--at {value!r} is in the past (it is {now} now). Choose a later time, or leave --at out to send now.</source>
        <translation>--at {value!r} sudah lewat (sekarang {now}). Pilih waktu yang lebih lambat, atau hapus --at untuk mengirim sekarang.</translation>
    </message>
    <message>
        <source>--at {value!r} is not a date and time. Write it as &quot;YYYY-MM-DD HH:MM&quot; in this computer&apos;s time, e.g. --at &quot;2026-03-01 09:30&quot;.</source>
        <translation>--at {value!r} bukan tanggal dan waktu. Tulis sebagai &quot;YYYY-MM-DD HH:MM&quot; menurut waktu komputer ini, misalnya --at &quot;2026-03-01 09:30&quot;.</translation>
    </message>
    <message>
        <source>--no-login and --password-stdin contradict each other: a relay that needs no login takes no password. Leave one of them out.</source>
        <translation>--no-login dan --password-stdin saling bertentangan: relai tanpa login tidak menerima kata sandi. Hapus salah satunya.</translation>
    </message>
    <message>
        <source>--rate {rate!r} is not a rate this program can keep. Write messages per second between {low} and {high}, e.g. 10/s (for slower sending use --per-hour or --per-day).</source>
        <translation>--rate {rate!r} bukan laju yang bisa dijaga program ini. Tulis pesan per detik antara {low} dan {high}, misalnya 10/s (untuk pengiriman lebih lambat gunakan --per-hour atau --per-day).</translation>
    </message>
    <message>
        <source>--rows {rows!r} is not a list of data rows. Write it like 3,7-9 (rows count from 1, up to {most}).</source>
        <translation>--rows {rows!r} bukan daftar baris data. Tulis seperti 3,7-9 (baris dihitung mulai 1, sampai {most}).</translation>
    </message>
    <message>
        <source>--server contains a password. Anyone on this computer can read a command line, so it is not used: remove it, give the login name with --user and the password in the MAILMERGE_PASSWORD environment variable (or save an account with `mailmerge account add`).</source>
        <translation>--server berisi kata sandi. Siapa pun di komputer ini dapat membaca baris perintah, jadi kata sandi itu tidak dipakai: hapus, berikan nama login dengan --user dan kata sandi di variabel lingkungan MAILMERGE_PASSWORD (atau simpan akun dengan `mailmerge account add`).</translation>
    </message>
    <message>
        <source>--server {server!r} is not a server address. Write it as smtp://HOST:PORT, e.g. smtp://mail.example.com:587.</source>
        <translation>--server {server!r} bukan alamat server. Tulis sebagai smtp://HOST:PORT, misalnya smtp://mail.example.com:587.</translation>
    </message>
    <message>
        <source>--since {value!r} is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>--since {value!r} bukan tanggal. Tulis sebagai YYYY-MM-DD, misalnya 2026-03-01.</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 1 and 3600, not {value}.</source>
        <translation>--timeout harus berupa jumlah detik antara 1 dan 3600, bukan {value}.</translation>
    </message>
    <message>
        <source>--user {user} needs a password: put it in the MAILMERGE_PASSWORD environment variable, or save an account (mailmerge account add) so it is kept in the system keyring.</source>
        <translation>--user {user} memerlukan kata sandi: isi variabel lingkungan MAILMERGE_PASSWORD, atau simpan akun (mailmerge account add) agar kata sandinya disimpan di keyring sistem.</translation>
    </message>
    <message>
        <source>Account {name!r} has no login name for its mailbox. Add --imap-user with the mailbox&apos;s login.</source>
        <translation>Akun {name!r} tidak punya nama login kotak surat. Tambahkan --imap-user dengan login kotak surat.</translation>
    </message>
    <message>
        <source>Account {name!r} has no mailbox server for reading replies. Add it with `mailmerge account add {name} ... --imap-host imap.example.com` (or in Accounts…, Mailbox server).</source>
        <translation>Akun {name!r} tidak punya server kotak surat untuk membaca balasan. Tambahkan dengan `mailmerge account add {name} ... --imap-host imap.example.com` (atau di Akun…, Server kotak surat).</translation>
    </message>
    <message>
        <source>Account {name!r} in {path} is incomplete ({detail}). Remove it with `mailmerge account remove {name}` and add it again.</source>
        <translation>Akun {name!r} di {path} tidak lengkap ({detail}). Hapus dengan `mailmerge account remove {name}` lalu tambahkan lagi.</translation>
    </message>
    <message>
        <source>Account {name!r} is not set up for sign-in. Add it again with `mailmerge account add`.</source>
        <translation>Akun {name!r} tidak diatur untuk masuk lewat peramban. Tambahkan lagi dengan `mailmerge account add`.</translation>
    </message>
    <message>
        <source>Account {name!r} needs a server name. Add --host smtp.example.com (ask your mail administrator).</source>
        <translation>Akun {name!r} memerlukan nama server. Tambahkan --host smtp.example.com (tanyakan kepada administrator email Anda).</translation>
    </message>
    <message>
        <source>Account {name!r} needs the AWS access key ID (--user) and the region (--region). Add it again.</source>
        <translation>Akun {name!r} memerlukan ID kunci akses AWS (--user) dan wilayah (--region). Tambahkan lagi.</translation>
    </message>
    <message>
        <source>Account {name!r} needs the SecretId (--user), the region (--region) and a verified sender address (--from). Add it again.</source>
        <translation>Akun {name!r} memerlukan SecretId (--user), wilayah (--region), dan alamat pengirim yang sudah diverifikasi (--from). Tambahkan lagi.</translation>
    </message>
    <message>
        <source>Account {name!r} signs in through the browser, which reading the mailbox does not support yet. Use an app password for the mailbox: save it with `mailmerge account add` and --password-stdin.</source>
        <translation>Akun {name!r} masuk lewat peramban, yang belum didukung untuk membaca kotak surat. Gunakan sandi aplikasi untuk kotak surat: simpan dengan `mailmerge account add` dan --password-stdin.</translation>
    </message>
    <message>
        <source>Account {name!r} was set to need no login but a login name was given. Leave one of them out.</source>
        <translation>Akun {name!r} diatur tanpa login tetapi nama login diberikan. Hapus salah satunya.</translation>
    </message>
    <message>
        <source>An earlier run of this campaign is recorded in {path}. Add --resume to continue it (rows already sent are never sent again), or choose a new journal file with --journal.</source>
        <translation>Pengiriman sebelumnya untuk kampanye ini tercatat di {path}. Tambahkan --resume untuk melanjutkannya (baris yang sudah terkirim tidak dikirim lagi), atau pilih file catatan baru dengan --journal.</translation>
    </message>
    <message>
        <source>Cannot make the lock file {path} that keeps two programs from sending this campaign at once ({error}). Check that you may write to that folder.</source>
        <translation>Tidak dapat membuat file kunci {path} yang mencegah dua program mengirim kampanye ini bersamaan ({error}). Pastikan Anda boleh menulis ke folder itu.</translation>
    </message>
    <message>
        <source>Cannot write a report as {name}: name the file .xlsx or .csv.</source>
        <translation>Tidak dapat menyimpan laporan sebagai {name}: beri nama file berakhiran .xlsx atau .csv.</translation>
    </message>
    <message>
        <source>Cannot write events to {path}: {error}.</source>
        <translation>Tidak dapat menulis peristiwa ke {path}: {error}.</translation>
    </message>
    <message>
        <source>Cannot write the report {path}: {error}. Close it if it is open in Excel, or choose another place.</source>
        <translation>Tidak dapat menulis laporan {path}: {error}. Tutup file itu jika sedang dibuka di Excel, atau pilih tempat lain.</translation>
    </message>
    <message>
        <source>Cannot write {file} ({reason}). Choose another folder or file name.</source>
        <translation>Tidak dapat menulis {file} ({reason}). Pilih folder atau nama file lain.</translation>
    </message>
    <message>
        <source>Connections must be between 1 and {max}; {value} was given.</source>
        <translation>Jumlah koneksi harus antara 1 dan {max}; yang diberikan {value}.</translation>
    </message>
    <message>
        <source>Could not open the campaign file {file}: {error}. Check that it still exists.</source>
        <translation>File kampanye {file} tidak dapat dibuka: {error}. Pastikan file itu masih ada.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server {host} ({reason}). Check the internet connection and try again.</source>
        <translation>Server masuk {host} tidak dapat dihubungi ({reason}). Periksa koneksi internet lalu coba lagi.</translation>
    </message>
    <message>
        <source>Could not read the Amazon SES sending limits: {reason}</source>
        <translation>Batas kirim Amazon SES tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>Every sheet in {file} is empty; add a header row and your contacts, save, and open it again.</source>
        <translation>Semua lembar di {file} kosong; tambahkan baris judul dan kontak Anda, simpan, lalu buka lagi.</translation>
    </message>
    <message>
        <source>Line {line} of {file} is not valid {encoding} text; choose another encoding, or open the file in a spreadsheet program and save it as &quot;CSV UTF-8&quot;.</source>
        <translation>Baris {line} pada {file} bukan teks {encoding} yang valid; pilih pengodean lain, atau buka file di program lembar kerja dan simpan sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>No column holds the email addresses (the columns are: {columns}); name the column with the addresses &quot;email&quot; and try again.</source>
        <translation>Tidak ada kolom yang berisi alamat email (kolom yang ada: {columns}); beri nama &quot;email&quot; pada kolom alamat lalu coba lagi.</translation>
    </message>
    <message>
        <source>No password is saved for account {name!r}. Save it with `mailmerge account add {name} --preset {preset} --password-stdin` and try again.</source>
        <translation>Belum ada kata sandi tersimpan untuk akun {name!r}. Simpan dengan `mailmerge account add {name} --preset {preset} --password-stdin` lalu coba lagi.</translation>
    </message>
    <message>
        <source>Not sending {count} messages without confirmation: add --yes to send from a script.</source>
        <translation>{count} pesan tidak dikirim tanpa konfirmasi: tambahkan --yes untuk mengirim dari skrip.</translation>
    </message>
    <message>
        <source>Port {port} is not a valid port. Use a number from 1 to 65535.</source>
        <translation>Port {port} tidak valid. Gunakan angka 1 sampai 65535.</translation>
    </message>
    <message>
        <source>Row {row} does not exist in {file}: it has rows 1 to {count}; choose a row in that range.</source>
        <translation>Baris {row} tidak ada di {file}: file ini punya baris 1 sampai {count}; pilih baris dalam rentang itu.</translation>
    </message>
    <message>
        <source>Row {row} of {where} is empty, so it can&apos;t hold the column names; choose the row that has them.</source>
        <translation>Baris {row} di {where} kosong, jadi tidak bisa menjadi baris nama kolom; pilih baris yang berisi nama kolom.</translation>
    </message>
    <message>
        <source>Row {row}: </source>
        <translation>Baris {row}: </translation>
    </message>
    <message>
        <source>Row {row}: the attachment name {file!r} is not a file name this computer can use. Correct it in the spreadsheet or template.</source>
        <translation>Baris {row}: nama lampiran {file!r} bukan nama file yang bisa dipakai komputer ini. Perbaiki di lembar kerja atau templat.</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} cannot be read ({reason}). Close it in any program that has it open and check you may read it, then try again.</source>
        <translation>Baris {row}: lampiran {file} tidak dapat dibaca ({reason}). Tutup file itu di program yang sedang membukanya dan pastikan Anda boleh membacanya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} does not exist. Put the file there or correct its name in the spreadsheet or template.</source>
        <translation>Baris {row}: lampiran {file} tidak ada. Letakkan file di sana atau perbaiki namanya di lembar kerja atau templat.</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} is not an ordinary file (a device, a pipe, or a system file under /proc, /sys or /dev), so it cannot be attached. Name a document instead.</source>
        <translation>Baris {row}: lampiran {file} bukan file biasa (perangkat, pipe, atau file sistem di /proc, /sys, atau /dev), jadi tidak dapat dilampirkan. Sebutkan sebuah dokumen.</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} named in column {column} is outside the campaign&apos;s folders, so it is not attached (a spreadsheet must not be able to send any file of this computer). Put the file in the spreadsheet&apos;s or the template&apos;s folder, or add its folder to the campaign.</source>
        <translation>Baris {row}: lampiran {file} yang disebut di kolom {column} ada di luar folder kampanye, jadi tidak dilampirkan (lembar kerja tidak boleh bisa mengirim sembarang file dari komputer ini). Letakkan file di folder lembar kerja atau templat, atau tambahkan foldernya ke kampanye.</translation>
    </message>
    <message>
        <source>Row {row}: the template calls itself or nests too deeply to be filled in. Simplify the template.</source>
        <translation>Baris {row}: templat memanggil dirinya sendiri atau bersarang terlalu dalam untuk diisi. Sederhanakan templat.</translation>
    </message>
    <message>
        <source>Row {row}: the template could not be filled in: {reason}. Check the fields and filters the template uses with this row&apos;s values.</source>
        <translation>Baris {row}: templat tidak dapat diisi: {reason}. Periksa kolom dan filter yang dipakai templat dengan nilai baris ini.</translation>
    </message>
    <message>
        <source>Row {row}: the template uses the field {field!r} (template line {line}), but the spreadsheet has no such column. {hint} Fix the name in the template or rename the column.</source>
        <translation>Baris {row}: templat memakai kolom {field!r} (baris templat {line}), tetapi lembar kerja tidak punya kolom itu. {hint} Perbaiki nama di templat atau ganti nama kolomnya.</translation>
    </message>
    <message>
        <source>Sending stopped: the server asked to slow down {times} times in a row without accepting a message (server&apos;s answer: {raw}). Rows not sent yet stay pending: run the same command with --resume later.</source>
        <translation>Pengiriman berhenti: server meminta memperlambat {times} kali berturut-turut tanpa menerima pesan (jawaban server: {raw}). Baris yang belum terkirim tetap menunggu: jalankan perintah yang sama dengan --resume nanti.</translation>
    </message>
    <message>
        <source>Sending stopped: the server could not be reached in {attempts} tries in a row, with a growing pause between them.{answer} Check the server name, the port and the internet connection. Rows not sent yet stay pending: run the same command with --resume once the server answers again.</source>
        <translation>Pengiriman berhenti: server tidak dapat dihubungi dalam {attempts} percobaan berturut-turut, dengan jeda yang makin panjang.{answer} Periksa nama server, port, dan koneksi internet. Baris yang belum terkirim tetap menunggu: jalankan perintah yang sama dengan --resume setelah server menjawab lagi.</translation>
    </message>
    <message>
        <source>Sending was cancelled after {sent} messages. Rows not sent yet stay pending: run the same command with --resume to continue.</source>
        <translation>Pengiriman dibatalkan setelah {sent} pesan. Baris yang belum terkirim tetap menunggu: jalankan perintah yang sama dengan --resume untuk melanjutkan.</translation>
    </message>
    <message>
        <source>Several accounts are saved ({names}). Choose one with --account NAME.</source>
        <translation>Ada beberapa akun tersimpan ({names}). Pilih salah satu dengan --account NAMA.</translation>
    </message>
    <message>
        <source>Sign-in was not finished within {minutes} minutes. Start it again and complete it in the browser.</source>
        <translation>Proses masuk tidak selesai dalam {minutes} menit. Mulai lagi dan selesaikan di peramban.</translation>
    </message>
    <message>
        <source>Sign-in was refused or cancelled ({error}). Start it again and allow Mail Merge to send mail.</source>
        <translation>Proses masuk ditolak atau dibatalkan ({error}). Mulai lagi dan izinkan Mail Merge mengirim email.</translation>
    </message>
    <message>
        <source>Signing in to {preset} needs an app registration. Pass --oauth-client-id (or set {env}) to your OAuth client ID, or use an app password with --password-stdin.</source>
        <translation>Masuk ke {preset} memerlukan pendaftaran aplikasi. Isi --oauth-client-id (atau atur {env}) dengan ID klien OAuth Anda, atau gunakan sandi aplikasi dengan --password-stdin.</translation>
    </message>
    <message>
        <source>Tencent Cloud SES does not work in region &apos;{region}&apos;. Choose one of: {regions}.</source>
        <translation>Tencent Cloud SES tidak tersedia di wilayah &apos;{region}&apos;. Pilih salah satu: {regions}.</translation>
    </message>
    <message>
        <source>The Tencent Cloud SecretId must start with &apos;AKID&apos; and be 36 letters and digits long. Copy it again from the API key page of the Tencent Cloud console.</source>
        <translation>SecretId Tencent Cloud harus diawali &apos;AKID&apos; dan terdiri dari 36 huruf dan angka. Salin lagi dari halaman kunci API di konsol Tencent Cloud.</translation>
    </message>
    <message>
        <source>The account list {path} cannot be read ({reason}). Check the file&apos;s permissions.</source>
        <translation>Daftar akun {path} tidak dapat dibaca ({reason}). Periksa izin file tersebut.</translation>
    </message>
    <message>
        <source>The account list {path} is damaged and cannot be read. Move it away and add your accounts again (saved passwords stay in the system keyring).</source>
        <translation>Daftar akun {path} rusak dan tidak dapat dibaca. Pindahkan file itu lalu tambahkan akun Anda lagi (kata sandi yang tersimpan tetap ada di keyring sistem).</translation>
    </message>
    <message>
        <source>The campaign file {file} was saved by a newer version of Mail Merge. Update the app to open it.</source>
        <translation>File kampanye {file} disimpan oleh versi Mail Merge yang lebih baru. Perbarui aplikasi untuk membukanya.</translation>
    </message>
    <message>
        <source>The disk holding the journal {path} is full, so sending stopped. Free some space, then run the same command with --resume: rows that were being sent at that moment will be listed as unknown.</source>
        <translation>Disk tempat catatan {path} penuh, jadi pengiriman berhenti. Kosongkan sebagian ruang, lalu jalankan perintah yang sama dengan --resume: baris yang sedang dikirim saat itu akan dicantumkan sebagai belum pasti.</translation>
    </message>
    <message>
        <source>The journal {path} belongs to a different spreadsheet or template. Choose another journal file (--journal) or open the spreadsheet and template this journal was made for.</source>
        <translation>Catatan {path} milik lembar kerja atau templat lain. Pilih file catatan lain (--journal) atau buka lembar kerja dan templat yang sesuai dengan catatan ini.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be opened ({error}). Check the folder exists and you may write to it.</source>
        <translation>Catatan {path} tidak dapat dibuka ({error}). Pastikan foldernya ada dan Anda boleh menulis ke sana.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged or is not a Mail Merge journal ({error}). Keep it for reference and start with a new journal file (--journal); check the old one&apos;s report before sending again.</source>
        <translation>Catatan {path} rusak atau bukan catatan Mail Merge ({error}). Simpan sebagai arsip dan mulai dengan file catatan baru (--journal); periksa laporan catatan lama sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>The mailbox server {host} refused the login for {user} ({reason}). Check the login name and password; some providers need IMAP switched on or an app password first.</source>
        <translation>Server kotak surat {host} menolak login untuk {user} ({reason}). Periksa nama login dan kata sandi; sebagian penyedia perlu IMAP diaktifkan atau sandi aplikasi lebih dulu.</translation>
    </message>
    <message>
        <source>The mailbox server {host}:{port} could not be reached ({reason}). Check the server name and port of the account&apos;s mailbox (IMAP) and the internet connection.</source>
        <translation>Server kotak surat {host}:{port} tidak dapat dihubungi ({reason}). Periksa nama server dan port kotak surat (IMAP) akun serta koneksi internet.</translation>
    </message>
    <message>
        <source>The message uses {{{{ unsubscribe_link }}}}, but no unsubscribe address or link is set, so the link would be empty. Set one for the account (Accounts…, or `account add --unsubscribe-mailto`), or add an Unsubscribe: line to the template.</source>
        <translation>Pesan memakai {{{{ unsubscribe_link }}}}, tetapi alamat atau tautan berhenti langganan belum diatur, jadi tautannya akan kosong. Atur untuk akun (Akun…, atau `account add --unsubscribe-mailto`), atau tambahkan baris Unsubscribe: ke templat.</translation>
    </message>
    <message>
        <source>The outbox cannot listen on {host} port {port} ({why}). Choose another port, or leave the port out to use any free one.</source>
        <translation>Kotak keluar tidak dapat memakai {host} port {port} ({why}). Pilih port lain, atau kosongkan port agar dipakai port yang bebas.</translation>
    </message>
    <message>
        <source>The outbox folder {folder} cannot be created ({why}). Choose a folder you can write to.</source>
        <translation>Folder kotak keluar {folder} tidak dapat dibuat ({why}). Pilih folder yang bisa Anda tulisi.</translation>
    </message>
    <message>
        <source>The outbox folder {folder} is not writable. Choose a folder you can write to.</source>
        <translation>Folder kotak keluar {folder} tidak bisa ditulisi. Pilih folder yang bisa Anda tulisi.</translation>
    </message>
    <message>
        <source>The password is empty. Type or paste it again.</source>
        <translation>Kata sandi kosong. Ketik atau tempel lagi.</translation>
    </message>
    <message>
        <source>The picture {url} could not be downloaded ({reason}). Save it on this computer and insert it with Insert picture.</source>
        <translation>Gambar {url} tidak dapat diunduh ({reason}). Simpan di komputer ini lalu sisipkan dengan Sisipkan gambar.</translation>
    </message>
    <message>
        <source>The picture {url} is larger than {limit_mb} MB. Insert a smaller copy.</source>
        <translation>Gambar {url} lebih besar dari {limit_mb} MB. Sisipkan salinan yang lebih kecil.</translation>
    </message>
    <message>
        <source>The schedule could not be saved in {path} ({reason}). Check that the folder may be written to.</source>
        <translation>Jadwal tidak dapat disimpan di {path} ({reason}). Pastikan folder itu bisa ditulisi.</translation>
    </message>
    <message>
        <source>The secure connection to the mailbox server {host}:{port} failed ({reason}). Check the port and the security setting (TLS is usually port 993, STARTTLS port 143).</source>
        <translation>Koneksi aman ke server kotak surat {host}:{port} gagal ({reason}). Periksa port dan pengaturan keamanan (TLS biasanya port 993, STARTTLS port 143).</translation>
    </message>
    <message>
        <source>The suppression list could not be written to {path} ({reason}). Choose a folder you may write to.</source>
        <translation>Daftar blokir tidak dapat ditulis ke {path} ({reason}). Pilih folder yang boleh Anda tulisi.</translation>
    </message>
    <message>
        <source>The unsubscribe link {value!r} cannot be used. Write one https:// address without spaces (at most {limit} characters), e.g. https://example.com/unsubscribe; it gets each person&apos;s token added, or put {{token}} where the token goes.</source>
        <translation>Tautan berhenti langganan {value!r} tidak dapat dipakai. Tulis satu alamat https:// tanpa spasi (paling banyak {limit} karakter), misalnya https://example.com/unsubscribe; token setiap orang ditambahkan, atau taruh {{token}} di tempat token.</translation>
    </message>
    <message>
        <source>There is no journal at {path}. `mailmerge send` makes one next to the spreadsheet (&lt;spreadsheet name&gt;.&lt;run id&gt;.journal.sqlite; it prints its name) unless --journal says otherwise.</source>
        <translation>Tidak ada catatan di {path}. `mailmerge send` membuatnya di samping lembar kerja (&lt;nama lembar kerja&gt;.&lt;id pengiriman&gt;.journal.sqlite; namanya ditampilkan) kecuali --journal menentukan lain.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {text!r} is not a header this app knows (From, To, Cc, Bcc, Reply-To, Subject, Attachment, Unsubscribe).{hint} End the header lines with one blank line before the body; if the body has no header lines, start the file with a blank line.</source>
        <translation>{file}, baris {line}: {text!r} bukan header yang dikenal aplikasi ini (From, To, Cc, Bcc, Reply-To, Subject, Attachment, Unsubscribe).{hint} Akhiri baris header dengan satu baris kosong sebelum isi pesan; jika tidak ada baris header, awali file dengan baris kosong.</translation>
    </message>
    <message>
        <source>{where}{value!r} is not a date and time. Write it as YYYY-MM-DD HH:MM (e.g. 2026-03-01 09:30), or leave the cell empty to send at once.</source>
        <translation>{where}{value!r} bukan tanggal dan waktu. Tulis sebagai YYYY-MM-DD HH:MM (misalnya 2026-03-01 09:30), atau kosongkan sel untuk langsung mengirim.</translation>
    </message>
    <message>
        <source>The server on port {port} does not offer STARTTLS, so the connection cannot be secured. If the port is 465, choose TLS; otherwise ask your provider for the right port.</source>
        <translation>Server di port {port} tidak mendukung STARTTLS, jadi koneksi tidak dapat diamankan. Jika port-nya 465, pilih TLS; jika bukan, tanyakan port yang benar kepada penyedia Anda.</translation>
    </message>
    <message>
        <source> (server said: {raw})</source>
        <translation> (jawaban server: {raw})</translation>
    </message>
    <message>
        <source> Server&apos;s answer: {raw}.</source>
        <translation> Jawaban server: {raw}.</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Already sent in this run.</source>
        <translation>Sudah terkirim dalam pengiriman ini.</translation>
    </message>
    <message>
        <source>Amazon SES (region {where}) refused the request ({answer}). Check the access key, its permissions and the region.</source>
        <translation>Amazon SES (wilayah {where}) menolak permintaan ({answer}). Periksa kunci akses, izinnya, dan wilayahnya.</translation>
    </message>
    <message>
        <source>Amazon SES ({where}) refused the request ({answer}). Check the access key, its permissions and the region.</source>
        <translation>Amazon SES ({where}) menolak permintaan ({answer}). Periksa kunci akses, izinnya, dan wilayahnya.</translation>
    </message>
    <message>
        <source>Amazon SES accepted the message.</source>
        <translation>Amazon SES menerima pesan.</translation>
    </message>
    <message>
        <source>Amazon SES cannot use the custom MAIL FROM domain of {sender}: its MX record could not be read. Fix the DNS records shown in the SES console for region {region}, or turn the custom MAIL FROM domain off.</source>
        <translation>Amazon SES tidak dapat memakai domain MAIL FROM khusus milik {sender}: catatan MX-nya tidak terbaca. Perbaiki catatan DNS yang ditampilkan di konsol SES untuk region {region}, atau matikan domain MAIL FROM khusus.</translation>
    </message>
    <message>
        <source>Amazon SES did not accept the access key. Check the access key ID and secret in the account settings (and that the key is active in AWS IAM), then send again.</source>
        <translation>Amazon SES tidak menerima kunci akses. Periksa ID kunci akses dan kunci rahasianya di pengaturan akun (dan pastikan kunci itu aktif di AWS IAM), lalu kirim lagi.</translation>
    </message>
    <message>
        <source>Amazon SES had a temporary problem.</source>
        <translation>Amazon SES sedang mengalami masalah sementara.</translation>
    </message>
    <message>
        <source>Amazon SES has not verified the sender {identities} in region {region}. Verify this address or its domain in the SES console for region {region} (each region is verified separately), then send again.</source>
        <translation>Amazon SES belum memverifikasi pengirim {identities} di region {region}. Verifikasi alamat ini atau domainnya di konsol SES untuk region {region} (setiap region diverifikasi terpisah), lalu kirim lagi.</translation>
    </message>
    <message>
        <source>Amazon SES has paused sending for this account in region {region}. Look for the e-mail AWS sent to the account owner and resolve the review in the SES console before sending.</source>
        <translation>Amazon SES telah menghentikan sementara pengiriman untuk akun ini di wilayah {region}. Cari e-mail yang dikirim AWS kepada pemilik akun dan selesaikan peninjauannya di konsol SES sebelum mengirim.</translation>
    </message>
    <message>
        <source>Amazon SES has paused sending for your account in region {region}. Look for the e-mail AWS sent to the account owner and resolve the review in the SES console before sending again.</source>
        <translation>Amazon SES menghentikan sementara pengiriman akun Anda di region {region}. Cari email dari AWS kepada pemilik akun dan selesaikan peninjauannya di konsol SES sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>Amazon SES has permanently stopped sending for your account in region {region}. Contact AWS Support.</source>
        <translation>Amazon SES menghentikan pengiriman akun Anda di region {region} secara permanen. Hubungi AWS Support.</translation>
    </message>
    <message>
        <source>Amazon SES in {region} accepted the access key {key}.</source>
        <translation>Amazon SES di {region} menerima kunci akses {key}.</translation>
    </message>
    <message>
        <source>Amazon SES only accepts a sender address written in plain ASCII before the @, so it cannot send from {sender}. Choose a sender address with only plain letters, digits and dots before the @.</source>
        <translation>Amazon SES hanya menerima alamat pengirim yang bagian sebelum @-nya ditulis dalam ASCII biasa, jadi tidak dapat mengirim dari {sender}. Pilih alamat pengirim yang sebelum @ hanya berisi huruf biasa, angka, dan titik.</translation>
    </message>
    <message>
        <source>Amazon SES only accepts addresses written in plain ASCII before the @. A domain with other letters is sent in Punycode automatically, but the part before the @ cannot be converted; use another address for this row. ({provider_text})</source>
        <translation>Amazon SES hanya menerima alamat yang bagian sebelum @-nya ditulis dalam ASCII biasa. Domain dengan huruf lain otomatis dikirim dalam Punycode, tetapi bagian sebelum @ tidak dapat diubah; gunakan alamat lain untuk baris ini. ({provider_text})</translation>
    </message>
    <message>
        <source>Amazon SES refused the message because it has no recipient. Check the e-mail column of this row.</source>
        <translation>Amazon SES menolak pesan karena tidak ada penerimanya. Periksa kolom email di baris ini.</translation>
    </message>
    <message>
        <source>Amazon SES refused this message ({provider_text}). Check the message and the account settings.</source>
        <translation>Amazon SES menolak pesan ini ({provider_text}). Periksa pesan dan pengaturan akun.</translation>
    </message>
    <message>
        <source>Amazon SES refused this message: {provider_text}. Check its content and attachments.</source>
        <translation>Amazon SES menolak pesan ini: {provider_text}. Periksa isi dan lampirannya.</translation>
    </message>
    <message>
        <source>Amazon SES refused this row: {provider_text}. Check the addresses of this row.</source>
        <translation>Amazon SES menolak baris ini: {provider_text}. Periksa alamat di baris ini.</translation>
    </message>
    <message>
        <source>Amazon SES says messages are going out faster than your maximum sending rate; sending slows down automatically.</source>
        <translation>Amazon SES menyatakan pesan terkirim lebih cepat dari batas kecepatan maksimum Anda; pengiriman diperlambat otomatis.</translation>
    </message>
    <message>
        <source>An address in this row contains a line break. Correct the address in the spreadsheet.</source>
        <translation>Ada alamat di baris ini yang berisi pindah baris. Perbaiki alamat itu di lembar kerja.</translation>
    </message>
    <message>
        <source>An unexpected error happened while sending: {error}.</source>
        <translation>Terjadi kesalahan tak terduga saat mengirim: {error}.</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <source>Connected to {host} port {port}.</source>
        <translation>Terhubung ke {host} port {port}.</translation>
    </message>
    <message>
        <source>Connection secured with STARTTLS; the certificate is valid.</source>
        <translation>Koneksi diamankan dengan STARTTLS; sertifikatnya sah.</translation>
    </message>
    <message>
        <source>Could not reach Amazon SES (region {where}). Check the internet connection and the region, then test again.</source>
        <translation>Amazon SES (wilayah {where}) tidak dapat dihubungi. Periksa koneksi internet dan wilayahnya, lalu uji lagi.</translation>
    </message>
    <message>
        <source>Could not reach Amazon SES ({where}). Check the internet connection and the region, then test again.</source>
        <translation>Amazon SES ({where}) tidak dapat dihubungi. Periksa koneksi internet dan wilayahnya, lalu uji lagi.</translation>
    </message>
    <message>
        <source>Could not reach Amazon SES in region {region}. Check the internet connection.</source>
        <translation>Tidak dapat terhubung ke Amazon SES di region {region}. Periksa koneksi internet.</translation>
    </message>
    <message>
        <source>Could not reach Tencent Cloud ({endpoint}). Check the internet connection, then test again.</source>
        <translation>Tencent Cloud ({endpoint}) tidak dapat dihubungi. Periksa koneksi internet, lalu uji lagi.</translation>
    </message>
    <message>
        <source>Could not reach Tencent Cloud. Check the internet connection.</source>
        <translation>Tidak dapat terhubung ke Tencent Cloud. Periksa koneksi internet.</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>Nama server (DNS)</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>Sapaan server (EHLO)</translation>
    </message>
    <message>
        <source>Every variable of the template is sent; the template may have been changed during review.</source>
        <translation>Semua variabel template sudah dikirim; template mungkin diubah selama peninjauan.</translation>
    </message>
    <message>
        <source>Failed in this run; retry it to send it again.</source>
        <translation>Gagal dalam pengiriman ini; coba lagi untuk mengirimnya kembali.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Left out of this send by you.</source>
        <translation>Anda mengecualikannya dari pengiriman ini.</translation>
    </message>
    <message>
        <source>May have arrived in this run (the send was interrupted); not sent again without asking.</source>
        <translation>Mungkin sudah sampai dalam pengiriman ini (pengiriman terputus); tidak dikirim lagi tanpa bertanya.</translation>
    </message>
    <message>
        <source>Missing: {names}.</source>
        <translation>Yang kurang: {names}.</translation>
    </message>
    <message>
        <source>No login configured; the server accepts mail without one.</source>
        <translation>Tidak ada login yang diatur; server menerima e-mail tanpa login.</translation>
    </message>
    <message>
        <source>No template ID is set, so messages go out in Simple mode, which Tencent Cloud allows only for accounts it has approved for it. If sending is refused, give the account the ID of an approved template.</source>
        <translation>ID templat belum diisi, sehingga pesan dikirim dalam mode Simple, yang hanya diizinkan Tencent Cloud untuk akun yang telah disetujuinya. Jika pengiriman ditolak, isi akun dengan ID templat yang sudah disetujui.</translation>
    </message>
    <message>
        <source>Not encrypted (security is set to none): fine for a local relay only.</source>
        <translation>Tidak terenkripsi (keamanan diatur ke none): hanya cocok untuk relay lokal.</translation>
    </message>
    <message>
        <source>Not sent because of a problem in the row: {problem}</source>
        <translation>Tidak dikirim karena ada masalah di baris ini: {problem}</translation>
    </message>
    <message>
        <source>Production access: the account may send to any address.</source>
        <translation>Akses produksi: akun ini boleh mengirim ke alamat mana pun.</translation>
    </message>
    <message>
        <source>QUOTA</source>
        <translation>Kuota</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Balas ke</translation>
    </message>
    <message>
        <source>Row {row} changed in the spreadsheet since this journal was started, so it was not sent: it could be a different person now. Check the report, then send changed rows with a new journal (--journal).</source>
        <translation>Baris {row} berubah di lembar kerja sejak catatan pengiriman ini dimulai, jadi tidak dikirim: mungkin sekarang orangnya berbeda. Periksa laporan, lalu kirim baris yang berubah dengan catatan pengiriman baru (--journal).</translation>
    </message>
    <message>
        <source>Row {row} has the same recipient {address} as row {first_row}. This person gets the message once, for row {first_row}, unless you choose one message per row when you send.</source>
        <translation>Baris {row} punya penerima yang sama ({address}) dengan baris {first_row}. Orang ini menerima pesan sekali saja, untuk baris {first_row}, kecuali Anda memilih satu pesan per baris saat mengirim.</translation>
    </message>
    <message>
        <source>Row {row} is no longer in the spreadsheet (it now has {count} rows), so it was not sent. If rows were deleted or moved, start a new journal (--journal) after checking the report.</source>
        <translation>Baris {row} sudah tidak ada di lembar kerja (sekarang ada {count} baris), jadi tidak dikirim. Jika ada baris yang dihapus atau dipindah, mulai catatan pengiriman baru (--journal) setelah memeriksa laporan.</translation>
    </message>
    <message>
        <source>Row {row} was to be sent at {when}, more than {minutes} minutes ago, so it was not sent late. If it should still go, empty its send-at cell and send it with a new journal (--journal).</source>
        <translation>Baris {row} dijadwalkan terkirim pada {when}, sudah lebih dari {minutes} menit lalu, jadi tidak dikirim terlambat. Jika masih perlu dikirim, kosongkan sel waktu kirimnya dan kirim dengan catatan pengiriman baru (--journal).</translation>
    </message>
    <message>
        <source>Runs are paced at {limits}.</source>
        <translation>Pengiriman diatur pada {limits}.</translation>
    </message>
    <message>
        <source>Runs are paced at {limits}. {left}</source>
        <translation>Pengiriman diatur pada {limits}. {left}</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>SENDING</source>
        <translation>Pengiriman</translation>
    </message>
    <message>
        <source>SIGN-IN</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Same address as row {first_row}, which gets the message.</source>
        <translation>Alamatnya sama dengan baris {first_row}, yang mendapat pesan.</translation>
    </message>
    <message>
        <source>Secure connection (TLS) established; the certificate is valid.</source>
        <translation>Koneksi aman (TLS) terjalin; sertifikatnya sah.</translation>
    </message>
    <message>
        <source>Sending is enabled for this account.</source>
        <translation>Pengiriman aktif untuk akun ini.</translation>
    </message>
    <message>
        <source>Sending stopped because of an unexpected error: {error}.</source>
        <translation>Pengiriman berhenti karena kesalahan tak terduga: {error}.</translation>
    </message>
    <message>
        <source>Sending stopped: the server would not take messages in {attempts} tries in a row, with a growing pause between them. {reason}{answer} Rows not sent yet stay pending: run the same command with --resume later.</source>
        <translation>Pengiriman berhenti: server tidak mau menerima pesan dalam {attempts} percobaan berturut-turut, dengan jeda yang makin lama. {reason}{answer} Baris yang belum terkirim tetap menunggu: jalankan perintah yang sama dengan --resume nanti.</translation>
    </message>
    <message>
        <source>Sent without {listed}: on the suppression list, so left out of Cc/Bcc. Remove an address from the list only if you know it works again.</source>
        <translation>Terkirim tanpa {listed}: ada di daftar blokir, jadi dikeluarkan dari Cc/Bcc. Hapus alamat dari daftar hanya jika Anda tahu alamat itu berfungsi lagi.</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>Masuk sebagai {user}.</translation>
    </message>
    <message>
        <source>Signed in with OAuth.</source>
        <translation>Masuk dengan OAuth.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while talking to the server.</source>
        <translation>Terjadi masalah tak terduga saat berkomunikasi dengan server.</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>Koneksi (TCP)</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>Templat</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>Enkripsi (TLS)</translation>
    </message>
    <message>
        <source>Template {template} is approved.</source>
        <translation>Templat {template} sudah disetujui.</translation>
    </message>
    <message>
        <source>Template {template} is still waiting for Tencent Cloud&apos;s review; sending works once it is approved.</source>
        <translation>Templat {template} masih menunggu peninjauan Tencent Cloud; pengiriman bisa dilakukan setelah disetujui.</translation>
    </message>
    <message>
        <source>Template {template} was not approved (status {status}). Edit it in the SES console and submit it for review again, or use another template.</source>
        <translation>Templat {template} tidak disetujui (status {status}). Ubah di konsol SES lalu ajukan lagi untuk ditinjau, atau gunakan templat lain.</translation>
    </message>
    <message>
        <source>Tencent Cloud SES in {region} accepted the SecretId {key}.</source>
        <translation>Tencent Cloud SES di {region} menerima SecretId {key}.</translation>
    </message>
    <message>
        <source>Tencent Cloud SES in {region} refused the request ({answer}). Check the API key and the region.</source>
        <translation>Tencent Cloud SES di {region} menolak permintaan ({answer}). Periksa kunci API dan wilayahnya.</translation>
    </message>
    <message>
        <source>Tencent Cloud accepted the message.</source>
        <translation>Tencent Cloud menerima pesan.</translation>
    </message>
    <message>
        <source>Tencent Cloud allows 20 requests per second; sending slows down automatically.</source>
        <translation>Tencent Cloud mengizinkan 20 permintaan per detik; pengiriman diperlambat otomatis.</translation>
    </message>
    <message>
        <source>Tencent Cloud blocks it for 14 days after mail to it was refused</source>
        <translation>Tencent Cloud memblokirnya selama 14 hari setelah email ke alamat ini ditolak</translation>
    </message>
    <message>
        <source>Tencent Cloud blocks this address for 14 days because mail to it was recently refused (the blocklist is shared by all Tencent accounts). If the address is right, release it in the SES console (or ask Tencent Cloud support when it was blocked by another account).</source>
        <translation>Tencent Cloud memblokir alamat ini selama 14 hari karena email ke alamat ini baru saja ditolak (daftar blokir dipakai bersama semua akun Tencent). Jika alamatnya benar, buka blokirnya di konsol SES (atau minta bantuan dukungan Tencent Cloud jika diblokir oleh akun lain).</translation>
    </message>
    <message>
        <source>Tencent Cloud could not open template {template} in region {region} ({answer}). Check the template ID in the SES console&apos;s template list.</source>
        <translation>Tencent Cloud tidak dapat membuka templat {template} di wilayah {region} ({answer}). Periksa ID templat di daftar templat konsol SES.</translation>
    </message>
    <message>
        <source>Tencent Cloud did not accept the API key. Check the SecretId and SecretKey in the account settings (and that the key has the QcloudSESFullAccess or QcloudFullAccess permission), then send again.</source>
        <translation>Tencent Cloud tidak menerima kunci API. Periksa SecretId dan SecretKey di pengaturan akun (dan pastikan kunci itu punya izin QcloudSESFullAccess atau QcloudFullAccess), lalu kirim lagi.</translation>
    </message>
    <message>
        <source>Tencent Cloud does not accept the name or type of an attachment of this row ({provider_text}). Rename the file without special characters, or send it in another format.</source>
        <translation>Tencent Cloud tidak menerima nama atau jenis lampiran di baris ini ({provider_text}). Ganti nama file tanpa karakter khusus, atau kirim dalam format lain.</translation>
    </message>
    <message>
        <source>Tencent Cloud had a temporary problem.</source>
        <translation>Tencent Cloud sedang mengalami masalah sementara.</translation>
    </message>
    <message>
        <source>Tencent Cloud has blocked sending for a while because too many recent messages were refused. Clean the address list before sending again.</source>
        <translation>Tencent Cloud memblokir pengiriman untuk sementara karena terlalu banyak pesan yang ditolak belakangan ini. Bersihkan daftar alamat sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>Tencent Cloud has not verified the sender {sender} or its domain. Finish the sender and domain verification in the SES console (and do not change the DNS records afterwards), then send again.</source>
        <translation>Tencent Cloud belum memverifikasi pengirim {sender} atau domainnya. Selesaikan verifikasi pengirim dan domain di konsol SES (dan jangan ubah catatan DNS sesudahnya), lalu kirim lagi.</translation>
    </message>
    <message>
        <source>Tencent Cloud limits how many messages one address may get in a short time (about 10 an hour).</source>
        <translation>Tencent Cloud membatasi jumlah pesan yang boleh diterima satu alamat dalam waktu singkat (sekitar 10 per jam).</translation>
    </message>
    <message>
        <source>Tencent Cloud needs a subject of 1 to 100 characters. Shorten or fill in the subject of this row.</source>
        <translation>Tencent Cloud memerlukan subjek 1 sampai 100 karakter. Perpendek atau isi subjek baris ini.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused a link in this message ({provider_text}). Remove or change the link.</source>
        <translation>Tencent Cloud menolak tautan di pesan ini ({provider_text}). Hapus atau ganti tautannya.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request because your computer&apos;s clock is off. Set the date and time automatically (with the right time zone) in your system settings, then send again.</source>
        <translation>Tencent Cloud menolak permintaan karena jam komputer Anda tidak tepat. Atur tanggal dan waktu secara otomatis (dengan zona waktu yang benar) di pengaturan sistem, lalu kirim lagi.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the sender name in {sender}. Write it as &apos;Name &lt;address&gt;&apos; without a colon.</source>
        <translation>Tencent Cloud menolak nama pengirim di {sender}. Tulis sebagai &apos;Name &lt;address&gt;&apos; tanpa titik dua.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the values of this row for the template ({provider_text}). Values must be plain text without HTML tags, and all of them together under 800 bytes.</source>
        <translation>Tencent Cloud menolak nilai baris ini untuk template ({provider_text}). Nilai harus berupa teks biasa tanpa tag HTML, dan semuanya bersama-sama di bawah 800 byte.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused this message ({provider_text}). Check the message and the account settings.</source>
        <translation>Tencent Cloud menolak pesan ini ({provider_text}). Periksa pesan dan pengaturan akun.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused this message as too large or with too many attachments ({provider_text}). Keep attachments under 4 MB in total and at most 10 files.</source>
        <translation>Tencent Cloud menolak pesan ini karena terlalu besar atau lampirannya terlalu banyak ({provider_text}). Buat total lampiran di bawah 4 MB dan paling banyak 10 file.</translation>
    </message>
    <message>
        <source>Tencent Cloud reports a problem with this account&apos;s sending ({provider_text}). Open a ticket with Tencent Cloud support.</source>
        <translation>Tencent Cloud melaporkan masalah pada pengiriman akun ini ({provider_text}). Buat tiket ke dukungan Tencent Cloud.</translation>
    </message>
    <message>
        <source>Tencent Cloud says an address of this row is not valid ({provider_text}). Check the e-mail column.</source>
        <translation>Tencent Cloud menyatakan ada alamat di baris ini yang tidak valid ({provider_text}). Periksa kolom email.</translation>
    </message>
    <message>
        <source>Tencent Cloud template {template_id} does not exist, is empty or is not approved yet. Check the template ID in the account settings and its review status in the SES console.</source>
        <translation>Template Tencent Cloud {template_id} tidak ada, kosong, atau belum disetujui. Periksa ID template di pengaturan akun dan status peninjauannya di konsol SES.</translation>
    </message>
    <message>
        <source>Tencent Cloud template {template_id} expects other variables than this campaign sends ({sent}). {missing} Make the spreadsheet&apos;s column names match the template&apos;s {{{{variables}}}}, then send again.</source>
        <translation>Template Tencent Cloud {template_id} mengharapkan variabel yang berbeda dari yang dikirim kampanye ini ({sent}). {missing} Samakan nama kolom lembar kerja dengan {{{{variables}}}} template, lalu kirim lagi.</translation>
    </message>
    <message>
        <source>The API key works but may not use Tencent Cloud SES. Give it the QcloudSESFullAccess permission in the Tencent Cloud console (CAM), then test again.</source>
        <translation>Kunci API berfungsi, tetapi tidak boleh memakai Tencent Cloud SES. Berikan izin QcloudSESFullAccess di konsol Tencent Cloud (CAM), lalu uji lagi.</translation>
    </message>
    <message>
        <source>The access key is valid but is not allowed to send e-mail with Amazon SES. Give it the ses:SendEmail and ses:SendRawEmail permissions in AWS IAM.</source>
        <translation>Kunci akses valid tetapi tidak diizinkan mengirim email dengan Amazon SES. Beri izin ses:SendEmail dan ses:SendRawEmail di AWS IAM.</translation>
    </message>
    <message>
        <source>The access key works but may not read the SES account (ses:GetAccount). Add ses:GetAccount and ses:SendEmail to its IAM policy, so runs can follow your quota.</source>
        <translation>Kunci akses berfungsi, tetapi tidak boleh membaca akun SES (ses:GetAccount). Tambahkan ses:GetAccount dan ses:SendEmail ke kebijakan IAM-nya, agar pengiriman mengikuti kuota Anda.</translation>
    </message>
    <message>
        <source>The account is still in the Amazon SES sandbox in {region}: it may send only to addresses verified in SES, at most 200 a day. Ask AWS for production access before a real mailing.</source>
        <translation>Akun ini masih dalam sandbox Amazon SES di {region}: hanya boleh mengirim ke alamat yang terverifikasi di SES, paling banyak 200 per hari. Minta akses produksi kepada AWS sebelum pengiriman sungguhan.</translation>
    </message>
    <message>
        <source>The configuration set named in the account settings does not exist in Amazon SES region {region}. Correct its name or leave it empty.</source>
        <translation>Configuration set yang disebut di pengaturan akun tidak ada di Amazon SES region {region}. Perbaiki namanya atau kosongkan.</translation>
    </message>
    <message>
        <source>The connection broke after the message was handed over but before the server confirmed it. It may or may not have been delivered, so it will not be resent automatically; check with the recipient, then choose whether to send this row again.</source>
        <translation>Koneksi terputus setelah pesan diserahkan tetapi sebelum server mengonfirmasinya. Pesan mungkin sudah atau belum terkirim, jadi tidak dikirim ulang otomatis; tanyakan kepada penerima, lalu putuskan apakah baris ini perlu dikirim lagi.</translation>
    </message>
    <message>
        <source>The connection to Amazon SES broke after the message was handed over, so it may or may not have been sent. It will not be sent again automatically; check the recipient&apos;s mailbox or the SES sending statistics before retrying this row.</source>
        <translation>Koneksi ke Amazon SES terputus setelah pesan diserahkan, jadi pesan mungkin sudah atau belum terkirim. Pesan tidak dikirim ulang otomatis; periksa kotak surat penerima atau statistik pengiriman SES sebelum mencoba lagi baris ini.</translation>
    </message>
    <message>
        <source>The connection to Tencent Cloud broke while the message was being handed over, so it may or may not have been sent. It will not be sent again automatically; check the SES console&apos;s sending statistics before retrying this row.</source>
        <translation>Koneksi ke Tencent Cloud terputus saat pesan sedang diserahkan, jadi pesan mungkin sudah atau belum terkirim. Pesan tidak dikirim ulang otomatis; periksa statistik pengiriman di konsol SES sebelum mencoba lagi baris ini.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the message was sent.</source>
        <translation>Koneksi ke server terputus sebelum pesan terkirim.</translation>
    </message>
    <message>
        <source>The hourly limit of messages to addresses at {key} is reached, so row {row} waits; other rows go on. It is sent by itself at about {at}.</source>
        <translation>Batas per jam untuk pesan ke alamat di {key} sudah tercapai, jadi baris {row} menunggu; baris lain tetap jalan. Baris ini terkirim sendiri sekitar pukul {at}.</translation>
    </message>
    <message>
        <source>The hourly limit of messages to {key} is reached, so row {row} waits; other rows go on. It is sent by itself at about {at}.</source>
        <translation>Batas per jam untuk pesan ke {key} sudah tercapai, jadi baris {row} menunggu; baris lain tetap jalan. Baris ini terkirim sendiri sekitar pukul {at}.</translation>
    </message>
    <message>
        <source>The per-day sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>Batas kirim per hari sudah tercapai. Pengiriman berlanjut sendiri sekitar pukul {at}.</translation>
    </message>
    <message>
        <source>The per-hour sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>Batas kirim per jam sudah tercapai. Pengiriman berlanjut sendiri sekitar pukul {at}.</translation>
    </message>
    <message>
        <source>The per-minute sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>Batas kirim per menit sudah tercapai. Pengiriman berlanjut sendiri sekitar pukul {at}.</translation>
    </message>
    <message>
        <source>The per-second sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>Batas kirim per detik sudah tercapai. Pengiriman berlanjut sendiri sekitar pukul {at}.</translation>
    </message>
    <message>
        <source>The program stopped while this message was being sent, so it may or may not have arrived. Check with the recipient, then use --retry-failed if it needs sending again.</source>
        <translation>Program berhenti saat pesan ini sedang dikirim, jadi pesan mungkin sudah atau belum sampai. Tanyakan kepada penerima, lalu gunakan --retry-failed jika perlu dikirim lagi.</translation>
    </message>
    <message>
        <source>The provider has paused or suspended sending for this account. Sign in to the provider&apos;s console to see why and resolve it before sending again. Provider&apos;s answer: {text}</source>
        <translation>Penyedia menghentikan sementara atau menangguhkan pengiriman akun ini. Masuk ke konsol penyedia untuk melihat sebabnya dan selesaikan sebelum mengirim lagi. Jawaban penyedia: {text}</translation>
    </message>
    <message>
        <source>The provider says the sender address or domain is not verified. Verify it in the provider&apos;s console, then send again. Provider&apos;s answer: {text}</source>
        <translation>Penyedia menyatakan alamat atau domain pengirim belum diverifikasi. Verifikasi di konsol penyedia, lalu kirim lagi. Jawaban penyedia: {text}</translation>
    </message>
    <message>
        <source>The provider says the sending quota is used up. Sending continues by itself at about {at}.</source>
        <translation>Penyedia menyatakan kuota pengiriman sudah habis. Pengiriman berlanjut sendiri sekitar pukul {at}.</translation>
    </message>
    <message>
        <source>The receiving server refused this message by policy (spam filter or security rule). Read the server&apos;s answer, change the message or ask the recipient to allow it: {text}</source>
        <translation>Server penerima menolak pesan ini karena kebijakan (filter spam atau aturan keamanan). Baca jawaban server, ubah pesan, atau minta penerima mengizinkannya: {text}</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail provider asked Tencent Cloud to slow down, so sending there pauses for 10 minutes.</source>
        <translation>Penyedia email penerima meminta Tencent Cloud memperlambat, jadi pengiriman ke sana dijeda 10 menit.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server refused this message ({provider_text}).</source>
        <translation>Server email penerima menolak pesan ini ({provider_text}).</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full and the server gave up. Contact the person another way, or send this row again later.</source>
        <translation>Kotak surat penerima penuh dan server menyerah. Hubungi orang itu dengan cara lain, atau kirim baris ini lagi nanti.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full; if it stays full, contact the person another way.</source>
        <translation>Kotak surat penerima penuh; jika tetap penuh, hubungi orang itu dengan cara lain.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up. The port and security setting probably do not match: port 465 usually needs TLS, ports 587 and 25 usually need STARTTLS.</source>
        <translation>Koneksi aman (TLS) tidak dapat dibuat. Port dan pengaturan keamanannya mungkin tidak cocok: port 465 biasanya perlu TLS, port 587 dan 25 biasanya perlu STARTTLS.</translation>
    </message>
    <message>
        <source>The sender domain {domain} is added in region {region} but not verified yet. Add the DNS records the SES console shows, then verify it again there.</source>
        <translation>Domain pengirim {domain} sudah ditambahkan di wilayah {region}, tetapi belum diverifikasi. Tambahkan catatan DNS yang ditampilkan konsol SES, lalu verifikasi lagi di sana.</translation>
    </message>
    <message>
        <source>The sender domain {domain} is not set up in Tencent Cloud SES in region {region} (no domain is set up there). Add and verify it in the SES console for this region, or choose the region where it is verified as the account&apos;s region.</source>
        <translation>Domain pengirim {domain} belum disiapkan di Tencent Cloud SES wilayah {region} (belum ada domain yang disiapkan di sana). Tambahkan dan verifikasi domain itu di konsol SES untuk wilayah ini, atau pilih wilayah tempat domain itu terverifikasi sebagai wilayah akun.</translation>
    </message>
    <message>
        <source>The sender domain {domain} is not set up in Tencent Cloud SES in region {region} (set up there: {known}). Add and verify it in the SES console for this region, or choose the region where it is verified as the account&apos;s region.</source>
        <translation>Domain pengirim {domain} belum disiapkan di Tencent Cloud SES wilayah {region} (yang disiapkan di sana: {known}). Tambahkan dan verifikasi domain itu di konsol SES untuk wilayah ini, atau pilih wilayah tempat domain itu terverifikasi sebagai wilayah akun.</translation>
    </message>
    <message>
        <source>The sender domain {domain} is verified in region {region}.</source>
        <translation>Domain pengirim {domain} sudah terverifikasi di wilayah {region}.</translation>
    </message>
    <message>
        <source>The sender domain {domain} is verified in region {region}. It may send at most {quota:,} mails a day.</source>
        <translation>Domain pengirim {domain} sudah terverifikasi di wilayah {region}. Domain ini boleh mengirim paling banyak {quota:,} e-mail per hari.</translation>
    </message>
    <message>
        <source>The sending account is still in the provider&apos;s sandbox and may only send to verified addresses. Ask the provider for production access, then send again. Provider&apos;s answer: {text}</source>
        <translation>Akun pengirim masih dalam sandbox penyedia dan hanya boleh mengirim ke alamat yang terverifikasi. Minta akses produksi kepada penyedia, lalu kirim lagi. Jawaban penyedia: {text}</translation>
    </message>
    <message>
        <source>The sending rate limit is reached. Sending continues by itself at about {at}.</source>
        <translation>Batas kecepatan kirim sudah tercapai. Pengiriman berlanjut sendiri sekitar pukul {at}.</translation>
    </message>
    <message>
        <source>The server accepted the connection on port {port} but never greeted us. This usually means the port expects TLS from the first byte (port 465): choose TLS as the security setting.</source>
        <translation>Server menerima koneksi di port {port}, tetapi tidak pernah menyapa. Biasanya ini berarti port tersebut mengharapkan TLS sejak awal (port 465): pilih TLS sebagai pengaturan keamanan.</translation>
    </message>
    <message>
        <source>The server accepted the message.</source>
        <translation>Server menerima pesan.</translation>
    </message>
    <message>
        <source>The server answered {code} {text} to DATA instead of 354 (go ahead), so no message can be handed over. Check the server address and port are those of a mail server; nothing was sent.</source>
        <translation>Server menjawab DATA dengan {code} {text}, bukan 354 (silakan lanjut), jadi pesan tidak dapat diserahkan. Pastikan alamat dan port server itu milik server email; tidak ada yang terkirim.</translation>
    </message>
    <message>
        <source>The server asked to slow down. Sending continues at a lower rate; no message was lost.</source>
        <translation>Server meminta pengiriman diperlambat. Pengiriman berlanjut dengan kecepatan lebih rendah; tidak ada pesan yang hilang.</translation>
    </message>
    <message>
        <source>The server could not accept the login right now. Server&apos;s answer: {text}</source>
        <translation>Server tidak dapat menerima login saat ini. Jawaban server: {text}</translation>
    </message>
    <message>
        <source>The server could not take the message right now.</source>
        <translation>Server tidak dapat menerima pesan saat ini.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Server tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>The server did not offer a login method this program can use. Choose STARTTLS or TLS in the account settings (many servers only offer login on a secure connection).</source>
        <translation>Server tidak menawarkan cara login yang dapat dipakai program ini. Pilih STARTTLS atau TLS di pengaturan akun (banyak server hanya menawarkan login lewat koneksi aman).</translation>
    </message>
    <message>
        <source>The server does not accept a password login for this mailbox (Microsoft 365 turns SMTP login off by default). Ask your administrator to enable &apos;Authenticated SMTP&apos; for this mailbox, or use another sending account.</source>
        <translation>Server tidak menerima login kata sandi untuk kotak surat ini (Microsoft 365 mematikan login SMTP secara bawaan). Minta administrator Anda mengaktifkan &apos;Authenticated SMTP&apos; untuk kotak surat ini, atau gunakan akun pengirim lain.</translation>
    </message>
    <message>
        <source>The server gave an answer this program does not understand after the message was handed over, so it may or may not have been delivered. It is not sent again by itself; check with the recipient, then choose whether to send this row again. Server&apos;s answer: {text}</source>
        <translation>Setelah pesan diserahkan, server memberi jawaban yang tidak dipahami program ini, jadi pesan mungkin sudah atau belum terkirim. Pesan tidak dikirim ulang sendiri; tanyakan kepada penerima, lalu putuskan apakah baris ini perlu dikirim lagi. Jawaban server: {text}</translation>
    </message>
    <message>
        <source>The server gave an answer this program does not understand.</source>
        <translation>Server memberi jawaban yang tidak dipahami program ini.</translation>
    </message>
    <message>
        <source>The server greeted us and listed what it supports.</source>
        <translation>Server menyapa dan menyebutkan fitur yang didukungnya.</translation>
    </message>
    <message>
        <source>The server is busy or closing the connection.</source>
        <translation>Server sedang sibuk atau menutup koneksi.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the spelling of the server name and your internet connection.</source>
        <translation>Nama server tidak ditemukan. Periksa ejaan nama server dan koneksi internet Anda.</translation>
    </message>
    <message>
        <source>The server refused the connection on this port. If this keeps happening, check the server name and port in the account settings.</source>
        <translation>Server menolak koneksi di port ini. Jika terus terjadi, periksa nama server dan port di pengaturan akun.</translation>
    </message>
    <message>
        <source>The server refused the sender address or this connection, so no row can be sent. Check the From address is one this account may send as. Server&apos;s answer: {text}</source>
        <translation>Server menolak alamat pengirim atau koneksi ini, jadi tidak ada baris yang bisa dikirim. Pastikan alamat From adalah alamat yang boleh dipakai akun ini. Jawaban server: {text}</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check both in the account settings and try again.</source>
        <translation>Server menolak nama pengguna atau kata sandi. Periksa keduanya di pengaturan akun, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The server refused this message. Read its answer, correct the row and send it again: {text}</source>
        <translation>Server menolak pesan ini. Baca jawabannya, perbaiki barisnya, lalu kirim lagi: {text}</translation>
    </message>
    <message>
        <source>The server refuses to pass mail on to other addresses (relay access denied), so no row can be sent through it. It probably needs a login (--user, or a saved account), or this is not your provider&apos;s sending server. Server&apos;s answer: {text}</source>
        <translation>Server menolak meneruskan email ke alamat lain (relay ditolak), jadi tidak ada baris yang bisa dikirim lewat server ini. Server ini mungkin perlu login (--user, atau akun tersimpan), atau ini bukan server pengiriman penyedia Anda. Jawaban server: {text}</translation>
    </message>
    <message>
        <source>The server requires a login before sending. Enter the user name and password of the sending account (and use STARTTLS or TLS if the server asks for it).</source>
        <translation>Server mewajibkan login sebelum mengirim. Masukkan nama pengguna dan kata sandi akun pengirim (dan gunakan STARTTLS atau TLS jika server memintanya).</translation>
    </message>
    <message>
        <source>The server wants an app password, not your normal password (Gmail and others do this when two-step verification is on). Create an app password in your account&apos;s security settings and use it here.</source>
        <translation>Server meminta sandi aplikasi, bukan kata sandi biasa Anda (Gmail dan lainnya melakukan ini jika verifikasi dua langkah aktif). Buat sandi aplikasi di pengaturan keamanan akun Anda dan gunakan di sini.</translation>
    </message>
    <message>
        <source>The server {host} does not offer OAuth (XOAUTH2) login. Use a password or app password for this account instead.</source>
        <translation>Server {host} tidak mendukung login OAuth (XOAUTH2). Gunakan kata sandi atau sandi aplikasi untuk akun ini.</translation>
    </message>
    <message>
        <source>The server {host} does not offer encryption (STARTTLS), so the password would travel over the network as plain text; nothing was sent. Use the server&apos;s secure port (465 with TLS, or 587 with STARTTLS), or choose security &apos;none&apos; (--security none) only for a relay you trust on your own network.</source>
        <translation>Server {host} tidak mendukung enkripsi (STARTTLS), jadi kata sandi akan terkirim sebagai teks biasa; tidak ada yang dikirim. Gunakan port aman server (465 dengan TLS, atau 587 dengan STARTTLS), atau pilih keamanan &apos;none&apos; (--security none) hanya untuk relai tepercaya di jaringan Anda sendiri.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be trusted ({detail}). Check the server name is exactly the one your provider gives; if this is your own server, install a valid certificate.</source>
        <translation>Sertifikat keamanan server tidak dapat dipercaya ({detail}). Pastikan nama server sama persis dengan yang diberikan penyedia Anda; jika ini server Anda sendiri, pasang sertifikat yang valid.</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; in {file} is empty; choose the sheet that holds your contacts ({sheets}).</source>
        <translation>Lembar &quot;{sheet}&quot; di {file} kosong; pilih lembar yang berisi kontak Anda ({sheets}).</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; in {file} spans {rows:,} rows by {columns:,} columns, more than Mail Merge reads ({limit:,} cells); delete the unused rows and columns (often one stray cell far down or far right), save, and open it again.</source>
        <translation>Lembar &quot;{sheet}&quot; di {file} berukuran {rows:,} baris × {columns:,} kolom, lebih dari yang dibaca Mail Merge ({limit:,} sel); hapus baris dan kolom yang tidak dipakai (sering kali satu sel nyasar jauh di bawah atau di kanan), simpan, lalu buka lagi.</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in. Start the sign-in again.</source>
        <translation>Jawaban masuk tidak cocok dengan proses masuk ini. Mulai proses masuk lagi.</translation>
    </message>
    <message>
        <source>The sign-in server did not allow Mail Merge to stay signed in. Sign in again and accept all requested permissions.</source>
        <translation>Server masuk tidak mengizinkan Mail Merge tetap masuk. Masuk lagi dan setujui semua izin yang diminta.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP {status}, {error}). Try signing in again; if it keeps failing, check the account&apos;s app registration.</source>
        <translation>Server masuk menolak permintaan (HTTP {status}, {error}). Coba masuk lagi; jika terus gagal, periksa pendaftaran aplikasi akun tersebut.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer had no access token. Sign in again.</source>
        <translation>Jawaban server masuk tidak berisi token akses. Masuk lagi.</translation>
    </message>
    <message>
        <source>The suppression list {path} cannot be opened ({error}). Check the folder is writable, or move the damaged file away so a new list is started.</source>
        <translation>Daftar blokir {path} tidak dapat dibuka ({error}). Pastikan foldernya bisa ditulisi, atau pindahkan file yang rusak agar daftar baru dibuat.</translation>
    </message>
    <message>
        <source>The template ID must be the number the Tencent Cloud SES console shows for an approved template, not {value}.</source>
        <translation>ID templat harus berupa nomor templat yang disetujui seperti tertera di konsol Tencent Cloud SES, bukan {value}.</translation>
    </message>
    <message>
        <source>The template could not be read to compare its variables.</source>
        <translation>Template tidak dapat dibaca untuk membandingkan variabelnya.</translation>
    </message>
    <message>
        <source>The template {file} cannot be read ({reason}). Check the file and its permissions.</source>
        <translation>Templat {file} tidak dapat dibaca ({reason}). Periksa file dan izinnya.</translation>
    </message>
    <message>
        <source>The template {file} does not exist. Check the file name.</source>
        <translation>Templat {file} tidak ada. Periksa nama filenya.</translation>
    </message>
    <message>
        <source>The template {file} has the extension {suffix!r}; name it .md (Markdown), .html or .txt.</source>
        <translation>Templat {file} berekstensi {suffix!r}; beri nama .md (Markdown), .html, atau .txt.</translation>
    </message>
    <message>
        <source>The template {file} is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>Templat {file} bukan teks UTF-8. Simpan sebagai UTF-8 lalu coba lagi.</translation>
    </message>
    <message>
        <source>The text encoding of {file} could not be recognised; open it in a spreadsheet program and save it as &quot;CSV UTF-8&quot; (or .xlsx), then open that file.</source>
        <translation>Pengodean teks {file} tidak dikenali; buka di program lembar kerja dan simpan sebagai &quot;CSV UTF-8&quot; (atau .xlsx), lalu buka file itu.</translation>
    </message>
    <message>
        <source>The trigger type must be 0 (bulk mail) or 1 (triggered mail such as codes), not {value}.</source>
        <translation>Jenis pemicu harus 0 (email massal) atau 1 (email pemicu seperti kode), bukan {value}.</translation>
    </message>
    <message>
        <source>The unsubscribe option must be a number from 0 (no link) to 12, not &apos;{value}&apos;.</source>
        <translation>Opsi berhenti langganan harus angka 0 (tanpa tautan) sampai 12, bukan &apos;{value}&apos;.</translation>
    </message>
    <message>
        <source>The {preset} preset signs in with a password, not with OAuth, so --oauth-client-id and --oauth-client-secret do not apply. Presets that sign in: {presets}.</source>
        <translation>Preset {preset} masuk dengan kata sandi, bukan OAuth, jadi --oauth-client-id dan --oauth-client-secret tidak berlaku. Preset yang masuk lewat peramban: {presets}.</translation>
    </message>
    <message>
        <source>There is no data row {row}: {file} has data rows 1 to {count} (row 1 is the first row under the column names). Choose a row in that range.</source>
        <translation>Tidak ada baris data {row}: {file} punya baris data 1 sampai {count} (baris 1 adalah baris pertama di bawah nama kolom). Pilih baris dalam rentang itu.</translation>
    </message>
    <message>
        <source>There is no provider preset called {key!r}. Choose one of: {keys} (see `mailmerge account presets`).</source>
        <translation>Tidak ada preset penyedia bernama {key!r}. Pilih salah satu: {keys} (lihat `mailmerge account presets`).</translation>
    </message>
    <message>
        <source>There is no saved account called {name!r}. Saved accounts: {names}. Add one with `mailmerge account add NAME --preset PRESET`.</source>
        <translation>Tidak ada akun tersimpan bernama {name!r}. Akun tersimpan: {names}. Tambahkan dengan `mailmerge account add NAMA --preset PRESET`.</translation>
    </message>
    <message>
        <source>This Tencent Cloud account may not send attachments. Ask Tencent Cloud support to allow them, or remove the attachments from the template.</source>
        <translation>Akun Tencent Cloud ini tidak boleh mengirim lampiran. Minta dukungan Tencent Cloud untuk mengizinkannya, atau hapus lampiran dari template.</translation>
    </message>
    <message>
        <source>This Tencent Cloud account may only send approved templates. Enter the template ID in the account settings, then send again.</source>
        <translation>Akun Tencent Cloud ini hanya boleh mengirim template yang sudah disetujui. Masukkan ID template di pengaturan akun, lalu kirim lagi.</translation>
    </message>
    <message>
        <source>This address does not exist (the receiving server says there is no such mailbox or domain). Correct the address in the spreadsheet; it will not be tried again.</source>
        <translation>Alamat ini tidak ada (server penerima menyatakan kotak surat atau domain itu tidak ada). Perbaiki alamatnya di lembar kerja; alamat ini tidak akan dicoba lagi.</translation>
    </message>
    <message>
        <source>This campaign goes to {count} people but offers no way to unsubscribe. Gmail and Yahoo expect bulk mail to have one and may file it as spam: set an unsubscribe address for the account, or add an Unsubscribe: line to the template (Unsubscribe: none for mail people cannot opt out of).</source>
        <translation>Kampanye ini dikirim ke {count} orang tetapi tidak menyediakan cara berhenti langganan. Gmail dan Yahoo mengharapkannya pada email massal dan bisa memasukkannya ke spam: atur alamat berhenti langganan untuk akun, atau tambahkan baris Unsubscribe: ke templat (Unsubscribe: none untuk email yang tidak bisa ditolak).</translation>
    </message>
    <message>
        <source>This recipient unsubscribed from mail sent from your domain, so Tencent Cloud no longer delivers to them.</source>
        <translation>Penerima ini berhenti berlangganan email dari domain Anda, jadi Tencent Cloud tidak lagi mengirimkan kepadanya.</translation>
    </message>
    <message>
        <source>This row could not be turned into an Amazon SES request: {error}</source>
        <translation>Baris ini tidak dapat diubah menjadi permintaan Amazon SES: {error}</translation>
    </message>
    <message>
        <source>This row has an address with non-English letters before the @, and the server cannot deliver such addresses. Use a plain address for this row.</source>
        <translation>Baris ini punya alamat dengan huruf non-Inggris sebelum @, dan server tidak dapat mengirim ke alamat seperti itu. Gunakan alamat biasa untuk baris ini.</translation>
    </message>
    <message>
        <source>This row is no longer in the spreadsheet.</source>
        <translation>Baris ini sudah tidak ada di lembar kerja.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kepada</translation>
    </message>
    <message>
        <source>Unsubscribe address</source>
        <translation>Alamat berhenti langganan</translation>
    </message>
    <message>
        <source>Use either --server or --account, not both.</source>
        <translation>Gunakan --server atau --account, jangan keduanya.</translation>
    </message>
    <message>
        <source>You have reached the number of messages Amazon SES lets you send in 24 hours in region {region}. Sending will continue when the 24-hour window has room again; to send more, request a higher sending quota.</source>
        <translation>Anda sudah mencapai jumlah pesan yang diizinkan Amazon SES dalam 24 jam di region {region}. Pengiriman berlanjut saat kuota 24 jam ada ruang lagi; untuk mengirim lebih banyak, ajukan kuota pengiriman yang lebih tinggi.</translation>
    </message>
    <message>
        <source>You have reached today&apos;s Tencent Cloud sending limit. Sending continues after midnight China time.</source>
        <translation>Anda sudah mencapai batas kirim Tencent Cloud hari ini. Pengiriman berlanjut setelah tengah malam waktu Tiongkok.</translation>
    </message>
    <message>
        <source>Your Amazon SES account in region {region} is still in the sandbox, where it may only send to verified addresses, and {identities} is not verified. Verify the recipient, or ask AWS to move the account out of the sandbox (production access).</source>
        <translation>Akun Amazon SES Anda di region {region} masih dalam sandbox, yang hanya boleh mengirim ke alamat terverifikasi, dan {identities} belum diverifikasi. Verifikasi penerimanya, atau minta AWS mengeluarkan akun dari sandbox (akses produksi).</translation>
    </message>
    <message>
        <source>Your Tencent Cloud SES package has no messages left. Buy more in the SES console, then send again.</source>
        <translation>Paket Tencent Cloud SES Anda sudah tidak punya sisa pesan. Beli lagi di konsol SES, lalu kirim lagi.</translation>
    </message>
    <message>
        <source>Your Tencent Cloud account has no credit left. Top it up in the billing console, then send again.</source>
        <translation>Saldo akun Tencent Cloud Anda habis. Isi ulang di konsol penagihan, lalu kirim lagi.</translation>
    </message>
    <message>
        <source>Your account has reached its daily sending limit. Sending will pause until the limit resets; the remaining rows stay queued.</source>
        <translation>Akun Anda sudah mencapai batas kirim harian. Pengiriman dijeda sampai batasnya diatur ulang; baris yang tersisa tetap dalam antrean.</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>ditambahkan manual</translation>
    </message>
    <message>
        <source>blocked for a while (the provider refuses mail to it until the date shown)</source>
        <translation>diblokir sementara (penyedia menolak email ke alamat ini sampai tanggal yang ditampilkan)</translation>
    </message>
    <message>
        <source>built-in outbox (nothing is sent; messages are saved in {folder})</source>
        <translation>kotak keluar bawaan (tidak ada yang dikirim; pesan disimpan di {folder})</translation>
    </message>
    <message>
        <source>mail to it bounced for good (the address does not exist or refuses mail)</source>
        <translation>email ke alamat ini terpental permanen (alamat tidak ada atau menolak email)</translation>
    </message>
    <message>
        <source>no variables</source>
        <translation>tanpa variabel</translation>
    </message>
    <message>
        <source>row {row}: failed: {reason}{said}</source>
        <translation>baris {row}: gagal: {reason}{said}</translation>
    </message>
    <message>
        <source>row {row}: not sent: {reason}</source>
        <translation>baris {row}: tidak dikirim: {reason}</translation>
    </message>
    <message>
        <source>row {row}: skipped: {reason}</source>
        <translation>baris {row}: dilewati: {reason}</translation>
    </message>
    <message>
        <source>row {row}: unknown: {reason}</source>
        <translation>baris {row}: tidak diketahui: {reason}</translation>
    </message>
    <message>
        <source>see Check</source>
        <translation>lihat langkah Periksa</translation>
    </message>
    <message>
        <source>the address does not exist (the receiving server said so)</source>
        <translation>alamat tidak ada (kata server penerima)</translation>
    </message>
    <message>
        <source>the person asked not to get mail</source>
        <translation>orangnya meminta tidak dikirimi email</translation>
    </message>
    <message>
        <source>the person marked a message as spam</source>
        <translation>orangnya menandai pesan sebagai spam</translation>
    </message>
    <message>
        <source>the reason {value!r} is not one this app knows ({known}); the line was skipped.</source>
        <translation>alasan {value!r} tidak dikenal aplikasi ini ({known}); baris itu dilewati.</translation>
    </message>
    <message>
        <source>the {column} date {value!r} is not a date; write it as YYYY-MM-DD. The line was skipped.</source>
        <translation>tanggal {column} {value!r} bukan tanggal; tulis sebagai YYYY-MM-DD. Baris itu dilewati.</translation>
    </message>
    <message>
        <source>{address} ({why})</source>
        <translation>{address} ({why})</translation>
    </message>
    <message>
        <source>{address} already got another version of this message through {account}.</source>
        <translation>{address} sudah menerima versi lain dari pesan ini melalui {account}.</translation>
    </message>
    <message>
        <source>{address} is on the suppression list ({why}), so row {row} was not sent. Take it off the suppression list only if you know it works again.</source>
        <translation>{address} ada di daftar blokir ({why}), jadi baris {row} tidak dikirim. Keluarkan dari daftar blokir hanya jika Anda tahu alamat itu berfungsi lagi.</translation>
    </message>
    <message>
        <source>{address} is on the suppression list ({why}).</source>
        <translation>{address} ada di daftar blokir ({why}).</translation>
    </message>
    <message>
        <source>{endpoint!r} is not an API address. Write it like https://host or http://127.0.0.1:8080, or leave it out to use the provider&apos;s own address.</source>
        <translation>{endpoint!r} bukan alamat API. Tulis seperti https://host atau http://127.0.0.1:8080, atau kosongkan untuk memakai alamat penyedia.</translation>
    </message>
    <message>
        <source>{file} could not be opened ({reason}); close it in other programs, check you may read it, and try again.</source>
        <translation>{file} tidak dapat dibuka ({reason}); tutup di program lain, pastikan Anda boleh membacanya, lalu coba lagi.</translation>
    </message>
    <message>
        <source>{file} could not be split into columns ({reason}); open it in a spreadsheet program, save it as .xlsx or .csv, and open that file.</source>
        <translation>{file} tidak dapat dipisah menjadi kolom ({reason}); buka di program lembar kerja, simpan sebagai .xlsx atau .csv, lalu buka file itu.</translation>
    </message>
    <message>
        <source>{file} has no sheet named &quot;{sheet}&quot;; choose one of its sheets: {sheets}.</source>
        <translation>{file} tidak punya lembar bernama &quot;{sheet}&quot;; pilih salah satu lembarnya: {sheets}.</translation>
    </message>
    <message>
        <source>{file} is a device or a pipe, not a file, so it can&apos;t hold a contact list; choose your spreadsheet file instead.</source>
        <translation>{file} adalah perangkat atau pipe, bukan file, jadi tidak bisa berisi daftar kontak; pilih file lembar kerja Anda.</translation>
    </message>
    <message>
        <source>{file} is a folder; choose the contact list file inside it.</source>
        <translation>{file} adalah folder; pilih file daftar kontak di dalamnya.</translation>
    </message>
    <message>
        <source>{file} is a web page saved with a spreadsheet name; open it in Excel or LibreOffice, save it as .xlsx or .csv, and open that file instead.</source>
        <translation>{file} adalah halaman web yang disimpan dengan nama lembar kerja; buka di Excel atau LibreOffice, simpan sebagai .xlsx atau .csv, lalu buka file itu.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete and could not be read; open it in Excel or LibreOffice, save a new copy, and open that copy.</source>
        <translation>{file} rusak atau tidak lengkap sehingga tidak dapat dibaca; buka di Excel atau LibreOffice, simpan salinan baru, lalu buka salinan itu.</translation>
    </message>
    <message>
        <source>{file} is empty; open the file that holds your contacts, or add a header row and contacts to it.</source>
        <translation>{file} kosong; buka file yang berisi kontak Anda, atau tambahkan baris judul dan kontak ke dalamnya.</translation>
    </message>
    <message>
        <source>{file} is not a Mail Merge campaign file. Open a file saved with File → Save campaign.</source>
        <translation>{file} bukan file kampanye Mail Merge. Buka file yang disimpan lewat Berkas → Simpan kampanye.</translation>
    </message>
    <message>
        <source>{file} is not a file type Mail Merge can read; save your contact list as {supported} and open that.</source>
        <translation>{file} bukan jenis file yang bisa dibaca Mail Merge; simpan daftar kontak Anda sebagai {supported} lalu buka file itu.</translation>
    </message>
    <message>
        <source>{file} is protected with a password; open it in Excel or LibreOffice, remove the password (or save a copy without one), and open that copy.</source>
        <translation>{file} dilindungi kata sandi; buka di Excel atau LibreOffice, hapus kata sandinya (atau simpan salinan tanpa kata sandi), lalu buka salinan itu.</translation>
    </message>
    <message>
        <source>{file} is {size_mb:,.0f} MB, far larger than a contact list can be; open the right file, or split the list into smaller files.</source>
        <translation>{file} berukuran {size_mb:,.0f} MB, jauh lebih besar daripada daftar kontak pada umumnya; buka file yang benar, atau pecah daftar menjadi file yang lebih kecil.</translation>
    </message>
    <message>
        <source>{file} is {what}, not a spreadsheet, even though its name ends in {suffix}; open your contact list in Excel or LibreOffice and save it as {supported}.</source>
        <translation>{file} adalah {what}, bukan lembar kerja, meskipun namanya berakhiran {suffix}; buka daftar kontak Anda di Excel atau LibreOffice dan simpan sebagai {supported}.</translation>
    </message>
    <message>
        <source>{file} was not found; check that the file still exists in {folder} and choose it again.</source>
        <translation>{file} tidak ditemukan; pastikan file itu masih ada di {folder} lalu pilih lagi.</translation>
    </message>
    <message>
        <source>{file}, from line {line}: the template nests brackets, ifs or loops too deeply to be read. Simplify that part of the template.</source>
        <translation>{file}, mulai baris {line}: templat memuat kurung, if, atau perulangan yang bersarang terlalu dalam untuk dibaca. Sederhanakan bagian templat itu.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the header {name}: appears twice. Keep one (separate several addresses with ;).</source>
        <translation>{file}, baris {line}: header {name}: muncul dua kali. Sisakan satu (pisahkan beberapa alamat dengan ;).</translation>
    </message>
    <message>
        <source>{file}, line {line}: the template has a mistake: {reason}. The line is: {text!r}. Check that every {{{{ has a matching }}}} and every {{% if %}} an {{% endif %}}.</source>
        <translation>{file}, baris {line}: templat berisi kesalahan: {reason}. Barisnya: {text!r}. Pastikan setiap {{{{ punya pasangan }}}} dan setiap {{% if %}} punya {{% endif %}}.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the template uses the {kind} {name!r}, which does not exist.{hint} Correct the name in the template.</source>
        <translation>{file}, baris {line}: templat memakai {kind} {name!r} yang tidak ada.{hint} Perbaiki nama di templat.</translation>
    </message>
    <message>
        <source>{file}: the template has a mistake: {reason}. Correct it in the template.</source>
        <translation>{file}: templat berisi kesalahan: {reason}. Perbaiki di templat.</translation>
    </message>
    <message>
        <source>{flag} must be 1 or more, not {n}: it counts messages.</source>
        <translation>{flag} harus 1 atau lebih, bukan {n}: nilainya adalah jumlah pesan.</translation>
    </message>
    <message>
        <source>{host} is at {addresses}.</source>
        <translation>{host} berada di {addresses}.</translation>
    </message>
    <message>
        <source>{host}:{port} ({security})</source>
        <translation>{host}:{port} ({security})</translation>
    </message>
    <message>
        <source>{label} has no region {region!r}. Choose one of: {regions}.</source>
        <translation>{label} tidak punya wilayah {region!r}. Pilih salah satu: {regions}.</translation>
    </message>
    <message>
        <source>{name!r} cannot be used as an account name. Use 1 to 64 letters, digits, spaces or punctuation.</source>
        <translation>{name!r} tidak bisa dipakai sebagai nama akun. Gunakan 1 sampai 64 huruf, angka, spasi, atau tanda baca.</translation>
    </message>
    <message>
        <source>{name}: Amazon SES API in {region}</source>
        <translation>{name}: Amazon SES API di {region}</translation>
    </message>
    <message>
        <source>{name}: Tencent Cloud SES API in {region}, Simple mode (no template)</source>
        <translation>{name}: Tencent Cloud SES API di {region}, mode Simple (tanpa templat)</translation>
    </message>
    <message>
        <source>{name}: Tencent Cloud SES API in {region}, template {template}</source>
        <translation>{name}: Tencent Cloud SES API di {region}, templat {template}</translation>
    </message>
    <message>
        <source>{name}: {where}</source>
        <translation>{name}: {where}</translation>
    </message>
    <message>
        <source>{name}: {where} (no login)</source>
        <translation>{name}: {where} (tanpa login)</translation>
    </message>
    <message>
        <source>{name}: {where} as {user}</source>
        <translation>{name}: {where} sebagai {user}</translation>
    </message>
    <message>
        <source>{option} must be a whole number such as 12345, not {value!r}.</source>
        <translation>{option} harus bilangan bulat seperti 12345, bukan {value!r}.</translation>
    </message>
    <message>
        <source>{option} only applies to {kinds} accounts, and {preset!r} is not one. Leave it out.</source>
        <translation>{option} hanya berlaku untuk akun {kinds}, dan {preset!r} bukan salah satunya. Hapus opsi itu.</translation>
    </message>
    <message>
        <source>{people} people on this sheet already got another version of this message (first on {when} through {account}). Add --only-new to send only to those who got none, or --everyone to send this version to everyone.</source>
        <translation>{people} orang di lembar ini sudah menerima versi lain pesan ini (pertama pada {when} melalui {account}). Tambahkan --only-new untuk mengirim hanya ke yang belum menerima apa pun, atau --everyone untuk mengirim versi ini ke semua.</translation>
    </message>
    <message>
        <source>{preset} accounts always sign in, so “no login” does not apply. Choose “Other SMTP server” for a relay that needs no login.</source>
        <translation>Akun {preset} selalu masuk dengan login, jadi “tanpa login” tidak berlaku. Pilih “Server SMTP lain” untuk relai yang tidak perlu login.</translation>
    </message>
    <message>
        <source>{provider} in {region}</source>
        <translation>{provider} di {region}</translation>
    </message>
    <message>
        <source>{provider} in {region} via {endpoint}</source>
        <translation>{provider} di {region} melalui {endpoint}</translation>
    </message>
    <message>
        <source>{reason} Gave up after {attempts} attempts.</source>
        <translation>{reason} Menyerah setelah {attempts} kali mencoba.</translation>
    </message>
    <message>
        <source>{reason} Server&apos;s answer: {answer}</source>
        <translation>{reason} Jawaban server: {answer}</translation>
    </message>
    <message>
        <source>{reason} Slowing down to {rate} messages per second.</source>
        <translation>{reason} Diperlambat menjadi {rate} pesan per detik.</translation>
    </message>
    <message>
        <source>{reason} Trying again in {seconds} s.</source>
        <translation>{reason} Dicoba lagi dalam {seconds} detik.</translation>
    </message>
    <message>
        <source>{url} is not a picture (the server sent {kind}).</source>
        <translation>{url} bukan gambar (server mengirim {kind}).</translation>
    </message>
    <message>
        <source>{url} is not a web address (http or https).</source>
        <translation>{url} bukan alamat web (http atau https).</translation>
    </message>
    <message>
        <source>{value!r} is not an Amazon SES configuration set name: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;, exactly as the SES console shows it.</source>
        <translation>{value!r} bukan nama set konfigurasi Amazon SES: gunakan 1 sampai 64 huruf, angka, &apos;-&apos; atau &apos;_&apos;, persis seperti yang tertera di konsol SES.</translation>
    </message>
    <message>
        <source>{where} has column names on row {row} but no contacts under them; add your contacts below that row (or choose the right header row) and try again.</source>
        <translation>{where} punya nama kolom di baris {row} tetapi tidak ada kontak di bawahnya; tambahkan kontak di bawah baris itu (atau pilih baris judul yang benar) lalu coba lagi.</translation>
    </message>
    <message>
        <source>{where}The attachment {file} does not exist. Put the file there or correct its name in the spreadsheet or template.</source>
        <translation>{where}Lampiran {file} tidak ada. Letakkan file di sana atau perbaiki namanya di lembar kerja atau templat.</translation>
    </message>
    <message>
        <source>{where}The attachments add up to {size_mb:.1f} MB; {provider} accepts at most {limit_mb:.0f} MB in total per message. Send large files as a link instead.</source>
        <translation>{where}Total lampiran {size_mb:.1f} MB; {provider} menerima paling banyak {limit_mb:.0f} MB per pesan. Kirim file besar sebagai tautan.</translation>
    </message>
    <message>
        <source>{where}The message has {count} attachments; {provider} accepts at most {limit} per message. Put the files in a zip archive or share a link instead.</source>
        <translation>{where}Pesan punya {count} lampiran; {provider} menerima paling banyak {limit} per pesan. Satukan file dalam arsip zip atau bagikan tautan.</translation>
    </message>
    <message>
        <source>{where}The subject is empty; many people and spam filters ignore messages without one. Add a Subject: line to the template.</source>
        <translation>{where}Subjek kosong; banyak orang dan filter spam mengabaikan pesan tanpa subjek. Tambahkan baris Subject: ke templat.</translation>
    </message>
    <message>
        <source>{where}{field} address {value!r} is not valid: {reason} Correct it in the spreadsheet or template.</source>
        <translation>{where}Alamat {field} {value!r} tidak valid: {reason} Perbaiki di lembar kerja atau templat.</translation>
    </message>
    <message>
        <source>{where}{field} contains a line break, which a header line cannot hold. Remove the line break from the cell or template (separate several addresses with ; instead).</source>
        <translation>{where}{field} berisi ganti baris, padahal baris header tidak boleh memuatnya. Hapus ganti baris dari sel atau templat (pisahkan beberapa alamat dengan ;).</translation>
    </message>
    <message>
        <source>{where}{field} is empty. Fill in an address in the spreadsheet or template.</source>
        <translation>{where}{field} kosong. Isi alamat di lembar kerja atau templat.</translation>
    </message>
    <message>
        <source>{where}{field} must hold exactly one address but holds {count}: {value!r}. Keep only one.</source>
        <translation>{where}{field} harus berisi tepat satu alamat tetapi berisi {count}: {value!r}. Sisakan satu saja.</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot;: Mail Merge does not know the number format &quot;{format}&quot;, so its numbers show as they would in the General format; check them in the preview, or give the column a common format.</source>
        <translation>Kolom &quot;{column}&quot;: Mail Merge tidak mengenal format angka &quot;{format}&quot;, jadi angkanya tampil seperti format Umum; periksa angkanya di pratinjau, atau beri kolom itu format yang umum.</translation>
    </message>
    <message>
        <source>Copies of {copied} sent messages were put in the Sent folder ({folder}).</source>
        <translation>Salinan {copied} pesan terkirim dimasukkan ke folder Terkirim ({folder}).</translation>
    </message>
    <message>
        <source>Install and unlock GNOME Keyring (package gnome-keyring) or KWallet, log out and back in, then try again.</source>
        <translation>Pasang dan buka kunci GNOME Keyring (paket gnome-keyring) atau KWallet, keluar lalu masuk lagi, kemudian coba lagi.</translation>
    </message>
    <message>
        <source>It contains characters an address cannot have, such as a space, a comma, quotes or a second @.</source>
        <translation>Alamat itu berisi karakter yang tidak boleh ada di alamat, seperti spasi, koma, tanda kutip, atau @ kedua.</translation>
    </message>
    <message>
        <source>It has a dot or a hyphen in a wrong place (at the start or end of a part, or two in a row).</source>
        <translation>Ada titik atau tanda hubung di tempat yang salah (di awal atau akhir bagian, atau dua berturut-turut).</translation>
    </message>
    <message>
        <source>It has a look-alike of the @ sign (for example a full-width ＠); type a plain @.</source>
        <translation>Alamat itu memakai karakter yang mirip @ (misalnya ＠ lebar penuh); ketik @ biasa.</translation>
    </message>
    <message>
        <source>It has no @ sign; an address looks like name@example.com.</source>
        <translation>Tidak ada tanda @; alamat email berbentuk seperti nama@example.com.</translation>
    </message>
    <message>
        <source>It is longer than an email address can be.</source>
        <translation>Alamat itu lebih panjang dari yang diizinkan untuk alamat email.</translation>
    </message>
    <message>
        <source>Its angle brackets &lt; &gt; are not paired.</source>
        <translation>Tanda kurung sudut &lt; &gt; tidak berpasangan.</translation>
    </message>
    <message>
        <source>Its domain is reserved for examples and tests; no mail can be delivered there.</source>
        <translation>Domainnya khusus untuk contoh dan pengujian; email tidak dapat dikirim ke sana.</translation>
    </message>
    <message>
        <source>No DKIM key is published at {name}, so receivers cannot verify that your mail was not changed on the way. Turn on DKIM signing in your provider&apos;s console and add the TXT (or CNAME) record it shows for {name}.</source>
        <translation>Tidak ada kunci DKIM yang dipublikasikan di {name}, jadi penerima tidak dapat memastikan email Anda tidak diubah di perjalanan. Aktifkan penandatanganan DKIM di konsol penyedia Anda dan tambahkan data TXT (atau CNAME) yang ditampilkannya untuk {name}.</translation>
    </message>
    <message>
        <source>No copies will be kept in Sent: {problem}</source>
        <translation>Tidak ada salinan yang disimpan di Terkirim: {problem}</translation>
    </message>
    <message>
        <source>The DNS records of {domain} could not be checked ({why}). Sending works anyway; check the connection and run Check again to see whether SPF, DKIM and DMARC are set up.</source>
        <translation>Data DNS {domain} tidak dapat diperiksa ({why}). Pengiriman tetap bisa; periksa koneksi lalu jalankan Periksa lagi untuk melihat apakah SPF, DKIM, dan DMARC sudah diatur.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not name your provider ({include}), so its mail may be marked as forged. Change the TXT record to: {fixed}</source>
        <translation>Data SPF {domain} tidak menyebut penyedia Anda ({include}), jadi emailnya bisa ditandai palsu. Ubah data TXT menjadi: {fixed}</translation>
    </message>
    <message>
        <source>The link text {text!r} shows one address but leads to {target}; mail programs warn readers about this (it is how phishing looks). Make the text and the address match, or use words as the text.</source>
        <translation>Teks tautan {text!r} menampilkan satu alamat tetapi mengarah ke {target}; program email memperingatkan pembaca soal ini (begitulah tampilan phishing). Samakan teks dan alamatnya, atau gunakan kata-kata biasa sebagai teks.</translation>
    </message>
    <message>
        <source>The mailbox has no Sent folder (none is marked as Sent, and none has a usual name); create one named Sent in your mail program.</source>
        <translation>Kotak surat tidak punya folder Terkirim (tidak ada yang ditandai sebagai Terkirim, dan tidak ada yang bernama umum); buat folder bernama Sent di program email Anda.</translation>
    </message>
    <message>
        <source>The mailbox server could not be reached ({error}).</source>
        <translation>Server kotak surat tidak dapat dihubungi ({error}).</translation>
    </message>
    <message>
        <source>The mailbox server was too slow to take every copy in time.</source>
        <translation>Server kotak surat terlalu lambat untuk menerima semua salinan tepat waktu.</translation>
    </message>
    <message>
        <source>The message has no text at all. Write something in the message body: empty or picture-only mail is often treated as spam.</source>
        <translation>Pesan sama sekali tidak berisi teks. Tulis sesuatu di isi pesan: email kosong atau yang hanya berisi gambar sering dianggap spam.</translation>
    </message>
    <message>
        <source>The message shows {count} picture(s) from the internet, e.g. {url}; many mail programs hide them until the reader allows it. Put them inside the message: in the Message step right-click and choose &quot;Put the pictures from the internet inside the message&quot; (or insert a saved copy with Picture).</source>
        <translation>Pesan menampilkan {count} gambar dari internet, misalnya {url}; banyak program email menyembunyikannya sampai pembaca mengizinkan. Masukkan gambar ke dalam pesan: di langkah Pesan klik kanan dan pilih &quot;Masukkan gambar dari internet ke dalam pesan&quot; (atau sisipkan salinan yang tersimpan dengan Gambar).</translation>
    </message>
    <message>
        <source>The message text is {size_kb} KB of HTML; Gmail cuts messages over about 100 KB and shows &quot;[Message clipped]&quot;. Shorten the text or remove pasted formatting.</source>
        <translation>Teks pesan berupa HTML sebesar {size_kb} KB; Gmail memotong pesan di atas sekitar 100 KB dan menampilkan &quot;[Message clipped]&quot;. Persingkat teksnya atau hapus format hasil tempelan.</translation>
    </message>
    <message>
        <source>The part after the @ sign is not a complete domain such as example.com.</source>
        <translation>Bagian setelah tanda @ bukan domain lengkap seperti example.com.</translation>
    </message>
    <message>
        <source>The sign-in for account {name!r} has expired or was withdrawn.</source>
        <translation>Proses masuk untuk akun {name!r} sudah kedaluwarsa atau dicabut.</translation>
    </message>
    <message>
        <source>The sign-in for account {name!r} is missing.</source>
        <translation>Data masuk untuk akun {name!r} tidak ada.</translation>
    </message>
    <message>
        <source>The subject {subject!r} is in capitals or has several exclamation marks; spam filters score that. Write it as a normal sentence.</source>
        <translation>Subjek {subject!r} ditulis dengan huruf kapital semua atau punya beberapa tanda seru; filter spam memberi nilai buruk untuk itu. Tulis seperti kalimat biasa.</translation>
    </message>
    <message>
        <source>no rate limit, no daily limit</source>
        <translation>tanpa batas kecepatan, tanpa batas harian</translation>
    </message>
    <message>
        <source>no rate limit, {day:,} a day</source>
        <translation>tanpa batas kecepatan, {day:,} per hari</translation>
    </message>
    <message>
        <source>{copied} copies were put in the Sent folder ({folder}); {left_out} were left out because the mailbox server was slower than sending. The messages themselves were sent.</source>
        <translation>{copied} salinan dimasukkan ke folder Terkirim ({folder}); {left_out} tidak dimasukkan karena server kotak surat lebih lambat dari pengiriman. Pesannya sendiri sudah terkirim.</translation>
    </message>
    <message>
        <source>{copied} copies were put in the Sent folder, then copying stopped: {problem} The messages themselves were sent; only the copies in Sent are missing.</source>
        <translation>{copied} salinan dimasukkan ke folder Terkirim, lalu penyalinan berhenti: {problem} Pesannya sendiri sudah terkirim; hanya salinan di Terkirim yang tidak ada.</translation>
    </message>
    <message>
        <source>{problem} Sending at the account&apos;s saved limits instead ({limits}); if they are too high, Amazon SES slows the run down or pauses it.</source>
        <translation>{problem} Pengiriman memakai batas yang tersimpan di akun ({limits}); jika terlalu tinggi, Amazon SES memperlambat atau menjeda pengiriman.</translation>
    </message>
    <message>
        <source>{rate:g} a second, no daily limit</source>
        <translation>{rate:g} per detik, tanpa batas harian</translation>
    </message>
    <message>
        <source>{rate:g} a second, {day:,} a day</source>
        <translation>{rate:g} per detik, {day:,} per hari</translation>
    </message>
    <message>
        <source>{remaining:,} of {limit:,} messages left in the provider&apos;s 24-hour quota.</source>
        <translation>Tersisa {remaining:,} dari {limit:,} pesan dalam kuota 24 jam penyedia.</translation>
    </message>
    <message>
        <source>{value!r} is not an email address, so the line was skipped: {reason}</source>
        <translation>{value!r} bukan alamat email, jadi baris itu dilewati: {reason}</translation>
    </message>
    <message>
        <source>{value!r} is not an email address: {reason} Check the spelling and try again; nothing was changed.</source>
        <translation>{value!r} bukan alamat email: {reason} Periksa ejaannya lalu coba lagi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>No secure password store is available (found: {backend}), so {not_done}. {hint}</source>
        <translation>Tidak ada penyimpanan kata sandi yang aman (yang ditemukan: {backend}), jadi {not_done}. {hint}</translation>
    </message>
    <message>
        <source>No secure password store is available, so {not_done}. {hint}</source>
        <translation>Tidak ada penyimpanan kata sandi yang aman, jadi {not_done}. {hint}</translation>
    </message>
    <message>
        <source>The system password store is locked, so {not_done}. Unlock it (for example by logging in to the desktop, or in &apos;Passwords and Keys&apos;) and try again.</source>
        <translation>Penyimpanan kata sandi sistem terkunci, jadi {not_done}. Buka kuncinya (misalnya dengan masuk ke desktop, atau di &apos;Passwords and Keys&apos;) lalu coba lagi.</translation>
    </message>
    <message>
        <source>The system password store refused the request, so {not_done} ({kind}). Make sure it is unlocked and try again.</source>
        <translation>Penyimpanan kata sandi sistem menolak permintaan, jadi {not_done} ({kind}). Pastikan sudah tidak terkunci lalu coba lagi.</translation>
    </message>
    <message>
        <source>The template uses a field the spreadsheet has no column for: {described}. Fix the name in the template or rename the column.</source>
        <translation>Templat memakai kolom isian yang tidak ada kolomnya di lembar kerja: {described}. Perbaiki namanya di templat atau ganti nama kolomnya.</translation>
    </message>
    <message>
        <source>The template uses {count} fields the spreadsheet has no column for: {described}. Fix the names in the template or rename the columns.</source>
        <translation>Templat memakai {count} kolom isian yang tidak ada kolomnya di lembar kerja: {described}. Perbaiki namanya di templat atau ganti nama kolomnya.</translation>
    </message>
    <message>
        <source>The unsubscribe address {value!r} is not an email address: {reason} Write an address such as unsubscribe@example.com that you read, or leave it empty.</source>
        <translation>Alamat berhenti langganan {value!r} bukan alamat email: {reason} Tulis alamat yang Anda baca, seperti unsubscribe@example.com, atau kosongkan.</translation>
    </message>
    <message>
        <source>There is no address between the angle brackets &lt; &gt;; fill in the address.</source>
        <translation>Tidak ada alamat di antara tanda kurung sudut &lt; &gt;; isi alamatnya.</translation>
    </message>
    <message>
        <source>There is nothing after the @ sign.</source>
        <translation>Tidak ada apa pun setelah tanda @.</translation>
    </message>
    <message>
        <source>There is nothing before the @ sign.</source>
        <translation>Tidak ada apa pun sebelum tanda @.</translation>
    </message>
    <message>
        <source>Unlock the macOS Keychain (open Keychain Access) and try again.</source>
        <translation>Buka kunci Keychain macOS (buka Keychain Access) lalu coba lagi.</translation>
    </message>
    <message>
        <source>Windows Credential Manager should be available; sign in to Windows normally and try again.</source>
        <translation>Windows Credential Manager seharusnya tersedia; masuk ke Windows seperti biasa lalu coba lagi.</translation>
    </message>
    <message>
        <source>automatic answer (e.g. out of office)</source>
        <translation>jawaban otomatis (misalnya sedang cuti)</translation>
    </message>
    <message>
        <source>bounced (address does not exist)</source>
        <translation>ditolak (alamat tidak ada)</translation>
    </message>
    <message>
        <source>marked it as spam</source>
        <translation>menandainya sebagai spam</translation>
    </message>
    <message>
        <source>no answer from the DNS server in time</source>
        <translation>server DNS tidak menjawab tepat waktu</translation>
    </message>
    <message>
        <source>not delivered for now</source>
        <translation>untuk sementara tidak terkirim</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>membalas</translation>
    </message>
    <message>
        <source>the DNS server refused to answer</source>
        <translation>server DNS menolak menjawab</translation>
    </message>
    <message>
        <source>the lookup failed: {error}</source>
        <translation>pencarian gagal: {error}</translation>
    </message>
    <message>
        <source>the password could not be deleted</source>
        <translation>kata sandi tidak dapat dihapus</translation>
    </message>
    <message>
        <source>the password could not be read</source>
        <translation>kata sandi tidak dapat dibaca</translation>
    </message>
    <message>
        <source>the password could not be saved</source>
        <translation>kata sandi tidak dapat disimpan</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>berhenti berlangganan</translation>
    </message>
    <message>
        <source>{count} automatic answer</source>
        <translation>{count} jawaban otomatis</translation>
    </message>
    <message>
        <source>{count} bounced</source>
        <translation>{count} ditolak</translation>
    </message>
    <message>
        <source>{count} marked it as spam</source>
        <translation>{count} menandainya sebagai spam</translation>
    </message>
    <message>
        <source>{count} not delivered for now</source>
        <translation>{count} untuk sementara tidak terkirim</translation>
    </message>
    <message>
        <source>{count} picture(s) have no description (alt text); readers who do not load pictures, and screen readers, see nothing. Right-click the picture and choose Description.</source>
        <translation>{count} gambar tidak punya deskripsi (teks alt); pembaca yang tidak memuat gambar, dan pembaca layar, tidak melihat apa-apa. Klik kanan gambar dan pilih Deskripsi.</translation>
    </message>
    <message>
        <source>{count} replied</source>
        <translation>{count} membalas</translation>
    </message>
    <message>
        <source>{count} unsubscribed</source>
        <translation>{count} berhenti berlangganan</translation>
    </message>
    <message>
        <source>{domain} has no DMARC policy; Gmail and Yahoo require one for bulk mail. Add this TXT record for _dmarc.{domain}: {wanted}</source>
        <translation>{domain} tidak punya kebijakan DMARC; Gmail dan Yahoo mewajibkannya untuk email massal. Tambahkan data TXT ini untuk _dmarc.{domain}: {wanted}</translation>
    </message>
    <message>
        <source>{domain} has no SPF record, so receivers cannot tell that your provider may send its mail. Add this TXT record for {domain} at your domain&apos;s DNS host: {wanted}</source>
        <translation>{domain} tidak punya data SPF, jadi penerima tidak tahu bahwa penyedia Anda boleh mengirim email domain ini. Tambahkan data TXT ini untuk {domain} di penyedia DNS domain Anda: {wanted}</translation>
    </message>
    <message>
        <source>{domain} has {count} SPF records; receivers then ignore all of them. Merge them into one TXT record that starts with v=spf1.</source>
        <translation>{domain} punya {count} data SPF; penerima lalu mengabaikan semuanya. Gabungkan menjadi satu data TXT yang diawali v=spf1.</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text except line {lines}, which was read as {encoding}; check that row in the preview, or save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} berupa teks UTF-8 kecuali baris {lines}, yang dibaca sebagai {encoding}; periksa baris itu di pratinjau, atau simpan ulang file sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text except lines {lines}, which were read as {encoding}; check those rows in the preview, or save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} berupa teks UTF-8 kecuali baris {lines}, yang dibaca sebagai {encoding}; periksa baris-baris itu di pratinjau, atau simpan ulang file sebagai &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <source>{lapsed} Sign in again (Accounts → Sign in, or `mailmerge account add {name} --preset ...`).</source>
        <translation>{lapsed} Masuk lagi (Akun → Masuk, atau `mailmerge account add {name} --preset ...`).</translation>
    </message>
    <message>
        <source>{name!r} (template line {line})</source>
        <translation>{name!r} (baris templat {line})</translation>
    </message>
    <message>
        <source>{name!r} (template line {line}, the closest column is {close!r})</source>
        <translation>{name!r} (baris templat {line}, kolom yang paling mirip adalah {close!r})</translation>
    </message>
    <message>
        <source>{where}the message would be about {size_mb:.1f} MB, more than the {limit_mb:.0f} MB most mail servers accept. Attach fewer or smaller files, or share a link instead.</source>
        <translation>{where}pesan akan berukuran sekitar {size_mb:.1f} MB, lebih dari {limit_mb:.0f} MB yang diterima kebanyakan server email. Lampirkan lebih sedikit atau lebih kecil, atau bagikan tautan saja.</translation>
    </message>
    <message>
        <source>{where}the name {name!r} shown in {field} looks like an address, but only {address} gets the message. Check the name column if that is not what you meant.</source>
        <translation>{where}nama {name!r} yang tampil di {field} terlihat seperti alamat, tetapi hanya {address} yang menerima pesan. Periksa kolom nama jika bukan itu maksud Anda.</translation>
    </message>
    <message>
        <source>{where}the {column} cell holds {count} addresses ({addresses}); each of them gets the message. If only one is meant, keep only that one.</source>
        <translation>{where}sel {column} berisi {count} alamat ({addresses}); semuanya menerima pesan. Jika hanya satu yang dimaksud, sisakan yang itu saja.</translation>
    </message>
    <message>
        <source>{where}the {field} address {address} is on the suppression list ({why}); it is left out and the row still goes to the others.</source>
        <translation>{where}alamat {field} {address} ada di daftar blokir ({why}); alamat itu dilewati dan baris ini tetap dikirim ke penerima lainnya.</translation>
    </message>
    <message>
        <source>{where}{address} is on the suppression list ({why}), so this row will be skipped. Remove it from the list only if you know it works again.</source>
        <translation>{where}{address} ada di daftar blokir ({why}), jadi baris ini akan dilewati. Hapus dari daftar hanya jika Anda tahu alamat itu sudah berfungsi lagi.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Batal</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Tutup tanpa Menyimpan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Jangan Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>T&amp;empel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Alamat Tautan</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Mengirim…</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>Akan dicoba lagi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Dilewati</translation>
    </message>
    <message>
        <source>Unknown – check</source>
        <translation>Belum pasti – periksa</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Penerima</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
</context>
<context>
    <name>RichEdit</name>
    <message>
        <source>Edit field or condition…</source>
        <translation>Ubah kolom atau syarat…</translation>
    </message>
    <message>
        <source>Description (alt text)…</source>
        <translation>Deskripsi (teks alternatif)…</translation>
    </message>
    <message>
        <source>Add a row below</source>
        <translation>Tambah baris di bawah</translation>
    </message>
    <message>
        <source>Add a column to the right</source>
        <translation>Tambah kolom di kanan</translation>
    </message>
    <message>
        <source>Delete this row</source>
        <translation>Hapus baris ini</translation>
    </message>
    <message>
        <source>Delete this column</source>
        <translation>Hapus kolom ini</translation>
    </message>
    <message>
        <source>Put the pictures from the internet inside the message</source>
        <translation>Masukkan gambar dari internet ke dalam pesan</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Picture description</source>
        <translation>Deskripsi gambar</translation>
    </message>
    <message>
        <source>What the picture shows, for readers who cannot see it:</source>
        <translation>Isi gambar, untuk pembaca yang tidak dapat melihatnya:</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Save the campaign first (File → Save): a scheduled campaign is opened from its file when the time comes.</source>
        <translation>Simpan kampanye lebih dulu (Berkas → Simpan): kampanye terjadwal dibuka dari filenya saat waktunya tiba.</translation>
    </message>
    <message>
        <source>Schedule the campaign</source>
        <translation>Jadwalkan kampanye</translation>
    </message>
    <message>
        <source>Send to all {n} people through “{account}” at:</source>
        <translation>Kirim ke semua {n} orang melalui “{account}” pada:</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a later one.</source>
        <translation>Waktu itu sudah lewat. Pilih yang lebih lambat.</translation>
    </message>
    <message>
        <source>Scheduled for {when}. Keep Mail Merge open until then; if it is closed, it offers the send when you start it again.</source>
        <translation>Dijadwalkan pada {when}. Biarkan Mail Merge terbuka sampai saat itu; jika tertutup, pengiriman ditawarkan saat Anda membukanya lagi.</translation>
    </message>
    <message>
        <source>Send the scheduled campaign?</source>
        <translation>Kirim kampanye terjadwal?</translation>
    </message>
    <message>
        <source>{file} was scheduled for {when}, while Mail Merge was closed, so it was not sent. Send it now?</source>
        <translation>{file} dijadwalkan pada {when}, saat Mail Merge tertutup, jadi tidak terkirim. Kirim sekarang?</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Kirim sekarang</translation>
    </message>
    <message>
        <source>The schedule of {file} was cancelled; nothing was sent.</source>
        <translation>Jadwal {file} dibatalkan; tidak ada yang dikirim.</translation>
    </message>
</context>
<context>
    <name>SendView</name>
    <message>
        <source>Send through</source>
        <translation>Kirim melalui</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>Alamat uji</translation>
    </message>
    <message>
        <source>your own address</source>
        <translation>alamat Anda sendiri</translation>
    </message>
    <message>
        <source>Send test to myself (Ctrl+Enter)</source>
        <translation>Kirim uji ke diri sendiri (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send to everyone…</source>
        <translation>Kirim ke semua…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Jeda</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Hentikan</translation>
    </message>
    <message>
        <source>Retry not sent</source>
        <translation>Kirim ulang yang gagal</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Ekspor laporan…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Jadwalkan…</translation>
    </message>
    <message>
        <source>Send to everyone at a later date and time</source>
        <translation>Kirim ke semua pada tanggal dan waktu nanti</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>Akun…</translation>
    </message>
    <message>
        <source>Open the account…</source>
        <translation>Buka akun…</translation>
    </message>
    <message>
        <source>Open outbox folder</source>
        <translation>Buka folder kotak keluar</translation>
    </message>
    <message>
        <source>Send through:</source>
        <translation>Kirim melalui:</translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation>Uji ke:</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Terkirim</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>Tersisa</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>Per detik</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Sisa waktu</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Semua</translation>
    </message>
    <message>
        <source>Not sent only</source>
        <translation>Hanya yang gagal</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilkan:</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. Each message is saved as an .eml file in this folder:
{folder}</source>
        <translation>Tidak ada yang keluar dari komputer ini. Setiap pesan disimpan sebagai file .eml di folder ini:
{folder}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} dari {total}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Lanjutkan</translation>
    </message>
</context>
<context>
    <name>SendWorker</name>
    <message>
        <source>Sending stopped because of an unexpected problem: {error}

{details}</source>
        <translation>Pengiriman berhenti karena masalah yang tidak terduga: {error}

{details}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>Sama dengan komputer ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Mail Merge will use the new language the next time it starts. Your campaign stays as it is.</source>
        <translation>Mail Merge akan memakai bahasa baru saat dibuka lagi. Kampanye Anda tetap seperti semula.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature for {account}</source>
        <translation>Tanda tangan untuk {account}</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Tanda tangan</translation>
    </message>
    <message>
        <source>“Add signature” in the Message step puts this at the end of the message.</source>
        <translation>“Tambah tanda tangan” di langkah Pesan menaruh ini di akhir pesan.</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>Sisipkan gambar</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>Gambar (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <source>The address does not exist (the receiving server said so).</source>
        <translation>Alamat tidak ada (menurut server penerima).</translation>
    </message>
    <message>
        <source>Tencent Cloud blocks it for 14 days after mail to it was refused.</source>
        <translation>Tencent Cloud memblokirnya selama 14 hari setelah email ke alamat ini ditolak.</translation>
    </message>
    <message>
        <source>Blocked for a while (the provider refuses mail to it until the date shown).</source>
        <translation>Diblokir sementara (penyedia menolak email ke alamat ini sampai tanggal yang ditampilkan).</translation>
    </message>
    <message>
        <source>Mail to it bounced for good (the address does not exist or refuses mail).</source>
        <translation>Email ke alamat ini terpental permanen (alamat tidak ada atau menolak email).</translation>
    </message>
    <message>
        <source>The person asked not to get mail.</source>
        <translation>Orang ini meminta untuk tidak dikirimi email.</translation>
    </message>
    <message>
        <source>The person marked a message as spam.</source>
        <translation>Orang ini menandai pesan sebagai spam.</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>Ditambahkan secara manual.</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>Daftar blokir</translation>
    </message>
    <message>
        <source>Campaigns never send to these addresses. An address that bounced (does not exist) is added by itself. Add people who asked not to get mail; remove an address only when you know it works again.</source>
        <translation>Kampanye tidak pernah mengirim ke alamat-alamat ini. Alamat yang terpental (tidak ada) ditambahkan otomatis. Tambahkan orang yang meminta untuk tidak dikirimi email; hapus alamat hanya jika Anda tahu alamat itu sudah berfungsi lagi.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sejak</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation>Alamat yang diblokir</translation>
    </message>
    <message>
        <source>someone@example.com</source>
        <translation>seseorang@example.com</translation>
    </message>
    <message>
        <source>Address to add</source>
        <translation>Alamat yang akan ditambahkan</translation>
    </message>
    <message>
        <source>&amp;Add as unsubscribed</source>
        <translation>&amp;Tambah sebagai berhenti langganan</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>&amp;Hapus yang dipilih</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Impor CSV…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Ekspor CSV…</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: {reason} Nothing was added.</source>
        <translation>“{value}” bukan alamat email: {reason} Tidak ada yang ditambahkan.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n address(es) from {file}.</source>
        <translation>
            <numerusform>%n alamat diimpor dari {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped; see above.</source>
        <translation>
            <numerusform>%n baris dilewati; lihat di atas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n address(es) to {file}.</source>
        <translation>
            <numerusform>%n alamat disimpan ke {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import suppression list</source>
        <translation>Impor daftar blokir</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>File CSV (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>Ekspor daftar blokir</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>for good</source>
        <translation>permanen</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Baris {line}: {problem}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Mail Merge</source>
        <translation>Mail Merge</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Amazon SES (API)</source>
        <translation>Amazon SES (API)</translation>
    </message>
    <message>
        <source>Amazon SES (SMTP)</source>
        <translation>Amazon SES (SMTP)</translation>
    </message>
    <message>
        <source>Ask your mail administrator for the server name, port, security and sending limits.</source>
        <translation>Tanyakan nama server, port, keamanan, dan batas kirim kepada administrator email Anda.</translation>
    </message>
    <message>
        <source>Built-in outbox (test, sends nothing)</source>
        <translation>Kotak keluar bawaan (uji coba, tidak mengirim apa pun)</translation>
    </message>
    <message>
        <source>Daum / Kakao Mail</source>
        <translation>Daum / Kakao Mail</translation>
    </message>
    <message>
        <source>Every message is saved as an .eml file on this computer. Use it to try a run safely.</source>
        <translation>Setiap pesan disimpan sebagai file .eml di komputer ini. Gunakan untuk mencoba pengiriman dengan aman.</translation>
    </message>
    <message>
        <source>Gmail (personal)</source>
        <translation>Gmail (pribadi)</translation>
    </message>
    <message>
        <source>Google Workspace</source>
        <translation>Google Workspace</translation>
    </message>
    <message>
        <source>Microsoft 365 (Exchange Online)</source>
        <translation>Microsoft 365 (Exchange Online)</translation>
    </message>
    <message>
        <source>Naver Mail</source>
        <translation>Naver Mail</translation>
    </message>
    <message>
        <source>Other SMTP server</source>
        <translation>Server SMTP lain</translation>
    </message>
    <message>
        <source>Outlook.com / Hotmail</source>
        <translation>Outlook.com / Hotmail</translation>
    </message>
    <message>
        <source>Set an SMTP password for the sender address in the SES console. 20 mails a second, 500 a day for a new account, and at most 10 mails an hour to the same address.</source>
        <translation>Atur kata sandi SMTP untuk alamat pengirim di konsol SES. Akun baru: 20 email per detik, 500 per hari, dan paling banyak 10 email per jam ke alamat yang sama.</translation>
    </message>
    <message>
        <source>Sign in with Google (OAuth2) or use an app password. Workspace allows 2,000 messages per user a day.</source>
        <translation>Masuk dengan Google (OAuth2) atau gunakan sandi aplikasi. Workspace mengizinkan 2.000 pesan per pengguna per hari.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (OAuth2). Password sign-in (SMTP AUTH basic) is switched off for existing tenants at the end of December 2026. Limits: 30 messages a minute, 10,000 recipients a day.</source>
        <translation>Masuk dengan Microsoft (OAuth2). Login dengan kata sandi (SMTP AUTH basic) dimatikan untuk tenant yang ada pada akhir Desember 2026. Batas: 30 pesan per menit, 10.000 penerima per hari.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (OAuth2); Outlook.com no longer accepts plain passwords for SMTP. At most 1,000 new recipients a day (fewer on free or new accounts).</source>
        <translation>Masuk dengan Microsoft (OAuth2); Outlook.com tidak lagi menerima kata sandi biasa untuk SMTP. Paling banyak 1.000 penerima baru per hari (lebih sedikit untuk akun gratis atau baru).</translation>
    </message>
    <message>
        <source>Tencent Cloud SES (API)</source>
        <translation>Tencent Cloud SES (API)</translation>
    </message>
    <message>
        <source>Tencent Cloud SES (SMTP)</source>
        <translation>Tencent Cloud SES (SMTP)</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification and create an app password, then use it here as the password. Gmail allows about 500 recipients a day; going over locks sending for up to 24 hours.</source>
        <translation>Aktifkan Verifikasi 2 Langkah dan buat sandi aplikasi, lalu pakai di sini sebagai kata sandi. Gmail mengizinkan sekitar 500 penerima per hari; jika lebih, pengiriman dikunci hingga 24 jam.</translation>
    </message>
    <message>
        <source>Turn on IMAP/SMTP in Daum Mail settings. With Kakao 2-step verification, use the app password it issues. At most 10,000 messages a day.</source>
        <translation>Aktifkan IMAP/SMTP di pengaturan Daum Mail. Jika memakai verifikasi 2 langkah Kakao, gunakan sandi aplikasi yang diberikannya. Paling banyak 10.000 pesan per hari.</translation>
    </message>
    <message>
        <source>Turn on POP3/SMTP in Naver Mail settings first. With 2-step verification, use an application password. Naver publishes no daily limit; send in modest batches.</source>
        <translation>Aktifkan dulu POP3/SMTP di pengaturan Naver Mail. Jika memakai verifikasi 2 langkah, gunakan sandi aplikasi. Naver tidak mengumumkan batas harian; kirim dalam kelompok kecil.</translation>
    </message>
    <message>
        <source>Use the SES SMTP user name and password (not your AWS access key). Limits shown are the sandbox ones (200 a day, 1 a second); raise them on the account once AWS gives you production access.</source>
        <translation>Gunakan nama pengguna dan kata sandi SMTP SES (bukan kunci akses AWS). Batas yang ditampilkan adalah batas sandbox (200 per hari, 1 per detik); naikkan di akun setelah AWS memberi akses produksi.</translation>
    </message>
    <message>
        <source>Uses a SecretId and SecretKey. New accounts can only send approved templates. 20 requests a second, 500 mails a day for a new account, at most 10 an hour to one address.</source>
        <translation>Memakai SecretId dan SecretKey. Akun baru hanya bisa mengirim templat yang sudah disetujui. Akun baru: 20 permintaan per detik, 500 email per hari, paling banyak 10 per jam ke satu alamat.</translation>
    </message>
    <message>
        <source>Uses an AWS access key ID and secret access key with permissions ses:SendEmail and ses:GetAccount. Each run reads the sending rate and daily quota from your SES account; the sandbox limits shown here are used only when they cannot be read.</source>
        <translation>Memakai ID kunci akses dan kunci akses rahasia AWS dengan izin ses:SendEmail dan ses:GetAccount. Setiap pengiriman membaca laju kirim dan kuota harian dari akun SES Anda; batas sandbox yang ditampilkan di sini hanya dipakai jika keduanya tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source> (closest column: “{column}”)</source>
        <translation> (kolom terdekat: “{column}”)</translation>
    </message>
    <message>
        <source>Nothing has been sent for this spreadsheet yet, so there is no record at {path}.</source>
        <translation>Belum ada yang dikirim untuk lembar kerja ini, jadi belum ada catatan di {path}.</translation>
    </message>
    <message>
        <source>Row {row} changed or moved in the spreadsheet since this send started, so it was not sent: it could be a different person now. Check the report before sending to it.</source>
        <translation>Baris {row} berubah atau pindah di lembar kerja sejak pengiriman ini dimulai, jadi tidak dikirim: mungkin sekarang orangnya berbeda. Periksa laporan sebelum mengirim ke baris itu.</translation>
    </message>
    <message>
        <source>Row {row}: the message uses the field “{field}” ({place}), but the spreadsheet has no such column. {closest}Fix the name in the message or rename the column.</source>
        <translation>Baris {row}: pesan memakai kolom “{field}” ({place}), tetapi lembar kerja tidak punya kolom itu. {closest}Perbaiki nama di pesan atau ganti nama kolomnya.</translation>
    </message>
    <message>
        <source>Send → Accounts…</source>
        <translation>Kirim → Akun…</translation>
    </message>
    <message>
        <source>Account “{name}” is not set up for sign-in. Click {fix}, enter the sign-in client ID, save, and sign in.</source>
        <translation>Akun “{name}” tidak diatur untuk masuk lewat peramban. Klik {fix}, isi ID klien masuk, simpan, lalu masuk.</translation>
    </message>
    <message>
        <source>Account “{name}” has no login name for its mailbox. Open it in {accounts} and fill in Login.</source>
        <translation>Akun “{name}” tidak punya nama login kotak surat. Buka di {accounts} dan isi Nama login.</translation>
    </message>
    <message>
        <source>Account “{name}” has no mailbox server for reading replies. Open it in {accounts} and fill in Mailbox server (IMAP).</source>
        <translation>Akun “{name}” tidak punya server kotak surat untuk membaca balasan. Buka di {accounts} dan isi Server kotak surat (IMAP).</translation>
    </message>
    <message>
        <source>Account “{name}” needs a server name. Click {fix} and type it under Server (ask your mail administrator).</source>
        <translation>Akun “{name}” memerlukan nama server. Klik {fix} dan ketik di Server (tanyakan kepada administrator email Anda).</translation>
    </message>
    <message>
        <source>Account “{name}” needs the SecretId, the region and a verified sender address. Click {fix} and fill them in.</source>
        <translation>Akun “{name}” memerlukan SecretId, wilayah, dan alamat pengirim yang sudah diverifikasi. Klik {fix} dan isi.</translation>
    </message>
    <message>
        <source>Account “{name}” needs the access key ID and the region. Click {fix} and fill them in.</source>
        <translation>Akun “{name}” memerlukan ID kunci akses dan wilayah. Klik {fix} dan isi.</translation>
    </message>
    <message>
        <source>Account “{name}” signs in through the browser, which reading the mailbox does not support yet. Use an app password for the account instead ({accounts}).</source>
        <translation>Akun “{name}” masuk lewat peramban, yang belum didukung untuk membaca kotak surat. Gunakan sandi aplikasi untuk akun ini ({accounts}).</translation>
    </message>
    <message>
        <source>Mail Merge can&apos;t tell which text encoding {file} uses. Under “Encoding”, choose the one in which the names read correctly.</source>
        <translation>Mail Merge tidak dapat mengetahui pengodean teks {file}. Di “Pengodean”, pilih yang membuat nama terbaca dengan benar.</translation>
    </message>
    <message>
        <source>No password is saved for “{name}”. Click {fix}, type the password and save.</source>
        <translation>Belum ada kata sandi tersimpan untuk “{name}”. Klik {fix}, ketik kata sandi, lalu simpan.</translation>
    </message>
    <message>
        <source>Row {row} changed in the spreadsheet since this send started, so it was not sent: it could be a different person now. Check the report before sending to it.</source>
        <translation>Baris {row} berubah di lembar kerja sejak pengiriman ini dimulai, jadi tidak dikirim: mungkin sekarang orangnya berbeda. Periksa laporan sebelum mengirim ke baris itu.</translation>
    </message>
    <message>
        <source>Row {row} is no longer in the spreadsheet (it now has {count} rows), so it was not sent. Check the report before sending again.</source>
        <translation>Baris {row} sudah tidak ada di lembar kerja (sekarang ada {count} baris), jadi tidak dikirim. Periksa laporan sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>Row {row} was to be sent at {when}, more than {minutes} minutes ago, so it was not sent late. If it should still go, empty its send-at cell and send it again.</source>
        <translation>Baris {row} dijadwalkan terkirim pada {when}, sudah lebih dari {minutes} menit lalu, jadi tidak dikirim terlambat. Jika masih perlu dikirim, kosongkan sel waktu kirimnya lalu kirim lagi.</translation>
    </message>
    <message>
        <source>Sending stopped: the server asked to slow down {times} times in a row without accepting a message (its answer: {raw}). The rest stay waiting: press “Send to everyone” later.</source>
        <translation>Pengiriman berhenti: server meminta memperlambat {times} kali berturut-turut tanpa menerima pesan (jawabannya: {raw}). Sisanya tetap menunggu: tekan “Kirim ke semua” nanti.</translation>
    </message>
    <message>
        <source>Sending stopped: the server could not be reached in {attempts} tries in a row.{answer} Check the server name, the port and the internet connection. The rest stay waiting: press “Send to everyone” once the server answers again.</source>
        <translation>Pengiriman berhenti: server tidak dapat dihubungi dalam {attempts} percobaan berturut-turut.{answer} Periksa nama server, port, dan koneksi internet. Sisanya tetap menunggu: tekan “Kirim ke semua” setelah server menjawab lagi.</translation>
    </message>
    <message>
        <source>Sending stopped: the server would not take messages in {attempts} tries in a row. {reason}{answer} The rest stay waiting: press “Send to everyone” later.</source>
        <translation>Pengiriman berhenti: server tidak mau menerima pesan dalam {attempts} percobaan berturut-turut. {reason}{answer} Sisanya tetap menunggu: tekan “Kirim ke semua” nanti.</translation>
    </message>
    <message>
        <source>Sending was cancelled. Messages already on their way were finished; the rest stay waiting: press “Send to everyone” to send to them. Nobody gets a message twice.</source>
        <translation>Pengiriman dibatalkan. Pesan yang sedang dikirim sudah diselesaikan; sisanya tetap menunggu: tekan “Kirim ke semua” untuk mengirimnya. Tidak ada yang menerima pesan dua kali.</translation>
    </message>
    <message>
        <source>Several accounts are saved. Choose one under “Send through”.</source>
        <translation>Ada beberapa akun tersimpan. Pilih salah satu di “Kirim melalui”.</translation>
    </message>
    <message>
        <source>The app stopped while this message was being sent, so it may or may not have arrived. Check with the recipient, then use “Retry not sent” if it needs sending again.</source>
        <translation>Aplikasi berhenti saat pesan ini sedang dikirim, jadi mungkin sudah atau belum sampai. Tanyakan kepada penerimanya, lalu gunakan “Kirim ulang yang gagal” jika perlu dikirim lagi.</translation>
    </message>
    <message>
        <source>The closest column is “{column}”. </source>
        <translation>Kolom terdekat adalah “{column}”. </translation>
    </message>
    <message>
        <source>The disk holding the send record {path} is full, so sending stopped. Free some space, then press “Send to everyone” to go on: rows that were being sent at that moment are listed as unknown.</source>
        <translation>Disk tempat catatan pengiriman {path} penuh, jadi pengiriman berhenti. Kosongkan sebagian ruang, lalu tekan “Kirim ke semua” untuk melanjutkan: baris yang sedang dikirim saat itu dicantumkan sebagai belum pasti.</translation>
    </message>
    <message>
        <source>The message uses the Unsubscribe link, but no unsubscribe address or link is set, so it would be empty. Set one for the account in {accounts}, or type one under Unsubscribe in the Message step.</source>
        <translation>Pesan memakai tautan berhenti langganan, tetapi alamat atau tautannya belum diatur, jadi akan kosong. Atur untuk akun di {accounts}, atau ketik di Berhenti langganan pada langkah Pesan.</translation>
    </message>
    <message>
        <source>The message uses the field {item}, but the spreadsheet has no such column. Fix the name in the message or rename the column.</source>
        <translation>Pesan memakai kolom {item}, tetapi lembar kerja tidak punya kolom itu. Perbaiki nama di pesan atau ganti nama kolomnya.</translation>
    </message>
    <message>
        <source>The message uses {n} fields the spreadsheet has no column for: {items}. Fix the names in the message or rename the columns.</source>
        <translation>Pesan memakai {n} kolom yang tidak ada di lembar kerja: {items}. Perbaiki nama di pesan atau ganti nama kolomnya.</translation>
    </message>
    <message>
        <source>The send record {path} belongs to a different spreadsheet or message. Open the spreadsheet and message it was made for.</source>
        <translation>Catatan pengiriman {path} milik lembar kerja atau pesan lain. Buka lembar kerja dan pesan yang sesuai dengannya.</translation>
    </message>
    <message>
        <source>The send record {path} is damaged ({error}). Keep it for reference and check its report before sending again.</source>
        <translation>Catatan pengiriman {path} rusak ({error}). Simpan sebagai arsip dan periksa laporannya sebelum mengirim lagi.</translation>
    </message>
    <message>
        <source>The server refuses to pass mail on to other addresses (relay access denied), so no row can be sent through it. It probably needs a login (a saved account with its user name and password), or this is not your provider&apos;s sending server. Server&apos;s answer: {text}</source>
        <translation>Server menolak meneruskan email ke alamat lain (relay ditolak), jadi tidak ada baris yang bisa dikirim lewat server ini. Server ini mungkin perlu login (akun tersimpan dengan nama pengguna dan kata sandinya), atau ini bukan server pengiriman penyedia Anda. Jawaban server: {text}</translation>
    </message>
    <message>
        <source>There is a mistake on {place}: {reason}. The line is: “{text}”. Check that every {{{{ has a matching }}}} and every {{% if %}} an {{% endif %}}.</source>
        <translation>Ada kesalahan pada {place}: {reason}. Barisnya: “{text}”. Pastikan setiap {{{{ punya pasangan }}}} dan setiap {{% if %}} punya {{% endif %}}.</translation>
    </message>
    <message>
        <source>There is no provider called “{key}”. Choose one of the providers listed in {accounts}.</source>
        <translation>Tidak ada penyedia bernama “{key}”. Pilih salah satu penyedia di {accounts}.</translation>
    </message>
    <message>
        <source>There is no saved account called “{name}”. Choose another one under “Send through”, or add it in {accounts}.</source>
        <translation>Tidak ada akun tersimpan bernama “{name}”. Pilih akun lain di “Kirim melalui”, atau tambahkan di {accounts}.</translation>
    </message>
    <message>
        <source>This campaign goes to {count} people but offers no way to unsubscribe. Gmail and Yahoo expect bulk mail to have one and may file it as spam: set an unsubscribe address for the account in {accounts}, or type “none” under Unsubscribe in the Message step for mail people cannot opt out of.</source>
        <translation>Kampanye ini dikirim ke {count} orang tetapi tidak menyediakan cara berhenti langganan. Gmail dan Yahoo mengharapkannya pada email massal dan bisa memasukkannya ke spam: atur alamat berhenti langganan untuk akun di {accounts}, atau ketik “none” di Berhenti langganan pada langkah Pesan untuk email yang tidak bisa ditolak.</translation>
    </message>
    <message>
        <source>line {line} of the message</source>
        <translation>baris {line} pesan</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>pesan</translation>
    </message>
    <message>
        <source>the {header} line</source>
        <translation>baris {header}</translation>
    </message>
    <message>
        <source>{described}</source>
        <translation>{described}</translation>
    </message>
    <message>
        <source>“Open the account…”</source>
        <translation>“Buka akun…”</translation>
    </message>
    <message>
        <source>“{field}” on {place}</source>
        <translation>“{field}” pada {place}</translation>
    </message>
    <message>
        <source>{lapsed} Click “Sign in” in {accounts} to sign in again.</source>
        <translation>{lapsed} Klik “Masuk” di {accounts} untuk masuk lagi.</translation>
    </message>
</context>
</TS>
