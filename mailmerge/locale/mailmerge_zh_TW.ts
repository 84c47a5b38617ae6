<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mail Merge</source>
        <translation>關於郵件合併</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mail Merge {version}&lt;/h2&gt;&lt;p&gt;Send one message to everyone on a spreadsheet, each copy personalised, safely.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;郵件合併 {version}&lt;/h2&gt;&lt;p&gt;把一封郵件安全地發給試算表中的每個人，每份都按收件者個性化。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>庫</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>許可證</translation>
    </message>
    <message>
        <source>Mail Merge is built with these libraries, each under its own licence:</source>
        <translation>郵件合併使用了以下庫，各自遵循其許可證：</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Add account</source>
        <translation>新增帳戶</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>編輯帳戶</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常為 587 埠）</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>全程 TLS（通常為 465 埠）</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>無（僅限本地中繼）</translation>
    </message>
    <message>
        <source>This server needs no login</source>
        <translation>此伺服器無需登入</translation>
    </message>
    <message>
        <source>For an office relay that accepts mail from this computer without a login name or password.</source>
        <translation>適用於無需登入名和密碼即可接收本機郵件的辦公室中繼伺服器。</translation>
    </message>
    <message>
        <source>Office &lt;office@example.com&gt;</source>
        <translation>辦公室 &lt;office@example.com&gt;</translation>
    </message>
    <message>
        <source>The OAuth client ID your administrator registered</source>
        <translation>管理員註冊的 OAuth 客戶端 ID</translation>
    </message>
    <message>
        <source>Google only: the client secret that came with the ID</source>
        <translation>僅限 Google：與該 ID 一起提供的客戶端金鑰</translation>
    </message>
    <message>
        <source>unsubscribe@example.com (people write here to leave)</source>
        <translation>unsubscribe@example.com（收件者寫信到這裡退訂）</translation>
    </message>
    <message>
        <source>Optional: https://example.com/unsubscribe (one click)</source>
        <translation>可選：https://example.com/unsubscribe（一鍵退訂）</translation>
    </message>
    <message>
        <source>Optional: the selector your provider shows for DKIM</source>
        <translation>可選：服務商為 DKIM 顯示的選擇器</translation>
    </message>
    <message>
        <source>Optional: imap.example.com, to check bounces and replies</source>
        <translation>可選：imap.example.com，用於檢視退信和回覆</translation>
    </message>
    <message>
        <source>Keep a copy of each sent message in the Sent folder</source>
        <translation>在「已傳送」資料夾中保留每封郵件的副本</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>帳戶名稱</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服務商</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>伺服器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>埠</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登入名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>From</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <source>Sign-in client ID</source>
        <translation>登入客戶端 ID</translation>
    </message>
    <message>
        <source>Sign-in client secret</source>
        <translation>登入客戶端金鑰</translation>
    </message>
    <message>
        <source>Unsubscribe address</source>
        <translation>退訂地址</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>退訂連結</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>DKIM 選擇器</translation>
    </message>
    <message>
        <source>Mailbox server (IMAP)</source>
        <translation>郵箱伺服器（IMAP）</translation>
    </message>
    <message>
        <source>Not shown once saved</source>
        <translation>儲存後不再顯示</translation>
    </message>
    <message>
        <source>{notes}
Limits: {limits}.</source>
        <translation>{notes}
傳送限制：{limits}。</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>訪問金鑰 ID</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>私有訪問金鑰</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>App password (optional)</source>
        <translation>應用專用密碼（可選）</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>正在檢查系統金鑰環…</translation>
    </message>
    <message>
        <source>Stored in the system keyring (type a new one to replace it)</source>
        <translation>已儲存在系統金鑰環中（輸入新密碼即可替換）</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>尚未儲存</translation>
    </message>
    <message>
        <source>Type the login name that goes with the password, or tick “This server needs no login”.</source>
        <translation>請填寫與密碼對應的登入名，或勾選「此伺服器無需登入」。</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>{n} a second</source>
        <translation>每秒 {n} 封</translation>
    </message>
    <message>
        <source>{n} a minute</source>
        <translation>每分鐘 {n} 封</translation>
    </message>
    <message>
        <source>{n} an hour</source>
        <translation>每小時 {n} 封</translation>
    </message>
    <message>
        <source>{n} a day</source>
        <translation>每天 {n} 封</translation>
    </message>
    <message>
        <source>{n} an hour per domain</source>
        <translation>每個域名每小時 {n} 封</translation>
    </message>
    <message>
        <source>{n} an hour to one address</source>
        <translation>同一地址每小時 {n} 封</translation>
    </message>
    <message>
        <source>“Edit…”</source>
        <translation>「編輯…」</translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation>1 個連線</translation>
    </message>
    <message>
        <source>{n} connections</source>
        <translation>{n} 個連線</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>帳戶</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>已儲存的帳戶</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編輯…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>測試連線</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Signature…</source>
        <translation>簽名…</translation>
    </message>
    <message>
        <source>No accounts yet. Choose Add… to send through your office&apos;s email server or an email service. Until then, the built-in outbox keeps every message on this computer.</source>
        <translation>還沒有帳戶。要透過公司的郵件伺服器或郵件服務寄出，請按「新增…」。在此之前，內建寄件匣會把每封郵件都保存在本機上。</translation>
    </message>
    <message>
        <source>Sign in with {provider}</source>
        <translation>使用 {provider} 登入</translation>
    </message>
    <message>
        <source>Saved {account}.</source>
        <translation>已儲存 {account}。</translation>
    </message>
    <message>
        <source>Click “Sign in with {provider}” to finish.</source>
        <translation>請點選「使用 {provider} 登入」完成設定。</translation>
    </message>
    <message>
        <source>Saved the signature of “{name}”.</source>
        <translation>已儲存「{name}」的簽名。</translation>
    </message>
    <message>
        <source>Delete the account “{name}” and the password saved for it in the system keyring? Campaigns already sent keep their journals.</source>
        <translation>要刪除帳戶「{name}」及其儲存在系統金鑰環中的密碼嗎？已傳送的活動會保留傳送記錄。</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>刪除帳戶</translation>
    </message>
    <message>
        <source>Deleted “{name}” and its saved password.</source>
        <translation>已刪除「{name}」及其儲存的密碼。</translation>
    </message>
    <message>
        <source>Testing {name}…</source>
        <translation>正在測試 {name}…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>連線正常。</translation>
    </message>
    <message>
        <source>The connection failed:</source>
        <translation>連線失敗：</translation>
    </message>
    <message>
        <source>The account cannot send yet:</source>
        <translation>該帳戶暫時無法傳送：</translation>
    </message>
    <message>
        <source>The account works; read the warnings:</source>
        <translation>帳戶可用，請檢視以下警告：</translation>
    </message>
    <message>
        <source>The account works.</source>
        <translation>帳戶可用。</translation>
    </message>
    <message>
        <source>{mark} {stage}: {detail}</source>
        <translation>{mark} {stage}：{detail}</translation>
    </message>
    <message>
        <source>“{name}” has no sign-in client ID yet. Click Edit…, enter the client ID your administrator registered for Mail Merge, save, and sign in again.</source>
        <translation>「{name}」還沒有登入客戶端 ID。請點選「編輯…」，輸入管理員為郵件合併註冊的客戶端 ID，儲存後重新登入。</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>請在瀏覽器中完成登入…</translation>
    </message>
    <message>
        <source>Signed in: “{name}” can send now.</source>
        <translation>已登入：「{name}」現在可以傳送了。</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>&amp;Check all rows (F5)</source>
        <translation>檢查所有列(&amp;C) (F5)</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未檢查。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <source>Double-click a line (or press Enter) to go to the row it is about.</source>
        <translation>雙擊某一條（或按 Enter 鍵）可跳轉到相應的列。</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在檢查每一列…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) must be fixed before sending.</source>
        <translation>
            <numerusform>傳送前必須修正 %Ln 個問題。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to send. Have a look at the warnings below.</source>
        <translation>可以傳送了。請看一下下面的警告。</translation>
    </message>
    <message>
        <source>Every row is ready to send.</source>
        <translation>所有列都可以傳送了。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 個警告</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>無法進行檢查。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Checked {n} row</source>
        <translation>已檢查 {n} 列</translation>
    </message>
    <message>
        <source>Checked {n} rows</source>
        <translation>已檢查 {n} 列</translation>
    </message>
    <message>
        <source>Dry run: {built} built ({size:.1f} MB), {failed} could not be built; nothing sent.</source>
        <translation>試執行：已產生 {built}（{size:.1f} MB），{failed} 無法產生；未傳送任何郵件。</translation>
    </message>
    <message>
        <source>Every message carries: {files}</source>
        <translation>每封郵件都附有：{files}</translation>
    </message>
    <message>
        <source>Finished: {sent} sent, {failed} failed or unknown, of {n} row.</source>
        <translation>已完成：共 {n} 列，已寄出 {sent} 封，{failed} 封失敗或狀態不明。</translation>
    </message>
    <message>
        <source>Finished: {sent} sent, {failed} failed or unknown, of {n} rows.</source>
        <translation>已完成：共 {n} 列，已寄出 {sent} 封，{failed} 封失敗或狀態不明。</translation>
    </message>
    <message>
        <source>Imported {n} address from {file}</source>
        <translation>已從 {file} 匯入 {n} 個地址</translation>
    </message>
    <message>
        <source>Imported {n} addresses from {file}</source>
        <translation>已從 {file} 匯入 {n} 個地址</translation>
    </message>
    <message>
        <source>Left out of this send: {parts}.</source>
        <translation>本次傳送不包括：{parts}。</translation>
    </message>
    <message>
        <source>No accounts saved; `send` uses the built-in outbox. Add one with `mailmerge account add`.</source>
        <translation>沒有儲存的帳戶；`send` 會使用內建寄件匣。請用 `mailmerge account add` 新增一個。</translation>
    </message>
    <message>
        <source>No password saved for {name!r}: pipe it in with --password-stdin to save it in the system keyring.</source>
        <translation>沒有為「{name}」儲存密碼：要把它存到系統金鑰環，請透過 --password-stdin 傳入。</translation>
    </message>
    <message>
        <source>Nothing to send: every row of this campaign has been handled (see `mailmerge report`).</source>
        <translation>沒有要傳送的郵件：這次活動的每一列都已處理（見 `mailmerge report`）。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未傳送任何郵件。</translation>
    </message>
    <message>
        <source>Opening your browser to sign in…</source>
        <translation>正在開啟瀏覽器以登入…</translation>
    </message>
    <message>
        <source>Outbox listening on {host}:{port}, saving to {folder}</source>
        <translation>寄件匣正在 {host}:{port} 等待，郵件儲存到 {folder}</translation>
    </message>
    <message>
        <source>Outbox stopped. {n} message is in {folder}.</source>
        <translation>寄件匣已停止。{folder} 中有 {n} 封郵件。</translation>
    </message>
    <message>
        <source>Outbox stopped. {n} messages are in {folder}.</source>
        <translation>寄件匣已停止。{folder} 中有 {n} 封郵件。</translation>
    </message>
    <message>
        <source>Password (not shown): </source>
        <translation>密碼（不顯示）：</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Read {n} message since {since}</source>
        <translation>已讀取 {since} 以來的 {n} 封郵件</translation>
    </message>
    <message>
        <source>Read {n} messages since {since}</source>
        <translation>已讀取 {since} 以來的 {n} 封郵件</translation>
    </message>
    <message>
        <source>Removed account {name!r} and its saved password.</source>
        <translation>已刪除帳戶「{name}」及其儲存的密碼。</translation>
    </message>
    <message>
        <source>Report of {n} row written to {file}</source>
        <translation>已將 {n} 列的報告寫入 {file}</translation>
    </message>
    <message>
        <source>Report of {n} rows written to {file}</source>
        <translation>已將 {n} 列的報告寫入 {file}</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>伺服器支援時使用 STARTTLS</translation>
    </message>
    <message>
        <source>Saved {account}</source>
        <translation>已儲存：{account}</translation>
    </message>
    <message>
        <source>Send {n} message via {account}? [y/N] </source>
        <translation>要透過 {account} 傳送 {n} 封郵件嗎？[y/N] </translation>
    </message>
    <message>
        <source>Send {n} messages via {account}? [y/N] </source>
        <translation>要透過 {account} 傳送 {n} 封郵件嗎？[y/N] </translation>
    </message>
    <message>
        <source>Sending {n} message via {account}; journal: {path}</source>
        <translation>正在透過 {account} 傳送 {n} 封郵件；傳送記錄：{path}</translation>
    </message>
    <message>
        <source>Sending {n} messages via {account}; journal: {path}</source>
        <translation>正在透過 {account} 傳送 {n} 封郵件；傳送記錄：{path}</translation>
    </message>
    <message>
        <source>Stopping after the messages in flight (Ctrl-C again to quit now)...</source>
        <translation>傳送中的郵件完成後停止（再按一次 Ctrl-C 立即結束）...</translation>
    </message>
    <message>
        <source>The suppression list is empty: no address is held back.</source>
        <translation>禁發名單是空的：沒有被擋下的地址。</translation>
    </message>
    <message>
        <source>Waiting until {when} to send (leave this window open; Ctrl+C cancels).</source>
        <translation>等到 {when} 再傳送（請保持此視窗開啟；按 Ctrl+C 取消）。</translation>
    </message>
    <message>
        <source>Wrote row {row} to {file} ({size} bytes).</source>
        <translation>已將第 {row} 列寫入 {file}（{size} 位元組）。</translation>
    </message>
    <message>
        <source>Wrote {n} address to {file}.</source>
        <translation>已將 {n} 個地址寫入 {file}。</translation>
    </message>
    <message>
        <source>Wrote {n} addresses to {file}.</source>
        <translation>已將 {n} 個地址寫入 {file}。</translation>
    </message>
    <message>
        <source>column {column}: {sentence}</source>
        <translation>{column} 欄：{sentence}</translation>
    </message>
    <message>
        <source>mailmerge: interrupted; run the same command with --resume to continue.</source>
        <translation>mailmerge：已中斷；要繼續，請加上 --resume 再執行同一個指令。</translation>
    </message>
    <message>
        <source>mailmerge: nothing was sent: {n} problem must be fixed first (see above, or run `mailmerge check` for warnings too).</source>
        <translation>mailmerge：未傳送任何郵件：必須先解決 {n} 個問題（見上文；要同時查看警告，請執行 `mailmerge check`）。</translation>
    </message>
    <message>
        <source>mailmerge: nothing was sent: {n} problems must be fixed first (see above, or run `mailmerge check` for warnings too).</source>
        <translation>mailmerge：未傳送任何郵件：必須先解決 {n} 個問題（見上文；要同時查看警告，請執行 `mailmerge check`）。</translation>
    </message>
    <message>
        <source>mailmerge: nothing was sent: {problems} must be fixed first (see above, or run `mailmerge check` for warnings too), or add --skip-invalid to send the other {others} and leave these {invalid} out.</source>
        <translation>mailmerge：未傳送任何郵件：必須先解決 {problems}（見上文；要同時查看警告，請執行 `mailmerge check`），或加上 --skip-invalid，略過這 {invalid} 列，傳送其餘 {others}。</translation>
    </message>
    <message>
        <source>mailmerge: row {rows} changed in the spreadsheet after the message was sent, so it is not sent again. If the person needs the corrected message, send that row with a new journal (--journal).</source>
        <translation>mailmerge：第 {rows} 列在郵件寄出後在試算表中被修改，因此不會再次傳送。如果對方需要更正後的郵件，請用新的傳送記錄檔（--journal）傳送該列。</translation>
    </message>
    <message>
        <source>mailmerge: row {row} is not in this campaign; it is not sent.</source>
        <translation>mailmerge：第 {row} 列不在這次活動中；不會傳送。</translation>
    </message>
    <message>
        <source>mailmerge: row {row} is {status}, not failed or unknown; it is not sent again.</source>
        <translation>mailmerge：第 {row} 列的狀態是 {status}，不是失敗或未知；不會再次傳送。</translation>
    </message>
    <message>
        <source>mailmerge: row {row} was sent already; it is not sent again.</source>
        <translation>mailmerge：第 {row} 列已經傳送過；不會再次傳送。</translation>
    </message>
    <message>
        <source>mailmerge: rows {rows} changed in the spreadsheet after the message was sent, so they are not sent again. If someone needs the corrected message, send those rows with a new journal (--journal).</source>
        <translation>mailmerge：第 {rows} 列在郵件寄出後在試算表中被修改，因此不會再次傳送。如果有人需要更正後的郵件，請用新的傳送記錄檔（--journal）傳送這些列。</translation>
    </message>
    <message>
        <source>mailmerge: warning: --insecure: the server&apos;s certificate is not checked, so another computer could pretend to be the server and read the messages and the password.</source>
        <translation>mailmerge：警告：--insecure：不檢查伺服器憑證，其他電腦可能冒充伺服器並讀取郵件和密碼。</translation>
    </message>
    <message>
        <source>mailmerge: warning: --security none: the password is sent unencrypted; use this only for a relay you trust on your own network.</source>
        <translation>mailmerge：警告：--security none：密碼會以未加密的方式傳送；只在您信任的本地網路中繼伺服器上使用。</translation>
    </message>
    <message>
        <source>mailmerge: warning: {count:,} messages to send but only {left:,} left in the provider&apos;s 24-hour quota: the run pauses when the quota is used up and continues by itself when there is room again (up to 24 hours later). Leave it running, or stop it and continue later with --resume.</source>
        <translation>mailmerge：警告：要傳送 {count:,} 封郵件，但服務商 24 小時配額只剩 {left:,} 封：配額用完時傳送會暫停，有餘量時（最多 24 小時後）會自動繼續。可以讓它繼續執行，或先停止，之後用 --resume 繼續。</translation>
    </message>
    <message>
        <source>mailmerge: warning: {warning}</source>
        <translation>mailmerge：警告：{warning}</translation>
    </message>
    <message>
        <source>mailmerge: {address} is not on the suppression list.</source>
        <translation>mailmerge：{address} 不在禁發名單中。</translation>
    </message>
    <message>
        <source>mailmerge: {file}: Line {line}: {sentence}</source>
        <translation>mailmerge：{file}：第 {line} 行：{sentence}</translation>
    </message>
    <message>
        <source>mailmerge: {n} row was being sent when the last run stopped; it is marked unknown and will not be sent again (see the report; --retry-failed --rows to resend).</source>
        <translation>mailmerge：上次傳送中斷時有 {n} 列正在傳送；它已標為「未知」，不會再次傳送（見報告；要重新傳送請用 --retry-failed --rows）。</translation>
    </message>
    <message>
        <source>mailmerge: {n} rows were being sent when the last run stopped; they are marked unknown and will not be sent again (see the report; --retry-failed --rows to resend).</source>
        <translation>mailmerge：上次傳送中斷時有 {n} 列正在傳送；它們已標為「未知」，不會再次傳送（見報告；要重新傳送請用 --retry-failed --rows）。</translation>
    </message>
    <message>
        <source>nothing about this run</source>
        <translation>沒有與這次傳送有關的郵件</translation>
    </message>
    <message>
        <source>only the newest messages were read: use --since to look at a shorter time</source>
        <translation>只讀取了最新的郵件：請用 --since 查看較短的時間範圍</translation>
    </message>
    <message>
        <source>regions: {regions}</source>
        <translation>區域：{regions}</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {sentence}</source>
        <translation>第 {row} 列，{column} 欄：{sentence}</translation>
    </message>
    <message>
        <source>row {row}, {address}: {what}</source>
        <translation>第 {row} 列，{address}：{what}</translation>
    </message>
    <message>
        <source>row {row}: {sentence}</source>
        <translation>第 {row} 列：{sentence}</translation>
    </message>
    <message>
        <source>warning: {sentence}</source>
        <translation>警告：{sentence}</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>{address}  since {added}, for good: {why}</source>
        <translation>{address}  自 {added} 起，永久：{why}</translation>
    </message>
    <message>
        <source>{address}  since {added}, until {expires}: {why}</source>
        <translation>{address}  自 {added} 起，至 {expires}：{why}</translation>
    </message>
    <message>
        <source>{address} is on the suppression list now: no campaign sends to it.</source>
        <translation>{address} 已加入禁發名單：任何活動都不會再寄給它。</translation>
    </message>
    <message>
        <source>{address} was removed from the suppression list: campaigns send to it again.</source>
        <translation>{address} 已從禁發名單中移除：活動會再次寄給它。</translation>
    </message>
    <message>
        <source>{address}: {what}</source>
        <translation>{address}：{what}</translation>
    </message>
    <message>
        <source>{counts}; fix the errors above, then check again.</source>
        <translation>{counts}。請先修正上面的錯誤，然後再檢查一次。</translation>
    </message>
    <message>
        <source>{counts}; ready to send.</source>
        <translation>{counts}。可以傳送了。</translation>
    </message>
    <message>
        <source>{count} about our mail but without a row to tie them to</source>
        <translation>{count} 封與我們的郵件有關，但對不上任何一列</translation>
    </message>
    <message>
        <source>{count} could not be read as messages</source>
        <translation>{count} 封無法作為郵件讀取</translation>
    </message>
    <message>
        <source>{done}/{total} done: {sent} sent, {failed} failed ({rate:.1f}/s)</source>
        <translation>{done}/{total} 已完成：已傳送 {sent}，失敗 {failed}（每秒 {rate:.1f} 封）</translation>
    </message>
    <message>
        <source>{done}/{total} done: {sent} sent, {failed} failed ({rate:.1f}/s, about {eta:.0f} s left)</source>
        <translation>{done}/{total} 已完成：已傳送 {sent}，失敗 {failed}（每秒 {rate:.1f} 封，約剩 {eta:.0f} 秒）</translation>
    </message>
    <message>
        <source>{found} ({extra})</source>
        <translation>{found}（{extra}）</translation>
    </message>
    <message>
        <source>{imported}.</source>
        <translation>{imported}。</translation>
    </message>
    <message>
        <source>{imported}; {skipped} skipped (see above).</source>
        <translation>{imported}；略過了 {skipped} 個（見上文）。</translation>
    </message>
    <message>
        <source>{mark} {stage}: {detail}</source>
        <translation>{mark} {stage}：{detail}</translation>
    </message>
    <message>
        <source>{n} already got another version (--only-new)</source>
        <translation>{n} 列已收到另一個版本（--only-new）</translation>
    </message>
    <message>
        <source>{n} already sent in this run</source>
        <translation>{n} 列在本次傳送中已寄出</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} 個錯誤</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} 個錯誤</translation>
    </message>
    <message>
        <source>{n} failed before (--retry-failed to try again)</source>
        <translation>{n} 列之前傳送失敗（用 --retry-failed 重試）</translation>
    </message>
    <message>
        <source>{n} has errors (--skip-invalid)</source>
        <translation>{n} 列有錯誤（--skip-invalid）</translation>
    </message>
    <message>
        <source>{n} have errors (--skip-invalid)</source>
        <translation>{n} 列有錯誤（--skip-invalid）</translation>
    </message>
    <message>
        <source>{n} left out by you</source>
        <translation>{n} 列被您排除</translation>
    </message>
    <message>
        <source>{n} may have arrived (unknown; --retry-failed --rows to resend)</source>
        <translation>{n} 列可能已送達（無法確認；用 --retry-failed --rows 重新寄送）</translation>
    </message>
    <message>
        <source>{n} message</source>
        <translation>{n} 封郵件</translation>
    </message>
    <message>
        <source>{n} messages</source>
        <translation>{n} 封郵件</translation>
    </message>
    <message>
        <source>{n} no longer in the spreadsheet</source>
        <translation>{n} 列已不在試算表中</translation>
    </message>
    <message>
        <source>{n} on the suppression list</source>
        <translation>{n} 列在禁發名單中</translation>
    </message>
    <message>
        <source>{n} problem</source>
        <translation>{n} 個問題</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>{n} 個問題</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} 列</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} 列</translation>
    </message>
    <message>
        <source>{n} same address as an earlier row (--per-row sends each row)</source>
        <translation>{n} 列與前面某列地址相同（用 --per-row 按每列寄送）</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} 個警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} 個警告</translation>
    </message>
    <message>
        <source>{read}: {found}. {added} added to the suppression list.</source>
        <translation>{read}：{found}。{added} 個地址已加入禁發名單。</translation>
    </message>
    <message>
        <source>{rows} and {more} more</source>
        <translation>{rows} 等另外 {more} 列</translation>
    </message>
    <message>
        <source>{rows}: {errors}, {warnings}</source>
        <translation>{rows}：{errors}，{warnings}</translation>
    </message>
    <message>
        <source>{server} as {user}</source>
        <translation>{server}，使用者 {user}</translation>
    </message>
    <message>
        <source>{what} - now on the suppression list</source>
        <translation>{what} - 已加入禁發名單</translation>
    </message>
    <message>
        <source>{where}; sign-in: {auth}; limits: {limits}</source>
        <translation>{where}；登入方式：{auth}；限額：{limits}</translation>
    </message>
