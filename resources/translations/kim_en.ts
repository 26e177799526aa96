<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../kim_desktop/ui/app.py" line="155"/>
        <source>Automatische Sicherung angelegt.</source>
        <translation>Automatic backup created.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/app.py" line="218"/>
        <source>KIM Desktop</source>
        <translation>KIM Desktop</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/app.py" line="219"/>
        <source>KIM Desktop wurde beim letzten Mal unerwartet beendet. Ihre gespeicherten Daten sind nicht betroffen; die technischen Angaben stehen im Protokoll.</source>
        <translation>KIM Desktop ended unexpectedly last time. Your saved data is not affected; the technical details are in the log.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="22"/>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="83"/>
        <source>Passwort ändern</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="26"/>
        <source>Die Datei wird dabei mit einem neuen Schlüssel neu verschlüsselt: danach öffnet nur noch das neue Passwort sie.</source>
        <translation>The file is re-encrypted with a new key: afterwards only the new password opens it.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="35"/>
        <source>Passwort &amp;ändern</source>
        <translation>C&amp;hange password</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="43"/>
        <source>&amp;Bisheriges Passwort:</source>
        <translation>Current &amp;password:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="59"/>
        <source>Bitte warten …</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="84"/>
        <source>Das Passwort wurde geändert. Sicherungen von vorher öffnen sich weiter mit dem alten Passwort.</source>
        <translation>The password has been changed. Backups made before the change still open with the old password.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../kim_desktop/ui/crash.py" line="71"/>
        <source>KIM Desktop – Programmfehler</source>
        <translation>KIM Desktop – Program error</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/crash.py" line="72"/>
        <source>Ein Programmfehler ist aufgetreten. Ihre gespeicherten Daten sind nicht betroffen.
Die Einzelheiten (ohne persönliche Daten) können Sie kopieren und an die IT senden.</source>
        <translation>A program error has occurred. Your saved data is not affected.
You can copy the details (they contain no personal data) and send them to IT.</translation>
    </message>
</context>
<context>
    <name>FirstStartWizard</name>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="179"/>
        <source>KIM Desktop – Datendatei anlegen</source>
        <translation>KIM Desktop – Create vault</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="213"/>
        <source>Datendatei wird angelegt …</source>
        <translation>Creating the vault…</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="138"/>
        <source>Speicherort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="139"/>
        <source>Neben der Datendatei liegt ihre Schlüsseldatei (.keys). Beide gehören zusammen, auch in Sicherungen.</source>
        <translation>The vault&apos;s key file (.keys) is stored next to it. The two belong together, in backups too.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="143"/>
        <source>&amp;Anlegen</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="152"/>
        <source>&amp;Datendatei:</source>
        <translation>&amp;Vault:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="165"/>
        <source>Dort liegt bereits eine Datei; sie wird nicht überschrieben.</source>
        <translation>A file already exists there; it will not be overwritten.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="27"/>
        <source>KIM Desktop</source>
        <translation>KIM Desktop</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="92"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="93"/>
        <source>&amp;Sperren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="94"/>
        <source>Passwort &amp;ändern …</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="96"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="97"/>
        <source>&amp;Extras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="98"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="99"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="100"/>
        <source>Ü&amp;ber KIM Desktop</source>
        <translation>&amp;About KIM Desktop</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="127"/>
        <source>Über KIM Desktop</source>
        <translation>About KIM Desktop</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="128"/>
        <source>&lt;h3&gt;KIM Desktop %1&lt;/h3&gt;&lt;p&gt;Fallarbeit im Kommunalen Integrationsmanagement: verschlüsselt, offline, Abgleich per Exportdatei.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 (SQLCipher) · %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KIM Desktop %1&lt;/h3&gt;&lt;p&gt;Case work in municipal integration management (Kommunales Integrationsmanagement): encrypted, offline, synchronised by export files.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 (SQLCipher) · %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="147"/>
        <source>Nicht gespeichert</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="148"/>
        <source>Es gibt nicht gespeicherte Eingaben. Trotzdem beenden?</source>
        <translation>There are unsaved entries. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../kim_desktop/ui/sections.py" line="16"/>
        <source>Start</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/sections.py" line="17"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <location filename="../../kim_desktop/ui/widgets/new_password.py" line="31"/>
        <source>&amp;Neues Passwort:</source>
        <translation>New pass&amp;word:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/new_password.py" line="32"/>
        <source>Wie&amp;derholen:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/new_password.py" line="33"/>
        <source>Stärke:</source>
        <translation>Strength:</translation>
    </message>
