<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mail Merge</source>
        <translation>메일 머지 정보</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mail Merge {version}&lt;/h2&gt;&lt;p&gt;Send one message to everyone on a spreadsheet, each copy personalised, safely.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;메일 머지 {version}&lt;/h2&gt;&lt;p&gt;스프레드시트의 모든 분께 한 통의 메시지를 각자에게 맞추어 안전하게 보냅니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>라이브러리</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>버전</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>라이선스</translation>
    </message>
    <message>
        <source>Mail Merge is built with these libraries, each under its own licence:</source>
        <translation>메일 머지는 다음 라이브러리로 만들어졌으며, 각 라이브러리는 고유한 라이선스를 따릅니다:</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Add account</source>
        <translation>계정 추가</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>계정 편집</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS (보통 587번 포트)</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>처음부터 TLS (보통 465번 포트)</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>없음 (로컬 릴레이 전용)</translation>
    </message>
    <message>
        <source>This server needs no login</source>
        <translation>이 서버는 로그인이 필요 없음</translation>
    </message>
    <message>
        <source>For an office relay that accepts mail from this computer without a login name or password.</source>
        <translation>이 컴퓨터에서 오는 메일을 로그인 이름이나 비밀번호 없이 받는 사무실 릴레이 서버용입니다.</translation>
    </message>
    <message>
        <source>Office &lt;office@example.com&gt;</source>
        <translation>사무실 &lt;office@example.com&gt;</translation>
    </message>
    <message>
        <source>The OAuth client ID your administrator registered</source>
        <translation>관리자가 등록한 OAuth 클라이언트 ID</translation>
    </message>
    <message>
        <source>Google only: the client secret that came with the ID</source>
        <translation>Google 전용: ID와 함께 받은 클라이언트 보안 비밀</translation>
    </message>
    <message>
        <source>unsubscribe@example.com (people write here to leave)</source>
        <translation>unsubscribe@example.com (수신 거부 요청을 받을 주소)</translation>
    </message>
    <message>
        <source>Optional: https://example.com/unsubscribe (one click)</source>
        <translation>선택 사항: https://example.com/unsubscribe (클릭 한 번으로 수신 거부)</translation>
    </message>
    <message>
        <source>Optional: the selector your provider shows for DKIM</source>
        <translation>선택 사항: 메일 서비스가 표시하는 DKIM 선택기</translation>
    </message>
    <message>
        <source>Optional: imap.example.com, to check bounces and replies</source>
        <translation>선택 사항: imap.example.com (반송과 회신 확인용)</translation>
    </message>
    <message>
        <source>Keep a copy of each sent message in the Sent folder</source>
        <translation>보낸 메시지마다 보낸 편지함에 사본 보관</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>리전</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>포트</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>로그인 ID</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>From</source>
        <translation>보내는 사람</translation>
    </message>
    <message>
        <source>Sign-in client ID</source>
        <translation>로그인 클라이언트 ID</translation>
    </message>
    <message>
        <source>Sign-in client secret</source>
        <translation>로그인 클라이언트 보안 비밀</translation>
    </message>
    <message>
        <source>Unsubscribe address</source>
        <translation>수신 거부 주소</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>수신 거부 링크</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>DKIM 선택기</translation>
    </message>
    <message>
        <source>Mailbox server (IMAP)</source>
        <translation>메일함 서버 (IMAP)</translation>
    </message>
    <message>
        <source>Not shown once saved</source>
        <translation>저장한 후에는 표시되지 않습니다</translation>
    </message>
    <message>
        <source>{notes}
Limits: {limits}.</source>
        <translation>{notes}
발송 한도: {limits}.</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>액세스 키 ID</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>보안 액세스 키</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>App password (optional)</source>
        <translation>앱 비밀번호 (선택 사항)</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>시스템 키링을 확인하는 중…</translation>
    </message>
    <message>
        <source>Stored in the system keyring (type a new one to replace it)</source>
        <translation>시스템 키링에 저장되어 있습니다 (바꾸려면 새로 입력하십시오)</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>아직 저장된 것이 없습니다</translation>
    </message>
    <message>
        <source>Type the login name that goes with the password, or tick “This server needs no login”.</source>
        <translation>비밀번호와 짝이 되는 로그인 ID를 입력하거나 “이 서버는 로그인이 필요 없음”을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>{n} a second</source>
        <translation>초당 {n}건</translation>
    </message>
    <message>
        <source>{n} a minute</source>
        <translation>분당 {n}건</translation>
    </message>
    <message>
        <source>{n} an hour</source>
        <translation>시간당 {n}건</translation>
    </message>
    <message>
        <source>{n} a day</source>
        <translation>하루 {n}건</translation>
    </message>
    <message>
        <source>{n} an hour per domain</source>
        <translation>도메인별 시간당 {n}건</translation>
    </message>
    <message>
        <source>{n} an hour to one address</source>
        <translation>한 주소에 시간당 {n}건</translation>
    </message>
    <message>
        <source>“Edit…”</source>
        <translation>[편집…]</translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation>연결 1개</translation>
    </message>
    <message>
        <source>{n} connections</source>
        <translation>연결 {n}개</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>저장된 계정</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>추가…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Signature…</source>
        <translation>서명…</translation>
    </message>
    <message>
        <source>No accounts yet. Choose Add… to send through your office&apos;s email server or an email service. Until then, the built-in outbox keeps every message on this computer.</source>
        <translation>아직 계정이 없습니다. 사무실 메일 서버나 이메일 서비스로 보내려면 추가…를 누르십시오. 그때까지는 내장 보낼 편지함이 모든 메시지를 이 컴퓨터에 보관합니다.</translation>
    </message>
    <message>
        <source>Sign in with {provider}</source>
        <translation>{provider}(으)로 로그인</translation>
    </message>
    <message>
        <source>Saved {account}.</source>
        <translation>{account}을(를) 저장했습니다.</translation>
    </message>
    <message>
        <source>Click “Sign in with {provider}” to finish.</source>
        <translation>마치려면 “{provider}(으)로 로그인”을 누르십시오.</translation>
    </message>
    <message>
        <source>Saved the signature of “{name}”.</source>
        <translation>“{name}”의 서명을 저장했습니다.</translation>
    </message>
    <message>
        <source>Delete the account “{name}” and the password saved for it in the system keyring? Campaigns already sent keep their journals.</source>
        <translation>“{name}” 계정과 시스템 키링에 저장된 비밀번호를 삭제하시겠습니까? 이미 보낸 캠페인의 발송 기록은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>계정 삭제</translation>
    </message>
    <message>
        <source>Deleted “{name}” and its saved password.</source>
        <translation>“{name}” 계정과 저장된 비밀번호를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Testing {name}…</source>
        <translation>{name} 테스트 중…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>연결이 정상입니다.</translation>
    </message>
    <message>
        <source>The connection failed:</source>
        <translation>연결하지 못했습니다:</translation>
    </message>
    <message>
        <source>The account cannot send yet:</source>
        <translation>이 계정으로는 아직 보낼 수 없습니다:</translation>
    </message>
    <message>
        <source>The account works; read the warnings:</source>
        <translation>계정은 정상입니다. 다음 경고를 확인하십시오:</translation>
    </message>
    <message>
        <source>The account works.</source>
        <translation>계정이 정상입니다.</translation>
    </message>
    <message>
        <source>{mark} {stage}: {detail}</source>
        <translation>{mark} {stage}: {detail}</translation>
    </message>
    <message>
        <source>“{name}” has no sign-in client ID yet. Click Edit…, enter the client ID your administrator registered for Mail Merge, save, and sign in again.</source>
        <translation>“{name}”에 아직 로그인 클라이언트 ID가 없습니다. [편집…]을 누르고 관리자가 메일 머지용으로 등록한 클라이언트 ID를 입력하여 저장한 후 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>브라우저에서 로그인을 마치십시오…</translation>
    </message>
    <message>
        <source>Signed in: “{name}” can send now.</source>
        <translation>로그인했습니다. 이제 “{name}” 계정으로 보낼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>&amp;Check all rows (F5)</source>
        <translation>모든 행 검사(&amp;C) (F5)</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>아직 검사하지 않았습니다.</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>검사 결과</translation>
    </message>
    <message>
        <source>Double-click a line (or press Enter) to go to the row it is about.</source>
        <translation>줄을 두 번 클릭하거나 Enter 키를 누르면 해당 행으로 이동합니다.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>모든 행을 검사하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) must be fixed before sending.</source>
        <translation>
            <numerusform>보내기 전에 문제 %Ln건을 고쳐야 합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to send. Have a look at the warnings below.</source>
        <translation>보낼 준비가 되었습니다. 아래 경고를 확인하십시오.</translation>
    </message>
    <message>
        <source>Every row is ready to send.</source>
        <translation>모든 행을 보낼 준비가 되었습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>경고 %Ln건</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>검사를 실행하지 못했습니다.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Checked {n} row</source>
        <translation>{n}개 행을 검사했습니다</translation>
    </message>
    <message>
        <source>Checked {n} rows</source>
        <translation>{n}개 행을 검사했습니다</translation>
    </message>
    <message>
        <source>Dry run: {built} built ({size:.1f} MB), {failed} could not be built; nothing sent.</source>
        <translation>시험 실행: {built}을(를) 만들었고({size:.1f}MB) {failed}은(는) 만들 수 없었습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Every message carries: {files}</source>
        <translation>모든 메시지에 첨부되는 파일: {files}</translation>
    </message>
    <message>
        <source>Finished: {sent} sent, {failed} failed or unknown, of {n} row.</source>
        <translation>완료: {sent}건 발송, {failed}건 실패 또는 확인 불가 (전체 {n}행).</translation>
    </message>
    <message>
        <source>Finished: {sent} sent, {failed} failed or unknown, of {n} rows.</source>
        <translation>완료: {sent}건 발송, {failed}건 실패 또는 확인 불가 (전체 {n}행).</translation>
    </message>
    <message>
        <source>Imported {n} address from {file}</source>
        <translation>{file}에서 주소 {n}개를 가져왔습니다</translation>
    </message>
    <message>
        <source>Imported {n} addresses from {file}</source>
        <translation>{file}에서 주소 {n}개를 가져왔습니다</translation>
    </message>
    <message>
        <source>Left out of this send: {parts}.</source>
        <translation>이번 발송에서 제외: {parts}.</translation>
    </message>
    <message>
        <source>No accounts saved; `send` uses the built-in outbox. Add one with `mailmerge account add`.</source>
        <translation>저장된 계정이 없습니다. `send`는 내장 보낼 편지함을 사용합니다. `mailmerge account add`로 계정을 추가하십시오.</translation>
    </message>
    <message>
        <source>No password saved for {name!r}: pipe it in with --password-stdin to save it in the system keyring.</source>
        <translation>{name!r}의 비밀번호를 저장하지 않았습니다. 시스템 키링에 저장하려면 --password-stdin으로 비밀번호를 넘겨 주십시오.</translation>
    </message>
    <message>
        <source>Nothing to send: every row of this campaign has been handled (see `mailmerge report`).</source>
        <translation>보낼 것이 없습니다. 이 캠페인의 모든 행을 이미 처리했습니다(`mailmerge report` 참고).</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Opening your browser to sign in…</source>
        <translation>로그인하도록 브라우저를 여는 중입니다…</translation>
    </message>
    <message>
        <source>Outbox listening on {host}:{port}, saving to {folder}</source>
        <translation>보낼 편지함이 {host}:{port}에서 기다리고 있습니다. 메시지는 {folder}에 저장됩니다</translation>
    </message>
    <message>
        <source>Outbox stopped. {n} message is in {folder}.</source>
        <translation>보낼 편지함을 멈췄습니다. {folder}에 메시지 {n}통이 있습니다.</translation>
    </message>
    <message>
        <source>Outbox stopped. {n} messages are in {folder}.</source>
        <translation>보낼 편지함을 멈췄습니다. {folder}에 메시지 {n}통이 있습니다.</translation>
    </message>
    <message>
        <source>Password (not shown): </source>
        <translation>비밀번호(화면에 표시되지 않음): </translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>멈추려면 Ctrl+C를 누르십시오.</translation>
    </message>
    <message>
        <source>Read {n} message since {since}</source>
        <translation>{since} 이후 메일 {n}통을 읽었습니다</translation>
    </message>
    <message>
        <source>Read {n} messages since {since}</source>
        <translation>{since} 이후 메일 {n}통을 읽었습니다</translation>
    </message>
    <message>
        <source>Removed account {name!r} and its saved password.</source>
        <translation>계정 {name!r}과(와) 저장된 비밀번호를 삭제했습니다.</translation>
    </message>
    <message>
        <source>Report of {n} row written to {file}</source>
        <translation>{n}개 행의 보고서를 {file}에 저장했습니다</translation>
    </message>
    <message>
        <source>Report of {n} rows written to {file}</source>
        <translation>{n}개 행의 보고서를 {file}에 저장했습니다</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>가능하면 STARTTLS</translation>
    </message>
    <message>
        <source>Saved {account}</source>
        <translation>저장했습니다: {account}</translation>
    </message>
    <message>
        <source>Send {n} message via {account}? [y/N] </source>
        <translation>{account}(으)로 메시지 {n}통을 보내시겠습니까? [y/N] </translation>
    </message>
    <message>
        <source>Send {n} messages via {account}? [y/N] </source>
        <translation>{account}(으)로 메시지 {n}통을 보내시겠습니까? [y/N] </translation>
    </message>
    <message>
        <source>Sending {n} message via {account}; journal: {path}</source>
        <translation>{account}(으)로 메시지 {n}통을 보내는 중입니다. 발송 기록: {path}</translation>
    </message>
    <message>
        <source>Sending {n} messages via {account}; journal: {path}</source>
        <translation>{account}(으)로 메시지 {n}통을 보내는 중입니다. 발송 기록: {path}</translation>
    </message>
    <message>
        <source>Stopping after the messages in flight (Ctrl-C again to quit now)...</source>
        <translation>보내는 중인 메시지를 마친 뒤 멈춥니다(바로 끝내려면 Ctrl-C를 한 번 더 누르십시오)...</translation>
    </message>
    <message>
        <source>The suppression list is empty: no address is held back.</source>
        <translation>발송 제외 목록이 비어 있습니다. 제외된 주소가 없습니다.</translation>
    </message>
    <message>
        <source>Waiting until {when} to send (leave this window open; Ctrl+C cancels).</source>
        <translation>{when}까지 기다렸다가 보냅니다(이 창을 열어 두십시오. Ctrl+C를 누르면 취소됩니다).</translation>
    </message>
    <message>
        <source>Wrote row {row} to {file} ({size} bytes).</source>
        <translation>{row}행을 {file}에 저장했습니다 ({size}바이트).</translation>
    </message>
    <message>
        <source>Wrote {n} address to {file}.</source>
        <translation>주소 {n}개를 {file}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Wrote {n} addresses to {file}.</source>
        <translation>주소 {n}개를 {file}에 저장했습니다.</translation>
    </message>
    <message>
        <source>column {column}: {sentence}</source>
        <translation>{column} 열: {sentence}</translation>
    </message>
    <message>
        <source>mailmerge: interrupted; run the same command with --resume to continue.</source>
        <translation>mailmerge: 중단되었습니다. 이어서 하려면 같은 명령을 --resume을 붙여 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>mailmerge: nothing was sent: {n} problem must be fixed first (see above, or run `mailmerge check` for warnings too).</source>
        <translation>mailmerge: 아무것도 보내지 않았습니다. 먼저 문제 {n}개를 고쳐야 합니다(위 참고, 경고까지 보려면 `mailmerge check` 실행).</translation>
    </message>
    <message>
        <source>mailmerge: nothing was sent: {n} problems must be fixed first (see above, or run `mailmerge check` for warnings too).</source>
        <translation>mailmerge: 아무것도 보내지 않았습니다. 먼저 문제 {n}개를 고쳐야 합니다(위 참고, 경고까지 보려면 `mailmerge check` 실행).</translation>
    </message>
    <message>
        <source>mailmerge: nothing was sent: {problems} must be fixed first (see above, or run `mailmerge check` for warnings too), or add --skip-invalid to send the other {others} and leave these {invalid} out.</source>
        <translation>mailmerge: 아무것도 보내지 않았습니다. 먼저 {problems}를 고치거나(위 참고, 경고까지 보려면 `mailmerge check` 실행), --skip-invalid를 붙여 이 {invalid}개 행은 빼고 나머지 {others}에 보내십시오.</translation>
    </message>
    <message>
        <source>mailmerge: row {rows} changed in the spreadsheet after the message was sent, so it is not sent again. If the person needs the corrected message, send that row with a new journal (--journal).</source>
        <translation>mailmerge: {rows}행은 메시지를 보낸 뒤 스프레드시트에서 바뀌었으므로 다시 보내지 않습니다. 고친 메시지가 필요하다면 새 발송 기록 파일(--journal)로 그 행을 보내십시오.</translation>
    </message>
    <message>
        <source>mailmerge: row {row} is not in this campaign; it is not sent.</source>
        <translation>mailmerge: {row}행은 이 캠페인에 없으므로 보내지 않습니다.</translation>
    </message>
    <message>
        <source>mailmerge: row {row} is {status}, not failed or unknown; it is not sent again.</source>
        <translation>mailmerge: {row}행의 상태는 {status}이며 실패나 알 수 없음이 아니므로 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>mailmerge: row {row} was sent already; it is not sent again.</source>
        <translation>mailmerge: {row}행은 이미 보냈으므로 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>mailmerge: rows {rows} changed in the spreadsheet after the message was sent, so they are not sent again. If someone needs the corrected message, send those rows with a new journal (--journal).</source>
        <translation>mailmerge: {rows}행은 메시지를 보낸 뒤 스프레드시트에서 바뀌었으므로 다시 보내지 않습니다. 고친 메시지가 필요한 분이 있다면 새 발송 기록 파일(--journal)로 그 행들을 보내십시오.</translation>
    </message>
    <message>
        <source>mailmerge: warning: --insecure: the server&apos;s certificate is not checked, so another computer could pretend to be the server and read the messages and the password.</source>
        <translation>mailmerge: 경고: --insecure: 서버 인증서를 확인하지 않으므로 다른 컴퓨터가 서버인 척하고 메시지와 비밀번호를 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>mailmerge: warning: --security none: the password is sent unencrypted; use this only for a relay you trust on your own network.</source>
        <translation>mailmerge: 경고: --security none: 비밀번호가 암호화되지 않은 채 전송됩니다. 자체 네트워크에 있는 믿을 수 있는 중계 서버에만 사용하십시오.</translation>
    </message>
    <message>
        <source>mailmerge: warning: {count:,} messages to send but only {left:,} left in the provider&apos;s 24-hour quota: the run pauses when the quota is used up and continues by itself when there is room again (up to 24 hours later). Leave it running, or stop it and continue later with --resume.</source>
        <translation>mailmerge: 경고: 보낼 메시지는 {count:,}통인데 서비스 제공업체의 24시간 한도는 {left:,}통만 남았습니다. 한도를 다 쓰면 발송이 잠시 멈추고, 여유가 생기면(최대 24시간 후) 저절로 이어집니다. 그대로 두거나, 멈춘 뒤 나중에 --resume으로 이어서 보내십시오.</translation>
    </message>
    <message>
        <source>mailmerge: warning: {warning}</source>
        <translation>mailmerge: 경고: {warning}</translation>
    </message>
    <message>
        <source>mailmerge: {address} is not on the suppression list.</source>
        <translation>mailmerge: {address}은(는) 발송 제외 목록에 없습니다.</translation>
    </message>
    <message>
        <source>mailmerge: {file}: Line {line}: {sentence}</source>
        <translation>mailmerge: {file}: {line}번째 줄: {sentence}</translation>
    </message>
    <message>
        <source>mailmerge: {n} row was being sent when the last run stopped; it is marked unknown and will not be sent again (see the report; --retry-failed --rows to resend).</source>
        <translation>mailmerge: 지난번 발송이 멈출 때 {n}개 행을 보내는 중이었습니다. 이 행은 &apos;알 수 없음&apos;으로 표시되며 다시 보내지 않습니다(보고서 참고, 다시 보내려면 --retry-failed --rows).</translation>
    </message>
    <message>
        <source>mailmerge: {n} rows were being sent when the last run stopped; they are marked unknown and will not be sent again (see the report; --retry-failed --rows to resend).</source>
        <translation>mailmerge: 지난번 발송이 멈출 때 {n}개 행을 보내는 중이었습니다. 이 행들은 &apos;알 수 없음&apos;으로 표시되며 다시 보내지 않습니다(보고서 참고, 다시 보내려면 --retry-failed --rows).</translation>
    </message>
    <message>
        <source>nothing about this run</source>
        <translation>이번 발송에 관한 것은 없음</translation>
    </message>
    <message>
        <source>only the newest messages were read: use --since to look at a shorter time</source>
        <translation>최근 메일만 읽었습니다. 더 짧은 기간을 보려면 --since를 쓰십시오</translation>
    </message>
    <message>
        <source>regions: {regions}</source>
        <translation>리전: {regions}</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {sentence}</source>
        <translation>{row}행, {column} 열: {sentence}</translation>
    </message>
    <message>
        <source>row {row}, {address}: {what}</source>
        <translation>{row}행, {address}: {what}</translation>
    </message>
    <message>
        <source>row {row}: {sentence}</source>
        <translation>{row}행: {sentence}</translation>
    </message>
    <message>
        <source>warning: {sentence}</source>
        <translation>경고: {sentence}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>{address}  since {added}, for good: {why}</source>
        <translation>{address}  {added}부터 계속: {why}</translation>
    </message>
    <message>
        <source>{address}  since {added}, until {expires}: {why}</source>
        <translation>{address}  {added}부터 {expires}까지: {why}</translation>
    </message>
    <message>
        <source>{address} is on the suppression list now: no campaign sends to it.</source>
        <translation>{address}을(를) 발송 제외 목록에 넣었습니다. 이제 어떤 캠페인도 이 주소로 보내지 않습니다.</translation>
    </message>
    <message>
        <source>{address} was removed from the suppression list: campaigns send to it again.</source>
        <translation>{address}을(를) 발송 제외 목록에서 뺐습니다. 이제 캠페인이 다시 이 주소로 보냅니다.</translation>
    </message>
    <message>
        <source>{address}: {what}</source>
        <translation>{address}: {what}</translation>
    </message>
    <message>
        <source>{counts}; fix the errors above, then check again.</source>
        <translation>{counts}. 위의 오류를 고친 후 다시 검사하십시오.</translation>
    </message>
    <message>
        <source>{counts}; ready to send.</source>
        <translation>{counts}. 보낼 준비가 되었습니다.</translation>
    </message>
    <message>
        <source>{count} about our mail but without a row to tie them to</source>
        <translation>{count}건은 보낸 메일에 관한 것이지만 어느 행인지 알 수 없음</translation>
    </message>
    <message>
        <source>{count} could not be read as messages</source>
        <translation>{count}건은 메일로 읽을 수 없음</translation>
    </message>
    <message>
        <source>{done}/{total} done: {sent} sent, {failed} failed ({rate:.1f}/s)</source>
        <translation>{done}/{total} 완료: {sent}통 보냄, {failed}통 실패 (초당 {rate:.1f}통)</translation>
    </message>
    <message>
        <source>{done}/{total} done: {sent} sent, {failed} failed ({rate:.1f}/s, about {eta:.0f} s left)</source>
        <translation>{done}/{total} 완료: {sent}통 보냄, {failed}통 실패 (초당 {rate:.1f}통, 약 {eta:.0f}초 남음)</translation>
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
        <translation>{imported}. {skipped}개는 건너뛰었습니다(위 참고).</translation>
    </message>
    <message>
        <source>{mark} {stage}: {detail}</source>
        <translation>{mark} {stage}: {detail}</translation>
    </message>
    <message>
        <source>{n} already got another version (--only-new)</source>
        <translation>다른 판을 이미 받은 {n}개 행(--only-new)</translation>
    </message>
    <message>
        <source>{n} already sent in this run</source>
        <translation>이번 발송에서 이미 보낸 {n}개 행</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>오류 {n}개</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>오류 {n}개</translation>
    </message>
    <message>
        <source>{n} failed before (--retry-failed to try again)</source>
        <translation>이전에 실패한 {n}개 행(다시 보내려면 --retry-failed)</translation>
    </message>
    <message>
        <source>{n} has errors (--skip-invalid)</source>
        <translation>오류가 있는 {n}개 행(--skip-invalid)</translation>
    </message>
    <message>
        <source>{n} have errors (--skip-invalid)</source>
        <translation>오류가 있는 {n}개 행(--skip-invalid)</translation>
    </message>
    <message>
        <source>{n} left out by you</source>
        <translation>직접 제외한 {n}개 행</translation>
    </message>
    <message>
        <source>{n} may have arrived (unknown; --retry-failed --rows to resend)</source>
        <translation>도착했을 수도 있는 {n}개 행(확인 불가, 다시 보내려면 --retry-failed --rows)</translation>
    </message>
    <message>
        <source>{n} message</source>
        <translation>메시지 {n}통</translation>
    </message>
    <message>
        <source>{n} messages</source>
        <translation>메시지 {n}통</translation>
    </message>
    <message>
        <source>{n} no longer in the spreadsheet</source>
        <translation>스프레드시트에 더 이상 없는 {n}개 행</translation>
    </message>
    <message>
        <source>{n} on the suppression list</source>
        <translation>발송 제외 목록에 있는 {n}개 행</translation>
    </message>
    <message>
        <source>{n} problem</source>
        <translation>문제 {n}개</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>문제 {n}개</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n}개 행</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n}개 행</translation>
    </message>
    <message>
        <source>{n} same address as an earlier row (--per-row sends each row)</source>
        <translation>앞 행과 주소가 같은 {n}개 행(행마다 보내려면 --per-row)</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>경고 {n}개</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>경고 {n}개</translation>
    </message>
    <message>
        <source>{read}: {found}. {added} added to the suppression list.</source>
        <translation>{read}: {found}. {added}개를 발송 제외 목록에 넣었습니다.</translation>
    </message>
    <message>
        <source>{rows} and {more} more</source>
        <translation>{rows} 외 {more}개</translation>
    </message>
    <message>
        <source>{rows}: {errors}, {warnings}</source>
        <translation>{rows}: {errors}, {warnings}</translation>
    </message>
    <message>
        <source>{server} as {user}</source>
        <translation>{server}, 사용자 {user}</translation>
    </message>
    <message>
        <source>{what} - now on the suppression list</source>
        <translation>{what} - 이제 발송 제외 목록에 있음</translation>
    </message>
    <message>
        <source>{where}; sign-in: {auth}; limits: {limits}</source>
        <translation>{where}; 로그인 방식: {auth}; 한도: {limits}</translation>
    </message>
