; Inno Setup 6 script: a per-user installer for the PyInstaller bundle (no admin rights).
;
;   pyinstaller --noconfirm --workpath build\pyinstaller --distpath dist packaging\caseapp.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\caseapp.iss
;
; Run from the repository root; AppVersion must be [project] version in pyproject.toml
; (packaging\README.md shows how to read it). Output: dist\caseapp-<version>-setup.exe.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=x.y.z packaging\windows\caseapp.iss
#endif

[Setup]
; never change AppId: it ties updates and uninstall to earlier installs
AppId={{6C1F3B8E-2D4A-4E7B-9A55-CA5EA99D0C01}
AppName=caseapp
AppVersion={#AppVersion}
AppVerName=caseapp {#AppVersion}
AppPublisher=caseapp
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\caseapp
DefaultGroupName=caseapp
DisableProgramGroupPage=yes
DisableDirPage=yes
UsePreviousAppDir=yes
OutputDir=..\..\dist
OutputBaseFilename=caseapp-{#AppVersion}-setup
SetupIconFile=..\icons\caseapp.ico
UninstallDisplayIcon={app}\caseapp.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; the whole one-folder bundle; old files of an earlier version are removed first
Source: "..\..\dist\caseapp\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\caseapp"; Filename: "{app}\caseapp.exe"; Comment: "Sagsstamme, ugeplan og statusbeskrivelser"
Name: "{autodesktop}\caseapp"; Filename: "{app}\caseapp.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\caseapp.exe"; Description: "{cm:LaunchProgram,caseapp}"; Flags: nowait postinstall skipifsilent

; The user's encrypted database and settings live under %LOCALAPPDATA%\caseapp (platformdirs)
; and are deliberately not removed on uninstall.
