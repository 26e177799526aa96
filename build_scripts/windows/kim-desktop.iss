; Inno Setup (6.3 or newer) script of the Windows installer: dist\kim-desktop\ (from
; build_scripts\build.py) into Program Files, a start-menu entry, and optionally the district's
; preset configuration. Saved as UTF-8 with a BOM, so that the umlauts below survive any compiler.
;
; Written for .github\workflows\windows-installer.yml; NEVER BUILT OR RUN on the Linux machine
; this project is developed on (see README, "What was tested where").
;
;   iscc build_scripts\windows\kim-desktop.iss
;   dist\kim-desktop\kim-desktop.exe config check C:\it\deployment.toml
;   iscc /DDeploymentFile=C:\it\deployment.toml build_scripts\windows\kim-desktop.iss
;
; The preset compiled in is not checked here: check it with the bundle first (second line above),
; as the workflow does. The result, dist\kim-desktop-<version>-setup.exe, installs silently like
; every Inno Setup installer:  kim-desktop-<version>-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; and takes a preset at install time as well:  ... /DEPLOYMENT=\\server\it\deployment.toml
; Uninstall silently:  "C:\Program Files\KIM Desktop\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

; ArchitecturesAllowed=x64compatible (below) came with Inno Setup 6.3.
#if VER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or newer is needed
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\kim-desktop"
#endif
; The version has one home, pyproject.toml: build.py writes it into the bundle's VERSION file.
#define VersionFile BundleDir + "\_internal\kim_desktop\VERSION"
#if !FileExists(VersionFile)
  #error No bundle with a VERSION file: run build_scripts\build.py first (or pass an absolute /DBundleDir=)
#endif
#define VersionHandle FileOpen(VersionFile)
#define AppVersion Trim(FileRead(VersionHandle))
#expr FileClose(VersionHandle)
#if AppVersion == ""
  #error The bundle's VERSION file is empty
#endif

[Setup]
; The AppId never changes: a newer installer recognises the installed version and upgrades it in
; place (same folder, same uninstall entry).
AppId={{0C761409-7DAE-4121-8F98-5BC300B5B990}
AppName=KIM Desktop
AppVersion={#AppVersion}
AppVerName=KIM Desktop {#AppVersion}
AppPublisher=Kommunales Integrationsmanagement
DefaultDirName={autopf}\KIM Desktop
DefaultGroupName=KIM Desktop
DisableProgramGroupPage=yes
; Machine-wide: Program Files and the preset in ProgramData need administrator rights.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=kim-desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\kim-desktop-gui.exe
UninstallDisplayName=KIM Desktop
; A running KIM Desktop holds its files open: ask it to close (silent installs close it).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "german"; MessagesFile: "compiler:Languages\German.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
german.AppComment=Fallverwaltung für das Kommunale Integrationsmanagement
english.AppComment=Case management for the Kommunales Integrationsmanagement
german.PresetInvalid=Die Einsatzkonfiguration %1 ist ungültig und wurde nicht installiert:%n%2
english.PresetInvalid=The deployment configuration %1 is invalid and was not installed:%n%2
german.PresetMissing=Die Einsatzkonfiguration %1 wurde nicht gefunden.
english.PresetMissing=The deployment configuration %1 was not found.

[InstallDelete]
; An upgrade replaces the whole bundle: libraries of the old version must not linger beside the new.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
#ifdef DeploymentFile
; The preset compiled in (= platformdirs.site_config_dir("kim-desktop", appauthor=False) on Windows,
; C:\ProgramData\kim-desktop). A newer installer replaces it: IT owns this file. It stays on
; uninstall, like a Debian conffile on `remove`.
Source: "{#DeploymentFile}"; DestDir: "{commonappdata}\kim-desktop"; DestName: "deployment.toml"; \
  Flags: ignoreversion uninsneveruninstall
#endif

[Icons]
Name: "{autoprograms}\KIM Desktop"; Filename: "{app}\kim-desktop-gui.exe"; WorkingDir: "{app}"; \
  Comment: "{cm:AppComment}"

[Run]
Filename: "{app}\kim-desktop-gui.exe"; Description: "{cm:LaunchProgram,KIM Desktop}"; \
  Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: uninstalling removes {app} only. The users' vaults, backups, settings and
; logs live in each user's %LOCALAPPDATA%\kim-desktop (platformdirs.user_data_dir); they are the
; case files themselves and must survive an uninstall or a reinstall. The preset stays as well.

[Code]
var
  PresetError: Boolean;

function PresetParameter(): String;
begin
  Result := ExpandConstant('{param:DEPLOYMENT|}');
end;

function InitializeSetup(): Boolean;
begin
  Result := True;
  PresetError := False;
  if (PresetParameter() <> '') and not FileExists(PresetParameter()) then
  begin
    SuppressibleMsgBox(FmtMessage(CustomMessage('PresetMissing'), [PresetParameter()]), mbCriticalError, MB_OK, IDOK);
    Result := False;  { setup ends with exit code 1 before anything is installed }
  end;
end;

{ /DEPLOYMENT=FILE: checked by the program just installed (`kim-desktop.exe config check FILE`),
  then copied to ProgramData. An invalid file is not installed and setup ends with exit code 1. }
procedure InstallPresetParameter();
var
  Code: Integer;
  Target, Log: String;
  Output: AnsiString;
begin
  Log := ExpandConstant('{tmp}\config-check.txt');
  if not Exec(ExpandConstant('{cmd}'), '/C ""' + ExpandConstant('{app}\kim-desktop.exe') + '" config check "'
              + PresetParameter() + '" > "' + Log + '" 2>&1"', '', SW_HIDE, ewWaitUntilTerminated, Code)
     or (Code <> 0) then
  begin
    if not LoadStringFromFile(Log, Output) then
      Output := '';
    SuppressibleMsgBox(FmtMessage(CustomMessage('PresetInvalid'), [PresetParameter(), String(Output)]),
                       mbCriticalError, MB_OK, IDOK);
    PresetError := True;
    exit;
  end;
  Target := ExpandConstant('{commonappdata}\kim-desktop');
  ForceDirectories(Target);
  if not FileCopy(PresetParameter(), Target + '\deployment.toml', False) then
    PresetError := True;
end;

procedure CurStepChanged(CurStep: TSetupStep);
begin
  if (CurStep = ssPostInstall) and (PresetParameter() <> '') then
    InstallPresetParameter();
end;

function GetCustomSetupExitCode(): Integer;
begin
  if PresetError then
    Result := 1
  else
    Result := 0;
end;