</context>
<context>
    <name>ConfirmSend</name>
    <message>
        <source>Every message carries these files:</source>
        <translation>모든 메시지에 다음 파일이 첨부됩니다:</translation>
    </message>
    <message>
        <source>Leave out the {n} row with errors and send to the others</source>
        <translation>오류가 있는 {n}개 행은 빼고 나머지에 보내기</translation>
    </message>
    <message>
        <source>Leave out the {n} rows with errors and send to the others</source>
        <translation>오류가 있는 {n}개 행은 빼고 나머지에 보내기</translation>
    </message>
    <message>
        <source>Left out of this send by you in the Contacts step.</source>
        <translation>연락처 단계에서 이번 발송에서 제외하셨습니다.</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>제외:</translation>
    </message>
    <message>
        <source>Not sent because of a problem in the row (see Check): {problem}</source>
        <translation>이 행에 문제가 있어 보내지 않았습니다(검사 단계 참조): {problem}</translation>
    </message>
    <message>
        <source>Same address as row {row}, which gets the message.</source>
        <translation>{row}행과 주소가 같습니다. 메시지는 그 행으로 보냅니다.</translation>
    </message>
    <message>
        <source>Send again to {n} row through “{account}”.</source>
        <translation>“{account}” 계정으로 {n}개 행에 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Send again to {n} rows through “{account}”.</source>
        <translation>“{account}” 계정으로 {n}개 행에 다시 보냅니다.</translation>
    </message>
    <message>
        <source>Send {n} message</source>
        <translation>메시지 {n}통 보내기</translation>
    </message>
    <message>
        <source>Send {n} message through “{account}”.</source>
        <translation>“{account}” 계정으로 메시지 {n}통을 보냅니다.</translation>
    </message>
    <message>
        <source>Send {n} messages</source>
        <translation>메시지 {n}통 보내기</translation>
    </message>
    <message>
        <source>Send {n} messages through “{account}”.</source>
        <translation>“{account}” 계정으로 메시지 {n}통을 보냅니다.</translation>
    </message>
    <message>
        <source>This is a trial: the messages go to the outbox folder on this computer and nobody receives them.</source>
        <translation>연습 발송입니다. 메시지는 이 컴퓨터의 보낼 편지함 폴더로 가며 아무도 받지 않습니다.</translation>
    </message>
    <message>
        <source>{address} already got another version of this message through {account}.</source>
        <translation>{address}님은 이 메시지의 다른 버전을 {account} 계정으로 이미 받았습니다.</translation>
    </message>
    <message>
        <source>{address} is on the suppression list ({why}).</source>
        <translation>{address} 주소는 발송 제외 목록에 있습니다({why}).</translation>
    </message>
    <message>
        <source>{n} address is on the suppression list</source>
        <translation>{n}개 주소가 발송 제외 목록에 있음</translation>
    </message>
    <message>
        <source>{n} addresses are on the suppression list</source>
        <translation>{n}개 주소가 발송 제외 목록에 있음</translation>
    </message>
    <message>
        <source>{n} message may have arrived when sending stopped (see History; “Retry not sent” can send it again)</source>
        <translation>보내기가 멈출 때 메시지 {n}통이 도착했을 수 있음 (기록 참고, “보내지 못한 항목 다시 보내기”로 다시 보낼 수 있음)</translation>
    </message>
    <message>
        <source>{n} messages may have arrived when sending stopped (see History; “Retry not sent” can send them again)</source>
        <translation>보내기가 멈출 때 메시지 {n}통이 도착했을 수 있음 (기록 참고, “보내지 못한 항목 다시 보내기”로 다시 보낼 수 있음)</translation>
    </message>
    <message>
        <source>{n} of these people already got a different version on {date} through {account}.</source>
        <translation>이 중 {n}명은 {date}에 {account} 계정으로 다른 버전을 이미 받았습니다.</translation>
    </message>
    <message>
        <source>{n} people already got another version of it</source>
        <translation>{n}명이 이미 다른 버전을 받음</translation>
    </message>
    <message>
        <source>{n} people already got it in this send</source>
        <translation>{n}명이 이번 발송에서 이미 받음</translation>
    </message>
    <message>
        <source>{n} person already got another version of it</source>
        <translation>{n}명이 이미 다른 버전을 받음</translation>
    </message>
    <message>
        <source>{n} person already got it in this send</source>
        <translation>{n}명이 이번 발송에서 이미 받음</translation>
    </message>
    <message>
        <source>{n} row failed before (“Retry not sent” tries it again)</source>
        <translation>{n}개 행이 이전에 실패함 (“보내지 못한 항목 다시 보내기”로 다시 시도)</translation>
    </message>
    <message>
        <source>{n} row has a problem Check found</source>
        <translation>{n}개 행에 검사에서 찾은 문제가 있음</translation>
    </message>
    <message>
        <source>{n} row has the same address as another row, which gets the message</source>
        <translation>{n}개 행의 주소가 다른 행과 같음 (그 행으로 보냄)</translation>
    </message>
    <message>
        <source>{n} row is no longer in the spreadsheet</source>
        <translation>{n}개 행이 스프레드시트에 더 이상 없음</translation>
    </message>
    <message>
        <source>{n} row you left out in the Contacts step</source>
        <translation>연락처 단계에서 제외한 {n}개 행</translation>
    </message>
    <message>
        <source>{n} rows are no longer in the spreadsheet</source>
        <translation>{n}개 행이 스프레드시트에 더 이상 없음</translation>
    </message>
    <message>
        <source>{n} rows failed before (“Retry not sent” tries them again)</source>
        <translation>{n}개 행이 이전에 실패함 (“보내지 못한 항목 다시 보내기”로 다시 시도)</translation>
    </message>
    <message>
        <source>{n} rows have a problem Check found</source>
        <translation>{n}개 행에 검사에서 찾은 문제가 있음</translation>
    </message>
    <message>
        <source>{n} rows have the same address as another row, which gets the message</source>
        <translation>{n}개 행의 주소가 다른 행과 같음 (그 행으로 보냄)</translation>
    </message>
    <message>
        <source>{n} rows you left out in the Contacts step</source>
        <translation>연락처 단계에서 제외한 {n}개 행</translation>
    </message>
</context>
<context>
    <name>ConfirmSendDialog</name>
    <message>
        <source>Send again?</source>
        <translation>다시 보내시겠습니까?</translation>
    </message>
    <message>
        <source>Send to everyone?</source>
        <translation>모두에게 보내시겠습니까?</translation>
    </message>
    <message>
        <source>Or cancel and fix them in the spreadsheet: the Check step lists each one.</source>
        <translation>또는 취소하고 스프레드시트에서 고치십시오. 검사 단계에 하나하나 나와 있습니다.</translation>
    </message>
    <message>
        <source>Send one message per row, also when an address is on several rows</source>
        <translation>주소가 여러 행에 있어도 행마다 메시지를 한 통씩 보내기</translation>
    </message>
    <message>
        <source>Send this one to everyone</source>
        <translation>이 버전을 모두에게 보내기</translation>
    </message>
    <message>
        <source>Send it only to those who got none</source>
        <translation>아무것도 받지 않은 분에게만 보내기</translation>
    </message>
    <message>
        <source>Nothing can be sent until this is fixed: {problem}</source>
        <translation>이 문제를 고치기 전에는 보낼 수 없습니다: {problem}</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>{text}
(left out of this send)</source>
        <translation>{text}
