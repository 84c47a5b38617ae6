; Inno Setup script: Setup.exe for Windows from the PyInstaller bundle in dist\MailMerge.
;   iscc /DAppVersion=0.1.0 packaging\windows\mailmerge.iss     (packaging\README.md; CI passes the version)
; Per-user install by default (no administrator needed), Start-menu entry, optional desktop icon,
; .mailmerge.json files open in the app, and an uninstaller in "Apps & features".
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
AppId={{8C4E9C2B-5E1A-4F57-9B53-3F0C6A2D7E11}
AppName=Mail Merge
AppVersion={#AppVersion}
AppPublisher=Mail Merge team
DefaultDirName={autopf}\Mail Merge
DefaultGroupName=Mail Merge
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
OutputDir=..\..\dist
OutputBaseFilename=MailMerge-{#AppVersion}-Setup
SetupIconFile=..\..\resources\icons\app\mailmerge.ico
UninstallDisplayIcon={app}\mailmerge-app.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\MailMerge\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Mail Merge"; Filename: "{app}\mailmerge-app.exe"
Name: "{group}\{cm:UninstallProgram,Mail Merge}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Mail Merge"; Filename: "{app}\mailmerge-app.exe"; Tasks: desktopicon

[Registry]
; Windows goes by the last extension only, so claiming ".json" would take over every JSON file: the campaign
; type is registered for .json under "Open with" (pick it once with "Always" to double-click campaigns open).
Root: HKA; Subkey: "Software\Classes\MailMerge.Campaign"; ValueType: string; ValueData: "Mail Merge campaign"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\MailMerge.Campaign\DefaultIcon"; ValueType: string; ValueData: "{app}\mailmerge-app.exe,0"
Root: HKA; Subkey: "Software\Classes\MailMerge.Campaign\shell\open\command"; ValueType: string; ValueData: """{app}\mailmerge-app.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\.json\OpenWithProgids"; ValueType: string; ValueName: "MailMerge.Campaign"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Applications\mailmerge-app.exe\SupportedTypes"; ValueType: string; ValueName: ".json"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\mailmerge-app.exe"; Description: "{cm:LaunchProgram,Mail Merge}"; Flags: nowait postinstall skipifsilent