</context>
<context>
    <name>ConfirmSend</name>
    <message>
        <source>Every message carries these files:</source>
        <translation>每封郵件都附帶以下檔案：</translation>
    </message>
    <message>
        <source>Leave out the {n} row with errors and send to the others</source>
        <translation>排除有錯誤的 {n} 列，發給其他人</translation>
    </message>
    <message>
        <source>Leave out the {n} rows with errors and send to the others</source>
        <translation>排除有錯誤的 {n} 列，發給其他人</translation>
    </message>
    <message>
        <source>Left out of this send by you in the Contacts step.</source>
        <translation>您已在「聯絡人」步驟中將其排除在本次寄送之外。</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>排除：</translation>
    </message>
    <message>
        <source>Not sent because of a problem in the row (see Check): {problem}</source>
        <translation>由於該列有問題而未寄送（見「檢查」步驟）：{problem}</translation>
    </message>
    <message>
        <source>Same address as row {row}, which gets the message.</source>
        <translation>與第 {row} 列的地址相同，郵件將寄給那一列。</translation>
    </message>
    <message>
        <source>Send again to {n} row through “{account}”.</source>
        <translation>透過「{account}」向 {n} 列重新傳送。</translation>
    </message>
    <message>
        <source>Send again to {n} rows through “{account}”.</source>
        <translation>透過「{account}」向 {n} 列重新傳送。</translation>
    </message>
    <message>
        <source>Send {n} message</source>
        <translation>傳送 {n} 封郵件</translation>
    </message>
    <message>
        <source>Send {n} message through “{account}”.</source>
        <translation>透過「{account}」傳送 {n} 封郵件。</translation>
    </message>
    <message>
        <source>Send {n} messages</source>
        <translation>傳送 {n} 封郵件</translation>
    </message>
    <message>
        <source>Send {n} messages through “{account}”.</source>
        <translation>透過「{account}」傳送 {n} 封郵件。</translation>
    </message>
    <message>
        <source>This is a trial: the messages go to the outbox folder on this computer and nobody receives them.</source>
        <translation>這是試寄：郵件會進入本機的寄件匣資料夾，不會有人收到。</translation>
    </message>
    <message>
        <source>{address} already got another version of this message through {account}.</source>
        <translation>{address} 已經透過 {account} 收到過這封郵件的另一個版本。</translation>
    </message>
    <message>
        <source>{address} is on the suppression list ({why}).</source>
        <translation>{address} 在禁發名單中（{why}）。</translation>
    </message>
    <message>
        <source>{n} address is on the suppression list</source>
        <translation>{n} 個地址在禁發名單中</translation>
    </message>
    <message>
        <source>{n} addresses are on the suppression list</source>
        <translation>{n} 個地址在禁發名單中</translation>
    </message>
    <message>
        <source>{n} message may have arrived when sending stopped (see History; “Retry not sent” can send it again)</source>
        <translation>傳送中斷時有 {n} 封郵件可能已送達（見歷史記錄；可用「重新傳送未傳送的」重新傳送）</translation>
    </message>
    <message>
        <source>{n} messages may have arrived when sending stopped (see History; “Retry not sent” can send them again)</source>
        <translation>傳送中斷時有 {n} 封郵件可能已送達（見歷史記錄；可用「重新傳送未傳送的」重新傳送）</translation>
    </message>
    <message>
        <source>{n} of these people already got a different version on {date} through {account}.</source>
        <translation>其中 {n} 人已於 {date} 透過 {account} 收到另一個版本。</translation>
    </message>
    <message>
        <source>{n} people already got another version of it</source>
        <translation>{n} 人已收到另一個版本</translation>
    </message>
    <message>
        <source>{n} people already got it in this send</source>
        <translation>{n} 人在本次傳送中已收到</translation>
    </message>
    <message>
        <source>{n} person already got another version of it</source>
        <translation>{n} 人已收到另一個版本</translation>
    </message>
    <message>
        <source>{n} person already got it in this send</source>
        <translation>{n} 人在本次傳送中已收到</translation>
    </message>
    <message>
        <source>{n} row failed before (“Retry not sent” tries it again)</source>
        <translation>{n} 列之前傳送失敗（「重新傳送未傳送的」會再試）</translation>
    </message>
    <message>
        <source>{n} row has a problem Check found</source>
        <translation>{n} 列有檢查發現的問題</translation>
    </message>
    <message>
        <source>{n} row has the same address as another row, which gets the message</source>
        <translation>{n} 列的地址與另一列相同，由那一列收到郵件</translation>
    </message>
    <message>
        <source>{n} row is no longer in the spreadsheet</source>
        <translation>{n} 列已不在試算表中</translation>
    </message>
    <message>
        <source>{n} row you left out in the Contacts step</source>
        <translation>您在「聯絡人」步驟中排除的 {n} 列</translation>
    </message>
    <message>
        <source>{n} rows are no longer in the spreadsheet</source>
        <translation>{n} 列已不在試算表中</translation>
    </message>
    <message>
        <source>{n} rows failed before (“Retry not sent” tries them again)</source>
        <translation>{n} 列之前傳送失敗（「重新傳送未傳送的」會再試）</translation>
    </message>
    <message>
        <source>{n} rows have a problem Check found</source>
        <translation>{n} 列有檢查發現的問題</translation>
    </message>
    <message>
        <source>{n} rows have the same address as another row, which gets the message</source>
        <translation>{n} 列的地址與另一列相同，由那一列收到郵件</translation>
    </message>
    <message>
        <source>{n} rows you left out in the Contacts step</source>
        <translation>您在「聯絡人」步驟中排除的 {n} 列</translation>
    </message>
</context>
<context>
    <name>ConfirmSendDialog</name>
    <message>
        <source>Send again?</source>
        <translation>再次傳送？</translation>
    </message>
    <message>
        <source>Send to everyone?</source>
        <translation>傳送給所有人？</translation>
    </message>
    <message>
        <source>Or cancel and fix them in the spreadsheet: the Check step lists each one.</source>
        <translation>或者取消，在試算表中修正：「檢查」步驟會逐一列出。</translation>
    </message>
    <message>
        <source>Send one message per row, also when an address is on several rows</source>
        <translation>即使同一地址出現在多列，也按每列各寄送一封郵件</translation>
    </message>
    <message>
        <source>Send this one to everyone</source>
        <translation>把這個版本發給所有人</translation>
    </message>
    <message>
        <source>Send it only to those who got none</source>
        <translation>只發給還沒收到的人</translation>
    </message>
    <message>
        <source>Nothing can be sent until this is fixed: {problem}</source>
        <translation>修正此問題之前無法傳送：{problem}</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>{text}
(left out of this send)</source>
        <translation>{text}