(이번 발송에서 제외됨)</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Email address</source>
        <translation>이메일 주소</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>숨은 참조</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>보낼 시각</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>이메일 주소(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>참조(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>숨은 참조(&amp;B):</translation>
    </message>
    <message>
        <source>A&amp;ttachments:</source>
        <translation>첨부 파일(&amp;T):</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>보낼 시각(&amp;A):</translation>
    </message>
    <message>
        <source>No spreadsheet open. Drop one here or use File → Open (Ctrl+O).</source>
        <translation>열린 스프레드시트가 없습니다. 여기에 파일을 끌어다 놓거나 파일 → 열기(Ctrl+O)를 사용하십시오.</translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation>스프레드시트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>자동</translation>
    </message>
    <message>
        <source>Row with the column names</source>
        <translation>열 이름이 있는 행</translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column names</source>
        <translation>시트에서 열 이름이 있는 행</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>문자 인코딩</translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation>스프레드시트 읽는 중</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>시트(&amp;H):</translation>
    </message>
    <message>
        <source>Column names in ro&amp;w:</source>
        <translation>열 이름 행(&amp;W):</translation>
    </message>
    <message>
        <source>Text enco&amp;ding:</source>
        <translation>문자 인코딩(&amp;D):</translation>
    </message>
    <message>
        <source>Which column holds…</source>
        <translation>각 정보가 있는 열…</translation>
    </message>
    <message>
        <source>Find in the contacts…</source>
        <translation>연락처에서 찾기…</translation>
    </message>
    <message>
        <source>Find in the contacts</source>
        <translation>연락처에서 찾기</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Leave out of this send</source>
        <translation>이번 발송에서 제외</translation>
    </message>
    <message>
        <source>Put back into this send</source>
        <translation>이번 발송에 다시 포함</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>찾기(&amp;I):</translation>
    </message>
    <message>
        <source>Automatic (row {row})</source>
        <translation>자동 ({row}행)</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>(사용 안 함)</translation>
    </message>
    <message>
        <source>(right-click rows to leave them out of this send)</source>
        <translation>(행을 마우스 오른쪽 버튼으로 클릭하면 이번 발송에서 제외할 수 있습니다)</translation>
    </message>
    <message>
        <source>No column looks like email addresses. Choose the email column under “Which column holds…”.</source>
        <translation>이메일 주소로 보이는 열이 없습니다. “각 정보가 있는 열…”에서 이메일 열을 선택하십시오.</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>유니코드 (UTF-8)</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>유니코드 (UTF-16)</translation>
    </message>
    <message>
        <source>Unicode (UTF-32)</source>
        <translation>유니코드 (UTF-32)</translation>
    </message>
    <message>
        <source>Korean (CP949 / EUC-KR)</source>
        <translation>한국어 (CP949 / EUC-KR)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>일본어 (Shift-JIS)</translation>
    </message>
    <message>
        <source>Chinese, simplified (GB18030 / GBK)</source>
        <translation>중국어 간체 (GB18030 / GBK)</translation>
    </message>
    <message>
        <source>Chinese, traditional (Big5)</source>
        <translation>중국어 번체 (Big5)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>서유럽어 (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>서유럽어 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Automatic: {label}</source>
        <translation>자동: {label}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>{name} 여는 중…</translation>
    </message>
    <message>
        <source>Opening was cancelled.</source>
        <translation>열기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Choose the encoding in which the names read correctly…</source>
        <translation>이름이 올바르게 보이는 인코딩을 선택하십시오…</translation>
    </message>
    <message>
        <source>Choose the column that holds the email addresses.</source>
        <translation>이메일 주소가 있는 열을 선택하십시오.</translation>
    </message>
    <message>
        <source>({n} left out of this send)</source>
        <translation>(이번 발송에서 {n}개 제외)</translation>
    </message>
    <message>
        <source>{n} contact</source>
        <translation>연락처 {n}개</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>연락처 {n}개</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Mail Merge ran into a problem</source>
        <translation>메일 머지에 문제가 발생했습니다</translation>
    </message>
    <message>
        <source>Something went wrong inside Mail Merge. Your campaign and the send journal are safe: nobody will get a message twice. Please copy this report and send it to whoever supports the app.</source>
        <translation>메일 머지 내부에서 문제가 발생했습니다. 캠페인과 발송 기록은 안전하며, 같은 메시지를 두 번 받는 분은 없습니다. 이 보고서를 복사하여 프로그램 지원 담당자에게 보내 주십시오.</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>보고서 복사</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>열(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>조건(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>문구(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>값(&amp;V):</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Only when {column} {test}{value}:</source>
        <translation>{column}이(가) {test}{value}일 때만:</translation>
    </message>
    <message>
        <source>Show this paragraph only when…</source>
        <translation>이 단락을 다음 경우에만 표시…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>조건</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>문구</translation>
    </message>
    <message>
        <source>The paragraph is sent only to the rows where this holds; the others do not see it.</source>
        <translation>이 조건에 맞는 행에만 이 단락을 보내며, 나머지 분들께는 보이지 않습니다.</translation>
    </message>
    <message>
        <source>The words people click, and the web or mail address they lead to.</source>
        <translation>클릭할 문구와, 그 문구가 연결되는 웹 주소 또는 메일 주소입니다.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>When &amp;empty, write:</source>
        <translation>비어 있을 때 쓸 내용(&amp;E):</translation>
    </message>
    <message>
        <source>When empty</source>
        <translation>비어 있을 때</translation>
    </message>
    <message>
        <source>Which column to show here, and what to write when its cell is empty.</source>
        <translation>여기에 표시할 열과, 셀이 비어 있을 때 대신 쓸 내용입니다.</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>같지 않음</translation>
    </message>
    <message>
        <source>e.g. customer (leave empty to write nothing)</source>
        <translation>예: 고객님 (비워 두면 아무것도 쓰지 않음)</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>같음</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>비어 있지 않음</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>심각도</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>열</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>고칠 내용</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <source>Formatting</source>
        <translation>서식</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>단락 스타일</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>본문</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>제목 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>제목 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>제목 3</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>글자 크기</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>굵게</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>기울임꼴</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>밑줄</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>색</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>글자 색</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 목록</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>글머리 기호 목록</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 목록</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>번호 매기기 목록</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>왼쪽</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>왼쪽 맞춤</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>가운데</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>오른쪽</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>오른쪽 맞춤</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>링크</translation>
    </message>
    <message>
        <source>Insert or edit a link</source>
        <translation>링크 삽입 또는 편집</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>링크 해제</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>링크를 제거합니다</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>구분선</translation>
    </message>
    <message>
        <source>Horizontal line</source>
        <translation>가로 구분선</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>표</translation>
    </message>
    <message>
        <source>Insert a table (3 columns, 2 rows)</source>
        <translation>표 삽입 (3열, 2행)</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>그림</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>그림 삽입</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Spreadsheet</source>
        <translation>스프레드시트</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>마지막 작업</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Sent through</source>
        <translation>보낸 계정</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>보내지 못함</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>확인 필요</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>제외됨</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>반송됨</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>회신함</translation>
    </message>
    <message>
        <source>Test to yourself through {account}</source>
        <translation>{account} 계정으로 나에게 테스트</translation>
    </message>
    <message>
        <source>Trial: the outbox (nobody got it)</source>
        <translation>연습: 보낼 편지함 (아무도 받지 않음)</translation>
    </message>
    <message>
        <source>(an older version did not record it)</source>
        <translation>(이전 버전은 기록하지 않았습니다)</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Past campaigns</source>
        <translation>지난 캠페인</translation>
    </message>
    <message>
        <source>Rows with unknown outcome</source>
        <translation>결과를 알 수 없는 행</translation>
    </message>
    <message>
        <source>&amp;Open this spreadsheet</source>
        <translation>이 스프레드시트 열기(&amp;O)</translation>
    </message>
    <message>
        <source>Account whose mailbox is read</source>
        <translation>메일함을 읽을 계정</translation>
    </message>
    <message>
        <source>Check &amp;replies</source>
        <translation>회신 확인(&amp;R)</translation>
    </message>
    <message>
        <source>Read the account&apos;s inbox for bounces, unsubscribes and replies to this campaign. Nothing in the mailbox is changed.</source>
        <translation>계정의 받은 편지함에서 이 캠페인에 대한 반송, 수신 거부, 회신을 읽습니다. 메일함의 내용은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Mailbox of:</source>
        <translation>메일함 계정:</translation>
    </message>
    <message>
        <source>Past campaigns on this computer:</source>
        <translation>이 컴퓨터에서 보낸 지난 캠페인:</translation>
    </message>
    <message>
        <source>Rows that may or may not have arrived, and what came back after the send:</source>
        <translation>도착했는지 알 수 없는 행과 발송 후 돌아온 응답:</translation>
    </message>
    <message>
        <source>To check replies, give an account its mailbox server (IMAP) in Send → Accounts…</source>
        <translation>회신을 확인하려면 보내기 → 계정…에서 계정에 메일함 서버(IMAP)를 지정하십시오.</translation>
    </message>
    <message>
        <source>Reading the mailbox of {account}…</source>
        <translation>{account}의 메일함을 읽는 중…</translation>
    </message>
    <message>
        <source>Read {scanned} messages since {since}: {bounced} bounced, {soft} not delivered for now, {unsub} unsubscribed, {spam} marked as spam, {auto} automatic answers, {replied} replies. {suppressed} added to the suppression list.</source>
        <translation>{since} 이후 메시지 {scanned}통을 읽었습니다: 반송 {bounced}, 일시적 미전달 {soft}, 수신 거부 {unsub}, 스팸 신고 {spam}, 자동 응답 {auto}, 회신 {replied}. 발송 제외 목록에 {suppressed}개를 추가했습니다.</translation>
    </message>
    <message>
        <source>What came back:</source>
        <translation>돌아온 응답:</translation>
    </message>
    <message>
        <source>Row {row}: {what}</source>
        <translation>{row}행: {what}</translation>
    </message>
    <message>
        <source>bounced (the address does not exist; it is on the suppression list)</source>
        <translation>반송됨 (존재하지 않는 주소, 발송 제외 목록에 추가됨)</translation>
    </message>
    <message>
        <source>not delivered for now</source>
        <translation>지금은 전달되지 않음</translation>
    </message>
    <message>
        <source>unsubscribed (on the suppression list)</source>
        <translation>수신 거부 (발송 제외 목록에 추가됨)</translation>
    </message>
    <message>
        <source>marked it as spam (on the suppression list)</source>
        <translation>스팸으로 신고함 (발송 제외 목록에 추가됨)</translation>
    </message>
    <message>
        <source>automatic answer (e.g. out of office)</source>
        <translation>자동 응답 (예: 부재 중)</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>답장함</translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer yet.</source>
        <translation>이 컴퓨터에서 아직 보낸 것이 없습니다.</translation>
    </message>
    <message>
        <source>None: every row of this campaign has a known outcome.</source>
        <translation>없습니다. 이 캠페인의 모든 행은 결과가 확인되었습니다.</translation>
    </message>
    <message>
        <source>Row {row} – {address}: {reason}</source>
        <translation>{row}행 – {address}: {reason}</translation>
    </message>
    <message>
        <source>Ask these people whether the message arrived. To send it again, open the spreadsheet and use “Retry not sent” in the Send step.</source>
        <translation>이분들께 메시지를 받으셨는지 확인하십시오. 다시 보내려면 스프레드시트를 열고 보내기 단계에서 “보내지 못한 항목 다시 보내기”를 사용하십시오.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>스프레드시트 (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>1  Contacts</source>
        <translation>1  연락처</translation>
    </message>
    <message>
        <source>2  Message</source>
        <translation>2  메시지</translation>
    </message>
    <message>
        <source>3  Preview</source>
        <translation>3  미리 보기</translation>
    </message>
    <message>
        <source>4  Check</source>
        <translation>4  검사</translation>
    </message>
    <message>
        <source>5  Send</source>
        <translation>5  보내기</translation>
    </message>
    <message>
        <source>History</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Sample campaign: try every step; through the built-in outbox nothing leaves this computer. Open your own spreadsheet with Ctrl+O.</source>
        <translation>예제 캠페인입니다. 모든 단계를 시험해 보십시오. 내장 보낼 편지함을 쓰면 이 컴퓨터 밖으로 아무것도 나가지 않습니다. 직접 만든 스프레드시트는 Ctrl+O로 여십시오.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation>스프레드시트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;campaign…</source>
        <translation>캠페인 열기(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save campaign</source>
        <translation>캠페인 저장(&amp;S)</translation>
    </message>
    <message>
        <source>Save campaign &amp;as…</source>
        <translation>다른 이름으로 캠페인 저장(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample campaign</source>
        <translation>예제 캠페인 열기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>연락처(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>메시지(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>미리 보기(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>검사(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>보내기(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>기록(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Check all rows</source>
        <translation>모든 행 검사(&amp;C)</translation>
    </message>
    <message>
        <source>Send &amp;test to myself</source>
        <translation>나에게 테스트 보내기(&amp;T)</translation>
    </message>
    <message>
        <source>Send to &amp;everyone…</source>
        <translation>모두에게 보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retry not sent</source>
        <translation>보내지 못한 항목 다시 보내기(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>보고서 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>계정(&amp;A)…</translation>
    </message>
    <message>
        <source>Suppression &amp;list…</source>
        <translation>발송 제외 목록(&amp;L)…</translation>
    </message>
    <message>
        <source>Allow attachments from a &amp;folder…</source>
        <translation>첨부 파일을 가져올 폴더 허용(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a contact spreadsheet</source>
        <translation>연락처 스프레드시트 열기</translation>
    </message>
    <message>
        <source>{name} has column names but no rows under them. Add the people to send to, save the file and open it again.</source>
        <translation>{name}에 열 이름은 있지만 그 아래에 행이 없습니다. 받는 분들을 추가하고 파일을 저장한 후 다시 여십시오.</translation>
    </message>
    <message>
        <source>The spreadsheet could not be opened.</source>
        <translation>스프레드시트를 열지 못했습니다.</translation>
    </message>
    <message>
        <source>Could not read the template {file}: {error}</source>
        <translation>템플릿 {file}을(를) 읽지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Your last campaign {name} is no longer in {folder}. Open it where it is now with File → Open campaign…, or start with a spreadsheet.</source>
        <translation>마지막 캠페인 {name}이(가) 더 이상 {folder}에 없습니다. 파일 → 캠페인 열기…로 지금 위치에서 열거나, 스프레드시트로 시작하십시오.</translation>
    </message>
    <message>
        <source>Open a campaign</source>
        <translation>캠페인 열기</translation>
    </message>
    <message>
        <source>Campaigns (*%s)</source>
        <translation>캠페인 (*%s)</translation>
    </message>
    <message>
        <source>The campaign&apos;s spreadsheet {name} is no longer in {folder}. Open it where it is now with “Open spreadsheet…”; the message and settings of the campaign are kept.</source>
        <translation>캠페인의 스프레드시트 {name}이(가) 더 이상 {folder}에 없습니다. “스프레드시트 열기…”로 지금 위치에서 여십시오. 캠페인의 메시지와 설정은 그대로 유지됩니다.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>The campaign could not be saved: {error}. Choose another folder with Save as.</source>
        <translation>캠페인을 저장하지 못했습니다: {error}. [다른 이름으로 저장]에서 다른 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>캠페인 저장</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>파일 첨부</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>모든 파일 (*)</translation>
    </message>
    <message>
        <source>Allow attachments from this folder</source>
        <translation>이 폴더의 첨부 파일 허용</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>아직 검사하지 않았습니다.</translation>
    </message>
    <message>
        <source>Untitled campaign</source>
        <translation>제목 없는 캠페인</translation>
    </message>
    <message>
        <source>Mail Merge</source>
        <translation>메일 머지</translation>
    </message>
    <message>
        <source>Built-in outbox (nothing leaves this computer)</source>
        <translation>내장 보낼 편지함 (이 컴퓨터 밖으로 나가지 않음)</translation>
    </message>
    <message>
        <source>The outbox folder {folder} could not be made: {error}</source>
        <translation>보낼 편지함 폴더 {folder}을(를) 만들지 못했습니다: {error}</translation>
    </message>
    <message>
        <source>Sending is still under way. Wait for it to finish or stop it.</source>
        <translation>아직 보내는 중입니다. 끝날 때까지 기다리거나 중지하십시오.</translation>
    </message>
    <message>
        <source>Type your own address under “Test to” first.</source>
        <translation>먼저 “테스트 받을 주소”에 본인의 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>Sending a test of row {row} to {address}…</source>
        <translation>{row}행의 테스트 메시지를 {address}(으)로 보내는 중…</translation>
    </message>
    <message>
        <source>Test sent. Check your inbox before sending to everyone.</source>
        <translation>테스트 메시지를 보냈습니다. 모두에게 보내기 전에 받은 편지함을 확인하십시오.</translation>
    </message>
    <message>
        <source>The test was not sent: {reason}</source>
        <translation>테스트 메시지를 보내지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Checking every row before sending…</source>
        <translation>보내기 전에 모든 행을 검사하는 중…</translation>
    </message>
    <message>
        <source>Nobody is left to send to: everyone has been handled.</source>
        <translation>더 보낼 사람이 없습니다. 모든 분을 처리했습니다.</translation>
    </message>
    <message>
        <source>Every row was sent; there is nothing to retry.</source>
        <translation>모든 행을 보냈으므로 다시 보낼 것이 없습니다.</translation>
    </message>
    <message>
        <source>Spreadsheet moved</source>
        <translation>스프레드시트 위치가 바뀜</translation>
    </message>
    <message>
        <source>The campaign&apos;s spreadsheet {name} is no longer in {folder}. Show where it is now? The campaign then remembers the new place when you save it.</source>
        <translation>캠페인의 스프레드시트 {name}이(가) 더 이상 {folder}에 없습니다. 지금 위치를 지정하시겠습니까? 캠페인을 저장하면 새 위치를 기억합니다.</translation>
    </message>
    <message>
        <source>Find it…</source>
        <translation>찾기…</translation>
    </message>
    <message>
        <source>Where is {name} now?</source>
        <translation>{name}은(는) 지금 어디에 있습니까?</translation>
    </message>
    <message>
        <source>Also resend the unknown ones?</source>
        <translation>결과를 알 수 없는 행도 다시 보내시겠습니까?</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>다시 보내기</translation>
    </message>
    <message>
        <source>Sending through {account}…</source>
        <translation>{account} 계정으로 보내는 중…</translation>
    </message>
    <message>
        <source>Stopping after the messages already on their way…</source>
        <translation>이미 보내고 있는 메시지까지만 보내고 중지하는 중…</translation>
    </message>
    <message>
        <source>Paused. Messages already on their way finish; press Resume to go on.</source>
        <translation>일시 중지했습니다. 이미 보내고 있는 메시지는 마저 보냅니다. 계속하려면 [계속]을 누르십시오.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>The messages are in the outbox folder: click “Open outbox folder” to look at them.</source>
        <translation>메시지가 보낼 편지함 폴더에 있습니다. 보려면 “보낼 편지함 폴더 열기”를 누르십시오.</translation>
    </message>
    <message>
        <source>Finished: {sent} sent, {failed} failed or unknown, of {total} rows.</source>
        <translation>완료: {sent}건 발송, {failed}건 실패 또는 확인 불가 (전체 {total}행).</translation>
    </message>
    <message>
        <source>Nothing has been sent yet, so there is no report.</source>
        <translation>아직 보낸 것이 없어 보고서가 없습니다.</translation>
    </message>
    <message>
        <source>Wait for sending to finish, then export the report.</source>
        <translation>보내기가 끝난 후 보고서를 내보내십시오.</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 통합 문서 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Continue the unfinished send?</source>
        <translation>끝나지 않은 발송을 계속하시겠습니까?</translation>
    </message>
    <message>
        <source>Sending to {file} did not finish: {sent} sent, {waiting} still waiting. Open it to continue? Nobody who already has the message gets it again.</source>
        <translation>{file}의 발송이 끝나지 않았습니다. {sent}건 보냄, {waiting}건 대기 중입니다. 열어서 계속하시겠습니까? 이미 받은 분께는 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Press “Send to everyone” to continue with the {n} waiting.</source>
        <translation>대기 중인 {n}건을 계속 보내려면 “모두에게 보내기”를 누르십시오.</translation>
    </message>
    <message>
        <source>Stop sending?</source>
        <translation>보내기를 중지하시겠습니까?</translation>
    </message>
    <message>
        <source>Messages are still being sent. Stop after the ones on their way? The rest stay waiting and can be sent later; nobody gets a message twice.</source>
        <translation>아직 메시지를 보내는 중입니다. 보내고 있는 메시지까지만 보내고 중지하시겠습니까? 나머지는 대기 상태로 남아 나중에 보낼 수 있으며, 같은 메시지를 두 번 받는 분은 없습니다.</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>중지하고 끝내기</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>변경 내용을 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Save the changes to this campaign before closing?</source>
        <translation>닫기 전에 이 캠페인의 변경 내용을 저장하시겠습니까?</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>&amp;About Mail Merge</source>
        <translation>메일 머지 정보(&amp;A)</translation>
    </message>
    <message>
        <source>For {n} row the app stopped while sending, so it may have arrived. Send it again anyway?</source>
        <translation>{n}개 행은 보내는 도중 프로그램이 멈추어 이미 도착했을 수 있습니다. 그래도 다시 보내시겠습니까?</translation>
    </message>
    <message>
        <source>For {n} rows the app stopped while sending, so they may have arrived. Send them again anyway?</source>
        <translation>{n}개 행은 보내는 도중 프로그램이 멈추어 이미 도착했을 수 있습니다. 그래도 다시 보내시겠습니까?</translation>
    </message>
    <message>
        <source>Report of {n} row saved to {path}.</source>
        <translation>{n}개 행의 보고서를 {path}에 저장했습니다.</translation>
    </message>
    <message>
        <source>Report of {n} rows saved to {path}.</source>
        <translation>{n}개 행의 보고서를 {path}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>그림 (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Body format</source>
        <translation>본문 형식</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>마크다운</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>서식 적용</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>일반 텍스트</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>보내는 사람(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>받는 사람(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>참조(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>숨은 참조(&amp;B):</translation>
    </message>
    <message>
        <source>Re&amp;ply to:</source>
        <translation>회신 주소(&amp;P):</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>제목(&amp;U):</translation>
    </message>
    <message>
        <source>Unsubscrib&amp;e:</source>
        <translation>수신 거부(&amp;E):</translation>
    </message>
    <message>
        <source>empty: the email column</source>
        <translation>비워 두면 이메일 열을 사용</translation>
    </message>
    <message>
        <source>type {{ to insert a field</source>
        <translation>{{를 입력하면 필드를 넣을 수 있습니다</translation>
    </message>
    <message>
        <source>empty: the account&apos;s unsubscribe address and link; “none” for mail people cannot opt out of</source>
        <translation>비워 두면 계정의 수신 거부 주소와 링크 사용, 수신 거부할 수 없는 메일은 “none”</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>필드 삽입(&amp;I)</translation>
    </message>
    <message>
        <source>Put a spreadsheet column where the cursor was</source>
        <translation>커서가 있던 곳에 스프레드시트 열을 넣습니다</translation>
    </message>
    <message>
        <source>Only &amp;when…</source>
        <translation>조건부 표시(&amp;W)…</translation>
    </message>
    <message>
        <source>Show the paragraph at the cursor only to some rows</source>
        <translation>커서가 있는 단락을 일부 행에만 표시합니다</translation>
    </message>
    <message>
        <source>Add sig&amp;nature</source>
        <translation>서명 추가(&amp;N)</translation>
    </message>
    <message>
        <source>Add the sending account&apos;s signature at the end</source>
        <translation>보내는 계정의 서명을 끝에 추가합니다</translation>
    </message>
    <message>
        <source>&amp;View source</source>
        <translation>원본 보기(&amp;V)</translation>
    </message>
    <message>
        <source>Show the template as text: header lines, a blank line, the body</source>
        <translation>템플릿을 텍스트로 표시합니다: 머리글 줄, 빈 줄, 본문</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>형식(&amp;O):</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>메시지 본문</translation>
    </message>
    <message>
        <source>Template source</source>
        <translation>템플릿 원본</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>One file per line; fields allowed, e.g. invoices/{{ id }}.pdf</source>
        <translation>한 줄에 파일 하나. 필드도 쓸 수 있습니다 (예: invoices/{{ id }}.pdf)</translation>
    </message>
    <message>
        <source>A&amp;dd file…</source>
        <translation>파일 추가(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>다시 불러오기(&amp;L)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>내 내용 유지</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>첨부 파일(&amp;A):</translation>
    </message>
    <message>
        <source>Open a spreadsheet to list its columns</source>
        <translation>스프레드시트를 열면 열 목록이 표시됩니다</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>수신 거부 링크</translation>
    </message>
    <message>
        <source>Field with a fallback for empty cells…</source>
        <translation>빈 셀 대체 문구가 있는 필드…</translation>
    </message>
    <message>
        <source>The sending account has no signature yet. Add one in Accounts (Send step → Manage accounts → Signature), or choose the account that has it.</source>
        <translation>보내는 계정에 아직 서명이 없습니다. 계정에서 추가하거나(보내기 단계 → 계정 관리 → 서명), 서명이 있는 계정을 선택하십시오.</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>그림 삽입</translation>
    </message>
    <message>
        <source>The picture {file} cannot be read ({reason}).</source>
        <translation>그림 {file}을(를) 읽을 수 없습니다 ({reason}).</translation>
    </message>
    <message>
        <source>{file} is not a picture this app can show. Use PNG, JPEG or GIF.</source>
        <translation>{file}은(는) 이 프로그램이 표시할 수 있는 그림이 아닙니다. PNG, JPEG 또는 GIF를 사용하십시오.</translation>
    </message>
    <message>
        <source>Large picture</source>
        <translation>큰 그림</translation>
    </message>
    <message>
        <source>This picture is {size:.1f} MB; every recipient downloads it, and mail this large is often refused. Shrink it to {width} pixels wide and insert it?</source>
        <translation>이 그림은 {size:.1f}MB입니다. 받는 분마다 내려받아야 하고, 이렇게 큰 메일은 거부되는 경우가 많습니다. 너비 {width}픽셀로 줄여서 넣으시겠습니까?</translation>
    </message>
    <message>
        <source>Shrink and insert</source>
        <translation>줄여서 넣기</translation>
    </message>
    <message>
        <source>{file} was changed by another program. Reload it? Your edits here since opening it would be replaced.</source>
        <translation>{file}이(가) 다른 프로그램에서 변경되었습니다. 다시 불러오시겠습니까? 연 이후 여기에서 고친 내용은 바뀝니다.</translation>
    </message>
    <message>
        <source>Could not read the template {file}: {error}</source>
        <translation>템플릿 {file}을(를) 읽지 못했습니다: {error}</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 이전(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>다음(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Previous row (Alt+P)</source>
        <translation>이전 행 (Alt+P)</translation>
    </message>
    <message>
        <source>Next row (Alt+N)</source>
        <translation>다음 행 (Alt+N)</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>행(&amp;R):</translation>
    </message>
    <message>
        <source>From</source>
        <translation>보내는 사람</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>숨은 참조</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>회신 주소</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>첨부 파일</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>서식 적용</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>일반 텍스트</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>원본</translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation>/ {n}</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>--connections must be between 1 and 16, not {n}.</source>
        <translation>--connections는 1에서 16 사이여야 합니다({n}은(는) 사용할 수 없습니다).</translation>
    </message>
    <message>
        <source>--rows only works together with --retry-failed.</source>
        <translation>--rows는 --retry-failed와 함께 사용해야 합니다.</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not a text encoding Mail Merge knows; use a name such as utf-8, cp949, gb18030, big5, shift_jis or cp1252.</source>
        <translation>&quot;{encoding}&quot;은(는) 메일 머지가 아는 문자 인코딩이 아닙니다. utf-8, cp949, gb18030, big5, shift_jis, cp1252 같은 이름을 사용하십시오.</translation>
    </message>
    <message>
        <source>--at {value!r} is in the past (it is {now} now). Choose a later time, or leave --at out to send now.</source>
        <translation>--at {value!r}은(는) 이미 지난 시각입니다 (현재 {now}). 더 늦은 시각을 선택하거나, 지금 보내려면 --at을 빼십시오.</translation>
    </message>
    <message>
        <source>--at {value!r} is not a date and time. Write it as &quot;YYYY-MM-DD HH:MM&quot; in this computer&apos;s time, e.g. --at &quot;2026-03-01 09:30&quot;.</source>
        <translation>--at {value!r}은(는) 날짜와 시각이 아닙니다. 이 컴퓨터의 시간 기준으로 &quot;YYYY-MM-DD HH:MM&quot; 형식으로 적으십시오 (예: --at &quot;2026-03-01 09:30&quot;).</translation>
    </message>
    <message>
        <source>--no-login and --password-stdin contradict each other: a relay that needs no login takes no password. Leave one of them out.</source>
        <translation>--no-login과 --password-stdin은 함께 쓸 수 없습니다. 로그인이 필요 없는 릴레이는 비밀번호를 받지 않습니다. 둘 중 하나를 빼십시오.</translation>
    </message>
    <message>
        <source>--rate {rate!r} is not a rate this program can keep. Write messages per second between {low} and {high}, e.g. 10/s (for slower sending use --per-hour or --per-day).</source>
        <translation>--rate {rate!r}은(는) 이 프로그램이 지킬 수 있는 속도가 아닙니다. 초당 메시지 수를 {low}에서 {high} 사이로 적으십시오 (예: 10/s). 더 천천히 보내려면 --per-hour나 --per-day를 사용하십시오.</translation>
    </message>
    <message>
        <source>--rows {rows!r} is not a list of data rows. Write it like 3,7-9 (rows count from 1, up to {most}).</source>
        <translation>--rows {rows!r}은(는) 데이터 행 목록이 아닙니다. 3,7-9처럼 적으십시오 (행 번호는 1부터 {most}까지).</translation>
    </message>
    <message>
        <source>--server contains a password. Anyone on this computer can read a command line, so it is not used: remove it, give the login name with --user and the password in the MAILMERGE_PASSWORD environment variable (or save an account with `mailmerge account add`).</source>
        <translation>--server에 비밀번호가 들어 있습니다. 명령줄은 이 컴퓨터의 누구나 볼 수 있으므로 사용하지 않습니다. 비밀번호를 빼고, 로그인 ID는 --user로, 비밀번호는 MAILMERGE_PASSWORD 환경 변수로 지정하십시오 (또는 `mailmerge account add`로 계정을 저장하십시오).</translation>
    </message>
    <message>
        <source>--server {server!r} is not a server address. Write it as smtp://HOST:PORT, e.g. smtp://mail.example.com:587.</source>
        <translation>--server {server!r}은(는) 서버 주소가 아닙니다. smtp://호스트:포트 형식으로 적으십시오 (예: smtp://mail.example.com:587).</translation>
    </message>
    <message>
        <source>--since {value!r} is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>--since {value!r}은(는) 날짜가 아닙니다. YYYY-MM-DD 형식으로 적으십시오 (예: 2026-03-01).</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 1 and 3600, not {value}.</source>
        <translation>--timeout은 1에서 3600 사이의 초 단위 숫자여야 합니다({value}은(는) 사용할 수 없습니다).</translation>
    </message>
    <message>
        <source>--user {user} needs a password: put it in the MAILMERGE_PASSWORD environment variable, or save an account (mailmerge account add) so it is kept in the system keyring.</source>
        <translation>--user {user}에는 비밀번호가 필요합니다. MAILMERGE_PASSWORD 환경 변수에 넣거나, 계정을 저장하여(mailmerge account add) 시스템 키링에 보관하십시오.</translation>
    </message>
    <message>
        <source>Account {name!r} has no login name for its mailbox. Add --imap-user with the mailbox&apos;s login.</source>
        <translation>계정 {name!r}에 메일함 로그인 ID가 없습니다. --imap-user로 메일함 로그인 ID를 추가하십시오.</translation>
    </message>
    <message>
        <source>Account {name!r} has no mailbox server for reading replies. Add it with `mailmerge account add {name} ... --imap-host imap.example.com` (or in Accounts…, Mailbox server).</source>
        <translation>계정 {name!r}에 회신을 읽을 메일함 서버가 없습니다. `mailmerge account add {name} ... --imap-host imap.example.com`으로 추가하십시오 (또는 계정…의 메일함 서버).</translation>
    </message>
    <message>
        <source>Account {name!r} in {path} is incomplete ({detail}). Remove it with `mailmerge account remove {name}` and add it again.</source>
        <translation>{path}에 있는 계정 {name!r}의 정보가 완전하지 않습니다 ({detail}). `mailmerge account remove {name}`으로 삭제한 후 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>Account {name!r} is not set up for sign-in. Add it again with `mailmerge account add`.</source>
        <translation>계정 {name!r}은(는) 로그인 방식으로 설정되어 있지 않습니다. `mailmerge account add`로 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>Account {name!r} needs a server name. Add --host smtp.example.com (ask your mail administrator).</source>
        <translation>계정 {name!r}에 서버 이름이 필요합니다. --host smtp.example.com을 추가하십시오 (메일 관리자에게 문의하십시오).</translation>
    </message>
    <message>
        <source>Account {name!r} needs the AWS access key ID (--user) and the region (--region). Add it again.</source>
        <translation>계정 {name!r}에는 AWS 액세스 키 ID(--user)와 리전(--region)이 필요합니다. 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>Account {name!r} needs the SecretId (--user), the region (--region) and a verified sender address (--from). Add it again.</source>
        <translation>계정 {name!r}에는 SecretId(--user), 리전(--region), 인증된 보내는 주소(--from)가 필요합니다. 다시 추가하십시오.</translation>
    </message>
    <message>
        <source>Account {name!r} signs in through the browser, which reading the mailbox does not support yet. Use an app password for the mailbox: save it with `mailmerge account add` and --password-stdin.</source>
        <translation>계정 {name!r}은(는) 브라우저로 로그인하는데, 메일함 읽기는 아직 이 방식을 지원하지 않습니다. 메일함에는 앱 비밀번호를 사용하십시오: `mailmerge account add`와 --password-stdin으로 저장하십시오.</translation>
    </message>
    <message>
        <source>Account {name!r} was set to need no login but a login name was given. Leave one of them out.</source>
        <translation>계정 {name!r}은(는) 로그인이 필요 없도록 설정되었는데 로그인 ID가 주어졌습니다. 둘 중 하나를 빼십시오.</translation>
    </message>
    <message>
        <source>An earlier run of this campaign is recorded in {path}. Add --resume to continue it (rows already sent are never sent again), or choose a new journal file with --journal.</source>
        <translation>이 캠페인의 이전 발송이 {path}에 기록되어 있습니다. 이어서 보내려면 --resume을 추가하거나(이미 보낸 행은 다시 보내지 않습니다), --journal로 새 기록 파일을 지정하십시오.</translation>
    </message>
    <message>
        <source>Cannot make the lock file {path} that keeps two programs from sending this campaign at once ({error}). Check that you may write to that folder.</source>
        <translation>두 프로그램이 이 캠페인을 동시에 보내지 않도록 하는 잠금 파일 {path}을(를) 만들 수 없습니다 ({error}). 그 폴더에 쓰기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Cannot write a report as {name}: name the file .xlsx or .csv.</source>
        <translation>{name}(으)로는 보고서를 저장할 수 없습니다. 파일 이름을 .xlsx 또는 .csv로 지정하십시오.</translation>
    </message>
    <message>
        <source>Cannot write events to {path}: {error}.</source>
        <translation>{path}에 이벤트를 기록할 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>Cannot write the report {path}: {error}. Close it if it is open in Excel, or choose another place.</source>
        <translation>보고서 {path}을(를) 저장할 수 없습니다: {error}. Excel에서 열려 있으면 닫거나 다른 위치를 선택하십시오.</translation>
    </message>
    <message>
        <source>Cannot write {file} ({reason}). Choose another folder or file name.</source>
        <translation>{file}을(를) 저장할 수 없습니다 ({reason}). 다른 폴더나 파일 이름을 선택하십시오.</translation>
    </message>
    <message>
        <source>Connections must be between 1 and {max}; {value} was given.</source>
        <translation>연결 수는 1에서 {max} 사이여야 합니다. 입력한 값: {value}.</translation>
    </message>
    <message>
        <source>Could not open the campaign file {file}: {error}. Check that it still exists.</source>
        <translation>캠페인 파일 {file}을(를) 열지 못했습니다: {error}. 파일이 아직 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server {host} ({reason}). Check the internet connection and try again.</source>
        <translation>로그인 서버 {host}에 연결하지 못했습니다 ({reason}). 인터넷 연결을 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Could not read the Amazon SES sending limits: {reason}</source>
        <translation>Amazon SES 발송 한도를 읽지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Every sheet in {file} is empty; add a header row and your contacts, save, and open it again.</source>
        <translation>{file}의 모든 시트가 비어 있습니다. 머리글 행과 연락처를 추가하여 저장한 후 다시 여십시오.</translation>
    </message>
    <message>
        <source>Line {line} of {file} is not valid {encoding} text; choose another encoding, or open the file in a spreadsheet program and save it as &quot;CSV UTF-8&quot;.</source>
        <translation>{file}의 {line}번째 줄은 올바른 {encoding} 텍스트가 아닙니다. 다른 인코딩을 선택하거나, 스프레드시트 프로그램에서 열어 &quot;CSV UTF-8&quot;로 저장하십시오.</translation>
    </message>
    <message>
        <source>No column holds the email addresses (the columns are: {columns}); name the column with the addresses &quot;email&quot; and try again.</source>
        <translation>이메일 주소가 있는 열이 없습니다 (열 목록: {columns}). 주소가 있는 열의 이름을 &quot;email&quot;로 바꾼 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>No password is saved for account {name!r}. Save it with `mailmerge account add {name} --preset {preset} --password-stdin` and try again.</source>
        <translation>계정 {name!r}에 저장된 비밀번호가 없습니다. `mailmerge account add {name} --preset {preset} --password-stdin`으로 저장한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Not sending {count} messages without confirmation: add --yes to send from a script.</source>
        <translation>확인 없이 메시지 {count}통을 보내지 않습니다. 스크립트에서 보내려면 --yes를 추가하십시오.</translation>
    </message>
    <message>
        <source>Port {port} is not a valid port. Use a number from 1 to 65535.</source>
        <translation>{port}은(는) 올바른 포트가 아닙니다. 1에서 65535 사이의 숫자를 사용하십시오.</translation>
    </message>
    <message>
        <source>Row {row} does not exist in {file}: it has rows 1 to {count}; choose a row in that range.</source>
        <translation>{file}에는 {row}행이 없습니다. 1행부터 {count}행까지 있으니 그 범위에서 선택하십시오.</translation>
    </message>
    <message>
        <source>Row {row} of {where} is empty, so it can&apos;t hold the column names; choose the row that has them.</source>
        <translation>{where}의 {row}행이 비어 있어 열 이름 행이 될 수 없습니다. 열 이름이 있는 행을 선택하십시오.</translation>
    </message>
    <message>
        <source>Row {row}: </source>
        <translation>{row}행: </translation>
    </message>
    <message>
        <source>Row {row}: the attachment name {file!r} is not a file name this computer can use. Correct it in the spreadsheet or template.</source>
        <translation>{row}행: 첨부 파일 이름 {file!r}은(는) 이 컴퓨터에서 쓸 수 있는 파일 이름이 아닙니다. 스프레드시트나 템플릿에서 고치십시오.</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} cannot be read ({reason}). Close it in any program that has it open and check you may read it, then try again.</source>
        <translation>{row}행: 첨부 파일 {file}을(를) 읽을 수 없습니다 ({reason}). 이 파일을 연 프로그램을 닫고 읽기 권한이 있는지 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} does not exist. Put the file there or correct its name in the spreadsheet or template.</source>
        <translation>{row}행: 첨부 파일 {file}이(가) 없습니다. 그 위치에 파일을 넣거나 스프레드시트나 템플릿에서 파일 이름을 고치십시오.</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} is not an ordinary file (a device, a pipe, or a system file under /proc, /sys or /dev), so it cannot be attached. Name a document instead.</source>
        <translation>{row}행: 첨부 파일 {file}은(는) 일반 파일이 아니어서(장치, 파이프, /proc·/sys·/dev 아래의 시스템 파일) 첨부할 수 없습니다. 문서 파일을 지정하십시오.</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} named in column {column} is outside the campaign&apos;s folders, so it is not attached (a spreadsheet must not be able to send any file of this computer). Put the file in the spreadsheet&apos;s or the template&apos;s folder, or add its folder to the campaign.</source>
        <translation>{row}행: {column} 열에 적힌 첨부 파일 {file}이(가) 캠페인 폴더 밖에 있어 첨부하지 않습니다 (스프레드시트로 이 컴퓨터의 아무 파일이나 보낼 수 있어서는 안 됩니다). 파일을 스프레드시트나 템플릿 폴더에 넣거나, 그 폴더를 캠페인에 추가하십시오.</translation>
    </message>
    <message>
        <source>Row {row}: the template calls itself or nests too deeply to be filled in. Simplify the template.</source>
        <translation>{row}행: 템플릿이 자기 자신을 부르거나 너무 깊이 중첩되어 채울 수 없습니다. 템플릿을 단순하게 만드십시오.</translation>
    </message>
    <message>
        <source>Row {row}: the template could not be filled in: {reason}. Check the fields and filters the template uses with this row&apos;s values.</source>
        <translation>{row}행: 템플릿을 채우지 못했습니다: {reason}. 템플릿이 사용하는 필드와 필터를 이 행의 값과 함께 확인하십시오.</translation>
    </message>
    <message>
        <source>Row {row}: the template uses the field {field!r} (template line {line}), but the spreadsheet has no such column. {hint} Fix the name in the template or rename the column.</source>
        <translation>{row}행: 템플릿이 필드 {field!r}을(를) 사용하지만(템플릿 {line}번째 줄) 스프레드시트에 그런 열이 없습니다. {hint} 템플릿의 이름을 고치거나 열 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>Sending stopped: the server asked to slow down {times} times in a row without accepting a message (server&apos;s answer: {raw}). Rows not sent yet stay pending: run the same command with --resume later.</source>
        <translation>보내기를 중지했습니다. 서버가 메시지를 받지 않고 {times}번 연속 속도를 줄이라고 요청했습니다 (서버 응답: {raw}). 아직 보내지 않은 행은 대기 상태로 남습니다. 나중에 같은 명령을 --resume과 함께 실행하십시오.</translation>
    </message>
    <message>
        <source>Sending stopped: the server could not be reached in {attempts} tries in a row, with a growing pause between them.{answer} Check the server name, the port and the internet connection. Rows not sent yet stay pending: run the same command with --resume once the server answers again.</source>
        <translation>보내기를 중지했습니다. 간격을 늘려 가며 {attempts}번 연속 시도했지만 서버에 연결하지 못했습니다.{answer} 서버 이름, 포트, 인터넷 연결을 확인하십시오. 아직 보내지 않은 행은 대기 상태로 남습니다. 서버가 다시 응답하면 같은 명령을 --resume과 함께 실행하십시오.</translation>
    </message>
    <message>
        <source>Sending was cancelled after {sent} messages. Rows not sent yet stay pending: run the same command with --resume to continue.</source>
        <translation>메시지 {sent}통을 보낸 후 보내기를 취소했습니다. 아직 보내지 않은 행은 대기 상태로 남습니다. 계속하려면 같은 명령을 --resume과 함께 실행하십시오.</translation>
    </message>
    <message>
        <source>Several accounts are saved ({names}). Choose one with --account NAME.</source>
        <translation>저장된 계정이 여러 개입니다 ({names}). --account 이름으로 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>Sign-in was not finished within {minutes} minutes. Start it again and complete it in the browser.</source>
        <translation>{minutes}분 안에 로그인을 마치지 않았습니다. 다시 시작하여 브라우저에서 완료하십시오.</translation>
    </message>
    <message>
        <source>Sign-in was refused or cancelled ({error}). Start it again and allow Mail Merge to send mail.</source>
        <translation>로그인이 거부되었거나 취소되었습니다 ({error}). 다시 시작하여 메일 머지가 메일을 보낼 수 있도록 허용하십시오.</translation>
    </message>
    <message>
        <source>Signing in to {preset} needs an app registration. Pass --oauth-client-id (or set {env}) to your OAuth client ID, or use an app password with --password-stdin.</source>
        <translation>{preset}에 로그인하려면 앱 등록이 필요합니다. --oauth-client-id(또는 {env})에 OAuth 클라이언트 ID를 지정하거나, --password-stdin으로 앱 비밀번호를 사용하십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud SES does not work in region &apos;{region}&apos;. Choose one of: {regions}.</source>
        <translation>Tencent Cloud SES는 &apos;{region}&apos; 리전에서 사용할 수 없습니다. 다음 중에서 선택하십시오: {regions}.</translation>
    </message>
    <message>
        <source>The Tencent Cloud SecretId must start with &apos;AKID&apos; and be 36 letters and digits long. Copy it again from the API key page of the Tencent Cloud console.</source>
        <translation>Tencent Cloud SecretId는 &apos;AKID&apos;로 시작하는 영문자와 숫자 36자여야 합니다. Tencent Cloud 콘솔의 API 키 페이지에서 다시 복사하십시오.</translation>
    </message>
    <message>
        <source>The account list {path} cannot be read ({reason}). Check the file&apos;s permissions.</source>
        <translation>계정 목록 {path}을(를) 읽을 수 없습니다 ({reason}). 파일 권한을 확인하십시오.</translation>
    </message>
    <message>
        <source>The account list {path} is damaged and cannot be read. Move it away and add your accounts again (saved passwords stay in the system keyring).</source>
        <translation>계정 목록 {path}이(가) 손상되어 읽을 수 없습니다. 파일을 다른 곳으로 옮기고 계정을 다시 추가하십시오 (저장된 비밀번호는 시스템 키링에 남아 있습니다).</translation>
    </message>
    <message>
        <source>The campaign file {file} was saved by a newer version of Mail Merge. Update the app to open it.</source>
        <translation>캠페인 파일 {file}은(는) 더 새로운 버전의 메일 머지로 저장되었습니다. 열려면 프로그램을 업데이트하십시오.</translation>
    </message>
    <message>
        <source>The disk holding the journal {path} is full, so sending stopped. Free some space, then run the same command with --resume: rows that were being sent at that moment will be listed as unknown.</source>
        <translation>발송 기록 {path}이(가) 있는 디스크가 가득 차서 보내기를 중지했습니다. 공간을 확보한 후 같은 명령을 --resume과 함께 실행하십시오. 그때 보내던 행은 &apos;알 수 없음&apos;으로 표시됩니다.</translation>
    </message>
    <message>
        <source>The journal {path} belongs to a different spreadsheet or template. Choose another journal file (--journal) or open the spreadsheet and template this journal was made for.</source>
        <translation>발송 기록 {path}은(는) 다른 스프레드시트나 템플릿의 기록입니다. 다른 기록 파일을 지정하거나(--journal) 이 기록에 맞는 스프레드시트와 템플릿을 여십시오.</translation>
    </message>
    <message>
        <source>The journal {path} cannot be opened ({error}). Check the folder exists and you may write to it.</source>
        <translation>발송 기록 {path}을(를) 열 수 없습니다 ({error}). 폴더가 있는지, 쓰기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The journal {path} is damaged or is not a Mail Merge journal ({error}). Keep it for reference and start with a new journal file (--journal); check the old one&apos;s report before sending again.</source>
        <translation>발송 기록 {path}이(가) 손상되었거나 메일 머지의 기록이 아닙니다 ({error}). 참고용으로 보관하고 새 기록 파일(--journal)로 시작하십시오. 다시 보내기 전에 이전 기록의 보고서를 확인하십시오.</translation>
    </message>
    <message>
        <source>The mailbox server {host} refused the login for {user} ({reason}). Check the login name and password; some providers need IMAP switched on or an app password first.</source>
        <translation>메일함 서버 {host}이(가) {user}의 로그인을 거부했습니다 ({reason}). 로그인 ID와 비밀번호를 확인하십시오. 일부 서비스는 먼저 IMAP을 켜거나 앱 비밀번호를 만들어야 합니다.</translation>
    </message>
    <message>
        <source>The mailbox server {host}:{port} could not be reached ({reason}). Check the server name and port of the account&apos;s mailbox (IMAP) and the internet connection.</source>
        <translation>메일함 서버 {host}:{port}에 연결하지 못했습니다 ({reason}). 계정 메일함(IMAP)의 서버 이름과 포트, 인터넷 연결을 확인하십시오.</translation>
    </message>
    <message>
        <source>The message uses {{{{ unsubscribe_link }}}}, but no unsubscribe address or link is set, so the link would be empty. Set one for the account (Accounts…, or `account add --unsubscribe-mailto`), or add an Unsubscribe: line to the template.</source>
        <translation>메시지가 {{{{ unsubscribe_link }}}}를 사용하지만 수신 거부 주소나 링크가 설정되지 않아 링크가 비게 됩니다. 계정에 설정하거나(계정… 또는 `account add --unsubscribe-mailto`) 템플릿에 Unsubscribe: 줄을 추가하십시오.</translation>
    </message>
    <message>
        <source>The outbox cannot listen on {host} port {port} ({why}). Choose another port, or leave the port out to use any free one.</source>
        <translation>보낼 편지함이 {host}의 {port}번 포트를 사용할 수 없습니다 ({why}). 다른 포트를 선택하거나, 포트를 비워 두어 사용 가능한 포트를 쓰십시오.</translation>
    </message>
    <message>
        <source>The outbox folder {folder} cannot be created ({why}). Choose a folder you can write to.</source>
        <translation>보낼 편지함 폴더 {folder}을(를) 만들 수 없습니다 ({why}). 쓰기 권한이 있는 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>The outbox folder {folder} is not writable. Choose a folder you can write to.</source>
        <translation>보낼 편지함 폴더 {folder}에 쓸 수 없습니다. 쓰기 권한이 있는 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>The password is empty. Type or paste it again.</source>
        <translation>비밀번호가 비어 있습니다. 다시 입력하거나 붙여 넣으십시오.</translation>
    </message>
    <message>
        <source>The picture {url} could not be downloaded ({reason}). Save it on this computer and insert it with Insert picture.</source>
        <translation>그림 {url}을(를) 내려받지 못했습니다 ({reason}). 이 컴퓨터에 저장한 후 [그림 삽입]으로 넣으십시오.</translation>
    </message>
    <message>
        <source>The picture {url} is larger than {limit_mb} MB. Insert a smaller copy.</source>
        <translation>그림 {url}이(가) {limit_mb}MB보다 큽니다. 더 작은 사본을 넣으십시오.</translation>
    </message>
    <message>
        <source>The schedule could not be saved in {path} ({reason}). Check that the folder may be written to.</source>
        <translation>예약을 {path}에 저장하지 못했습니다 ({reason}). 폴더에 쓰기 권한이 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>The secure connection to the mailbox server {host}:{port} failed ({reason}). Check the port and the security setting (TLS is usually port 993, STARTTLS port 143).</source>
        <translation>메일함 서버 {host}:{port}와의 보안 연결에 실패했습니다 ({reason}). 포트와 보안 설정을 확인하십시오 (TLS는 보통 993번, STARTTLS는 143번 포트).</translation>
    </message>
    <message>
        <source>The suppression list could not be written to {path} ({reason}). Choose a folder you may write to.</source>
        <translation>발송 제외 목록을 {path}에 저장하지 못했습니다 ({reason}). 쓰기 권한이 있는 폴더를 선택하십시오.</translation>
    </message>
    <message>
        <source>The unsubscribe link {value!r} cannot be used. Write one https:// address without spaces (at most {limit} characters), e.g. https://example.com/unsubscribe; it gets each person&apos;s token added, or put {{token}} where the token goes.</source>
        <translation>수신 거부 링크 {value!r}은(는) 사용할 수 없습니다. 공백 없는 https:// 주소 하나를 적으십시오 (최대 {limit}자, 예: https://example.com/unsubscribe). 각자의 토큰이 덧붙으며, 토큰 위치를 정하려면 {{token}}을 넣으십시오.</translation>
    </message>
    <message>
        <source>There is no journal at {path}. `mailmerge send` makes one next to the spreadsheet (&lt;spreadsheet name&gt;.&lt;run id&gt;.journal.sqlite; it prints its name) unless --journal says otherwise.</source>
        <translation>{path}에 발송 기록이 없습니다. `mailmerge send`는 --journal로 지정하지 않으면 스프레드시트 옆에 기록(&lt;스프레드시트 이름&gt;.&lt;발송 ID&gt;.journal.sqlite, 이름을 화면에 표시함)을 만듭니다.</translation>
    </message>
    <message>
        <source>{file}, line {line}: {text!r} is not a header this app knows (From, To, Cc, Bcc, Reply-To, Subject, Attachment, Unsubscribe).{hint} End the header lines with one blank line before the body; if the body has no header lines, start the file with a blank line.</source>
        <translation>{file}, {line}번째 줄: {text!r}은(는) 이 프로그램이 아는 머리글(From, To, Cc, Bcc, Reply-To, Subject, Attachment, Unsubscribe)이 아닙니다.{hint} 머리글 줄 다음, 본문 앞에 빈 줄을 하나 두십시오. 머리글 줄이 없다면 파일을 빈 줄로 시작하십시오.</translation>
    </message>
    <message>
        <source>{where}{value!r} is not a date and time. Write it as YYYY-MM-DD HH:MM (e.g. 2026-03-01 09:30), or leave the cell empty to send at once.</source>
        <translation>{where}{value!r}은(는) 날짜와 시각이 아닙니다. YYYY-MM-DD HH:MM 형식(예: 2026-03-01 09:30)으로 적거나, 바로 보내려면 셀을 비워 두십시오.</translation>
    </message>
    <message>
        <source>The server on port {port} does not offer STARTTLS, so the connection cannot be secured. If the port is 465, choose TLS; otherwise ask your provider for the right port.</source>
        <translation>{port}번 포트의 서버가 STARTTLS를 지원하지 않아 연결을 암호화할 수 없습니다. 포트가 465번이면 TLS를 선택하고, 아니면 메일 서비스 업체에 올바른 포트를 문의하십시오.</translation>
    </message>
    <message>
        <source> (server said: {raw})</source>
        <translation> (서버 응답: {raw})</translation>
    </message>
    <message>
        <source> Server&apos;s answer: {raw}.</source>
        <translation> 서버 응답: {raw}.</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Already sent in this run.</source>
        <translation>이번 발송에서 이미 보냈습니다.</translation>
    </message>
    <message>
        <source>Amazon SES (region {where}) refused the request ({answer}). Check the access key, its permissions and the region.</source>
        <translation>Amazon SES(리전 {where})가 요청을 거부했습니다({answer}). 액세스 키와 그 권한, 리전을 확인하십시오.</translation>
    </message>
    <message>
        <source>Amazon SES ({where}) refused the request ({answer}). Check the access key, its permissions and the region.</source>
        <translation>Amazon SES({where})가 요청을 거부했습니다({answer}). 액세스 키와 그 권한, 리전을 확인하십시오.</translation>
    </message>
    <message>
        <source>Amazon SES accepted the message.</source>
        <translation>Amazon SES가 메시지를 받았습니다.</translation>
    </message>
    <message>
        <source>Amazon SES cannot use the custom MAIL FROM domain of {sender}: its MX record could not be read. Fix the DNS records shown in the SES console for region {region}, or turn the custom MAIL FROM domain off.</source>
        <translation>Amazon SES가 {sender}의 사용자 지정 MAIL FROM 도메인을 사용할 수 없습니다. 해당 도메인의 MX 레코드를 읽을 수 없기 때문입니다. {region} 리전의 SES 콘솔에 표시된 DNS 레코드를 고치거나, 사용자 지정 MAIL FROM 도메인을 끄십시오.</translation>
    </message>
    <message>
        <source>Amazon SES did not accept the access key. Check the access key ID and secret in the account settings (and that the key is active in AWS IAM), then send again.</source>
        <translation>Amazon SES가 액세스 키를 받아들이지 않았습니다. 계정 설정에서 액세스 키 ID와 비밀 키를 확인하고(AWS IAM에서 키가 활성 상태인지도 확인하십시오) 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Amazon SES had a temporary problem.</source>
        <translation>Amazon SES에 일시적인 문제가 있었습니다.</translation>
    </message>
    <message>
        <source>Amazon SES has not verified the sender {identities} in region {region}. Verify this address or its domain in the SES console for region {region} (each region is verified separately), then send again.</source>
        <translation>Amazon SES의 {region} 리전에서 보내는 사람 {identities}이(가) 인증되지 않았습니다. {region} 리전의 SES 콘솔에서 이 주소나 도메인을 인증한 후(리전마다 따로 인증해야 합니다) 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Amazon SES has paused sending for this account in region {region}. Look for the e-mail AWS sent to the account owner and resolve the review in the SES console before sending.</source>
        <translation>Amazon SES가 {region} 리전에서 이 계정의 발송을 일시 중지했습니다. AWS가 계정 소유자에게 보낸 이메일을 찾아보고, 발송하기 전에 SES 콘솔에서 검토 사항을 해결하십시오.</translation>
    </message>
    <message>
        <source>Amazon SES has paused sending for your account in region {region}. Look for the e-mail AWS sent to the account owner and resolve the review in the SES console before sending again.</source>
        <translation>Amazon SES가 {region} 리전에서 이 계정의 발송을 일시 중지했습니다. AWS가 계정 소유자에게 보낸 이메일을 확인하고, SES 콘솔에서 검토 문제를 해결한 후 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Amazon SES has permanently stopped sending for your account in region {region}. Contact AWS Support.</source>
        <translation>Amazon SES가 {region} 리전에서 이 계정의 발송을 영구적으로 중단했습니다. AWS 지원팀에 문의하십시오.</translation>
    </message>
    <message>
        <source>Amazon SES in {region} accepted the access key {key}.</source>
        <translation>{region} 리전의 Amazon SES가 액세스 키 {key}을(를) 승인했습니다.</translation>
    </message>
    <message>
        <source>Amazon SES only accepts a sender address written in plain ASCII before the @, so it cannot send from {sender}. Choose a sender address with only plain letters, digits and dots before the @.</source>
        <translation>Amazon SES는 @ 앞부분이 일반 영문(ASCII)으로 된 보내는 사람 주소만 받으므로 {sender}에서는 보낼 수 없습니다. @ 앞에 영문자, 숫자, 마침표만 있는 보내는 사람 주소를 선택하십시오.</translation>
    </message>
    <message>
        <source>Amazon SES only accepts addresses written in plain ASCII before the @. A domain with other letters is sent in Punycode automatically, but the part before the @ cannot be converted; use another address for this row. ({provider_text})</source>
        <translation>Amazon SES는 @ 앞부분이 일반 영문(ASCII)으로 된 주소만 받습니다. 다른 문자가 들어간 도메인은 자동으로 Punycode로 바꿔 보내지만, @ 앞부분은 바꿀 수 없습니다. 이 행에는 다른 주소를 사용하십시오. ({provider_text})</translation>
    </message>
    <message>
        <source>Amazon SES refused the message because it has no recipient. Check the e-mail column of this row.</source>
        <translation>받는 사람이 없어서 Amazon SES가 메시지를 거부했습니다. 이 행의 이메일 열을 확인하십시오.</translation>
    </message>
    <message>
        <source>Amazon SES refused this message ({provider_text}). Check the message and the account settings.</source>
        <translation>Amazon SES가 이 메시지를 거부했습니다({provider_text}). 메시지와 계정 설정을 확인하십시오.</translation>
    </message>
    <message>
        <source>Amazon SES refused this message: {provider_text}. Check its content and attachments.</source>
        <translation>Amazon SES가 이 메시지를 거부했습니다: {provider_text}. 메시지 내용과 첨부 파일을 확인하십시오.</translation>
    </message>
    <message>
        <source>Amazon SES refused this row: {provider_text}. Check the addresses of this row.</source>
        <translation>Amazon SES가 이 행을 거부했습니다: {provider_text}. 이 행의 주소를 확인하십시오.</translation>
    </message>
    <message>
        <source>Amazon SES says messages are going out faster than your maximum sending rate; sending slows down automatically.</source>
        <translation>Amazon SES에 따르면 최대 발송 속도보다 빠르게 보내고 있습니다. 발송 속도를 자동으로 낮춥니다.</translation>
    </message>
    <message>
        <source>An address in this row contains a line break. Correct the address in the spreadsheet.</source>
        <translation>이 행의 주소에 줄바꿈이 들어 있습니다. 스프레드시트에서 주소를 고치십시오.</translation>
    </message>
    <message>
        <source>An unexpected error happened while sending: {error}.</source>
        <translation>보내는 중에 예상하지 못한 오류가 발생했습니다: {error}.</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>숨은 참조</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>참조</translation>
    </message>
    <message>
        <source>Connected to {host} port {port}.</source>
        <translation>{host}의 {port}번 포트에 연결했습니다.</translation>
    </message>
    <message>
        <source>Connection secured with STARTTLS; the certificate is valid.</source>
        <translation>STARTTLS로 연결을 암호화했습니다. 인증서가 유효합니다.</translation>
    </message>
    <message>
        <source>Could not reach Amazon SES (region {where}). Check the internet connection and the region, then test again.</source>
        <translation>Amazon SES(리전 {where})에 연결할 수 없습니다. 인터넷 연결과 리전을 확인한 후 다시 테스트하십시오.</translation>
    </message>
    <message>
        <source>Could not reach Amazon SES ({where}). Check the internet connection and the region, then test again.</source>
        <translation>Amazon SES({where})에 연결할 수 없습니다. 인터넷 연결과 리전을 확인한 후 다시 테스트하십시오.</translation>
    </message>
    <message>
        <source>Could not reach Amazon SES in region {region}. Check the internet connection.</source>
        <translation>{region} 리전의 Amazon SES에 연결할 수 없습니다. 인터넷 연결을 확인하십시오.</translation>
    </message>
    <message>
        <source>Could not reach Tencent Cloud ({endpoint}). Check the internet connection, then test again.</source>
        <translation>Tencent Cloud({endpoint})에 연결할 수 없습니다. 인터넷 연결을 확인한 후 다시 테스트하십시오.</translation>
    </message>
    <message>
        <source>Could not reach Tencent Cloud. Check the internet connection.</source>
        <translation>Tencent Cloud에 연결할 수 없습니다. 인터넷 연결을 확인하십시오.</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>서버 주소 조회(DNS)</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>서버 인사(EHLO)</translation>
    </message>
    <message>
        <source>Every variable of the template is sent; the template may have been changed during review.</source>
        <translation>템플릿의 변수는 모두 보내고 있습니다. 검토 중에 템플릿이 바뀌었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Failed in this run; retry it to send it again.</source>
        <translation>이번 발송에서 실패했습니다. 다시 보내려면 재시도하십시오.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>보내는 사람</translation>
    </message>
    <message>
        <source>Left out of this send by you.</source>
        <translation>사용자가 이번 발송에서 제외했습니다.</translation>
    </message>
    <message>
        <source>May have arrived in this run (the send was interrupted); not sent again without asking.</source>
        <translation>이번 발송에서 도착했을 수 있습니다(발송이 중단되었습니다). 확인 없이 다시 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Missing: {names}.</source>
        <translation>빠진 변수: {names}.</translation>
    </message>
    <message>
        <source>No login configured; the server accepts mail without one.</source>
        <translation>로그인이 설정되어 있지 않습니다. 이 서버는 로그인 없이 메일을 받습니다.</translation>
    </message>
    <message>
        <source>No template ID is set, so messages go out in Simple mode, which Tencent Cloud allows only for accounts it has approved for it. If sending is refused, give the account the ID of an approved template.</source>
        <translation>템플릿 ID가 설정되지 않아 메시지가 Simple 모드로 발송됩니다. Tencent Cloud는 이 모드를 승인받은 계정에만 허용합니다. 발송이 거부되면 계정에 승인된 템플릿의 ID를 입력하십시오.</translation>
    </message>
    <message>
        <source>Not encrypted (security is set to none): fine for a local relay only.</source>
        <translation>암호화되지 않습니다(보안 설정이 none). 내부 네트워크의 릴레이 서버에만 적합합니다.</translation>
    </message>
    <message>
        <source>Not sent because of a problem in the row: {problem}</source>
        <translation>행에 문제가 있어 보내지 않았습니다: {problem}</translation>
    </message>
    <message>
        <source>Production access: the account may send to any address.</source>
        <translation>프로덕션 액세스: 이 계정은 모든 주소로 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>QUOTA</source>
        <translation>발송 한도</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>회신 주소</translation>
    </message>
    <message>
        <source>Row {row} changed in the spreadsheet since this journal was started, so it was not sent: it could be a different person now. Check the report, then send changed rows with a new journal (--journal).</source>
        <translation>이 발송 기록이 시작된 후 스프레드시트에서 {row}행이 바뀌어 보내지 않았습니다. 지금은 다른 사람일 수 있습니다. 보고서를 확인한 후 바뀐 행은 새 발송 기록(--journal)으로 보내십시오.</translation>
    </message>
    <message>
        <source>Row {row} has the same recipient {address} as row {first_row}. This person gets the message once, for row {first_row}, unless you choose one message per row when you send.</source>
        <translation>{row}행의 받는 사람 {address}이(가) {first_row}행과 같습니다. 보낼 때 행마다 한 통씩 보내기를 고르지 않으면 이분께는 {first_row}행의 메시지 한 통만 보냅니다.</translation>
    </message>
    <message>
        <source>Row {row} is no longer in the spreadsheet (it now has {count} rows), so it was not sent. If rows were deleted or moved, start a new journal (--journal) after checking the report.</source>
        <translation>{row}행이 더 이상 스프레드시트에 없어(현재 {count}행) 보내지 않았습니다. 행을 지우거나 옮겼다면 보고서를 확인한 후 새 발송 기록(--journal)으로 시작하십시오.</translation>
    </message>
    <message>
        <source>Row {row} was to be sent at {when}, more than {minutes} minutes ago, so it was not sent late. If it should still go, empty its send-at cell and send it with a new journal (--journal).</source>
        <translation>{row}행은 {when}에 보낼 예정이었는데 {minutes}분 넘게 지나서 늦게 보내지 않았습니다. 그래도 보내야 한다면 발송 시각 칸을 비우고 새 발송 기록(--journal)으로 보내십시오.</translation>
    </message>
    <message>
        <source>Runs are paced at {limits}.</source>
        <translation>발송 속도는 {limits}입니다.</translation>
    </message>
    <message>
        <source>Runs are paced at {limits}. {left}</source>
        <translation>발송 속도는 {limits}입니다. {left}</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>샌드박스</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>보내는 사람</translation>
    </message>
    <message>
        <source>SENDING</source>
        <translation>발송</translation>
    </message>
    <message>
        <source>SIGN-IN</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Same address as row {first_row}, which gets the message.</source>
        <translation>{first_row}행과 주소가 같으며, 메시지는 그 행으로 보냅니다.</translation>
    </message>
    <message>
        <source>Secure connection (TLS) established; the certificate is valid.</source>
        <translation>보안 연결(TLS)이 설정되었습니다. 인증서가 유효합니다.</translation>
    </message>
    <message>
        <source>Sending is enabled for this account.</source>
        <translation>이 계정은 발송할 수 있는 상태입니다.</translation>
    </message>
    <message>
        <source>Sending stopped because of an unexpected error: {error}.</source>
        <translation>예상하지 못한 오류로 보내기를 중지했습니다: {error}.</translation>
    </message>
    <message>
        <source>Sending stopped: the server would not take messages in {attempts} tries in a row, with a growing pause between them. {reason}{answer} Rows not sent yet stay pending: run the same command with --resume later.</source>
        <translation>보내기를 중지했습니다. 간격을 점점 늘려 {attempts}번 연속으로 시도했지만 서버가 메시지를 받지 않았습니다. {reason}{answer} 아직 보내지 않은 행은 대기 상태로 남습니다. 나중에 같은 명령에 --resume을 붙여 실행하십시오.</translation>
    </message>
    <message>
        <source>Sent without {listed}: on the suppression list, so left out of Cc/Bcc. Remove an address from the list only if you know it works again.</source>
        <translation>{listed} 없이 보냈습니다. 발송 제외 목록에 있어 참조/숨은 참조에서 뺐습니다. 주소가 다시 쓰인다는 것을 확실히 알 때만 목록에서 지우십시오.</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>{user}(으)로 로그인했습니다.</translation>
    </message>
    <message>
        <source>Signed in with OAuth.</source>
        <translation>OAuth로 로그인했습니다.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while talking to the server.</source>
        <translation>서버와 통신하는 중에 예상하지 못한 문제가 생겼습니다.</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>연결(TCP)</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>템플릿</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>암호화(TLS)</translation>
    </message>
    <message>
        <source>Template {template} is approved.</source>
        <translation>템플릿 {template}이(가) 승인되었습니다.</translation>
    </message>
    <message>
        <source>Template {template} is still waiting for Tencent Cloud&apos;s review; sending works once it is approved.</source>
        <translation>템플릿 {template}은(는) 아직 Tencent Cloud의 검토를 기다리고 있습니다. 승인되면 발송할 수 있습니다.</translation>
    </message>
    <message>
        <source>Template {template} was not approved (status {status}). Edit it in the SES console and submit it for review again, or use another template.</source>
        <translation>템플릿 {template}이(가) 승인되지 않았습니다(상태 {status}). SES 콘솔에서 수정한 후 다시 검토를 요청하거나 다른 템플릿을 사용하십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud SES in {region} accepted the SecretId {key}.</source>
        <translation>{region} 리전의 Tencent Cloud SES가 SecretId {key}을(를) 승인했습니다.</translation>
    </message>
    <message>
        <source>Tencent Cloud SES in {region} refused the request ({answer}). Check the API key and the region.</source>
        <translation>{region} 리전의 Tencent Cloud SES가 요청을 거부했습니다({answer}). API 키와 리전을 확인하십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud accepted the message.</source>
        <translation>Tencent Cloud가 메시지를 받았습니다.</translation>
    </message>
    <message>
        <source>Tencent Cloud allows 20 requests per second; sending slows down automatically.</source>
        <translation>Tencent Cloud는 초당 20건의 요청만 허용합니다. 발송 속도를 자동으로 낮춥니다.</translation>
    </message>
    <message>
        <source>Tencent Cloud blocks it for 14 days after mail to it was refused</source>
        <translation>이 주소로 보낸 메일이 거부되어 Tencent Cloud가 14일 동안 차단함</translation>
    </message>
    <message>
        <source>Tencent Cloud blocks this address for 14 days because mail to it was recently refused (the blocklist is shared by all Tencent accounts). If the address is right, release it in the SES console (or ask Tencent Cloud support when it was blocked by another account).</source>
        <translation>최근 이 주소로 보낸 메일이 거부되어 Tencent Cloud가 이 주소를 14일 동안 차단합니다(차단 목록은 모든 Tencent 계정이 함께 씁니다). 주소가 맞다면 SES 콘솔에서 차단을 해제하십시오(다른 계정이 차단한 경우에는 Tencent Cloud 지원팀에 요청하십시오).</translation>
    </message>
    <message>
        <source>Tencent Cloud could not open template {template} in region {region} ({answer}). Check the template ID in the SES console&apos;s template list.</source>
        <translation>Tencent Cloud에서 {region} 리전의 템플릿 {template}을(를) 열 수 없습니다({answer}). SES 콘솔의 템플릿 목록에서 템플릿 ID를 확인하십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud did not accept the API key. Check the SecretId and SecretKey in the account settings (and that the key has the QcloudSESFullAccess or QcloudFullAccess permission), then send again.</source>
        <translation>Tencent Cloud가 API 키를 받아들이지 않았습니다. 계정 설정에서 SecretId와 SecretKey를 확인하고(키에 QcloudSESFullAccess 또는 QcloudFullAccess 권한이 있는지도 확인하십시오) 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud does not accept the name or type of an attachment of this row ({provider_text}). Rename the file without special characters, or send it in another format.</source>
        <translation>Tencent Cloud가 이 행의 첨부 파일 이름이나 형식을 받아들이지 않습니다({provider_text}). 특수 문자가 없는 이름으로 바꾸거나 다른 형식으로 보내십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud had a temporary problem.</source>
        <translation>Tencent Cloud에 일시적인 문제가 있었습니다.</translation>
    </message>
    <message>
        <source>Tencent Cloud has blocked sending for a while because too many recent messages were refused. Clean the address list before sending again.</source>
        <translation>최근 거부된 메시지가 너무 많아 Tencent Cloud가 한동안 발송을 막았습니다. 주소 목록을 정리한 후 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud has not verified the sender {sender} or its domain. Finish the sender and domain verification in the SES console (and do not change the DNS records afterwards), then send again.</source>
        <translation>Tencent Cloud에서 보내는 사람 {sender} 또는 그 도메인이 인증되지 않았습니다. SES 콘솔에서 보내는 사람과 도메인 인증을 마친 후(그 뒤에는 DNS 레코드를 바꾸지 마십시오) 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud limits how many messages one address may get in a short time (about 10 an hour).</source>
        <translation>Tencent Cloud는 한 주소가 짧은 시간에 받을 수 있는 메시지 수를 제한합니다(시간당 약 10통).</translation>
    </message>
    <message>
        <source>Tencent Cloud needs a subject of 1 to 100 characters. Shorten or fill in the subject of this row.</source>
        <translation>Tencent Cloud는 제목이 1~100자여야 합니다. 이 행의 제목을 줄이거나 채우십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused a link in this message ({provider_text}). Remove or change the link.</source>
        <translation>Tencent Cloud가 이 메시지의 링크를 거부했습니다({provider_text}). 링크를 지우거나 바꾸십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request because your computer&apos;s clock is off. Set the date and time automatically (with the right time zone) in your system settings, then send again.</source>
        <translation>컴퓨터 시계가 맞지 않아 Tencent Cloud가 요청을 거부했습니다. 시스템 설정에서 날짜와 시간을 자동으로 맞추고(시간대도 올바르게) 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the sender name in {sender}. Write it as &apos;Name &lt;address&gt;&apos; without a colon.</source>
        <translation>Tencent Cloud가 {sender}의 보내는 사람 이름을 거부했습니다. 콜론 없이 &apos;Name &lt;address&gt;&apos; 형식으로 쓰십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the values of this row for the template ({provider_text}). Values must be plain text without HTML tags, and all of them together under 800 bytes.</source>
        <translation>Tencent Cloud가 템플릿에 넣을 이 행의 값을 거부했습니다({provider_text}). 값은 HTML 태그가 없는 일반 텍스트여야 하며, 모두 합쳐 800바이트 미만이어야 합니다.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused this message ({provider_text}). Check the message and the account settings.</source>
        <translation>Tencent Cloud가 이 메시지를 거부했습니다({provider_text}). 메시지와 계정 설정을 확인하십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud refused this message as too large or with too many attachments ({provider_text}). Keep attachments under 4 MB in total and at most 10 files.</source>
        <translation>메시지가 너무 크거나 첨부 파일이 너무 많아 Tencent Cloud가 거부했습니다({provider_text}). 첨부 파일은 합계 4MB 미만, 최대 10개로 하십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud reports a problem with this account&apos;s sending ({provider_text}). Open a ticket with Tencent Cloud support.</source>
        <translation>Tencent Cloud가 이 계정의 발송에 문제가 있다고 알립니다({provider_text}). Tencent Cloud 지원팀에 문의 티켓을 여십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud says an address of this row is not valid ({provider_text}). Check the e-mail column.</source>
        <translation>Tencent Cloud에 따르면 이 행의 주소가 올바르지 않습니다({provider_text}). 이메일 열을 확인하십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud template {template_id} does not exist, is empty or is not approved yet. Check the template ID in the account settings and its review status in the SES console.</source>
        <translation>Tencent Cloud 템플릿 {template_id}이(가) 없거나 비어 있거나 아직 승인되지 않았습니다. 계정 설정의 템플릿 ID와 SES 콘솔의 검토 상태를 확인하십시오.</translation>
    </message>
    <message>
        <source>Tencent Cloud template {template_id} expects other variables than this campaign sends ({sent}). {missing} Make the spreadsheet&apos;s column names match the template&apos;s {{{{variables}}}}, then send again.</source>
        <translation>Tencent Cloud 템플릿 {template_id}은(는) 이 캠페인이 보내는 변수({sent})와 다른 변수를 기대합니다. {missing} 스프레드시트의 열 이름을 템플릿의 {{{{variables}}}}와 맞춘 후 다시 보내십시오.</translation>
    </message>
    <message>
        <source>The API key works but may not use Tencent Cloud SES. Give it the QcloudSESFullAccess permission in the Tencent Cloud console (CAM), then test again.</source>
        <translation>API 키는 유효하지만 Tencent Cloud SES를 사용할 권한이 없습니다. Tencent Cloud 콘솔(CAM)에서 QcloudSESFullAccess 권한을 부여한 후 다시 테스트하십시오.</translation>
    </message>
    <message>
        <source>The access key is valid but is not allowed to send e-mail with Amazon SES. Give it the ses:SendEmail and ses:SendRawEmail permissions in AWS IAM.</source>
        <translation>액세스 키는 유효하지만 Amazon SES로 이메일을 보낼 권한이 없습니다. AWS IAM에서 이 키에 ses:SendEmail 및 ses:SendRawEmail 권한을 주십시오.</translation>
    </message>
    <message>
        <source>The access key works but may not read the SES account (ses:GetAccount). Add ses:GetAccount and ses:SendEmail to its IAM policy, so runs can follow your quota.</source>
        <translation>액세스 키는 유효하지만 SES 계정 정보를 읽을 권한(ses:GetAccount)이 없습니다. 발송이 한도에 맞춰 진행되도록 IAM 정책에 ses:GetAccount와 ses:SendEmail을 추가하십시오.</translation>
    </message>
    <message>
        <source>The account is still in the Amazon SES sandbox in {region}: it may send only to addresses verified in SES, at most 200 a day. Ask AWS for production access before a real mailing.</source>
        <translation>이 계정은 {region} 리전에서 아직 Amazon SES 샌드박스에 있어 SES에서 인증된 주소로만, 하루 최대 200통까지 보낼 수 있습니다. 실제 발송 전에 AWS에 프로덕션 액세스를 요청하십시오.</translation>
    </message>
    <message>
        <source>The configuration set named in the account settings does not exist in Amazon SES region {region}. Correct its name or leave it empty.</source>
        <translation>계정 설정에 적힌 구성 세트가 Amazon SES {region} 리전에 없습니다. 이름을 고치거나 비워 두십시오.</translation>
    </message>
    <message>
        <source>The connection broke after the message was handed over but before the server confirmed it. It may or may not have been delivered, so it will not be resent automatically; check with the recipient, then choose whether to send this row again.</source>
        <translation>메시지를 넘긴 뒤 서버가 확인하기 전에 연결이 끊어졌습니다. 전달되었을 수도 있고 아닐 수도 있어서 자동으로 다시 보내지 않습니다. 받는 사람에게 확인한 후 이 행을 다시 보낼지 정하십시오.</translation>
    </message>
    <message>
        <source>The connection to Amazon SES broke after the message was handed over, so it may or may not have been sent. It will not be sent again automatically; check the recipient&apos;s mailbox or the SES sending statistics before retrying this row.</source>
        <translation>메시지를 넘긴 뒤 Amazon SES와의 연결이 끊어져 보내졌는지 알 수 없습니다. 자동으로 다시 보내지 않으니, 이 행을 다시 보내기 전에 받는 사람의 메일함이나 SES 발송 통계를 확인하십시오.</translation>
    </message>
    <message>
        <source>The connection to Tencent Cloud broke while the message was being handed over, so it may or may not have been sent. It will not be sent again automatically; check the SES console&apos;s sending statistics before retrying this row.</source>
        <translation>메시지를 넘기는 중에 Tencent Cloud와의 연결이 끊어져 보내졌는지 알 수 없습니다. 자동으로 다시 보내지 않으니, 이 행을 다시 보내기 전에 SES 콘솔의 발송 통계를 확인하십시오.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the message was sent.</source>
        <translation>메시지를 보내기 전에 서버와의 연결이 끊어졌습니다.</translation>
    </message>
    <message>
        <source>The hourly limit of messages to addresses at {key} is reached, so row {row} waits; other rows go on. It is sent by itself at about {at}.</source>
        <translation>{key} 도메인 주소로 보내는 시간당 한도에 도달해 {row}행은 기다립니다. 다른 행은 계속 보냅니다. 이 행은 {at}쯤 자동으로 보냅니다.</translation>
    </message>
    <message>
        <source>The hourly limit of messages to {key} is reached, so row {row} waits; other rows go on. It is sent by itself at about {at}.</source>
        <translation>{key}(으)로 보내는 시간당 한도에 도달해 {row}행은 기다립니다. 다른 행은 계속 보냅니다. 이 행은 {at}쯤 자동으로 보냅니다.</translation>
    </message>
    <message>
        <source>The per-day sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>하루 발송 한도에 도달했습니다. {at}쯤 자동으로 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The per-hour sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>시간당 발송 한도에 도달했습니다. {at}쯤 자동으로 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The per-minute sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>분당 발송 한도에 도달했습니다. {at}쯤 자동으로 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The per-second sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>초당 발송 한도에 도달했습니다. {at}쯤 자동으로 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The program stopped while this message was being sent, so it may or may not have arrived. Check with the recipient, then use --retry-failed if it needs sending again.</source>
        <translation>이 메시지를 보내는 중에 프로그램이 멈춰 도착했는지 알 수 없습니다. 받는 사람에게 확인한 후, 다시 보내야 하면 --retry-failed를 사용하십시오.</translation>
    </message>
    <message>
        <source>The provider has paused or suspended sending for this account. Sign in to the provider&apos;s console to see why and resolve it before sending again. Provider&apos;s answer: {text}</source>
        <translation>서비스 제공업체가 이 계정의 발송을 일시 중지하거나 정지했습니다. 제공업체 콘솔에 로그인해 이유를 확인하고 해결한 후 다시 보내십시오. 제공업체 응답: {text}</translation>
    </message>
    <message>
        <source>The provider says the sender address or domain is not verified. Verify it in the provider&apos;s console, then send again. Provider&apos;s answer: {text}</source>
        <translation>서비스 제공업체에 따르면 보내는 사람 주소나 도메인이 인증되지 않았습니다. 제공업체 콘솔에서 인증한 후 다시 보내십시오. 제공업체 응답: {text}</translation>
    </message>
    <message>
        <source>The provider says the sending quota is used up. Sending continues by itself at about {at}.</source>
        <translation>서비스 제공업체에 따르면 발송 한도를 다 썼습니다. {at}쯤 자동으로 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The receiving server refused this message by policy (spam filter or security rule). Read the server&apos;s answer, change the message or ask the recipient to allow it: {text}</source>
        <translation>받는 쪽 서버가 정책(스팸 필터나 보안 규칙)에 따라 이 메시지를 거부했습니다. 서버 응답을 읽고 메시지를 고치거나 받는 사람에게 허용해 달라고 요청하십시오: {text}</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail provider asked Tencent Cloud to slow down, so sending there pauses for 10 minutes.</source>
        <translation>받는 사람의 메일 서비스가 Tencent Cloud에 속도를 늦춰 달라고 요청해, 그쪽으로는 10분 동안 발송을 멈춥니다.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server refused this message ({provider_text}).</source>
        <translation>받는 사람의 메일 서버가 이 메시지를 거부했습니다({provider_text}).</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full and the server gave up. Contact the person another way, or send this row again later.</source>
        <translation>받는 사람의 메일함이 가득 차 서버가 전달을 포기했습니다. 다른 방법으로 연락하거나 나중에 이 행을 다시 보내십시오.</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full; if it stays full, contact the person another way.</source>
        <translation>받는 사람의 메일함이 가득 찼습니다. 계속 가득 차 있으면 다른 방법으로 연락하십시오.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up. The port and security setting probably do not match: port 465 usually needs TLS, ports 587 and 25 usually need STARTTLS.</source>
        <translation>보안(TLS) 연결을 만들 수 없습니다. 포트와 보안 설정이 맞지 않는 것 같습니다. 465 포트는 보통 TLS, 587과 25 포트는 보통 STARTTLS를 씁니다.</translation>
    </message>
    <message>
        <source>The sender domain {domain} is added in region {region} but not verified yet. Add the DNS records the SES console shows, then verify it again there.</source>
        <translation>보내는 사람 도메인 {domain}이(가) {region} 리전에 추가되었지만 아직 인증되지 않았습니다. SES 콘솔에 표시된 DNS 레코드를 추가한 후 콘솔에서 다시 인증하십시오.</translation>
    </message>
    <message>
        <source>The sender domain {domain} is not set up in Tencent Cloud SES in region {region} (no domain is set up there). Add and verify it in the SES console for this region, or choose the region where it is verified as the account&apos;s region.</source>
        <translation>보내는 사람 도메인 {domain}이(가) {region} 리전의 Tencent Cloud SES에 설정되어 있지 않습니다(이 리전에는 설정된 도메인이 없습니다). 이 리전의 SES 콘솔에서 도메인을 추가하고 인증하거나, 도메인이 인증된 리전을 계정의 리전으로 선택하십시오.</translation>
    </message>
    <message>
        <source>The sender domain {domain} is not set up in Tencent Cloud SES in region {region} (set up there: {known}). Add and verify it in the SES console for this region, or choose the region where it is verified as the account&apos;s region.</source>
        <translation>보내는 사람 도메인 {domain}이(가) {region} 리전의 Tencent Cloud SES에 설정되어 있지 않습니다(이 리전에 설정된 도메인: {known}). 이 리전의 SES 콘솔에서 도메인을 추가하고 인증하거나, 도메인이 인증된 리전을 계정의 리전으로 선택하십시오.</translation>
    </message>
    <message>
        <source>The sender domain {domain} is verified in region {region}.</source>
        <translation>보내는 사람 도메인 {domain}이(가) {region} 리전에서 인증되었습니다.</translation>
    </message>
    <message>
        <source>The sender domain {domain} is verified in region {region}. It may send at most {quota:,} mails a day.</source>
        <translation>보내는 사람 도메인 {domain}이(가) {region} 리전에서 인증되었습니다. 하루 최대 {quota:,}통까지 보낼 수 있습니다.</translation>
    </message>
    <message>
        <source>The sending account is still in the provider&apos;s sandbox and may only send to verified addresses. Ask the provider for production access, then send again. Provider&apos;s answer: {text}</source>
        <translation>보내는 계정이 아직 서비스 제공업체의 샌드박스에 있어 인증된 주소로만 보낼 수 있습니다. 제공업체에 프로덕션 액세스를 요청한 후 다시 보내십시오. 제공업체 응답: {text}</translation>
    </message>
    <message>
        <source>The sending rate limit is reached. Sending continues by itself at about {at}.</source>
        <translation>발송 속도 한도에 도달했습니다. {at}쯤 자동으로 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The server accepted the connection on port {port} but never greeted us. This usually means the port expects TLS from the first byte (port 465): choose TLS as the security setting.</source>
        <translation>서버가 {port}번 포트에서 연결은 받았지만 인사 응답을 보내지 않았습니다. 보통 이 포트가 처음부터 TLS 연결을 기대한다는 뜻입니다(465번 포트). 보안 설정에서 TLS를 선택하십시오.</translation>
    </message>
    <message>
        <source>The server accepted the message.</source>
        <translation>서버가 메시지를 받았습니다.</translation>
    </message>
    <message>
        <source>The server answered {code} {text} to DATA instead of 354 (go ahead), so no message can be handed over. Check the server address and port are those of a mail server; nothing was sent.</source>
        <translation>서버가 DATA에 354(계속 진행) 대신 {code} {text}(으)로 응답해 메시지를 넘길 수 없습니다. 서버 주소와 포트가 메일 서버의 것인지 확인하십시오. 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The server asked to slow down. Sending continues at a lower rate; no message was lost.</source>
        <translation>서버가 속도를 늦춰 달라고 했습니다. 더 느린 속도로 계속 보내며, 잃어버린 메시지는 없습니다.</translation>
    </message>
    <message>
        <source>The server could not accept the login right now. Server&apos;s answer: {text}</source>
        <translation>서버가 지금은 로그인을 받을 수 없습니다. 서버 응답: {text}</translation>
    </message>
    <message>
        <source>The server could not take the message right now.</source>
        <translation>서버가 지금은 메시지를 받을 수 없습니다.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>서버가 제시간에 응답하지 않았습니다.</translation>
    </message>
    <message>
        <source>The server did not offer a login method this program can use. Choose STARTTLS or TLS in the account settings (many servers only offer login on a secure connection).</source>
        <translation>서버가 이 프로그램이 쓸 수 있는 로그인 방식을 제공하지 않았습니다. 계정 설정에서 STARTTLS나 TLS를 선택하십시오(많은 서버가 보안 연결에서만 로그인을 허용합니다).</translation>
    </message>
    <message>
        <source>The server does not accept a password login for this mailbox (Microsoft 365 turns SMTP login off by default). Ask your administrator to enable &apos;Authenticated SMTP&apos; for this mailbox, or use another sending account.</source>
        <translation>서버가 이 메일함의 비밀번호 로그인을 받지 않습니다(Microsoft 365는 기본적으로 SMTP 로그인을 꺼 둡니다). 관리자에게 이 메일함의 &apos;Authenticated SMTP&apos;를 켜 달라고 요청하거나 다른 발송 계정을 사용하십시오.</translation>
    </message>
    <message>
        <source>The server gave an answer this program does not understand after the message was handed over, so it may or may not have been delivered. It is not sent again by itself; check with the recipient, then choose whether to send this row again. Server&apos;s answer: {text}</source>
        <translation>메시지를 넘긴 뒤 서버가 이 프로그램이 이해할 수 없는 응답을 보내 전달되었는지 알 수 없습니다. 자동으로 다시 보내지 않으니, 받는 사람에게 확인한 후 이 행을 다시 보낼지 정하십시오. 서버 응답: {text}</translation>
    </message>
    <message>
        <source>The server gave an answer this program does not understand.</source>
        <translation>서버가 이 프로그램이 이해할 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>The server greeted us and listed what it supports.</source>
        <translation>서버가 인사에 응답하고 지원하는 기능을 알려 주었습니다.</translation>
    </message>
    <message>
        <source>The server is busy or closing the connection.</source>
        <translation>서버가 바쁘거나 연결을 끊는 중입니다.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the spelling of the server name and your internet connection.</source>
        <translation>서버 이름을 찾을 수 없습니다. 서버 이름의 철자와 인터넷 연결을 확인하십시오.</translation>
    </message>
    <message>
        <source>The server refused the connection on this port. If this keeps happening, check the server name and port in the account settings.</source>
        <translation>서버가 이 포트에서 연결을 거부했습니다. 계속 이러면 계정 설정에서 서버 이름과 포트를 확인하십시오.</translation>
    </message>
    <message>
        <source>The server refused the sender address or this connection, so no row can be sent. Check the From address is one this account may send as. Server&apos;s answer: {text}</source>
        <translation>서버가 보내는 사람 주소나 이 연결을 거부해 어떤 행도 보낼 수 없습니다. 보내는 사람(From) 주소가 이 계정으로 보낼 수 있는 주소인지 확인하십시오. 서버 응답: {text}</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check both in the account settings and try again.</source>
        <translation>서버가 사용자 이름이나 비밀번호를 거부했습니다. 계정 설정에서 둘 다 확인하고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The server refused this message. Read its answer, correct the row and send it again: {text}</source>
        <translation>서버가 이 메시지를 거부했습니다. 서버 응답을 읽고 행을 고친 후 다시 보내십시오: {text}</translation>
    </message>
    <message>
        <source>The server refuses to pass mail on to other addresses (relay access denied), so no row can be sent through it. It probably needs a login (--user, or a saved account), or this is not your provider&apos;s sending server. Server&apos;s answer: {text}</source>
        <translation>서버가 다른 주소로 메일을 전달하지 않아(릴레이 거부) 이 서버로는 어떤 행도 보낼 수 없습니다. 로그인이 필요하거나(--user 또는 저장된 계정), 서비스 제공업체의 발송 서버가 아닐 수 있습니다. 서버 응답: {text}</translation>
    </message>
    <message>
        <source>The server requires a login before sending. Enter the user name and password of the sending account (and use STARTTLS or TLS if the server asks for it).</source>
        <translation>서버가 보내기 전에 로그인을 요구합니다. 발송 계정의 사용자 이름과 비밀번호를 입력하십시오(서버가 요구하면 STARTTLS나 TLS도 사용하십시오).</translation>
    </message>
    <message>
        <source>The server wants an app password, not your normal password (Gmail and others do this when two-step verification is on). Create an app password in your account&apos;s security settings and use it here.</source>
        <translation>서버가 평소 비밀번호가 아닌 앱 비밀번호를 요구합니다(2단계 인증이 켜져 있으면 Gmail 등이 이렇게 합니다). 계정의 보안 설정에서 앱 비밀번호를 만들어 여기에 사용하십시오.</translation>
    </message>
    <message>
        <source>The server {host} does not offer OAuth (XOAUTH2) login. Use a password or app password for this account instead.</source>
        <translation>서버 {host}은(는) OAuth(XOAUTH2) 로그인을 지원하지 않습니다. 이 계정에는 비밀번호나 앱 비밀번호를 사용하십시오.</translation>
    </message>
    <message>
        <source>The server {host} does not offer encryption (STARTTLS), so the password would travel over the network as plain text; nothing was sent. Use the server&apos;s secure port (465 with TLS, or 587 with STARTTLS), or choose security &apos;none&apos; (--security none) only for a relay you trust on your own network.</source>
        <translation>서버 {host}이(가) 암호화(STARTTLS)를 지원하지 않아 비밀번호가 네트워크에 그대로 노출되므로 아무것도 보내지 않았습니다. 서버의 보안 포트(TLS는 465, STARTTLS는 587)를 사용하십시오. 보안 &apos;none&apos;(--security none)은 자체 네트워크의 신뢰하는 릴레이에만 선택하십시오.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be trusted ({detail}). Check the server name is exactly the one your provider gives; if this is your own server, install a valid certificate.</source>
        <translation>서버의 보안 인증서를 신뢰할 수 없습니다({detail}). 서버 이름이 서비스 제공업체가 알려 준 이름과 정확히 같은지 확인하십시오. 직접 운영하는 서버라면 유효한 인증서를 설치하십시오.</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; in {file} is empty; choose the sheet that holds your contacts ({sheets}).</source>
        <translation>{file}의 시트 &quot;{sheet}&quot;이(가) 비어 있습니다. 연락처가 있는 시트를 선택하십시오 ({sheets}).</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; in {file} spans {rows:,} rows by {columns:,} columns, more than Mail Merge reads ({limit:,} cells); delete the unused rows and columns (often one stray cell far down or far right), save, and open it again.</source>
        <translation>{file}의 시트 &quot;{sheet}&quot;은(는) {rows:,}행 × {columns:,}열로, 메일 머지가 읽는 한도({limit:,}셀)를 넘습니다. 쓰지 않는 행과 열(흔히 멀리 아래나 오른쪽에 있는 셀 하나)을 삭제하고 저장한 후 다시 여십시오.</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in. Start the sign-in again.</source>
        <translation>로그인 응답이 이번 로그인 요청과 맞지 않습니다. 로그인을 다시 시작하십시오.</translation>
    </message>
    <message>
        <source>The sign-in server did not allow Mail Merge to stay signed in. Sign in again and accept all requested permissions.</source>
        <translation>로그인 서버가 메일 머지의 로그인 유지를 허용하지 않았습니다. 다시 로그인하여 요청된 권한을 모두 수락하십시오.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP {status}, {error}). Try signing in again; if it keeps failing, check the account&apos;s app registration.</source>
        <translation>로그인 서버가 요청을 거부했습니다 (HTTP {status}, {error}). 다시 로그인해 보시고, 계속 실패하면 계정의 앱 등록을 확인하십시오.</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer had no access token. Sign in again.</source>
        <translation>로그인 서버의 응답에 액세스 토큰이 없습니다. 다시 로그인하십시오.</translation>
    </message>
    <message>
        <source>The suppression list {path} cannot be opened ({error}). Check the folder is writable, or move the damaged file away so a new list is started.</source>
        <translation>발송 제외 목록 {path}을(를) 열 수 없습니다 ({error}). 폴더에 쓰기 권한이 있는지 확인하거나, 손상된 파일을 다른 곳으로 옮겨 새 목록이 만들어지도록 하십시오.</translation>
    </message>
    <message>
        <source>The template ID must be the number the Tencent Cloud SES console shows for an approved template, not {value}.</source>
        <translation>템플릿 ID는 Tencent Cloud SES 콘솔에 표시된 승인된 템플릿의 번호여야 합니다({value}은(는) 사용할 수 없습니다).</translation>
    </message>
    <message>
        <source>The template could not be read to compare its variables.</source>
        <translation>변수를 비교하려고 템플릿을 읽었지만 읽을 수 없었습니다.</translation>
    </message>
    <message>
        <source>The template {file} cannot be read ({reason}). Check the file and its permissions.</source>
        <translation>템플릿 {file}을(를) 읽을 수 없습니다 ({reason}). 파일과 권한을 확인하십시오.</translation>
    </message>
    <message>
        <source>The template {file} does not exist. Check the file name.</source>
        <translation>템플릿 {file}이(가) 없습니다. 파일 이름을 확인하십시오.</translation>
    </message>
    <message>
        <source>The template {file} has the extension {suffix!r}; name it .md (Markdown), .html or .txt.</source>
        <translation>템플릿 {file}의 확장자가 {suffix!r}입니다. .md(마크다운), .html 또는 .txt로 지정하십시오.</translation>
    </message>
    <message>
        <source>The template {file} is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>템플릿 {file}이(가) UTF-8 텍스트가 아닙니다. UTF-8로 저장한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The text encoding of {file} could not be recognised; open it in a spreadsheet program and save it as &quot;CSV UTF-8&quot; (or .xlsx), then open that file.</source>
        <translation>{file}의 문자 인코딩을 알 수 없습니다. 스프레드시트 프로그램에서 열어 &quot;CSV UTF-8&quot;(또는 .xlsx)로 저장한 후 그 파일을 여십시오.</translation>
    </message>
    <message>
        <source>The trigger type must be 0 (bulk mail) or 1 (triggered mail such as codes), not {value}.</source>
        <translation>트리거 유형은 0(대량 메일) 또는 1(인증 코드 같은 트리거 메일)이어야 합니다({value}은(는) 사용할 수 없습니다).</translation>
    </message>
    <message>
        <source>The unsubscribe option must be a number from 0 (no link) to 12, not &apos;{value}&apos;.</source>
        <translation>수신 거부 옵션은 0(링크 없음)에서 12 사이의 숫자여야 합니다(&apos;{value}&apos;은(는) 사용할 수 없습니다).</translation>
    </message>
    <message>
        <source>The {preset} preset signs in with a password, not with OAuth, so --oauth-client-id and --oauth-client-secret do not apply. Presets that sign in: {presets}.</source>
        <translation>{preset} 사전 설정은 OAuth가 아닌 비밀번호로 로그인하므로 --oauth-client-id와 --oauth-client-secret은 적용되지 않습니다. 로그인 방식 사전 설정: {presets}.</translation>
    </message>
    <message>
        <source>There is no data row {row}: {file} has data rows 1 to {count} (row 1 is the first row under the column names). Choose a row in that range.</source>
        <translation>데이터 {row}행이 없습니다. {file}에는 데이터 1행부터 {count}행까지 있습니다(1행은 열 이름 바로 아래 행입니다). 그 범위에서 선택하십시오.</translation>
    </message>
    <message>
        <source>There is no provider preset called {key!r}. Choose one of: {keys} (see `mailmerge account presets`).</source>
        <translation>{key!r}(이)라는 서비스 사전 설정이 없습니다. 다음 중에서 선택하십시오: {keys} (`mailmerge account presets` 참고).</translation>
    </message>
    <message>
        <source>There is no saved account called {name!r}. Saved accounts: {names}. Add one with `mailmerge account add NAME --preset PRESET`.</source>
        <translation>{name!r}(이)라는 저장된 계정이 없습니다. 저장된 계정: {names}. `mailmerge account add 이름 --preset 사전설정`으로 추가하십시오.</translation>
    </message>
    <message>
        <source>This Tencent Cloud account may not send attachments. Ask Tencent Cloud support to allow them, or remove the attachments from the template.</source>
        <translation>이 Tencent Cloud 계정은 첨부 파일을 보낼 수 없습니다. Tencent Cloud 지원팀에 허용을 요청하거나 템플릿에서 첨부 파일을 빼십시오.</translation>
    </message>
    <message>
        <source>This Tencent Cloud account may only send approved templates. Enter the template ID in the account settings, then send again.</source>
        <translation>이 Tencent Cloud 계정은 승인된 템플릿만 보낼 수 있습니다. 계정 설정에 템플릿 ID를 입력한 후 다시 보내십시오.</translation>
    </message>
    <message>
        <source>This address does not exist (the receiving server says there is no such mailbox or domain). Correct the address in the spreadsheet; it will not be tried again.</source>
        <translation>이 주소는 존재하지 않습니다(받는 쪽 서버가 그런 메일함이나 도메인이 없다고 합니다). 스프레드시트에서 주소를 고치십시오. 이 주소로는 다시 시도하지 않습니다.</translation>
    </message>
    <message>
        <source>This campaign goes to {count} people but offers no way to unsubscribe. Gmail and Yahoo expect bulk mail to have one and may file it as spam: set an unsubscribe address for the account, or add an Unsubscribe: line to the template (Unsubscribe: none for mail people cannot opt out of).</source>
        <translation>이 캠페인은 {count}명에게 가지만 수신 거부 방법이 없습니다. Gmail과 Yahoo는 대량 메일에 수신 거부 방법을 요구하며 없으면 스팸으로 분류할 수 있습니다. 계정에 수신 거부 주소를 설정하거나 템플릿에 Unsubscribe: 줄을 추가하십시오 (수신 거부할 수 없는 메일은 Unsubscribe: none).</translation>
    </message>
    <message>
        <source>This recipient unsubscribed from mail sent from your domain, so Tencent Cloud no longer delivers to them.</source>
        <translation>이 받는 사람은 보내는 도메인의 메일 수신을 거부해, Tencent Cloud가 더 이상 전달하지 않습니다.</translation>
    </message>
    <message>
        <source>This row could not be turned into an Amazon SES request: {error}</source>
        <translation>이 행을 Amazon SES 요청으로 만들 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>This row has an address with non-English letters before the @, and the server cannot deliver such addresses. Use a plain address for this row.</source>
        <translation>이 행에는 @ 앞에 영문이 아닌 문자가 있는 주소가 있는데, 서버가 그런 주소로는 전달할 수 없습니다. 이 행에는 일반 주소를 사용하십시오.</translation>
    </message>
    <message>
        <source>This row is no longer in the spreadsheet.</source>
        <translation>이 행은 더 이상 스프레드시트에 없습니다.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Unsubscribe address</source>
        <translation>수신 거부 주소</translation>
    </message>
    <message>
        <source>Use either --server or --account, not both.</source>
        <translation>--server와 --account 중 하나만 사용하십시오.</translation>
    </message>
    <message>
        <source>You have reached the number of messages Amazon SES lets you send in 24 hours in region {region}. Sending will continue when the 24-hour window has room again; to send more, request a higher sending quota.</source>
        <translation>{region} 리전에서 Amazon SES가 24시간 동안 허용하는 메시지 수에 도달했습니다. 24시간 한도에 여유가 생기면 계속 보냅니다. 더 많이 보내려면 발송 한도 상향을 요청하십시오.</translation>
    </message>
    <message>
        <source>You have reached today&apos;s Tencent Cloud sending limit. Sending continues after midnight China time.</source>
        <translation>오늘의 Tencent Cloud 발송 한도에 도달했습니다. 중국 시간 자정이 지나면 계속 보냅니다.</translation>
    </message>
    <message>
        <source>Your Amazon SES account in region {region} is still in the sandbox, where it may only send to verified addresses, and {identities} is not verified. Verify the recipient, or ask AWS to move the account out of the sandbox (production access).</source>
        <translation>{region} 리전의 Amazon SES 계정이 아직 샌드박스에 있어 인증된 주소로만 보낼 수 있는데, {identities}은(는) 인증되지 않았습니다. 받는 사람을 인증하거나, AWS에 계정을 샌드박스에서 빼 달라고(프로덕션 액세스) 요청하십시오.</translation>
    </message>
    <message>
        <source>Your Tencent Cloud SES package has no messages left. Buy more in the SES console, then send again.</source>
        <translation>Tencent Cloud SES 패키지에 남은 메시지가 없습니다. SES 콘솔에서 더 구매한 후 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Your Tencent Cloud account has no credit left. Top it up in the billing console, then send again.</source>
        <translation>Tencent Cloud 계정의 잔액이 없습니다. 결제 콘솔에서 충전한 후 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Your account has reached its daily sending limit. Sending will pause until the limit resets; the remaining rows stay queued.</source>
        <translation>계정이 하루 발송 한도에 도달했습니다. 한도가 다시 채워질 때까지 보내기를 멈추며, 남은 행은 대기열에 남습니다.</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>직접 추가함</translation>
    </message>
    <message>
        <source>blocked for a while (the provider refuses mail to it until the date shown)</source>
        <translation>한동안 차단됨(표시된 날짜까지 서비스 제공업체가 이 주소로 가는 메일을 거부함)</translation>
    </message>
    <message>
        <source>built-in outbox (nothing is sent; messages are saved in {folder})</source>
        <translation>내장 보낼 편지함(실제로 보내지 않고 메시지를 {folder}에 저장)</translation>
    </message>
    <message>
        <source>mail to it bounced for good (the address does not exist or refuses mail)</source>
        <translation>이 주소로 보낸 메일이 영구적으로 반송됨(주소가 없거나 메일을 거부함)</translation>
    </message>
    <message>
        <source>no variables</source>
        <translation>변수 없음</translation>
    </message>
    <message>
        <source>row {row}: failed: {reason}{said}</source>
        <translation>{row}행: 실패: {reason}{said}</translation>
    </message>
    <message>
        <source>row {row}: not sent: {reason}</source>
        <translation>{row}행: 보내지 않음: {reason}</translation>
    </message>
    <message>
        <source>row {row}: skipped: {reason}</source>
        <translation>{row}행: 건너뜀: {reason}</translation>
    </message>
    <message>
        <source>row {row}: unknown: {reason}</source>
        <translation>{row}행: 알 수 없음: {reason}</translation>
    </message>
    <message>
        <source>see Check</source>
        <translation>검사 단계를 보십시오</translation>
    </message>
    <message>
        <source>the address does not exist (the receiving server said so)</source>
        <translation>주소가 존재하지 않음(받는 쪽 서버가 알림)</translation>
    </message>
    <message>
        <source>the person asked not to get mail</source>
        <translation>받는 사람이 메일을 받지 않겠다고 요청함</translation>
    </message>
    <message>
        <source>the person marked a message as spam</source>
        <translation>받는 사람이 메시지를 스팸으로 신고함</translation>
    </message>
    <message>
        <source>the reason {value!r} is not one this app knows ({known}); the line was skipped.</source>
        <translation>사유 {value!r}은(는) 이 프로그램이 아는 사유가 아닙니다 ({known}). 이 줄은 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>the {column} date {value!r} is not a date; write it as YYYY-MM-DD. The line was skipped.</source>
        <translation>{column} 날짜 {value!r}이(가) 날짜가 아닙니다. YYYY-MM-DD 형식으로 적으십시오. 이 줄은 건너뛰었습니다.</translation>
    </message>
    <message>
        <source>{address} ({why})</source>
        <translation>{address}({why})</translation>
    </message>
    <message>
        <source>{address} already got another version of this message through {account}.</source>
        <translation>{address}님은 이 메시지의 다른 버전을 {account} 계정으로 이미 받았습니다.</translation>
    </message>
    <message>
        <source>{address} is on the suppression list ({why}), so row {row} was not sent. Take it off the suppression list only if you know it works again.</source>
        <translation>{address} 주소가 발송 제외 목록에 있어({why}) {row}행은 보내지 않았습니다. 주소가 다시 쓰인다는 것을 확실히 알 때만 발송 제외 목록에서 빼십시오.</translation>
    </message>
    <message>
        <source>{address} is on the suppression list ({why}).</source>
        <translation>{address} 주소는 발송 제외 목록에 있습니다({why}).</translation>
    </message>
    <message>
        <source>{endpoint!r} is not an API address. Write it like https://host or http://127.0.0.1:8080, or leave it out to use the provider&apos;s own address.</source>
        <translation>{endpoint!r}은(는) API 주소가 아닙니다. https://host 또는 http://127.0.0.1:8080처럼 적거나, 비워 두어 서비스 업체의 기본 주소를 사용하십시오.</translation>
    </message>
    <message>
        <source>{file} could not be opened ({reason}); close it in other programs, check you may read it, and try again.</source>
        <translation>{file}을(를) 열 수 없습니다 ({reason}). 다른 프로그램에서 닫고 읽기 권한을 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{file} could not be split into columns ({reason}); open it in a spreadsheet program, save it as .xlsx or .csv, and open that file.</source>
        <translation>{file}을(를) 열로 나눌 수 없습니다 ({reason}). 스프레드시트 프로그램에서 열어 .xlsx 또는 .csv로 저장한 후 그 파일을 여십시오.</translation>
    </message>
    <message>
        <source>{file} has no sheet named &quot;{sheet}&quot;; choose one of its sheets: {sheets}.</source>
        <translation>{file}에 &quot;{sheet}&quot; 시트가 없습니다. 다음 시트 중에서 선택하십시오: {sheets}.</translation>
    </message>
    <message>
        <source>{file} is a device or a pipe, not a file, so it can&apos;t hold a contact list; choose your spreadsheet file instead.</source>
        <translation>{file}은(는) 파일이 아니라 장치나 파이프이므로 연락처 목록이 될 수 없습니다. 스프레드시트 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>{file} is a folder; choose the contact list file inside it.</source>
        <translation>{file}은(는) 폴더입니다. 그 안의 연락처 파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>{file} is a web page saved with a spreadsheet name; open it in Excel or LibreOffice, save it as .xlsx or .csv, and open that file instead.</source>
        <translation>{file}은(는) 스프레드시트 이름으로 저장된 웹 페이지입니다. Excel이나 LibreOffice에서 열어 .xlsx 또는 .csv로 저장한 후 그 파일을 여십시오.</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete and could not be read; open it in Excel or LibreOffice, save a new copy, and open that copy.</source>
        <translation>{file}이(가) 손상되었거나 불완전하여 읽을 수 없습니다. Excel이나 LibreOffice에서 열어 새 사본으로 저장한 후 그 사본을 여십시오.</translation>
    </message>
    <message>
        <source>{file} is empty; open the file that holds your contacts, or add a header row and contacts to it.</source>
        <translation>{file}이(가) 비어 있습니다. 연락처가 있는 파일을 열거나, 이 파일에 머리글 행과 연락처를 추가하십시오.</translation>
    </message>
    <message>
        <source>{file} is not a Mail Merge campaign file. Open a file saved with File → Save campaign.</source>
        <translation>{file}은(는) 메일 머지 캠페인 파일이 아닙니다. 파일 → 캠페인 저장으로 저장한 파일을 여십시오.</translation>
    </message>
    <message>
        <source>{file} is not a file type Mail Merge can read; save your contact list as {supported} and open that.</source>
        <translation>{file}은(는) 메일 머지가 읽을 수 있는 파일 형식이 아닙니다. 연락처 목록을 {supported} 형식으로 저장한 후 여십시오.</translation>
    </message>
    <message>
        <source>{file} is protected with a password; open it in Excel or LibreOffice, remove the password (or save a copy without one), and open that copy.</source>
        <translation>{file}은(는) 비밀번호로 보호되어 있습니다. Excel이나 LibreOffice에서 열어 비밀번호를 해제하거나(또는 비밀번호 없는 사본을 저장하여) 그 파일을 여십시오.</translation>
    </message>
    <message>
        <source>{file} is {size_mb:,.0f} MB, far larger than a contact list can be; open the right file, or split the list into smaller files.</source>
        <translation>{file}은(는) {size_mb:,.0f}MB로 연락처 목록이라기에는 너무 큽니다. 올바른 파일을 열거나 목록을 작은 파일로 나누십시오.</translation>
    </message>
    <message>
        <source>{file} is {what}, not a spreadsheet, even though its name ends in {suffix}; open your contact list in Excel or LibreOffice and save it as {supported}.</source>
        <translation>{file}은(는) 이름이 {suffix}(으)로 끝나지만 스프레드시트가 아니라 {what}입니다. 연락처 목록을 Excel이나 LibreOffice에서 열어 {supported} 형식으로 저장하십시오.</translation>
    </message>
    <message>
        <source>{file} was not found; check that the file still exists in {folder} and choose it again.</source>
        <translation>{file}을(를) 찾을 수 없습니다. 파일이 {folder}에 아직 있는지 확인한 후 다시 선택하십시오.</translation>
    </message>
    <message>
        <source>{file}, from line {line}: the template nests brackets, ifs or loops too deeply to be read. Simplify that part of the template.</source>
        <translation>{file}, {line}번째 줄부터: 템플릿의 괄호, if, 반복문이 너무 깊이 중첩되어 읽을 수 없습니다. 그 부분을 단순하게 만드십시오.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the header {name}: appears twice. Keep one (separate several addresses with ;).</source>
        <translation>{file}, {line}번째 줄: 머리글 {name}:이(가) 두 번 나옵니다. 하나만 남기십시오 (여러 주소는 ;로 구분합니다).</translation>
    </message>
    <message>
        <source>{file}, line {line}: the template has a mistake: {reason}. The line is: {text!r}. Check that every {{{{ has a matching }}}} and every {{% if %}} an {{% endif %}}.</source>
        <translation>{file}, {line}번째 줄: 템플릿에 오류가 있습니다: {reason}. 해당 줄: {text!r}. 모든 {{{{에 짝이 되는 }}}}가 있고 모든 {{% if %}}에 {{% endif %}}가 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>{file}, line {line}: the template uses the {kind} {name!r}, which does not exist.{hint} Correct the name in the template.</source>
        <translation>{file}, {line}번째 줄: 템플릿이 존재하지 않는 {kind} {name!r}을(를) 사용합니다.{hint} 템플릿에서 이름을 고치십시오.</translation>
    </message>
    <message>
        <source>{file}: the template has a mistake: {reason}. Correct it in the template.</source>
        <translation>{file}: 템플릿에 오류가 있습니다: {reason}. 템플릿에서 고치십시오.</translation>
    </message>
    <message>
        <source>{flag} must be 1 or more, not {n}: it counts messages.</source>
        <translation>{flag}은(는) 메시지 수이므로 1 이상이어야 합니다({n}은(는) 사용할 수 없습니다).</translation>
    </message>
    <message>
        <source>{host} is at {addresses}.</source>
        <translation>{host}의 주소는 {addresses}입니다.</translation>
    </message>
    <message>
        <source>{host}:{port} ({security})</source>
        <translation>{host}:{port} ({security})</translation>
    </message>
    <message>
        <source>{label} has no region {region!r}. Choose one of: {regions}.</source>
        <translation>{label}에는 {region!r} 리전이 없습니다. 다음 중에서 선택하십시오: {regions}.</translation>
    </message>
    <message>
        <source>{name!r} cannot be used as an account name. Use 1 to 64 letters, digits, spaces or punctuation.</source>
        <translation>{name!r}은(는) 계정 이름으로 사용할 수 없습니다. 문자, 숫자, 공백, 문장 부호로 1~64자를 사용하십시오.</translation>
    </message>
    <message>
        <source>{name}: Amazon SES API in {region}</source>
        <translation>{name}: Amazon SES API, {region} 리전</translation>
    </message>
    <message>
        <source>{name}: Tencent Cloud SES API in {region}, Simple mode (no template)</source>
        <translation>{name}: Tencent Cloud SES API, {region} 리전, Simple 모드(템플릿 없음)</translation>
    </message>
    <message>
        <source>{name}: Tencent Cloud SES API in {region}, template {template}</source>
        <translation>{name}: Tencent Cloud SES API, {region} 리전, 템플릿 {template}</translation>
    </message>
    <message>
        <source>{name}: {where}</source>
        <translation>{name}: {where}</translation>
    </message>
    <message>
        <source>{name}: {where} (no login)</source>
        <translation>{name}: {where} (로그인 없음)</translation>
    </message>
    <message>
        <source>{name}: {where} as {user}</source>
        <translation>{name}: {where}, 사용자 {user}</translation>
    </message>
    <message>
        <source>{option} must be a whole number such as 12345, not {value!r}.</source>
        <translation>{option}은(는) 12345 같은 정수여야 합니다({value!r}은(는) 사용할 수 없습니다).</translation>
    </message>
    <message>
        <source>{option} only applies to {kinds} accounts, and {preset!r} is not one. Leave it out.</source>
        <translation>{option}은(는) {kinds} 계정에만 적용되며 {preset!r}은(는) 해당하지 않습니다. 이 옵션을 빼십시오.</translation>
    </message>
    <message>
        <source>{people} people on this sheet already got another version of this message (first on {when} through {account}). Add --only-new to send only to those who got none, or --everyone to send this version to everyone.</source>
        <translation>이 시트의 {people}명은 이 메시지의 다른 버전을 이미 받았습니다 (처음 {when}, {account} 계정). 아무것도 받지 않은 분에게만 보내려면 --only-new를, 이 버전을 모두에게 보내려면 --everyone을 추가하십시오.</translation>
    </message>
    <message>
        <source>{preset} accounts always sign in, so “no login” does not apply. Choose “Other SMTP server” for a relay that needs no login.</source>
        <translation>{preset} 계정은 항상 로그인하므로 “로그인 필요 없음”은 적용되지 않습니다. 로그인이 필요 없는 릴레이는 “기타 SMTP 서버”를 선택하십시오.</translation>
    </message>
    <message>
        <source>{provider} in {region}</source>
        <translation>{provider}, {region} 리전</translation>
    </message>
    <message>
        <source>{provider} in {region} via {endpoint}</source>
        <translation>{provider}, {region} 리전, {endpoint} 경유</translation>
    </message>
    <message>
        <source>{reason} Gave up after {attempts} attempts.</source>
        <translation>{reason} {attempts}번 시도한 후 포기했습니다.</translation>
    </message>
    <message>
        <source>{reason} Server&apos;s answer: {answer}</source>
        <translation>{reason} 서버 응답: {answer}</translation>
    </message>
    <message>
        <source>{reason} Slowing down to {rate} messages per second.</source>
        <translation>{reason} 초당 {rate}통으로 속도를 낮춥니다.</translation>
    </message>
    <message>
        <source>{reason} Trying again in {seconds} s.</source>
        <translation>{reason} {seconds}초 후에 다시 시도합니다.</translation>
    </message>
    <message>
        <source>{url} is not a picture (the server sent {kind}).</source>
        <translation>{url}은(는) 그림이 아닙니다 (서버가 보낸 형식: {kind}).</translation>
    </message>
    <message>
        <source>{url} is not a web address (http or https).</source>
        <translation>{url}은(는) 웹 주소(http 또는 https)가 아닙니다.</translation>
    </message>
    <message>
        <source>{value!r} is not an Amazon SES configuration set name: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;, exactly as the SES console shows it.</source>
        <translation>{value!r}은(는) Amazon SES 구성 세트 이름이 아닙니다. SES 콘솔에 표시된 그대로 영문자, 숫자, &apos;-&apos;, &apos;_&apos;로 1~64자를 사용하십시오.</translation>
    </message>
    <message>
        <source>{where} has column names on row {row} but no contacts under them; add your contacts below that row (or choose the right header row) and try again.</source>
        <translation>{where}의 {row}행에 열 이름이 있지만 그 아래에 연락처가 없습니다. 그 행 아래에 연락처를 추가하거나(또는 올바른 머리글 행을 선택하여) 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>{where}The attachment {file} does not exist. Put the file there or correct its name in the spreadsheet or template.</source>
        <translation>{where}첨부 파일 {file}이(가) 없습니다. 그 위치에 파일을 넣거나 스프레드시트나 템플릿에서 파일 이름을 고치십시오.</translation>
    </message>
    <message>
        <source>{where}The attachments add up to {size_mb:.1f} MB; {provider} accepts at most {limit_mb:.0f} MB in total per message. Send large files as a link instead.</source>
        <translation>{where}첨부 파일 합계가 {size_mb:.1f}MB입니다. {provider}은(는) 메시지 하나에 최대 {limit_mb:.0f}MB까지 받습니다. 큰 파일은 링크로 보내십시오.</translation>
    </message>
    <message>
        <source>{where}The message has {count} attachments; {provider} accepts at most {limit} per message. Put the files in a zip archive or share a link instead.</source>
        <translation>{where}메시지에 첨부 파일이 {count}개 있습니다. {provider}은(는) 메시지 하나에 최대 {limit}개까지 받습니다. 파일을 zip으로 묶거나 링크로 공유하십시오.</translation>
    </message>
    <message>
        <source>{where}The subject is empty; many people and spam filters ignore messages without one. Add a Subject: line to the template.</source>
        <translation>{where}제목이 비어 있습니다. 제목 없는 메시지는 읽히지 않거나 스팸으로 분류되기 쉽습니다. 템플릿에 Subject: 줄을 추가하십시오.</translation>
    </message>
    <message>
        <source>{where}{field} address {value!r} is not valid: {reason} Correct it in the spreadsheet or template.</source>
        <translation>{where}{field} 주소 {value!r}이(가) 올바르지 않습니다: {reason} 스프레드시트나 템플릿에서 고치십시오.</translation>
    </message>
    <message>
        <source>{where}{field} contains a line break, which a header line cannot hold. Remove the line break from the cell or template (separate several addresses with ; instead).</source>
        <translation>{where}{field}에 줄 바꿈이 있는데, 머리글 줄에는 줄 바꿈을 넣을 수 없습니다. 셀이나 템플릿에서 줄 바꿈을 지우십시오 (여러 주소는 ;로 구분하십시오).</translation>
    </message>
    <message>
        <source>{where}{field} is empty. Fill in an address in the spreadsheet or template.</source>
        <translation>{where}{field}이(가) 비어 있습니다. 스프레드시트나 템플릿에 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>{where}{field} must hold exactly one address but holds {count}: {value!r}. Keep only one.</source>
        <translation>{where}{field}에는 주소가 하나만 있어야 하는데 {count}개가 있습니다: {value!r}. 하나만 남기십시오.</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot;: Mail Merge does not know the number format &quot;{format}&quot;, so its numbers show as they would in the General format; check them in the preview, or give the column a common format.</source>
        <translation>&quot;{column}&quot; 열: 메일 머지가 숫자 서식 &quot;{format}&quot;을(를) 알지 못해 숫자가 일반 서식으로 표시됩니다. 미리 보기에서 숫자를 확인하거나 열에 흔히 쓰는 서식을 지정하십시오.</translation>
    </message>
    <message>
        <source>Copies of {copied} sent messages were put in the Sent folder ({folder}).</source>
        <translation>보낸 메시지 {copied}통의 사본을 보낸 편지함({folder})에 넣었습니다.</translation>
    </message>
    <message>
        <source>Install and unlock GNOME Keyring (package gnome-keyring) or KWallet, log out and back in, then try again.</source>
        <translation>GNOME 키링(gnome-keyring 패키지)이나 KWallet을 설치하고 잠금을 해제한 후, 로그아웃했다가 다시 로그인하고 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>It contains characters an address cannot have, such as a space, a comma, quotes or a second @.</source>
        <translation>주소에 쓸 수 없는 문자(공백, 쉼표, 따옴표, 두 번째 @ 등)가 들어 있습니다.</translation>
    </message>
    <message>
        <source>It has a dot or a hyphen in a wrong place (at the start or end of a part, or two in a row).</source>
        <translation>점(.)이나 하이픈(-)이 잘못된 자리에 있습니다(앞이나 끝에 있거나 두 개가 연달아 있음).</translation>
    </message>
    <message>
        <source>It has a look-alike of the @ sign (for example a full-width ＠); type a plain @.</source>
        <translation>@ 대신 @와 비슷한 문자(예: 전각 ＠)가 들어 있습니다. 일반 @를 입력하십시오.</translation>
    </message>
    <message>
        <source>It has no @ sign; an address looks like name@example.com.</source>
        <translation>@ 기호가 없습니다. 주소는 name@example.com 같은 모양입니다.</translation>
    </message>
    <message>
        <source>It is longer than an email address can be.</source>
        <translation>이메일 주소로 쓸 수 있는 길이보다 깁니다.</translation>
    </message>
    <message>
        <source>Its angle brackets &lt; &gt; are not paired.</source>
        <translation>꺾쇠괄호 &lt; &gt;의 짝이 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Its domain is reserved for examples and tests; no mail can be delivered there.</source>
        <translation>도메인이 예시와 테스트용으로 예약되어 있어 메일을 전달할 수 없습니다.</translation>
    </message>
    <message>
        <source>No DKIM key is published at {name}, so receivers cannot verify that your mail was not changed on the way. Turn on DKIM signing in your provider&apos;s console and add the TXT (or CNAME) record it shows for {name}.</source>
        <translation>{name}에 DKIM 키가 게시되어 있지 않아, 받는 쪽에서 메일이 도중에 바뀌지 않았는지 확인할 수 없습니다. 서비스 제공업체 콘솔에서 DKIM 서명을 켜고, 콘솔이 보여 주는 TXT(또는 CNAME) 레코드를 {name}에 추가하십시오.</translation>
    </message>
    <message>
        <source>No copies will be kept in Sent: {problem}</source>
        <translation>보낸 편지함에 사본을 남기지 않습니다: {problem}</translation>
    </message>
    <message>
        <source>The DNS records of {domain} could not be checked ({why}). Sending works anyway; check the connection and run Check again to see whether SPF, DKIM and DMARC are set up.</source>
        <translation>{domain}의 DNS 레코드를 확인할 수 없었습니다({why}). 보내기는 그래도 됩니다. SPF, DKIM, DMARC가 설정되어 있는지 보려면 연결을 확인한 뒤 검사를 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not name your provider ({include}), so its mail may be marked as forged. Change the TXT record to: {fixed}</source>
        <translation>{domain}의 SPF 레코드에 서비스 제공업체({include})가 들어 있지 않아 메일이 위조된 것으로 표시될 수 있습니다. TXT 레코드를 다음으로 바꾸십시오: {fixed}</translation>
    </message>
    <message>
        <source>The link text {text!r} shows one address but leads to {target}; mail programs warn readers about this (it is how phishing looks). Make the text and the address match, or use words as the text.</source>
        <translation>링크 글자 {text!r}은(는) 한 주소를 보여 주지만 실제로는 {target}(으)로 연결됩니다. 피싱 메일이 이렇게 보이기 때문에 메일 프로그램이 받는 분에게 경고합니다. 글자와 주소를 일치시키거나 링크 글자를 일반 단어로 바꾸십시오.</translation>
    </message>
    <message>
        <source>The mailbox has no Sent folder (none is marked as Sent, and none has a usual name); create one named Sent in your mail program.</source>
        <translation>메일함에 보낸 편지함 폴더가 없습니다(보낸 편지함으로 표시된 폴더도, 흔히 쓰는 이름의 폴더도 없음). 메일 프로그램에서 Sent라는 폴더를 만드십시오.</translation>
    </message>
    <message>
        <source>The mailbox server could not be reached ({error}).</source>
        <translation>메일함 서버에 연결할 수 없었습니다({error}).</translation>
    </message>
    <message>
        <source>The mailbox server was too slow to take every copy in time.</source>
        <translation>메일함 서버가 느려 모든 사본을 제때 받지 못했습니다.</translation>
    </message>
    <message>
        <source>The message has no text at all. Write something in the message body: empty or picture-only mail is often treated as spam.</source>
        <translation>메시지에 글이 전혀 없습니다. 본문에 내용을 쓰십시오. 비어 있거나 그림만 있는 메일은 스팸으로 처리되는 경우가 많습니다.</translation>
    </message>
    <message>
        <source>The message shows {count} picture(s) from the internet, e.g. {url}; many mail programs hide them until the reader allows it. Put them inside the message: in the Message step right-click and choose &quot;Put the pictures from the internet inside the message&quot; (or insert a saved copy with Picture).</source>
        <translation>메시지가 인터넷에 있는 그림 {count}개를 보여 줍니다(예: {url}). 많은 메일 프로그램은 받는 분이 허용할 때까지 이런 그림을 숨깁니다. 그림을 메시지 안에 넣으십시오. 메시지 단계에서 마우스 오른쪽 버튼을 눌러 &quot;인터넷의 그림을 메시지 안에 넣기&quot;를 고르거나, 저장한 사본을 그림 기능으로 넣으십시오.</translation>
    </message>
    <message>
        <source>The message text is {size_kb} KB of HTML; Gmail cuts messages over about 100 KB and shows &quot;[Message clipped]&quot;. Shorten the text or remove pasted formatting.</source>
        <translation>메시지 본문이 HTML로 {size_kb}KB입니다. Gmail은 약 100KB가 넘는 메시지를 자르고 &quot;[Message clipped]&quot;라고 표시합니다. 글을 줄이거나 붙여 넣은 서식을 지우십시오.</translation>
    </message>
    <message>
        <source>The part after the @ sign is not a complete domain such as example.com.</source>
        <translation>@ 뒤의 부분이 example.com 같은 완전한 도메인이 아닙니다.</translation>
    </message>
    <message>
        <source>The sign-in for account {name!r} has expired or was withdrawn.</source>
        <translation>계정 {name!r}의 로그인이 만료되었거나 취소되었습니다.</translation>
    </message>
    <message>
        <source>The sign-in for account {name!r} is missing.</source>
        <translation>계정 {name!r}의 로그인 정보가 없습니다.</translation>
    </message>
    <message>
        <source>The subject {subject!r} is in capitals or has several exclamation marks; spam filters score that. Write it as a normal sentence.</source>
        <translation>제목 {subject!r}이(가) 대문자로만 되어 있거나 느낌표가 여러 개 있습니다. 스팸 필터가 이를 감점합니다. 보통 문장처럼 쓰십시오.</translation>
    </message>
    <message>
        <source>no rate limit, no daily limit</source>
        <translation>속도 제한 없음, 하루 한도 없음</translation>
    </message>
    <message>
        <source>no rate limit, {day:,} a day</source>
        <translation>속도 제한 없음, 하루 {day:,}통</translation>
    </message>
    <message>
        <source>{copied} copies were put in the Sent folder ({folder}); {left_out} were left out because the mailbox server was slower than sending. The messages themselves were sent.</source>
        <translation>사본 {copied}통을 보낸 편지함({folder})에 넣었고, 메일함 서버가 발송보다 느려 {left_out}통은 넣지 못했습니다. 메시지 자체는 모두 보냈습니다.</translation>
    </message>
    <message>
        <source>{copied} copies were put in the Sent folder, then copying stopped: {problem} The messages themselves were sent; only the copies in Sent are missing.</source>
        <translation>사본 {copied}통을 보낸 편지함에 넣은 뒤 복사가 멈췄습니다: {problem} 메시지 자체는 모두 보냈으며, 보낸 편지함의 사본만 빠져 있습니다.</translation>
    </message>
    <message>
        <source>{problem} Sending at the account&apos;s saved limits instead ({limits}); if they are too high, Amazon SES slows the run down or pauses it.</source>
        <translation>{problem} 대신 계정에 저장된 한도({limits})로 보냅니다. 한도가 너무 높으면 Amazon SES가 발송 속도를 늦추거나 잠시 멈춥니다.</translation>
    </message>
    <message>
        <source>{rate:g} a second, no daily limit</source>
        <translation>초당 {rate:g}통, 하루 한도 없음</translation>
    </message>
    <message>
        <source>{rate:g} a second, {day:,} a day</source>
        <translation>초당 {rate:g}통, 하루 {day:,}통</translation>
    </message>
    <message>
        <source>{remaining:,} of {limit:,} messages left in the provider&apos;s 24-hour quota.</source>
        <translation>서비스 제공업체의 24시간 한도 {limit:,}통 중 {remaining:,}통이 남았습니다.</translation>
    </message>
    <message>
        <source>{value!r} is not an email address, so the line was skipped: {reason}</source>
        <translation>{value!r}은(는) 이메일 주소가 아니므로 이 줄은 건너뛰었습니다: {reason}</translation>
    </message>
    <message>
        <source>{value!r} is not an email address: {reason} Check the spelling and try again; nothing was changed.</source>
        <translation>{value!r}은(는) 이메일 주소가 아닙니다: {reason} 철자를 확인한 후 다시 시도하십시오. 아무것도 바꾸지 않았습니다.</translation>
    </message>
    <message>
        <source>No secure password store is available (found: {backend}), so {not_done}. {hint}</source>
        <translation>안전한 비밀번호 저장소를 사용할 수 없어(발견된 저장소: {backend}) {not_done}. {hint}</translation>
    </message>
    <message>
        <source>No secure password store is available, so {not_done}. {hint}</source>
        <translation>안전한 비밀번호 저장소를 사용할 수 없어 {not_done}. {hint}</translation>
    </message>
    <message>
        <source>The system password store is locked, so {not_done}. Unlock it (for example by logging in to the desktop, or in &apos;Passwords and Keys&apos;) and try again.</source>
        <translation>시스템 비밀번호 저장소가 잠겨 있어 {not_done}. 잠금을 해제한 후(예: 데스크톱에 로그인하거나 &apos;비밀번호 및 키&apos;에서) 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The system password store refused the request, so {not_done} ({kind}). Make sure it is unlocked and try again.</source>
        <translation>시스템 비밀번호 저장소가 요청을 거부하여 {not_done} ({kind}). 잠금이 해제되어 있는지 확인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The template uses a field the spreadsheet has no column for: {described}. Fix the name in the template or rename the column.</source>
        <translation>템플릿이 스프레드시트에 열이 없는 필드를 사용합니다: {described}. 템플릿의 이름을 고치거나 열 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>The template uses {count} fields the spreadsheet has no column for: {described}. Fix the names in the template or rename the columns.</source>
        <translation>템플릿이 스프레드시트에 열이 없는 필드 {count}개를 사용합니다: {described}. 템플릿의 이름을 고치거나 열 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>The unsubscribe address {value!r} is not an email address: {reason} Write an address such as unsubscribe@example.com that you read, or leave it empty.</source>
        <translation>수신 거부 주소 {value!r}은(는) 이메일 주소가 아닙니다: {reason} 직접 확인하는 unsubscribe@example.com 같은 주소를 적거나 비워 두십시오.</translation>
    </message>
    <message>
        <source>There is no address between the angle brackets &lt; &gt;; fill in the address.</source>
        <translation>꺾쇠괄호 &lt; &gt; 사이에 주소가 없습니다. 주소를 입력하십시오.</translation>
    </message>
    <message>
        <source>There is nothing after the @ sign.</source>
        <translation>@ 뒤에 아무것도 없습니다.</translation>
    </message>
    <message>
        <source>There is nothing before the @ sign.</source>
        <translation>@ 앞에 아무것도 없습니다.</translation>
    </message>
    <message>
        <source>Unlock the macOS Keychain (open Keychain Access) and try again.</source>
        <translation>macOS 키체인의 잠금을 해제한 후(키체인 접근 앱 열기) 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>Windows Credential Manager should be available; sign in to Windows normally and try again.</source>
        <translation>Windows 자격 증명 관리자를 쓸 수 있어야 합니다. Windows에 평소처럼 로그인한 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>automatic answer (e.g. out of office)</source>
        <translation>자동 응답 (예: 부재 중)</translation>
    </message>
    <message>
        <source>bounced (address does not exist)</source>
        <translation>반송됨(주소가 없음)</translation>
    </message>
    <message>
        <source>marked it as spam</source>
        <translation>스팸으로 신고함</translation>
    </message>
    <message>
        <source>no answer from the DNS server in time</source>
        <translation>DNS 서버가 제때 응답하지 않음</translation>
    </message>
    <message>
        <source>not delivered for now</source>
        <translation>지금은 전달되지 않음</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>답장함</translation>
    </message>
    <message>
        <source>the DNS server refused to answer</source>
        <translation>DNS 서버가 응답을 거부함</translation>
    </message>
    <message>
        <source>the lookup failed: {error}</source>
        <translation>조회 실패: {error}</translation>
    </message>
    <message>
        <source>the password could not be deleted</source>
        <translation>비밀번호를 삭제할 수 없었습니다</translation>
    </message>
    <message>
        <source>the password could not be read</source>
        <translation>비밀번호를 읽을 수 없었습니다</translation>
    </message>
    <message>
        <source>the password could not be saved</source>
        <translation>비밀번호를 저장할 수 없었습니다</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>수신 거부함</translation>
    </message>
    <message>
        <source>{count} automatic answer</source>
        <translation>자동 응답 {count}건</translation>
    </message>
    <message>
        <source>{count} bounced</source>
        <translation>반송 {count}건</translation>
    </message>
    <message>
        <source>{count} marked it as spam</source>
        <translation>스팸 신고 {count}건</translation>
    </message>
    <message>
        <source>{count} not delivered for now</source>
        <translation>일시 미전달 {count}건</translation>
    </message>
    <message>
        <source>{count} picture(s) have no description (alt text); readers who do not load pictures, and screen readers, see nothing. Right-click the picture and choose Description.</source>
        <translation>그림 {count}개에 설명(대체 텍스트)이 없습니다. 그림을 불러오지 않는 분이나 화면 낭독기를 쓰는 분에게는 아무것도 보이지 않습니다. 그림을 마우스 오른쪽 버튼으로 누르고 설명을 고르십시오.</translation>
    </message>
    <message>
        <source>{count} replied</source>
        <translation>답장 {count}건</translation>
    </message>
    <message>
        <source>{count} unsubscribed</source>
        <translation>수신 거부 {count}건</translation>
    </message>
    <message>
        <source>{domain} has no DMARC policy; Gmail and Yahoo require one for bulk mail. Add this TXT record for _dmarc.{domain}: {wanted}</source>
        <translation>{domain}에 DMARC 정책이 없습니다. Gmail과 Yahoo는 대량 메일에 이 정책을 요구합니다. _dmarc.{domain}에 다음 TXT 레코드를 추가하십시오: {wanted}</translation>
    </message>
    <message>
        <source>{domain} has no SPF record, so receivers cannot tell that your provider may send its mail. Add this TXT record for {domain} at your domain&apos;s DNS host: {wanted}</source>
        <translation>{domain}에 SPF 레코드가 없어, 받는 쪽에서 서비스 제공업체가 이 도메인의 메일을 보내도 되는지 알 수 없습니다. 도메인의 DNS 관리 업체에서 {domain}에 다음 TXT 레코드를 추가하십시오: {wanted}</translation>
    </message>
    <message>
        <source>{domain} has {count} SPF records; receivers then ignore all of them. Merge them into one TXT record that starts with v=spf1.</source>
        <translation>{domain}에 SPF 레코드가 {count}개 있습니다. 이 경우 받는 쪽은 모두 무시합니다. v=spf1로 시작하는 TXT 레코드 하나로 합치십시오.</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text except line {lines}, which was read as {encoding}; check that row in the preview, or save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file}은(는) UTF-8 텍스트이지만 {lines}번째 줄만 {encoding}(으)로 읽었습니다. 미리 보기에서 그 행을 확인하거나 파일을 &quot;CSV UTF-8&quot;로 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text except lines {lines}, which were read as {encoding}; check those rows in the preview, or save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file}은(는) UTF-8 텍스트이지만 {lines}번째 줄은 {encoding}(으)로 읽었습니다. 미리 보기에서 그 행들을 확인하거나 파일을 &quot;CSV UTF-8&quot;로 다시 저장하십시오.</translation>
    </message>
    <message>
        <source>{lapsed} Sign in again (Accounts → Sign in, or `mailmerge account add {name} --preset ...`).</source>
        <translation>{lapsed} 다시 로그인하십시오(계정 → 로그인, 또는 `mailmerge account add {name} --preset ...`).</translation>
    </message>
    <message>
        <source>{name!r} (template line {line})</source>
        <translation>{name!r}(템플릿 {line}번째 줄)</translation>
    </message>
    <message>
        <source>{name!r} (template line {line}, the closest column is {close!r})</source>
        <translation>{name!r}(템플릿 {line}번째 줄, 가장 비슷한 열은 {close!r})</translation>
    </message>
    <message>
        <source>{where}the message would be about {size_mb:.1f} MB, more than the {limit_mb:.0f} MB most mail servers accept. Attach fewer or smaller files, or share a link instead.</source>
        <translation>{where}메시지 크기가 약 {size_mb:.1f}MB로, 대부분의 메일 서버가 받는 {limit_mb:.0f}MB를 넘습니다. 첨부 파일을 줄이거나 더 작은 파일을 첨부하거나, 링크로 공유하십시오.</translation>
    </message>
    <message>
        <source>{where}the name {name!r} shown in {field} looks like an address, but only {address} gets the message. Check the name column if that is not what you meant.</source>
        <translation>{where}{field}에 표시되는 이름 {name!r}이(가) 주소처럼 보이지만, 메시지는 {address}에게만 갑니다. 의도한 것이 아니라면 이름 열을 확인하십시오.</translation>
    </message>
    <message>
        <source>{where}the {column} cell holds {count} addresses ({addresses}); each of them gets the message. If only one is meant, keep only that one.</source>
        <translation>{where}{column} 셀에 주소가 {count}개 있으며({addresses}) 모두 메시지를 받습니다. 한 주소만 의도했다면 그 주소만 남기십시오.</translation>
    </message>
    <message>
        <source>{where}the {field} address {address} is on the suppression list ({why}); it is left out and the row still goes to the others.</source>
        <translation>{where}{field} 주소 {address}은(는) 발송 제외 목록에 있습니다({why}). 이 주소는 빠지고, 이 행의 메시지는 나머지 받는 분에게 그대로 갑니다.</translation>
    </message>
    <message>
        <source>{where}{address} is on the suppression list ({why}), so this row will be skipped. Remove it from the list only if you know it works again.</source>
        <translation>{where}{address}은(는) 발송 제외 목록에 있으므로({why}) 이 행은 건너뜁니다. 주소가 다시 쓰인다는 것을 알 때에만 목록에서 빼십시오.</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>확인(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>저장하지 않고 닫기</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>모두 선택</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>저장 안 함</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>예(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>아니요(&amp;N)</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>모두 선택</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>링크 주소 복사(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>다시 시도 예정</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>보내지 못함</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>건너뜀</translation>
    </message>
    <message>
        <source>Unknown – check</source>
        <translation>알 수 없음 – 확인 필요</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>받는 사람</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>RichEdit</name>
    <message>
        <source>Edit field or condition…</source>
        <translation>필드 또는 조건 편집…</translation>
    </message>
    <message>
        <source>Description (alt text)…</source>
        <translation>설명 (대체 텍스트)…</translation>
    </message>
    <message>
        <source>Add a row below</source>
        <translation>아래에 행 추가</translation>
    </message>
    <message>
        <source>Add a column to the right</source>
        <translation>오른쪽에 열 추가</translation>
    </message>
    <message>
        <source>Delete this row</source>
        <translation>이 행 삭제</translation>
    </message>
    <message>
        <source>Delete this column</source>
        <translation>이 열 삭제</translation>
    </message>
    <message>
        <source>Put the pictures from the internet inside the message</source>
        <translation>인터넷의 그림을 메시지 안에 넣기</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>열</translation>
    </message>
    <message>
        <source>Picture description</source>
        <translation>그림 설명</translation>
    </message>
    <message>
        <source>What the picture shows, for readers who cannot see it:</source>
        <translation>그림을 볼 수 없는 분을 위한 그림 설명:</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Save the campaign first (File → Save): a scheduled campaign is opened from its file when the time comes.</source>
        <translation>먼저 캠페인을 저장하십시오 (파일 → 저장). 예약된 캠페인은 시간이 되면 저장된 파일에서 열립니다.</translation>
    </message>
    <message>
        <source>Schedule the campaign</source>
        <translation>캠페인 예약</translation>
    </message>
    <message>
        <source>Send to all {n} people through “{account}” at:</source>
        <translation>“{account}” 계정으로 {n}명 모두에게 보낼 시각:</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a later one.</source>
        <translation>이미 지난 시각입니다. 더 늦은 시각을 선택하십시오.</translation>
    </message>
    <message>
        <source>Scheduled for {when}. Keep Mail Merge open until then; if it is closed, it offers the send when you start it again.</source>
        <translation>{when}에 예약했습니다. 그때까지 메일 머지를 열어 두십시오. 닫혀 있으면 다시 시작할 때 발송 여부를 묻습니다.</translation>
    </message>
    <message>
        <source>Send the scheduled campaign?</source>
        <translation>예약된 캠페인을 보내시겠습니까?</translation>
    </message>
    <message>
        <source>{file} was scheduled for {when}, while Mail Merge was closed, so it was not sent. Send it now?</source>
        <translation>{file}은(는) 메일 머지가 닫혀 있던 {when}에 예약되어 있어 보내지 않았습니다. 지금 보내시겠습니까?</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>지금 보내기</translation>
    </message>
    <message>
        <source>The schedule of {file} was cancelled; nothing was sent.</source>
        <translation>{file}의 예약을 취소했습니다. 아무것도 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>SendView</name>
    <message>
        <source>Send through</source>
        <translation>보낼 계정</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>테스트 주소</translation>
    </message>
    <message>
        <source>your own address</source>
        <translation>본인의 주소</translation>
    </message>
    <message>
        <source>Send test to myself (Ctrl+Enter)</source>
        <translation>나에게 테스트 보내기 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send to everyone…</source>
        <translation>모두에게 보내기…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <source>Retry not sent</source>
        <translation>보내지 못한 항목 다시 보내기</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>보고서 내보내기…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>예약…</translation>
    </message>
    <message>
        <source>Send to everyone at a later date and time</source>
        <translation>나중의 날짜와 시각에 모두에게 보내기</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>계정…</translation>
    </message>
    <message>
        <source>Open the account…</source>
        <translation>계정 열기…</translation>
    </message>
    <message>
        <source>Open outbox folder</source>
        <translation>보낼 편지함 폴더 열기</translation>
    </message>
    <message>
        <source>Send through:</source>
        <translation>보낼 계정:</translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation>테스트 받을 주소:</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>보냄</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>보내지 못함</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>남은 건수</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>초당</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Not sent only</source>
        <translation>보내지 못한 항목만</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. Each message is saved as an .eml file in this folder:
{folder}</source>
        <translation>이 컴퓨터 밖으로 아무것도 나가지 않습니다. 각 메시지는 이 폴더에 .eml 파일로 저장됩니다:
{folder}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
</context>
<context>
    <name>SendWorker</name>
    <message>
        <source>Sending stopped because of an unexpected problem: {error}

{details}</source>
        <translation>예기치 않은 문제로 보내기가 중지되었습니다: {error}

{details}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>컴퓨터와 같게 ({language})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Mail Merge will use the new language the next time it starts. Your campaign stays as it is.</source>
        <translation>다음에 메일 머지를 시작할 때 새 언어가 적용됩니다. 캠페인은 그대로 유지됩니다.</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature for {account}</source>
        <translation>{account}의 서명</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
    <message>
        <source>“Add signature” in the Message step puts this at the end of the message.</source>
        <translation>메시지 단계에서 “서명 추가”를 누르면 이 서명이 메시지 끝에 들어갑니다.</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>그림 삽입</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>그림 (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <source>The address does not exist (the receiving server said so).</source>
        <translation>존재하지 않는 주소입니다 (받는 서버의 응답).</translation>
    </message>
    <message>
        <source>Tencent Cloud blocks it for 14 days after mail to it was refused.</source>
        <translation>이 주소로 보낸 메일이 거부되어 Tencent Cloud가 14일 동안 차단합니다.</translation>
    </message>
    <message>
        <source>Blocked for a while (the provider refuses mail to it until the date shown).</source>
        <translation>일시 차단됨 (표시된 날짜까지 메일 서비스가 이 주소로 가는 메일을 거부합니다).</translation>
    </message>
    <message>
        <source>Mail to it bounced for good (the address does not exist or refuses mail).</source>
        <translation>이 주소로 보낸 메일이 영구 반송되었습니다 (주소가 없거나 메일을 거부함).</translation>
    </message>
    <message>
        <source>The person asked not to get mail.</source>
        <translation>수신을 거부한 분입니다.</translation>
    </message>
    <message>
        <source>The person marked a message as spam.</source>
        <translation>받는 분이 메시지를 스팸으로 신고했습니다.</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>직접 추가했습니다.</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>발송 제외 목록</translation>
    </message>
    <message>
        <source>Campaigns never send to these addresses. An address that bounced (does not exist) is added by itself. Add people who asked not to get mail; remove an address only when you know it works again.</source>
        <translation>이 주소로는 어떤 캠페인도 보내지 않습니다. 반송된(존재하지 않는) 주소는 자동으로 추가됩니다. 수신을 거부한 분을 추가하고, 주소가 다시 사용 가능하다고 확인된 경우에만 삭제하십시오.</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>추가일</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>만료일</translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation>발송 제외 주소</translation>
    </message>
    <message>
        <source>someone@example.com</source>
        <translation>someone@example.com</translation>
    </message>
    <message>
        <source>Address to add</source>
        <translation>추가할 주소</translation>
    </message>
    <message>
        <source>&amp;Add as unsubscribed</source>
        <translation>수신 거부로 추가(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>선택 항목 삭제(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: {reason} Nothing was added.</source>
        <translation>“{value}”은(는) 이메일 주소가 아닙니다: {reason} 아무것도 추가하지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n address(es) from {file}.</source>
        <translation>
            <numerusform>{file}에서 주소 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped; see above.</source>
        <translation>
            <numerusform>%n줄을 건너뛰었습니다. 위 내용을 참고하십시오.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n address(es) to {file}.</source>
        <translation>
            <numerusform>주소 %n개를 {file}에 저장했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import suppression list</source>
        <translation>발송 제외 목록 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV 파일 (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>발송 제외 목록 내보내기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>for good</source>
        <translation>영구</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>{line}번째 줄: {problem}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Mail Merge</source>
        <translation>메일 머지</translation>
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
        <translation>서버 이름, 포트, 보안 방식, 발송 한도는 메일 관리자에게 문의하십시오.</translation>
    </message>
    <message>
        <source>Built-in outbox (test, sends nothing)</source>
        <translation>내장 보낼 편지함 (연습용, 실제로 보내지 않음)</translation>
    </message>
    <message>
        <source>Daum / Kakao Mail</source>
        <translation>다음 / 카카오 메일</translation>
    </message>
    <message>
        <source>Every message is saved as an .eml file on this computer. Use it to try a run safely.</source>
        <translation>모든 메시지를 이 컴퓨터에 .eml 파일로 저장합니다. 발송을 안전하게 연습할 때 사용하십시오.</translation>
    </message>
    <message>
        <source>Gmail (personal)</source>
        <translation>Gmail (개인)</translation>
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
        <translation>네이버 메일</translation>
    </message>
    <message>
        <source>Other SMTP server</source>
        <translation>기타 SMTP 서버</translation>
    </message>
    <message>
        <source>Outlook.com / Hotmail</source>
        <translation>Outlook.com / Hotmail</translation>
    </message>
    <message>
        <source>Set an SMTP password for the sender address in the SES console. 20 mails a second, 500 a day for a new account, and at most 10 mails an hour to the same address.</source>
        <translation>SES 콘솔에서 보내는 주소의 SMTP 비밀번호를 설정하십시오. 새 계정은 초당 20통, 하루 500통이며, 같은 주소에는 시간당 최대 10통입니다.</translation>
    </message>
    <message>
        <source>Sign in with Google (OAuth2) or use an app password. Workspace allows 2,000 messages per user a day.</source>
        <translation>Google로 로그인(OAuth2)하거나 앱 비밀번호를 사용하십시오. Workspace는 사용자당 하루 2,000통까지 허용합니다.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (OAuth2). Password sign-in (SMTP AUTH basic) is switched off for existing tenants at the end of December 2026. Limits: 30 messages a minute, 10,000 recipients a day.</source>
        <translation>Microsoft로 로그인(OAuth2)하십시오. 기존 테넌트의 비밀번호 로그인(SMTP AUTH 기본 인증)은 2026년 12월 말에 종료됩니다. 한도: 분당 30통, 하루 받는 사람 10,000명.</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (OAuth2); Outlook.com no longer accepts plain passwords for SMTP. At most 1,000 new recipients a day (fewer on free or new accounts).</source>
        <translation>Microsoft로 로그인(OAuth2)하십시오. Outlook.com은 더 이상 SMTP에 일반 비밀번호를 받지 않습니다. 하루 최대 새 받는 사람 1,000명입니다 (무료 계정이나 새 계정은 더 적음).</translation>
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
        <translation>2단계 인증을 켜고 앱 비밀번호를 만든 후 여기에 비밀번호로 입력하십시오. Gmail은 하루 약 500명에게 보낼 수 있으며, 넘으면 최대 24시간 동안 발송이 막힙니다.</translation>
    </message>
    <message>
        <source>Turn on IMAP/SMTP in Daum Mail settings. With Kakao 2-step verification, use the app password it issues. At most 10,000 messages a day.</source>
        <translation>Daum 메일 설정에서 IMAP/SMTP를 켜십시오. 카카오 2단계 인증을 사용 중이면 발급된 앱 비밀번호를 사용하십시오. 하루 최대 10,000통입니다.</translation>
    </message>
    <message>
        <source>Turn on POP3/SMTP in Naver Mail settings first. With 2-step verification, use an application password. Naver publishes no daily limit; send in modest batches.</source>
        <translation>먼저 네이버 메일 설정에서 POP3/SMTP를 켜십시오. 2단계 인증을 사용 중이면 애플리케이션 비밀번호를 사용하십시오. 네이버는 하루 한도를 공개하지 않으므로 적당한 양씩 나누어 보내십시오.</translation>
    </message>
    <message>
        <source>Use the SES SMTP user name and password (not your AWS access key). Limits shown are the sandbox ones (200 a day, 1 a second); raise them on the account once AWS gives you production access.</source>
        <translation>SES SMTP 사용자 이름과 비밀번호를 사용하십시오 (AWS 액세스 키가 아닙니다). 표시된 한도는 샌드박스 한도(하루 200통, 초당 1통)이며, AWS에서 프로덕션 액세스를 받으면 계정에서 올리십시오.</translation>
    </message>
    <message>
        <source>Uses a SecretId and SecretKey. New accounts can only send approved templates. 20 requests a second, 500 mails a day for a new account, at most 10 an hour to one address.</source>
        <translation>SecretId와 SecretKey를 사용합니다. 새 계정은 승인된 템플릿만 보낼 수 있습니다. 새 계정은 초당 20건 요청, 하루 500통이며, 한 주소에 시간당 최대 10통입니다.</translation>
    </message>
    <message>
        <source>Uses an AWS access key ID and secret access key with permissions ses:SendEmail and ses:GetAccount. Each run reads the sending rate and daily quota from your SES account; the sandbox limits shown here are used only when they cannot be read.</source>
        <translation>ses:SendEmail과 ses:GetAccount 권한이 있는 AWS 액세스 키 ID와 보안 액세스 키를 사용합니다. 발송할 때마다 SES 계정에서 발송 속도와 하루 할당량을 읽으며, 읽을 수 없을 때만 여기 표시된 샌드박스 한도를 사용합니다.</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source> (closest column: “{column}”)</source>
        <translation> (가장 비슷한 열: “{column}”)</translation>
    </message>
    <message>
        <source>Nothing has been sent for this spreadsheet yet, so there is no record at {path}.</source>
        <translation>이 스프레드시트로 아직 보낸 것이 없어 {path}에 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Row {row} changed or moved in the spreadsheet since this send started, so it was not sent: it could be a different person now. Check the report before sending to it.</source>
        <translation>이번 발송이 시작된 후 스프레드시트에서 {row}행이 바뀌거나 옮겨져 보내지 않았습니다. 지금은 다른 사람일 수 있습니다. 보내기 전에 보고서를 확인하십시오.</translation>
    </message>
    <message>
        <source>Row {row}: the message uses the field “{field}” ({place}), but the spreadsheet has no such column. {closest}Fix the name in the message or rename the column.</source>
        <translation>{row}행: 메시지가 필드 “{field}”을(를) 사용하지만({place}) 스프레드시트에 그런 열이 없습니다. {closest}메시지의 이름을 고치거나 열 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>Send → Accounts…</source>
        <translation>보내기 → 계정…</translation>
    </message>
    <message>
        <source>Account “{name}” is not set up for sign-in. Click {fix}, enter the sign-in client ID, save, and sign in.</source>
        <translation>“{name}” 계정은 로그인 방식으로 설정되어 있지 않습니다. {fix}을(를) 누르고 로그인 클라이언트 ID를 입력하여 저장한 후 로그인하십시오.</translation>
    </message>
    <message>
        <source>Account “{name}” has no login name for its mailbox. Open it in {accounts} and fill in Login.</source>
        <translation>“{name}” 계정에 메일함 로그인 ID가 없습니다. {accounts}에서 계정을 열어 로그인 ID를 입력하십시오.</translation>
    </message>
    <message>
        <source>Account “{name}” has no mailbox server for reading replies. Open it in {accounts} and fill in Mailbox server (IMAP).</source>
        <translation>“{name}” 계정에 회신을 읽을 메일함 서버가 없습니다. {accounts}에서 계정을 열어 메일함 서버(IMAP)를 입력하십시오.</translation>
    </message>
    <message>
        <source>Account “{name}” needs a server name. Click {fix} and type it under Server (ask your mail administrator).</source>
        <translation>“{name}” 계정에 서버 이름이 필요합니다. {fix}을(를) 누르고 [서버]에 입력하십시오 (메일 관리자에게 문의하십시오).</translation>
    </message>
    <message>
        <source>Account “{name}” needs the SecretId, the region and a verified sender address. Click {fix} and fill them in.</source>
        <translation>“{name}” 계정에는 SecretId, 리전, 인증된 보내는 주소가 필요합니다. {fix}을(를) 누르고 입력하십시오.</translation>
    </message>
    <message>
        <source>Account “{name}” needs the access key ID and the region. Click {fix} and fill them in.</source>
        <translation>“{name}” 계정에는 액세스 키 ID와 리전이 필요합니다. {fix}을(를) 누르고 입력하십시오.</translation>
    </message>
    <message>
        <source>Account “{name}” signs in through the browser, which reading the mailbox does not support yet. Use an app password for the account instead ({accounts}).</source>
        <translation>“{name}” 계정은 브라우저로 로그인하는데, 메일함 읽기는 아직 이 방식을 지원하지 않습니다. 대신 이 계정에 앱 비밀번호를 사용하십시오 ({accounts}).</translation>
    </message>
    <message>
        <source>Mail Merge can&apos;t tell which text encoding {file} uses. Under “Encoding”, choose the one in which the names read correctly.</source>
        <translation>메일 머지가 {file}의 문자 인코딩을 알 수 없습니다. “인코딩”에서 이름이 올바르게 보이는 인코딩을 선택하십시오.</translation>
    </message>
    <message>
        <source>No password is saved for “{name}”. Click {fix}, type the password and save.</source>
        <translation>“{name}”에 저장된 비밀번호가 없습니다. {fix}을(를) 누르고 비밀번호를 입력한 후 저장하십시오.</translation>
    </message>
    <message>
        <source>Row {row} changed in the spreadsheet since this send started, so it was not sent: it could be a different person now. Check the report before sending to it.</source>
        <translation>이번 발송이 시작된 후 스프레드시트에서 {row}행이 바뀌어 보내지 않았습니다. 지금은 다른 사람일 수 있습니다. 보내기 전에 보고서를 확인하십시오.</translation>
    </message>
    <message>
        <source>Row {row} is no longer in the spreadsheet (it now has {count} rows), so it was not sent. Check the report before sending again.</source>
        <translation>{row}행이 더 이상 스프레드시트에 없어(현재 {count}행) 보내지 않았습니다. 다시 보내기 전에 보고서를 확인하십시오.</translation>
    </message>
    <message>
        <source>Row {row} was to be sent at {when}, more than {minutes} minutes ago, so it was not sent late. If it should still go, empty its send-at cell and send it again.</source>
        <translation>{row}행은 {when}에 보낼 예정이었는데 {minutes}분 넘게 지나서 늦게 보내지 않았습니다. 그래도 보내야 한다면 발송 시각 칸을 비우고 다시 보내십시오.</translation>
    </message>
    <message>
        <source>Sending stopped: the server asked to slow down {times} times in a row without accepting a message (its answer: {raw}). The rest stay waiting: press “Send to everyone” later.</source>
        <translation>보내기를 중지했습니다. 서버가 메시지를 받지 않고 {times}번 연속 속도를 줄이라고 요청했습니다 (응답: {raw}). 나머지는 대기 상태로 남습니다. 나중에 “모두에게 보내기”를 누르십시오.</translation>
    </message>
    <message>
        <source>Sending stopped: the server could not be reached in {attempts} tries in a row.{answer} Check the server name, the port and the internet connection. The rest stay waiting: press “Send to everyone” once the server answers again.</source>
        <translation>보내기를 중지했습니다. {attempts}번 연속 시도했지만 서버에 연결하지 못했습니다.{answer} 서버 이름, 포트, 인터넷 연결을 확인하십시오. 나머지는 대기 상태로 남습니다. 서버가 다시 응답하면 “모두에게 보내기”를 누르십시오.</translation>
    </message>
    <message>
        <source>Sending stopped: the server would not take messages in {attempts} tries in a row. {reason}{answer} The rest stay waiting: press “Send to everyone” later.</source>
        <translation>보내기를 중지했습니다. {attempts}번 연속으로 시도했지만 서버가 메시지를 받지 않았습니다. {reason}{answer} 나머지는 대기 상태로 남습니다. 나중에 “모두에게 보내기”를 누르십시오.</translation>
    </message>
    <message>
        <source>Sending was cancelled. Messages already on their way were finished; the rest stay waiting: press “Send to everyone” to send to them. Nobody gets a message twice.</source>
        <translation>보내기를 취소했습니다. 이미 보내고 있던 메시지는 마저 보냈고, 나머지는 대기 상태로 남습니다. “모두에게 보내기”를 누르면 보냅니다. 같은 메시지를 두 번 받는 분은 없습니다.</translation>
    </message>
    <message>
        <source>Several accounts are saved. Choose one under “Send through”.</source>
        <translation>저장된 계정이 여러 개입니다. “보낼 계정”에서 하나를 선택하십시오.</translation>
    </message>
    <message>
        <source>The app stopped while this message was being sent, so it may or may not have arrived. Check with the recipient, then use “Retry not sent” if it needs sending again.</source>
        <translation>이 메시지를 보내는 도중 프로그램이 멈추어 도착했는지 알 수 없습니다. 받는 분께 확인한 후, 다시 보내야 하면 “보내지 못한 항목 다시 보내기”를 사용하십시오.</translation>
    </message>
    <message>
        <source>The closest column is “{column}”. </source>
        <translation>가장 비슷한 열은 “{column}”입니다. </translation>
    </message>
    <message>
        <source>The disk holding the send record {path} is full, so sending stopped. Free some space, then press “Send to everyone” to go on: rows that were being sent at that moment are listed as unknown.</source>
        <translation>발송 기록 {path}이(가) 있는 디스크가 가득 차서 보내기를 중지했습니다. 공간을 확보한 후 “모두에게 보내기”를 눌러 계속하십시오. 그때 보내던 행은 ‘알 수 없음’으로 표시됩니다.</translation>
    </message>
    <message>
        <source>The message uses the Unsubscribe link, but no unsubscribe address or link is set, so it would be empty. Set one for the account in {accounts}, or type one under Unsubscribe in the Message step.</source>
        <translation>메시지가 수신 거부 링크를 사용하지만 수신 거부 주소나 링크가 설정되지 않아 비게 됩니다. {accounts}에서 계정에 설정하거나 메시지 단계의 수신 거부 칸에 입력하십시오.</translation>
    </message>
    <message>
        <source>The message uses the field {item}, but the spreadsheet has no such column. Fix the name in the message or rename the column.</source>
        <translation>메시지가 필드 {item}을(를) 사용하지만 스프레드시트에 그런 열이 없습니다. 메시지의 이름을 고치거나 열 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>The message uses {n} fields the spreadsheet has no column for: {items}. Fix the names in the message or rename the columns.</source>
        <translation>메시지가 스프레드시트에 열이 없는 필드 {n}개를 사용합니다: {items}. 메시지의 이름을 고치거나 열 이름을 바꾸십시오.</translation>
    </message>
    <message>
        <source>The send record {path} belongs to a different spreadsheet or message. Open the spreadsheet and message it was made for.</source>
        <translation>발송 기록 {path}은(는) 다른 스프레드시트나 메시지의 기록입니다. 이 기록에 맞는 스프레드시트와 메시지를 여십시오.</translation>
    </message>
    <message>
        <source>The send record {path} is damaged ({error}). Keep it for reference and check its report before sending again.</source>
        <translation>발송 기록 {path}이(가) 손상되었습니다 ({error}). 참고용으로 보관하고, 다시 보내기 전에 보고서를 확인하십시오.</translation>
    </message>
    <message>
        <source>The server refuses to pass mail on to other addresses (relay access denied), so no row can be sent through it. It probably needs a login (a saved account with its user name and password), or this is not your provider&apos;s sending server. Server&apos;s answer: {text}</source>
        <translation>서버가 다른 주소로 메일을 전달하지 않아(릴레이 거부) 이 서버로는 어떤 행도 보낼 수 없습니다. 로그인이 필요하거나(사용자 이름과 비밀번호를 저장한 계정), 서비스 제공업체의 발송 서버가 아닐 수 있습니다. 서버 응답: {text}</translation>
    </message>
    <message>
        <source>There is a mistake on {place}: {reason}. The line is: “{text}”. Check that every {{{{ has a matching }}}} and every {{% if %}} an {{% endif %}}.</source>
        <translation>{place}에 오류가 있습니다: {reason}. 해당 줄: “{text}”. 모든 {{{{에 짝이 되는 }}}}가 있고 모든 {{% if %}}에 {{% endif %}}가 있는지 확인하십시오.</translation>
    </message>
    <message>
        <source>There is no provider called “{key}”. Choose one of the providers listed in {accounts}.</source>
        <translation>“{key}”(이)라는 서비스가 없습니다. {accounts}에 나열된 서비스 중에서 선택하십시오.</translation>
    </message>
    <message>
        <source>There is no saved account called “{name}”. Choose another one under “Send through”, or add it in {accounts}.</source>
        <translation>“{name}”(이)라는 저장된 계정이 없습니다. “보낼 계정”에서 다른 계정을 선택하거나 {accounts}에서 추가하십시오.</translation>
    </message>
    <message>
        <source>This campaign goes to {count} people but offers no way to unsubscribe. Gmail and Yahoo expect bulk mail to have one and may file it as spam: set an unsubscribe address for the account in {accounts}, or type “none” under Unsubscribe in the Message step for mail people cannot opt out of.</source>
        <translation>이 캠페인은 {count}명에게 가지만 수신 거부 방법이 없습니다. Gmail과 Yahoo는 대량 메일에 수신 거부 방법을 요구하며 없으면 스팸으로 분류할 수 있습니다. {accounts}에서 계정에 수신 거부 주소를 설정하거나, 수신 거부할 수 없는 메일이면 메시지 단계의 수신 거부 칸에 “none”을 입력하십시오.</translation>
    </message>
    <message>
        <source>line {line} of the message</source>
        <translation>메시지 {line}번째 줄</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>the {header} line</source>
        <translation>{header} 줄</translation>
    </message>
    <message>
        <source>{described}</source>
        <translation>{described}</translation>
    </message>
    <message>
        <source>“Open the account…”</source>
        <translation>[계정 열기…]</translation>
    </message>
    <message>
        <source>“{field}” on {place}</source>
        <translation>{place}의 “{field}”</translation>
    </message>
    <message>
        <source>{lapsed} Click “Sign in” in {accounts} to sign in again.</source>
        <translation>{lapsed} {accounts}에서 “로그인”을 눌러 다시 로그인하십시오.</translation>
    </message>
</context>
</TS>
