<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mail Merge</source>
        <translation>关于邮件合并</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mail Merge {version}&lt;/h2&gt;&lt;p&gt;Send one message to everyone on a spreadsheet, each copy personalised, safely.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;邮件合并 {version}&lt;/h2&gt;&lt;p&gt;把一封邮件安全地发给表格中的每个人，每份都按收件人个性化。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>库</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Mail Merge is built with these libraries, each under its own licence:</source>
        <translation>邮件合并使用了以下库，各自遵循其许可证：</translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>编辑账户</translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常为 587 端口）</translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation>全程 TLS（通常为 465 端口）</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>无（仅限本地中继）</translation>
    </message>
    <message>
        <source>This server needs no login</source>
        <translation>此服务器无需登录</translation>
    </message>
    <message>
        <source>For an office relay that accepts mail from this computer without a login name or password.</source>
        <translation>适用于无需登录名和密码即可接收本机邮件的办公室中继服务器。</translation>
    </message>
    <message>
        <source>Office &lt;office@example.com&gt;</source>
        <translation>办公室 &lt;office@example.com&gt;</translation>
    </message>
    <message>
        <source>The OAuth client ID your administrator registered</source>
        <translation>管理员注册的 OAuth 客户端 ID</translation>
    </message>
    <message>
        <source>Google only: the client secret that came with the ID</source>
        <translation>仅限 Google：与该 ID 一起提供的客户端密钥</translation>
    </message>
    <message>
        <source>unsubscribe@example.com (people write here to leave)</source>
        <translation>unsubscribe@example.com（收件人写信到这里退订）</translation>
    </message>
    <message>
        <source>Optional: https://example.com/unsubscribe (one click)</source>
        <translation>可选：https://example.com/unsubscribe（一键退订）</translation>
    </message>
    <message>
        <source>Optional: the selector your provider shows for DKIM</source>
        <translation>可选：服务商为 DKIM 显示的选择器</translation>
    </message>
    <message>
        <source>Optional: imap.example.com, to check bounces and replies</source>
        <translation>可选：imap.example.com，用于查看退信和回复</translation>
    </message>
    <message>
        <source>Keep a copy of each sent message in the Sent folder</source>
        <translation>在“已发送”文件夹中保留每封邮件的副本</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>服务商</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>加密方式</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Sign-in client ID</source>
        <translation>登录客户端 ID</translation>
    </message>
    <message>
        <source>Sign-in client secret</source>
        <translation>登录客户端密钥</translation>
    </message>
    <message>
        <source>Unsubscribe address</source>
        <translation>退订地址</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>退订链接</translation>
    </message>
    <message>
        <source>DKIM selector</source>
        <translation>DKIM 选择器</translation>
    </message>
    <message>
        <source>Mailbox server (IMAP)</source>
        <translation>邮箱服务器（IMAP）</translation>
    </message>
    <message>
        <source>Not shown once saved</source>
        <translation>保存后不再显示</translation>
    </message>
    <message>
        <source>{notes}
Limits: {limits}.</source>
        <translation>{notes}
发送限制：{limits}。</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation>访问密钥 ID</translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation>SecretId</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>私有访问密钥</translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation>SecretKey</translation>
    </message>
    <message>
        <source>App password (optional)</source>
        <translation>应用专用密码（可选）</translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation>正在检查系统密钥环…</translation>
    </message>
    <message>
        <source>Stored in the system keyring (type a new one to replace it)</source>
        <translation>已保存在系统密钥环中（输入新密码即可替换）</translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Type the login name that goes with the password, or tick “This server needs no login”.</source>
        <translation>请填写与密码对应的登录名，或勾选“此服务器无需登录”。</translation>
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
        <translation>每分钟 {n} 封</translation>
    </message>
    <message>
        <source>{n} an hour</source>
        <translation>每小时 {n} 封</translation>
    </message>
    <message>
        <source>{n} a day</source>
        <translation>每天 {n} 封</translation>
    </message>
    <message>
        <source>{n} an hour per domain</source>
        <translation>每个域名每小时 {n} 封</translation>
    </message>
    <message>
        <source>{n} an hour to one address</source>
        <translation>同一地址每小时 {n} 封</translation>
    </message>
    <message>
        <source>“Edit…”</source>
        <translation>“编辑…”</translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation>1 个连接</translation>
    </message>
    <message>
        <source>{n} connections</source>
        <translation>{n} 个连接</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation>已保存的账户</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Signature…</source>
        <translation>签名…</translation>
    </message>
    <message>
        <source>No accounts yet. Choose Add… to send through your office&apos;s email server or an email service. Until then, the built-in outbox keeps every message on this computer.</source>
        <translation>还没有账户。要通过单位的邮件服务器或邮件服务发送，请点击“添加…”。在此之前，内置发件箱会把每封邮件都保存在本机上。</translation>
    </message>
    <message>
        <source>Sign in with {provider}</source>
        <translation>使用 {provider} 登录</translation>
    </message>
    <message>
        <source>Saved {account}.</source>
        <translation>已保存 {account}。</translation>
    </message>
    <message>
        <source>Click “Sign in with {provider}” to finish.</source>
        <translation>请点击“使用 {provider} 登录”完成设置。</translation>
    </message>
    <message>
        <source>Saved the signature of “{name}”.</source>
        <translation>已保存“{name}”的签名。</translation>
    </message>
    <message>
        <source>Delete the account “{name}” and the password saved for it in the system keyring? Campaigns already sent keep their journals.</source>
        <translation>要删除账户“{name}”及其保存在系统密钥环中的密码吗？已发送的活动会保留发送记录。</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>删除账户</translation>
    </message>
    <message>
        <source>Deleted “{name}” and its saved password.</source>
        <translation>已删除“{name}”及其保存的密码。</translation>
    </message>
    <message>
        <source>Testing {name}…</source>
        <translation>正在测试 {name}…</translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation>连接正常。</translation>
    </message>
    <message>
        <source>The connection failed:</source>
        <translation>连接失败：</translation>
    </message>
    <message>
        <source>The account cannot send yet:</source>
        <translation>该账户暂时无法发送：</translation>
    </message>
    <message>
        <source>The account works; read the warnings:</source>
        <translation>账户可用，请查看以下警告：</translation>
    </message>
    <message>
        <source>The account works.</source>
        <translation>账户可用。</translation>
    </message>
    <message>
        <source>{mark} {stage}: {detail}</source>
        <translation>{mark} {stage}：{detail}</translation>
    </message>
    <message>
        <source>“{name}” has no sign-in client ID yet. Click Edit…, enter the client ID your administrator registered for Mail Merge, save, and sign in again.</source>
        <translation>“{name}”还没有登录客户端 ID。请点击“编辑…”，输入管理员为邮件合并注册的客户端 ID，保存后重新登录。</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>请在浏览器中完成登录…</translation>
    </message>
    <message>
        <source>Signed in: “{name}” can send now.</source>
        <translation>已登录：“{name}”现在可以发送了。</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>&amp;Check all rows (F5)</source>
        <translation>检查所有行(&amp;C) (F5)</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Double-click a line (or press Enter) to go to the row it is about.</source>
        <translation>双击某一条（或按 Enter 键）可跳转到相应的行。</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) must be fixed before sending.</source>
        <translation>
            <numerusform>发送前必须修正 %Ln 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to send. Have a look at the warnings below.</source>
        <translation>可以发送了。请看一下下面的警告。</translation>
    </message>
    <message>
        <source>Every row is ready to send.</source>
        <translation>所有行都可以发送了。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation>
            <numerusform>%Ln 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation>无法进行检查。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Checked {n} row</source>
        <translation>已检查 {n} 行</translation>
    </message>
    <message>
        <source>Checked {n} rows</source>
        <translation>已检查 {n} 行</translation>
    </message>
    <message>
        <source>Dry run: {built} built ({size:.1f} MB), {failed} could not be built; nothing sent.</source>
        <translation>试运行：已生成 {built}（{size:.1f} MB），{failed} 无法生成；未发送任何邮件。</translation>
    </message>
    <message>
        <source>Every message carries: {files}</source>
        <translation>每封邮件都带有：{files}</translation>
    </message>
    <message>
        <source>Finished: {sent} sent, {failed} failed or unknown, of {n} row.</source>
        <translation>已完成：共 {n} 行，已发送 {sent} 封，{failed} 封失败或状态未知。</translation>
    </message>
    <message>
        <source>Finished: {sent} sent, {failed} failed or unknown, of {n} rows.</source>
        <translation>已完成：共 {n} 行，已发送 {sent} 封，{failed} 封失败或状态未知。</translation>
    </message>
    <message>
        <source>Imported {n} address from {file}</source>
        <translation>已从 {file} 导入 {n} 个地址</translation>
    </message>
    <message>
        <source>Imported {n} addresses from {file}</source>
        <translation>已从 {file} 导入 {n} 个地址</translation>
    </message>
    <message>
        <source>Left out of this send: {parts}.</source>
        <translation>本次发送不包括：{parts}。</translation>
    </message>
    <message>
        <source>No accounts saved; `send` uses the built-in outbox. Add one with `mailmerge account add`.</source>
        <translation>没有保存的账户；`send` 会使用内置发件箱。请用 `mailmerge account add` 添加一个。</translation>
    </message>
    <message>
        <source>No password saved for {name!r}: pipe it in with --password-stdin to save it in the system keyring.</source>
        <translation>没有为“{name}”保存密码：要把它保存到系统密钥环，请通过 --password-stdin 传入。</translation>
    </message>
    <message>
        <source>Nothing to send: every row of this campaign has been handled (see `mailmerge report`).</source>
        <translation>没有要发送的邮件：这次活动的每一行都已处理（见 `mailmerge report`）。</translation>
    </message>
    <message>
        <source>Nothing was sent.</source>
        <translation>未发送任何邮件。</translation>
    </message>
    <message>
        <source>Opening your browser to sign in…</source>
        <translation>正在打开浏览器以登录…</translation>
    </message>
    <message>
        <source>Outbox listening on {host}:{port}, saving to {folder}</source>
        <translation>发件箱正在 {host}:{port} 等待，邮件保存到 {folder}</translation>
    </message>
    <message>
        <source>Outbox stopped. {n} message is in {folder}.</source>
        <translation>发件箱已停止。{folder} 中有 {n} 封邮件。</translation>
    </message>
    <message>
        <source>Outbox stopped. {n} messages are in {folder}.</source>
        <translation>发件箱已停止。{folder} 中有 {n} 封邮件。</translation>
    </message>
    <message>
        <source>Password (not shown): </source>
        <translation>密码（不显示）：</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>按 Ctrl+C 停止。</translation>
    </message>
    <message>
        <source>Read {n} message since {since}</source>
        <translation>已读取 {since} 以来的 {n} 封邮件</translation>
    </message>
    <message>
        <source>Read {n} messages since {since}</source>
        <translation>已读取 {since} 以来的 {n} 封邮件</translation>
    </message>
    <message>
        <source>Removed account {name!r} and its saved password.</source>
        <translation>已删除账户“{name}”及其保存的密码。</translation>
    </message>
    <message>
        <source>Report of {n} row written to {file}</source>
        <translation>已将 {n} 行的报告写入 {file}</translation>
    </message>
    <message>
        <source>Report of {n} rows written to {file}</source>
        <translation>已将 {n} 行的报告写入 {file}</translation>
    </message>
    <message>
        <source>STARTTLS when offered</source>
        <translation>服务器支持时使用 STARTTLS</translation>
    </message>
    <message>
        <source>Saved {account}</source>
        <translation>已保存：{account}</translation>
    </message>
    <message>
        <source>Send {n} message via {account}? [y/N] </source>
        <translation>要通过 {account} 发送 {n} 封邮件吗？[y/N] </translation>
    </message>
    <message>
        <source>Send {n} messages via {account}? [y/N] </source>
        <translation>要通过 {account} 发送 {n} 封邮件吗？[y/N] </translation>
    </message>
    <message>
        <source>Sending {n} message via {account}; journal: {path}</source>
        <translation>正在通过 {account} 发送 {n} 封邮件；发送记录：{path}</translation>
    </message>
    <message>
        <source>Sending {n} messages via {account}; journal: {path}</source>
        <translation>正在通过 {account} 发送 {n} 封邮件；发送记录：{path}</translation>
    </message>
    <message>
        <source>Stopping after the messages in flight (Ctrl-C again to quit now)...</source>
        <translation>发送中的邮件完成后停止（再按一次 Ctrl-C 立即退出）...</translation>
    </message>
    <message>
        <source>The suppression list is empty: no address is held back.</source>
        <translation>禁发名单为空：没有被挡下的地址。</translation>
    </message>
    <message>
        <source>Waiting until {when} to send (leave this window open; Ctrl+C cancels).</source>
        <translation>等到 {when} 再发送（请保持此窗口打开；按 Ctrl+C 取消）。</translation>
    </message>
    <message>
        <source>Wrote row {row} to {file} ({size} bytes).</source>
        <translation>已将第 {row} 行写入 {file}（{size} 字节）。</translation>
    </message>
    <message>
        <source>Wrote {n} address to {file}.</source>
        <translation>已将 {n} 个地址写入 {file}。</translation>
    </message>
    <message>
        <source>Wrote {n} addresses to {file}.</source>
        <translation>已将 {n} 个地址写入 {file}。</translation>
    </message>
    <message>
        <source>column {column}: {sentence}</source>
        <translation>{column} 列：{sentence}</translation>
    </message>
    <message>
        <source>mailmerge: interrupted; run the same command with --resume to continue.</source>
        <translation>mailmerge：已中断；要继续，请加上 --resume 再运行同一条命令。</translation>
    </message>
    <message>
        <source>mailmerge: nothing was sent: {n} problem must be fixed first (see above, or run `mailmerge check` for warnings too).</source>
        <translation>mailmerge：未发送任何邮件：必须先解决 {n} 个问题（见上文；要同时查看警告，请运行 `mailmerge check`）。</translation>
    </message>
    <message>
        <source>mailmerge: nothing was sent: {n} problems must be fixed first (see above, or run `mailmerge check` for warnings too).</source>
        <translation>mailmerge：未发送任何邮件：必须先解决 {n} 个问题（见上文；要同时查看警告，请运行 `mailmerge check`）。</translation>
    </message>
    <message>
        <source>mailmerge: nothing was sent: {problems} must be fixed first (see above, or run `mailmerge check` for warnings too), or add --skip-invalid to send the other {others} and leave these {invalid} out.</source>
        <translation>mailmerge：未发送任何邮件：必须先解决 {problems}（见上文；要同时查看警告，请运行 `mailmerge check`），或加上 --skip-invalid，跳过这 {invalid} 行，发送其余 {others}。</translation>
    </message>
    <message>
        <source>mailmerge: row {rows} changed in the spreadsheet after the message was sent, so it is not sent again. If the person needs the corrected message, send that row with a new journal (--journal).</source>
        <translation>mailmerge：第 {rows} 行在邮件发出后在表格中被修改，因此不会再次发送。如果对方需要更正后的邮件，请用新的发送记录文件（--journal）发送该行。</translation>
    </message>
    <message>
        <source>mailmerge: row {row} is not in this campaign; it is not sent.</source>
        <translation>mailmerge：第 {row} 行不在这次活动中；不会发送。</translation>
    </message>
    <message>
        <source>mailmerge: row {row} is {status}, not failed or unknown; it is not sent again.</source>
        <translation>mailmerge：第 {row} 行的状态是 {status}，不是失败或未知；不会再次发送。</translation>
    </message>
    <message>
        <source>mailmerge: row {row} was sent already; it is not sent again.</source>
        <translation>mailmerge：第 {row} 行已经发送过；不会再次发送。</translation>
    </message>
    <message>
        <source>mailmerge: rows {rows} changed in the spreadsheet after the message was sent, so they are not sent again. If someone needs the corrected message, send those rows with a new journal (--journal).</source>
        <translation>mailmerge：第 {rows} 行在邮件发出后在表格中被修改，因此不会再次发送。如果有人需要更正后的邮件，请用新的发送记录文件（--journal）发送这些行。</translation>
    </message>
    <message>
        <source>mailmerge: warning: --insecure: the server&apos;s certificate is not checked, so another computer could pretend to be the server and read the messages and the password.</source>
        <translation>mailmerge：警告：--insecure：不检查服务器证书，其他计算机可能冒充服务器并读取邮件和密码。</translation>
    </message>
    <message>
        <source>mailmerge: warning: --security none: the password is sent unencrypted; use this only for a relay you trust on your own network.</source>
        <translation>mailmerge：警告：--security none：密码会以未加密的方式发送；只在您信任的本地网络中继服务器上使用。</translation>
    </message>
    <message>
        <source>mailmerge: warning: {count:,} messages to send but only {left:,} left in the provider&apos;s 24-hour quota: the run pauses when the quota is used up and continues by itself when there is room again (up to 24 hours later). Leave it running, or stop it and continue later with --resume.</source>
        <translation>mailmerge：警告：要发送 {count:,} 封邮件，但服务商 24 小时配额只剩 {left:,} 封：配额用完时发送会暂停，有余量时（最多 24 小时后）会自动继续。可以让它继续运行，或先停止，之后用 --resume 继续。</translation>
    </message>
    <message>
        <source>mailmerge: warning: {warning}</source>
        <translation>mailmerge：警告：{warning}</translation>
    </message>
    <message>
        <source>mailmerge: {address} is not on the suppression list.</source>
        <translation>mailmerge：{address} 不在禁发名单中。</translation>
    </message>
    <message>
        <source>mailmerge: {file}: Line {line}: {sentence}</source>
        <translation>mailmerge：{file}：第 {line} 行：{sentence}</translation>
    </message>
    <message>
        <source>mailmerge: {n} row was being sent when the last run stopped; it is marked unknown and will not be sent again (see the report; --retry-failed --rows to resend).</source>
        <translation>mailmerge：上次发送中断时有 {n} 行正在发送；它已标为“未知”，不会再次发送（见报告；要重发请用 --retry-failed --rows）。</translation>
    </message>
    <message>
        <source>mailmerge: {n} rows were being sent when the last run stopped; they are marked unknown and will not be sent again (see the report; --retry-failed --rows to resend).</source>
        <translation>mailmerge：上次发送中断时有 {n} 行正在发送；它们已标为“未知”，不会再次发送（见报告；要重发请用 --retry-failed --rows）。</translation>
    </message>
    <message>
        <source>nothing about this run</source>
        <translation>没有与这次发送有关的邮件</translation>
    </message>
    <message>
        <source>only the newest messages were read: use --since to look at a shorter time</source>
        <translation>只读取了最新的邮件：请用 --since 查看较短的时间段</translation>
    </message>
    <message>
        <source>regions: {regions}</source>
        <translation>区域：{regions}</translation>
    </message>
    <message>
        <source>row {row}, column {column}: {sentence}</source>
        <translation>第 {row} 行，{column} 列：{sentence}</translation>
    </message>
    <message>
        <source>row {row}, {address}: {what}</source>
        <translation>第 {row} 行，{address}：{what}</translation>
    </message>
    <message>
        <source>row {row}: {sentence}</source>
        <translation>第 {row} 行：{sentence}</translation>
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
        <translation>{address} 已加入禁发名单：任何活动都不会再发给它。</translation>
    </message>
    <message>
        <source>{address} was removed from the suppression list: campaigns send to it again.</source>
        <translation>{address} 已从禁发名单中移除：活动会再次发给它。</translation>
    </message>
    <message>
        <source>{address}: {what}</source>
        <translation>{address}：{what}</translation>
    </message>
    <message>
        <source>{counts}; fix the errors above, then check again.</source>
        <translation>{counts}。请先修正上面的错误，然后再检查一次。</translation>
    </message>
    <message>
        <source>{counts}; ready to send.</source>
        <translation>{counts}。可以发送了。</translation>
    </message>
    <message>
        <source>{count} about our mail but without a row to tie them to</source>
        <translation>{count} 封与我们的邮件有关，但对不上任何一行</translation>
    </message>
    <message>
        <source>{count} could not be read as messages</source>
        <translation>{count} 封无法作为邮件读取</translation>
    </message>
    <message>
        <source>{done}/{total} done: {sent} sent, {failed} failed ({rate:.1f}/s)</source>
        <translation>{done}/{total} 已完成：已发送 {sent}，失败 {failed}（每秒 {rate:.1f} 封）</translation>
    </message>
    <message>
        <source>{done}/{total} done: {sent} sent, {failed} failed ({rate:.1f}/s, about {eta:.0f} s left)</source>
        <translation>{done}/{total} 已完成：已发送 {sent}，失败 {failed}（每秒 {rate:.1f} 封，约剩 {eta:.0f} 秒）</translation>
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
        <translation>{imported}；跳过了 {skipped} 个（见上文）。</translation>
    </message>
    <message>
        <source>{mark} {stage}: {detail}</source>
        <translation>{mark} {stage}：{detail}</translation>
    </message>
    <message>
        <source>{n} already got another version (--only-new)</source>
        <translation>{n} 行已收到另一个版本（--only-new）</translation>
    </message>
    <message>
        <source>{n} already sent in this run</source>
        <translation>{n} 行在本次发送中已发出</translation>
    </message>
    <message>
        <source>{n} error</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>{n} errors</source>
        <translation>{n} 个错误</translation>
    </message>
    <message>
        <source>{n} failed before (--retry-failed to try again)</source>
        <translation>{n} 行之前发送失败（用 --retry-failed 重试）</translation>
    </message>
    <message>
        <source>{n} has errors (--skip-invalid)</source>
        <translation>{n} 行有错误（--skip-invalid）</translation>
    </message>
    <message>
        <source>{n} have errors (--skip-invalid)</source>
        <translation>{n} 行有错误（--skip-invalid）</translation>
    </message>
    <message>
        <source>{n} left out by you</source>
        <translation>{n} 行被您排除</translation>
    </message>
    <message>
        <source>{n} may have arrived (unknown; --retry-failed --rows to resend)</source>
        <translation>{n} 行可能已送达（无法确认；用 --retry-failed --rows 重发）</translation>
    </message>
    <message>
        <source>{n} message</source>
        <translation>{n} 封邮件</translation>
    </message>
    <message>
        <source>{n} messages</source>
        <translation>{n} 封邮件</translation>
    </message>
    <message>
        <source>{n} no longer in the spreadsheet</source>
        <translation>{n} 行已不在表格中</translation>
    </message>
    <message>
        <source>{n} on the suppression list</source>
        <translation>{n} 行在禁发名单中</translation>
    </message>
    <message>
        <source>{n} problem</source>
        <translation>{n} 个问题</translation>
    </message>
    <message>
        <source>{n} problems</source>
        <translation>{n} 个问题</translation>
    </message>
    <message>
        <source>{n} row</source>
        <translation>{n} 行</translation>
    </message>
    <message>
        <source>{n} rows</source>
        <translation>{n} 行</translation>
    </message>
    <message>
        <source>{n} same address as an earlier row (--per-row sends each row)</source>
        <translation>{n} 行与前面某行地址相同（用 --per-row 按每行发送）</translation>
    </message>
    <message>
        <source>{n} warning</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <source>{n} warnings</source>
        <translation>{n} 个警告</translation>
    </message>
    <message>
        <source>{read}: {found}. {added} added to the suppression list.</source>
        <translation>{read}：{found}。{added} 个地址已加入禁发名单。</translation>
    </message>
    <message>
        <source>{rows} and {more} more</source>
        <translation>{rows} 等另外 {more} 行</translation>
    </message>
    <message>
        <source>{rows}: {errors}, {warnings}</source>
        <translation>{rows}：{errors}，{warnings}</translation>
    </message>
    <message>
        <source>{server} as {user}</source>
        <translation>{server}，用户 {user}</translation>
    </message>
    <message>
        <source>{what} - now on the suppression list</source>
        <translation>{what} - 已加入禁发名单</translation>
    </message>
    <message>
        <source>{where}; sign-in: {auth}; limits: {limits}</source>
        <translation>{where}；登录方式：{auth}；限额：{limits}</translation>
    </message>
