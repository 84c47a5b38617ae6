<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Mail Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Mail Merge {version}&lt;/h2&gt;&lt;p&gt;Send one message to everyone on a spreadsheet, each copy personalised, safely.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Merge is built with these libraries, each under its own licence:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountEditor</name>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTTLS (usually port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS from the start (usually port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office &lt;office@example.com&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth client ID your administrator registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google only: the client secret that came with the ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown once saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{notes}
Limits: {limits}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access key ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SecretKey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App password (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the system keyring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in the system keyring (type a new one to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None saved yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>{n} a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} an hour per domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} an hour to one address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved for “{name}”. Click Edit…, type the password and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with {provider}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {account}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click “Sign in with {provider}” to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the account “{name}” and the password saved for it in the system keyring? Campaigns already sent keep their journals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{name}” and its saved password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account cannot send yet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account works; read the warnings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” has no sign-in client ID yet. Click Edit…, enter the client ID your administrator registered for Mail Merge, save, and sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: “{name}” can send now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>&amp;Check all rows (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a line (or press Enter) to go to the row it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s) must be fixed before sending.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready to send. Have a look at the warnings below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row is ready to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The check could not run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>Email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spreadsheet open. Drop one here or use File → Open (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which column holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln contact(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(not used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column looks like email addresses. Choose the email column under “Which column holds…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the column that holds the email addresses.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Mail Merge ran into a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Mail Merge. Your campaign and the send journal are safe: nobody will get a message twice. Please copy this report and send it to whoever supports the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to fix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Past campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with unknown outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open this spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past campaigns on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that may or may not have arrived (the app stopped while sending):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent from this computer yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every row of this campaign has a known outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} – {address}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask these people whether the message arrived. To send it again, open the spreadsheet and use “Retry not sent” in the Send step.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1  Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2  Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3  Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4  Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5  Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save campaign &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;sample campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check all rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;test to myself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to &amp;everyone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a contact spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has column names but no rows under them. Add the people to send to, save the file and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The spreadsheet could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the template {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns (*%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign could not be saved: {error}. Choose another folder with Save as.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in outbox (nothing leaves this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending is still under way. Wait for it to finish or stop it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your own address under “Test to” first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending a test of row {row} to {address}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test sent. Check your inbox before sending to everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was not sent: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to everyone?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln message(s) through “{account}”?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Send %Ln message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was sent; there is nothing to retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also resend the unknown ones?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For %Ln row(s) the app stopped while sending, so the message may have arrived. Send again anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Send again to %Ln row(s), through “{account}”?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Retry %Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write to {folder} ({error}), so nothing was sent. Free some disk space or check the folder&apos;s permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending through {account}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after the messages already on their way…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused. Messages already on their way finish; press Resume to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been sent yet, so there is no report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for sending to finish, then export the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Report of %Ln row(s) saved to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Continue the unfinished send?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending to {file} did not finish: {sent} sent, {waiting} still waiting. Open it to continue? Nobody who already has the message gets it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press “Send to everyone” to continue with the {n} waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sending?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages are still being sent. Stop after the ones on their way? The rest stay waiting and can be sent later; nobody gets a message twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to this campaign before closing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Mail Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageView</name>
    <message>
        <source>Body format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bcc:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;ply to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the email column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Insert field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a spreadsheet column where the cursor was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One file per line; fields allowed, e.g. invoices/{{ id }}.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a spreadsheet to list its columns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewView</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous row (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next row (Alt+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bcc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Formatted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <source>--connections must be between 1 and 16, not {n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate {rate!r} is not a rate. Write messages per second, e.g. 10/s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows only works together with --retry-failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rows {rows!r} is not a list of data rows. Write it like 3,7-9 (rows count from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server {server!r} is not a server address. Write it as smtp://HOST:PORT, e.g. smtp://mail.example.com:587.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--user {user} needs a password: put it in the MAILMERGE_PASSWORD environment variable, or save an account (mailmerge account add) so it is kept in the system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {name!r} in {path} is incomplete ({detail}). Remove it with `mailmerge account remove {name}` and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {name!r} is not set up for sign-in. Add it again with `mailmerge account add`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {name!r} needs a server name. Add --host smtp.example.com (ask your mail administrator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {name!r} needs the AWS access key ID (--user) and the region (--region). Add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account {name!r} needs the SecretId (--user), the region (--region) and a verified sender address (--from). Add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An earlier run of this campaign is recorded in {path}. Add --resume to continue it (rows already sent are never sent again), or choose a new journal file with --journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a report as {name}: name the file .xlsx or .csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write events to {path}: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report {path}: {error}. Close it if it is open in Excel, or choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write {file} ({reason}). Choose another folder or file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections must be between 1 and {max}; {value} was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach the sign-in server {host} ({reason}). Check the internet connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the Amazon SES sending limits: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every sheet in {file} is empty; add a header row and your contacts, save, and open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column holds the email addresses (the columns are: {columns}); name the column with the addresses &quot;email&quot; and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password is saved for account {name!r}. Save it with `mailmerge account add {name} --preset {preset} --password-stdin` and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure password store is available (found: {backend}), so the password could not be {action}. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure password store is available, so the password could not be {action}. {hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sending {count} messages without confirmation: add --yes to send from a script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port {port} is not a valid port. Use a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} does not exist in {file}: it has rows 1 to {count}; choose a row in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} has the same recipient {address} as row {first_row}, so this person would get the message twice. Remove one of the rows if once is enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} of {where} is empty, so it can&apos;t hold the column names; choose the row that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} cannot be read ({reason}). Close it in any program that has it open and check you may read it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the attachment {file} does not exist. Put the file there or correct its name in the spreadsheet or template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the message would be about {size_mb:.1f} MB, more than the {limit_mb:.0f} MB most mail servers accept. Attach fewer or smaller files, or share a link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the template could not be filled in: {reason}. Check the fields and filters the template uses with this row&apos;s values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: the template uses the field {field!r} (template line {line}), but the spreadsheet has no such column. {hint} Fix the name in the template or rename the column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several accounts are saved ({names}). Choose one with --account NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was not finished within {minutes} minutes. Start it again and complete it in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was refused or cancelled ({error}). Start it again and allow Mail Merge to send mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to {preset} needs an app registration. Pass --oauth-client-id (or set {env}) to your OAuth client ID, or use an app password with --password-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud SES does not work in region &apos;{region}&apos;. Choose one of: {regions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Tencent Cloud SecretId must start with &apos;AKID&apos; and be 36 letters and digits long. Copy it again from the API key page of the Tencent Cloud console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account list {path} cannot be read ({reason}). Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account list {path} is damaged and cannot be read. Move it away and add your accounts again (saved passwords stay in the system keyring).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk holding the journal {path} is full, so sending stopped. Free some space, then run the same command with --resume: rows that were being sent at that moment will be listed as unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal {path} belongs to a different spreadsheet or template. Choose another journal file (--journal) or open the spreadsheet and template this journal was made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal {path} cannot be opened ({error}). Check the folder exists and you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal {path} is damaged or is not a Mail Merge journal ({error}). Keep it for reference and start with a new journal file (--journal); check the old one&apos;s report before sending again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox cannot listen on {host} port {port} ({why}). Choose another port, or leave the port out to use any free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox folder {folder} cannot be created ({why}). Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox folder {folder} is not writable. Choose a folder you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is empty. Type or paste it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in --server {server!r} is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server on port {port} does not offer STARTTLS, so the connection cannot be secured. If the port is 465, choose TLS; otherwise ask your provider for the right port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server {host} does not offer OAuth (XOAUTH2) login. Use a password or app password for this account instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet &quot;{sheet}&quot; in {file} is empty; choose the sheet that holds your contacts ({sheets}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in answer did not belong to this sign-in. Start the sign-in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in for account {name!r} {why}. Sign in again (Accounts → Sign in, or `mailmerge account add {name} --preset ...`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server did not allow Mail Merge to stay signed in. Sign in again and accept all requested permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP {status}, {error}). Try signing in again; if it keeps failing, check the account&apos;s app registration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer had no access token. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The suppression list {path} cannot be opened ({error}). Check the folder is writable, or move the damaged file away so a new list is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system password store is locked, so the password could not be {action}. Unlock it (for example by logging in to the desktop, or in &apos;Passwords and Keys&apos;) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system password store refused the request, so the password could not be {action} ({kind}). Make sure it is unlocked and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template ID must be the number the Tencent Cloud SES console shows for an approved template, not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template {file} cannot be read ({reason}). Check the file and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template {file} does not exist. Check the file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template {file} has the extension {suffix!r}; name it .md (Markdown), .html or .txt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template {file} is not UTF-8 text. Save it as UTF-8 and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text encoding of {file} could not be recognised; open it in a spreadsheet program and save it as &quot;CSV UTF-8&quot; (or .xlsx), then open that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trigger type must be 0 (bulk mail) or 1 (triggered mail such as codes), not {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unsubscribe option must be a number from 0 (no link) to 12, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {preset} preset signs in with a password, not with OAuth, so --oauth-client-id and --oauth-client-secret do not apply. Presets that sign in: {presets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no data row {row}: {file} has data rows 1 to {count} (row 1 is the first row under the column names). Choose a row in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no journal at {path}. `mailmerge send` makes one next to the spreadsheet (&lt;spreadsheet name&gt;.journal.sqlite) unless --journal says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no provider preset called {key!r}. Choose one of: {keys} (see `mailmerge account presets`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved account called {name!r}. Saved accounts: {names}. Add one with `mailmerge account add NAME --preset PRESET`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use either --server or --account, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{endpoint!r} is not an API address. Write it like https://host or http://127.0.0.1:8080, or leave it out to use the provider&apos;s own address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be opened ({reason}); close it in other programs, check you may read it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} could not be split into columns ({reason}); open it in a spreadsheet program, save it as .xlsx or .csv, and open that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} has no sheet named &quot;{sheet}&quot;; choose one of its sheets: {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a folder; choose the contact list file inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a web page saved with a spreadsheet name; open it in Excel or LibreOffice, save it as .xlsx or .csv, and open that file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged or incomplete and could not be read; open it in Excel or LibreOffice, save a new copy, and open that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is empty; open the file that holds your contacts, or add a header row and contacts to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is not a file type Mail Merge can read; save your contact list as {supported} and open that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is protected with a password; open it in Excel or LibreOffice, remove the password (or save a copy without one), and open that copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is {what}, not a spreadsheet, even though its name ends in {suffix}; open your contact list in Excel or LibreOffice and save it as {supported}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} was not found; check that the file still exists in {folder} and choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {line}: the header {name}: appears twice. Keep one (separate several addresses with ;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {line}: the template has a mistake: {reason}. The line is: {text!r}. Check that every {{{{ has a matching }}}} and every {{% if %}} an {{% endif %}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}, line {line}: {text!r} is not a header this app knows (From, To, Cc, Bcc, Reply-To, Subject, Attachment).{hint} End the header lines with one blank line before the body; if the body has no header lines, start the file with a blank line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{flag} must be 1 or more, not {n}: it counts messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} has no region {region!r}. Choose one of: {regions}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name!r} cannot be used as an account name. Use 1 to 64 letters, digits, spaces or punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} must be a whole number such as 12345, not {value!r}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{option} only applies to {kinds} accounts, and {preset!r} is not one. Leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not an Amazon SES configuration set name: use 1 to 64 letters, digits, &apos;-&apos; or &apos;_&apos;, exactly as the SES console shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value!r} is not an email address ({reason}). Check the spelling and try again; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} has column names on row {row} but no contacts under them; add your contacts below that row (or choose the right header row) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}The attachment {file} does not exist. Put the file there or correct its name in the spreadsheet or template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}The attachments add up to {size_mb:.1f} MB; {provider} accepts at most {limit_mb:.0f} MB in total per message. Send large files as a link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}The message has {count} attachments; {provider} accepts at most {limit} per message. Put the files in a zip archive or share a link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}The subject is empty; many people and spam filters ignore messages without one. Add a Subject: line to the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}{field} address {value!r} is not valid: {reason} Correct it in the spreadsheet or template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}{field} contains a line break, which a header line cannot hold. Remove the line break from the cell or template (separate several addresses with ; instead).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}{field} is empty. Fill in an address in the spreadsheet or template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where}{field} must hold exactly one address but holds {count}: {value!r}. Keep only one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown – check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendView</name>
    <message>
        <source>Send through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your own address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send test to myself (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to everyone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send through:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendWorker</name>
    <message>
        <source>Sending stopped because of an unexpected problem: {error}

{details}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the computer ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail Merge will use the new language the next time it starts. Your campaign stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuppressionDialog</name>
    <message>
        <source>The address does not exist (the receiving server said so).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tencent Cloud blocks it for 14 days after mail to it was refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person asked not to get mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns never send to these addresses. An address that bounced (does not exist) is added by itself. Add people who asked not to get mail; remove an address only when you know it works again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add as unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not an email address: {reason} Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for good</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Mail Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>presets</name>
    <message>
        <source>Ask your mail administrator for the server name, port, security and sending limits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every message is saved as an .eml file on this computer. Use it to try a run safely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set an SMTP password for the sender address in the SES console. 20 mails a second, 500 a day for a new account, and at most 10 mails an hour to the same address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Google (OAuth2) or use an app password. Workspace allows 2,000 messages per user a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Microsoft (OAuth2). Password sign-in (SMTP AUTH basic) is switched off for existing tenants at the end of December 2026. Limits: 30 messages a minute, 10,000 recipients a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Microsoft (OAuth2); Outlook.com no longer accepts plain passwords for SMTP. At most 1,000 new recipients a day (fewer on free or new accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on 2-Step Verification and create an app password, then use it here as the password. Gmail allows about 500 recipients a day; going over locks sending for up to 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on IMAP/SMTP in Daum Mail settings. With Kakao 2-step verification, use the app password it issues. At most 10,000 messages a day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on POP3/SMTP in Naver Mail settings first. With 2-step verification, use an application password. Naver publishes no daily limit; send in modest batches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the SES SMTP user name and password (not your AWS access key). Limits shown are the sandbox ones (200 a day, 1 a second); raise them on the account once AWS gives you production access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses a SecretId and SecretKey. New accounts can only send approved templates. 20 requests a second, 500 mails a day for a new account, at most 10 an hour to one address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uses an AWS access key ID and secret access key with permissions ses:SendEmail and ses:GetAccount. Each run reads the sending rate and daily quota from your SES account; the sandbox limits shown here are used only when they cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