</context>
<context>
    <name>Password</name>
    <message>
        <location filename="../../kim_desktop/domain/password_policy.py" line="24"/>
        <source>zu kurz (mindestens 10 Zeichen)</source>
        <translation>too short (at least 10 characters)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/password_policy.py" line="25"/>
        <source>schwach</source>
        <translation>weak</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/password_policy.py" line="26"/>
        <source>mittel</source>
        <translation>fair</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/password_policy.py" line="27"/>
        <source>gut</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/password_policy.py" line="28"/>
        <source>stark</source>
        <translation>strong</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/password_policy.py" line="31"/>
        <source>Das Passwort muss mindestens 10 Zeichen lang sein.</source>
        <translation>The password must be at least 10 characters long.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/password_policy.py" line="32"/>
        <source>Die beiden Passwörter stimmen nicht überein.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <location filename="../../kim_desktop/ui/widgets/password_field.py" line="46"/>
        <location filename="../../kim_desktop/ui/widgets/password_field.py" line="73"/>
        <source>Anzeigen</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/password_field.py" line="47"/>
        <source>Passwort anzeigen oder verbergen (Strg+H)</source>
        <translation>Show or hide the password (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/password_field.py" line="50"/>
        <source>Die Feststelltaste ist aktiv.</source>
        <translation>Caps Lock is on.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/password_field.py" line="73"/>
        <source>Verbergen</source>
        <translation>Hide</translation>
    </message>
</context>
<context>
    <name>PasswordPage</name>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="108"/>
        <source>Passwort</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="109"/>
        <source>Das Passwort schützt alle Daten dieser Datei. Mindestens 10 Zeichen; ein Satz aus mehreren Wörtern ist gut zu merken.</source>
        <translation>The password protects all data in this file. At least 10 characters; a sentence of several words is easy to remember.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="117"/>
        <source>Falls Sie das Passwort vergessen, kann die IT der Kreisverwaltung ein neues setzen (Wiederherstellungsschlüssel).</source>
        <translation>If you forget the password, IT at the district administration (Kreisverwaltung) can set a new one (recovery key).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="120"/>
        <source>&lt;b&gt;Achtung:&lt;/b&gt; Für diese Installation ist kein Wiederherstellungsschlüssel eingerichtet. Wer das Passwort vergisst, verliert alle Daten dieser Datei.</source>
        <translation>&lt;b&gt;Caution:&lt;/b&gt; No recovery key is set up for this installation. If you forget the password, all data in this file is lost.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="123"/>
        <source>Ich habe &amp;verstanden.</source>
        <translation>I &amp;understand.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <location filename="../../kim_desktop/ui/widgets/path_field.py" line="19"/>
        <source>KIM-Datendateien (*%1)</source>
        <translation>KIM vault files (*%1)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/path_field.py" line="25"/>
        <source>Datendatei wählen</source>
        <translation>Choose vault</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/path_field.py" line="41"/>
        <source>D&amp;urchsuchen …</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/path_field.py" line="41"/>
        <source>Durchsuchen …</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/path_field.py" line="73"/>
        <source>Ordner wählen</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/path_field.py" line="77"/>
        <source>Datendatei anlegen</source>
        <translation>Create vault</translation>
    </message>
</context>
<context>
    <name>PersonPage</name>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="60"/>
        <source>Ihre Angaben</source>
        <translation>Your details</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="64"/>
        <source>– kein Team –</source>
        <translation>– no team –</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="67"/>
        <source>Team %1: %2</source>
        <translation>Team %1: %2</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="75"/>
        <source>&amp;Name (wie er im Programm erscheint):</source>
        <translation>N&amp;ame (as shown in the program):</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="76"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="77"/>
        <source>&amp;Kommunen, in denen Sie beraten:</source>
        <translation>&amp;Municipalities where you advise:</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="30"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="32"/>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="38"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="41"/>
        <source>&amp;Kommunen, in denen ich berate:</source>
        <translation>&amp;Municipalities where I advise:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="79"/>
        <source>Nicht gespeicherte Eingaben wurden wiederhergestellt.</source>
        <translation>Unsaved entries have been restored.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="86"/>
        <source>Bitte einen Namen eingeben.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="94"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <location filename="../../kim_desktop/domain/roles.py" line="20"/>
        <source>Case Management</source>
        <translation>Case Management</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/roles.py" line="21"/>
        <source>Koordination (Kreisverwaltung)</source>
        <translation>Coordination (district administration)</translation>
    </message>
</context>
<context>
    <name>RolePage</name>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="26"/>
        <source>Willkommen bei KIM Desktop</source>
        <translation>Welcome to KIM Desktop</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="27"/>
        <source>Die Rolle wird beim Anlegen der Datendatei festgelegt und später nicht geändert.</source>
        <translation>The role is fixed when the vault is created and cannot be changed later.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="28"/>
        <source>&amp;Case Management – Beratungen in den Kommunen</source>
        <translation>&amp;Case Management – consultations in the municipalities</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="29"/>
        <source>&amp;Koordination – Kreisverwaltung, Import und Berichte</source>
        <translation>C&amp;oordination – district administration (Kreisverwaltung), import and reports</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="32"/>
        <source>Sie haben schon eine Datendatei, zum Beispiel von einem anderen Rechner kopiert? Dann öffnen Sie diese, statt eine neue anzulegen.</source>
        <translation>Do you already have a vault, for example one copied from another computer? Then open it instead of creating a new one.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/wizard.py" line="36"/>
        <source>&amp;Vorhandene Datendatei öffnen …</source>
        <translation>Open an &amp;existing vault…</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../kim_desktop/settings.py" line="37"/>
        <source>Sprache</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/settings.py" line="38"/>
        <source>Automatisch sperren nach (Minuten)</source>
        <translation>Lock automatically after (minutes)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/settings.py" line="39"/>
        <source>Ordner für Sicherungen</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/settings.py" line="40"/>
        <source>Anzahl aufbewahrter Sicherungen</source>
        <translation>Number of backups kept</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/settings.py" line="41"/>
        <source>Datendatei</source>
        <translation>Vault</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="24"/>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="114"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="27"/>
        <source>wie das System</source>
        <translation>same as the system</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="33"/>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="44"/>
        <source>Die Sprache gilt ab dem nächsten Start. Die Demo-Datendatei bleibt an ihrem Ort; ihr Speicherort lässt sich hier nicht ändern.</source>
        <translation>The language takes effect at the next start. The demo vault stays where it is; its location cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="47"/>
        <source>Die Sprache gilt ab dem nächsten Start. Ein neuer Ort für die Datendatei verschiebt sie samt Schlüsseldatei dorthin; eine dort schon vorhandene Datendatei wird beim nächsten Start geöffnet.</source>
        <translation>The language takes effect at the next start. A new location for the vault moves it there together with its key file; if a vault already exists there, that one is opened at the next start.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="54"/>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="55"/>
        <source>Automatisch sperren &amp;nach:</source>
        <translation>&amp;Auto-lock after:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="57"/>
        <source>Aufbe&amp;wahrte Sicherungen:</source>
        <translation>Backups to &amp;keep:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="56"/>
        <source>Ordner für Si&amp;cherungen:</source>
        <translation>&amp;Backup folder:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="58"/>
        <source>&amp;Datendatei:</source>
        <translation>&amp;Vault:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="69"/>
        <source>Von der IT vorgegeben: %1 bis %2 Minuten</source>
        <translation>Set by IT: %1 to %2 minutes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="131"/>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="142"/>
        <source>Datendatei verschieben</source>
        <translation>Move vault</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="132"/>
        <source>Die Datendatei und ihre Schlüsseldatei nach
%1
verschieben?</source>
        <translation>Move the vault and its key file to
%1?</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="42"/>
        <source>Rolle:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="43"/>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="44"/>
        <source>Kommunen:</source>
        <translation>Municipalities:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="45"/>
        <source>Geräte-ID:</source>
        <translation>Device ID:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="46"/>
        <source>Datendatei:</source>
        <translation>Vault:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="47"/>
        <source>Passwort vergessen:</source>
        <translation>Forgotten password:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="48"/>
        <source>Letzte Sicherung:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="50"/>
        <source>Jetzt &amp;sichern</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="51"/>
        <source>Datendatei &amp;prüfen</source>
        <translation>&amp;Check vault</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="76"/>
        <source>Willkommen, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="84"/>
        <source>Die IT kann ein neues Passwort setzen (Wiederherstellungsschlüssel).</source>
        <translation>IT can set a new password (recovery key).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="86"/>
        <source>Kein Wiederherstellungsschlüssel: ein vergessenes Passwort bedeutet verlorene Daten.</source>
        <translation>No recovery key: a forgotten password means lost data.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="103"/>
        <source>Sicherung läuft …</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="112"/>
        <source>Sicherung angelegt: %1</source>
        <translation>Backup created: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="118"/>
        <source>Prüfung läuft …</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="122"/>
        <source>Ergebnis: in Ordnung</source>
        <translation>Result: OK</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="122"/>
        <source>Ergebnis: FEHLER gefunden</source>
        <translation>Result: ERRORS found</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="34"/>
        <source>KIM Desktop – Entsperren</source>
        <translation>KIM Desktop – Unlock</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="37"/>
        <source>Gesperrt – bitte Passwort eingeben</source>
        <translation>Locked – please enter the password</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="38"/>
        <source>Datendatei entsperren</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="56"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="90"/>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="91"/>
        <source>Nicht gespeicherte Eingaben gehen verloren. Trotzdem beenden?</source>
        <translation>Unsaved entries will be lost. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="50"/>
        <source>&amp;Entsperren</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="53"/>
        <source>&amp;Neue Datendatei …</source>
        <translation>&amp;New vault…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="61"/>
        <source>&amp;Datendatei:</source>
        <translation>&amp;Vault:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="64"/>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="105"/>
        <source>Entsperre …</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="110"/>
        <source>Bitte das Passwort eingeben.</source>
        <translation>Please enter the password.</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../kim_desktop/errors.py" line="19"/>
        <source>Unbekannter Fehler.</source>
        <translation>Unknown error.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="35"/>
        <source>Passwort falsch.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="40"/>
        <source>Dieses Passwort öffnet die Datei nicht: eine Passwortänderung wurde unterbrochen. Bitte das andere Passwort versuchen (das bisherige oder das neue).</source>
        <translation>This password does not open the file: a password change was interrupted. Please try the other password (the previous one or the new one).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="49"/>
        <source>Keine Datendatei unter {path} gefunden.</source>
        <translation>No vault found at {path}.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="54"/>
        <source>Unter {path} liegt bereits eine Datendatei; sie wird nicht überschrieben.</source>
        <translation>A vault already exists at {path}; it will not be overwritten.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="59"/>
        <source>Zur Datendatei gehört die Schlüsseldatei {path}; sie fehlt. Entweder ist die gewählte Datei keine KIM-Datendatei, oder die Schlüsseldatei wurde nicht mitkopiert.</source>
        <translation>The vault&apos;s key file {path} is missing. Either the chosen file is not a KIM vault, or the key file was not copied along with it.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="68"/>
        <source>Die Datei {path} ist keine KIM-Datendatei oder sie ist beschädigt ({reason}).</source>
        <translation>The file {path} is not a KIM vault or it is damaged ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="75"/>
        <source>Die Datendatei {path} ist bereits in einem anderen Programmfenster oder Prozess geöffnet.</source>
        <translation>The vault {path} is already open in another program window or process.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="82"/>
        <source>Die Datendatei ist gesperrt.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="87"/>
        <source>Die Datendatei {path} stammt aus einer neueren Version von KIM Desktop. Bitte das Programm aktualisieren; die Datei bleibt unverändert.</source>
        <translation>The vault {path} comes from a newer version of KIM Desktop. Please update the program; the file remains unchanged.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="96"/>
        <source>Die Verschlüsselung der Datendatei entspricht nicht den Vorgaben ({setting}); Abbruch.</source>
        <translation>The vault&apos;s encryption does not meet the requirements ({setting}); aborted.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="103"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="108"/>
        <source>Konfiguration {path} ungültig: {reason}</source>
        <translation>Invalid configuration {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="113"/>
        <source>Wiederherstellung nicht möglich: {reason}</source>
        <translation>Recovery not possible: {reason}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="118"/>
        <source>Schreiben nicht möglich ({reason}). Die Daten sind unverändert; bitte Speicherplatz prüfen.</source>
        <translation>Cannot write ({reason}). The data is unchanged; please check the free disk space.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="125"/>
        <source>Auf {path} kann nicht geschrieben werden ({reason}). Bitte Ordner und Rechte prüfen.</source>
        <translation>Cannot write to {path} ({reason}). Please check the folder and its permissions.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="132"/>
        <source>Die Datendatei ist gerade beschäftigt (Sicherung oder Prüfung läuft). Bitte gleich noch einmal versuchen.</source>
        <translation>The vault is busy right now (a backup or check is running). Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="139"/>
        <source>Dateifehler bei {path}: {reason}</source>
        <translation>File error at {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="144"/>
        <source>Sicherung fehlgeschlagen: {reason}</source>
        <translation>Backup failed: {reason}</translation>
    </message>
</context>
</TS>