</context>
<context>
    <name>ConfirmSend</name>
    <message>
        <source>Every message carries these files:</source>
        <translation>每封邮件都附带以下文件：</translation>
    </message>
    <message>
        <source>Leave out the {n} row with errors and send to the others</source>
        <translation>排除有错误的 {n} 行，发给其他人</translation>
    </message>
    <message>
        <source>Leave out the {n} rows with errors and send to the others</source>
        <translation>排除有错误的 {n} 行，发给其他人</translation>
    </message>
    <message>
        <source>Left out of this send by you in the Contacts step.</source>
        <translation>您已在“联系人”步骤中将其排除在本次发送之外。</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>排除：</translation>
    </message>
    <message>
        <source>Not sent because of a problem in the row (see Check): {problem}</source>
        <translation>由于该行有问题而未发送（见“检查”步骤）：{problem}</translation>
    </message>
    <message>
        <source>Same address as row {row}, which gets the message.</source>
        <translation>与第 {row} 行的地址相同，邮件将发给那一行。</translation>
    </message>
    <message>
        <source>Send again to {n} row through “{account}”.</source>
        <translation>通过“{account}”向 {n} 行重发。</translation>
    </message>
    <message>
        <source>Send again to {n} rows through “{account}”.</source>
        <translation>通过“{account}”向 {n} 行重发。</translation>
    </message>
    <message>
        <source>Send {n} message</source>
        <translation>发送 {n} 封邮件</translation>
    </message>
    <message>
        <source>Send {n} message through “{account}”.</source>
        <translation>通过“{account}”发送 {n} 封邮件。</translation>
    </message>
    <message>
        <source>Send {n} messages</source>
        <translation>发送 {n} 封邮件</translation>
    </message>
    <message>
        <source>Send {n} messages through “{account}”.</source>
        <translation>通过“{account}”发送 {n} 封邮件。</translation>
    </message>
    <message>
        <source>This is a trial: the messages go to the outbox folder on this computer and nobody receives them.</source>
        <translation>这是试发：邮件会进入本机的发件箱文件夹，不会有人收到。</translation>
    </message>
    <message>
        <source>{address} already got another version of this message through {account}.</source>
        <translation>{address} 已经通过 {account} 收到过这封邮件的另一个版本。</translation>
    </message>
    <message>
        <source>{address} is on the suppression list ({why}).</source>
        <translation>{address} 在禁发名单中（{why}）。</translation>
    </message>
    <message>
        <source>{n} address is on the suppression list</source>
        <translation>{n} 个地址在禁发名单中</translation>
    </message>
    <message>
        <source>{n} addresses are on the suppression list</source>
        <translation>{n} 个地址在禁发名单中</translation>
    </message>
    <message>
        <source>{n} message may have arrived when sending stopped (see History; “Retry not sent” can send it again)</source>
        <translation>发送中断时有 {n} 封邮件可能已送达（见历史记录；可用“重发未发送的”重发）</translation>
    </message>
    <message>
        <source>{n} messages may have arrived when sending stopped (see History; “Retry not sent” can send them again)</source>
        <translation>发送中断时有 {n} 封邮件可能已送达（见历史记录；可用“重发未发送的”重发）</translation>
    </message>
    <message>
        <source>{n} of these people already got a different version on {date} through {account}.</source>
        <translation>其中 {n} 人已于 {date} 通过 {account} 收到另一个版本。</translation>
    </message>
    <message>
        <source>{n} people already got another version of it</source>
        <translation>{n} 人已收到另一个版本</translation>
    </message>
    <message>
        <source>{n} people already got it in this send</source>
        <translation>{n} 人在本次发送中已收到</translation>
    </message>
    <message>
        <source>{n} person already got another version of it</source>
        <translation>{n} 人已收到另一个版本</translation>
    </message>
    <message>
        <source>{n} person already got it in this send</source>
        <translation>{n} 人在本次发送中已收到</translation>
    </message>
    <message>
        <source>{n} row failed before (“Retry not sent” tries it again)</source>
        <translation>{n} 行之前发送失败（“重发未发送的”会再试）</translation>
    </message>
    <message>
        <source>{n} row has a problem Check found</source>
        <translation>{n} 行有检查发现的问题</translation>
    </message>
    <message>
        <source>{n} row has the same address as another row, which gets the message</source>
        <translation>{n} 行的地址与另一行相同，由那一行收到邮件</translation>
    </message>
    <message>
        <source>{n} row is no longer in the spreadsheet</source>
        <translation>{n} 行已不在表格中</translation>
    </message>
    <message>
        <source>{n} row you left out in the Contacts step</source>
        <translation>您在“联系人”步骤中排除的 {n} 行</translation>
    </message>
    <message>
        <source>{n} rows are no longer in the spreadsheet</source>
        <translation>{n} 行已不在表格中</translation>
    </message>
    <message>
        <source>{n} rows failed before (“Retry not sent” tries them again)</source>
        <translation>{n} 行之前发送失败（“重发未发送的”会再试）</translation>
    </message>
    <message>
        <source>{n} rows have a problem Check found</source>
        <translation>{n} 行有检查发现的问题</translation>
    </message>
    <message>
        <source>{n} rows have the same address as another row, which gets the message</source>
        <translation>{n} 行的地址与另一行相同，由那一行收到邮件</translation>
    </message>
    <message>
        <source>{n} rows you left out in the Contacts step</source>
        <translation>您在“联系人”步骤中排除的 {n} 行</translation>
    </message>
</context>
<context>
    <name>ConfirmSendDialog</name>
    <message>
        <source>Send again?</source>
        <translation>再次发送？</translation>
    </message>
    <message>
        <source>Send to everyone?</source>
        <translation>发送给所有人？</translation>
    </message>
    <message>
        <source>Or cancel and fix them in the spreadsheet: the Check step lists each one.</source>
        <translation>或者取消，在表格中修正：“检查”步骤会逐一列出。</translation>
    </message>
    <message>
        <source>Send one message per row, also when an address is on several rows</source>
        <translation>即使同一地址出现在多行，也按每行各发送一封邮件</translation>
    </message>
    <message>
        <source>Send this one to everyone</source>
        <translation>把这个版本发给所有人</translation>
    </message>
    <message>
        <source>Send it only to those who got none</source>
        <translation>只发给还没收到的人</translation>
    </message>
    <message>
        <source>Nothing can be sent until this is fixed: {problem}</source>
        <translation>修正此问题之前无法发送：{problem}</translation>
    </message>
</context>
<context>
    <name>ContactsModel</name>
    <message>
        <source>{text}
(left out of this send)</source>
        <translation>{text}