（本次傳送已排除）</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Email address</source>
        <translation>電子郵件地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密件副本</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>傳送時間</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>電子郵件地址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>副本(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>密件副本(&amp;B)：</translation>
    </message>
    <message>
        <source>A&amp;ttachments:</source>
        <translation>附件(&amp;T)：</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>傳送時間(&amp;A)：</translation>
    </message>
    <message>
        <source>No spreadsheet open. Drop one here or use File → Open (Ctrl+O).</source>
        <translation>尚未開啟試算表。請把檔案拖到這裡，或使用「檔案 → 開啟」（Ctrl+O）。</translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation>開啟試算表(&amp;O)…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Row with the column names</source>
        <translation>欄名所在的列</translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column names</source>
        <translation>工作表中存放欄名的那一列</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文字編碼</translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation>正在讀取試算表</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>工作表(&amp;H)：</translation>
    </message>
    <message>
        <source>Column names in ro&amp;w:</source>
        <translation>欄名所在列(&amp;W)：</translation>
    </message>
    <message>
        <source>Text enco&amp;ding:</source>
        <translation>文字編碼(&amp;D)：</translation>
    </message>
    <message>
        <source>Which column holds…</source>
        <translation>各項資訊所在的欄…</translation>
    </message>
    <message>
        <source>Find in the contacts…</source>
        <translation>在聯絡人中查詢…</translation>
    </message>
    <message>
        <source>Find in the contacts</source>
        <translation>在聯絡人中查詢</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Leave out of this send</source>
        <translation>本次傳送排除</translation>
    </message>
    <message>
        <source>Put back into this send</source>
        <translation>重新加入本次傳送</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查詢(&amp;I)：</translation>
    </message>
    <message>
        <source>Automatic (row {row})</source>
        <translation>自動（第 {row} 列）</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <source>(right-click rows to leave them out of this send)</source>
        <translation>（右鍵點選行可將其排除在本次傳送之外）</translation>
    </message>
    <message>
        <source>No column looks like email addresses. Choose the email column under “Which column holds…”.</source>
        <translation>沒有哪一欄像是電子郵件地址。請在「各項資訊所在的欄…」中選擇電子郵件欄。</translation>
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
        <translation>韓文 (CP949 / EUC-KR)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>日文 (Shift-JIS)</translation>
    </message>
    <message>
        <source>Chinese, simplified (GB18030 / GBK)</source>
        <translation>簡體中文 (GB18030 / GBK)</translation>
    </message>
    <message>
        <source>Chinese, traditional (Big5)</source>
        <translation>繁體中文 (Big5)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>西歐 (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>西歐 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Automatic: {label}</source>
        <translation>自動：{label}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在開啟 {name}…</translation>
    </message>
    <message>
        <source>Opening was cancelled.</source>
        <translation>已取消開啟。</translation>
    </message>
    <message>
        <source>Choose the encoding in which the names read correctly…</source>
        <translation>請選擇能正確顯示姓名的編碼…</translation>
    </message>
    <message>
        <source>Choose the column that holds the email addresses.</source>
        <translation>請選擇存放電子郵件地址的欄。</translation>
    </message>
    <message>
        <source>({n} left out of this send)</source>
        <translation>（本次傳送排除 {n} 位）</translation>
    </message>
    <message>
        <source>{n} contact</source>
        <translation>{n} 位聯絡人</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} 位聯絡人</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Mail Merge ran into a problem</source>
        <translation>郵件合併遇到問題</translation>
    </message>
    <message>
        <source>Something went wrong inside Mail Merge. Your campaign and the send journal are safe: nobody will get a message twice. Please copy this report and send it to whoever supports the app.</source>
        <translation>郵件合併內部出現了問題。您的活動和傳送記錄都是安全的，不會有人收到兩次郵件。請複製這份報告，發給負責本軟體支援的人員。</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>複製報告</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Column:</source>
        <translation>欄(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>條件(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>文字(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>值(&amp;V)：</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>欄位</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Only when {column} {test}{value}:</source>
        <translation>僅當 {column} {test}{value} 時：</translation>
    </message>
    <message>
        <source>Show this paragraph only when…</source>
        <translation>僅在以下情況顯示此段落…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>條件</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>The paragraph is sent only to the rows where this holds; the others do not see it.</source>
        <translation>此段落只傳送給符合條件的列，其他人看不到。</translation>
    </message>
    <message>
        <source>The words people click, and the web or mail address they lead to.</source>
        <translation>供點選的文字，以及它指向的網址或郵箱地址。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>When &amp;empty, write:</source>
        <translation>為空時寫(&amp;E)：</translation>
    </message>
    <message>
        <source>When empty</source>
        <translation>為空時</translation>
    </message>
    <message>
        <source>Which column to show here, and what to write when its cell is empty.</source>
        <translation>這裡顯示哪一欄，以及儲存格為空時改寫什麼。</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>不等於</translation>
    </message>
    <message>
        <source>e.g. customer (leave empty to write nothing)</source>
        <translation>例如：客戶（留空則什麼都不寫）</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>等於</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>為空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>不為空</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>級別</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需要修正的內容</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <source>Formatting</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Paragraph style</source>
        <translation>段落樣式</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>標題 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>標題 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>標題 3</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>字號</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>傾斜</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>下劃線</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>文字顏色</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 列表</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>專案符號列表</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 列表</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>編號列表</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左對齊</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>左對齊</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右對齊</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>右對齊</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>連結</translation>
    </message>
    <message>
        <source>Insert or edit a link</source>
        <translation>插入或編輯連結</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消連結</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>移除連結</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>分隔線</translation>
    </message>
    <message>
        <source>Horizontal line</source>
        <translation>水平線</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Insert a table (3 columns, 2 rows)</source>
        <translation>插入表格（3 欄 2 列）</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>圖片</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>插入圖片</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤銷</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Spreadsheet</source>
        <translation>試算表</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近操作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Sent through</source>
        <translation>傳送帳戶</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未傳送</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>待確認</translation>
    </message>
    <message>
        <source>Left out</source>
        <translation>已排除</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>退信</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <source>Test to yourself through {account}</source>
        <translation>透過 {account} 給自己傳送測試</translation>
    </message>
    <message>
        <source>Trial: the outbox (nobody got it)</source>
        <translation>試寄：寄件匣（無人收到）</translation>
    </message>
    <message>
        <source>(an older version did not record it)</source>
        <translation>（舊版本沒有記錄）</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Past campaigns</source>
        <translation>以往活動</translation>
    </message>
    <message>
        <source>Rows with unknown outcome</source>
        <translation>結果未知的列</translation>
    </message>
    <message>
        <source>&amp;Open this spreadsheet</source>
        <translation>開啟此試算表(&amp;O)</translation>
    </message>
    <message>
        <source>Account whose mailbox is read</source>
        <translation>要讀取郵箱的帳戶</translation>
    </message>
    <message>
        <source>Check &amp;replies</source>
        <translation>查看回復(&amp;R)</translation>
    </message>
    <message>
        <source>Read the account&apos;s inbox for bounces, unsubscribes and replies to this campaign. Nothing in the mailbox is changed.</source>
        <translation>讀取帳戶收件箱中與此活動有關的退信、退訂和回覆。不會改動郵箱中的任何內容。</translation>
    </message>
    <message>
        <source>Mailbox of:</source>
        <translation>郵箱帳戶：</translation>
    </message>
    <message>
        <source>Past campaigns on this computer:</source>
        <translation>本機上的以往活動：</translation>
    </message>
    <message>
        <source>Rows that may or may not have arrived, and what came back after the send:</source>
        <translation>不確定是否送達的列，以及傳送後收到的回應：</translation>
    </message>
    <message>
        <source>To check replies, give an account its mailbox server (IMAP) in Send → Accounts…</source>
        <translation>要查看回復，請在「傳送 → 帳戶…」中為帳戶填寫郵箱伺服器（IMAP）。</translation>
    </message>
    <message>
        <source>Reading the mailbox of {account}…</source>
        <translation>正在讀取 {account} 的郵箱…</translation>
    </message>
    <message>
        <source>Read {scanned} messages since {since}: {bounced} bounced, {soft} not delivered for now, {unsub} unsubscribed, {spam} marked as spam, {auto} automatic answers, {replied} replies. {suppressed} added to the suppression list.</source>
        <translation>已讀取 {since} 以來的 {scanned} 封郵件：退信 {bounced}，暫未送達 {soft}，退訂 {unsub}，標記為垃圾郵件 {spam}，自動回覆 {auto}，回覆 {replied}。已將 {suppressed} 個加入禁發名單。</translation>
    </message>
    <message>
        <source>What came back:</source>
        <translation>收到的回應：</translation>
    </message>
    <message>
        <source>Row {row}: {what}</source>
        <translation>第 {row} 列：{what}</translation>
    </message>
    <message>
        <source>bounced (the address does not exist; it is on the suppression list)</source>
        <translation>退信（地址不存在，已加入禁發名單）</translation>
    </message>
    <message>
        <source>not delivered for now</source>
        <translation>暫時未送達</translation>
    </message>
    <message>
        <source>unsubscribed (on the suppression list)</source>
        <translation>已退訂（已加入禁發名單）</translation>
    </message>
    <message>
        <source>marked it as spam (on the suppression list)</source>
        <translation>標記為垃圾郵件（已加入禁發名單）</translation>
    </message>
    <message>
        <source>automatic answer (e.g. out of office)</source>
        <translation>自動回覆（例如不在辦公室）</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer yet.</source>
        <translation>本機尚未傳送過任何郵件。</translation>
    </message>
    <message>
        <source>None: every row of this campaign has a known outcome.</source>
        <translation>無：本活動每一列的結果都已明確。</translation>
    </message>
    <message>
        <source>Row {row} – {address}: {reason}</source>
        <translation>第 {row} 列 – {address}：{reason}</translation>
    </message>
    <message>
        <source>Ask these people whether the message arrived. To send it again, open the spreadsheet and use “Retry not sent” in the Send step.</source>
        <translation>請向這些人確認是否收到郵件。如需重新傳送，請開啟試算表，在「傳送」步驟中使用「重新傳送未傳送的」。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>試算表 (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>1  Contacts</source>
        <translation>1  聯絡人</translation>
    </message>
    <message>
        <source>2  Message</source>
        <translation>2  郵件內容</translation>
    </message>
    <message>
        <source>3  Preview</source>
        <translation>3  預覽</translation>
    </message>
    <message>
        <source>4  Check</source>
        <translation>4  檢查</translation>
    </message>
    <message>
        <source>5  Send</source>
        <translation>5  傳送</translation>
    </message>
    <message>
        <source>History</source>
        <translation>歷史記錄</translation>
    </message>
    <message>
        <source>Sample campaign: try every step; through the built-in outbox nothing leaves this computer. Open your own spreadsheet with Ctrl+O.</source>
        <translation>範例活動：可以試用每個步驟；透過內建寄件匣，郵件不會離開本機。用 Ctrl+O 開啟您自己的試算表。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation>開啟試算表(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;campaign…</source>
        <translation>開啟活動(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save campaign</source>
        <translation>儲存活動(&amp;S)</translation>
    </message>
    <message>
        <source>Save campaign &amp;as…</source>
        <translation>活動另存為(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample campaign</source>
        <translation>開啟範例活動(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>轉到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>聯絡人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>郵件內容(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>預覽(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>檢查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>傳送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>歷史記錄(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Check all rows</source>
        <translation>檢查所有列(&amp;C)</translation>
    </message>
    <message>
        <source>Send &amp;test to myself</source>
        <translation>給自己傳送測試郵件(&amp;T)</translation>
    </message>
    <message>
        <source>Send to &amp;everyone…</source>
        <translation>傳送給所有人(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retry not sent</source>
        <translation>重新傳送未傳送的(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>匯出報告(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>帳戶(&amp;A)…</translation>
    </message>
    <message>
        <source>Suppression &amp;list…</source>
        <translation>禁發名單(&amp;L)…</translation>
    </message>
    <message>
        <source>Allow attachments from a &amp;folder…</source>
        <translation>允許使用某個資料夾中的附件(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a contact spreadsheet</source>
        <translation>開啟聯絡人試算表</translation>
    </message>
    <message>
        <source>{name} has column names but no rows under them. Add the people to send to, save the file and open it again.</source>
        <translation>{name} 有欄名，但下面沒有資料列。請新增收件者，儲存檔案後重新開啟。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be opened.</source>
        <translation>無法開啟試算表。</translation>
    </message>
    <message>
        <source>Could not read the template {file}: {error}</source>
        <translation>無法讀取範本 {file}：{error}</translation>
    </message>
    <message>
        <source>Your last campaign {name} is no longer in {folder}. Open it where it is now with File → Open campaign…, or start with a spreadsheet.</source>
        <translation>您上次的活動 {name} 已不在 {folder} 中。請用「檔案 → 開啟活動…」從它現在的位置開啟，或從一個試算表開始。</translation>
    </message>
    <message>
        <source>Open a campaign</source>
        <translation>開啟活動</translation>
    </message>
    <message>
        <source>Campaigns (*%s)</source>
        <translation>活動 (*%s)</translation>
    </message>
    <message>
        <source>The campaign&apos;s spreadsheet {name} is no longer in {folder}. Open it where it is now with “Open spreadsheet…”; the message and settings of the campaign are kept.</source>
        <translation>活動使用的試算表 {name} 已不在 {folder} 中。請用「開啟試算表…」從它現在的位置開啟；活動的郵件內容和設定會保留。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>The campaign could not be saved: {error}. Choose another folder with Save as.</source>
        <translation>無法儲存活動：{error}。請用「另存為」選擇其他資料夾。</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>儲存活動</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暫無）</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>新增附件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Allow attachments from this folder</source>
        <translation>允許使用此資料夾中的附件</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未檢查。</translation>
    </message>
    <message>
        <source>Untitled campaign</source>
        <translation>未命名活動</translation>
    </message>
    <message>
        <source>Mail Merge</source>
        <translation>郵件合併</translation>
    </message>
    <message>
        <source>Built-in outbox (nothing leaves this computer)</source>
        <translation>內建寄件匣（郵件不會離開本機）</translation>
    </message>
    <message>
        <source>The outbox folder {folder} could not be made: {error}</source>
        <translation>無法建立寄件匣資料夾 {folder}：{error}</translation>
    </message>
    <message>
        <source>Sending is still under way. Wait for it to finish or stop it.</source>
        <translation>仍在傳送中。請等待傳送完成，或停止傳送。</translation>
    </message>
    <message>
        <source>Type your own address under “Test to” first.</source>
        <translation>請先在「測試收件地址」中填寫您自己的地址。</translation>
    </message>
    <message>
        <source>Sending a test of row {row} to {address}…</source>
        <translation>正在把第 {row} 列的測試郵件傳送到 {address}…</translation>
    </message>
    <message>
        <source>Test sent. Check your inbox before sending to everyone.</source>
        <translation>測試郵件已傳送。傳送給所有人之前，請先檢視您的收件匣。</translation>
    </message>
    <message>
        <source>The test was not sent: {reason}</source>
        <translation>測試郵件未傳送：{reason}</translation>
    </message>
    <message>
        <source>Checking every row before sending…</source>
        <translation>傳送前正在檢查每一列…</translation>
    </message>
    <message>
        <source>Nobody is left to send to: everyone has been handled.</source>
        <translation>沒有需要傳送的人了：所有人都已處理。</translation>
    </message>
    <message>
        <source>Every row was sent; there is nothing to retry.</source>
        <translation>所有列都已傳送，無需重新傳送。</translation>
    </message>
    <message>
        <source>Spreadsheet moved</source>
        <translation>試算表已移動</translation>
    </message>
    <message>
        <source>The campaign&apos;s spreadsheet {name} is no longer in {folder}. Show where it is now? The campaign then remembers the new place when you save it.</source>
        <translation>活動使用的試算表 {name} 已不在 {folder} 中。要指出它現在的位置嗎？儲存活動後會記住新位置。</translation>
    </message>
    <message>
        <source>Find it…</source>
        <translation>查詢…</translation>
    </message>
    <message>
        <source>Where is {name} now?</source>
        <translation>{name} 現在在哪裡？</translation>
    </message>
    <message>
        <source>Also resend the unknown ones?</source>
        <translation>結果未知的也重新傳送嗎？</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新傳送</translation>
    </message>
    <message>
        <source>Sending through {account}…</source>
        <translation>正在透過 {account} 傳送…</translation>
    </message>
    <message>
        <source>Stopping after the messages already on their way…</source>
        <translation>正在傳送的郵件發完後即停止…</translation>
    </message>
    <message>
        <source>Paused. Messages already on their way finish; press Resume to go on.</source>
        <translation>已暫停。正在傳送的郵件會發完；按「繼續」接著傳送。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>The messages are in the outbox folder: click “Open outbox folder” to look at them.</source>
        <translation>郵件在寄件匣資料夾中：點選「打開寄件匣資料夾」即可檢視。</translation>
    </message>
    <message>
        <source>Finished: {sent} sent, {failed} failed or unknown, of {total} rows.</source>
        <translation>已完成：共 {total} 列，已寄出 {sent} 封，{failed} 封失敗或狀態不明。</translation>
    </message>
    <message>
        <source>Nothing has been sent yet, so there is no report.</source>
        <translation>尚未傳送任何郵件，因此沒有報告。</translation>
    </message>
    <message>
        <source>Wait for sending to finish, then export the report.</source>
        <translation>請等傳送完成後再匯出報告。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>匯出報告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Continue the unfinished send?</source>
        <translation>繼續未完成的傳送？</translation>
    </message>
    <message>
        <source>Sending to {file} did not finish: {sent} sent, {waiting} still waiting. Open it to continue? Nobody who already has the message gets it again.</source>
        <translation>{file} 的傳送沒有完成：已傳送 {sent} 封，還有 {waiting} 封等待傳送。要開啟並繼續嗎？已收到郵件的人不會再收到。</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Press “Send to everyone” to continue with the {n} waiting.</source>
        <translation>按「傳送給所有人」繼續傳送等待中的 {n} 封。</translation>
    </message>
    <message>
        <source>Stop sending?</source>
        <translation>停止傳送？</translation>
    </message>
    <message>
        <source>Messages are still being sent. Stop after the ones on their way? The rest stay waiting and can be sent later; nobody gets a message twice.</source>
        <translation>郵件仍在傳送中。要在正在傳送的郵件發完後停止嗎？其餘的會保持等待，之後可以繼續傳送；不會有人收到兩次。</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>停止並退出</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>儲存更改？</translation>
    </message>
    <message>
        <source>Save the changes to this campaign before closing?</source>
        <translation>關閉前儲存對此活動的更改嗎？</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>&amp;About Mail Merge</source>
        <translation>關於郵件合併(&amp;A)</translation>
    </message>
    <message>
        <source>For {n} row the app stopped while sending, so it may have arrived. Send it again anyway?</source>
        <translation>有 {n} 列在傳送時軟體中途停止，郵件可能已經送達。仍要重新傳送嗎？</translation>
    </message>
    <message>
        <source>For {n} rows the app stopped while sending, so they may have arrived. Send them again anyway?</source>
        <translation>有 {n} 列在傳送時軟體中途停止，郵件可能已經送達。仍要重新傳送嗎？</translation>
    </message>
    <message>
        <source>Report of {n} row saved to {path}.</source>
        <translation>{n} 列的報告已儲存到 {path}。</translation>
    </message>
    <message>
        <source>Report of {n} rows saved to {path}.</source>
        <translation>{n} 列的報告已儲存到 {path}。</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
    </message>
    <message>
        <source>Body format</source>
        <translation>正文格式</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>排版效果</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>純文本</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>寄件者(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件者(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>副本(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>密件副本(&amp;B)：</translation>
    </message>
    <message>
        <source>Re&amp;ply to:</source>
        <translation>回覆地址(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主題(&amp;U)：</translation>
    </message>
    <message>
        <source>Unsubscrib&amp;e:</source>
        <translation>退訂(&amp;E)：</translation>
    </message>
    <message>
        <source>empty: the email column</source>
        <translation>留空則使用電子郵件欄</translation>
    </message>
    <message>
        <source>type {{ to insert a field</source>
        <translation>輸入 {{ 即可插入欄位</translation>
    </message>
    <message>
        <source>empty: the account&apos;s unsubscribe address and link; “none” for mail people cannot opt out of</source>
        <translation>留空則使用帳戶的退訂地址和連結；不能退訂的郵件填「none」</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>插入欄位(&amp;I)</translation>
    </message>
    <message>
        <source>Put a spreadsheet column where the cursor was</source>
        <translation>在游標處插入試算表中的一欄</translation>
    </message>
    <message>
        <source>Only &amp;when…</source>
        <translation>條件顯示(&amp;W)…</translation>
    </message>
    <message>
        <source>Show the paragraph at the cursor only to some rows</source>
        <translation>游標所在段落只顯示給部分列</translation>
    </message>
    <message>
        <source>Add sig&amp;nature</source>
        <translation>添加簽名(&amp;N)</translation>
    </message>
    <message>
        <source>Add the sending account&apos;s signature at the end</source>
        <translation>在末尾添加傳送帳戶的簽名</translation>
    </message>
    <message>
        <source>&amp;View source</source>
        <translation>檢視源文本(&amp;V)</translation>
    </message>
    <message>
        <source>Show the template as text: header lines, a blank line, the body</source>
        <translation>以文本顯示範本：標頭行、一個空行、正文</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>郵件內容</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>郵件正文</translation>
    </message>
    <message>
        <source>Template source</source>
        <translation>範本源文本</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>One file per line; fields allowed, e.g. invoices/{{ id }}.pdf</source>
        <translation>每行一個檔案；可以使用欄位，例如 invoices/{{ id }}.pdf</translation>
    </message>
    <message>
        <source>A&amp;dd file…</source>
        <translation>新增檔案(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新載入(&amp;L)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的內容</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>附件(&amp;A)：</translation>
    </message>
    <message>
        <source>Open a spreadsheet to list its columns</source>
        <translation>開啟試算表後會列出其中的欄</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>退訂連結</translation>
    </message>
    <message>
        <source>Field with a fallback for empty cells…</source>
        <translation>帶空值替代文字的欄位…</translation>
    </message>
    <message>
        <source>The sending account has no signature yet. Add one in Accounts (Send step → Manage accounts → Signature), or choose the account that has it.</source>
        <translation>傳送帳戶還沒有簽名。請在帳戶中新增（傳送步驟 → 管理帳戶 → 簽名），或選擇有簽名的帳戶。</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>插入圖片</translation>
    </message>
    <message>
        <source>The picture {file} cannot be read ({reason}).</source>
        <translation>無法讀取圖片 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is not a picture this app can show. Use PNG, JPEG or GIF.</source>
        <translation>{file} 不是本軟體能顯示的圖片。請使用 PNG、JPEG 或 GIF。</translation>
    </message>
    <message>
        <source>Large picture</source>
        <translation>圖片較大</translation>
    </message>
    <message>
        <source>This picture is {size:.1f} MB; every recipient downloads it, and mail this large is often refused. Shrink it to {width} pixels wide and insert it?</source>
        <translation>這張圖片有 {size:.1f} MB；每位收件者都要下載它，這麼大的郵件常被拒收。要縮小到 {width} 畫素寬後插入嗎？</translation>
    </message>
    <message>
        <source>Shrink and insert</source>
        <translation>縮小後插入</translation>
    </message>
    <message>
        <source>{file} was changed by another program. Reload it? Your edits here since opening it would be replaced.</source>
        <translation>{file} 已被其他程式修改。要重新載入嗎？開啟後在這裡所做的修改將被替換。</translation>
    </message>
    <message>
        <source>Could not read the template {file}: {error}</source>
        <translation>無法讀取範本 {file}：{error}</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一列(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一列(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Previous row (Alt+P)</source>
        <translation>上一列 (Alt+P)</translation>
    </message>
    <message>
        <source>Next row (Alt+N)</source>
        <translation>下一列 (Alt+N)</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>列(&amp;R)：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件者</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密件副本</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>回覆地址</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation>排版效果</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>純文本</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>原始碼</translation>
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
        <translation>--connections 必須在 1 到 16 之間，不能是 {n}。</translation>
    </message>
    <message>
        <source>--rows only works together with --retry-failed.</source>
        <translation>--rows 只能與 --retry-failed 一起使用。</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not a text encoding Mail Merge knows; use a name such as utf-8, cp949, gb18030, big5, shift_jis or cp1252.</source>
        <translation>&quot;{encoding}&quot; 不是郵件合併認識的文字編碼；請使用 utf-8、cp949、gb18030、big5、shift_jis 或 cp1252 等名稱。</translation>
    </message>
    <message>
        <source>--at {value!r} is in the past (it is {now} now). Choose a later time, or leave --at out to send now.</source>
        <translation>--at 「{value}」已經過去（現在是 {now}）。請選擇更晚的時間，或去掉 --at 立即傳送。</translation>
    </message>
    <message>
        <source>--at {value!r} is not a date and time. Write it as &quot;YYYY-MM-DD HH:MM&quot; in this computer&apos;s time, e.g. --at &quot;2026-03-01 09:30&quot;.</source>
        <translation>--at 「{value}」不是日期和時間。請按本機時間寫成 &quot;YYYY-MM-DD HH:MM&quot;，例如 --at &quot;2026-03-01 09:30&quot;。</translation>
    </message>
    <message>
        <source>--no-login and --password-stdin contradict each other: a relay that needs no login takes no password. Leave one of them out.</source>
        <translation>--no-login 和 --password-stdin 相互矛盾：無需登入的中繼不接受密碼。請去掉其中一個。</translation>
    </message>
    <message>
        <source>--rate {rate!r} is not a rate this program can keep. Write messages per second between {low} and {high}, e.g. 10/s (for slower sending use --per-hour or --per-day).</source>
        <translation>--rate 「{rate}」不是本程式能保持的速率。請寫每秒 {low} 到 {high} 封，例如 10/s（更慢的傳送請用 --per-hour 或 --per-day）。</translation>
    </message>
    <message>
        <source>--rows {rows!r} is not a list of data rows. Write it like 3,7-9 (rows count from 1, up to {most}).</source>
        <translation>--rows 「{rows}」不是資料列列表。請寫成 3,7-9 這樣的形式（列號從 1 到 {most}）。</translation>
    </message>
    <message>
        <source>--server contains a password. Anyone on this computer can read a command line, so it is not used: remove it, give the login name with --user and the password in the MAILMERGE_PASSWORD environment variable (or save an account with `mailmerge account add`).</source>
        <translation>--server 中含有密碼。本機上的任何人都能看到命令列，因此不會使用它：請刪除密碼，用 --user 指定登入名，把密碼放在環境變數 MAILMERGE_PASSWORD 中（或用 `mailmerge account add` 儲存帳戶）。</translation>
    </message>
    <message>
        <source>--server {server!r} is not a server address. Write it as smtp://HOST:PORT, e.g. smtp://mail.example.com:587.</source>
        <translation>--server 「{server}」不是伺服器地址。請寫成 smtp://主機:埠，例如 smtp://mail.example.com:587。</translation>
    </message>
    <message>
        <source>--since {value!r} is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>--since 「{value}」不是日期。請寫成 YYYY-MM-DD，例如 2026-03-01。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 1 and 3600, not {value}.</source>
        <translation>--timeout 必須是 1 到 3600 之間的秒數，不能是 {value}。</translation>
    </message>
    <message>
        <source>--user {user} needs a password: put it in the MAILMERGE_PASSWORD environment variable, or save an account (mailmerge account add) so it is kept in the system keyring.</source>
        <translation>--user {user} 需要密碼：請放在環境變數 MAILMERGE_PASSWORD 中，或儲存一個帳戶（mailmerge account add），讓密碼儲存在系統金鑰環裡。</translation>
    </message>
    <message>
        <source>Account {name!r} has no login name for its mailbox. Add --imap-user with the mailbox&apos;s login.</source>
        <translation>帳戶「{name}」沒有郵箱登入名。請用 --imap-user 新增郵箱的登入名。</translation>
    </message>
    <message>
        <source>Account {name!r} has no mailbox server for reading replies. Add it with `mailmerge account add {name} ... --imap-host imap.example.com` (or in Accounts…, Mailbox server).</source>
        <translation>帳戶「{name}」沒有用於讀取回復的郵箱伺服器。請用 `mailmerge account add {name} ... --imap-host imap.example.com` 新增（或在「帳戶…」的郵箱伺服器中填寫）。</translation>
    </message>
    <message>
        <source>Account {name!r} in {path} is incomplete ({detail}). Remove it with `mailmerge account remove {name}` and add it again.</source>
        <translation>{path} 中的帳戶「{name}」資訊不完整（{detail}）。請用 `mailmerge account remove {name}` 刪除後重新新增。</translation>
    </message>
    <message>
        <source>Account {name!r} is not set up for sign-in. Add it again with `mailmerge account add`.</source>
        <translation>帳戶「{name}」沒有設定登入方式。請用 `mailmerge account add` 重新新增。</translation>
    </message>
    <message>
        <source>Account {name!r} needs a server name. Add --host smtp.example.com (ask your mail administrator).</source>
        <translation>帳戶「{name}」需要伺服器名稱。請新增 --host smtp.example.com（可詢問郵件管理員）。</translation>
    </message>
    <message>
        <source>Account {name!r} needs the AWS access key ID (--user) and the region (--region). Add it again.</source>
        <translation>帳戶「{name}」需要 AWS 訪問金鑰 ID（--user）和地域（--region）。請重新新增。</translation>
    </message>
    <message>
        <source>Account {name!r} needs the SecretId (--user), the region (--region) and a verified sender address (--from). Add it again.</source>
        <translation>帳戶「{name}」需要 SecretId（--user）、地域（--region）和已驗證的發件地址（--from）。請重新新增。</translation>
    </message>
    <message>
        <source>Account {name!r} signs in through the browser, which reading the mailbox does not support yet. Use an app password for the mailbox: save it with `mailmerge account add` and --password-stdin.</source>
        <translation>帳戶「{name}」通過瀏覽器登入，而讀取郵箱暫不支援這種方式。請為郵箱使用應用專用密碼：用 `mailmerge account add` 和 --password-stdin 儲存。</translation>
    </message>
    <message>
        <source>Account {name!r} was set to need no login but a login name was given. Leave one of them out.</source>
        <translation>帳戶「{name}」設定為無需登入，卻提供了登入名。請去掉其中一個。</translation>
    </message>
    <message>
        <source>An earlier run of this campaign is recorded in {path}. Add --resume to continue it (rows already sent are never sent again), or choose a new journal file with --journal.</source>
        <translation>{path} 中記錄了此活動之前的一次傳送。請加上 --resume 繼續傳送（已傳送的列不會重新傳送），或用 --journal 指定新的記錄檔案。</translation>
    </message>
    <message>
        <source>Cannot make the lock file {path} that keeps two programs from sending this campaign at once ({error}). Check that you may write to that folder.</source>
        <translation>無法建立鎖檔案 {path}（它防止兩個程式同時傳送此活動）（{error}）。請檢查您是否有該資料夾的寫入權限。</translation>
    </message>
    <message>
        <source>Cannot write a report as {name}: name the file .xlsx or .csv.</source>
        <translation>無法把報告儲存為 {name}：檔名請以 .xlsx 或 .csv 結尾。</translation>
    </message>
    <message>
        <source>Cannot write events to {path}: {error}.</source>
        <translation>無法把事件寫入 {path}：{error}。</translation>
    </message>
    <message>
        <source>Cannot write the report {path}: {error}. Close it if it is open in Excel, or choose another place.</source>
        <translation>無法寫入報告 {path}：{error}。如果它在 Excel 中開啟著，請先關閉，或選擇其他位置。</translation>
    </message>
    <message>
        <source>Cannot write {file} ({reason}). Choose another folder or file name.</source>
        <translation>無法寫入 {file}（{reason}）。請選擇其他資料夾或檔名。</translation>
    </message>
    <message>
        <source>Connections must be between 1 and {max}; {value} was given.</source>
        <translation>連線數必須在 1 到 {max} 之間；當前為 {value}。</translation>
    </message>
    <message>
        <source>Could not open the campaign file {file}: {error}. Check that it still exists.</source>
        <translation>無法開啟活動檔案 {file}：{error}。請檢查它是否仍然存在。</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server {host} ({reason}). Check the internet connection and try again.</source>
        <translation>無法連線登入伺服器 {host}（{reason}）。請檢查網路連線後重試。</translation>
    </message>
    <message>
        <source>Could not read the Amazon SES sending limits: {reason}</source>
        <translation>無法讀取 Amazon SES 的傳送限制：{reason}</translation>
    </message>
    <message>
        <source>Every sheet in {file} is empty; add a header row and your contacts, save, and open it again.</source>
        <translation>{file} 中所有工作表都是空的；請新增標題列和聯絡人，儲存後重新開啟。</translation>
    </message>
    <message>
        <source>Line {line} of {file} is not valid {encoding} text; choose another encoding, or open the file in a spreadsheet program and save it as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} 的第 {line} 行不是有效的 {encoding} 文本；請選擇其他編碼，或用試算表軟體開啟並另存為 &quot;CSV UTF-8&quot;。</translation>
    </message>
    <message>
        <source>No column holds the email addresses (the columns are: {columns}); name the column with the addresses &quot;email&quot; and try again.</source>
        <translation>沒有哪一欄存放電子郵件地址（現有的欄：{columns}）；請把存放地址的欄命名為 &quot;email&quot; 後重試。</translation>
    </message>
    <message>
        <source>No password is saved for account {name!r}. Save it with `mailmerge account add {name} --preset {preset} --password-stdin` and try again.</source>
        <translation>帳戶「{name}」沒有儲存密碼。請用 `mailmerge account add {name} --preset {preset} --password-stdin` 儲存後重試。</translation>
    </message>
    <message>
        <source>Not sending {count} messages without confirmation: add --yes to send from a script.</source>
        <translation>未經確認不會傳送 {count} 封郵件：在指令碼中傳送請加上 --yes。</translation>
    </message>
    <message>
        <source>Port {port} is not a valid port. Use a number from 1 to 65535.</source>
        <translation>{port} 不是有效的埠。請使用 1 到 65535 之間的數字。</translation>
    </message>
    <message>
        <source>Row {row} does not exist in {file}: it has rows 1 to {count}; choose a row in that range.</source>
        <translation>{file} 中沒有第 {row} 列：它有第 1 到第 {count} 列；請在這個範圍內選擇。</translation>
    </message>
    <message>
        <source>Row {row} of {where} is empty, so it can&apos;t hold the column names; choose the row that has them.</source>
        <translation>{where} 的第 {row} 列是空的，不能作為欄名列；請選擇包含欄名的那一列。</translation>
    </message>
    <message>
        <source>Row {row}: </source>
        <translation>第 {row} 列：</translation>
    </message>
    <message>
        <source>Row {row}: the attachment name {file!r} is not a file name this computer can use. Correct it in the spreadsheet or template.</source>
        <translation>第 {row} 列：附件名「{file}」不是本機可用的檔名。請在試算表或範本中更正。</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} cannot be read ({reason}). Close it in any program that has it open and check you may read it, then try again.</source>
        <translation>第 {row} 列：無法讀取附件 {file}（{reason}）。請在開啟它的程式中關閉該檔案，並確認有讀取權限，然後重試。</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} does not exist. Put the file there or correct its name in the spreadsheet or template.</source>
        <translation>第 {row} 列：附件 {file} 不存在。請把檔案放到該位置，或在試算表或範本中更正檔名。</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} is not an ordinary file (a device, a pipe, or a system file under /proc, /sys or /dev), so it cannot be attached. Name a document instead.</source>
        <translation>第 {row} 列：附件 {file} 不是普通檔案（是裝置、管道，或 /proc、/sys、/dev 下的系統檔案），無法新增為附件。請改為指定一個文件。</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} named in column {column} is outside the campaign&apos;s folders, so it is not attached (a spreadsheet must not be able to send any file of this computer). Put the file in the spreadsheet&apos;s or the template&apos;s folder, or add its folder to the campaign.</source>
        <translation>第 {row} 列：{column} 列指定的附件 {file} 在活動資料夾之外，因此不會新增（試算表不能隨意傳送本機的任何檔案）。請把檔案放到試算表或範本所在的資料夾，或把它的資料夾加入活動。</translation>
    </message>
    <message>
        <source>Row {row}: the template calls itself or nests too deeply to be filled in. Simplify the template.</source>
        <translation>第 {row} 列：範本呼叫了自身或巢狀太深，無法填充。請簡化範本。</translation>
    </message>
    <message>
        <source>Row {row}: the template could not be filled in: {reason}. Check the fields and filters the template uses with this row&apos;s values.</source>
        <translation>第 {row} 列：無法填充範本：{reason}。請對照此列的資料檢查範本使用的欄位和過濾器。</translation>
    </message>
    <message>
        <source>Row {row}: the template uses the field {field!r} (template line {line}), but the spreadsheet has no such column. {hint} Fix the name in the template or rename the column.</source>
        <translation>第 {row} 列：範本使用了欄位「{field}」（範本第 {line} 行），但試算表中沒有這一欄。{hint}請更正範本中的名稱，或重新命名該欄。</translation>
    </message>
    <message>
        <source>Sending stopped: the server asked to slow down {times} times in a row without accepting a message (server&apos;s answer: {raw}). Rows not sent yet stay pending: run the same command with --resume later.</source>
        <translation>傳送已停止：伺服器連續 {times} 次要求放慢速度，且沒有接收任何郵件（伺服器答覆：{raw}）。尚未傳送的列會保持等待：請稍後加上 --resume 運行同一命令。</translation>
    </message>
    <message>
        <source>Sending stopped: the server could not be reached in {attempts} tries in a row, with a growing pause between them.{answer} Check the server name, the port and the internet connection. Rows not sent yet stay pending: run the same command with --resume once the server answers again.</source>
        <translation>傳送已停止：連續 {attempts} 次嘗試（間隔逐漸加長）都無法連線伺服器。{answer} 請檢查伺服器名稱、埠和網路連線。尚未傳送的列會保持等待：伺服器恢復後，請加上 --resume 執行同一命令。</translation>
    </message>
    <message>
        <source>Sending was cancelled after {sent} messages. Rows not sent yet stay pending: run the same command with --resume to continue.</source>
        <translation>傳送了 {sent} 封郵件後已取消。尚未傳送的列會保持等待：加上 --resume 執行同一命令即可繼續。</translation>
    </message>
    <message>
        <source>Several accounts are saved ({names}). Choose one with --account NAME.</source>
        <translation>儲存了多個帳戶（{names}）。請用 --account 名稱 選擇一個。</translation>
    </message>
    <message>
        <source>Sign-in was not finished within {minutes} minutes. Start it again and complete it in the browser.</source>
        <translation>{minutes} 分鐘內沒有完成登入。請重新開始，並在瀏覽器中完成。</translation>
    </message>
    <message>
        <source>Sign-in was refused or cancelled ({error}). Start it again and allow Mail Merge to send mail.</source>
        <translation>登入被拒絕或已取消（{error}）。請重新開始，並允許郵件合併傳送郵件。</translation>
    </message>
    <message>
        <source>Signing in to {preset} needs an app registration. Pass --oauth-client-id (or set {env}) to your OAuth client ID, or use an app password with --password-stdin.</source>
        <translation>登入 {preset} 需要應用註冊。請用 --oauth-client-id（或設定 {env}）指定 OAuth 客戶端 ID，或用 --password-stdin 使用應用專用密碼。</translation>
    </message>
    <message>
        <source>Tencent Cloud SES does not work in region &apos;{region}&apos;. Choose one of: {regions}.</source>
        <translation>騰訊雲 SES 不支援地域 &apos;{region}&apos;。請從以下地域中選擇：{regions}。</translation>
    </message>
    <message>
        <source>The Tencent Cloud SecretId must start with &apos;AKID&apos; and be 36 letters and digits long. Copy it again from the API key page of the Tencent Cloud console.</source>
        <translation>騰訊雲 SecretId 必須以 &apos;AKID&apos; 開頭，由 36 個字母和數字組成。請從騰訊雲控制台的 API 金鑰頁面重新複製。</translation>
    </message>
    <message>
        <source>The account list {path} cannot be read ({reason}). Check the file&apos;s permissions.</source>
        <translation>無法讀取帳戶列表 {path}（{reason}）。請檢查檔案權限。</translation>
    </message>
    <message>
        <source>The account list {path} is damaged and cannot be read. Move it away and add your accounts again (saved passwords stay in the system keyring).</source>
        <translation>帳戶列表 {path} 已損壞，無法讀取。請把它移走，然後重新新增帳戶（已儲存的密碼仍在系統金鑰環中）。</translation>
    </message>
    <message>
        <source>The campaign file {file} was saved by a newer version of Mail Merge. Update the app to open it.</source>
        <translation>活動檔案 {file} 是用更新版本的郵件合併儲存的。請更新軟體後再開啟。</translation>
    </message>
    <message>
        <source>The disk holding the journal {path} is full, so sending stopped. Free some space, then run the same command with --resume: rows that were being sent at that moment will be listed as unknown.</source>
        <translation>存放傳送記錄 {path} 的磁碟已滿，傳送已停止。請釋放一些空間，然後加上 --resume 執行同一命令：當時正在傳送的列會列為「未知」。</translation>
    </message>
    <message>
        <source>The journal {path} belongs to a different spreadsheet or template. Choose another journal file (--journal) or open the spreadsheet and template this journal was made for.</source>
        <translation>傳送記錄 {path} 屬於另一個試算表或範本。請選擇其他記錄檔案（--journal），或開啟與此記錄對應的試算表和範本。</translation>
    </message>
    <message>
        <source>The journal {path} cannot be opened ({error}). Check the folder exists and you may write to it.</source>
        <translation>無法打開傳送記錄 {path}（{error}）。請檢查資料夾是否存在以及是否有寫入權限。</translation>
    </message>
    <message>
        <source>The journal {path} is damaged or is not a Mail Merge journal ({error}). Keep it for reference and start with a new journal file (--journal); check the old one&apos;s report before sending again.</source>
        <translation>傳送記錄 {path} 已損壞，或不是郵件合併的記錄（{error}）。請保留它以供參考，並使用新的記錄檔案（--journal）；重新傳送之前請先檢視舊記錄的報告。</translation>
    </message>
    <message>
        <source>The mailbox server {host} refused the login for {user} ({reason}). Check the login name and password; some providers need IMAP switched on or an app password first.</source>
        <translation>郵箱伺服器 {host} 拒絕了 {user} 的登入（{reason}）。請檢查登入名和密碼；有些服務商需要先開啟 IMAP 或使用應用專用密碼。</translation>
    </message>
    <message>
        <source>The mailbox server {host}:{port} could not be reached ({reason}). Check the server name and port of the account&apos;s mailbox (IMAP) and the internet connection.</source>
        <translation>無法連線郵箱伺服器 {host}:{port}（{reason}）。請檢查帳戶郵箱（IMAP）的伺服器名稱和埠，以及網路連線。</translation>
    </message>
    <message>
        <source>The message uses {{{{ unsubscribe_link }}}}, but no unsubscribe address or link is set, so the link would be empty. Set one for the account (Accounts…, or `account add --unsubscribe-mailto`), or add an Unsubscribe: line to the template.</source>
        <translation>郵件使用了 {{{{ unsubscribe_link }}}}，但沒有設定退訂地址或連結，連結會是空的。請為帳戶設定（「帳戶…」或 `account add --unsubscribe-mailto`），或在範本中新增 Unsubscribe: 行。</translation>
    </message>
    <message>
        <source>The outbox cannot listen on {host} port {port} ({why}). Choose another port, or leave the port out to use any free one.</source>
        <translation>寄件匣無法在 {host} 的 {port} 埠監聽（{why}）。請選擇其他埠，或不指定埠以使用任一空閒埠。</translation>
    </message>
    <message>
        <source>The outbox folder {folder} cannot be created ({why}). Choose a folder you can write to.</source>
        <translation>無法建立寄件匣資料夾 {folder}（{why}）。請選擇您有寫入權限的資料夾。</translation>
    </message>
    <message>
        <source>The outbox folder {folder} is not writable. Choose a folder you can write to.</source>
        <translation>寄件匣資料夾 {folder} 不可寫入。請選擇您有寫入權限的資料夾。</translation>
    </message>
    <message>
        <source>The password is empty. Type or paste it again.</source>
        <translation>密碼為空。請重新輸入或貼上。</translation>
    </message>
    <message>
        <source>The picture {url} could not be downloaded ({reason}). Save it on this computer and insert it with Insert picture.</source>
        <translation>無法下載圖片 {url}（{reason}）。請先儲存到本機，再用「插入圖片」插入。</translation>
    </message>
    <message>
        <source>The picture {url} is larger than {limit_mb} MB. Insert a smaller copy.</source>
        <translation>圖片 {url} 大於 {limit_mb} MB。請插入較小的副本。</translation>
    </message>
    <message>
        <source>The schedule could not be saved in {path} ({reason}). Check that the folder may be written to.</source>
        <translation>無法把定時傳送儲存到 {path}（{reason}）。請檢查該資料夾是否可寫入。</translation>
    </message>
    <message>
        <source>The secure connection to the mailbox server {host}:{port} failed ({reason}). Check the port and the security setting (TLS is usually port 993, STARTTLS port 143).</source>
        <translation>與郵箱伺服器 {host}:{port} 的加密連線失敗（{reason}）。請檢查埠和加密設定（TLS 通常是 993 埠，STARTTLS 是 143 埠）。</translation>
    </message>
    <message>
        <source>The suppression list could not be written to {path} ({reason}). Choose a folder you may write to.</source>
        <translation>無法把禁發名單寫入 {path}（{reason}）。請選擇您有寫入權限的資料夾。</translation>
    </message>
    <message>
        <source>The unsubscribe link {value!r} cannot be used. Write one https:// address without spaces (at most {limit} characters), e.g. https://example.com/unsubscribe; it gets each person&apos;s token added, or put {{token}} where the token goes.</source>
        <translation>退訂連結「{value}」無法使用。請填寫一個不含空格的 https:// 地址（最多 {limit} 個字元），例如 https://example.com/unsubscribe；會為每個人加上各自的令牌，也可以在令牌的位置寫 {{token}}。</translation>
    </message>
    <message>
        <source>There is no journal at {path}. `mailmerge send` makes one next to the spreadsheet (&lt;spreadsheet name&gt;.&lt;run id&gt;.journal.sqlite; it prints its name) unless --journal says otherwise.</source>
        <translation>{path} 沒有傳送記錄。除非用 --journal 另行指定，`mailmerge send` 會在試算表旁邊建立記錄（&lt;試算表名&gt;.&lt;傳送編號&gt;.journal.sqlite，並顯示其名稱）。</translation>
    </message>
    <message>
        <source>{file}, line {line}: {text!r} is not a header this app knows (From, To, Cc, Bcc, Reply-To, Subject, Attachment, Unsubscribe).{hint} End the header lines with one blank line before the body; if the body has no header lines, start the file with a blank line.</source>
        <translation>{file}，第 {line} 行：「{text}」不是本軟體認識的標頭（From、To、Cc、Bcc、Reply-To、Subject、Attachment、Unsubscribe）。{hint}標頭行之後、正文之前請空一行；如果沒有標頭行，請以空行開始檔案。</translation>
    </message>
    <message>
        <source>{where}{value!r} is not a date and time. Write it as YYYY-MM-DD HH:MM (e.g. 2026-03-01 09:30), or leave the cell empty to send at once.</source>
        <translation>{where}「{value}」不是日期和時間。請寫成 YYYY-MM-DD HH:MM（例如 2026-03-01 09:30），或留空以立即傳送。</translation>
    </message>
    <message>
        <source>The server on port {port} does not offer STARTTLS, so the connection cannot be secured. If the port is 465, choose TLS; otherwise ask your provider for the right port.</source>
        <translation>埠 {port} 上的伺服器不支援 STARTTLS，無法加密連線。如果埠是 465，請選擇 TLS；否則請向服務商詢問正確的埠。</translation>
    </message>
    <message>
        <source> (server said: {raw})</source>
        <translation>（伺服器回覆：{raw}）</translation>
    </message>
    <message>
        <source> Server&apos;s answer: {raw}.</source>
        <translation> 伺服器的回覆：{raw}。</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Already sent in this run.</source>
        <translation>本次傳送中已經寄過。</translation>
    </message>
    <message>
        <source>Amazon SES (region {where}) refused the request ({answer}). Check the access key, its permissions and the region.</source>
        <translation>Amazon SES（地域 {where}）拒絕了請求（{answer}）。請檢查訪問金鑰、其權限以及地域。</translation>
    </message>
    <message>
        <source>Amazon SES ({where}) refused the request ({answer}). Check the access key, its permissions and the region.</source>
        <translation>Amazon SES（{where}）拒絕了請求（{answer}）。請檢查訪問金鑰、其權限以及地域。</translation>
    </message>
    <message>
        <source>Amazon SES accepted the message.</source>
        <translation>Amazon SES 已接收郵件。</translation>
    </message>
    <message>
        <source>Amazon SES cannot use the custom MAIL FROM domain of {sender}: its MX record could not be read. Fix the DNS records shown in the SES console for region {region}, or turn the custom MAIL FROM domain off.</source>
        <translation>Amazon SES 無法使用 {sender} 的自訂 MAIL FROM 網域：讀不到它的 MX 記錄。請依 {region} 區域 SES 主控台中顯示的內容修正 DNS 記錄，或關閉自訂 MAIL FROM 網域。</translation>
    </message>
    <message>
        <source>Amazon SES did not accept the access key. Check the access key ID and secret in the account settings (and that the key is active in AWS IAM), then send again.</source>
        <translation>Amazon SES 不接受此存取金鑰。請在帳戶設定中檢查存取金鑰 ID 和私密金鑰（並確認該金鑰在 AWS IAM 中為啟用狀態），然後重新傳送。</translation>
    </message>
    <message>
        <source>Amazon SES had a temporary problem.</source>
        <translation>Amazon SES 發生暫時性問題。</translation>
    </message>
    <message>
        <source>Amazon SES has not verified the sender {identities} in region {region}. Verify this address or its domain in the SES console for region {region} (each region is verified separately), then send again.</source>
        <translation>Amazon SES 在 {region} 區域尚未驗證寄件者 {identities}。請在 {region} 區域的 SES 主控台中驗證此地址或其網域（每個區域需分別驗證），然後重新傳送。</translation>
    </message>
    <message>
        <source>Amazon SES has paused sending for this account in region {region}. Look for the e-mail AWS sent to the account owner and resolve the review in the SES console before sending.</source>
        <translation>Amazon SES 已暫停此帳戶在地域 {region} 的傳送。請查看 AWS 寄給帳戶擁有者的郵件，並在傳送前到 SES 主控台處理審查事項。</translation>
    </message>
    <message>
        <source>Amazon SES has paused sending for your account in region {region}. Look for the e-mail AWS sent to the account owner and resolve the review in the SES console before sending again.</source>
        <translation>Amazon SES 已暫停您的帳戶在 {region} 區域的傳送。請查看 AWS 寄給帳戶擁有者的郵件，在 SES 主控台中處理審查問題後再傳送。</translation>
    </message>
    <message>
        <source>Amazon SES has permanently stopped sending for your account in region {region}. Contact AWS Support.</source>
        <translation>Amazon SES 已永久停止您的帳戶在 {region} 區域的傳送。請聯絡 AWS 支援。</translation>
    </message>
    <message>
        <source>Amazon SES in {region} accepted the access key {key}.</source>
        <translation>地域 {region} 的 Amazon SES 接受了訪問金鑰 {key}。</translation>
    </message>
    <message>
        <source>Amazon SES only accepts a sender address written in plain ASCII before the @, so it cannot send from {sender}. Choose a sender address with only plain letters, digits and dots before the @.</source>
        <translation>Amazon SES 只接受 @ 前為一般 ASCII 字元的寄件者地址，因此無法從 {sender} 傳送。請選擇 @ 前只有英文字母、數字和點的寄件者地址。</translation>
    </message>
    <message>
        <source>Amazon SES only accepts addresses written in plain ASCII before the @. A domain with other letters is sent in Punycode automatically, but the part before the @ cannot be converted; use another address for this row. ({provider_text})</source>
        <translation>Amazon SES 只接受 @ 前為一般 ASCII 字元的地址。含其他文字的網域會自動以 Punycode 傳送，但 @ 前的部分無法轉換；請為此列使用其他地址。（{provider_text}）</translation>
    </message>
    <message>
        <source>Amazon SES refused the message because it has no recipient. Check the e-mail column of this row.</source>
        <translation>郵件沒有收件者，Amazon SES 拒絕了它。請檢查此列的電子郵件欄。</translation>
    </message>
    <message>
        <source>Amazon SES refused this message ({provider_text}). Check the message and the account settings.</source>
        <translation>Amazon SES 拒絕了這封郵件（{provider_text}）。請檢查郵件內容和帳戶設定。</translation>
    </message>
    <message>
        <source>Amazon SES refused this message: {provider_text}. Check its content and attachments.</source>
        <translation>Amazon SES 拒絕了這封郵件：{provider_text}。請檢查其內容和附件。</translation>
    </message>
    <message>
        <source>Amazon SES refused this row: {provider_text}. Check the addresses of this row.</source>
        <translation>Amazon SES 拒絕了此列：{provider_text}。請檢查此列的地址。</translation>
    </message>
    <message>
        <source>Amazon SES says messages are going out faster than your maximum sending rate; sending slows down automatically.</source>
        <translation>Amazon SES 表示傳送速度超過了您的最高傳送速率；傳送會自動放慢。</translation>
    </message>
    <message>
        <source>An address in this row contains a line break. Correct the address in the spreadsheet.</source>
        <translation>此列的某個地址中含有換行符號。請在試算表中更正該地址。</translation>
    </message>
    <message>
        <source>An unexpected error happened while sending: {error}.</source>
        <translation>傳送時發生了意外錯誤：{error}。</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密件副本</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>副本</translation>
    </message>
    <message>
        <source>Connected to {host} port {port}.</source>
        <translation>已連線到 {host} 的 {port} 連接埠。</translation>
    </message>
    <message>
        <source>Connection secured with STARTTLS; the certificate is valid.</source>
        <translation>已透過 STARTTLS 加密連線；憑證有效。</translation>
    </message>
    <message>
        <source>Could not reach Amazon SES (region {where}). Check the internet connection and the region, then test again.</source>
        <translation>無法連線到 Amazon SES（地域 {where}）。請檢查網路連線和地域，然後重新測試。</translation>
    </message>
    <message>
        <source>Could not reach Amazon SES ({where}). Check the internet connection and the region, then test again.</source>
        <translation>無法連線到 Amazon SES（{where}）。請檢查網路連線和地域，然後重新測試。</translation>
    </message>
    <message>
        <source>Could not reach Amazon SES in region {region}. Check the internet connection.</source>
        <translation>無法連線到 {region} 區域的 Amazon SES。請檢查網路連線。</translation>
    </message>
    <message>
        <source>Could not reach Tencent Cloud ({endpoint}). Check the internet connection, then test again.</source>
        <translation>無法連線到騰訊雲（{endpoint}）。請檢查網路連線，然後重新測試。</translation>
    </message>
    <message>
        <source>Could not reach Tencent Cloud. Check the internet connection.</source>
        <translation>無法連線到騰訊雲。請檢查網路連線。</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>網域名稱解析（DNS）</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>問候（EHLO）</translation>
    </message>
    <message>
        <source>Every variable of the template is sent; the template may have been changed during review.</source>
        <translation>範本的所有變數都已傳送；範本可能在審核期間被修改過。</translation>
    </message>
    <message>
        <source>Failed in this run; retry it to send it again.</source>
        <translation>本次傳送中失敗；要重新傳送，請重試。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <source>Left out of this send by you.</source>
        <translation>您已將其排除在本次傳送之外。</translation>
    </message>
    <message>
        <source>May have arrived in this run (the send was interrupted); not sent again without asking.</source>
        <translation>本次傳送中可能已送達（傳送曾中斷）；未經詢問不會重新傳送。</translation>
    </message>
    <message>
        <source>Missing: {names}.</source>
        <translation>缺少：{names}。</translation>
    </message>
    <message>
        <source>No login configured; the server accepts mail without one.</source>
        <translation>未設定登入；伺服器無須登入即可接收郵件。</translation>
    </message>
    <message>
        <source>No template ID is set, so messages go out in Simple mode, which Tencent Cloud allows only for accounts it has approved for it. If sending is refused, give the account the ID of an approved template.</source>
        <translation>未設定範本 ID，因此郵件以 Simple 模式傳送，而騰訊雲只允許經其核准的帳戶使用該模式。如果傳送遭拒，請為帳戶填寫一個已審核通過的範本 ID。</translation>
    </message>
    <message>
        <source>Not encrypted (security is set to none): fine for a local relay only.</source>
        <translation>未加密（安全設定為 none）：僅適用於本機轉送伺服器。</translation>
    </message>
    <message>
        <source>Not sent because of a problem in the row: {problem}</source>
        <translation>此列有問題，未傳送：{problem}</translation>
    </message>
    <message>
        <source>Production access: the account may send to any address.</source>
        <translation>已獲正式傳送權限：此帳戶可以寄給任何地址。</translation>
    </message>
    <message>
        <source>QUOTA</source>
        <translation>配額</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>回覆地址</translation>
    </message>
    <message>
        <source>Row {row} changed in the spreadsheet since this journal was started, so it was not sent: it could be a different person now. Check the report, then send changed rows with a new journal (--journal).</source>
        <translation>此傳送記錄開始後，第 {row} 列在試算表中被修改，因此沒有傳送：它現在可能是另一個人。請先檢視報告，再用新的傳送記錄（--journal）傳送修改過的列。</translation>
    </message>
    <message>
        <source>Row {row} has the same recipient {address} as row {first_row}. This person gets the message once, for row {first_row}, unless you choose one message per row when you send.</source>
        <translation>第 {row} 列的收件者 {address} 與第 {first_row} 列相同。除非傳送時選擇按每列各寄送一封，此人只會收到一封（按第 {first_row} 列）。</translation>
    </message>
    <message>
        <source>Row {row} is no longer in the spreadsheet (it now has {count} rows), so it was not sent. If rows were deleted or moved, start a new journal (--journal) after checking the report.</source>
        <translation>第 {row} 列已不在試算表中（現在共 {count} 列），因此沒有傳送。如果刪除或移動過列，請先檢視報告，再用新的傳送記錄（--journal）開始。</translation>
    </message>
    <message>
        <source>Row {row} was to be sent at {when}, more than {minutes} minutes ago, so it was not sent late. If it should still go, empty its send-at cell and send it with a new journal (--journal).</source>
        <translation>第 {row} 列原定於 {when} 傳送，已過去 {minutes} 分鐘以上，因此不再延遲傳送。如果仍需傳送，請清空它的傳送時間儲存格，並用新的傳送記錄（--journal）傳送。</translation>
    </message>
    <message>
        <source>Runs are paced at {limits}.</source>
        <translation>傳送速度為{limits}。</translation>
    </message>
    <message>
        <source>Runs are paced at {limits}. {left}</source>
        <translation>傳送速度為{limits}。{left}</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>寄件者</translation>
    </message>
    <message>
        <source>SENDING</source>
        <translation>傳送</translation>
    </message>
    <message>
        <source>SIGN-IN</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Same address as row {first_row}, which gets the message.</source>
        <translation>與第 {first_row} 列地址相同，郵件寄給那一列。</translation>
    </message>
    <message>
        <source>Secure connection (TLS) established; the certificate is valid.</source>
        <translation>已建立安全連線（TLS）；憑證有效。</translation>
    </message>
    <message>
        <source>Sending is enabled for this account.</source>
        <translation>此帳戶已啟用傳送。</translation>
    </message>
    <message>
        <source>Sending stopped because of an unexpected error: {error}.</source>
        <translation>因發生意外錯誤，傳送已停止：{error}。</translation>
    </message>
    <message>
        <source>Sending stopped: the server would not take messages in {attempts} tries in a row, with a growing pause between them. {reason}{answer} Rows not sent yet stay pending: run the same command with --resume later.</source>
        <translation>傳送已停止：連續 {attempts} 次嘗試（間隔逐漸加長），伺服器都不接收郵件。{reason}{answer} 尚未傳送的列保持等待：請稍後用 --resume 再執行同一指令。</translation>
    </message>
    <message>
        <source>Sent without {listed}: on the suppression list, so left out of Cc/Bcc. Remove an address from the list only if you know it works again.</source>
        <translation>已傳送，但未包含 {listed}：它們在禁發名單中，因此從副本/密件副本中移除了。只有確認地址已恢復可用時，才將其從名單中刪除。</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>已以 {user} 身分登入。</translation>
    </message>
    <message>
        <source>Signed in with OAuth.</source>
        <translation>已透過 OAuth 登入。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while talking to the server.</source>
        <translation>與伺服器通訊時出現了意外問題。</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>連線（TCP）</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>範本</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>加密（TLS）</translation>
    </message>
    <message>
        <source>Template {template} is approved.</source>
        <translation>範本 {template} 已審核通過。</translation>
    </message>
    <message>
        <source>Template {template} is still waiting for Tencent Cloud&apos;s review; sending works once it is approved.</source>
        <translation>範本 {template} 仍在等待騰訊雲審核；審核通過後即可傳送。</translation>
    </message>
    <message>
        <source>Template {template} was not approved (status {status}). Edit it in the SES console and submit it for review again, or use another template.</source>
        <translation>範本 {template} 未通過審核（狀態 {status}）。請在 SES 主控台中修改後重新提交審核，或改用其他範本。</translation>
    </message>
    <message>
        <source>Tencent Cloud SES in {region} accepted the SecretId {key}.</source>
        <translation>地域 {region} 的騰訊雲 SES 接受了 SecretId {key}。</translation>
    </message>
    <message>
        <source>Tencent Cloud SES in {region} refused the request ({answer}). Check the API key and the region.</source>
        <translation>地域 {region} 的騰訊雲 SES 拒絕了請求（{answer}）。請檢查 API 金鑰和地域。</translation>
    </message>
    <message>
        <source>Tencent Cloud accepted the message.</source>
        <translation>騰訊雲已接收郵件。</translation>
    </message>
    <message>
        <source>Tencent Cloud allows 20 requests per second; sending slows down automatically.</source>
        <translation>騰訊雲每秒最多允許 20 個請求；傳送會自動放慢。</translation>
    </message>
    <message>
        <source>Tencent Cloud blocks it for 14 days after mail to it was refused</source>
        <translation>寄往該地址的郵件被拒收後，騰訊雲將其封鎖 14 天</translation>
    </message>
    <message>
        <source>Tencent Cloud blocks this address for 14 days because mail to it was recently refused (the blocklist is shared by all Tencent accounts). If the address is right, release it in the SES console (or ask Tencent Cloud support when it was blocked by another account).</source>
        <translation>由於最近寄往該地址的郵件被拒收，騰訊雲將此地址封鎖 14 天（所有騰訊雲帳戶共用此黑名單）。如果地址無誤，請在 SES 主控台中解除封鎖（若是被其他帳戶封鎖，請聯絡騰訊雲客服）。</translation>
    </message>
    <message>
        <source>Tencent Cloud could not open template {template} in region {region} ({answer}). Check the template ID in the SES console&apos;s template list.</source>
        <translation>騰訊雲無法開啟地域 {region} 中的範本 {template}（{answer}）。請在 SES 主控台的範本清單中核對範本 ID。</translation>
    </message>
    <message>
        <source>Tencent Cloud did not accept the API key. Check the SecretId and SecretKey in the account settings (and that the key has the QcloudSESFullAccess or QcloudFullAccess permission), then send again.</source>
        <translation>騰訊雲不接受此 API 金鑰。請在帳戶設定中檢查 SecretId 和 SecretKey（並確認該金鑰具有 QcloudSESFullAccess 或 QcloudFullAccess 權限），然後重新傳送。</translation>
    </message>
    <message>
        <source>Tencent Cloud does not accept the name or type of an attachment of this row ({provider_text}). Rename the file without special characters, or send it in another format.</source>
        <translation>騰訊雲不接受此列某個附件的名稱或類型（{provider_text}）。請把檔案改成不含特殊字元的名稱，或換一種格式傳送。</translation>
    </message>
    <message>
        <source>Tencent Cloud had a temporary problem.</source>
        <translation>騰訊雲發生暫時性問題。</translation>
    </message>
    <message>
        <source>Tencent Cloud has blocked sending for a while because too many recent messages were refused. Clean the address list before sending again.</source>
        <translation>由於近期被拒收的郵件過多，騰訊雲暫時禁止了傳送。請先清理地址清單再傳送。</translation>
    </message>
    <message>
        <source>Tencent Cloud has not verified the sender {sender} or its domain. Finish the sender and domain verification in the SES console (and do not change the DNS records afterwards), then send again.</source>
        <translation>騰訊雲尚未驗證寄件者 {sender} 或其網域。請在 SES 主控台完成寄件者和網域驗證（之後不要再修改 DNS 記錄），然後重新傳送。</translation>
    </message>
    <message>
        <source>Tencent Cloud limits how many messages one address may get in a short time (about 10 an hour).</source>
        <translation>騰訊雲限制一個地址在短時間內可收到的郵件數（每小時約 10 封）。</translation>
    </message>
    <message>
        <source>Tencent Cloud needs a subject of 1 to 100 characters. Shorten or fill in the subject of this row.</source>
        <translation>騰訊雲要求主旨為 1 到 100 個字元。請縮短或填寫此列的主旨。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused a link in this message ({provider_text}). Remove or change the link.</source>
        <translation>騰訊雲拒絕了這封郵件中的連結（{provider_text}）。請刪除或更換該連結。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request because your computer&apos;s clock is off. Set the date and time automatically (with the right time zone) in your system settings, then send again.</source>
        <translation>您的電腦時鐘不準，騰訊雲拒絕了請求。請在系統設定中自動設定日期和時間（並選對時區），然後重新傳送。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the sender name in {sender}. Write it as &apos;Name &lt;address&gt;&apos; without a colon.</source>
        <translation>騰訊雲拒絕了 {sender} 中的寄件者名稱。請寫成 &apos;Name &lt;address&gt;&apos; 的形式，不要帶冒號。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the values of this row for the template ({provider_text}). Values must be plain text without HTML tags, and all of them together under 800 bytes.</source>
        <translation>騰訊雲拒絕了此列用於範本的值（{provider_text}）。值必須是不含 HTML 標籤的純文字，且總共少於 800 位元組。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused this message ({provider_text}). Check the message and the account settings.</source>
        <translation>騰訊雲拒絕了這封郵件（{provider_text}）。請檢查郵件內容和帳戶設定。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused this message as too large or with too many attachments ({provider_text}). Keep attachments under 4 MB in total and at most 10 files.</source>
        <translation>騰訊雲以郵件過大或附件過多為由拒絕了它（{provider_text}）。附件總大小請控制在 4 MB 以內，最多 10 個檔案。</translation>
    </message>
    <message>
        <source>Tencent Cloud reports a problem with this account&apos;s sending ({provider_text}). Open a ticket with Tencent Cloud support.</source>
        <translation>騰訊雲回報此帳戶的傳送有問題（{provider_text}）。請向騰訊雲客服提交工單。</translation>
    </message>
    <message>
        <source>Tencent Cloud says an address of this row is not valid ({provider_text}). Check the e-mail column.</source>
        <translation>騰訊雲表示此列的某個地址無效（{provider_text}）。請檢查電子郵件欄。</translation>
    </message>
    <message>
        <source>Tencent Cloud template {template_id} does not exist, is empty or is not approved yet. Check the template ID in the account settings and its review status in the SES console.</source>
        <translation>騰訊雲範本 {template_id} 不存在、為空或尚未通過審核。請檢查帳戶設定中的範本 ID 以及它在 SES 主控台中的審核狀態。</translation>
    </message>
    <message>
        <source>Tencent Cloud template {template_id} expects other variables than this campaign sends ({sent}). {missing} Make the spreadsheet&apos;s column names match the template&apos;s {{{{variables}}}}, then send again.</source>
        <translation>騰訊雲範本 {template_id} 需要的變數與本活動傳送的變數（{sent}）不一致。{missing} 請讓試算表的欄名與範本的 {{{{variables}}}} 一致，然後重新傳送。</translation>
    </message>
    <message>
        <source>The API key works but may not use Tencent Cloud SES. Give it the QcloudSESFullAccess permission in the Tencent Cloud console (CAM), then test again.</source>
        <translation>API 金鑰有效，但無權使用騰訊雲 SES。請在騰訊雲主控台（CAM）中為其授予 QcloudSESFullAccess 權限，然後重新測試。</translation>
    </message>
    <message>
        <source>The access key is valid but is not allowed to send e-mail with Amazon SES. Give it the ses:SendEmail and ses:SendRawEmail permissions in AWS IAM.</source>
        <translation>存取金鑰有效，但無權透過 Amazon SES 傳送郵件。請在 AWS IAM 中為它授予 ses:SendEmail 和 ses:SendRawEmail 權限。</translation>
    </message>
    <message>
        <source>The access key works but may not read the SES account (ses:GetAccount). Add ses:GetAccount and ses:SendEmail to its IAM policy, so runs can follow your quota.</source>
        <translation>訪問金鑰有效，但無權讀取 SES 帳戶資訊（ses:GetAccount）。請在其 IAM 政策中加入 ses:GetAccount 和 ses:SendEmail，以便傳送時遵循您的配額。</translation>
    </message>
    <message>
        <source>The account is still in the Amazon SES sandbox in {region}: it may send only to addresses verified in SES, at most 200 a day. Ask AWS for production access before a real mailing.</source>
        <translation>此帳戶在地域 {region} 仍處於 Amazon SES 沙盒中：只能寄給在 SES 中驗證過的地址，每天最多 200 封。正式大量寄送前請向 AWS 申請正式傳送權限。</translation>
    </message>
    <message>
        <source>The configuration set named in the account settings does not exist in Amazon SES region {region}. Correct its name or leave it empty.</source>
        <translation>帳戶設定中填寫的組態集在 Amazon SES 的 {region} 區域中不存在。請更正其名稱，或將其留空。</translation>
    </message>
    <message>
        <source>The connection broke after the message was handed over but before the server confirmed it. It may or may not have been delivered, so it will not be resent automatically; check with the recipient, then choose whether to send this row again.</source>
        <translation>郵件交給伺服器後、伺服器確認前，連線中斷了。郵件可能已送達，也可能沒有，因此不會自動重新傳送；請向收件者確認，再決定是否重新傳送此列。</translation>
    </message>
    <message>
        <source>The connection to Amazon SES broke after the message was handed over, so it may or may not have been sent. It will not be sent again automatically; check the recipient&apos;s mailbox or the SES sending statistics before retrying this row.</source>
        <translation>郵件交出後與 Amazon SES 的連線中斷了，因此可能已傳送，也可能沒有。不會自動重新傳送；重新傳送此列前，請查看收件者的信箱或 SES 傳送統計。</translation>
    </message>
    <message>
        <source>The connection to Tencent Cloud broke while the message was being handed over, so it may or may not have been sent. It will not be sent again automatically; check the SES console&apos;s sending statistics before retrying this row.</source>
        <translation>交付郵件時與騰訊雲的連線中斷了，因此可能已傳送，也可能沒有。不會自動重新傳送；重新傳送此列前，請查看 SES 主控台的傳送統計。</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the message was sent.</source>
        <translation>郵件寄出前與伺服器的連線中斷了。</translation>
    </message>
    <message>
        <source>The hourly limit of messages to addresses at {key} is reached, so row {row} waits; other rows go on. It is sent by itself at about {at}.</source>
        <translation>寄往 {key} 網域地址的每小時上限已到，第 {row} 列需等待；其他列繼續傳送。它將在約 {at} 自動傳送。</translation>
    </message>
    <message>
        <source>The hourly limit of messages to {key} is reached, so row {row} waits; other rows go on. It is sent by itself at about {at}.</source>
        <translation>寄往 {key} 的每小時上限已到，第 {row} 列需等待；其他列繼續傳送。它將在約 {at} 自動傳送。</translation>
    </message>
    <message>
        <source>The per-day sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>已達到每日傳送上限。約 {at} 會自動繼續傳送。</translation>
    </message>
    <message>
        <source>The per-hour sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>已達到每小時傳送上限。約 {at} 會自動繼續傳送。</translation>
    </message>
    <message>
        <source>The per-minute sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>已達到每分鐘傳送上限。約 {at} 會自動繼續傳送。</translation>
    </message>
    <message>
        <source>The per-second sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>已達到每秒傳送上限。約 {at} 會自動繼續傳送。</translation>
    </message>
    <message>
        <source>The program stopped while this message was being sent, so it may or may not have arrived. Check with the recipient, then use --retry-failed if it needs sending again.</source>
        <translation>傳送這封郵件時程式停止了，因此它可能已送達，也可能沒有。請向收件者確認；如需重新傳送，請使用 --retry-failed。</translation>
    </message>
    <message>
        <source>The provider has paused or suspended sending for this account. Sign in to the provider&apos;s console to see why and resolve it before sending again. Provider&apos;s answer: {text}</source>
        <translation>服務商已暫停或停用此帳戶的傳送。請登入服務商的主控台查看原因並處理後再傳送。服務商的回覆：{text}</translation>
    </message>
    <message>
        <source>The provider says the sender address or domain is not verified. Verify it in the provider&apos;s console, then send again. Provider&apos;s answer: {text}</source>
        <translation>服務商表示寄件地址或網域未經驗證。請在服務商的主控台中驗證後重新傳送。服務商的回覆：{text}</translation>
    </message>
    <message>
        <source>The provider says the sending quota is used up. Sending continues by itself at about {at}.</source>
        <translation>服務商表示傳送配額已用完。約 {at} 會自動繼續傳送。</translation>
    </message>
    <message>
        <source>The receiving server refused this message by policy (spam filter or security rule). Read the server&apos;s answer, change the message or ask the recipient to allow it: {text}</source>
        <translation>收件方伺服器依政策（垃圾郵件過濾或安全規則）拒收了這封郵件。請閱讀伺服器的回覆，修改郵件，或請收件者允許接收：{text}</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail provider asked Tencent Cloud to slow down, so sending there pauses for 10 minutes.</source>
        <translation>收件者的郵件服務商要求騰訊雲放慢速度，因此寄往那裡的郵件暫停 10 分鐘。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server refused this message ({provider_text}).</source>
        <translation>收件者的郵件伺服器拒收了這封郵件（{provider_text}）。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full and the server gave up. Contact the person another way, or send this row again later.</source>
        <translation>收件者的信箱已滿，伺服器已放棄投遞。請用其他方式聯絡此人，或稍後重新傳送此列。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full; if it stays full, contact the person another way.</source>
        <translation>收件者的信箱已滿；如果一直滿著，請用其他方式聯絡此人。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up. The port and security setting probably do not match: port 465 usually needs TLS, ports 587 and 25 usually need STARTTLS.</source>
        <translation>無法建立安全（TLS）連線。連接埠和安全設定可能不相符：465 連接埠通常要用 TLS，587 和 25 連接埠通常要用 STARTTLS。</translation>
    </message>
    <message>
        <source>The sender domain {domain} is added in region {region} but not verified yet. Add the DNS records the SES console shows, then verify it again there.</source>
        <translation>寄件網域 {domain} 已新增到地域 {region}，但尚未驗證。請新增 SES 主控台顯示的 DNS 記錄，然後在主控台中重新驗證。</translation>
    </message>
    <message>
        <source>The sender domain {domain} is not set up in Tencent Cloud SES in region {region} (no domain is set up there). Add and verify it in the SES console for this region, or choose the region where it is verified as the account&apos;s region.</source>
        <translation>寄件網域 {domain} 未在地域 {region} 的騰訊雲 SES 中設定（該地域沒有設定任何網域）。請在該地域的 SES 主控台中新增並驗證它，或將帳戶的地域改為已驗證該網域的地域。</translation>
    </message>
    <message>
        <source>The sender domain {domain} is not set up in Tencent Cloud SES in region {region} (set up there: {known}). Add and verify it in the SES console for this region, or choose the region where it is verified as the account&apos;s region.</source>
        <translation>寄件網域 {domain} 未在地域 {region} 的騰訊雲 SES 中設定（該地域已設定：{known}）。請在該地域的 SES 主控台中新增並驗證它，或將帳戶的地域改為已驗證該網域的地域。</translation>
    </message>
    <message>
        <source>The sender domain {domain} is verified in region {region}.</source>
        <translation>寄件網域 {domain} 已在地域 {region} 通過驗證。</translation>
    </message>
    <message>
        <source>The sender domain {domain} is verified in region {region}. It may send at most {quota:,} mails a day.</source>
        <translation>寄件網域 {domain} 已在地域 {region} 通過驗證。每天最多可寄送 {quota:,} 封。</translation>
    </message>
    <message>
        <source>The sending account is still in the provider&apos;s sandbox and may only send to verified addresses. Ask the provider for production access, then send again. Provider&apos;s answer: {text}</source>
        <translation>寄件帳戶仍處於服務商的沙盒中，只能寄給已驗證的地址。請向服務商申請正式傳送權限，然後重新傳送。服務商的回覆：{text}</translation>
    </message>
    <message>
        <source>The sending rate limit is reached. Sending continues by itself at about {at}.</source>
        <translation>已達到傳送速率上限。約 {at} 會自動繼續傳送。</translation>
    </message>
    <message>
        <source>The server accepted the connection on port {port} but never greeted us. This usually means the port expects TLS from the first byte (port 465): choose TLS as the security setting.</source>
        <translation>伺服器在 {port} 連接埠接受了連線，但一直沒有發出問候。這通常表示該連接埠從一開始就要求 TLS（465 連接埠）：請將加密方式設為 TLS。</translation>
    </message>
    <message>
        <source>The server accepted the message.</source>
        <translation>伺服器已接收郵件。</translation>
    </message>
    <message>
        <source>The server answered {code} {text} to DATA instead of 354 (go ahead), so no message can be handed over. Check the server address and port are those of a mail server; nothing was sent.</source>
        <translation>伺服器對 DATA 的回覆是 {code} {text}，而不是 354（可以開始），因此無法交付郵件。請檢查伺服器地址和連接埠是否屬於郵件伺服器；沒有傳送任何內容。</translation>
    </message>
    <message>
        <source>The server asked to slow down. Sending continues at a lower rate; no message was lost.</source>
        <translation>伺服器要求放慢速度。傳送會以較低速率繼續；沒有遺失任何郵件。</translation>
    </message>
    <message>
        <source>The server could not accept the login right now. Server&apos;s answer: {text}</source>
        <translation>伺服器暫時無法接受登入。伺服器的回覆：{text}</translation>
    </message>
    <message>
        <source>The server could not take the message right now.</source>
        <translation>伺服器暫時無法接收郵件。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>伺服器沒有及時回覆。</translation>
    </message>
    <message>
        <source>The server did not offer a login method this program can use. Choose STARTTLS or TLS in the account settings (many servers only offer login on a secure connection).</source>
        <translation>伺服器沒有提供本程式可用的登入方式。請在帳戶設定中選擇 STARTTLS 或 TLS（許多伺服器只在安全連線上提供登入）。</translation>
    </message>
    <message>
        <source>The server does not accept a password login for this mailbox (Microsoft 365 turns SMTP login off by default). Ask your administrator to enable &apos;Authenticated SMTP&apos; for this mailbox, or use another sending account.</source>
        <translation>伺服器不接受此信箱的密碼登入（Microsoft 365 預設關閉 SMTP 登入）。請讓管理員為此信箱啟用「Authenticated SMTP」，或改用其他寄件帳戶。</translation>
    </message>
    <message>
        <source>The server gave an answer this program does not understand after the message was handed over, so it may or may not have been delivered. It is not sent again by itself; check with the recipient, then choose whether to send this row again. Server&apos;s answer: {text}</source>
        <translation>郵件交出後，伺服器給出了本程式無法理解的回覆，因此郵件可能已送達，也可能沒有。不會自動重新傳送；請向收件者確認，再決定是否重新傳送此列。伺服器的回覆：{text}</translation>
    </message>
    <message>
        <source>The server gave an answer this program does not understand.</source>
        <translation>伺服器給出了本程式無法理解的回覆。</translation>
    </message>
    <message>
        <source>The server greeted us and listed what it supports.</source>
        <translation>伺服器已回應問候，並列出了它支援的功能。</translation>
    </message>
    <message>
        <source>The server is busy or closing the connection.</source>
        <translation>伺服器忙碌或正在關閉連線。</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the spelling of the server name and your internet connection.</source>
        <translation>找不到該伺服器名稱。請檢查伺服器名稱的拼寫和網路連線。</translation>
    </message>
    <message>
        <source>The server refused the connection on this port. If this keeps happening, check the server name and port in the account settings.</source>
        <translation>伺服器拒絕了此連接埠上的連線。如果一直這樣，請在帳戶設定中檢查伺服器名稱和連接埠。</translation>
    </message>
    <message>
        <source>The server refused the sender address or this connection, so no row can be sent. Check the From address is one this account may send as. Server&apos;s answer: {text}</source>
        <translation>伺服器拒絕了寄件地址或此連線，因此所有列都無法傳送。請檢查寄件者（From）地址是否是此帳戶可以使用的地址。伺服器的回覆：{text}</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check both in the account settings and try again.</source>
        <translation>伺服器拒絕了使用者名稱或密碼。請在帳戶設定中檢查兩者後重試。</translation>
    </message>
    <message>
        <source>The server refused this message. Read its answer, correct the row and send it again: {text}</source>
        <translation>伺服器拒收了這封郵件。請閱讀它的回覆，更正此列後重新傳送：{text}</translation>
    </message>
    <message>
        <source>The server refuses to pass mail on to other addresses (relay access denied), so no row can be sent through it. It probably needs a login (--user, or a saved account), or this is not your provider&apos;s sending server. Server&apos;s answer: {text}</source>
        <translation>伺服器拒絕把郵件轉寄到其他地址（拒絕轉送），因此無法透過它傳送任何列。它可能需要登入（--user 或已儲存的帳戶），或者這不是您的服務商的寄信伺服器。伺服器的回覆：{text}</translation>
    </message>
    <message>
        <source>The server requires a login before sending. Enter the user name and password of the sending account (and use STARTTLS or TLS if the server asks for it).</source>
        <translation>伺服器要求先登入再傳送。請輸入寄件帳戶的使用者名稱和密碼（如伺服器要求，請使用 STARTTLS 或 TLS）。</translation>
    </message>
    <message>
        <source>The server wants an app password, not your normal password (Gmail and others do this when two-step verification is on). Create an app password in your account&apos;s security settings and use it here.</source>
        <translation>伺服器要求使用應用程式密碼，而不是您平常的密碼（開啟兩步驟驗證後，Gmail 等會這樣要求）。請在帳戶的安全性設定中建立應用程式密碼並在這裡使用。</translation>
    </message>
    <message>
        <source>The server {host} does not offer OAuth (XOAUTH2) login. Use a password or app password for this account instead.</source>
        <translation>伺服器 {host} 不支援 OAuth（XOAUTH2）登入。此帳戶請改用密碼或應用專用密碼。</translation>
    </message>
    <message>
        <source>The server {host} does not offer encryption (STARTTLS), so the password would travel over the network as plain text; nothing was sent. Use the server&apos;s secure port (465 with TLS, or 587 with STARTTLS), or choose security &apos;none&apos; (--security none) only for a relay you trust on your own network.</source>
        <translation>伺服器 {host} 不支援加密（STARTTLS），密碼會以明文在網路上傳輸，因此沒有傳送任何郵件。請使用伺服器的安全埠（TLS 用 465，STARTTLS 用 587）；只有對您自己網路中信任的中繼，才選擇加密方式 &apos;none&apos;（--security none）。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be trusted ({detail}). Check the server name is exactly the one your provider gives; if this is your own server, install a valid certificate.</source>
        <translation>無法信任伺服器的安全憑證（{detail}）。請檢查伺服器名稱與服務商提供的完全一致；如果是您自己的伺服器，請安裝有效的憑證。</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; in {file} is empty; choose the sheet that holds your contacts ({sheets}).</source>
        <translation>{file} 中的工作表 &quot;{sheet}&quot; 是空的；請選擇存放聯絡人的工作表（{sheets}）。</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; in {file} spans {rows:,} rows by {columns:,} columns, more than Mail Merge reads ({limit:,} cells); delete the unused rows and columns (often one stray cell far down or far right), save, and open it again.</source>
        <translation>{file} 中的工作表 &quot;{sheet}&quot; 有 {rows:,} 行 × {columns:,} 列，超過了郵件合併能讀取的範圍（{limit:,} 個儲存格）；請刪除未使用的列和欄（常常是遠在下方或右側的一個儲存格），儲存後重新開啟。</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in. Start the sign-in again.</source>
        <translation>登入回覆與本次登入不符。請重新登入。</translation>
    </message>
    <message>
        <source>The sign-in server did not allow Mail Merge to stay signed in. Sign in again and accept all requested permissions.</source>
        <translation>登入伺服器不允許郵件合併保持登入。請重新登入並接受所有請求的權限。</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP {status}, {error}). Try signing in again; if it keeps failing, check the account&apos;s app registration.</source>
        <translation>登入伺服器拒絕了請求（HTTP {status}，{error}）。請重新登入；如果一直失敗，請檢查該帳戶的應用註冊。</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer had no access token. Sign in again.</source>
        <translation>登入伺服器的回覆中沒有訪問令牌。請重新登入。</translation>
    </message>
    <message>
        <source>The suppression list {path} cannot be opened ({error}). Check the folder is writable, or move the damaged file away so a new list is started.</source>
        <translation>無法開啟禁發名單 {path}（{error}）。請檢查資料夾是否可寫入，或把損壞的檔案移走以新建名單。</translation>
    </message>
    <message>
        <source>The template ID must be the number the Tencent Cloud SES console shows for an approved template, not {value}.</source>
        <translation>範本 ID 必須是騰訊雲 SES 控制台中已審核通過範本的編號，不能是 {value}。</translation>
    </message>
    <message>
        <source>The template could not be read to compare its variables.</source>
        <translation>無法讀取範本來比較其變數。</translation>
    </message>
    <message>
        <source>The template {file} cannot be read ({reason}). Check the file and its permissions.</source>
        <translation>無法讀取範本 {file}（{reason}）。請檢查檔案及其權限。</translation>
    </message>
    <message>
        <source>The template {file} does not exist. Check the file name.</source>
        <translation>範本 {file} 不存在。請檢查檔名。</translation>
    </message>
    <message>
        <source>The template {file} has the extension {suffix!r}; name it .md (Markdown), .html or .txt.</source>
        <translation>範本 {file} 的副檔名是「{suffix}」；請改為 .md（Markdown）、.html 或 .txt。</translation>
    </message>
    <message>
        <source>The template {file} is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>範本 {file} 不是 UTF-8 文本。請另存為 UTF-8 後重試。</translation>
    </message>
    <message>
        <source>The text encoding of {file} could not be recognised; open it in a spreadsheet program and save it as &quot;CSV UTF-8&quot; (or .xlsx), then open that file.</source>
        <translation>無法識別 {file} 的文字編碼；請用試算表軟體開啟，另存為「CSV UTF-8」（或 .xlsx），再開啟新檔案。</translation>
    </message>
    <message>
        <source>The trigger type must be 0 (bulk mail) or 1 (triggered mail such as codes), not {value}.</source>
        <translation>觸發型別必須是 0（批次郵件）或 1（驗證碼等觸發類郵件），不能是 {value}。</translation>
    </message>
    <message>
        <source>The unsubscribe option must be a number from 0 (no link) to 12, not &apos;{value}&apos;.</source>
        <translation>退訂選項必須是 0（無連結）到 12 之間的數字，不能是 &apos;{value}&apos;。</translation>
    </message>
    <message>
        <source>The {preset} preset signs in with a password, not with OAuth, so --oauth-client-id and --oauth-client-secret do not apply. Presets that sign in: {presets}.</source>
        <translation>{preset} 預設使用密碼而不是 OAuth 登入，因此 --oauth-client-id 和 --oauth-client-secret 不適用。支援登入的預設：{presets}。</translation>
    </message>
    <message>
        <source>There is no data row {row}: {file} has data rows 1 to {count} (row 1 is the first row under the column names). Choose a row in that range.</source>
        <translation>沒有第 {row} 個資料列：{file} 有第 1 到第 {count} 個資料列（第 1 列是欄名下面的第一列）。請在這個範圍內選擇。</translation>
    </message>
    <message>
        <source>There is no provider preset called {key!r}. Choose one of: {keys} (see `mailmerge account presets`).</source>
        <translation>沒有名為「{key}」的服務商預設。請從以下選擇：{keys}（參見 `mailmerge account presets`）。</translation>
    </message>
    <message>
        <source>There is no saved account called {name!r}. Saved accounts: {names}. Add one with `mailmerge account add NAME --preset PRESET`.</source>
        <translation>沒有名為「{name}」的已儲存帳戶。已儲存的帳戶：{names}。請用 `mailmerge account add 名稱 --preset 預設` 新增。</translation>
    </message>
    <message>
        <source>This Tencent Cloud account may not send attachments. Ask Tencent Cloud support to allow them, or remove the attachments from the template.</source>
        <translation>此騰訊雲帳戶不能傳送附件。請聯絡騰訊雲客服開通，或從範本中刪除附件。</translation>
    </message>
    <message>
        <source>This Tencent Cloud account may only send approved templates. Enter the template ID in the account settings, then send again.</source>
        <translation>此騰訊雲帳戶只能傳送已審核通過的範本。請在帳戶設定中填寫範本 ID，然後重新傳送。</translation>
    </message>
    <message>
        <source>This address does not exist (the receiving server says there is no such mailbox or domain). Correct the address in the spreadsheet; it will not be tried again.</source>
        <translation>此地址不存在（收件方伺服器表示沒有這個信箱或網域）。請在試算表中更正地址；不會再嘗試此地址。</translation>
    </message>
    <message>
        <source>This campaign goes to {count} people but offers no way to unsubscribe. Gmail and Yahoo expect bulk mail to have one and may file it as spam: set an unsubscribe address for the account, or add an Unsubscribe: line to the template (Unsubscribe: none for mail people cannot opt out of).</source>
        <translation>此活動將發給 {count} 人，但沒有退訂方式。Gmail 和 Yahoo 要求群發郵件提供退訂方式，否則可能歸為垃圾郵件：請為帳戶設定退訂地址，或在範本中新增 Unsubscribe: 行（不能退訂的郵件寫 Unsubscribe: none）。</translation>
    </message>
    <message>
        <source>This recipient unsubscribed from mail sent from your domain, so Tencent Cloud no longer delivers to them.</source>
        <translation>此收件者已取消訂閱您的網域寄出的郵件，因此騰訊雲不再向其投遞。</translation>
    </message>
    <message>
        <source>This row could not be turned into an Amazon SES request: {error}</source>
        <translation>無法把此列轉換為 Amazon SES 請求：{error}</translation>
    </message>
    <message>
        <source>This row has an address with non-English letters before the @, and the server cannot deliver such addresses. Use a plain address for this row.</source>
        <translation>此列有一個 @ 前含非英文字母的地址，而伺服器無法投遞這類地址。請為此列使用一般地址。</translation>
    </message>
    <message>
        <source>This row is no longer in the spreadsheet.</source>
        <translation>此列已不在試算表中。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件者</translation>
    </message>
    <message>
        <source>Unsubscribe address</source>
        <translation>退訂地址</translation>
    </message>
    <message>
        <source>Use either --server or --account, not both.</source>
        <translation>--server 和 --account 只能用其中一個。</translation>
    </message>
    <message>
        <source>You have reached the number of messages Amazon SES lets you send in 24 hours in region {region}. Sending will continue when the 24-hour window has room again; to send more, request a higher sending quota.</source>
        <translation>您已達到 Amazon SES 在 {region} 區域 24 小時內允許傳送的郵件數。24 小時額度有空餘時會繼續傳送；如需傳送更多，請申請提高傳送配額。</translation>
    </message>
    <message>
        <source>You have reached today&apos;s Tencent Cloud sending limit. Sending continues after midnight China time.</source>
        <translation>已達到騰訊雲今天的傳送上限。中國時間午夜後會繼續傳送。</translation>
    </message>
    <message>
        <source>Your Amazon SES account in region {region} is still in the sandbox, where it may only send to verified addresses, and {identities} is not verified. Verify the recipient, or ask AWS to move the account out of the sandbox (production access).</source>
        <translation>您在 {region} 區域的 Amazon SES 帳戶仍處於沙盒中，只能寄給已驗證的地址，而 {identities} 未經驗證。請驗證該收件者，或請 AWS 將帳戶移出沙盒（正式傳送權限）。</translation>
    </message>
    <message>
        <source>Your Tencent Cloud SES package has no messages left. Buy more in the SES console, then send again.</source>
        <translation>您的騰訊雲 SES 方案已沒有剩餘郵件數。請在 SES 主控台購買後重新傳送。</translation>
    </message>
    <message>
        <source>Your Tencent Cloud account has no credit left. Top it up in the billing console, then send again.</source>
        <translation>您的騰訊雲帳戶餘額不足。請在費用中心儲值後重新傳送。</translation>
    </message>
    <message>
        <source>Your account has reached its daily sending limit. Sending will pause until the limit resets; the remaining rows stay queued.</source>
        <translation>您的帳戶已達到每日傳送上限。傳送會暫停到額度重置；其餘列繼續排隊。</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>手動新增</translation>
    </message>
    <message>
        <source>blocked for a while (the provider refuses mail to it until the date shown)</source>
        <translation>暫時封鎖（服務商在所示日期前拒絕向其寄信）</translation>
    </message>
    <message>
        <source>built-in outbox (nothing is sent; messages are saved in {folder})</source>
        <translation>內建寄件匣（不會真正寄出，郵件儲存在 {folder}）</translation>
    </message>
    <message>
        <source>mail to it bounced for good (the address does not exist or refuses mail)</source>
        <translation>寄往該地址的郵件被永久退回（地址不存在或拒收郵件）</translation>
    </message>
    <message>
        <source>no variables</source>
        <translation>沒有變數</translation>
    </message>
    <message>
        <source>row {row}: failed: {reason}{said}</source>
        <translation>第 {row} 列：失敗：{reason}{said}</translation>
    </message>
    <message>
        <source>row {row}: not sent: {reason}</source>
        <translation>第 {row} 列：未傳送：{reason}</translation>
    </message>
    <message>
        <source>row {row}: skipped: {reason}</source>
        <translation>第 {row} 列：已略過：{reason}</translation>
    </message>
    <message>
        <source>row {row}: unknown: {reason}</source>
        <translation>第 {row} 列：未知：{reason}</translation>
    </message>
    <message>
        <source>see Check</source>
        <translation>見「檢查」步驟</translation>
    </message>
    <message>
        <source>the address does not exist (the receiving server said so)</source>
        <translation>地址不存在（收件方伺服器如是說）</translation>
    </message>
    <message>
        <source>the person asked not to get mail</source>
        <translation>對方要求不再收到郵件</translation>
    </message>
    <message>
        <source>the person marked a message as spam</source>
        <translation>對方將郵件標記為垃圾郵件</translation>
    </message>
    <message>
        <source>the reason {value!r} is not one this app knows ({known}); the line was skipped.</source>
        <translation>原因「{value}」不是本軟體認識的（{known}）；已跳過該行。</translation>
    </message>
    <message>
        <source>the {column} date {value!r} is not a date; write it as YYYY-MM-DD. The line was skipped.</source>
        <translation>{column} 日期「{value}」不是日期；請寫成 YYYY-MM-DD。已跳過該行。</translation>
    </message>
    <message>
        <source>{address} ({why})</source>
        <translation>{address}（{why}）</translation>
    </message>
    <message>
        <source>{address} already got another version of this message through {account}.</source>
        <translation>{address} 已經透過 {account} 收到過這封郵件的另一個版本。</translation>
    </message>
    <message>
        <source>{address} is on the suppression list ({why}), so row {row} was not sent. Take it off the suppression list only if you know it works again.</source>
        <translation>{address} 在禁發名單中（{why}），因此第 {row} 列沒有傳送。只有確認該地址已恢復可用時，才將其從禁發名單中移除。</translation>
    </message>
    <message>
        <source>{address} is on the suppression list ({why}).</source>
        <translation>{address} 在禁發名單中（{why}）。</translation>
    </message>
    <message>
        <source>{endpoint!r} is not an API address. Write it like https://host or http://127.0.0.1:8080, or leave it out to use the provider&apos;s own address.</source>
        <translation>「{endpoint}」不是 API 地址。請寫成 https://host 或 http://127.0.0.1:8080 這樣的形式，或不填以使用服務商自己的地址。</translation>
    </message>
    <message>
        <source>{file} could not be opened ({reason}); close it in other programs, check you may read it, and try again.</source>
        <translation>無法開啟 {file}（{reason}）；請在其他程式中關閉它，確認有讀取權限後重試。</translation>
    </message>
    <message>
        <source>{file} could not be split into columns ({reason}); open it in a spreadsheet program, save it as .xlsx or .csv, and open that file.</source>
        <translation>無法把 {file} 分成欄（{reason}）；請用試算表軟體開啟，另存為 .xlsx 或 .csv，再開啟新檔案。</translation>
    </message>
    <message>
        <source>{file} has no sheet named &quot;{sheet}&quot;; choose one of its sheets: {sheets}.</source>
        <translation>{file} 中沒有名為 &quot;{sheet}&quot; 的工作表；請從這些工作表中選擇：{sheets}。</translation>
    </message>
    <message>
        <source>{file} is a device or a pipe, not a file, so it can&apos;t hold a contact list; choose your spreadsheet file instead.</source>
        <translation>{file} 是裝置或管道，不是檔案，不能存放聯絡人列表；請改為選擇您的試算表檔案。</translation>
    </message>
    <message>
        <source>{file} is a folder; choose the contact list file inside it.</source>
        <translation>{file} 是一個資料夾；請選擇其中的聯絡人檔案。</translation>
    </message>
    <message>
        <source>{file} is a web page saved with a spreadsheet name; open it in Excel or LibreOffice, save it as .xlsx or .csv, and open that file instead.</source>
        <translation>{file} 是以試算表檔名儲存的網頁；請用 Excel 或 LibreOffice 開啟，另存為 .xlsx 或 .csv，再開啟新檔案。</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete and could not be read; open it in Excel or LibreOffice, save a new copy, and open that copy.</source>
        <translation>{file} 已損壞或不完整，無法讀取；請用 Excel 或 LibreOffice 開啟，另存一份新副本，再開啟副本。</translation>
    </message>
    <message>
        <source>{file} is empty; open the file that holds your contacts, or add a header row and contacts to it.</source>
        <translation>{file} 是空的；請開啟存放聯絡人的檔案，或在其中新增標題列和聯絡人。</translation>
    </message>
    <message>
        <source>{file} is not a Mail Merge campaign file. Open a file saved with File → Save campaign.</source>
        <translation>{file} 不是郵件合併的活動檔案。請開啟用「檔案 → 儲存活動」儲存的檔案。</translation>
    </message>
    <message>
        <source>{file} is not a file type Mail Merge can read; save your contact list as {supported} and open that.</source>
        <translation>郵件合併無法讀取 {file} 這種檔案類型；請把聯絡人列表另存為 {supported} 後開啟。</translation>
    </message>
    <message>
        <source>{file} is protected with a password; open it in Excel or LibreOffice, remove the password (or save a copy without one), and open that copy.</source>
        <translation>{file} 受密碼保護；請用 Excel 或 LibreOffice 開啟，取消密碼（或另存一份無密碼的副本），再開啟該副本。</translation>
    </message>
    <message>
        <source>{file} is {size_mb:,.0f} MB, far larger than a contact list can be; open the right file, or split the list into smaller files.</source>
        <translation>{file} 有 {size_mb:,.0f} MB，遠遠超過聯絡人列表應有的大小；請開啟正確的檔案，或把列表拆分成較小的檔案。</translation>
    </message>
    <message>
        <source>{file} is {what}, not a spreadsheet, even though its name ends in {suffix}; open your contact list in Excel or LibreOffice and save it as {supported}.</source>
        <translation>{file} 的檔名雖以 {suffix} 結尾，但它是 {what}，不是試算表；請用 Excel 或 LibreOffice 開啟聯絡人列表，另存為 {supported}。</translation>
    </message>
    <message>
        <source>{file} was not found; check that the file still exists in {folder} and choose it again.</source>
        <translation>找不到 {file}；請確認該檔案仍在 {folder} 中，然後重新選擇。</translation>
    </message>
    <message>
        <source>{file}, from line {line}: the template nests brackets, ifs or loops too deeply to be read. Simplify that part of the template.</source>
        <translation>{file}，從第 {line} 行起：範本中的括號、if 或迴圈巢狀太深，無法讀取。請簡化這部分範本。</translation>
    </message>
    <message>
        <source>{file}, line {line}: the header {name}: appears twice. Keep one (separate several addresses with ;).</source>
        <translation>{file}，第 {line} 行：標頭 {name}: 出現了兩次。請只保留一個（多個地址用 ; 分隔）。</translation>
    </message>
    <message>
        <source>{file}, line {line}: the template has a mistake: {reason}. The line is: {text!r}. Check that every {{{{ has a matching }}}} and every {{% if %}} an {{% endif %}}.</source>
        <translation>{file}，第 {line} 行：範本有錯誤：{reason}。該行內容：「{text}」。請檢查每個 {{{{ 都有對應的 }}}}，每個 {{% if %}} 都有對應的 {{% endif %}}。</translation>
    </message>
    <message>
        <source>{file}, line {line}: the template uses the {kind} {name!r}, which does not exist.{hint} Correct the name in the template.</source>
        <translation>{file}，第 {line} 行：範本使用了不存在的{kind}「{name}」。{hint}請在範本中更正名稱。</translation>
    </message>
    <message>
        <source>{file}: the template has a mistake: {reason}. Correct it in the template.</source>
        <translation>{file}：範本有錯誤：{reason}。請在範本中更正。</translation>
    </message>
    <message>
        <source>{flag} must be 1 or more, not {n}: it counts messages.</source>
        <translation>{flag} 表示郵件數量，必須為 1 或以上，不能是 {n}。</translation>
    </message>
    <message>
        <source>{host} is at {addresses}.</source>
        <translation>{host} 的位址是 {addresses}。</translation>
    </message>
    <message>
        <source>{host}:{port} ({security})</source>
        <translation>{host}:{port}（{security}）</translation>
    </message>
    <message>
        <source>{label} has no region {region!r}. Choose one of: {regions}.</source>
        <translation>{label} 沒有地域「{region}」。請從以下選擇：{regions}。</translation>
    </message>
    <message>
        <source>{name!r} cannot be used as an account name. Use 1 to 64 letters, digits, spaces or punctuation.</source>
        <translation>「{name}」不能用作帳戶名稱。請使用 1 到 64 個字母、數字、空格或標點。</translation>
    </message>
    <message>
        <source>{name}: Amazon SES API in {region}</source>
        <translation>{name}：Amazon SES API，地域 {region}</translation>
    </message>
    <message>
        <source>{name}: Tencent Cloud SES API in {region}, Simple mode (no template)</source>
        <translation>{name}：騰訊雲 SES API，地域 {region}，Simple 模式（不使用範本）</translation>
    </message>
    <message>
        <source>{name}: Tencent Cloud SES API in {region}, template {template}</source>
        <translation>{name}：騰訊雲 SES API，地域 {region}，範本 {template}</translation>
    </message>
    <message>
        <source>{name}: {where}</source>
        <translation>{name}：{where}</translation>
    </message>
    <message>
        <source>{name}: {where} (no login)</source>
        <translation>{name}：{where}（無須登入）</translation>
    </message>
    <message>
        <source>{name}: {where} as {user}</source>
        <translation>{name}：{where}，使用者 {user}</translation>
    </message>
    <message>
        <source>{option} must be a whole number such as 12345, not {value!r}.</source>
        <translation>{option} 必須是整數，例如 12345，不能是「{value}」。</translation>
    </message>
    <message>
        <source>{option} only applies to {kinds} accounts, and {preset!r} is not one. Leave it out.</source>
        <translation>{option} 只適用於 {kinds} 帳戶，而「{preset}」不是。請去掉該選項。</translation>
    </message>
    <message>
        <source>{people} people on this sheet already got another version of this message (first on {when} through {account}). Add --only-new to send only to those who got none, or --everyone to send this version to everyone.</source>
        <translation>此表中有 {people} 人已收到這封郵件的另一個版本（最早於 {when} 透過 {account}）。加上 --only-new 只發給還沒收到的人，或加上 --everyone 把此版本發給所有人。</translation>
    </message>
    <message>
        <source>{preset} accounts always sign in, so “no login” does not apply. Choose “Other SMTP server” for a relay that needs no login.</source>
        <translation>{preset} 帳戶總是需要登入，因此「無需登入」不適用。無需登入的中繼請選擇「其他 SMTP 伺服器」。</translation>
    </message>
    <message>
        <source>{provider} in {region}</source>
        <translation>{provider}，地域 {region}</translation>
    </message>
    <message>
        <source>{provider} in {region} via {endpoint}</source>
        <translation>{provider}，地域 {region}，經由 {endpoint}</translation>
    </message>
    <message>
        <source>{reason} Gave up after {attempts} attempts.</source>
        <translation>{reason}嘗試 {attempts} 次後已放棄。</translation>
    </message>
    <message>
        <source>{reason} Server&apos;s answer: {answer}</source>
        <translation>{reason}伺服器的回覆：{answer}</translation>
    </message>
    <message>
        <source>{reason} Slowing down to {rate} messages per second.</source>
        <translation>{reason}速度降到每秒 {rate} 封。</translation>
    </message>
    <message>
        <source>{reason} Trying again in {seconds} s.</source>
        <translation>{reason} {seconds} 秒後重試。</translation>
    </message>
    <message>
        <source>{url} is not a picture (the server sent {kind}).</source>
        <translation>{url} 不是圖片（伺服器傳送的是 {kind}）。</translation>
    </message>
    <message>
        <source>{url} is not a web address (http or https).</source>
        <translation>{url} 不是網址（http 或 https）。</translation>
    </message>
    <message>
        <source>{value!r} is not an Amazon SES configuration set name: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;, exactly as the SES console shows it.</source>
        <translation>「{value}」不是 Amazon SES 配置集名稱：請按 SES 控制台顯示的名稱填寫，由 1 到 64 個字母、數字、&apos;-&apos; 或 &apos;_&apos; 組成。</translation>
    </message>
    <message>
        <source>{where} has column names on row {row} but no contacts under them; add your contacts below that row (or choose the right header row) and try again.</source>
        <translation>{where} 第 {row} 列有欄名，但下面沒有聯絡人；請在該列下面新增聯絡人（或選擇正確的標題列）後重試。</translation>
    </message>
    <message>
        <source>{where}The attachment {file} does not exist. Put the file there or correct its name in the spreadsheet or template.</source>
        <translation>{where}附件 {file} 不存在。請把檔案放到該位置，或在試算表或範本中更正檔名。</translation>
    </message>
    <message>
        <source>{where}The attachments add up to {size_mb:.1f} MB; {provider} accepts at most {limit_mb:.0f} MB in total per message. Send large files as a link instead.</source>
        <translation>{where}附件總共 {size_mb:.1f} MB；{provider} 每封郵件最多接受 {limit_mb:.0f} MB。大檔案請改為傳送連結。</translation>
    </message>
    <message>
        <source>{where}The message has {count} attachments; {provider} accepts at most {limit} per message. Put the files in a zip archive or share a link instead.</source>
        <translation>{where}郵件有 {count} 個附件；{provider} 每封郵件最多接受 {limit} 個。請把檔案打包成 zip，或改為分享連結。</translation>
    </message>
    <message>
        <source>{where}The subject is empty; many people and spam filters ignore messages without one. Add a Subject: line to the template.</source>
        <translation>{where}主題為空；很多人和垃圾郵件過濾器會忽略沒有主題的郵件。請在範本中新增 Subject: 行。</translation>
    </message>
    <message>
        <source>{where}{field} address {value!r} is not valid: {reason} Correct it in the spreadsheet or template.</source>
        <translation>{where}{field}地址「{value}」無效：{reason}請在試算表或範本中更正。</translation>
    </message>
    <message>
        <source>{where}{field} contains a line break, which a header line cannot hold. Remove the line break from the cell or template (separate several addresses with ; instead).</source>
        <translation>{where}{field}包含換行，而標頭行不能有換行。請刪除儲存格或範本中的換行（多個地址請用 ; 分隔）。</translation>
    </message>
    <message>
        <source>{where}{field} is empty. Fill in an address in the spreadsheet or template.</source>
        <translation>{where}{field}為空。請在試算表或範本中填寫地址。</translation>
    </message>
    <message>
        <source>{where}{field} must hold exactly one address but holds {count}: {value!r}. Keep only one.</source>
        <translation>{where}{field}只能有一個地址，但現在有 {count} 個：「{value}」。請只保留一個。</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot;: Mail Merge does not know the number format &quot;{format}&quot;, so its numbers show as they would in the General format; check them in the preview, or give the column a common format.</source>
        <translation>&quot;{column}&quot; 欄：Mail Merge 不認識數字格式 &quot;{format}&quot;，所以數字依「通用」格式顯示；請在預覽中檢查這些數字，或為該欄設定常用格式。</translation>
    </message>
    <message>
        <source>Copies of {copied} sent messages were put in the Sent folder ({folder}).</source>
        <translation>已將 {copied} 封已寄出郵件的副本放入「已傳送」資料夾（{folder}）。</translation>
    </message>
    <message>
        <source>Install and unlock GNOME Keyring (package gnome-keyring) or KWallet, log out and back in, then try again.</source>
        <translation>請安裝並解鎖 GNOME 金鑰環（套件 gnome-keyring）或 KWallet，登出後重新登入，再重試。</translation>
    </message>
    <message>
        <source>It contains characters an address cannot have, such as a space, a comma, quotes or a second @.</source>
        <translation>其中含有地址不能包含的字元，例如空格、逗號、引號或第二個 @。</translation>
    </message>
    <message>
        <source>It has a dot or a hyphen in a wrong place (at the start or end of a part, or two in a row).</source>
        <translation>其中的點或連字號位置不對（在開頭或結尾，或連續兩個）。</translation>
    </message>
    <message>
        <source>It has a look-alike of the @ sign (for example a full-width ＠); type a plain @.</source>
        <translation>其中用的是像 @ 的字元（例如全形 ＠）；請輸入一般的 @。</translation>
    </message>
    <message>
        <source>It has no @ sign; an address looks like name@example.com.</source>
        <translation>其中沒有 @ 符號；地址的格式類似 name@example.com。</translation>
    </message>
    <message>
        <source>It is longer than an email address can be.</source>
        <translation>它比電子郵件地址允許的長度還長。</translation>
    </message>
    <message>
        <source>Its angle brackets &lt; &gt; are not paired.</source>
        <translation>其中的角括號 &lt; &gt; 不成對。</translation>
    </message>
    <message>
        <source>Its domain is reserved for examples and tests; no mail can be delivered there.</source>
        <translation>其網域是保留給範例和測試用的；郵件無法送達。</translation>
    </message>
    <message>
        <source>No DKIM key is published at {name}, so receivers cannot verify that your mail was not changed on the way. Turn on DKIM signing in your provider&apos;s console and add the TXT (or CNAME) record it shows for {name}.</source>
        <translation>{name} 上沒有發布 DKIM 金鑰，因此收件方無法確認您的郵件在途中沒有被變更。請在服務商主控台中開啟 DKIM 簽章，並為 {name} 新增它顯示的 TXT（或 CNAME）記錄。</translation>
    </message>
    <message>
        <source>No copies will be kept in Sent: {problem}</source>
        <translation>不會在「已傳送」中保留副本：{problem}</translation>
    </message>
    <message>
        <source>The DNS records of {domain} could not be checked ({why}). Sending works anyway; check the connection and run Check again to see whether SPF, DKIM and DMARC are set up.</source>
        <translation>無法檢查 {domain} 的 DNS 記錄（{why}）。傳送不受影響；請檢查網路連線後再執行一次檢查，看看 SPF、DKIM 和 DMARC 是否已設定。</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not name your provider ({include}), so its mail may be marked as forged. Change the TXT record to: {fixed}</source>
        <translation>{domain} 的 SPF 記錄中沒有列出您的服務商（{include}），因此其郵件可能被標記為偽造。請把 TXT 記錄改為：{fixed}</translation>
    </message>
    <message>
        <source>The link text {text!r} shows one address but leads to {target}; mail programs warn readers about this (it is how phishing looks). Make the text and the address match, or use words as the text.</source>
        <translation>連結文字「{text}」顯示的是一個地址，實際卻指向 {target}；郵件程式會就此警告讀者（釣魚郵件就是這樣）。請讓文字和地址一致，或用一般文字作為連結文字。</translation>
    </message>
    <message>
        <source>The mailbox has no Sent folder (none is marked as Sent, and none has a usual name); create one named Sent in your mail program.</source>
        <translation>信箱中沒有「已傳送」資料夾（沒有標記為「已傳送」的資料夾，也沒有常用名稱的資料夾）；請在郵件程式中新增一個名為 Sent 的資料夾。</translation>
    </message>
    <message>
        <source>The mailbox server could not be reached ({error}).</source>
        <translation>無法連線到信箱伺服器（{error}）。</translation>
    </message>
    <message>
        <source>The mailbox server was too slow to take every copy in time.</source>
        <translation>信箱伺服器太慢，未能及時接收所有副本。</translation>
    </message>
    <message>
        <source>The message has no text at all. Write something in the message body: empty or picture-only mail is often treated as spam.</source>
        <translation>郵件中沒有任何文字。請在內文中寫點內容：空白或只有圖片的郵件常被當作垃圾郵件。</translation>
    </message>
    <message>
        <source>The message shows {count} picture(s) from the internet, e.g. {url}; many mail programs hide them until the reader allows it. Put them inside the message: in the Message step right-click and choose &quot;Put the pictures from the internet inside the message&quot; (or insert a saved copy with Picture).</source>
        <translation>郵件顯示了 {count} 張來自網際網路的圖片，例如 {url}；許多郵件程式會在讀者允許前隱藏它們。請把圖片放進郵件裡：在「郵件」步驟中按右鍵，選擇「把來自網際網路的圖片放進郵件」（或用「圖片」插入已儲存的副本）。</translation>
    </message>
    <message>
        <source>The message text is {size_kb} KB of HTML; Gmail cuts messages over about 100 KB and shows &quot;[Message clipped]&quot;. Shorten the text or remove pasted formatting.</source>
        <translation>郵件內文的 HTML 有 {size_kb} KB；Gmail 會截斷超過約 100 KB 的郵件並顯示 &quot;[Message clipped]&quot;。請縮短文字或移除貼上的格式。</translation>
    </message>
    <message>
        <source>The part after the @ sign is not a complete domain such as example.com.</source>
        <translation>@ 後面的部分不是完整的網域（例如 example.com）。</translation>
    </message>
    <message>
        <source>The sign-in for account {name!r} has expired or was withdrawn.</source>
        <translation>帳戶「{name}」的登入已過期或已被撤銷。</translation>
    </message>
    <message>
        <source>The sign-in for account {name!r} is missing.</source>
        <translation>找不到帳戶「{name}」的登入資訊。</translation>
    </message>
    <message>
        <source>The subject {subject!r} is in capitals or has several exclamation marks; spam filters score that. Write it as a normal sentence.</source>
        <translation>主旨「{subject}」全是大寫字母或有多個驚嘆號；垃圾郵件過濾器會因此扣分。請寫成一般的句子。</translation>
    </message>
    <message>
        <source>no rate limit, no daily limit</source>
        <translation>無速率限制，無每日限額</translation>
    </message>
    <message>
        <source>no rate limit, {day:,} a day</source>
        <translation>無速率限制，每天 {day:,} 封</translation>
    </message>
    <message>
        <source>{copied} copies were put in the Sent folder ({folder}); {left_out} were left out because the mailbox server was slower than sending. The messages themselves were sent.</source>
        <translation>已將 {copied} 份副本放入「已傳送」資料夾（{folder}）；由於信箱伺服器比傳送慢，有 {left_out} 份未放入。郵件本身都已寄出。</translation>
    </message>
    <message>
        <source>{copied} copies were put in the Sent folder, then copying stopped: {problem} The messages themselves were sent; only the copies in Sent are missing.</source>
        <translation>已將 {copied} 份副本放入「已傳送」資料夾，之後複製停止：{problem}郵件本身都已寄出；只是「已傳送」中缺少副本。</translation>
    </message>
    <message>
        <source>{problem} Sending at the account&apos;s saved limits instead ({limits}); if they are too high, Amazon SES slows the run down or pauses it.</source>
        <translation>{problem}改為依帳戶儲存的限額傳送（{limits}）；如果限額過高，Amazon SES 會放慢或暫停傳送。</translation>
    </message>
    <message>
        <source>{rate:g} a second, no daily limit</source>
        <translation>每秒 {rate:g} 封，無每日限額</translation>
    </message>
    <message>
        <source>{rate:g} a second, {day:,} a day</source>
        <translation>每秒 {rate:g} 封，每天 {day:,} 封</translation>
    </message>
    <message>
        <source>{remaining:,} of {limit:,} messages left in the provider&apos;s 24-hour quota.</source>
        <translation>服務商 24 小時配額 {limit:,} 封中還剩 {remaining:,} 封。</translation>
    </message>
    <message>
        <source>{value!r} is not an email address, so the line was skipped: {reason}</source>
        <translation>「{value}」不是電子郵件地址，因此略過了這一行：{reason}</translation>
    </message>
    <message>
        <source>{value!r} is not an email address: {reason} Check the spelling and try again; nothing was changed.</source>
        <translation>「{value}」不是電子郵件地址：{reason}請檢查拼寫後重試；沒有做任何變更。</translation>
    </message>
    <message>
        <source>No secure password store is available (found: {backend}), so {not_done}. {hint}</source>
        <translation>沒有可用的安全密碼儲存（找到的是：{backend}），因此{not_done}。{hint}</translation>
    </message>
    <message>
        <source>No secure password store is available, so {not_done}. {hint}</source>
        <translation>沒有可用的安全密碼儲存，因此{not_done}。{hint}</translation>
    </message>
    <message>
        <source>The system password store is locked, so {not_done}. Unlock it (for example by logging in to the desktop, or in &apos;Passwords and Keys&apos;) and try again.</source>
        <translation>系統密碼儲存已鎖定，因此{not_done}。請先解鎖（例如登入桌面，或在「密碼和金鑰」中解鎖）後重試。</translation>
    </message>
    <message>
        <source>The system password store refused the request, so {not_done} ({kind}). Make sure it is unlocked and try again.</source>
        <translation>系統密碼儲存拒絕了請求，因此{not_done}（{kind}）。請確認它已解鎖後重試。</translation>
    </message>
    <message>
        <source>The template uses a field the spreadsheet has no column for: {described}. Fix the name in the template or rename the column.</source>
        <translation>範本使用了一個試算表中沒有對應欄的欄位：{described}。請更正範本中的名稱，或重新命名該欄。</translation>
    </message>
    <message>
        <source>The template uses {count} fields the spreadsheet has no column for: {described}. Fix the names in the template or rename the columns.</source>
        <translation>範本使用了 {count} 個試算表中沒有對應欄的欄位：{described}。請更正範本中的名稱，或重新命名這些欄。</translation>
    </message>
    <message>
        <source>The unsubscribe address {value!r} is not an email address: {reason} Write an address such as unsubscribe@example.com that you read, or leave it empty.</source>
        <translation>退訂地址「{value}」不是電子郵件地址：{reason}請填寫您會查看的地址，例如 unsubscribe@example.com，或留空。</translation>
    </message>
    <message>
        <source>There is no address between the angle brackets &lt; &gt;; fill in the address.</source>
        <translation>角括號 &lt; &gt; 之間沒有地址；請填寫地址。</translation>
    </message>
    <message>
        <source>There is nothing after the @ sign.</source>
        <translation>@ 後面沒有內容。</translation>
    </message>
    <message>
        <source>There is nothing before the @ sign.</source>
        <translation>@ 前面沒有內容。</translation>
    </message>
    <message>
        <source>Unlock the macOS Keychain (open Keychain Access) and try again.</source>
        <translation>請解鎖 macOS 鑰匙圈（打開「鑰匙圈存取」）後重試。</translation>
    </message>
    <message>
        <source>Windows Credential Manager should be available; sign in to Windows normally and try again.</source>
        <translation>Windows 認證管理員應該可以使用；請正常登入 Windows 後重試。</translation>
    </message>
    <message>
        <source>automatic answer (e.g. out of office)</source>
        <translation>自動回覆（例如不在辦公室）</translation>
    </message>
    <message>
        <source>bounced (address does not exist)</source>
        <translation>被退回（地址不存在）</translation>
    </message>
    <message>
        <source>marked it as spam</source>
        <translation>標記為垃圾郵件</translation>
    </message>
    <message>
        <source>no answer from the DNS server in time</source>
        <translation>DNS 伺服器沒有及時回應</translation>
    </message>
    <message>
        <source>not delivered for now</source>
        <translation>暫時未送達</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>已回覆</translation>
    </message>
    <message>
        <source>the DNS server refused to answer</source>
        <translation>DNS 伺服器拒絕回應</translation>
    </message>
    <message>
        <source>the lookup failed: {error}</source>
        <translation>查詢失敗：{error}</translation>
    </message>
    <message>
        <source>the password could not be deleted</source>
        <translation>密碼未能刪除</translation>
    </message>
    <message>
        <source>the password could not be read</source>
        <translation>密碼未能讀取</translation>
    </message>
    <message>
        <source>the password could not be saved</source>
        <translation>密碼未能儲存</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>已退訂</translation>
    </message>
    <message>
        <source>{count} automatic answer</source>
        <translation>{count} 封自動回覆</translation>
    </message>
    <message>
        <source>{count} bounced</source>
        <translation>{count} 封被退回</translation>
    </message>
    <message>
        <source>{count} marked it as spam</source>
        <translation>{count} 人標記為垃圾郵件</translation>
    </message>
    <message>
        <source>{count} not delivered for now</source>
        <translation>{count} 封暫時未送達</translation>
    </message>
    <message>
        <source>{count} picture(s) have no description (alt text); readers who do not load pictures, and screen readers, see nothing. Right-click the picture and choose Description.</source>
        <translation>{count} 張圖片沒有說明（替代文字）；不載入圖片的讀者和螢幕閱讀器什麼也看不到。請在圖片上按右鍵並選擇「說明」。</translation>
    </message>
    <message>
        <source>{count} replied</source>
        <translation>{count} 人回覆</translation>
    </message>
    <message>
        <source>{count} unsubscribed</source>
        <translation>{count} 人退訂</translation>
    </message>
    <message>
        <source>{domain} has no DMARC policy; Gmail and Yahoo require one for bulk mail. Add this TXT record for _dmarc.{domain}: {wanted}</source>
        <translation>{domain} 沒有 DMARC 政策；Gmail 和 Yahoo 要求大量寄送的郵件必須有。請為 _dmarc.{domain} 新增這筆 TXT 記錄：{wanted}</translation>
    </message>
    <message>
        <source>{domain} has no SPF record, so receivers cannot tell that your provider may send its mail. Add this TXT record for {domain} at your domain&apos;s DNS host: {wanted}</source>
        <translation>{domain} 沒有 SPF 記錄，因此收件方無法判斷您的服務商是否可以代寄其郵件。請在網域的 DNS 服務商處為 {domain} 新增這筆 TXT 記錄：{wanted}</translation>
    </message>
    <message>
        <source>{domain} has {count} SPF records; receivers then ignore all of them. Merge them into one TXT record that starts with v=spf1.</source>
        <translation>{domain} 有 {count} 筆 SPF 記錄；這樣收件方會全部忽略。請合併成一筆以 v=spf1 開頭的 TXT 記錄。</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text except line {lines}, which was read as {encoding}; check that row in the preview, or save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} 是 UTF-8 文字，但第 {lines} 行是以 {encoding} 讀取的；請在預覽中檢查該列，或將檔案重新另存為 &quot;CSV UTF-8&quot;。</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text except lines {lines}, which were read as {encoding}; check those rows in the preview, or save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} 是 UTF-8 文字，但第 {lines} 行是以 {encoding} 讀取的；請在預覽中檢查這些列，或將檔案重新另存為 &quot;CSV UTF-8&quot;。</translation>
    </message>
    <message>
        <source>{lapsed} Sign in again (Accounts → Sign in, or `mailmerge account add {name} --preset ...`).</source>
        <translation>{lapsed}請重新登入（帳戶 → 登入，或 `mailmerge account add {name} --preset ...`）。</translation>
    </message>
    <message>
        <source>{name!r} (template line {line})</source>
        <translation>「{name}」（範本第 {line} 行）</translation>
    </message>
    <message>
        <source>{name!r} (template line {line}, the closest column is {close!r})</source>
        <translation>「{name}」（範本第 {line} 行，最接近的欄是「{close}」）</translation>
    </message>
    <message>
        <source>{where}the message would be about {size_mb:.1f} MB, more than the {limit_mb:.0f} MB most mail servers accept. Attach fewer or smaller files, or share a link instead.</source>
        <translation>{where}郵件約為 {size_mb:.1f} MB，超過了大多數郵件伺服器接受的 {limit_mb:.0f} MB。請減少附件、使用較小的檔案，或改為分享連結。</translation>
    </message>
    <message>
        <source>{where}the name {name!r} shown in {field} looks like an address, but only {address} gets the message. Check the name column if that is not what you meant.</source>
        <translation>{where}{field}中顯示的名稱「{name}」看起來像地址，但只有 {address} 會收到郵件。如果這不是您的本意，請檢查姓名欄。</translation>
    </message>
    <message>
        <source>{where}the {column} cell holds {count} addresses ({addresses}); each of them gets the message. If only one is meant, keep only that one.</source>
        <translation>{where}{column} 儲存格中有 {count} 個地址（{addresses}），每個地址都會收到郵件。如果只想寄給一個，請只保留那一個。</translation>
    </message>
    <message>
        <source>{where}the {field} address {address} is on the suppression list ({why}); it is left out and the row still goes to the others.</source>
        <translation>{where}{field}地址 {address} 在禁發名單中（{why}）；它會被略去，這一列仍會寄給其他收件者。</translation>
    </message>
    <message>
        <source>{where}{address} is on the suppression list ({why}), so this row will be skipped. Remove it from the list only if you know it works again.</source>
        <translation>{where}{address} 在禁發名單中（{why}），因此會略過這一列。只有在確認該地址又能用時，才將它從名單中移除。</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>確定(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>儲存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>關閉而不儲存</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全選</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>儲存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>不儲存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全選</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>複製連結位址(&amp;L)</translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在傳送…</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>將重試</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未傳送</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳過</translation>
    </message>
    <message>
        <source>Unknown – check</source>
        <translation>未知 – 請確認</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>RichEdit</name>
    <message>
        <source>Edit field or condition…</source>
        <translation>編輯欄位或條件…</translation>
    </message>
    <message>
        <source>Description (alt text)…</source>
        <translation>描述（替代文字）…</translation>
    </message>
    <message>
        <source>Add a row below</source>
        <translation>在下方新增一列</translation>
    </message>
    <message>
        <source>Add a column to the right</source>
        <translation>在右側新增一欄</translation>
    </message>
    <message>
        <source>Delete this row</source>
        <translation>刪除此列</translation>
    </message>
    <message>
        <source>Delete this column</source>
        <translation>刪除此欄</translation>
    </message>
    <message>
        <source>Put the pictures from the internet inside the message</source>
        <translation>把網上的圖片放進郵件中</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>欄數</translation>
    </message>
    <message>
        <source>Picture description</source>
        <translation>圖片描述</translation>
    </message>
    <message>
        <source>What the picture shows, for readers who cannot see it:</source>
        <translation>為看不到圖片的讀者描述圖片內容：</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Save the campaign first (File → Save): a scheduled campaign is opened from its file when the time comes.</source>
        <translation>請先儲存活動（檔案 → 儲存）：定時傳送的活動到時會從檔案中開啟。</translation>
    </message>
    <message>
        <source>Schedule the campaign</source>
        <translation>定時傳送活動</translation>
    </message>
    <message>
        <source>Send to all {n} people through “{account}” at:</source>
        <translation>通過「{account}」發給全部 {n} 人的時間：</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a later one.</source>
        <translation>該時間已經過去。請選擇更晚的時間。</translation>
    </message>
    <message>
        <source>Scheduled for {when}. Keep Mail Merge open until then; if it is closed, it offers the send when you start it again.</source>
        <translation>已定時於 {when}。在此之前請保持郵件合併開啟；如果關閉了，下次啟動時會詢問是否傳送。</translation>
    </message>
    <message>
        <source>Send the scheduled campaign?</source>
        <translation>傳送定時的活動？</translation>
    </message>
    <message>
        <source>{file} was scheduled for {when}, while Mail Merge was closed, so it was not sent. Send it now?</source>
        <translation>{file} 定時於 {when}，當時郵件合併已關閉，因此沒有傳送。現在傳送嗎？</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即傳送</translation>
    </message>
    <message>
        <source>The schedule of {file} was cancelled; nothing was sent.</source>
        <translation>{file} 的定時傳送已取消；沒有傳送任何郵件。</translation>
    </message>
</context>
<context>
    <name>SendView</name>
    <message>
        <source>Send through</source>
        <translation>傳送帳戶</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>測試地址</translation>
    </message>
    <message>
        <source>your own address</source>
        <translation>您自己的地址</translation>
    </message>
    <message>
        <source>Send test to myself (Ctrl+Enter)</source>
        <translation>給自己傳送測試郵件 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send to everyone…</source>
        <translation>傳送給所有人…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Retry not sent</source>
        <translation>重新傳送未傳送的</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>匯出報告…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>定時傳送…</translation>
    </message>
    <message>
        <source>Send to everyone at a later date and time</source>
        <translation>在以後的日期和時間傳送給所有人</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>帳戶…</translation>
    </message>
    <message>
        <source>Open the account…</source>
        <translation>開啟帳戶…</translation>
    </message>
    <message>
        <source>Open outbox folder</source>
        <translation>打開寄件匣資料夾</translation>
    </message>
    <message>
        <source>Send through:</source>
        <translation>傳送帳戶：</translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation>測試收件地址：</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已傳送</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未傳送</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩餘</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩餘時間</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Not sent only</source>
        <translation>僅未傳送的</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. Each message is saved as an .eml file in this folder:
{folder}</source>
        <translation>郵件不會離開本機。每封郵件都以 .eml 檔案儲存在這個資料夾中：
{folder}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>繼續</translation>
    </message>
</context>
<context>
    <name>SendWorker</name>
    <message>
        <source>Sending stopped because of an unexpected problem: {error}

{details}</source>
        <translation>因意外問題，傳送已停止：{error}

{details}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>與電腦相同（{language}）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Mail Merge will use the new language the next time it starts. Your campaign stays as it is.</source>
        <translation>下次啟動郵件合併時將使用新語言。您的活動保持不變。</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature for {account}</source>
        <translation>{account} 的簽名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>簽名</translation>
    </message>
    <message>
        <source>“Add signature” in the Message step puts this at the end of the message.</source>
        <translation>在「郵件內容」步驟中點選「添加簽名」，會把它放在郵件末尾。</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>插入圖片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>圖片 (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <source>The address does not exist (the receiving server said so).</source>
        <translation>該地址不存在（收件伺服器的答覆）。</translation>
    </message>
    <message>
        <source>Tencent Cloud blocks it for 14 days after mail to it was refused.</source>
        <translation>發往該地址的郵件被拒收，騰訊雲將其遮蔽 14 天。</translation>
    </message>
    <message>
        <source>Blocked for a while (the provider refuses mail to it until the date shown).</source>
        <translation>暫時遮蔽（在顯示的日期之前，服務商拒收發往該地址的郵件）。</translation>
    </message>
    <message>
        <source>Mail to it bounced for good (the address does not exist or refuses mail).</source>
        <translation>發往該地址的郵件被永久退回（地址不存在或拒收郵件）。</translation>
    </message>
    <message>
        <source>The person asked not to get mail.</source>
        <translation>對方已要求不再接收郵件。</translation>
    </message>
    <message>
        <source>The person marked a message as spam.</source>
        <translation>對方把郵件標記為垃圾郵件。</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>手動新增。</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>禁發名單</translation>
    </message>
    <message>
        <source>Campaigns never send to these addresses. An address that bounced (does not exist) is added by itself. Add people who asked not to get mail; remove an address only when you know it works again.</source>
        <translation>任何活動都不會傳送到這些地址。退信（地址不存在）的地址會自動加入。請新增要求不再接收郵件的人；只有確認地址已恢復可用時才移除。</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>加入時間</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止時間</translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation>禁發地址</translation>
    </message>
    <message>
        <source>someone@example.com</source>
        <translation>someone@example.com</translation>
    </message>
    <message>
        <source>Address to add</source>
        <translation>要新增的地址</translation>
    </message>
    <message>
        <source>&amp;Add as unsubscribed</source>
        <translation>新增為退訂(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>移除所選(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>匯入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>匯出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: {reason} Nothing was added.</source>
        <translation>「{value}」不是電子郵件地址：{reason}未新增任何內容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n address(es) from {file}.</source>
        <translation>
            <numerusform>已從 {file} 匯入 %n 個地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped; see above.</source>
        <translation>
            <numerusform>已跳過 %n 行；見上文。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n address(es) to {file}.</source>
        <translation>
            <numerusform>已把 %n 個地址儲存到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import suppression list</source>
        <translation>匯入禁發名單</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV 檔案 (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>匯出禁發名單</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>for good</source>
        <translation>永久</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>第 {line} 行：{problem}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Mail Merge</source>
        <translation>郵件合併</translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Amazon SES (API)</source>
        <translation>Amazon SES（API）</translation>
    </message>
    <message>
        <source>Amazon SES (SMTP)</source>
        <translation>Amazon SES（SMTP）</translation>
    </message>
    <message>
        <source>Ask your mail administrator for the server name, port, security and sending limits.</source>
        <translation>伺服器名稱、埠、加密方式和傳送限制請詢問郵件管理員。</translation>
    </message>
    <message>
        <source>Built-in outbox (test, sends nothing)</source>
        <translation>內建寄件匣（測試用，不會真的寄出）</translation>
    </message>
    <message>
        <source>Daum / Kakao Mail</source>
        <translation>Daum / Kakao 郵件</translation>
    </message>
    <message>
        <source>Every message is saved as an .eml file on this computer. Use it to try a run safely.</source>
        <translation>每封郵件都會在本機儲存為 .eml 檔案。可用來安全地試寄。</translation>
    </message>
    <message>
        <source>Gmail (personal)</source>
        <translation>Gmail（個人）</translation>
    </message>
    <message>
        <source>Google Workspace</source>
        <translation>Google Workspace</translation>
    </message>
    <message>
        <source>Microsoft 365 (Exchange Online)</source>
        <translation>Microsoft 365（Exchange Online）</translation>
    </message>
    <message>
        <source>Naver Mail</source>
        <translation>Naver 郵件</translation>
    </message>
    <message>
        <source>Other SMTP server</source>
        <translation>其他 SMTP 伺服器</translation>
    </message>
    <message>
        <source>Outlook.com / Hotmail</source>
        <translation>Outlook.com / Hotmail</translation>
    </message>
    <message>
        <source>Set an SMTP password for the sender address in the SES console. 20 mails a second, 500 a day for a new account, and at most 10 mails an hour to the same address.</source>
        <translation>請在 SES 控制台為發件地址設定 SMTP 密碼。新帳戶每秒 20 封、每天 500 封，同一地址每小時最多 10 封。</translation>
    </message>
    <message>
        <source>Sign in with Google (OAuth2) or use an app password. Workspace allows 2,000 messages per user a day.</source>
        <translation>使用 Google 登入（OAuth2）或使用應用專用密碼。Workspace 每個使用者每天最多 2,000 封。</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (OAuth2). Password sign-in (SMTP AUTH basic) is switched off for existing tenants at the end of December 2026. Limits: 30 messages a minute, 10,000 recipients a day.</source>
        <translation>使用 Microsoft 登入（OAuth2）。現有租戶的密碼登入（SMTP AUTH 基本身份驗證）將於 2026 年 12 月底關閉。限制：每分鐘 30 封，每天 10,000 位收件者。</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (OAuth2); Outlook.com no longer accepts plain passwords for SMTP. At most 1,000 new recipients a day (fewer on free or new accounts).</source>
        <translation>使用 Microsoft 登入（OAuth2）；Outlook.com 的 SMTP 已不再接受普通密碼。每天最多 1,000 位新收件者（免費或新帳戶更少）。</translation>
    </message>
    <message>
        <source>Tencent Cloud SES (API)</source>
        <translation>騰訊雲 SES（API）</translation>
    </message>
    <message>
        <source>Tencent Cloud SES (SMTP)</source>
        <translation>騰訊雲 SES（SMTP）</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification and create an app password, then use it here as the password. Gmail allows about 500 recipients a day; going over locks sending for up to 24 hours.</source>
        <translation>請開啟兩步驗證並建立應用專用密碼，然後在這裡作為密碼使用。Gmail 每天大約可發給 500 位收件者；超出後最長 24 小時無法傳送。</translation>
    </message>
    <message>
        <source>Turn on IMAP/SMTP in Daum Mail settings. With Kakao 2-step verification, use the app password it issues. At most 10,000 messages a day.</source>
        <translation>請在 Daum 電子郵件設定中開啟 IMAP/SMTP。如果使用 Kakao 兩步驗證，請使用其發放的應用密碼。每天最多 10,000 封。</translation>
    </message>
    <message>
        <source>Turn on POP3/SMTP in Naver Mail settings first. With 2-step verification, use an application password. Naver publishes no daily limit; send in modest batches.</source>
        <translation>請先在 Naver 電子郵件設定中開啟 POP3/SMTP。如果使用兩步驗證，請使用應用密碼。Naver 沒有公佈每日限制；請分小批傳送。</translation>
    </message>
    <message>
        <source>Use the SES SMTP user name and password (not your AWS access key). Limits shown are the sandbox ones (200 a day, 1 a second); raise them on the account once AWS gives you production access.</source>
        <translation>請使用 SES SMTP 使用者名稱和密碼（不是 AWS 訪問金鑰）。顯示的是沙盒限制（每天 200 封，每秒 1 封）；AWS 開通正式訪問後，請在帳戶中調高。</translation>
    </message>
    <message>
        <source>Uses a SecretId and SecretKey. New accounts can only send approved templates. 20 requests a second, 500 mails a day for a new account, at most 10 an hour to one address.</source>
        <translation>使用 SecretId 和 SecretKey。新帳戶只能傳送已審核通過的範本。新帳戶每秒 20 次請求、每天 500 封，同一地址每小時最多 10 封。</translation>
    </message>
    <message>
        <source>Uses an AWS access key ID and secret access key with permissions ses:SendEmail and ses:GetAccount. Each run reads the sending rate and daily quota from your SES account; the sandbox limits shown here are used only when they cannot be read.</source>
        <translation>使用具有 ses:SendEmail 和 ses:GetAccount 權限的 AWS 訪問金鑰 ID 和私有訪問金鑰。每次傳送都會從您的 SES 帳戶讀取傳送速率和每日配額；只有讀取不到時才使用這裡顯示的沙盒限制。</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source> (closest column: “{column}”)</source>
        <translation>（最接近的欄：「{column}」）</translation>
    </message>
    <message>
        <source>Nothing has been sent for this spreadsheet yet, so there is no record at {path}.</source>
        <translation>此試算表還沒有傳送過任何郵件，因此 {path} 沒有記錄。</translation>
    </message>
    <message>
        <source>Row {row} changed or moved in the spreadsheet since this send started, so it was not sent: it could be a different person now. Check the report before sending to it.</source>
        <translation>本次傳送開始後，第 {row} 列在試算表中被修改或移動，因此沒有傳送：它現在可能是另一個人。傳送前請先檢視報告。</translation>
    </message>
    <message>
        <source>Row {row}: the message uses the field “{field}” ({place}), but the spreadsheet has no such column. {closest}Fix the name in the message or rename the column.</source>
        <translation>第 {row} 列：郵件使用了欄位「{field}」（{place}），但試算表中沒有這一欄。{closest}請更正郵件中的名稱，或重新命名該欄。</translation>
    </message>
    <message>
        <source>Send → Accounts…</source>
        <translation>傳送 → 帳戶…</translation>
    </message>
    <message>
        <source>Account “{name}” is not set up for sign-in. Click {fix}, enter the sign-in client ID, save, and sign in.</source>
        <translation>帳戶「{name}」沒有設定登入方式。請點選{fix}，填寫登入客戶端 ID，儲存後登入。</translation>
    </message>
    <message>
        <source>Account “{name}” has no login name for its mailbox. Open it in {accounts} and fill in Login.</source>
        <translation>帳戶「{name}」沒有郵箱登入名。請在 {accounts} 中開啟它並填寫登入名。</translation>
    </message>
    <message>
        <source>Account “{name}” has no mailbox server for reading replies. Open it in {accounts} and fill in Mailbox server (IMAP).</source>
        <translation>帳戶「{name}」沒有用於讀取回復的郵箱伺服器。請在 {accounts} 中開啟它並填寫郵箱伺服器（IMAP）。</translation>
    </message>
    <message>
        <source>Account “{name}” needs a server name. Click {fix} and type it under Server (ask your mail administrator).</source>
        <translation>帳戶「{name}」需要伺服器名稱。請點選{fix}，在「伺服器」中填寫（可詢問郵件管理員）。</translation>
    </message>
    <message>
        <source>Account “{name}” needs the SecretId, the region and a verified sender address. Click {fix} and fill them in.</source>
        <translation>帳戶「{name}」需要 SecretId、地域和已驗證的發件地址。請點選{fix}並填寫。</translation>
    </message>
    <message>
        <source>Account “{name}” needs the access key ID and the region. Click {fix} and fill them in.</source>
        <translation>帳戶「{name}」需要訪問金鑰 ID 和地域。請點選{fix}並填寫。</translation>
    </message>
    <message>
        <source>Account “{name}” signs in through the browser, which reading the mailbox does not support yet. Use an app password for the account instead ({accounts}).</source>
        <translation>帳戶「{name}」通過瀏覽器登入，而讀取郵箱暫不支援這種方式。請改為此帳戶使用應用專用密碼（{accounts}）。</translation>
    </message>
    <message>
        <source>Mail Merge can&apos;t tell which text encoding {file} uses. Under “Encoding”, choose the one in which the names read correctly.</source>
        <translation>郵件合併無法判斷 {file} 使用的文字編碼。請在「編碼」中選擇能正確顯示姓名的那一種。</translation>
    </message>
    <message>
        <source>No password is saved for “{name}”. Click {fix}, type the password and save.</source>
        <translation>「{name}」沒有儲存密碼。請點選{fix}，輸入密碼並儲存。</translation>
    </message>
    <message>
        <source>Row {row} changed in the spreadsheet since this send started, so it was not sent: it could be a different person now. Check the report before sending to it.</source>
        <translation>本次傳送開始後，第 {row} 列在試算表中被修改，因此沒有傳送：它現在可能是另一個人。傳送前請先檢視報告。</translation>
    </message>
    <message>
        <source>Row {row} is no longer in the spreadsheet (it now has {count} rows), so it was not sent. Check the report before sending again.</source>
        <translation>第 {row} 列已不在試算表中（現在共 {count} 列），因此沒有傳送。重新傳送前請先檢視報告。</translation>
    </message>
    <message>
        <source>Row {row} was to be sent at {when}, more than {minutes} minutes ago, so it was not sent late. If it should still go, empty its send-at cell and send it again.</source>
        <translation>第 {row} 列原定於 {when} 傳送，已過去 {minutes} 分鐘以上，因此不再延遲傳送。如果仍需傳送，請清空它的傳送時間儲存格，然後重新傳送。</translation>
    </message>
    <message>
        <source>Sending stopped: the server asked to slow down {times} times in a row without accepting a message (its answer: {raw}). The rest stay waiting: press “Send to everyone” later.</source>
        <translation>傳送已停止：伺服器連續 {times} 次要求放慢速度，且沒有接收任何郵件（答覆：{raw}）。其餘的保持等待：請稍後按「傳送給所有人」。</translation>
    </message>
    <message>
        <source>Sending stopped: the server could not be reached in {attempts} tries in a row.{answer} Check the server name, the port and the internet connection. The rest stay waiting: press “Send to everyone” once the server answers again.</source>
        <translation>傳送已停止：連續 {attempts} 次嘗試都無法連線伺服器。{answer} 請檢查伺服器名稱、埠和網路連線。其餘的保持等待：伺服器恢復後請按「傳送給所有人」。</translation>
    </message>
    <message>
        <source>Sending stopped: the server would not take messages in {attempts} tries in a row. {reason}{answer} The rest stay waiting: press “Send to everyone” later.</source>
        <translation>傳送已停止：連續 {attempts} 次嘗試，伺服器都不接收郵件。{reason}{answer} 其餘的保持等待：請稍後按「傳送給所有人」。</translation>
    </message>
    <message>
        <source>Sending was cancelled. Messages already on their way were finished; the rest stay waiting: press “Send to everyone” to send to them. Nobody gets a message twice.</source>
        <translation>傳送已取消。正在傳送的郵件已發完；其餘的保持等待：按「傳送給所有人」即可傳送。不會有人收到兩次。</translation>
    </message>
    <message>
        <source>Several accounts are saved. Choose one under “Send through”.</source>
        <translation>儲存了多個帳戶。請在「傳送帳戶」中選擇一個。</translation>
    </message>
    <message>
        <source>The app stopped while this message was being sent, so it may or may not have arrived. Check with the recipient, then use “Retry not sent” if it needs sending again.</source>
        <translation>傳送這封郵件時軟體中途停止，不確定是否送達。請向收件者確認，如需重新傳送，請使用「重新傳送未傳送的」。</translation>
    </message>
    <message>
        <source>The closest column is “{column}”. </source>
        <translation>最接近的欄是「{column}」。</translation>
    </message>
    <message>
        <source>The disk holding the send record {path} is full, so sending stopped. Free some space, then press “Send to everyone” to go on: rows that were being sent at that moment are listed as unknown.</source>
        <translation>存放傳送記錄 {path} 的磁碟已滿，傳送已停止。請釋放一些空間，然後按「傳送給所有人」繼續：當時正在傳送的列會列為「未知」。</translation>
    </message>
    <message>
        <source>The message uses the Unsubscribe link, but no unsubscribe address or link is set, so it would be empty. Set one for the account in {accounts}, or type one under Unsubscribe in the Message step.</source>
        <translation>郵件使用了退訂連結，但沒有設定退訂地址或連結，連結會是空的。請在 {accounts} 中為帳戶設定，或在「郵件內容」步驟的「退訂」中填寫。</translation>
    </message>
    <message>
        <source>The message uses the field {item}, but the spreadsheet has no such column. Fix the name in the message or rename the column.</source>
        <translation>郵件使用了欄位 {item}，但試算表中沒有這一欄。請更正郵件中的名稱，或重新命名該欄。</translation>
    </message>
    <message>
        <source>The message uses {n} fields the spreadsheet has no column for: {items}. Fix the names in the message or rename the columns.</source>
        <translation>郵件使用了 {n} 個試算表中沒有對應列的欄位：{items}。請更正郵件中的名稱，或重新命名這些列。</translation>
    </message>
    <message>
        <source>The send record {path} belongs to a different spreadsheet or message. Open the spreadsheet and message it was made for.</source>
        <translation>傳送記錄 {path} 屬於另一個試算表或郵件。請開啟與它對應的試算表和郵件。</translation>
    </message>
    <message>
        <source>The send record {path} is damaged ({error}). Keep it for reference and check its report before sending again.</source>
        <translation>傳送記錄 {path} 已損壞（{error}）。請保留它以供參考，重新傳送前請先檢視其報告。</translation>
    </message>
    <message>
        <source>The server refuses to pass mail on to other addresses (relay access denied), so no row can be sent through it. It probably needs a login (a saved account with its user name and password), or this is not your provider&apos;s sending server. Server&apos;s answer: {text}</source>
        <translation>伺服器拒絕把郵件轉寄到其他地址（拒絕轉送），因此無法透過它傳送任何列。它可能需要登入（儲存了使用者名稱和密碼的帳戶），或者這不是您的服務商的寄信伺服器。伺服器的回覆：{text}</translation>
    </message>
    <message>
        <source>There is a mistake on {place}: {reason}. The line is: “{text}”. Check that every {{{{ has a matching }}}} and every {{% if %}} an {{% endif %}}.</source>
        <translation>{place}有錯誤：{reason}。該行內容：「{text}」。請檢查每個 {{{{ 都有對應的 }}}}，每個 {{% if %}} 都有對應的 {{% endif %}}。</translation>
    </message>
    <message>
        <source>There is no provider called “{key}”. Choose one of the providers listed in {accounts}.</source>
        <translation>沒有名為「{key}」的服務商。請從 {accounts} 中列出的服務商裡選擇。</translation>
    </message>
    <message>
        <source>There is no saved account called “{name}”. Choose another one under “Send through”, or add it in {accounts}.</source>
        <translation>沒有名為「{name}」的已儲存帳戶。請在「傳送帳戶」中選擇其他帳戶，或在 {accounts} 中新增。</translation>
    </message>
    <message>
        <source>This campaign goes to {count} people but offers no way to unsubscribe. Gmail and Yahoo expect bulk mail to have one and may file it as spam: set an unsubscribe address for the account in {accounts}, or type “none” under Unsubscribe in the Message step for mail people cannot opt out of.</source>
        <translation>此活動將發給 {count} 人，但沒有退訂方式。Gmail 和 Yahoo 要求群發郵件提供退訂方式，否則可能歸為垃圾郵件：請在 {accounts} 中為帳戶設定退訂地址；如果是不能退訂的郵件，請在「郵件內容」步驟的「退訂」中填寫「none」。</translation>
    </message>
    <message>
        <source>line {line} of the message</source>
        <translation>郵件第 {line} 行</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>郵件</translation>
    </message>
    <message>
        <source>the {header} line</source>
        <translation>{header} 行</translation>
    </message>
    <message>
        <source>{described}</source>
        <translation>{described}</translation>
    </message>
    <message>
        <source>“Open the account…”</source>
        <translation>「開啟帳戶…」</translation>
    </message>
    <message>
        <source>“{field}” on {place}</source>
        <translation>{place}中的「{field}」</translation>
    </message>
    <message>
        <source>{lapsed} Click “Sign in” in {accounts} to sign in again.</source>
        <translation>{lapsed}請在 {accounts} 中點選「登入」重新登入。</translation>
    </message>
</context>
</TS>