（本次发送已排除）</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Email address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密送</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>Send at</source>
        <translation>发送时间</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>邮箱地址(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>密送(&amp;B)：</translation>
    </message>
    <message>
        <source>A&amp;ttachments:</source>
        <translation>附件(&amp;T)：</translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation>发送时间(&amp;A)：</translation>
    </message>
    <message>
        <source>No spreadsheet open. Drop one here or use File → Open (Ctrl+O).</source>
        <translation>尚未打开表格。请把文件拖到这里，或使用“文件 → 打开”（Ctrl+O）。</translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation>打开表格(&amp;O)…</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Row with the column names</source>
        <translation>列名所在的行</translation>
    </message>
    <message>
        <source>The row of the sheet that holds the column names</source>
        <translation>工作表中存放列名的那一行</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>文字编码</translation>
    </message>
    <message>
        <source>Reading the spreadsheet</source>
        <translation>正在读取表格</translation>
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
        <translation>列名所在行(&amp;W)：</translation>
    </message>
    <message>
        <source>Text enco&amp;ding:</source>
        <translation>文字编码(&amp;D)：</translation>
    </message>
    <message>
        <source>Which column holds…</source>
        <translation>各项信息所在的列…</translation>
    </message>
    <message>
        <source>Find in the contacts…</source>
        <translation>在联系人中查找…</translation>
    </message>
    <message>
        <source>Find in the contacts</source>
        <translation>在联系人中查找</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Leave out of this send</source>
        <translation>本次发送排除</translation>
    </message>
    <message>
        <source>Put back into this send</source>
        <translation>重新加入本次发送</translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation>查找(&amp;I)：</translation>
    </message>
    <message>
        <source>Automatic (row {row})</source>
        <translation>自动（第 {row} 行）</translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation>（不使用）</translation>
    </message>
    <message>
        <source>(right-click rows to leave them out of this send)</source>
        <translation>（右键点击行可将其排除在本次发送之外）</translation>
    </message>
    <message>
        <source>No column looks like email addresses. Choose the email column under “Which column holds…”.</source>
        <translation>没有哪一列像是邮箱地址。请在“各项信息所在的列…”中选择邮箱列。</translation>
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
        <translation>韩文 (CP949 / EUC-KR)</translation>
    </message>
    <message>
        <source>Japanese (Shift-JIS)</source>
        <translation>日文 (Shift-JIS)</translation>
    </message>
    <message>
        <source>Chinese, simplified (GB18030 / GBK)</source>
        <translation>简体中文 (GB18030 / GBK)</translation>
    </message>
    <message>
        <source>Chinese, traditional (Big5)</source>
        <translation>繁体中文 (Big5)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252)</source>
        <translation>西欧 (Windows-1252)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1)</source>
        <translation>西欧 (ISO-8859-1)</translation>
    </message>
    <message>
        <source>Automatic: {label}</source>
        <translation>自动：{label}</translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <source>Opening was cancelled.</source>
        <translation>已取消打开。</translation>
    </message>
    <message>
        <source>Choose the encoding in which the names read correctly…</source>
        <translation>请选择能正确显示姓名的编码…</translation>
    </message>
    <message>
        <source>Choose the column that holds the email addresses.</source>
        <translation>请选择存放邮箱地址的列。</translation>
    </message>
    <message>
        <source>({n} left out of this send)</source>
        <translation>（本次发送排除 {n} 位）</translation>
    </message>
    <message>
        <source>{n} contact</source>
        <translation>{n} 位联系人</translation>
    </message>
    <message>
        <source>{n} contacts</source>
        <translation>{n} 位联系人</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Mail Merge ran into a problem</source>
        <translation>邮件合并遇到问题</translation>
    </message>
    <message>
        <source>Something went wrong inside Mail Merge. Your campaign and the send journal are safe: nobody will get a message twice. Please copy this report and send it to whoever supports the app.</source>
        <translation>邮件合并内部出现了问题。您的活动和发送记录都是安全的，不会有人收到两次邮件。请复制这份报告，发给负责本软件支持的人员。</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>复制报告</translation>
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
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Test:</source>
        <translation>条件(&amp;T)：</translation>
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
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Only when {column} {test}{value}:</source>
        <translation>仅当 {column} {test}{value} 时：</translation>
    </message>
    <message>
        <source>Show this paragraph only when…</source>
        <translation>仅在以下情况显示此段落…</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>The paragraph is sent only to the rows where this holds; the others do not see it.</source>
        <translation>此段落只发给满足条件的行，其他人看不到。</translation>
    </message>
    <message>
        <source>The words people click, and the web or mail address they lead to.</source>
        <translation>供点击的文字，以及它指向的网址或邮箱地址。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>When &amp;empty, write:</source>
        <translation>为空时写(&amp;E)：</translation>
    </message>
    <message>
        <source>When empty</source>
        <translation>为空时</translation>
    </message>
    <message>
        <source>Which column to show here, and what to write when its cell is empty.</source>
        <translation>这里显示哪一列，以及单元格为空时改写什么。</translation>
    </message>
    <message>
        <source>does not equal</source>
        <translation>不等于</translation>
    </message>
    <message>
        <source>e.g. customer (leave empty to write nothing)</source>
        <translation>例如：客户（留空则什么都不写）</translation>
    </message>
    <message>
        <source>equals</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>不为空</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation>需要修正的内容</translation>
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
        <translation>段落样式</translation>
    </message>
    <message>
        <source>Paragraph</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Heading 1</source>
        <translation>标题 1</translation>
    </message>
    <message>
        <source>Heading 2</source>
        <translation>标题 2</translation>
    </message>
    <message>
        <source>Heading 3</source>
        <translation>标题 3</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>字号</translation>
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
        <translation>倾斜</translation>
    </message>
    <message>
        <source>U</source>
        <translation>U</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>下划线</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Text colour</source>
        <translation>文字颜色</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• 列表</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>项目符号列表</translation>
    </message>
    <message>
        <source>1. List</source>
        <translation>1. 列表</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>编号列表</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Align left</source>
        <translation>左对齐</translation>
    </message>
    <message>
        <source>Centre</source>
        <translation>居中</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Align right</source>
        <translation>右对齐</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Insert or edit a link</source>
        <translation>插入或编辑链接</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消链接</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>移除链接</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>分隔线</translation>
    </message>
    <message>
        <source>Horizontal line</source>
        <translation>水平线</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <source>Insert a table (3 columns, 2 rows)</source>
        <translation>插入表格（3 列 2 行）</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
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
        <translation>表格</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>最近操作</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Sent through</source>
        <translation>发送账户</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>待确认</translation>
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
        <translation>已回复</translation>
    </message>
    <message>
        <source>Test to yourself through {account}</source>
        <translation>通过 {account} 给自己发送测试</translation>
    </message>
    <message>
        <source>Trial: the outbox (nobody got it)</source>
        <translation>试发：发件箱（无人收到）</translation>
    </message>
    <message>
        <source>(an older version did not record it)</source>
        <translation>（旧版本没有记录）</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Past campaigns</source>
        <translation>以往活动</translation>
    </message>
    <message>
        <source>Rows with unknown outcome</source>
        <translation>结果未知的行</translation>
    </message>
    <message>
        <source>&amp;Open this spreadsheet</source>
        <translation>打开此表格(&amp;O)</translation>
    </message>
    <message>
        <source>Account whose mailbox is read</source>
        <translation>要读取邮箱的账户</translation>
    </message>
    <message>
        <source>Check &amp;replies</source>
        <translation>查看回复(&amp;R)</translation>
    </message>
    <message>
        <source>Read the account&apos;s inbox for bounces, unsubscribes and replies to this campaign. Nothing in the mailbox is changed.</source>
        <translation>读取账户收件箱中与此活动有关的退信、退订和回复。不会改动邮箱中的任何内容。</translation>
    </message>
    <message>
        <source>Mailbox of:</source>
        <translation>邮箱账户：</translation>
    </message>
    <message>
        <source>Past campaigns on this computer:</source>
        <translation>本机上的以往活动：</translation>
    </message>
    <message>
        <source>Rows that may or may not have arrived, and what came back after the send:</source>
        <translation>不确定是否送达的行，以及发送后收到的回应：</translation>
    </message>
    <message>
        <source>To check replies, give an account its mailbox server (IMAP) in Send → Accounts…</source>
        <translation>要查看回复，请在“发送 → 账户…”中为账户填写邮箱服务器（IMAP）。</translation>
    </message>
    <message>
        <source>Reading the mailbox of {account}…</source>
        <translation>正在读取 {account} 的邮箱…</translation>
    </message>
    <message>
        <source>Read {scanned} messages since {since}: {bounced} bounced, {soft} not delivered for now, {unsub} unsubscribed, {spam} marked as spam, {auto} automatic answers, {replied} replies. {suppressed} added to the suppression list.</source>
        <translation>已读取 {since} 以来的 {scanned} 封邮件：退信 {bounced}，暂未送达 {soft}，退订 {unsub}，标记为垃圾邮件 {spam}，自动回复 {auto}，回复 {replied}。已将 {suppressed} 个加入禁发名单。</translation>
    </message>
    <message>
        <source>What came back:</source>
        <translation>收到的回应：</translation>
    </message>
    <message>
        <source>Row {row}: {what}</source>
        <translation>第 {row} 行：{what}</translation>
    </message>
    <message>
        <source>bounced (the address does not exist; it is on the suppression list)</source>
        <translation>退信（地址不存在，已加入禁发名单）</translation>
    </message>
    <message>
        <source>not delivered for now</source>
        <translation>暂时未送达</translation>
    </message>
    <message>
        <source>unsubscribed (on the suppression list)</source>
        <translation>已退订（已加入禁发名单）</translation>
    </message>
    <message>
        <source>marked it as spam (on the suppression list)</source>
        <translation>标记为垃圾邮件（已加入禁发名单）</translation>
    </message>
    <message>
        <source>automatic answer (e.g. out of office)</source>
        <translation>自动回复（例如不在办公室）</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer yet.</source>
        <translation>本机尚未发送过任何邮件。</translation>
    </message>
    <message>
        <source>None: every row of this campaign has a known outcome.</source>
        <translation>无：本活动每一行的结果都已明确。</translation>
    </message>
    <message>
        <source>Row {row} – {address}: {reason}</source>
        <translation>第 {row} 行 – {address}：{reason}</translation>
    </message>
    <message>
        <source>Ask these people whether the message arrived. To send it again, open the spreadsheet and use “Retry not sent” in the Send step.</source>
        <translation>请向这些人确认是否收到邮件。如需重发，请打开表格，在“发送”步骤中使用“重发未发送的”。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation>表格 (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>1  Contacts</source>
        <translation>1  联系人</translation>
    </message>
    <message>
        <source>2  Message</source>
        <translation>2  邮件内容</translation>
    </message>
    <message>
        <source>3  Preview</source>
        <translation>3  预览</translation>
    </message>
    <message>
        <source>4  Check</source>
        <translation>4  检查</translation>
    </message>
    <message>
        <source>5  Send</source>
        <translation>5  发送</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Sample campaign: try every step; through the built-in outbox nothing leaves this computer. Open your own spreadsheet with Ctrl+O.</source>
        <translation>示例活动：可以试用每个步骤；通过内置发件箱，邮件不会离开本机。用 Ctrl+O 打开您自己的表格。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation>打开表格(&amp;O)…</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Open &amp;campaign…</source>
        <translation>打开活动(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Save campaign</source>
        <translation>保存活动(&amp;S)</translation>
    </message>
    <message>
        <source>Save campaign &amp;as…</source>
        <translation>活动另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Open the &amp;sample campaign</source>
        <translation>打开示例活动(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation>邮件内容(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>预览(&amp;P)</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>检查(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Check all rows</source>
        <translation>检查所有行(&amp;C)</translation>
    </message>
    <message>
        <source>Send &amp;test to myself</source>
        <translation>给自己发送测试邮件(&amp;T)</translation>
    </message>
    <message>
        <source>Send to &amp;everyone…</source>
        <translation>发送给所有人(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Retry not sent</source>
        <translation>重发未发送的(&amp;R)</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>导出报告(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>账户(&amp;A)…</translation>
    </message>
    <message>
        <source>Suppression &amp;list…</source>
        <translation>禁发名单(&amp;L)…</translation>
    </message>
    <message>
        <source>Allow attachments from a &amp;folder…</source>
        <translation>允许使用某个文件夹中的附件(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a contact spreadsheet</source>
        <translation>打开联系人表格</translation>
    </message>
    <message>
        <source>{name} has column names but no rows under them. Add the people to send to, save the file and open it again.</source>
        <translation>{name} 有列名，但下面没有数据行。请添加收件人，保存文件后重新打开。</translation>
    </message>
    <message>
        <source>The spreadsheet could not be opened.</source>
        <translation>无法打开表格。</translation>
    </message>
    <message>
        <source>Could not read the template {file}: {error}</source>
        <translation>无法读取模板 {file}：{error}</translation>
    </message>
    <message>
        <source>Your last campaign {name} is no longer in {folder}. Open it where it is now with File → Open campaign…, or start with a spreadsheet.</source>
        <translation>您上次的活动 {name} 已不在 {folder} 中。请用“文件 → 打开活动…”从它现在的位置打开，或从一个表格开始。</translation>
    </message>
    <message>
        <source>Open a campaign</source>
        <translation>打开活动</translation>
    </message>
    <message>
        <source>Campaigns (*%s)</source>
        <translation>活动 (*%s)</translation>
    </message>
    <message>
        <source>The campaign&apos;s spreadsheet {name} is no longer in {folder}. Open it where it is now with “Open spreadsheet…”; the message and settings of the campaign are kept.</source>
        <translation>活动使用的表格 {name} 已不在 {folder} 中。请用“打开表格…”从它现在的位置打开；活动的邮件内容和设置会保留。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The campaign could not be saved: {error}. Choose another folder with Save as.</source>
        <translation>无法保存活动：{error}。请用“另存为”选择其他文件夹。</translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Allow attachments from this folder</source>
        <translation>允许使用此文件夹中的附件</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>尚未检查。</translation>
    </message>
    <message>
        <source>Untitled campaign</source>
        <translation>未命名活动</translation>
    </message>
    <message>
        <source>Mail Merge</source>
        <translation>邮件合并</translation>
    </message>
    <message>
        <source>Built-in outbox (nothing leaves this computer)</source>
        <translation>内置发件箱（邮件不会离开本机）</translation>
    </message>
    <message>
        <source>The outbox folder {folder} could not be made: {error}</source>
        <translation>无法创建发件箱文件夹 {folder}：{error}</translation>
    </message>
    <message>
        <source>Sending is still under way. Wait for it to finish or stop it.</source>
        <translation>仍在发送中。请等待发送完成，或停止发送。</translation>
    </message>
    <message>
        <source>Type your own address under “Test to” first.</source>
        <translation>请先在“测试收件地址”中填写您自己的地址。</translation>
    </message>
    <message>
        <source>Sending a test of row {row} to {address}…</source>
        <translation>正在把第 {row} 行的测试邮件发送到 {address}…</translation>
    </message>
    <message>
        <source>Test sent. Check your inbox before sending to everyone.</source>
        <translation>测试邮件已发送。发送给所有人之前，请先查看您的收件箱。</translation>
    </message>
    <message>
        <source>The test was not sent: {reason}</source>
        <translation>测试邮件未发送：{reason}</translation>
    </message>
    <message>
        <source>Checking every row before sending…</source>
        <translation>发送前正在检查每一行…</translation>
    </message>
    <message>
        <source>Nobody is left to send to: everyone has been handled.</source>
        <translation>没有需要发送的人了：所有人都已处理。</translation>
    </message>
    <message>
        <source>Every row was sent; there is nothing to retry.</source>
        <translation>所有行都已发送，无需重发。</translation>
    </message>
    <message>
        <source>Spreadsheet moved</source>
        <translation>表格已移动</translation>
    </message>
    <message>
        <source>The campaign&apos;s spreadsheet {name} is no longer in {folder}. Show where it is now? The campaign then remembers the new place when you save it.</source>
        <translation>活动使用的表格 {name} 已不在 {folder} 中。要指出它现在的位置吗？保存活动后会记住新位置。</translation>
    </message>
    <message>
        <source>Find it…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <source>Where is {name} now?</source>
        <translation>{name} 现在在哪里？</translation>
    </message>
    <message>
        <source>Also resend the unknown ones?</source>
        <translation>结果未知的也重发吗？</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重发</translation>
    </message>
    <message>
        <source>Sending through {account}…</source>
        <translation>正在通过 {account} 发送…</translation>
    </message>
    <message>
        <source>Stopping after the messages already on their way…</source>
        <translation>正在发送的邮件发完后即停止…</translation>
    </message>
    <message>
        <source>Paused. Messages already on their way finish; press Resume to go on.</source>
        <translation>已暂停。正在发送的邮件会发完；按“继续”接着发送。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The messages are in the outbox folder: click “Open outbox folder” to look at them.</source>
        <translation>邮件在发件箱文件夹中：点击“打开发件箱文件夹”即可查看。</translation>
    </message>
    <message>
        <source>Finished: {sent} sent, {failed} failed or unknown, of {total} rows.</source>
        <translation>已完成：共 {total} 行，已发送 {sent} 封，{failed} 封失败或状态未知。</translation>
    </message>
    <message>
        <source>Nothing has been sent yet, so there is no report.</source>
        <translation>尚未发送任何邮件，因此没有报告。</translation>
    </message>
    <message>
        <source>Wait for sending to finish, then export the report.</source>
        <translation>请等发送完成后再导出报告。</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Continue the unfinished send?</source>
        <translation>继续未完成的发送？</translation>
    </message>
    <message>
        <source>Sending to {file} did not finish: {sent} sent, {waiting} still waiting. Open it to continue? Nobody who already has the message gets it again.</source>
        <translation>{file} 的发送没有完成：已发送 {sent} 封，还有 {waiting} 封等待发送。要打开并继续吗？已收到邮件的人不会再收到。</translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Press “Send to everyone” to continue with the {n} waiting.</source>
        <translation>按“发送给所有人”继续发送等待中的 {n} 封。</translation>
    </message>
    <message>
        <source>Stop sending?</source>
        <translation>停止发送？</translation>
    </message>
    <message>
        <source>Messages are still being sent. Stop after the ones on their way? The rest stay waiting and can be sent later; nobody gets a message twice.</source>
        <translation>邮件仍在发送中。要在正在发送的邮件发完后停止吗？其余的会保持等待，之后可以继续发送；不会有人收到两次。</translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation>停止并退出</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>保存更改？</translation>
    </message>
    <message>
        <source>Save the changes to this campaign before closing?</source>
        <translation>关闭前保存对此活动的更改吗？</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>设置(&amp;T)…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
    <message>
        <source>&amp;About Mail Merge</source>
        <translation>关于邮件合并(&amp;A)</translation>
    </message>
    <message>
        <source>For {n} row the app stopped while sending, so it may have arrived. Send it again anyway?</source>
        <translation>有 {n} 行在发送时软件中途停止，邮件可能已经送达。仍要重发吗？</translation>
    </message>
    <message>
        <source>For {n} rows the app stopped while sending, so they may have arrived. Send them again anyway?</source>
        <translation>有 {n} 行在发送时软件中途停止，邮件可能已经送达。仍要重发吗？</translation>
    </message>
    <message>
        <source>Report of {n} row saved to {path}.</source>
        <translation>{n} 行的报告已保存到 {path}。</translation>
    </message>
    <message>
        <source>Report of {n} rows saved to {path}.</source>
        <translation>{n} 行的报告已保存到 {path}。</translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif *.webp *.bmp)</translation>
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
        <translation>纯文本</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>发件人(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>收件人(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation>抄送(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation>密送(&amp;B)：</translation>
    </message>
    <message>
        <source>Re&amp;ply to:</source>
        <translation>回复地址(&amp;P)：</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>主题(&amp;U)：</translation>
    </message>
    <message>
        <source>Unsubscrib&amp;e:</source>
        <translation>退订(&amp;E)：</translation>
    </message>
    <message>
        <source>empty: the email column</source>
        <translation>留空则使用邮箱列</translation>
    </message>
    <message>
        <source>type {{ to insert a field</source>
        <translation>输入 {{ 即可插入字段</translation>
    </message>
    <message>
        <source>empty: the account&apos;s unsubscribe address and link; “none” for mail people cannot opt out of</source>
        <translation>留空则使用账户的退订地址和链接；不能退订的邮件填“none”</translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation>插入字段(&amp;I)</translation>
    </message>
    <message>
        <source>Put a spreadsheet column where the cursor was</source>
        <translation>在光标处插入表格中的一列</translation>
    </message>
    <message>
        <source>Only &amp;when…</source>
        <translation>条件显示(&amp;W)…</translation>
    </message>
    <message>
        <source>Show the paragraph at the cursor only to some rows</source>
        <translation>光标所在段落只显示给部分行</translation>
    </message>
    <message>
        <source>Add sig&amp;nature</source>
        <translation>添加签名(&amp;N)</translation>
    </message>
    <message>
        <source>Add the sending account&apos;s signature at the end</source>
        <translation>在末尾添加发送账户的签名</translation>
    </message>
    <message>
        <source>&amp;View source</source>
        <translation>查看源文本(&amp;V)</translation>
    </message>
    <message>
        <source>Show the template as text: header lines, a blank line, the body</source>
        <translation>以文本显示模板：信头行、一个空行、正文</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>邮件内容</translation>
    </message>
    <message>
        <source>Message body</source>
        <translation>邮件正文</translation>
    </message>
    <message>
        <source>Template source</source>
        <translation>模板源文本</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <source>One file per line; fields allowed, e.g. invoices/{{ id }}.pdf</source>
        <translation>每行一个文件；可以使用字段，例如 invoices/{{ id }}.pdf</translation>
    </message>
    <message>
        <source>A&amp;dd file…</source>
        <translation>添加文件(&amp;D)…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新载入(&amp;L)</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>保留我的内容</translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation>附件(&amp;A)：</translation>
    </message>
    <message>
        <source>Open a spreadsheet to list its columns</source>
        <translation>打开表格后会列出其中的列</translation>
    </message>
    <message>
        <source>Unsubscribe link</source>
        <translation>退订链接</translation>
    </message>
    <message>
        <source>Field with a fallback for empty cells…</source>
        <translation>带空值替代文字的字段…</translation>
    </message>
    <message>
        <source>The sending account has no signature yet. Add one in Accounts (Send step → Manage accounts → Signature), or choose the account that has it.</source>
        <translation>发送账户还没有签名。请在账户中添加（发送步骤 → 管理账户 → 签名），或选择有签名的账户。</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>The picture {file} cannot be read ({reason}).</source>
        <translation>无法读取图片 {file}（{reason}）。</translation>
    </message>
    <message>
        <source>{file} is not a picture this app can show. Use PNG, JPEG or GIF.</source>
        <translation>{file} 不是本软件能显示的图片。请使用 PNG、JPEG 或 GIF。</translation>
    </message>
    <message>
        <source>Large picture</source>
        <translation>图片较大</translation>
    </message>
    <message>
        <source>This picture is {size:.1f} MB; every recipient downloads it, and mail this large is often refused. Shrink it to {width} pixels wide and insert it?</source>
        <translation>这张图片有 {size:.1f} MB；每位收件人都要下载它，这么大的邮件常被拒收。要缩小到 {width} 像素宽后插入吗？</translation>
    </message>
    <message>
        <source>Shrink and insert</source>
        <translation>缩小后插入</translation>
    </message>
    <message>
        <source>{file} was changed by another program. Reload it? Your edits here since opening it would be replaced.</source>
        <translation>{file} 已被其他程序修改。要重新载入吗？打开后在这里所做的修改将被替换。</translation>
    </message>
    <message>
        <source>Could not read the template {file}: {error}</source>
        <translation>无法读取模板 {file}：{error}</translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ 上一行(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>下一行(&amp;N) ▶</translation>
    </message>
    <message>
        <source>Previous row (Alt+P)</source>
        <translation>上一行 (Alt+P)</translation>
    </message>
    <message>
        <source>Next row (Alt+N)</source>
        <translation>下一行 (Alt+N)</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>行(&amp;R)：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密送</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>回复地址</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
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
        <translation>纯文本</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>源代码</translation>
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
        <translation>--connections 必须在 1 到 16 之间，不能是 {n}。</translation>
    </message>
    <message>
        <source>--rows only works together with --retry-failed.</source>
        <translation>--rows 只能与 --retry-failed 一起使用。</translation>
    </message>
    <message>
        <source>&quot;{encoding}&quot; is not a text encoding Mail Merge knows; use a name such as utf-8, cp949, gb18030, big5, shift_jis or cp1252.</source>
        <translation>&quot;{encoding}&quot; 不是邮件合并认识的文字编码；请使用 utf-8、cp949、gb18030、big5、shift_jis 或 cp1252 等名称。</translation>
    </message>
    <message>
        <source>--at {value!r} is in the past (it is {now} now). Choose a later time, or leave --at out to send now.</source>
        <translation>--at “{value}”已经过去（现在是 {now}）。请选择更晚的时间，或去掉 --at 立即发送。</translation>
    </message>
    <message>
        <source>--at {value!r} is not a date and time. Write it as &quot;YYYY-MM-DD HH:MM&quot; in this computer&apos;s time, e.g. --at &quot;2026-03-01 09:30&quot;.</source>
        <translation>--at “{value}”不是日期和时间。请按本机时间写成 &quot;YYYY-MM-DD HH:MM&quot;，例如 --at &quot;2026-03-01 09:30&quot;。</translation>
    </message>
    <message>
        <source>--no-login and --password-stdin contradict each other: a relay that needs no login takes no password. Leave one of them out.</source>
        <translation>--no-login 和 --password-stdin 相互矛盾：无需登录的中继不接受密码。请去掉其中一个。</translation>
    </message>
    <message>
        <source>--rate {rate!r} is not a rate this program can keep. Write messages per second between {low} and {high}, e.g. 10/s (for slower sending use --per-hour or --per-day).</source>
        <translation>--rate “{rate}”不是本程序能保持的速率。请写每秒 {low} 到 {high} 封，例如 10/s（更慢的发送请用 --per-hour 或 --per-day）。</translation>
    </message>
    <message>
        <source>--rows {rows!r} is not a list of data rows. Write it like 3,7-9 (rows count from 1, up to {most}).</source>
        <translation>--rows “{rows}”不是数据行列表。请写成 3,7-9 这样的形式（行号从 1 到 {most}）。</translation>
    </message>
    <message>
        <source>--server contains a password. Anyone on this computer can read a command line, so it is not used: remove it, give the login name with --user and the password in the MAILMERGE_PASSWORD environment variable (or save an account with `mailmerge account add`).</source>
        <translation>--server 中含有密码。本机上的任何人都能看到命令行，因此不会使用它：请删除密码，用 --user 指定登录名，把密码放在环境变量 MAILMERGE_PASSWORD 中（或用 `mailmerge account add` 保存账户）。</translation>
    </message>
    <message>
        <source>--server {server!r} is not a server address. Write it as smtp://HOST:PORT, e.g. smtp://mail.example.com:587.</source>
        <translation>--server “{server}”不是服务器地址。请写成 smtp://主机:端口，例如 smtp://mail.example.com:587。</translation>
    </message>
    <message>
        <source>--since {value!r} is not a date. Write it as YYYY-MM-DD, e.g. 2026-03-01.</source>
        <translation>--since “{value}”不是日期。请写成 YYYY-MM-DD，例如 2026-03-01。</translation>
    </message>
    <message>
        <source>--timeout must be a number of seconds between 1 and 3600, not {value}.</source>
        <translation>--timeout 必须是 1 到 3600 之间的秒数，不能是 {value}。</translation>
    </message>
    <message>
        <source>--user {user} needs a password: put it in the MAILMERGE_PASSWORD environment variable, or save an account (mailmerge account add) so it is kept in the system keyring.</source>
        <translation>--user {user} 需要密码：请放在环境变量 MAILMERGE_PASSWORD 中，或保存一个账户（mailmerge account add），让密码保存在系统密钥环里。</translation>
    </message>
    <message>
        <source>Account {name!r} has no login name for its mailbox. Add --imap-user with the mailbox&apos;s login.</source>
        <translation>账户“{name}”没有邮箱登录名。请用 --imap-user 添加邮箱的登录名。</translation>
    </message>
    <message>
        <source>Account {name!r} has no mailbox server for reading replies. Add it with `mailmerge account add {name} ... --imap-host imap.example.com` (or in Accounts…, Mailbox server).</source>
        <translation>账户“{name}”没有用于读取回复的邮箱服务器。请用 `mailmerge account add {name} ... --imap-host imap.example.com` 添加（或在“账户…”的邮箱服务器中填写）。</translation>
    </message>
    <message>
        <source>Account {name!r} in {path} is incomplete ({detail}). Remove it with `mailmerge account remove {name}` and add it again.</source>
        <translation>{path} 中的账户“{name}”信息不完整（{detail}）。请用 `mailmerge account remove {name}` 删除后重新添加。</translation>
    </message>
    <message>
        <source>Account {name!r} is not set up for sign-in. Add it again with `mailmerge account add`.</source>
        <translation>账户“{name}”没有设置登录方式。请用 `mailmerge account add` 重新添加。</translation>
    </message>
    <message>
        <source>Account {name!r} needs a server name. Add --host smtp.example.com (ask your mail administrator).</source>
        <translation>账户“{name}”需要服务器名称。请添加 --host smtp.example.com（可询问邮件管理员）。</translation>
    </message>
    <message>
        <source>Account {name!r} needs the AWS access key ID (--user) and the region (--region). Add it again.</source>
        <translation>账户“{name}”需要 AWS 访问密钥 ID（--user）和地域（--region）。请重新添加。</translation>
    </message>
    <message>
        <source>Account {name!r} needs the SecretId (--user), the region (--region) and a verified sender address (--from). Add it again.</source>
        <translation>账户“{name}”需要 SecretId（--user）、地域（--region）和已验证的发件地址（--from）。请重新添加。</translation>
    </message>
    <message>
        <source>Account {name!r} signs in through the browser, which reading the mailbox does not support yet. Use an app password for the mailbox: save it with `mailmerge account add` and --password-stdin.</source>
        <translation>账户“{name}”通过浏览器登录，而读取邮箱暂不支持这种方式。请为邮箱使用应用专用密码：用 `mailmerge account add` 和 --password-stdin 保存。</translation>
    </message>
    <message>
        <source>Account {name!r} was set to need no login but a login name was given. Leave one of them out.</source>
        <translation>账户“{name}”设置为无需登录，却提供了登录名。请去掉其中一个。</translation>
    </message>
    <message>
        <source>An earlier run of this campaign is recorded in {path}. Add --resume to continue it (rows already sent are never sent again), or choose a new journal file with --journal.</source>
        <translation>{path} 中记录了此活动之前的一次发送。请加上 --resume 继续发送（已发送的行不会重发），或用 --journal 指定新的记录文件。</translation>
    </message>
    <message>
        <source>Cannot make the lock file {path} that keeps two programs from sending this campaign at once ({error}). Check that you may write to that folder.</source>
        <translation>无法创建锁文件 {path}（它防止两个程序同时发送此活动）（{error}）。请检查您是否有该文件夹的写入权限。</translation>
    </message>
    <message>
        <source>Cannot write a report as {name}: name the file .xlsx or .csv.</source>
        <translation>无法把报告保存为 {name}：文件名请以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <source>Cannot write events to {path}: {error}.</source>
        <translation>无法把事件写入 {path}：{error}。</translation>
    </message>
    <message>
        <source>Cannot write the report {path}: {error}. Close it if it is open in Excel, or choose another place.</source>
        <translation>无法写入报告 {path}：{error}。如果它在 Excel 中打开着，请先关闭，或选择其他位置。</translation>
    </message>
    <message>
        <source>Cannot write {file} ({reason}). Choose another folder or file name.</source>
        <translation>无法写入 {file}（{reason}）。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <source>Connections must be between 1 and {max}; {value} was given.</source>
        <translation>连接数必须在 1 到 {max} 之间；当前为 {value}。</translation>
    </message>
    <message>
        <source>Could not open the campaign file {file}: {error}. Check that it still exists.</source>
        <translation>无法打开活动文件 {file}：{error}。请检查它是否仍然存在。</translation>
    </message>
    <message>
        <source>Could not reach the sign-in server {host} ({reason}). Check the internet connection and try again.</source>
        <translation>无法连接登录服务器 {host}（{reason}）。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>Could not read the Amazon SES sending limits: {reason}</source>
        <translation>无法读取 Amazon SES 的发送限制：{reason}</translation>
    </message>
    <message>
        <source>Every sheet in {file} is empty; add a header row and your contacts, save, and open it again.</source>
        <translation>{file} 中所有工作表都是空的；请添加标题行和联系人，保存后重新打开。</translation>
    </message>
    <message>
        <source>Line {line} of {file} is not valid {encoding} text; choose another encoding, or open the file in a spreadsheet program and save it as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} 的第 {line} 行不是有效的 {encoding} 文本；请选择其他编码，或用表格软件打开并另存为 &quot;CSV UTF-8&quot;。</translation>
    </message>
    <message>
        <source>No column holds the email addresses (the columns are: {columns}); name the column with the addresses &quot;email&quot; and try again.</source>
        <translation>没有哪一列存放邮箱地址（现有的列：{columns}）；请把存放地址的列命名为 &quot;email&quot; 后重试。</translation>
    </message>
    <message>
        <source>No password is saved for account {name!r}. Save it with `mailmerge account add {name} --preset {preset} --password-stdin` and try again.</source>
        <translation>账户“{name}”没有保存密码。请用 `mailmerge account add {name} --preset {preset} --password-stdin` 保存后重试。</translation>
    </message>
    <message>
        <source>Not sending {count} messages without confirmation: add --yes to send from a script.</source>
        <translation>未经确认不会发送 {count} 封邮件：在脚本中发送请加上 --yes。</translation>
    </message>
    <message>
        <source>Port {port} is not a valid port. Use a number from 1 to 65535.</source>
        <translation>{port} 不是有效的端口。请使用 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>Row {row} does not exist in {file}: it has rows 1 to {count}; choose a row in that range.</source>
        <translation>{file} 中没有第 {row} 行：它有第 1 到第 {count} 行；请在这个范围内选择。</translation>
    </message>
    <message>
        <source>Row {row} of {where} is empty, so it can&apos;t hold the column names; choose the row that has them.</source>
        <translation>{where} 的第 {row} 行是空的，不能作为列名行；请选择包含列名的那一行。</translation>
    </message>
    <message>
        <source>Row {row}: </source>
        <translation>第 {row} 行：</translation>
    </message>
    <message>
        <source>Row {row}: the attachment name {file!r} is not a file name this computer can use. Correct it in the spreadsheet or template.</source>
        <translation>第 {row} 行：附件名“{file}”不是本机可用的文件名。请在表格或模板中更正。</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} cannot be read ({reason}). Close it in any program that has it open and check you may read it, then try again.</source>
        <translation>第 {row} 行：无法读取附件 {file}（{reason}）。请在打开它的程序中关闭该文件，并确认有读取权限，然后重试。</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} does not exist. Put the file there or correct its name in the spreadsheet or template.</source>
        <translation>第 {row} 行：附件 {file} 不存在。请把文件放到该位置，或在表格或模板中更正文件名。</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} is not an ordinary file (a device, a pipe, or a system file under /proc, /sys or /dev), so it cannot be attached. Name a document instead.</source>
        <translation>第 {row} 行：附件 {file} 不是普通文件（是设备、管道，或 /proc、/sys、/dev 下的系统文件），无法添加为附件。请改为指定一个文档。</translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} named in column {column} is outside the campaign&apos;s folders, so it is not attached (a spreadsheet must not be able to send any file of this computer). Put the file in the spreadsheet&apos;s or the template&apos;s folder, or add its folder to the campaign.</source>
        <translation>第 {row} 行：{column} 列指定的附件 {file} 在活动文件夹之外，因此不会添加（表格不能随意发送本机的任何文件）。请把文件放到表格或模板所在的文件夹，或把它的文件夹加入活动。</translation>
    </message>
    <message>
        <source>Row {row}: the template calls itself or nests too deeply to be filled in. Simplify the template.</source>
        <translation>第 {row} 行：模板调用了自身或嵌套太深，无法填充。请简化模板。</translation>
    </message>
    <message>
        <source>Row {row}: the template could not be filled in: {reason}. Check the fields and filters the template uses with this row&apos;s values.</source>
        <translation>第 {row} 行：无法填充模板：{reason}。请对照此行的数据检查模板使用的字段和过滤器。</translation>
    </message>
    <message>
        <source>Row {row}: the template uses the field {field!r} (template line {line}), but the spreadsheet has no such column. {hint} Fix the name in the template or rename the column.</source>
        <translation>第 {row} 行：模板使用了字段“{field}”（模板第 {line} 行），但表格中没有这一列。{hint}请更正模板中的名称，或重命名该列。</translation>
    </message>
    <message>
        <source>Sending stopped: the server asked to slow down {times} times in a row without accepting a message (server&apos;s answer: {raw}). Rows not sent yet stay pending: run the same command with --resume later.</source>
        <translation>发送已停止：服务器连续 {times} 次要求放慢速度，且没有接收任何邮件（服务器答复：{raw}）。尚未发送的行会保持等待：请稍后加上 --resume 运行同一命令。</translation>
    </message>
    <message>
        <source>Sending stopped: the server could not be reached in {attempts} tries in a row, with a growing pause between them.{answer} Check the server name, the port and the internet connection. Rows not sent yet stay pending: run the same command with --resume once the server answers again.</source>
        <translation>发送已停止：连续 {attempts} 次尝试（间隔逐渐加长）都无法连接服务器。{answer} 请检查服务器名称、端口和网络连接。尚未发送的行会保持等待：服务器恢复后，请加上 --resume 运行同一命令。</translation>
    </message>
    <message>
        <source>Sending was cancelled after {sent} messages. Rows not sent yet stay pending: run the same command with --resume to continue.</source>
        <translation>发送了 {sent} 封邮件后已取消。尚未发送的行会保持等待：加上 --resume 运行同一命令即可继续。</translation>
    </message>
    <message>
        <source>Several accounts are saved ({names}). Choose one with --account NAME.</source>
        <translation>保存了多个账户（{names}）。请用 --account 名称 选择一个。</translation>
    </message>
    <message>
        <source>Sign-in was not finished within {minutes} minutes. Start it again and complete it in the browser.</source>
        <translation>{minutes} 分钟内没有完成登录。请重新开始，并在浏览器中完成。</translation>
    </message>
    <message>
        <source>Sign-in was refused or cancelled ({error}). Start it again and allow Mail Merge to send mail.</source>
        <translation>登录被拒绝或已取消（{error}）。请重新开始，并允许邮件合并发送邮件。</translation>
    </message>
    <message>
        <source>Signing in to {preset} needs an app registration. Pass --oauth-client-id (or set {env}) to your OAuth client ID, or use an app password with --password-stdin.</source>
        <translation>登录 {preset} 需要应用注册。请用 --oauth-client-id（或设置 {env}）指定 OAuth 客户端 ID，或用 --password-stdin 使用应用专用密码。</translation>
    </message>
    <message>
        <source>Tencent Cloud SES does not work in region &apos;{region}&apos;. Choose one of: {regions}.</source>
        <translation>腾讯云 SES 不支持地域 &apos;{region}&apos;。请从以下地域中选择：{regions}。</translation>
    </message>
    <message>
        <source>The Tencent Cloud SecretId must start with &apos;AKID&apos; and be 36 letters and digits long. Copy it again from the API key page of the Tencent Cloud console.</source>
        <translation>腾讯云 SecretId 必须以 &apos;AKID&apos; 开头，由 36 个字母和数字组成。请从腾讯云控制台的 API 密钥页面重新复制。</translation>
    </message>
    <message>
        <source>The account list {path} cannot be read ({reason}). Check the file&apos;s permissions.</source>
        <translation>无法读取账户列表 {path}（{reason}）。请检查文件权限。</translation>
    </message>
    <message>
        <source>The account list {path} is damaged and cannot be read. Move it away and add your accounts again (saved passwords stay in the system keyring).</source>
        <translation>账户列表 {path} 已损坏，无法读取。请把它移走，然后重新添加账户（已保存的密码仍在系统密钥环中）。</translation>
    </message>
    <message>
        <source>The campaign file {file} was saved by a newer version of Mail Merge. Update the app to open it.</source>
        <translation>活动文件 {file} 是用更新版本的邮件合并保存的。请更新软件后再打开。</translation>
    </message>
    <message>
        <source>The disk holding the journal {path} is full, so sending stopped. Free some space, then run the same command with --resume: rows that were being sent at that moment will be listed as unknown.</source>
        <translation>存放发送记录 {path} 的磁盘已满，发送已停止。请释放一些空间，然后加上 --resume 运行同一命令：当时正在发送的行会列为“未知”。</translation>
    </message>
    <message>
        <source>The journal {path} belongs to a different spreadsheet or template. Choose another journal file (--journal) or open the spreadsheet and template this journal was made for.</source>
        <translation>发送记录 {path} 属于另一个表格或模板。请选择其他记录文件（--journal），或打开与此记录对应的表格和模板。</translation>
    </message>
    <message>
        <source>The journal {path} cannot be opened ({error}). Check the folder exists and you may write to it.</source>
        <translation>无法打开发送记录 {path}（{error}）。请检查文件夹是否存在以及是否有写入权限。</translation>
    </message>
    <message>
        <source>The journal {path} is damaged or is not a Mail Merge journal ({error}). Keep it for reference and start with a new journal file (--journal); check the old one&apos;s report before sending again.</source>
        <translation>发送记录 {path} 已损坏，或不是邮件合并的记录（{error}）。请保留它以供参考，并使用新的记录文件（--journal）；重发之前请先查看旧记录的报告。</translation>
    </message>
    <message>
        <source>The mailbox server {host} refused the login for {user} ({reason}). Check the login name and password; some providers need IMAP switched on or an app password first.</source>
        <translation>邮箱服务器 {host} 拒绝了 {user} 的登录（{reason}）。请检查登录名和密码；有些服务商需要先开启 IMAP 或使用应用专用密码。</translation>
    </message>
    <message>
        <source>The mailbox server {host}:{port} could not be reached ({reason}). Check the server name and port of the account&apos;s mailbox (IMAP) and the internet connection.</source>
        <translation>无法连接邮箱服务器 {host}:{port}（{reason}）。请检查账户邮箱（IMAP）的服务器名称和端口，以及网络连接。</translation>
    </message>
    <message>
        <source>The message uses {{{{ unsubscribe_link }}}}, but no unsubscribe address or link is set, so the link would be empty. Set one for the account (Accounts…, or `account add --unsubscribe-mailto`), or add an Unsubscribe: line to the template.</source>
        <translation>邮件使用了 {{{{ unsubscribe_link }}}}，但没有设置退订地址或链接，链接会是空的。请为账户设置（“账户…”或 `account add --unsubscribe-mailto`），或在模板中添加 Unsubscribe: 行。</translation>
    </message>
    <message>
        <source>The outbox cannot listen on {host} port {port} ({why}). Choose another port, or leave the port out to use any free one.</source>
        <translation>发件箱无法在 {host} 的 {port} 端口监听（{why}）。请选择其他端口，或不指定端口以使用任一空闲端口。</translation>
    </message>
    <message>
        <source>The outbox folder {folder} cannot be created ({why}). Choose a folder you can write to.</source>
        <translation>无法创建发件箱文件夹 {folder}（{why}）。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The outbox folder {folder} is not writable. Choose a folder you can write to.</source>
        <translation>发件箱文件夹 {folder} 不可写入。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The password is empty. Type or paste it again.</source>
        <translation>密码为空。请重新输入或粘贴。</translation>
    </message>
    <message>
        <source>The picture {url} could not be downloaded ({reason}). Save it on this computer and insert it with Insert picture.</source>
        <translation>无法下载图片 {url}（{reason}）。请先保存到本机，再用“插入图片”插入。</translation>
    </message>
    <message>
        <source>The picture {url} is larger than {limit_mb} MB. Insert a smaller copy.</source>
        <translation>图片 {url} 大于 {limit_mb} MB。请插入较小的副本。</translation>
    </message>
    <message>
        <source>The schedule could not be saved in {path} ({reason}). Check that the folder may be written to.</source>
        <translation>无法把定时发送保存到 {path}（{reason}）。请检查该文件夹是否可写入。</translation>
    </message>
    <message>
        <source>The secure connection to the mailbox server {host}:{port} failed ({reason}). Check the port and the security setting (TLS is usually port 993, STARTTLS port 143).</source>
        <translation>与邮箱服务器 {host}:{port} 的加密连接失败（{reason}）。请检查端口和加密设置（TLS 通常是 993 端口，STARTTLS 是 143 端口）。</translation>
    </message>
    <message>
        <source>The suppression list could not be written to {path} ({reason}). Choose a folder you may write to.</source>
        <translation>无法把禁发名单写入 {path}（{reason}）。请选择您有写入权限的文件夹。</translation>
    </message>
    <message>
        <source>The unsubscribe link {value!r} cannot be used. Write one https:// address without spaces (at most {limit} characters), e.g. https://example.com/unsubscribe; it gets each person&apos;s token added, or put {{token}} where the token goes.</source>
        <translation>退订链接“{value}”无法使用。请填写一个不含空格的 https:// 地址（最多 {limit} 个字符），例如 https://example.com/unsubscribe；会为每个人加上各自的令牌，也可以在令牌的位置写 {{token}}。</translation>
    </message>
    <message>
        <source>There is no journal at {path}. `mailmerge send` makes one next to the spreadsheet (&lt;spreadsheet name&gt;.&lt;run id&gt;.journal.sqlite; it prints its name) unless --journal says otherwise.</source>
        <translation>{path} 没有发送记录。除非用 --journal 另行指定，`mailmerge send` 会在表格旁边创建记录（&lt;表格名&gt;.&lt;发送编号&gt;.journal.sqlite，并显示其名称）。</translation>
    </message>
    <message>
        <source>{file}, line {line}: {text!r} is not a header this app knows (From, To, Cc, Bcc, Reply-To, Subject, Attachment, Unsubscribe).{hint} End the header lines with one blank line before the body; if the body has no header lines, start the file with a blank line.</source>
        <translation>{file}，第 {line} 行：“{text}”不是本软件认识的信头（From、To、Cc、Bcc、Reply-To、Subject、Attachment、Unsubscribe）。{hint}信头行之后、正文之前请空一行；如果没有信头行，请以空行开始文件。</translation>
    </message>
    <message>
        <source>{where}{value!r} is not a date and time. Write it as YYYY-MM-DD HH:MM (e.g. 2026-03-01 09:30), or leave the cell empty to send at once.</source>
        <translation>{where}“{value}”不是日期和时间。请写成 YYYY-MM-DD HH:MM（例如 2026-03-01 09:30），或留空以立即发送。</translation>
    </message>
    <message>
        <source>The server on port {port} does not offer STARTTLS, so the connection cannot be secured. If the port is 465, choose TLS; otherwise ask your provider for the right port.</source>
        <translation>端口 {port} 上的服务器不支持 STARTTLS，无法加密连接。如果端口是 465，请选择 TLS；否则请向服务商询问正确的端口。</translation>
    </message>
    <message>
        <source> (server said: {raw})</source>
        <translation>（服务器回复：{raw}）</translation>
    </message>
    <message>
        <source> Server&apos;s answer: {raw}.</source>
        <translation> 服务器的回复：{raw}。</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Already sent in this run.</source>
        <translation>本次发送中已经发过。</translation>
    </message>
    <message>
        <source>Amazon SES (region {where}) refused the request ({answer}). Check the access key, its permissions and the region.</source>
        <translation>Amazon SES（地域 {where}）拒绝了请求（{answer}）。请检查访问密钥、其权限以及地域。</translation>
    </message>
    <message>
        <source>Amazon SES ({where}) refused the request ({answer}). Check the access key, its permissions and the region.</source>
        <translation>Amazon SES（{where}）拒绝了请求（{answer}）。请检查访问密钥、其权限以及地域。</translation>
    </message>
    <message>
        <source>Amazon SES accepted the message.</source>
        <translation>Amazon SES 已接收邮件。</translation>
    </message>
    <message>
        <source>Amazon SES cannot use the custom MAIL FROM domain of {sender}: its MX record could not be read. Fix the DNS records shown in the SES console for region {region}, or turn the custom MAIL FROM domain off.</source>
        <translation>Amazon SES 无法使用 {sender} 的自定义 MAIL FROM 域：读不到它的 MX 记录。请按 {region} 区域 SES 控制台中显示的内容修正 DNS 记录，或关闭自定义 MAIL FROM 域。</translation>
    </message>
    <message>
        <source>Amazon SES did not accept the access key. Check the access key ID and secret in the account settings (and that the key is active in AWS IAM), then send again.</source>
        <translation>Amazon SES 不接受此访问密钥。请在账户设置中检查访问密钥 ID 和密钥（并确认该密钥在 AWS IAM 中处于启用状态），然后重新发送。</translation>
    </message>
    <message>
        <source>Amazon SES had a temporary problem.</source>
        <translation>Amazon SES 出现了临时问题。</translation>
    </message>
    <message>
        <source>Amazon SES has not verified the sender {identities} in region {region}. Verify this address or its domain in the SES console for region {region} (each region is verified separately), then send again.</source>
        <translation>Amazon SES 在 {region} 区域尚未验证发件人 {identities}。请在 {region} 区域的 SES 控制台中验证此地址或其域名（每个区域需分别验证），然后重新发送。</translation>
    </message>
    <message>
        <source>Amazon SES has paused sending for this account in region {region}. Look for the e-mail AWS sent to the account owner and resolve the review in the SES console before sending.</source>
        <translation>Amazon SES 已暂停此账户在地域 {region} 的发送。请查看 AWS 发给账户所有者的邮件，并在发送前到 SES 控制台处理审核事项。</translation>
    </message>
    <message>
        <source>Amazon SES has paused sending for your account in region {region}. Look for the e-mail AWS sent to the account owner and resolve the review in the SES console before sending again.</source>
        <translation>Amazon SES 已暂停您的账户在 {region} 区域的发送。请查看 AWS 发给账户所有者的邮件，在 SES 控制台中处理审核问题后再发送。</translation>
    </message>
    <message>
        <source>Amazon SES has permanently stopped sending for your account in region {region}. Contact AWS Support.</source>
        <translation>Amazon SES 已永久停止您的账户在 {region} 区域的发送。请联系 AWS 支持。</translation>
    </message>
    <message>
        <source>Amazon SES in {region} accepted the access key {key}.</source>
        <translation>地域 {region} 的 Amazon SES 接受了访问密钥 {key}。</translation>
    </message>
    <message>
        <source>Amazon SES only accepts a sender address written in plain ASCII before the @, so it cannot send from {sender}. Choose a sender address with only plain letters, digits and dots before the @.</source>
        <translation>Amazon SES 只接受 @ 前为普通 ASCII 字符的发件人地址，因此无法从 {sender} 发送。请选择 @ 前只有英文字母、数字和点的发件人地址。</translation>
    </message>
    <message>
        <source>Amazon SES only accepts addresses written in plain ASCII before the @. A domain with other letters is sent in Punycode automatically, but the part before the @ cannot be converted; use another address for this row. ({provider_text})</source>
        <translation>Amazon SES 只接受 @ 前为普通 ASCII 字符的地址。含其他文字的域名会自动以 Punycode 发送，但 @ 前的部分无法转换；请为此行使用其他地址。（{provider_text}）</translation>
    </message>
    <message>
        <source>Amazon SES refused the message because it has no recipient. Check the e-mail column of this row.</source>
        <translation>邮件没有收件人，Amazon SES 拒绝了它。请检查此行的电子邮件列。</translation>
    </message>
    <message>
        <source>Amazon SES refused this message ({provider_text}). Check the message and the account settings.</source>
        <translation>Amazon SES 拒绝了这封邮件（{provider_text}）。请检查邮件内容和账户设置。</translation>
    </message>
    <message>
        <source>Amazon SES refused this message: {provider_text}. Check its content and attachments.</source>
        <translation>Amazon SES 拒绝了这封邮件：{provider_text}。请检查其内容和附件。</translation>
    </message>
    <message>
        <source>Amazon SES refused this row: {provider_text}. Check the addresses of this row.</source>
        <translation>Amazon SES 拒绝了此行：{provider_text}。请检查此行的地址。</translation>
    </message>
    <message>
        <source>Amazon SES says messages are going out faster than your maximum sending rate; sending slows down automatically.</source>
        <translation>Amazon SES 表示发送速度超过了您的最高发送速率；发送会自动放慢。</translation>
    </message>
    <message>
        <source>An address in this row contains a line break. Correct the address in the spreadsheet.</source>
        <translation>此行的某个地址中含有换行符。请在表格中更正该地址。</translation>
    </message>
    <message>
        <source>An unexpected error happened while sending: {error}.</source>
        <translation>发送时发生了意外错误：{error}。</translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation>密送</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>抄送</translation>
    </message>
    <message>
        <source>Connected to {host} port {port}.</source>
        <translation>已连接到 {host} 的 {port} 端口。</translation>
    </message>
    <message>
        <source>Connection secured with STARTTLS; the certificate is valid.</source>
        <translation>已通过 STARTTLS 加密连接；证书有效。</translation>
    </message>
    <message>
        <source>Could not reach Amazon SES (region {where}). Check the internet connection and the region, then test again.</source>
        <translation>无法连接 Amazon SES（地域 {where}）。请检查网络连接和地域，然后重新测试。</translation>
    </message>
    <message>
        <source>Could not reach Amazon SES ({where}). Check the internet connection and the region, then test again.</source>
        <translation>无法连接 Amazon SES（{where}）。请检查网络连接和地域，然后重新测试。</translation>
    </message>
    <message>
        <source>Could not reach Amazon SES in region {region}. Check the internet connection.</source>
        <translation>无法连接 {region} 区域的 Amazon SES。请检查网络连接。</translation>
    </message>
    <message>
        <source>Could not reach Tencent Cloud ({endpoint}). Check the internet connection, then test again.</source>
        <translation>无法连接腾讯云（{endpoint}）。请检查网络连接，然后重新测试。</translation>
    </message>
    <message>
        <source>Could not reach Tencent Cloud. Check the internet connection.</source>
        <translation>无法连接腾讯云。请检查网络连接。</translation>
    </message>
    <message>
        <source>DNS</source>
        <translation>域名解析（DNS）</translation>
    </message>
    <message>
        <source>EHLO</source>
        <translation>问候（EHLO）</translation>
    </message>
    <message>
        <source>Every variable of the template is sent; the template may have been changed during review.</source>
        <translation>模板的所有变量都已发送；模板可能在审核期间被修改过。</translation>
    </message>
    <message>
        <source>Failed in this run; retry it to send it again.</source>
        <translation>本次发送中失败；要重新发送，请重试。</translation>
    </message>
    <message>
        <source>From</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>Left out of this send by you.</source>
        <translation>您已将其排除在本次发送之外。</translation>
    </message>
    <message>
        <source>May have arrived in this run (the send was interrupted); not sent again without asking.</source>
        <translation>本次发送中可能已送达（发送曾中断）；未经询问不会重发。</translation>
    </message>
    <message>
        <source>Missing: {names}.</source>
        <translation>缺少：{names}。</translation>
    </message>
    <message>
        <source>No login configured; the server accepts mail without one.</source>
        <translation>未设置登录；服务器无需登录即可接收邮件。</translation>
    </message>
    <message>
        <source>No template ID is set, so messages go out in Simple mode, which Tencent Cloud allows only for accounts it has approved for it. If sending is refused, give the account the ID of an approved template.</source>
        <translation>未设置模板 ID，因此邮件以 Simple 模式发送，而腾讯云只允许经其批准的账户使用该模式。如果发送被拒绝，请为账户填写一个已审核通过的模板 ID。</translation>
    </message>
    <message>
        <source>Not encrypted (security is set to none): fine for a local relay only.</source>
        <translation>未加密（安全设置为 none）：仅适用于本地中继服务器。</translation>
    </message>
    <message>
        <source>Not sent because of a problem in the row: {problem}</source>
        <translation>此行有问题，未发送：{problem}</translation>
    </message>
    <message>
        <source>Production access: the account may send to any address.</source>
        <translation>已获正式发送权限：此账户可以发给任何地址。</translation>
    </message>
    <message>
        <source>QUOTA</source>
        <translation>配额</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>回复地址</translation>
    </message>
    <message>
        <source>Row {row} changed in the spreadsheet since this journal was started, so it was not sent: it could be a different person now. Check the report, then send changed rows with a new journal (--journal).</source>
        <translation>此发送记录开始后，第 {row} 行在表格中被修改，因此没有发送：它现在可能是另一个人。请先查看报告，再用新的发送记录（--journal）发送修改过的行。</translation>
    </message>
    <message>
        <source>Row {row} has the same recipient {address} as row {first_row}. This person gets the message once, for row {first_row}, unless you choose one message per row when you send.</source>
        <translation>第 {row} 行的收件人 {address} 与第 {first_row} 行相同。除非发送时选择按每行各发送一封，此人只会收到一封（按第 {first_row} 行）。</translation>
    </message>
    <message>
        <source>Row {row} is no longer in the spreadsheet (it now has {count} rows), so it was not sent. If rows were deleted or moved, start a new journal (--journal) after checking the report.</source>
        <translation>第 {row} 行已不在表格中（现在共 {count} 行），因此没有发送。如果删除或移动过行，请先查看报告，再用新的发送记录（--journal）开始。</translation>
    </message>
    <message>
        <source>Row {row} was to be sent at {when}, more than {minutes} minutes ago, so it was not sent late. If it should still go, empty its send-at cell and send it with a new journal (--journal).</source>
        <translation>第 {row} 行原定于 {when} 发送，已过去 {minutes} 分钟以上，因此不再延迟发送。如果仍需发送，请清空它的发送时间单元格，并用新的发送记录（--journal）发送。</translation>
    </message>
    <message>
        <source>Runs are paced at {limits}.</source>
        <translation>发送速度为{limits}。</translation>
    </message>
    <message>
        <source>Runs are paced at {limits}. {left}</source>
        <translation>发送速度为{limits}。{left}</translation>
    </message>
    <message>
        <source>SANDBOX</source>
        <translation>沙盒</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>发件人</translation>
    </message>
    <message>
        <source>SENDING</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>SIGN-IN</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Same address as row {first_row}, which gets the message.</source>
        <translation>与第 {first_row} 行地址相同，邮件发给那一行。</translation>
    </message>
    <message>
        <source>Secure connection (TLS) established; the certificate is valid.</source>
        <translation>已建立安全连接（TLS）；证书有效。</translation>
    </message>
    <message>
        <source>Sending is enabled for this account.</source>
        <translation>此账户已启用发送。</translation>
    </message>
    <message>
        <source>Sending stopped because of an unexpected error: {error}.</source>
        <translation>因发生意外错误，发送已停止：{error}。</translation>
    </message>
    <message>
        <source>Sending stopped: the server would not take messages in {attempts} tries in a row, with a growing pause between them. {reason}{answer} Rows not sent yet stay pending: run the same command with --resume later.</source>
        <translation>发送已停止：连续 {attempts} 次尝试（间隔逐渐加长），服务器都不接收邮件。{reason}{answer} 尚未发送的行保持等待：请稍后用 --resume 再运行同一命令。</translation>
    </message>
    <message>
        <source>Sent without {listed}: on the suppression list, so left out of Cc/Bcc. Remove an address from the list only if you know it works again.</source>
        <translation>已发送，但未包含 {listed}：它们在禁发名单中，因此从抄送/密送中去掉了。只有确认地址已恢复可用时，才将其从名单中删除。</translation>
    </message>
    <message>
        <source>Signed in as {user}.</source>
        <translation>已以 {user} 身份登录。</translation>
    </message>
    <message>
        <source>Signed in with OAuth.</source>
        <translation>已通过 OAuth 登录。</translation>
    </message>
    <message>
        <source>Something unexpected went wrong while talking to the server.</source>
        <translation>与服务器通信时出现了意外问题。</translation>
    </message>
    <message>
        <source>TCP</source>
        <translation>连接（TCP）</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>加密（TLS）</translation>
    </message>
    <message>
        <source>Template {template} is approved.</source>
        <translation>模板 {template} 已审核通过。</translation>
    </message>
    <message>
        <source>Template {template} is still waiting for Tencent Cloud&apos;s review; sending works once it is approved.</source>
        <translation>模板 {template} 仍在等待腾讯云审核；审核通过后即可发送。</translation>
    </message>
    <message>
        <source>Template {template} was not approved (status {status}). Edit it in the SES console and submit it for review again, or use another template.</source>
        <translation>模板 {template} 未通过审核（状态 {status}）。请在 SES 控制台中修改后重新提交审核，或改用其他模板。</translation>
    </message>
    <message>
        <source>Tencent Cloud SES in {region} accepted the SecretId {key}.</source>
        <translation>地域 {region} 的腾讯云 SES 接受了 SecretId {key}。</translation>
    </message>
    <message>
        <source>Tencent Cloud SES in {region} refused the request ({answer}). Check the API key and the region.</source>
        <translation>地域 {region} 的腾讯云 SES 拒绝了请求（{answer}）。请检查 API 密钥和地域。</translation>
    </message>
    <message>
        <source>Tencent Cloud accepted the message.</source>
        <translation>腾讯云已接收邮件。</translation>
    </message>
    <message>
        <source>Tencent Cloud allows 20 requests per second; sending slows down automatically.</source>
        <translation>腾讯云每秒最多允许 20 个请求；发送会自动放慢。</translation>
    </message>
    <message>
        <source>Tencent Cloud blocks it for 14 days after mail to it was refused</source>
        <translation>发往该地址的邮件被拒收后，腾讯云将其封禁 14 天</translation>
    </message>
    <message>
        <source>Tencent Cloud blocks this address for 14 days because mail to it was recently refused (the blocklist is shared by all Tencent accounts). If the address is right, release it in the SES console (or ask Tencent Cloud support when it was blocked by another account).</source>
        <translation>由于最近发往该地址的邮件被拒收，腾讯云将此地址封禁 14 天（所有腾讯云账户共用此黑名单）。如果地址无误，请在 SES 控制台中解除封禁（若是被其他账户封禁，请联系腾讯云客服）。</translation>
    </message>
    <message>
        <source>Tencent Cloud could not open template {template} in region {region} ({answer}). Check the template ID in the SES console&apos;s template list.</source>
        <translation>腾讯云无法打开地域 {region} 中的模板 {template}（{answer}）。请在 SES 控制台的模板列表中核对模板 ID。</translation>
    </message>
    <message>
        <source>Tencent Cloud did not accept the API key. Check the SecretId and SecretKey in the account settings (and that the key has the QcloudSESFullAccess or QcloudFullAccess permission), then send again.</source>
        <translation>腾讯云不接受此 API 密钥。请在账户设置中检查 SecretId 和 SecretKey（并确认该密钥具有 QcloudSESFullAccess 或 QcloudFullAccess 权限），然后重新发送。</translation>
    </message>
    <message>
        <source>Tencent Cloud does not accept the name or type of an attachment of this row ({provider_text}). Rename the file without special characters, or send it in another format.</source>
        <translation>腾讯云不接受此行某个附件的名称或类型（{provider_text}）。请把文件改成不含特殊字符的名称，或换一种格式发送。</translation>
    </message>
    <message>
        <source>Tencent Cloud had a temporary problem.</source>
        <translation>腾讯云出现了临时问题。</translation>
    </message>
    <message>
        <source>Tencent Cloud has blocked sending for a while because too many recent messages were refused. Clean the address list before sending again.</source>
        <translation>由于近期被拒收的邮件过多，腾讯云暂时禁止了发送。请先清理地址列表再发送。</translation>
    </message>
    <message>
        <source>Tencent Cloud has not verified the sender {sender} or its domain. Finish the sender and domain verification in the SES console (and do not change the DNS records afterwards), then send again.</source>
        <translation>腾讯云尚未验证发件人 {sender} 或其域名。请在 SES 控制台完成发件人和域名验证（之后不要再修改 DNS 记录），然后重新发送。</translation>
    </message>
    <message>
        <source>Tencent Cloud limits how many messages one address may get in a short time (about 10 an hour).</source>
        <translation>腾讯云限制一个地址在短时间内可收到的邮件数（每小时约 10 封）。</translation>
    </message>
    <message>
        <source>Tencent Cloud needs a subject of 1 to 100 characters. Shorten or fill in the subject of this row.</source>
        <translation>腾讯云要求主题为 1 到 100 个字符。请缩短或填写此行的主题。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused a link in this message ({provider_text}). Remove or change the link.</source>
        <translation>腾讯云拒绝了这封邮件中的链接（{provider_text}）。请删除或更换该链接。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the request because your computer&apos;s clock is off. Set the date and time automatically (with the right time zone) in your system settings, then send again.</source>
        <translation>您的电脑时钟不准，腾讯云拒绝了请求。请在系统设置中自动设置日期和时间（并选对时区），然后重新发送。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the sender name in {sender}. Write it as &apos;Name &lt;address&gt;&apos; without a colon.</source>
        <translation>腾讯云拒绝了 {sender} 中的发件人名称。请写成 &apos;Name &lt;address&gt;&apos; 的形式，不要带冒号。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused the values of this row for the template ({provider_text}). Values must be plain text without HTML tags, and all of them together under 800 bytes.</source>
        <translation>腾讯云拒绝了此行用于模板的值（{provider_text}）。值必须是不含 HTML 标签的纯文本，且总共少于 800 字节。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused this message ({provider_text}). Check the message and the account settings.</source>
        <translation>腾讯云拒绝了这封邮件（{provider_text}）。请检查邮件内容和账户设置。</translation>
    </message>
    <message>
        <source>Tencent Cloud refused this message as too large or with too many attachments ({provider_text}). Keep attachments under 4 MB in total and at most 10 files.</source>
        <translation>腾讯云以邮件过大或附件过多为由拒绝了它（{provider_text}）。附件总大小请控制在 4 MB 以内，最多 10 个文件。</translation>
    </message>
    <message>
        <source>Tencent Cloud reports a problem with this account&apos;s sending ({provider_text}). Open a ticket with Tencent Cloud support.</source>
        <translation>腾讯云报告此账户的发送有问题（{provider_text}）。请向腾讯云客服提交工单。</translation>
    </message>
    <message>
        <source>Tencent Cloud says an address of this row is not valid ({provider_text}). Check the e-mail column.</source>
        <translation>腾讯云表示此行的某个地址无效（{provider_text}）。请检查电子邮件列。</translation>
    </message>
    <message>
        <source>Tencent Cloud template {template_id} does not exist, is empty or is not approved yet. Check the template ID in the account settings and its review status in the SES console.</source>
        <translation>腾讯云模板 {template_id} 不存在、为空或尚未通过审核。请检查账户设置中的模板 ID 以及它在 SES 控制台中的审核状态。</translation>
    </message>
    <message>
        <source>Tencent Cloud template {template_id} expects other variables than this campaign sends ({sent}). {missing} Make the spreadsheet&apos;s column names match the template&apos;s {{{{variables}}}}, then send again.</source>
        <translation>腾讯云模板 {template_id} 需要的变量与本活动发送的变量（{sent}）不一致。{missing} 请让表格的列名与模板的 {{{{variables}}}} 一致，然后重新发送。</translation>
    </message>
    <message>
        <source>The API key works but may not use Tencent Cloud SES. Give it the QcloudSESFullAccess permission in the Tencent Cloud console (CAM), then test again.</source>
        <translation>API 密钥有效，但无权使用腾讯云 SES。请在腾讯云控制台（CAM）中为其授予 QcloudSESFullAccess 权限，然后重新测试。</translation>
    </message>
    <message>
        <source>The access key is valid but is not allowed to send e-mail with Amazon SES. Give it the ses:SendEmail and ses:SendRawEmail permissions in AWS IAM.</source>
        <translation>访问密钥有效，但无权通过 Amazon SES 发送邮件。请在 AWS IAM 中为它授予 ses:SendEmail 和 ses:SendRawEmail 权限。</translation>
    </message>
    <message>
        <source>The access key works but may not read the SES account (ses:GetAccount). Add ses:GetAccount and ses:SendEmail to its IAM policy, so runs can follow your quota.</source>
        <translation>访问密钥有效，但无权读取 SES 账户信息（ses:GetAccount）。请在其 IAM 策略中添加 ses:GetAccount 和 ses:SendEmail，以便发送时遵循您的配额。</translation>
    </message>
    <message>
        <source>The account is still in the Amazon SES sandbox in {region}: it may send only to addresses verified in SES, at most 200 a day. Ask AWS for production access before a real mailing.</source>
        <translation>此账户在地域 {region} 仍处于 Amazon SES 沙盒中：只能发给在 SES 中验证过的地址，每天最多 200 封。正式群发前请向 AWS 申请正式发送权限。</translation>
    </message>
    <message>
        <source>The configuration set named in the account settings does not exist in Amazon SES region {region}. Correct its name or leave it empty.</source>
        <translation>账户设置中填写的配置集在 Amazon SES 的 {region} 区域中不存在。请更正其名称，或将其留空。</translation>
    </message>
    <message>
        <source>The connection broke after the message was handed over but before the server confirmed it. It may or may not have been delivered, so it will not be resent automatically; check with the recipient, then choose whether to send this row again.</source>
        <translation>邮件交给服务器后、服务器确认前，连接断开了。邮件可能已送达，也可能没有，因此不会自动重发；请向收件人确认，再决定是否重发此行。</translation>
    </message>
    <message>
        <source>The connection to Amazon SES broke after the message was handed over, so it may or may not have been sent. It will not be sent again automatically; check the recipient&apos;s mailbox or the SES sending statistics before retrying this row.</source>
        <translation>邮件交出后与 Amazon SES 的连接断开了，因此可能已发送，也可能没有。不会自动重发；重发此行前，请查看收件人的邮箱或 SES 发送统计。</translation>
    </message>
    <message>
        <source>The connection to Tencent Cloud broke while the message was being handed over, so it may or may not have been sent. It will not be sent again automatically; check the SES console&apos;s sending statistics before retrying this row.</source>
        <translation>交付邮件时与腾讯云的连接断开了，因此可能已发送，也可能没有。不会自动重发；重发此行前，请查看 SES 控制台的发送统计。</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the message was sent.</source>
        <translation>邮件发出前与服务器的连接断开了。</translation>
    </message>
    <message>
        <source>The hourly limit of messages to addresses at {key} is reached, so row {row} waits; other rows go on. It is sent by itself at about {at}.</source>
        <translation>发往 {key} 域名地址的每小时上限已到，第 {row} 行需等待；其他行继续发送。它将在约 {at} 自动发送。</translation>
    </message>
    <message>
        <source>The hourly limit of messages to {key} is reached, so row {row} waits; other rows go on. It is sent by itself at about {at}.</source>
        <translation>发往 {key} 的每小时上限已到，第 {row} 行需等待；其他行继续发送。它将在约 {at} 自动发送。</translation>
    </message>
    <message>
        <source>The per-day sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>已达到每日发送上限。约 {at} 会自动继续发送。</translation>
    </message>
    <message>
        <source>The per-hour sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>已达到每小时发送上限。约 {at} 会自动继续发送。</translation>
    </message>
    <message>
        <source>The per-minute sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>已达到每分钟发送上限。约 {at} 会自动继续发送。</translation>
    </message>
    <message>
        <source>The per-second sending limit is reached. Sending continues by itself at about {at}.</source>
        <translation>已达到每秒发送上限。约 {at} 会自动继续发送。</translation>
    </message>
    <message>
        <source>The program stopped while this message was being sent, so it may or may not have arrived. Check with the recipient, then use --retry-failed if it needs sending again.</source>
        <translation>发送这封邮件时程序停止了，因此它可能已送达，也可能没有。请向收件人确认；如需重发，请使用 --retry-failed。</translation>
    </message>
    <message>
        <source>The provider has paused or suspended sending for this account. Sign in to the provider&apos;s console to see why and resolve it before sending again. Provider&apos;s answer: {text}</source>
        <translation>服务商已暂停或停用此账户的发送。请登录服务商的控制台查看原因并处理后再发送。服务商的回复：{text}</translation>
    </message>
    <message>
        <source>The provider says the sender address or domain is not verified. Verify it in the provider&apos;s console, then send again. Provider&apos;s answer: {text}</source>
        <translation>服务商表示发件地址或域名未经验证。请在服务商的控制台中验证后重新发送。服务商的回复：{text}</translation>
    </message>
    <message>
        <source>The provider says the sending quota is used up. Sending continues by itself at about {at}.</source>
        <translation>服务商表示发送配额已用完。约 {at} 会自动继续发送。</translation>
    </message>
    <message>
        <source>The receiving server refused this message by policy (spam filter or security rule). Read the server&apos;s answer, change the message or ask the recipient to allow it: {text}</source>
        <translation>收件方服务器按策略（垃圾邮件过滤或安全规则）拒收了这封邮件。请阅读服务器的回复，修改邮件，或请收件人允许接收：{text}</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail provider asked Tencent Cloud to slow down, so sending there pauses for 10 minutes.</source>
        <translation>收件人的邮件服务商要求腾讯云放慢速度，因此发往那里的邮件暂停 10 分钟。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mail server refused this message ({provider_text}).</source>
        <translation>收件人的邮件服务器拒收了这封邮件（{provider_text}）。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full and the server gave up. Contact the person another way, or send this row again later.</source>
        <translation>收件人的邮箱已满，服务器已放弃投递。请用其他方式联系此人，或稍后重发此行。</translation>
    </message>
    <message>
        <source>The recipient&apos;s mailbox is full; if it stays full, contact the person another way.</source>
        <translation>收件人的邮箱已满；如果一直满着，请用其他方式联系此人。</translation>
    </message>
    <message>
        <source>The secure (TLS) connection could not be set up. The port and security setting probably do not match: port 465 usually needs TLS, ports 587 and 25 usually need STARTTLS.</source>
        <translation>无法建立安全（TLS）连接。端口和安全设置可能不匹配：465 端口通常要用 TLS，587 和 25 端口通常要用 STARTTLS。</translation>
    </message>
    <message>
        <source>The sender domain {domain} is added in region {region} but not verified yet. Add the DNS records the SES console shows, then verify it again there.</source>
        <translation>发件域名 {domain} 已添加到地域 {region}，但尚未验证。请添加 SES 控制台显示的 DNS 记录，然后在控制台中重新验证。</translation>
    </message>
    <message>
        <source>The sender domain {domain} is not set up in Tencent Cloud SES in region {region} (no domain is set up there). Add and verify it in the SES console for this region, or choose the region where it is verified as the account&apos;s region.</source>
        <translation>发件域名 {domain} 未在地域 {region} 的腾讯云 SES 中设置（该地域没有设置任何域名）。请在该地域的 SES 控制台中添加并验证它，或将账户的地域改为已验证该域名的地域。</translation>
    </message>
    <message>
        <source>The sender domain {domain} is not set up in Tencent Cloud SES in region {region} (set up there: {known}). Add and verify it in the SES console for this region, or choose the region where it is verified as the account&apos;s region.</source>
        <translation>发件域名 {domain} 未在地域 {region} 的腾讯云 SES 中设置（该地域已设置：{known}）。请在该地域的 SES 控制台中添加并验证它，或将账户的地域改为已验证该域名的地域。</translation>
    </message>
    <message>
        <source>The sender domain {domain} is verified in region {region}.</source>
        <translation>发件域名 {domain} 已在地域 {region} 通过验证。</translation>
    </message>
    <message>
        <source>The sender domain {domain} is verified in region {region}. It may send at most {quota:,} mails a day.</source>
        <translation>发件域名 {domain} 已在地域 {region} 通过验证。每天最多可发送 {quota:,} 封。</translation>
    </message>
    <message>
        <source>The sending account is still in the provider&apos;s sandbox and may only send to verified addresses. Ask the provider for production access, then send again. Provider&apos;s answer: {text}</source>
        <translation>发件账户仍处于服务商的沙盒中，只能发给已验证的地址。请向服务商申请正式发送权限，然后重新发送。服务商的回复：{text}</translation>
    </message>
    <message>
        <source>The sending rate limit is reached. Sending continues by itself at about {at}.</source>
        <translation>已达到发送速率上限。约 {at} 会自动继续发送。</translation>
    </message>
    <message>
        <source>The server accepted the connection on port {port} but never greeted us. This usually means the port expects TLS from the first byte (port 465): choose TLS as the security setting.</source>
        <translation>服务器在 {port} 端口接受了连接，但一直没有发出问候。这通常表示该端口从一开始就要求 TLS（465 端口）：请将加密方式设为 TLS。</translation>
    </message>
    <message>
        <source>The server accepted the message.</source>
        <translation>服务器已接收邮件。</translation>
    </message>
    <message>
        <source>The server answered {code} {text} to DATA instead of 354 (go ahead), so no message can be handed over. Check the server address and port are those of a mail server; nothing was sent.</source>
        <translation>服务器对 DATA 的回复是 {code} {text}，而不是 354（可以开始），因此无法交付邮件。请检查服务器地址和端口是否属于邮件服务器；没有发送任何内容。</translation>
    </message>
    <message>
        <source>The server asked to slow down. Sending continues at a lower rate; no message was lost.</source>
        <translation>服务器要求放慢速度。发送会以较低速率继续；没有丢失任何邮件。</translation>
    </message>
    <message>
        <source>The server could not accept the login right now. Server&apos;s answer: {text}</source>
        <translation>服务器暂时无法接受登录。服务器的回复：{text}</translation>
    </message>
    <message>
        <source>The server could not take the message right now.</source>
        <translation>服务器暂时无法接收邮件。</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>服务器没有及时回复。</translation>
    </message>
    <message>
        <source>The server did not offer a login method this program can use. Choose STARTTLS or TLS in the account settings (many servers only offer login on a secure connection).</source>
        <translation>服务器没有提供本程序可用的登录方式。请在账户设置中选择 STARTTLS 或 TLS（许多服务器只在安全连接上提供登录）。</translation>
    </message>
    <message>
        <source>The server does not accept a password login for this mailbox (Microsoft 365 turns SMTP login off by default). Ask your administrator to enable &apos;Authenticated SMTP&apos; for this mailbox, or use another sending account.</source>
        <translation>服务器不接受此邮箱的密码登录（Microsoft 365 默认关闭 SMTP 登录）。请让管理员为此邮箱启用“Authenticated SMTP”，或改用其他发件账户。</translation>
    </message>
    <message>
        <source>The server gave an answer this program does not understand after the message was handed over, so it may or may not have been delivered. It is not sent again by itself; check with the recipient, then choose whether to send this row again. Server&apos;s answer: {text}</source>
        <translation>邮件交出后，服务器给出了本程序无法理解的回复，因此邮件可能已送达，也可能没有。不会自动重发；请向收件人确认，再决定是否重发此行。服务器的回复：{text}</translation>
    </message>
    <message>
        <source>The server gave an answer this program does not understand.</source>
        <translation>服务器给出了本程序无法理解的回复。</translation>
    </message>
    <message>
        <source>The server greeted us and listed what it supports.</source>
        <translation>服务器已回应问候，并列出了它支持的功能。</translation>
    </message>
    <message>
        <source>The server is busy or closing the connection.</source>
        <translation>服务器繁忙或正在关闭连接。</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the spelling of the server name and your internet connection.</source>
        <translation>找不到该服务器名称。请检查服务器名称的拼写和网络连接。</translation>
    </message>
    <message>
        <source>The server refused the connection on this port. If this keeps happening, check the server name and port in the account settings.</source>
        <translation>服务器拒绝了此端口上的连接。如果一直这样，请在账户设置中检查服务器名称和端口。</translation>
    </message>
    <message>
        <source>The server refused the sender address or this connection, so no row can be sent. Check the From address is one this account may send as. Server&apos;s answer: {text}</source>
        <translation>服务器拒绝了发件地址或此连接，因此所有行都无法发送。请检查发件人（From）地址是否是此账户可以使用的地址。服务器的回复：{text}</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check both in the account settings and try again.</source>
        <translation>服务器拒绝了用户名或密码。请在账户设置中检查两者后重试。</translation>
    </message>
    <message>
        <source>The server refused this message. Read its answer, correct the row and send it again: {text}</source>
        <translation>服务器拒收了这封邮件。请阅读它的回复，更正此行后重新发送：{text}</translation>
    </message>
    <message>
        <source>The server refuses to pass mail on to other addresses (relay access denied), so no row can be sent through it. It probably needs a login (--user, or a saved account), or this is not your provider&apos;s sending server. Server&apos;s answer: {text}</source>
        <translation>服务器拒绝把邮件转发到其他地址（拒绝中继），因此无法通过它发送任何行。它可能需要登录（--user 或已保存的账户），或者这不是您的服务商的发信服务器。服务器的回复：{text}</translation>
    </message>
    <message>
        <source>The server requires a login before sending. Enter the user name and password of the sending account (and use STARTTLS or TLS if the server asks for it).</source>
        <translation>服务器要求先登录再发送。请输入发件账户的用户名和密码（如服务器要求，请使用 STARTTLS 或 TLS）。</translation>
    </message>
    <message>
        <source>The server wants an app password, not your normal password (Gmail and others do this when two-step verification is on). Create an app password in your account&apos;s security settings and use it here.</source>
        <translation>服务器要求使用应用专用密码，而不是您平常的密码（开启两步验证后，Gmail 等会这样要求）。请在账户的安全设置中创建应用专用密码并在这里使用。</translation>
    </message>
    <message>
        <source>The server {host} does not offer OAuth (XOAUTH2) login. Use a password or app password for this account instead.</source>
        <translation>服务器 {host} 不支持 OAuth（XOAUTH2）登录。此账户请改用密码或应用专用密码。</translation>
    </message>
    <message>
        <source>The server {host} does not offer encryption (STARTTLS), so the password would travel over the network as plain text; nothing was sent. Use the server&apos;s secure port (465 with TLS, or 587 with STARTTLS), or choose security &apos;none&apos; (--security none) only for a relay you trust on your own network.</source>
        <translation>服务器 {host} 不支持加密（STARTTLS），密码会以明文在网络上传输，因此没有发送任何邮件。请使用服务器的安全端口（TLS 用 465，STARTTLS 用 587）；只有对您自己网络中信任的中继，才选择加密方式 &apos;none&apos;（--security none）。</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate could not be trusted ({detail}). Check the server name is exactly the one your provider gives; if this is your own server, install a valid certificate.</source>
        <translation>无法信任服务器的安全证书（{detail}）。请检查服务器名称与服务商提供的完全一致；如果是您自己的服务器，请安装有效的证书。</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; in {file} is empty; choose the sheet that holds your contacts ({sheets}).</source>
        <translation>{file} 中的工作表 &quot;{sheet}&quot; 是空的；请选择存放联系人的工作表（{sheets}）。</translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; in {file} spans {rows:,} rows by {columns:,} columns, more than Mail Merge reads ({limit:,} cells); delete the unused rows and columns (often one stray cell far down or far right), save, and open it again.</source>
        <translation>{file} 中的工作表 &quot;{sheet}&quot; 有 {rows:,} 行 × {columns:,} 列，超过了邮件合并能读取的范围（{limit:,} 个单元格）；请删除未使用的行和列（常常是远在下方或右侧的一个单元格），保存后重新打开。</translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in. Start the sign-in again.</source>
        <translation>登录回复与本次登录不符。请重新登录。</translation>
    </message>
    <message>
        <source>The sign-in server did not allow Mail Merge to stay signed in. Sign in again and accept all requested permissions.</source>
        <translation>登录服务器不允许邮件合并保持登录。请重新登录并接受所有请求的权限。</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP {status}, {error}). Try signing in again; if it keeps failing, check the account&apos;s app registration.</source>
        <translation>登录服务器拒绝了请求（HTTP {status}，{error}）。请重新登录；如果一直失败，请检查该账户的应用注册。</translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer had no access token. Sign in again.</source>
        <translation>登录服务器的回复中没有访问令牌。请重新登录。</translation>
    </message>
    <message>
        <source>The suppression list {path} cannot be opened ({error}). Check the folder is writable, or move the damaged file away so a new list is started.</source>
        <translation>无法打开禁发名单 {path}（{error}）。请检查文件夹是否可写入，或把损坏的文件移走以新建名单。</translation>
    </message>
    <message>
        <source>The template ID must be the number the Tencent Cloud SES console shows for an approved template, not {value}.</source>
        <translation>模板 ID 必须是腾讯云 SES 控制台中已审核通过模板的编号，不能是 {value}。</translation>
    </message>
    <message>
        <source>The template could not be read to compare its variables.</source>
        <translation>无法读取模板来比较其变量。</translation>
    </message>
    <message>
        <source>The template {file} cannot be read ({reason}). Check the file and its permissions.</source>
        <translation>无法读取模板 {file}（{reason}）。请检查文件及其权限。</translation>
    </message>
    <message>
        <source>The template {file} does not exist. Check the file name.</source>
        <translation>模板 {file} 不存在。请检查文件名。</translation>
    </message>
    <message>
        <source>The template {file} has the extension {suffix!r}; name it .md (Markdown), .html or .txt.</source>
        <translation>模板 {file} 的扩展名是“{suffix}”；请改为 .md（Markdown）、.html 或 .txt。</translation>
    </message>
    <message>
        <source>The template {file} is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation>模板 {file} 不是 UTF-8 文本。请另存为 UTF-8 后重试。</translation>
    </message>
    <message>
        <source>The text encoding of {file} could not be recognised; open it in a spreadsheet program and save it as &quot;CSV UTF-8&quot; (or .xlsx), then open that file.</source>
        <translation>无法识别 {file} 的文字编码；请用表格软件打开，另存为“CSV UTF-8”（或 .xlsx），再打开新文件。</translation>
    </message>
    <message>
        <source>The trigger type must be 0 (bulk mail) or 1 (triggered mail such as codes), not {value}.</source>
        <translation>触发类型必须是 0（批量邮件）或 1（验证码等触发类邮件），不能是 {value}。</translation>
    </message>
    <message>
        <source>The unsubscribe option must be a number from 0 (no link) to 12, not &apos;{value}&apos;.</source>
        <translation>退订选项必须是 0（无链接）到 12 之间的数字，不能是 &apos;{value}&apos;。</translation>
    </message>
    <message>
        <source>The {preset} preset signs in with a password, not with OAuth, so --oauth-client-id and --oauth-client-secret do not apply. Presets that sign in: {presets}.</source>
        <translation>{preset} 预设使用密码而不是 OAuth 登录，因此 --oauth-client-id 和 --oauth-client-secret 不适用。支持登录的预设：{presets}。</translation>
    </message>
    <message>
        <source>There is no data row {row}: {file} has data rows 1 to {count} (row 1 is the first row under the column names). Choose a row in that range.</source>
        <translation>没有第 {row} 个数据行：{file} 有第 1 到第 {count} 个数据行（第 1 行是列名下面的第一行）。请在这个范围内选择。</translation>
    </message>
    <message>
        <source>There is no provider preset called {key!r}. Choose one of: {keys} (see `mailmerge account presets`).</source>
        <translation>没有名为“{key}”的服务商预设。请从以下选择：{keys}（参见 `mailmerge account presets`）。</translation>
    </message>
    <message>
        <source>There is no saved account called {name!r}. Saved accounts: {names}. Add one with `mailmerge account add NAME --preset PRESET`.</source>
        <translation>没有名为“{name}”的已保存账户。已保存的账户：{names}。请用 `mailmerge account add 名称 --preset 预设` 添加。</translation>
    </message>
    <message>
        <source>This Tencent Cloud account may not send attachments. Ask Tencent Cloud support to allow them, or remove the attachments from the template.</source>
        <translation>此腾讯云账户不能发送附件。请联系腾讯云客服开通，或从模板中删除附件。</translation>
    </message>
    <message>
        <source>This Tencent Cloud account may only send approved templates. Enter the template ID in the account settings, then send again.</source>
        <translation>此腾讯云账户只能发送已审核通过的模板。请在账户设置中填写模板 ID，然后重新发送。</translation>
    </message>
    <message>
        <source>This address does not exist (the receiving server says there is no such mailbox or domain). Correct the address in the spreadsheet; it will not be tried again.</source>
        <translation>此地址不存在（收件方服务器表示没有这个邮箱或域名）。请在表格中更正地址；不会再尝试此地址。</translation>
    </message>
    <message>
        <source>This campaign goes to {count} people but offers no way to unsubscribe. Gmail and Yahoo expect bulk mail to have one and may file it as spam: set an unsubscribe address for the account, or add an Unsubscribe: line to the template (Unsubscribe: none for mail people cannot opt out of).</source>
        <translation>此活动将发给 {count} 人，但没有退订方式。Gmail 和 Yahoo 要求群发邮件提供退订方式，否则可能归为垃圾邮件：请为账户设置退订地址，或在模板中添加 Unsubscribe: 行（不能退订的邮件写 Unsubscribe: none）。</translation>
    </message>
    <message>
        <source>This recipient unsubscribed from mail sent from your domain, so Tencent Cloud no longer delivers to them.</source>
        <translation>此收件人已退订您的域名发出的邮件，因此腾讯云不再向其投递。</translation>
    </message>
    <message>
        <source>This row could not be turned into an Amazon SES request: {error}</source>
        <translation>无法把此行转换为 Amazon SES 请求：{error}</translation>
    </message>
    <message>
        <source>This row has an address with non-English letters before the @, and the server cannot deliver such addresses. Use a plain address for this row.</source>
        <translation>此行有一个 @ 前含非英文字母的地址，而服务器无法投递这类地址。请为此行使用普通地址。</translation>
    </message>
    <message>
        <source>This row is no longer in the spreadsheet.</source>
        <translation>此行已不在表格中。</translation>
    </message>
    <message>
        <source>To</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Unsubscribe address</source>
        <translation>退订地址</translation>
    </message>
    <message>
        <source>Use either --server or --account, not both.</source>
        <translation>--server 和 --account 只能用其中一个。</translation>
    </message>
    <message>
        <source>You have reached the number of messages Amazon SES lets you send in 24 hours in region {region}. Sending will continue when the 24-hour window has room again; to send more, request a higher sending quota.</source>
        <translation>您已达到 Amazon SES 在 {region} 区域 24 小时内允许发送的邮件数。24 小时额度有空余时会继续发送；如需发送更多，请申请提高发送配额。</translation>
    </message>
    <message>
        <source>You have reached today&apos;s Tencent Cloud sending limit. Sending continues after midnight China time.</source>
        <translation>已达到腾讯云今天的发送上限。北京时间午夜后会继续发送。</translation>
    </message>
    <message>
        <source>Your Amazon SES account in region {region} is still in the sandbox, where it may only send to verified addresses, and {identities} is not verified. Verify the recipient, or ask AWS to move the account out of the sandbox (production access).</source>
        <translation>您在 {region} 区域的 Amazon SES 账户仍处于沙盒中，只能发给已验证的地址，而 {identities} 未经验证。请验证该收件人，或请 AWS 将账户移出沙盒（正式发送权限）。</translation>
    </message>
    <message>
        <source>Your Tencent Cloud SES package has no messages left. Buy more in the SES console, then send again.</source>
        <translation>您的腾讯云 SES 套餐已没有剩余邮件数。请在 SES 控制台购买后重新发送。</translation>
    </message>
    <message>
        <source>Your Tencent Cloud account has no credit left. Top it up in the billing console, then send again.</source>
        <translation>您的腾讯云账户余额不足。请在费用中心充值后重新发送。</translation>
    </message>
    <message>
        <source>Your account has reached its daily sending limit. Sending will pause until the limit resets; the remaining rows stay queued.</source>
        <translation>您的账户已达到每日发送上限。发送会暂停到额度重置；其余行继续排队。</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>blocked for a while (the provider refuses mail to it until the date shown)</source>
        <translation>暂时封禁（服务商在所示日期前拒绝向其发信）</translation>
    </message>
    <message>
        <source>built-in outbox (nothing is sent; messages are saved in {folder})</source>
        <translation>内置发件箱（不会真正发出，邮件保存在 {folder}）</translation>
    </message>
    <message>
        <source>mail to it bounced for good (the address does not exist or refuses mail)</source>
        <translation>发往该地址的邮件被永久退回（地址不存在或拒收邮件）</translation>
    </message>
    <message>
        <source>no variables</source>
        <translation>没有变量</translation>
    </message>
    <message>
        <source>row {row}: failed: {reason}{said}</source>
        <translation>第 {row} 行：失败：{reason}{said}</translation>
    </message>
    <message>
        <source>row {row}: not sent: {reason}</source>
        <translation>第 {row} 行：未发送：{reason}</translation>
    </message>
    <message>
        <source>row {row}: skipped: {reason}</source>
        <translation>第 {row} 行：已跳过：{reason}</translation>
    </message>
    <message>
        <source>row {row}: unknown: {reason}</source>
        <translation>第 {row} 行：未知：{reason}</translation>
    </message>
    <message>
        <source>see Check</source>
        <translation>见“检查”步骤</translation>
    </message>
    <message>
        <source>the address does not exist (the receiving server said so)</source>
        <translation>地址不存在（收件方服务器如是说）</translation>
    </message>
    <message>
        <source>the person asked not to get mail</source>
        <translation>对方要求不再收到邮件</translation>
    </message>
    <message>
        <source>the person marked a message as spam</source>
        <translation>对方将邮件标记为垃圾邮件</translation>
    </message>
    <message>
        <source>the reason {value!r} is not one this app knows ({known}); the line was skipped.</source>
        <translation>原因“{value}”不是本软件认识的（{known}）；已跳过该行。</translation>
    </message>
    <message>
        <source>the {column} date {value!r} is not a date; write it as YYYY-MM-DD. The line was skipped.</source>
        <translation>{column} 日期“{value}”不是日期；请写成 YYYY-MM-DD。已跳过该行。</translation>
    </message>
    <message>
        <source>{address} ({why})</source>
        <translation>{address}（{why}）</translation>
    </message>
    <message>
        <source>{address} already got another version of this message through {account}.</source>
        <translation>{address} 已经通过 {account} 收到过这封邮件的另一个版本。</translation>
    </message>
    <message>
        <source>{address} is on the suppression list ({why}), so row {row} was not sent. Take it off the suppression list only if you know it works again.</source>
        <translation>{address} 在禁发名单中（{why}），因此第 {row} 行没有发送。只有确认该地址已恢复可用时，才将其从禁发名单中移除。</translation>
    </message>
    <message>
        <source>{address} is on the suppression list ({why}).</source>
        <translation>{address} 在禁发名单中（{why}）。</translation>
    </message>
    <message>
        <source>{endpoint!r} is not an API address. Write it like https://host or http://127.0.0.1:8080, or leave it out to use the provider&apos;s own address.</source>
        <translation>“{endpoint}”不是 API 地址。请写成 https://host 或 http://127.0.0.1:8080 这样的形式，或不填以使用服务商自己的地址。</translation>
    </message>
    <message>
        <source>{file} could not be opened ({reason}); close it in other programs, check you may read it, and try again.</source>
        <translation>无法打开 {file}（{reason}）；请在其他程序中关闭它，确认有读取权限后重试。</translation>
    </message>
    <message>
        <source>{file} could not be split into columns ({reason}); open it in a spreadsheet program, save it as .xlsx or .csv, and open that file.</source>
        <translation>无法把 {file} 分成列（{reason}）；请用表格软件打开，另存为 .xlsx 或 .csv，再打开新文件。</translation>
    </message>
    <message>
        <source>{file} has no sheet named &quot;{sheet}&quot;; choose one of its sheets: {sheets}.</source>
        <translation>{file} 中没有名为 &quot;{sheet}&quot; 的工作表；请从这些工作表中选择：{sheets}。</translation>
    </message>
    <message>
        <source>{file} is a device or a pipe, not a file, so it can&apos;t hold a contact list; choose your spreadsheet file instead.</source>
        <translation>{file} 是设备或管道，不是文件，不能存放联系人列表；请改为选择您的表格文件。</translation>
    </message>
    <message>
        <source>{file} is a folder; choose the contact list file inside it.</source>
        <translation>{file} 是一个文件夹；请选择其中的联系人文件。</translation>
    </message>
    <message>
        <source>{file} is a web page saved with a spreadsheet name; open it in Excel or LibreOffice, save it as .xlsx or .csv, and open that file instead.</source>
        <translation>{file} 是以表格文件名保存的网页；请用 Excel 或 LibreOffice 打开，另存为 .xlsx 或 .csv，再打开新文件。</translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete and could not be read; open it in Excel or LibreOffice, save a new copy, and open that copy.</source>
        <translation>{file} 已损坏或不完整，无法读取；请用 Excel 或 LibreOffice 打开，另存一份新副本，再打开副本。</translation>
    </message>
    <message>
        <source>{file} is empty; open the file that holds your contacts, or add a header row and contacts to it.</source>
        <translation>{file} 是空的；请打开存放联系人的文件，或在其中添加标题行和联系人。</translation>
    </message>
    <message>
        <source>{file} is not a Mail Merge campaign file. Open a file saved with File → Save campaign.</source>
        <translation>{file} 不是邮件合并的活动文件。请打开用“文件 → 保存活动”保存的文件。</translation>
    </message>
    <message>
        <source>{file} is not a file type Mail Merge can read; save your contact list as {supported} and open that.</source>
        <translation>邮件合并无法读取 {file} 这种文件类型；请把联系人列表另存为 {supported} 后打开。</translation>
    </message>
    <message>
        <source>{file} is protected with a password; open it in Excel or LibreOffice, remove the password (or save a copy without one), and open that copy.</source>
        <translation>{file} 受密码保护；请用 Excel 或 LibreOffice 打开，取消密码（或另存一份无密码的副本），再打开该副本。</translation>
    </message>
    <message>
        <source>{file} is {size_mb:,.0f} MB, far larger than a contact list can be; open the right file, or split the list into smaller files.</source>
        <translation>{file} 有 {size_mb:,.0f} MB，远远超过联系人列表应有的大小；请打开正确的文件，或把列表拆分成较小的文件。</translation>
    </message>
    <message>
        <source>{file} is {what}, not a spreadsheet, even though its name ends in {suffix}; open your contact list in Excel or LibreOffice and save it as {supported}.</source>
        <translation>{file} 的文件名虽以 {suffix} 结尾，但它是 {what}，不是表格；请用 Excel 或 LibreOffice 打开联系人列表，另存为 {supported}。</translation>
    </message>
    <message>
        <source>{file} was not found; check that the file still exists in {folder} and choose it again.</source>
        <translation>找不到 {file}；请确认该文件仍在 {folder} 中，然后重新选择。</translation>
    </message>
    <message>
        <source>{file}, from line {line}: the template nests brackets, ifs or loops too deeply to be read. Simplify that part of the template.</source>
        <translation>{file}，从第 {line} 行起：模板中的括号、if 或循环嵌套太深，无法读取。请简化这部分模板。</translation>
    </message>
    <message>
        <source>{file}, line {line}: the header {name}: appears twice. Keep one (separate several addresses with ;).</source>
        <translation>{file}，第 {line} 行：信头 {name}: 出现了两次。请只保留一个（多个地址用 ; 分隔）。</translation>
    </message>
    <message>
        <source>{file}, line {line}: the template has a mistake: {reason}. The line is: {text!r}. Check that every {{{{ has a matching }}}} and every {{% if %}} an {{% endif %}}.</source>
        <translation>{file}，第 {line} 行：模板有错误：{reason}。该行内容：“{text}”。请检查每个 {{{{ 都有对应的 }}}}，每个 {{% if %}} 都有对应的 {{% endif %}}。</translation>
    </message>
    <message>
        <source>{file}, line {line}: the template uses the {kind} {name!r}, which does not exist.{hint} Correct the name in the template.</source>
        <translation>{file}，第 {line} 行：模板使用了不存在的{kind}“{name}”。{hint}请在模板中更正名称。</translation>
    </message>
    <message>
        <source>{file}: the template has a mistake: {reason}. Correct it in the template.</source>
        <translation>{file}：模板有错误：{reason}。请在模板中更正。</translation>
    </message>
    <message>
        <source>{flag} must be 1 or more, not {n}: it counts messages.</source>
        <translation>{flag} 表示邮件数量，必须为 1 或以上，不能是 {n}。</translation>
    </message>
    <message>
        <source>{host} is at {addresses}.</source>
        <translation>{host} 的地址是 {addresses}。</translation>
    </message>
    <message>
        <source>{host}:{port} ({security})</source>
        <translation>{host}:{port}（{security}）</translation>
    </message>
    <message>
        <source>{label} has no region {region!r}. Choose one of: {regions}.</source>
        <translation>{label} 没有地域“{region}”。请从以下选择：{regions}。</translation>
    </message>
    <message>
        <source>{name!r} cannot be used as an account name. Use 1 to 64 letters, digits, spaces or punctuation.</source>
        <translation>“{name}”不能用作账户名称。请使用 1 到 64 个字母、数字、空格或标点。</translation>
    </message>
    <message>
        <source>{name}: Amazon SES API in {region}</source>
        <translation>{name}：Amazon SES API，地域 {region}</translation>
    </message>
    <message>
        <source>{name}: Tencent Cloud SES API in {region}, Simple mode (no template)</source>
        <translation>{name}：腾讯云 SES API，地域 {region}，Simple 模式（不使用模板）</translation>
    </message>
    <message>
        <source>{name}: Tencent Cloud SES API in {region}, template {template}</source>
        <translation>{name}：腾讯云 SES API，地域 {region}，模板 {template}</translation>
    </message>
    <message>
        <source>{name}: {where}</source>
        <translation>{name}：{where}</translation>
    </message>
    <message>
        <source>{name}: {where} (no login)</source>
        <translation>{name}：{where}（无需登录）</translation>
    </message>
    <message>
        <source>{name}: {where} as {user}</source>
        <translation>{name}：{where}，用户 {user}</translation>
    </message>
    <message>
        <source>{option} must be a whole number such as 12345, not {value!r}.</source>
        <translation>{option} 必须是整数，例如 12345，不能是“{value}”。</translation>
    </message>
    <message>
        <source>{option} only applies to {kinds} accounts, and {preset!r} is not one. Leave it out.</source>
        <translation>{option} 只适用于 {kinds} 账户，而“{preset}”不是。请去掉该选项。</translation>
    </message>
    <message>
        <source>{people} people on this sheet already got another version of this message (first on {when} through {account}). Add --only-new to send only to those who got none, or --everyone to send this version to everyone.</source>
        <translation>此表中有 {people} 人已收到这封邮件的另一个版本（最早于 {when} 通过 {account}）。加上 --only-new 只发给还没收到的人，或加上 --everyone 把此版本发给所有人。</translation>
    </message>
    <message>
        <source>{preset} accounts always sign in, so “no login” does not apply. Choose “Other SMTP server” for a relay that needs no login.</source>
        <translation>{preset} 账户总是需要登录，因此“无需登录”不适用。无需登录的中继请选择“其他 SMTP 服务器”。</translation>
    </message>
    <message>
        <source>{provider} in {region}</source>
        <translation>{provider}，地域 {region}</translation>
    </message>
    <message>
        <source>{provider} in {region} via {endpoint}</source>
        <translation>{provider}，地域 {region}，经由 {endpoint}</translation>
    </message>
    <message>
        <source>{reason} Gave up after {attempts} attempts.</source>
        <translation>{reason}尝试 {attempts} 次后已放弃。</translation>
    </message>
    <message>
        <source>{reason} Server&apos;s answer: {answer}</source>
        <translation>{reason}服务器的回复：{answer}</translation>
    </message>
    <message>
        <source>{reason} Slowing down to {rate} messages per second.</source>
        <translation>{reason}速度降到每秒 {rate} 封。</translation>
    </message>
    <message>
        <source>{reason} Trying again in {seconds} s.</source>
        <translation>{reason} {seconds} 秒后重试。</translation>
    </message>
    <message>
        <source>{url} is not a picture (the server sent {kind}).</source>
        <translation>{url} 不是图片（服务器发送的是 {kind}）。</translation>
    </message>
    <message>
        <source>{url} is not a web address (http or https).</source>
        <translation>{url} 不是网址（http 或 https）。</translation>
    </message>
    <message>
        <source>{value!r} is not an Amazon SES configuration set name: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;, exactly as the SES console shows it.</source>
        <translation>“{value}”不是 Amazon SES 配置集名称：请按 SES 控制台显示的名称填写，由 1 到 64 个字母、数字、&apos;-&apos; 或 &apos;_&apos; 组成。</translation>
    </message>
    <message>
        <source>{where} has column names on row {row} but no contacts under them; add your contacts below that row (or choose the right header row) and try again.</source>
        <translation>{where} 第 {row} 行有列名，但下面没有联系人；请在该行下面添加联系人（或选择正确的标题行）后重试。</translation>
    </message>
    <message>
        <source>{where}The attachment {file} does not exist. Put the file there or correct its name in the spreadsheet or template.</source>
        <translation>{where}附件 {file} 不存在。请把文件放到该位置，或在表格或模板中更正文件名。</translation>
    </message>
    <message>
        <source>{where}The attachments add up to {size_mb:.1f} MB; {provider} accepts at most {limit_mb:.0f} MB in total per message. Send large files as a link instead.</source>
        <translation>{where}附件总共 {size_mb:.1f} MB；{provider} 每封邮件最多接受 {limit_mb:.0f} MB。大文件请改为发送链接。</translation>
    </message>
    <message>
        <source>{where}The message has {count} attachments; {provider} accepts at most {limit} per message. Put the files in a zip archive or share a link instead.</source>
        <translation>{where}邮件有 {count} 个附件；{provider} 每封邮件最多接受 {limit} 个。请把文件打包成 zip，或改为分享链接。</translation>
    </message>
    <message>
        <source>{where}The subject is empty; many people and spam filters ignore messages without one. Add a Subject: line to the template.</source>
        <translation>{where}主题为空；很多人和垃圾邮件过滤器会忽略没有主题的邮件。请在模板中添加 Subject: 行。</translation>
    </message>
    <message>
        <source>{where}{field} address {value!r} is not valid: {reason} Correct it in the spreadsheet or template.</source>
        <translation>{where}{field}地址“{value}”无效：{reason}请在表格或模板中更正。</translation>
    </message>
    <message>
        <source>{where}{field} contains a line break, which a header line cannot hold. Remove the line break from the cell or template (separate several addresses with ; instead).</source>
        <translation>{where}{field}包含换行，而信头行不能有换行。请删除单元格或模板中的换行（多个地址请用 ; 分隔）。</translation>
    </message>
    <message>
        <source>{where}{field} is empty. Fill in an address in the spreadsheet or template.</source>
        <translation>{where}{field}为空。请在表格或模板中填写地址。</translation>
    </message>
    <message>
        <source>{where}{field} must hold exactly one address but holds {count}: {value!r}. Keep only one.</source>
        <translation>{where}{field}只能有一个地址，但现在有 {count} 个：“{value}”。请只保留一个。</translation>
    </message>
    <message>
        <source>Column &quot;{column}&quot;: Mail Merge does not know the number format &quot;{format}&quot;, so its numbers show as they would in the General format; check them in the preview, or give the column a common format.</source>
        <translation>&quot;{column}&quot; 列：Mail Merge 不认识数字格式 &quot;{format}&quot;，所以数字按“常规”格式显示；请在预览中检查这些数字，或给该列设置常用格式。</translation>
    </message>
    <message>
        <source>Copies of {copied} sent messages were put in the Sent folder ({folder}).</source>
        <translation>已将 {copied} 封已发送邮件的副本放入“已发送”文件夹（{folder}）。</translation>
    </message>
    <message>
        <source>Install and unlock GNOME Keyring (package gnome-keyring) or KWallet, log out and back in, then try again.</source>
        <translation>请安装并解锁 GNOME 密钥环（软件包 gnome-keyring）或 KWallet，注销后重新登录，再重试。</translation>
    </message>
    <message>
        <source>It contains characters an address cannot have, such as a space, a comma, quotes or a second @.</source>
        <translation>其中含有地址不能包含的字符，例如空格、逗号、引号或第二个 @。</translation>
    </message>
    <message>
        <source>It has a dot or a hyphen in a wrong place (at the start or end of a part, or two in a row).</source>
        <translation>其中的点或连字符位置不对（在开头或结尾，或连续两个）。</translation>
    </message>
    <message>
        <source>It has a look-alike of the @ sign (for example a full-width ＠); type a plain @.</source>
        <translation>其中用的是像 @ 的字符（例如全角 ＠）；请输入普通的 @。</translation>
    </message>
    <message>
        <source>It has no @ sign; an address looks like name@example.com.</source>
        <translation>其中没有 @ 符号；地址的格式类似 name@example.com。</translation>
    </message>
    <message>
        <source>It is longer than an email address can be.</source>
        <translation>它比邮箱地址允许的长度还长。</translation>
    </message>
    <message>
        <source>Its angle brackets &lt; &gt; are not paired.</source>
        <translation>其中的尖括号 &lt; &gt; 不成对。</translation>
    </message>
    <message>
        <source>Its domain is reserved for examples and tests; no mail can be delivered there.</source>
        <translation>其域名是保留给示例和测试用的；邮件无法送达。</translation>
    </message>
    <message>
        <source>No DKIM key is published at {name}, so receivers cannot verify that your mail was not changed on the way. Turn on DKIM signing in your provider&apos;s console and add the TXT (or CNAME) record it shows for {name}.</source>
        <translation>{name} 上没有发布 DKIM 密钥，因此收件方无法确认您的邮件在途中没有被改动。请在服务商控制台中开启 DKIM 签名，并为 {name} 添加它显示的 TXT（或 CNAME）记录。</translation>
    </message>
    <message>
        <source>No copies will be kept in Sent: {problem}</source>
        <translation>不会在“已发送”中保留副本：{problem}</translation>
    </message>
    <message>
        <source>The DNS records of {domain} could not be checked ({why}). Sending works anyway; check the connection and run Check again to see whether SPF, DKIM and DMARC are set up.</source>
        <translation>无法检查 {domain} 的 DNS 记录（{why}）。发送不受影响；请检查网络连接后再运行一次检查，看看 SPF、DKIM 和 DMARC 是否已设置。</translation>
    </message>
    <message>
        <source>The SPF record of {domain} does not name your provider ({include}), so its mail may be marked as forged. Change the TXT record to: {fixed}</source>
        <translation>{domain} 的 SPF 记录中没有列出您的服务商（{include}），因此其邮件可能被标记为伪造。请把 TXT 记录改为：{fixed}</translation>
    </message>
    <message>
        <source>The link text {text!r} shows one address but leads to {target}; mail programs warn readers about this (it is how phishing looks). Make the text and the address match, or use words as the text.</source>
        <translation>链接文字“{text}”显示的是一个地址，实际却指向 {target}；邮件程序会就此警告读者（钓鱼邮件就是这样）。请让文字和地址一致，或用普通文字作为链接文字。</translation>
    </message>
    <message>
        <source>The mailbox has no Sent folder (none is marked as Sent, and none has a usual name); create one named Sent in your mail program.</source>
        <translation>邮箱中没有“已发送”文件夹（没有标记为“已发送”的文件夹，也没有常用名称的文件夹）；请在邮件程序中新建一个名为 Sent 的文件夹。</translation>
    </message>
    <message>
        <source>The mailbox server could not be reached ({error}).</source>
        <translation>无法连接邮箱服务器（{error}）。</translation>
    </message>
    <message>
        <source>The mailbox server was too slow to take every copy in time.</source>
        <translation>邮箱服务器太慢，未能及时接收所有副本。</translation>
    </message>
    <message>
        <source>The message has no text at all. Write something in the message body: empty or picture-only mail is often treated as spam.</source>
        <translation>邮件中没有任何文字。请在正文中写点内容：空白或只有图片的邮件常被当作垃圾邮件。</translation>
    </message>
    <message>
        <source>The message shows {count} picture(s) from the internet, e.g. {url}; many mail programs hide them until the reader allows it. Put them inside the message: in the Message step right-click and choose &quot;Put the pictures from the internet inside the message&quot; (or insert a saved copy with Picture).</source>
        <translation>邮件显示了 {count} 张来自互联网的图片，例如 {url}；很多邮件程序会在读者允许前隐藏它们。请把图片放进邮件里：在“邮件”步骤中右键单击，选择“把来自互联网的图片放进邮件”（或用“图片”插入已保存的副本）。</translation>
    </message>
    <message>
        <source>The message text is {size_kb} KB of HTML; Gmail cuts messages over about 100 KB and shows &quot;[Message clipped]&quot;. Shorten the text or remove pasted formatting.</source>
        <translation>邮件正文的 HTML 有 {size_kb} KB；Gmail 会截断超过约 100 KB 的邮件并显示 &quot;[Message clipped]&quot;。请缩短文字或去掉粘贴进来的格式。</translation>
    </message>
    <message>
        <source>The part after the @ sign is not a complete domain such as example.com.</source>
        <translation>@ 后面的部分不是完整的域名（例如 example.com）。</translation>
    </message>
    <message>
        <source>The sign-in for account {name!r} has expired or was withdrawn.</source>
        <translation>账户“{name}”的登录已过期或已被撤销。</translation>
    </message>
    <message>
        <source>The sign-in for account {name!r} is missing.</source>
        <translation>找不到账户“{name}”的登录信息。</translation>
    </message>
    <message>
        <source>The subject {subject!r} is in capitals or has several exclamation marks; spam filters score that. Write it as a normal sentence.</source>
        <translation>主题“{subject}”全是大写字母或有多个感叹号；垃圾邮件过滤器会因此扣分。请写成普通的句子。</translation>
    </message>
    <message>
        <source>no rate limit, no daily limit</source>
        <translation>无速率限制，无每日限额</translation>
    </message>
    <message>
        <source>no rate limit, {day:,} a day</source>
        <translation>无速率限制，每天 {day:,} 封</translation>
    </message>
    <message>
        <source>{copied} copies were put in the Sent folder ({folder}); {left_out} were left out because the mailbox server was slower than sending. The messages themselves were sent.</source>
        <translation>已将 {copied} 份副本放入“已发送”文件夹（{folder}）；由于邮箱服务器比发送慢，有 {left_out} 份未放入。邮件本身都已发送。</translation>
    </message>
    <message>
        <source>{copied} copies were put in the Sent folder, then copying stopped: {problem} The messages themselves were sent; only the copies in Sent are missing.</source>
        <translation>已将 {copied} 份副本放入“已发送”文件夹，之后复制停止：{problem}邮件本身都已发送；只是“已发送”中缺少副本。</translation>
    </message>
    <message>
        <source>{problem} Sending at the account&apos;s saved limits instead ({limits}); if they are too high, Amazon SES slows the run down or pauses it.</source>
        <translation>{problem}改为按账户保存的限额发送（{limits}）；如果限额过高，Amazon SES 会放慢或暂停发送。</translation>
    </message>
    <message>
        <source>{rate:g} a second, no daily limit</source>
        <translation>每秒 {rate:g} 封，无每日限额</translation>
    </message>
    <message>
        <source>{rate:g} a second, {day:,} a day</source>
        <translation>每秒 {rate:g} 封，每天 {day:,} 封</translation>
    </message>
    <message>
        <source>{remaining:,} of {limit:,} messages left in the provider&apos;s 24-hour quota.</source>
        <translation>服务商 24 小时配额 {limit:,} 封中还剩 {remaining:,} 封。</translation>
    </message>
    <message>
        <source>{value!r} is not an email address, so the line was skipped: {reason}</source>
        <translation>“{value}”不是邮箱地址，因此跳过了这一行：{reason}</translation>
    </message>
    <message>
        <source>{value!r} is not an email address: {reason} Check the spelling and try again; nothing was changed.</source>
        <translation>“{value}”不是邮箱地址：{reason}请检查拼写后重试；没有做任何更改。</translation>
    </message>
    <message>
        <source>No secure password store is available (found: {backend}), so {not_done}. {hint}</source>
        <translation>没有可用的安全密码存储（找到的是：{backend}），因此{not_done}。{hint}</translation>
    </message>
    <message>
        <source>No secure password store is available, so {not_done}. {hint}</source>
        <translation>没有可用的安全密码存储，因此{not_done}。{hint}</translation>
    </message>
    <message>
        <source>The system password store is locked, so {not_done}. Unlock it (for example by logging in to the desktop, or in &apos;Passwords and Keys&apos;) and try again.</source>
        <translation>系统密码存储已锁定，因此{not_done}。请先解锁（例如登录桌面，或在“密码和密钥”中解锁）后重试。</translation>
    </message>
    <message>
        <source>The system password store refused the request, so {not_done} ({kind}). Make sure it is unlocked and try again.</source>
        <translation>系统密码存储拒绝了请求，因此{not_done}（{kind}）。请确认它已解锁后重试。</translation>
    </message>
    <message>
        <source>The template uses a field the spreadsheet has no column for: {described}. Fix the name in the template or rename the column.</source>
        <translation>模板使用了一个表格中没有对应列的字段：{described}。请更正模板中的名称，或重命名该列。</translation>
    </message>
    <message>
        <source>The template uses {count} fields the spreadsheet has no column for: {described}. Fix the names in the template or rename the columns.</source>
        <translation>模板使用了 {count} 个表格中没有对应列的字段：{described}。请更正模板中的名称，或重命名这些列。</translation>
    </message>
    <message>
        <source>The unsubscribe address {value!r} is not an email address: {reason} Write an address such as unsubscribe@example.com that you read, or leave it empty.</source>
        <translation>退订地址“{value}”不是邮箱地址：{reason}请填写您会查看的地址，例如 unsubscribe@example.com，或留空。</translation>
    </message>
    <message>
        <source>There is no address between the angle brackets &lt; &gt;; fill in the address.</source>
        <translation>尖括号 &lt; &gt; 之间没有地址；请填写地址。</translation>
    </message>
    <message>
        <source>There is nothing after the @ sign.</source>
        <translation>@ 后面没有内容。</translation>
    </message>
    <message>
        <source>There is nothing before the @ sign.</source>
        <translation>@ 前面没有内容。</translation>
    </message>
    <message>
        <source>Unlock the macOS Keychain (open Keychain Access) and try again.</source>
        <translation>请解锁 macOS 钥匙串（打开“钥匙串访问”）后重试。</translation>
    </message>
    <message>
        <source>Windows Credential Manager should be available; sign in to Windows normally and try again.</source>
        <translation>Windows 凭据管理器应当可用；请正常登录 Windows 后重试。</translation>
    </message>
    <message>
        <source>automatic answer (e.g. out of office)</source>
        <translation>自动回复（例如不在办公室）</translation>
    </message>
    <message>
        <source>bounced (address does not exist)</source>
        <translation>被退回（地址不存在）</translation>
    </message>
    <message>
        <source>marked it as spam</source>
        <translation>标记为垃圾邮件</translation>
    </message>
    <message>
        <source>no answer from the DNS server in time</source>
        <translation>DNS 服务器没有及时应答</translation>
    </message>
    <message>
        <source>not delivered for now</source>
        <translation>暂时未送达</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>已回复</translation>
    </message>
    <message>
        <source>the DNS server refused to answer</source>
        <translation>DNS 服务器拒绝应答</translation>
    </message>
    <message>
        <source>the lookup failed: {error}</source>
        <translation>查询失败：{error}</translation>
    </message>
    <message>
        <source>the password could not be deleted</source>
        <translation>密码未能删除</translation>
    </message>
    <message>
        <source>the password could not be read</source>
        <translation>密码未能读取</translation>
    </message>
    <message>
        <source>the password could not be saved</source>
        <translation>密码未能保存</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>已退订</translation>
    </message>
    <message>
        <source>{count} automatic answer</source>
        <translation>{count} 封自动回复</translation>
    </message>
    <message>
        <source>{count} bounced</source>
        <translation>{count} 封被退回</translation>
    </message>
    <message>
        <source>{count} marked it as spam</source>
        <translation>{count} 人标记为垃圾邮件</translation>
    </message>
    <message>
        <source>{count} not delivered for now</source>
        <translation>{count} 封暂时未送达</translation>
    </message>
    <message>
        <source>{count} picture(s) have no description (alt text); readers who do not load pictures, and screen readers, see nothing. Right-click the picture and choose Description.</source>
        <translation>{count} 张图片没有说明（替代文字）；不加载图片的读者和屏幕阅读器什么也看不到。请右键单击图片并选择“说明”。</translation>
    </message>
    <message>
        <source>{count} replied</source>
        <translation>{count} 人回复</translation>
    </message>
    <message>
        <source>{count} unsubscribed</source>
        <translation>{count} 人退订</translation>
    </message>
    <message>
        <source>{domain} has no DMARC policy; Gmail and Yahoo require one for bulk mail. Add this TXT record for _dmarc.{domain}: {wanted}</source>
        <translation>{domain} 没有 DMARC 策略；Gmail 和 Yahoo 要求群发邮件必须有。请为 _dmarc.{domain} 添加这条 TXT 记录：{wanted}</translation>
    </message>
    <message>
        <source>{domain} has no SPF record, so receivers cannot tell that your provider may send its mail. Add this TXT record for {domain} at your domain&apos;s DNS host: {wanted}</source>
        <translation>{domain} 没有 SPF 记录，因此收件方无法判断您的服务商是否可以代发其邮件。请在域名的 DNS 服务商处为 {domain} 添加这条 TXT 记录：{wanted}</translation>
    </message>
    <message>
        <source>{domain} has {count} SPF records; receivers then ignore all of them. Merge them into one TXT record that starts with v=spf1.</source>
        <translation>{domain} 有 {count} 条 SPF 记录；这样收件方会全部忽略。请合并成一条以 v=spf1 开头的 TXT 记录。</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text except line {lines}, which was read as {encoding}; check that row in the preview, or save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} 是 UTF-8 文本，但第 {lines} 行是按 {encoding} 读取的；请在预览中检查该行，或将文件重新另存为 &quot;CSV UTF-8&quot;。</translation>
    </message>
    <message>
        <source>{file} is UTF-8 text except lines {lines}, which were read as {encoding}; check those rows in the preview, or save the file again as &quot;CSV UTF-8&quot;.</source>
        <translation>{file} 是 UTF-8 文本，但第 {lines} 行是按 {encoding} 读取的；请在预览中检查这些行，或将文件重新另存为 &quot;CSV UTF-8&quot;。</translation>
    </message>
    <message>
        <source>{lapsed} Sign in again (Accounts → Sign in, or `mailmerge account add {name} --preset ...`).</source>
        <translation>{lapsed}请重新登录（账户 → 登录，或 `mailmerge account add {name} --preset ...`）。</translation>
    </message>
    <message>
        <source>{name!r} (template line {line})</source>
        <translation>“{name}”（模板第 {line} 行）</translation>
    </message>
    <message>
        <source>{name!r} (template line {line}, the closest column is {close!r})</source>
        <translation>“{name}”（模板第 {line} 行，最接近的列是“{close}”）</translation>
    </message>
    <message>
        <source>{where}the message would be about {size_mb:.1f} MB, more than the {limit_mb:.0f} MB most mail servers accept. Attach fewer or smaller files, or share a link instead.</source>
        <translation>{where}邮件约为 {size_mb:.1f} MB，超过了大多数邮件服务器接受的 {limit_mb:.0f} MB。请减少附件、使用较小的文件，或改为分享链接。</translation>
    </message>
    <message>
        <source>{where}the name {name!r} shown in {field} looks like an address, but only {address} gets the message. Check the name column if that is not what you meant.</source>
        <translation>{where}{field}中显示的名称“{name}”看起来像地址，但只有 {address} 会收到邮件。如果这不是您的本意，请检查姓名列。</translation>
    </message>
    <message>
        <source>{where}the {column} cell holds {count} addresses ({addresses}); each of them gets the message. If only one is meant, keep only that one.</source>
        <translation>{where}{column} 单元格中有 {count} 个地址（{addresses}），每个地址都会收到邮件。如果只想发给一个，请只保留那一个。</translation>
    </message>
    <message>
        <source>{where}the {field} address {address} is on the suppression list ({why}); it is left out and the row still goes to the others.</source>
        <translation>{where}{field}地址 {address} 在禁发名单中（{why}）；它会被略去，这一行仍会发给其他收件人。</translation>
    </message>
    <message>
        <source>{where}{address} is on the suppression list ({why}), so this row will be skipped. Remove it from the list only if you know it works again.</source>
        <translation>{where}{address} 在禁发名单中（{why}），因此会跳过这一行。只有在确认该地址又能用时，才将它从名单中移除。</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>确定(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>关闭且不保存</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>不保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
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
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
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
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation>将重试</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Unknown – check</source>
        <translation>未知 – 请确认</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>收件人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>编辑字段或条件…</translation>
    </message>
    <message>
        <source>Description (alt text)…</source>
        <translation>描述（替代文字）…</translation>
    </message>
    <message>
        <source>Add a row below</source>
        <translation>在下方添加一行</translation>
    </message>
    <message>
        <source>Add a column to the right</source>
        <translation>在右侧添加一列</translation>
    </message>
    <message>
        <source>Delete this row</source>
        <translation>删除此行</translation>
    </message>
    <message>
        <source>Delete this column</source>
        <translation>删除此列</translation>
    </message>
    <message>
        <source>Put the pictures from the internet inside the message</source>
        <translation>把网上的图片放进邮件中</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列数</translation>
    </message>
    <message>
        <source>Picture description</source>
        <translation>图片描述</translation>
    </message>
    <message>
        <source>What the picture shows, for readers who cannot see it:</source>
        <translation>为看不到图片的读者描述图片内容：</translation>
    </message>
</context>
<context>
    <name>Scheduler</name>
    <message>
        <source>Save the campaign first (File → Save): a scheduled campaign is opened from its file when the time comes.</source>
        <translation>请先保存活动（文件 → 保存）：定时发送的活动到时会从文件中打开。</translation>
    </message>
    <message>
        <source>Schedule the campaign</source>
        <translation>定时发送活动</translation>
    </message>
    <message>
        <source>Send to all {n} people through “{account}” at:</source>
        <translation>通过“{account}”发给全部 {n} 人的时间：</translation>
    </message>
    <message>
        <source>That time has already passed. Choose a later one.</source>
        <translation>该时间已经过去。请选择更晚的时间。</translation>
    </message>
    <message>
        <source>Scheduled for {when}. Keep Mail Merge open until then; if it is closed, it offers the send when you start it again.</source>
        <translation>已定时于 {when}。在此之前请保持邮件合并打开；如果关闭了，下次启动时会询问是否发送。</translation>
    </message>
    <message>
        <source>Send the scheduled campaign?</source>
        <translation>发送定时的活动？</translation>
    </message>
    <message>
        <source>{file} was scheduled for {when}, while Mail Merge was closed, so it was not sent. Send it now?</source>
        <translation>{file} 定时于 {when}，当时邮件合并已关闭，因此没有发送。现在发送吗？</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>The schedule of {file} was cancelled; nothing was sent.</source>
        <translation>{file} 的定时发送已取消；没有发送任何邮件。</translation>
    </message>
</context>
<context>
    <name>SendView</name>
    <message>
        <source>Send through</source>
        <translation>发送账户</translation>
    </message>
    <message>
        <source>Test address</source>
        <translation>测试地址</translation>
    </message>
    <message>
        <source>your own address</source>
        <translation>您自己的地址</translation>
    </message>
    <message>
        <source>Send test to myself (Ctrl+Enter)</source>
        <translation>给自己发送测试邮件 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Send to everyone…</source>
        <translation>发送给所有人…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Retry not sent</source>
        <translation>重发未发送的</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>导出报告…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>定时发送…</translation>
    </message>
    <message>
        <source>Send to everyone at a later date and time</source>
        <translation>在以后的日期和时间发送给所有人</translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation>账户…</translation>
    </message>
    <message>
        <source>Open the account…</source>
        <translation>打开账户…</translation>
    </message>
    <message>
        <source>Open outbox folder</source>
        <translation>打开发件箱文件夹</translation>
    </message>
    <message>
        <source>Send through:</source>
        <translation>发送账户：</translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation>测试收件地址：</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Per second</source>
        <translation>每秒</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Not sent only</source>
        <translation>仅未发送的</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Nothing leaves this computer. Each message is saved as an .eml file in this folder:
{folder}</source>
        <translation>邮件不会离开本机。每封邮件都以 .eml 文件保存在这个文件夹中：
{folder}</translation>
    </message>
    <message>
        <source>{done} of {total}</source>
        <translation>{done} / {total}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
</context>
<context>
    <name>SendWorker</name>
    <message>
        <source>Sending stopped because of an unexpected problem: {error}

{details}</source>
        <translation>因意外问题，发送已停止：{error}

{details}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation>与电脑相同（{language}）</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Mail Merge will use the new language the next time it starts. Your campaign stays as it is.</source>
        <translation>下次启动邮件合并时将使用新语言。您的活动保持不变。</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Signature for {account}</source>
        <translation>{account} 的签名</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>“Add signature” in the Message step puts this at the end of the message.</source>
        <translation>在“邮件内容”步骤中点击“添加签名”，会把它放在邮件末尾。</translation>
    </message>
    <message>
        <source>Insert a picture</source>
        <translation>插入图片</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.gif)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.gif)</translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <source>The address does not exist (the receiving server said so).</source>
        <translation>该地址不存在（收件服务器的答复）。</translation>
    </message>
    <message>
        <source>Tencent Cloud blocks it for 14 days after mail to it was refused.</source>
        <translation>发往该地址的邮件被拒收，腾讯云将其屏蔽 14 天。</translation>
    </message>
    <message>
        <source>Blocked for a while (the provider refuses mail to it until the date shown).</source>
        <translation>暂时屏蔽（在显示的日期之前，服务商拒收发往该地址的邮件）。</translation>
    </message>
    <message>
        <source>Mail to it bounced for good (the address does not exist or refuses mail).</source>
        <translation>发往该地址的邮件被永久退回（地址不存在或拒收邮件）。</translation>
    </message>
    <message>
        <source>The person asked not to get mail.</source>
        <translation>对方已要求不再接收邮件。</translation>
    </message>
    <message>
        <source>The person marked a message as spam.</source>
        <translation>对方把邮件标记为垃圾邮件。</translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation>手动添加。</translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation>禁发名单</translation>
    </message>
    <message>
        <source>Campaigns never send to these addresses. An address that bounced (does not exist) is added by itself. Add people who asked not to get mail; remove an address only when you know it works again.</source>
        <translation>任何活动都不会发送到这些地址。退信（地址不存在）的地址会自动加入。请添加要求不再接收邮件的人；只有确认地址已恢复可用时才移除。</translation>
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
        <translation>加入时间</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止时间</translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation>禁发地址</translation>
    </message>
    <message>
        <source>someone@example.com</source>
        <translation>someone@example.com</translation>
    </message>
    <message>
        <source>Address to add</source>
        <translation>要添加的地址</translation>
    </message>
    <message>
        <source>&amp;Add as unsubscribed</source>
        <translation>添加为退订(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>移除所选(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>导入 CSV(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>导出 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>“{value}” is not an email address: {reason} Nothing was added.</source>
        <translation>“{value}”不是邮箱地址：{reason}未添加任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n address(es) from {file}.</source>
        <translation>
            <numerusform>已从 {file} 导入 %n 个地址。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped; see above.</source>
        <translation>
            <numerusform>已跳过 %n 行；见上文。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n address(es) to {file}.</source>
        <translation>
            <numerusform>已把 %n 个地址保存到 {file}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import suppression list</source>
        <translation>导入禁发名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <source>Export suppression list</source>
        <translation>导出禁发名单</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
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
        <translation>邮件合并</translation>
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
        <translation>服务器名称、端口、加密方式和发送限制请询问邮件管理员。</translation>
    </message>
    <message>
        <source>Built-in outbox (test, sends nothing)</source>
        <translation>内置发件箱（测试用，不会真正发送）</translation>
    </message>
    <message>
        <source>Daum / Kakao Mail</source>
        <translation>Daum / Kakao 邮箱</translation>
    </message>
    <message>
        <source>Every message is saved as an .eml file on this computer. Use it to try a run safely.</source>
        <translation>每封邮件都会在本机保存为 .eml 文件。可用来安全地试发。</translation>
    </message>
    <message>
        <source>Gmail (personal)</source>
        <translation>Gmail（个人）</translation>
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
        <translation>Naver 邮箱</translation>
    </message>
    <message>
        <source>Other SMTP server</source>
        <translation>其他 SMTP 服务器</translation>
    </message>
    <message>
        <source>Outlook.com / Hotmail</source>
        <translation>Outlook.com / Hotmail</translation>
    </message>
    <message>
        <source>Set an SMTP password for the sender address in the SES console. 20 mails a second, 500 a day for a new account, and at most 10 mails an hour to the same address.</source>
        <translation>请在 SES 控制台为发件地址设置 SMTP 密码。新账户每秒 20 封、每天 500 封，同一地址每小时最多 10 封。</translation>
    </message>
    <message>
        <source>Sign in with Google (OAuth2) or use an app password. Workspace allows 2,000 messages per user a day.</source>
        <translation>使用 Google 登录（OAuth2）或使用应用专用密码。Workspace 每个用户每天最多 2,000 封。</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (OAuth2). Password sign-in (SMTP AUTH basic) is switched off for existing tenants at the end of December 2026. Limits: 30 messages a minute, 10,000 recipients a day.</source>
        <translation>使用 Microsoft 登录（OAuth2）。现有租户的密码登录（SMTP AUTH 基本身份验证）将于 2026 年 12 月底关闭。限制：每分钟 30 封，每天 10,000 位收件人。</translation>
    </message>
    <message>
        <source>Sign in with Microsoft (OAuth2); Outlook.com no longer accepts plain passwords for SMTP. At most 1,000 new recipients a day (fewer on free or new accounts).</source>
        <translation>使用 Microsoft 登录（OAuth2）；Outlook.com 的 SMTP 已不再接受普通密码。每天最多 1,000 位新收件人（免费或新账户更少）。</translation>
    </message>
    <message>
        <source>Tencent Cloud SES (API)</source>
        <translation>腾讯云 SES（API）</translation>
    </message>
    <message>
        <source>Tencent Cloud SES (SMTP)</source>
        <translation>腾讯云 SES（SMTP）</translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification and create an app password, then use it here as the password. Gmail allows about 500 recipients a day; going over locks sending for up to 24 hours.</source>
        <translation>请开启两步验证并创建应用专用密码，然后在这里作为密码使用。Gmail 每天大约可发给 500 位收件人；超出后最长 24 小时无法发送。</translation>
    </message>
    <message>
        <source>Turn on IMAP/SMTP in Daum Mail settings. With Kakao 2-step verification, use the app password it issues. At most 10,000 messages a day.</source>
        <translation>请在 Daum 邮箱设置中开启 IMAP/SMTP。如果使用 Kakao 两步验证，请使用其发放的应用密码。每天最多 10,000 封。</translation>
    </message>
    <message>
        <source>Turn on POP3/SMTP in Naver Mail settings first. With 2-step verification, use an application password. Naver publishes no daily limit; send in modest batches.</source>
        <translation>请先在 Naver 邮箱设置中开启 POP3/SMTP。如果使用两步验证，请使用应用密码。Naver 没有公布每日限制；请分小批发送。</translation>
    </message>
    <message>
        <source>Use the SES SMTP user name and password (not your AWS access key). Limits shown are the sandbox ones (200 a day, 1 a second); raise them on the account once AWS gives you production access.</source>
        <translation>请使用 SES SMTP 用户名和密码（不是 AWS 访问密钥）。显示的是沙盒限制（每天 200 封，每秒 1 封）；AWS 开通正式访问后，请在账户中调高。</translation>
    </message>
    <message>
        <source>Uses a SecretId and SecretKey. New accounts can only send approved templates. 20 requests a second, 500 mails a day for a new account, at most 10 an hour to one address.</source>
        <translation>使用 SecretId 和 SecretKey。新账户只能发送已审核通过的模板。新账户每秒 20 次请求、每天 500 封，同一地址每小时最多 10 封。</translation>
    </message>
    <message>
        <source>Uses an AWS access key ID and secret access key with permissions ses:SendEmail and ses:GetAccount. Each run reads the sending rate and daily quota from your SES account; the sandbox limits shown here are used only when they cannot be read.</source>
        <translation>使用具有 ses:SendEmail 和 ses:GetAccount 权限的 AWS 访问密钥 ID 和私有访问密钥。每次发送都会从您的 SES 账户读取发送速率和每日配额；只有读取不到时才使用这里显示的沙盒限制。</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <source> (closest column: “{column}”)</source>
        <translation>（最接近的列：“{column}”）</translation>
    </message>
    <message>
        <source>Nothing has been sent for this spreadsheet yet, so there is no record at {path}.</source>
        <translation>此表格还没有发送过任何邮件，因此 {path} 没有记录。</translation>
    </message>
    <message>
        <source>Row {row} changed or moved in the spreadsheet since this send started, so it was not sent: it could be a different person now. Check the report before sending to it.</source>
        <translation>本次发送开始后，第 {row} 行在表格中被修改或移动，因此没有发送：它现在可能是另一个人。发送前请先查看报告。</translation>
    </message>
    <message>
        <source>Row {row}: the message uses the field “{field}” ({place}), but the spreadsheet has no such column. {closest}Fix the name in the message or rename the column.</source>
        <translation>第 {row} 行：邮件使用了字段“{field}”（{place}），但表格中没有这一列。{closest}请更正邮件中的名称，或重命名该列。</translation>
    </message>
    <message>
        <source>Send → Accounts…</source>
        <translation>发送 → 账户…</translation>
    </message>
    <message>
        <source>Account “{name}” is not set up for sign-in. Click {fix}, enter the sign-in client ID, save, and sign in.</source>
        <translation>账户“{name}”没有设置登录方式。请点击{fix}，填写登录客户端 ID，保存后登录。</translation>
    </message>
    <message>
        <source>Account “{name}” has no login name for its mailbox. Open it in {accounts} and fill in Login.</source>
        <translation>账户“{name}”没有邮箱登录名。请在 {accounts} 中打开它并填写登录名。</translation>
    </message>
    <message>
        <source>Account “{name}” has no mailbox server for reading replies. Open it in {accounts} and fill in Mailbox server (IMAP).</source>
        <translation>账户“{name}”没有用于读取回复的邮箱服务器。请在 {accounts} 中打开它并填写邮箱服务器（IMAP）。</translation>
    </message>
    <message>
        <source>Account “{name}” needs a server name. Click {fix} and type it under Server (ask your mail administrator).</source>
        <translation>账户“{name}”需要服务器名称。请点击{fix}，在“服务器”中填写（可询问邮件管理员）。</translation>
    </message>
    <message>
        <source>Account “{name}” needs the SecretId, the region and a verified sender address. Click {fix} and fill them in.</source>
        <translation>账户“{name}”需要 SecretId、地域和已验证的发件地址。请点击{fix}并填写。</translation>
    </message>
    <message>
        <source>Account “{name}” needs the access key ID and the region. Click {fix} and fill them in.</source>
        <translation>账户“{name}”需要访问密钥 ID 和地域。请点击{fix}并填写。</translation>
    </message>
    <message>
        <source>Account “{name}” signs in through the browser, which reading the mailbox does not support yet. Use an app password for the account instead ({accounts}).</source>
        <translation>账户“{name}”通过浏览器登录，而读取邮箱暂不支持这种方式。请改为此账户使用应用专用密码（{accounts}）。</translation>
    </message>
    <message>
        <source>Mail Merge can&apos;t tell which text encoding {file} uses. Under “Encoding”, choose the one in which the names read correctly.</source>
        <translation>邮件合并无法判断 {file} 使用的文字编码。请在“编码”中选择能正确显示姓名的那一种。</translation>
    </message>
    <message>
        <source>No password is saved for “{name}”. Click {fix}, type the password and save.</source>
        <translation>“{name}”没有保存密码。请点击{fix}，输入密码并保存。</translation>
    </message>
    <message>
        <source>Row {row} changed in the spreadsheet since this send started, so it was not sent: it could be a different person now. Check the report before sending to it.</source>
        <translation>本次发送开始后，第 {row} 行在表格中被修改，因此没有发送：它现在可能是另一个人。发送前请先查看报告。</translation>
    </message>
    <message>
        <source>Row {row} is no longer in the spreadsheet (it now has {count} rows), so it was not sent. Check the report before sending again.</source>
        <translation>第 {row} 行已不在表格中（现在共 {count} 行），因此没有发送。重新发送前请先查看报告。</translation>
    </message>
    <message>
        <source>Row {row} was to be sent at {when}, more than {minutes} minutes ago, so it was not sent late. If it should still go, empty its send-at cell and send it again.</source>
        <translation>第 {row} 行原定于 {when} 发送，已过去 {minutes} 分钟以上，因此不再延迟发送。如果仍需发送，请清空它的发送时间单元格，然后重新发送。</translation>
    </message>
    <message>
        <source>Sending stopped: the server asked to slow down {times} times in a row without accepting a message (its answer: {raw}). The rest stay waiting: press “Send to everyone” later.</source>
        <translation>发送已停止：服务器连续 {times} 次要求放慢速度，且没有接收任何邮件（答复：{raw}）。其余的保持等待：请稍后按“发送给所有人”。</translation>
    </message>
    <message>
        <source>Sending stopped: the server could not be reached in {attempts} tries in a row.{answer} Check the server name, the port and the internet connection. The rest stay waiting: press “Send to everyone” once the server answers again.</source>
        <translation>发送已停止：连续 {attempts} 次尝试都无法连接服务器。{answer} 请检查服务器名称、端口和网络连接。其余的保持等待：服务器恢复后请按“发送给所有人”。</translation>
    </message>
    <message>
        <source>Sending stopped: the server would not take messages in {attempts} tries in a row. {reason}{answer} The rest stay waiting: press “Send to everyone” later.</source>
        <translation>发送已停止：连续 {attempts} 次尝试，服务器都不接收邮件。{reason}{answer} 其余的保持等待：请稍后按“发送给所有人”。</translation>
    </message>
    <message>
        <source>Sending was cancelled. Messages already on their way were finished; the rest stay waiting: press “Send to everyone” to send to them. Nobody gets a message twice.</source>
        <translation>发送已取消。正在发送的邮件已发完；其余的保持等待：按“发送给所有人”即可发送。不会有人收到两次。</translation>
    </message>
    <message>
        <source>Several accounts are saved. Choose one under “Send through”.</source>
        <translation>保存了多个账户。请在“发送账户”中选择一个。</translation>
    </message>
    <message>
        <source>The app stopped while this message was being sent, so it may or may not have arrived. Check with the recipient, then use “Retry not sent” if it needs sending again.</source>
        <translation>发送这封邮件时软件中途停止，不确定是否送达。请向收件人确认，如需重发，请使用“重发未发送的”。</translation>
    </message>
    <message>
        <source>The closest column is “{column}”. </source>
        <translation>最接近的列是“{column}”。</translation>
    </message>
    <message>
        <source>The disk holding the send record {path} is full, so sending stopped. Free some space, then press “Send to everyone” to go on: rows that were being sent at that moment are listed as unknown.</source>
        <translation>存放发送记录 {path} 的磁盘已满，发送已停止。请释放一些空间，然后按“发送给所有人”继续：当时正在发送的行会列为“未知”。</translation>
    </message>
    <message>
        <source>The message uses the Unsubscribe link, but no unsubscribe address or link is set, so it would be empty. Set one for the account in {accounts}, or type one under Unsubscribe in the Message step.</source>
        <translation>邮件使用了退订链接，但没有设置退订地址或链接，链接会是空的。请在 {accounts} 中为账户设置，或在“邮件内容”步骤的“退订”中填写。</translation>
    </message>
    <message>
        <source>The message uses the field {item}, but the spreadsheet has no such column. Fix the name in the message or rename the column.</source>
        <translation>邮件使用了字段 {item}，但表格中没有这一列。请更正邮件中的名称，或重命名该列。</translation>
    </message>
    <message>
        <source>The message uses {n} fields the spreadsheet has no column for: {items}. Fix the names in the message or rename the columns.</source>
        <translation>邮件使用了 {n} 个表格中没有对应列的字段：{items}。请更正邮件中的名称，或重命名这些列。</translation>
    </message>
    <message>
        <source>The send record {path} belongs to a different spreadsheet or message. Open the spreadsheet and message it was made for.</source>
        <translation>发送记录 {path} 属于另一个表格或邮件。请打开与它对应的表格和邮件。</translation>
    </message>
    <message>
        <source>The send record {path} is damaged ({error}). Keep it for reference and check its report before sending again.</source>
        <translation>发送记录 {path} 已损坏（{error}）。请保留它以供参考，重发前请先查看其报告。</translation>
    </message>
    <message>
        <source>The server refuses to pass mail on to other addresses (relay access denied), so no row can be sent through it. It probably needs a login (a saved account with its user name and password), or this is not your provider&apos;s sending server. Server&apos;s answer: {text}</source>
        <translation>服务器拒绝把邮件转发到其他地址（拒绝中继），因此无法通过它发送任何行。它可能需要登录（保存了用户名和密码的账户），或者这不是您的服务商的发信服务器。服务器的回复：{text}</translation>
    </message>
    <message>
        <source>There is a mistake on {place}: {reason}. The line is: “{text}”. Check that every {{{{ has a matching }}}} and every {{% if %}} an {{% endif %}}.</source>
        <translation>{place}有错误：{reason}。该行内容：“{text}”。请检查每个 {{{{ 都有对应的 }}}}，每个 {{% if %}} 都有对应的 {{% endif %}}。</translation>
    </message>
    <message>
        <source>There is no provider called “{key}”. Choose one of the providers listed in {accounts}.</source>
        <translation>没有名为“{key}”的服务商。请从 {accounts} 中列出的服务商里选择。</translation>
    </message>
    <message>
        <source>There is no saved account called “{name}”. Choose another one under “Send through”, or add it in {accounts}.</source>
        <translation>没有名为“{name}”的已保存账户。请在“发送账户”中选择其他账户，或在 {accounts} 中添加。</translation>
    </message>
    <message>
        <source>This campaign goes to {count} people but offers no way to unsubscribe. Gmail and Yahoo expect bulk mail to have one and may file it as spam: set an unsubscribe address for the account in {accounts}, or type “none” under Unsubscribe in the Message step for mail people cannot opt out of.</source>
        <translation>此活动将发给 {count} 人，但没有退订方式。Gmail 和 Yahoo 要求群发邮件提供退订方式，否则可能归为垃圾邮件：请在 {accounts} 中为账户设置退订地址；如果是不能退订的邮件，请在“邮件内容”步骤的“退订”中填写“none”。</translation>
    </message>
    <message>
        <source>line {line} of the message</source>
        <translation>邮件第 {line} 行</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>邮件</translation>
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
        <translation>“打开账户…”</translation>
    </message>
    <message>
        <source>“{field}” on {place}</source>
        <translation>{place}中的“{field}”</translation>
    </message>
    <message>
        <source>{lapsed} Click “Sign in” in {accounts} to sign in again.</source>
        <translation>{lapsed}请在 {accounts} 中点击“登录”重新登录。</translation>
    </message>
</context>
</TS>
