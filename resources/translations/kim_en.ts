<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>AccessRequest</name>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="68"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Subject access information (Art. 15 GDPR)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="75"/>
        <source>Verantwortliche Stelle</source>
        <translation>Controller</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="76"/>
        <source>Ausgestellt am</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="77"/>
        <source>Erstellt von</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="78"/>
        <source>Betroffene Person</source>
        <translation>Data subject</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="79"/>
        <source>Diese Auskunft enthält alle Daten, die im Kommunalen Integrationsmanagement (KIM) mit dem Programm KIM Desktop auf diesem Gerät zu der genannten Person gespeichert sind, und die Protokolleinträge dazu.</source>
        <translation>This information contains all data about the person named that is stored on this device with the KIM Desktop program for municipal integration management (Kommunales Integrationsmanagement, KIM), together with the related audit log entries.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="84"/>
        <source>1. Angaben zur Verarbeitung</source>
        <translation>1. Details of the processing</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="85"/>
        <source>Zweck</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="86"/>
        <source>Beratung und Begleitung im Case Management des Kommunalen Integrationsmanagements; Statistik nur in pseudonymisierter Form.</source>
        <translation>Advice and support in the case management of municipal integration management; statistics only in pseudonymised form.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="90"/>
        <source>Empfänger</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="91"/>
        <source>Die Koordination des Case Managements bei der Kreisverwaltung ({district}) erhält die Daten; Netzwerkpartner nur im Rahmen der unten aufgeführten Einwilligungen.</source>
        <translation>The case management coordination at the district administration ({district}) receives the data; partner agencies only within the scope of the consents listed below.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="95"/>
        <source>Die Kreisverwaltung ({district}) erhält nur pseudonymisierte Angaben ohne Namen, Geburtsdatum, Kontaktdaten und Notizen; Netzwerkpartner nur im Rahmen der unten aufgeführten Einwilligungen.</source>
        <translation>The district administration ({district}) receives only pseudonymised data without names, date of birth, contact details or notes; partner agencies only within the scope of the consents listed below.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="99"/>
        <source>Speicherdauer</source>
        <translation>Storage period</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="100"/>
        <source>Bis {years} Jahre nach Abschluss des letzten Falls; danach werden die Daten gelöscht.</source>
        <translation>Up to {years} years after the last case was closed; the data is then deleted.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="103"/>
        <source>Ihre Rechte</source>
        <translation>Your rights</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="104"/>
        <source>Berichtigung (Art. 16 DSGVO), Löschung (Art. 17), Einschränkung der Verarbeitung (Art. 18), Widerspruch (Art. 21), Widerruf einer Einwilligung für die Zukunft (Art. 7 Abs. 3) und Beschwerde bei einer Datenschutz-Aufsichtsbehörde (Art. 77).</source>
        <translation>Rectification (Art. 16 GDPR), erasure (Art. 17), restriction of processing (Art. 18), objection (Art. 21), withdrawal of consent with effect for the future (Art. 7(3)) and complaint to a data protection supervisory authority (Art. 77).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="109"/>
        <source>2. Stammdaten</source>
        <translation>2. Personal details</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="110"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="111"/>
        <source>Vorname</source>
        <translation>First name</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="112"/>
        <source>Nachname</source>
        <translation>Last name</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="113"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="114"/>
        <source>Geschlecht</source>
        <translation>Gender</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="115"/>
        <source>Staatsangehörigkeit</source>
        <translation>Nationality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="116"/>
        <source>Sprachen</source>
        <translation>Languages</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="117"/>
        <source>Sprachmittlung</source>
        <translation>Interpreting</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="118"/>
        <source>nötig ({language})</source>
        <translation>needed ({language})</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="119"/>
        <source>nicht nötig</source>
        <translation>not needed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="120"/>
        <source>Aufenthaltsstatus</source>
        <translation>Residence status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="121"/>
        <source>Wohnort (Kommune)</source>
        <translation>Place of residence (municipality)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="122"/>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="123"/>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="124"/>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="125"/>
        <source>Haushalt</source>
        <translation>Household</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="126"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="127"/>
        <source>Zuletzt geändert</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="128"/>
        <source>3. Fälle</source>
        <translation>3. Cases</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="129"/>
        <source>Keine Fälle gespeichert.</source>
        <translation>No cases stored.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="130"/>
        <source>Fall {number}: {municipality}, eröffnet am {date}</source>
        <translation>Case {number}: {municipality}, opened on {date}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="131"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="132"/>
        <source>Schwerpunkt</source>
        <translation>Focus</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="133"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="134"/>
        <source>Eröffnet am</source>
        <translation>Opened on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="135"/>
        <source>Abgeschlossen am</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="136"/>
        <source>Abschlussgrund</source>
        <translation>Closing reason</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="137"/>
        <source>Phasenverlauf</source>
        <translation>Phase history</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="138"/>
        <source>seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="139"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="140"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="141"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="142"/>
        <source>bis</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="143"/>
        <source>erreicht am</source>
        <translation>Achieved on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="144"/>
        <source>Einwilligungen und Schweigepflichtentbindungen</source>
        <translation>Consents and releases from confidentiality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="145"/>
        <source>Netzwerkpartner</source>
        <translation>Partner agency</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="146"/>
        <source>erteilt am</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="147"/>
        <source>Umfang</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="148"/>
        <source>widerrufen am</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="149"/>
        <source>keine</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="150"/>
        <source>Beratungen ({count})</source>
        <translation>Consultations ({count})</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="151"/>
        <source>Beratung am {date}</source>
        <translation>Consultation on {date}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="152"/>
        <source>Termine ({count})</source>
        <translation>Appointments ({count})</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="153"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="154"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="155"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="156"/>
        <source>Uhrzeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="157"/>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="158"/>
        <source>{minutes} Minuten</source>
        <translation>{minutes} minutes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="159"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="160"/>
        <source>Kontaktart</source>
        <translation>Contact type</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="161"/>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="162"/>
        <source>Rechtskreise</source>
        <translation>Legal domains</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="163"/>
        <source>Vermittlung an</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="164"/>
        <source>ohne gültige Einwilligung vermittelt</source>
        <translation>referred without valid consent</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="165"/>
        <source>Nächste Schritte</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="166"/>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="167"/>
        <source>{date} (erledigt)</source>
        <translation>{date} (done)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="168"/>
        <source>4. Protokoll</source>
        <translation>4. Audit log</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="169"/>
        <source>Wer wann was mit diesen Daten getan hat (das Protokoll enthält keine Inhalte).</source>
        <translation>Who did what with this data, and when (the audit log contains no content).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="171"/>
        <source>Zeitpunkt</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="172"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="173"/>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="174"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="175"/>
        <source>Seite {page} von {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/access_request.py" line="176"/>
        <source>Dieses Dokument enthält personenbezogene Daten. Bitte nur der betroffenen Person aushändigen und nicht weitergeben.</source>
        <translation>This document contains personal data. Please hand it only to the data subject and do not pass it on.</translation>
    </message>
</context>
<context>
    <name>AccessRequestAction</name>
    <message>
        <location filename="../../kim_desktop/ui/access_request_action.py" line="92"/>
        <source>Auskunft nach Art. 15 DSGVO</source>
        <translation>Subject access (Art. 15 GDPR)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/access_request_action.py" line="94"/>
        <source>Gerade läuft eine andere Aufgabe mit der Datendatei. Bitte gleich noch einmal versuchen.</source>
        <translation>Another task is using the vault right now. Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/access_request_action.py" line="100"/>
        <source>Diese Person ist nicht (mehr) gespeichert.</source>
        <translation>This person is not (or no longer) stored.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/access_request_action.py" line="105"/>
        <source>Die Auskunft enthält alle gespeicherten Daten von %1: Stammdaten, Fälle, Einwilligungen, Beratungen mit Notizen und die Protokolleinträge.

Sie wird als unverschlüsselte PDF-Datei an dem Ort gespeichert, den Sie im nächsten Schritt wählen. Bitte einen geschützten Ort wählen (keinen geteilten Ordner) und die Datei nach der Übergabe löschen.</source>
        <translation>The report contains all stored data on %1: personal details, cases, consents, consultations with notes, and the audit log entries.

It is saved as an unencrypted PDF file exactly where you choose in the next step. Please choose a protected location (not a shared folder) and delete the file once it has been handed over.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/access_request_action.py" line="117"/>
        <source>Auskunft speichern</source>
        <translation>Save subject access report</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/access_request_action.py" line="119"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/access_request_action.py" line="127"/>
        <source>Die Auskunft wurde gespeichert:
%1</source>
        <translation>The subject access report has been saved:
%1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/access_request_action.py" line="133"/>
        <source>Die Auskunft wurde nicht gespeichert: %1</source>
        <translation>The subject access report was not saved: %1</translation>
    </message>
</context>
<context>
    <name>AddItemsDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="81"/>
        <source>Meldungen auf die Tagesordnung setzen</source>
        <translation>Add escalations to the agenda</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="83"/>
        <source>Meldungen in Prüfung (Geschäftsstelle) und solche, die schon in der Lenkungsgruppe sind (etwa vertagte). Mit der Tagesordnung wechseln Meldungen in Prüfung in den Status „in der Lenkungsgruppe“.</source>
        <translation>Escalation reports under review (coordination office) and those already with the steering group (e.g. postponed ones). When added to the agenda, reports under review change to the status “in the steering group”.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="88"/>
        <source>Meldungen zur Auswahl</source>
        <translation>Escalations to choose from</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="96"/>
        <source>Keine Meldung ist in Prüfung oder in der Lenkungsgruppe und noch nicht auf dieser Tagesordnung.</source>
        <translation>No escalation report is under review or with the steering group and not yet on this agenda.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="100"/>
        <source>Leertaste oder Eingabetaste: an- oder abwählen.</source>
        <translation>Space or Enter: select or deselect.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="107"/>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../kim_desktop/ui/app.py" line="196"/>
        <source>Automatische Sicherung angelegt.</source>
        <translation>Automatic backup created.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/app.py" line="293"/>
        <source>KIM Desktop wird beendet, sobald die laufende Aufgabe abgeschlossen ist …</source>
        <translation>KIM Desktop will close as soon as the running task has finished …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/app.py" line="294"/>
        <location filename="../../kim_desktop/ui/app.py" line="330"/>
        <source>KIM Desktop</source>
        <translation>KIM Desktop</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/app.py" line="331"/>
        <source>KIM Desktop wurde beim letzten Mal unerwartet beendet. Ihre gespeicherten Daten sind nicht betroffen; die technischen Angaben stehen im Protokoll.</source>
        <translation>KIM Desktop ended unexpectedly last time. Your saved data is not affected; the technical details are in the log.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="59"/>
        <source>Neuer Termin</source>
        <translation>New appointment</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="59"/>
        <source>Termin bearbeiten</source>
        <translation>Edit appointment</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="62"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="67"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="80"/>
        <source>Eigene offene Fälle; tippen sucht nach Name oder Pseudonym, Pfeil runter öffnet die Liste</source>
        <translation>Your own open cases; typing searches by name or pseudonym, Down arrow opens the list</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="91"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="91"/>
        <source>&amp;Beginn:</source>
        <translation>&amp;Start:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="92"/>
        <source>D&amp;auer:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="93"/>
        <source>A&amp;rt:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="93"/>
        <source>&amp;Fall:</source>
        <translation>&amp;Case:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="94"/>
        <source>Dolmetsch&amp;sprache:</source>
        <translation>&amp;Interpreter language:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="95"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="106"/>
        <source>&amp;Speichern</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="107"/>
        <source>Strg+Eingabe</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="109"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="130"/>
        <source>– ohne Fall –</source>
        <translation>– no case –</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="131"/>
        <source>%1 – abgeschlossen</source>
        <translation>%1 – closed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="192"/>
        <source>Bitte ein Datum angeben.</source>
        <translation>Please enter a date.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="197"/>
        <source>Bitte den Beginn als HH:MM angeben.</source>
        <translation>Please enter the start time as HH:MM.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="202"/>
        <source>Bitte einen Fall aus der Liste wählen (oder „– ohne Fall –“).</source>
        <translation>Please choose a case from the list (or “– no case –”).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="234"/>
        <source>%1

Trotzdem speichern?</source>
        <translation>%1

Save anyway?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="235"/>
        <source>Trotzdem speichern?</source>
        <translation>Save anyway?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/appointment_dialog.py" line="239"/>
        <source>Die Eingaben zu diesem Termin sind nicht gespeichert. Verwerfen?</source>
        <translation>The entries for this appointment have not been saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/audit_view.py" line="42"/>
        <source>Wer wann was an diesem Fall und der Person geändert hat, und wann die Personendaten in der pseudonymisierten Ansicht der Koordination angezeigt wurden (mit dem angegebenen Grund). Das Protokoll enthält keine Inhalte, nur die Art des Vorgangs.</source>
        <translation>Who changed what in this case and about the person, and when, and when the personal data were shown in the coordination&apos;s pseudonymised view (with the reason given). The log holds no content, only the kind of action.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/audit_view.py" line="46"/>
        <source>Zeitpunkt</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/audit_view.py" line="46"/>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/audit_view.py" line="46"/>
        <source>Gerät</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/audit_view.py" line="47"/>
        <source>Aktion</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/audit_view.py" line="47"/>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/audit_view.py" line="56"/>
        <source>dieses Gerät</source>
        <translation>this device</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="38"/>
        <source>Kalender exportieren</source>
        <translation>Export calendar</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="51"/>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="51"/>
        <source>&amp;Bis:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="58"/>
        <source>Schnellauswahl:</source>
        <translation>Quick selection:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="60"/>
        <source>&amp;Tag</source>
        <translation>&amp;Day</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="61"/>
        <source>&amp;Woche</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="62"/>
        <source>&amp;Monat</source>
        <translation>&amp;Month</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="70"/>
        <source>Die Datei enthält Ihre Sprechzeiten mit Ort und Ihre Termine mit Art und Dauer, aber keine Notizen.</source>
        <translation>The file contains your office hours with location and your appointments with type and duration, but no notes.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="73"/>
        <source>&amp;Namen der Personen in die Termine schreiben</source>
        <translation>Include people&apos;s &amp;names in the appointments</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="78"/>
        <source>&amp;Speichern …</source>
        <translation>&amp;Save …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="112"/>
        <source>Achtung: Dann stehen die Namen Ihrer Klientinnen und Klienten unverschlüsselt in der Datei – und in jedem Kalender, in den sie importiert wird. Nur an einem geschützten Ort speichern und nicht weitergeben.</source>
        <translation>Caution: Your clients&apos; names will then be stored unencrypted in the file – and in every calendar it is imported into. Save it only in a protected location and do not pass it on.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="118"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="118"/>
        <source>Bis</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="125"/>
        <source>Das Ende liegt vor dem Anfang.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="127"/>
        <source>Der Zeitraum darf höchstens %1 Tage lang sein.</source>
        <translation>The period may be at most %1 days long.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/calendar_export_dialog.py" line="139"/>
        <source>Die Kalenderdatei wird die Namen Ihrer Klientinnen und Klienten im Klartext enthalten.

Trotzdem mit Namen speichern?</source>
        <translation>The calendar file will contain your clients&apos; names in plain text.

Save with names anyway?</translation>
    </message>
</context>
<context>
    <name>CaseAudit</name>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="70"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="71"/>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="72"/>
        <source>Phasenwechsel</source>
        <translation>Change of phase</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="73"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="74"/>
        <source>Einwilligung</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="75"/>
        <source>Beratung</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="12"/>
        <source>Person angelegt</source>
        <translation>Person created</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="13"/>
        <source>Angaben zur Person geändert</source>
        <translation>Personal details changed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="14"/>
        <source>Auskunft nach Art. 15 DSGVO erstellt</source>
        <translation>Subject access report (Art. 15 GDPR) created</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="16"/>
        <source>Personendaten angezeigt: Auskunftsersuchen nach Art. 15 DSGVO</source>
        <translation>Personal data shown: access request under Art. 15 GDPR</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="18"/>
        <source>Personendaten angezeigt: Fachaufsicht oder Beschwerde</source>
        <translation>Personal data shown: supervision or complaint</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="20"/>
        <source>Personendaten angezeigt: Vertretung im Case Management</source>
        <translation>Personal data shown: standing in for the case manager</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="22"/>
        <source>Personendaten angezeigt: Berichtigung von Daten</source>
        <translation>Personal data shown: correction of data</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="24"/>
        <source>Personendaten angezeigt: sonstiger dienstlicher Grund</source>
        <translation>Personal data shown: other official reason</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="26"/>
        <source>Fall eröffnet</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="27"/>
        <source>Phase geändert</source>
        <translation>Phase changed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="28"/>
        <source>Fall abgeschlossen</source>
        <translation>Case closed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="29"/>
        <source>Schwerpunkt oder Kommune geändert</source>
        <translation>Focus or municipality changed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="30"/>
        <source>Ziel angelegt</source>
        <translation>Goal added</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="31"/>
        <source>Ziel geändert</source>
        <translation>Goal changed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="32"/>
        <source>Einwilligung aufgenommen</source>
        <translation>Consent added</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="33"/>
        <source>Einwilligung widerrufen</source>
        <translation>Consent revoked</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="34"/>
        <source>Beratung erfasst</source>
        <translation>Consultation recorded</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="35"/>
        <source>Beratung geändert</source>
        <translation>Consultation changed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="36"/>
        <source>Beratung gelöscht</source>
        <translation>Consultation deleted</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="37"/>
        <source>Vermittlung ohne Einwilligung bestätigt</source>
        <translation>Referral without consent confirmed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="39"/>
        <source>Wiedervorlage erledigt</source>
        <translation>Follow-up done</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="40"/>
        <source>Wiedervorlage wieder geöffnet</source>
        <translation>Follow-up reopened</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="41"/>
        <source>Termin angelegt</source>
        <translation>Appointment created</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="42"/>
        <source>Termin geändert</source>
        <translation>Appointment changed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="43"/>
        <source>Termin gelöscht</source>
        <translation>Appointment deleted</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="44"/>
        <source>Wochenplan gespeichert</source>
        <translation>Weekly plan saved</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="45"/>
        <source>Wochenplan ersetzt</source>
        <translation>Weekly plan replaced</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="46"/>
        <source>Wochenplan beendet</source>
        <translation>Weekly plan ended</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="47"/>
        <source>Abweichung vom Wochenplan eingetragen</source>
        <translation>Change to the weekly plan entered</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="48"/>
        <source>Abweichung vom Wochenplan gelöscht</source>
        <translation>Change to the weekly plan deleted</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="49"/>
        <source>Meldung trotz Hinweis auf personenbezogene Daten bestätigt</source>
        <translation>Escalation report confirmed despite personal data warning</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="51"/>
        <source>Entwurf einer Meldung gespeichert</source>
        <translation>Draft escalation report saved</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="52"/>
        <source>Entwurf einer Meldung gelöscht</source>
        <translation>Draft escalation report deleted</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="53"/>
        <source>Meldung übermittelt</source>
        <translation>Escalation report submitted</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="54"/>
        <source>Meldung zurückgezogen</source>
        <translation>Escalation report withdrawn</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="55"/>
        <source>Meldung bearbeitet (Status oder Rückmeldung)</source>
        <translation>Escalation report edited (status or feedback)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="56"/>
        <source>Meldungen zusammengeführt</source>
        <translation>Escalation reports merged</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="57"/>
        <source>Sitzung der Lenkungsgruppe angelegt</source>
        <translation>Steering group meeting created</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="58"/>
        <source>Tagesordnung der Lenkungsgruppe geändert</source>
        <translation>Steering group agenda changed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="59"/>
        <source>Beschluss der Lenkungsgruppe eingetragen</source>
        <translation>Steering group decision recorded</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="61"/>
        <source>Bericht als Excel-Datei (XLSX) gespeichert</source>
        <translation>Report saved as Excel file (XLSX)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="62"/>
        <source>Berichtsansicht als CSV-Datei gespeichert</source>
        <translation>Report view saved as CSV file</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="63"/>
        <source>Bericht als PDF gespeichert</source>
        <translation>Report saved as PDF</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="64"/>
        <source>Sachstandsbericht (PDF) gespeichert</source>
        <translation>Status report (PDF) saved</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="67"/>
        <source>nach Ablauf der Aufbewahrungsfrist gelöscht</source>
        <translation>deleted after the retention period expired</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="68"/>
        <source>Personendaten angezeigt</source>
        <translation>Personal data shown</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="76"/>
        <source>Termin</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="77"/>
        <source>Wochenplan</source>
        <translation>Weekly plan</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="78"/>
        <source>Abweichung vom Wochenplan</source>
        <translation>Change to the weekly plan</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="79"/>
        <source>Meldung</source>
        <translation>Escalation report</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="80"/>
        <source>Fallbezug einer Meldung</source>
        <translation>Case link of an escalation report</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="81"/>
        <source>Sitzung der Lenkungsgruppe</source>
        <translation>Steering group meeting</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="82"/>
        <source>Tagesordnungspunkt</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/audit_actions.py" line="83"/>
        <source>Bericht</source>
        <translation>Report</translation>
    </message>
</context>
<context>
    <name>CaseCycle</name>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="70"/>
        <source>Erstkontakt/Clearing</source>
        <translation>First contact/clearing</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="71"/>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="72"/>
        <source>Hilfeplanung</source>
        <translation>Support planning</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="73"/>
        <source>Umsetzung/Monitoring</source>
        <translation>Implementation/monitoring</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="74"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="75"/>
        <source>Abschluss</source>
        <translation>Closure</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="78"/>
        <source>Der Fall ist bereits in dieser Phase.</source>
        <translation>The case is already in this phase.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="79"/>
        <source>Phasen können nicht übersprungen werden: der Fall geht nur in die nächste Phase weiter.</source>
        <translation>Phases cannot be skipped: the case only moves on to the next phase.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="81"/>
        <source>Zum Abschluss bitte einen Abschlussgrund angeben.</source>
        <translation>Please give a reason for closing the case.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="82"/>
        <source>Einen Abschlussgrund gibt es nur beim Abschluss.</source>
        <translation>A closing reason only goes with closing the case.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="83"/>
        <source>Ein abgeschlossener Fall kann nur wieder aufgenommen werden: mit Erstkontakt/Clearing oder Assessment.</source>
        <translation>A closed case can only be reopened: with first contact/clearing or assessment.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="86"/>
        <source>Das Datum liegt vor dem letzten Phasenwechsel dieses Falls.</source>
        <translation>The date lies before this case&apos;s last change of phase.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="88"/>
        <source>Ein Phasenwechsel kann nicht in der Zukunft liegen.</source>
        <translation>A change of phase cannot lie in the future.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/case_cycle.py" line="89"/>
        <source>Ein neuer Fall beginnt mit Erstkontakt/Clearing.</source>
        <translation>A new case starts with first contact/clearing.</translation>
    </message>
</context>
<context>
    <name>CaseDetailView</name>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="55"/>
        <source>Neue &amp;Beratung …</source>
        <translation>Ne&amp;w consultation…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="56"/>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="181"/>
        <source>Neue Beratung zu diesem Fall (Strg+B)</source>
        <translation>New consultation for this case (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="57"/>
        <source>Auskunft Art. 1&amp;5 …</source>
        <translation>Subject access (Art. 1&amp;5)…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="58"/>
        <source>Alles, was über die Person gespeichert ist, als PDF (Auskunft nach Art. 15 DSGVO)</source>
        <translation>Everything stored about the person, as a PDF (subject access under Art. 15 GDPR)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="72"/>
        <source>&amp;Überblick</source>
        <translation>O&amp;verview</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="72"/>
        <source>&amp;Ziele</source>
        <translation>&amp;Goals</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="73"/>
        <source>Einwilli&amp;gungen</source>
        <translation>&amp;Consents</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="74"/>
        <source>Be&amp;ratungen</source>
        <translation>Consult&amp;ations</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="74"/>
        <source>Protoko&amp;ll</source>
        <translation>A&amp;udit log</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="96"/>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="165"/>
        <source>Bitte einen Fall in der Liste auswählen.</source>
        <translation>Please select a case in the list.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="125"/>
        <source>Dieser Fall ist nicht mehr gespeichert: er wurde inzwischen gelöscht, zum Beispiel nach Ablauf der Aufbewahrungsfrist.</source>
        <translation>This case is no longer stored: it has been deleted meanwhile, for example after the retention period.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="175"/>
        <source>Die Beratung zeigt Personendaten: bitte erst „Personendaten anzeigen …“ wählen.</source>
        <translation>The consultation shows personal data: please choose “Show personal data …” first.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="178"/>
        <source>Der Fall ist abgeschlossen; für eine neue Beratung den Fall bitte erst wieder aufnehmen (Überblick).</source>
        <translation>The case is closed; to record a new consultation, please reopen it first (Overview).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="183"/>
        <source>Personendaten a&amp;usblenden</source>
        <translation>Hide personal &amp;data</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="184"/>
        <source>Wieder nur das Pseudonym zeigen</source>
        <translation>Show only the pseudonym again</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="186"/>
        <source>Personendaten anze&amp;igen …</source>
        <translation>Show personal dat&amp;a …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="187"/>
        <source>Name, Geburtsdatum, Kontaktdaten und Notizen dieser Person anzeigen (mit Grund, wird protokolliert)</source>
        <translation>Show this person&apos;s name, date of birth, contact details and notes (with a reason; this is logged)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/widget.py" line="247"/>
        <source>Diese Beratung ist nicht mehr gespeichert: sie wurde inzwischen gelöscht.</source>
        <translation>This consultation is no longer stored: it has been deleted meanwhile.</translation>
    </message>
</context>
<context>
    <name>CaseFocusDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="174"/>
        <source>Schwerpunkt und Kommune</source>
        <translation>Focus and municipality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="179"/>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="185"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="186"/>
        <source>Sch&amp;werpunkt:</source>
        <translation>&amp;Focus:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="187"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="197"/>
        <source>Bitte eine Kommune wählen.</source>
        <translation>Please choose a municipality.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="52"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="52"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="52"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="52"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="53"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="53"/>
        <source>Letzte Beratung</source>
        <translation>Last consultation</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="53"/>
        <source>Beratungen</source>
        <translation>Consultations</translation>
    </message>
</context>
<context>
    <name>Cases</name>
    <message>
        <location filename="../../kim_desktop/services/cases.py" line="38"/>
        <source>Bitte das Ziel beschreiben.</source>
        <translation>Please describe the goal.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/cases.py" line="39"/>
        <source>Der Fall ist abgeschlossen; bitte den Fall erst wieder aufnehmen.</source>
        <translation>The case is closed; please reopen it first.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/cases.py" line="40"/>
        <source>Bitte eine Kommune wählen.</source>
        <translation>Please choose a municipality.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/cases.py" line="41"/>
        <source>Ein Fall kann nicht in der Zukunft beginnen.</source>
        <translation>A case cannot start in the future.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/cases.py" line="42"/>
        <source>Diese Einwilligung ist bereits widerrufen.</source>
        <translation>This consent has already been revoked.</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="145"/>
        <source>Pseudonym (K-XXXX-XX) – Strg+F</source>
        <translation>Pseudonym (K-XXXX-XX) – Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="146"/>
        <source>Name oder Pseudonym (K-XXXX-XX) – Strg+F</source>
        <translation>Name or pseudonym (K-XXXX-XX) – Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="148"/>
        <source>&amp;Suche:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="150"/>
        <source>auch abgeschl&amp;ossene</source>
        <translation>Include c&amp;losed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="172"/>
        <source>&amp;Neue Klientin / neuer Klient …</source>
        <translation>&amp;New client…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="173"/>
        <source>Strg+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="174"/>
        <source>&amp;Fall öffnen …</source>
        <translation>&amp;Open case…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="175"/>
        <source>Einen weiteren Fall für eine schon erfasste Person öffnen</source>
        <translation>Open another case for a person who is already recorded</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="261"/>
        <source>Die Liste wird gelesen …</source>
        <translation>Reading the list…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="280"/>
        <source>Die %1 Fälle mit der jüngsten Beratung; die Suche grenzt weiter ein.</source>
        <translation>The %1 cases with the most recent consultations; searching narrows the list further.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="283"/>
        <source>1 Fall</source>
        <translation>1 case</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/cases_page.py" line="285"/>
        <source>%1 Fälle</source>
        <translation>%1 cases</translation>
    </message>
</context>
<context>
    <name>CatalogueTab</name>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="134"/>
        <source>&amp;Neu</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="135"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="139"/>
        <source>Einträge werden nicht gelöscht, sondern deaktiviert: ältere Beratungen nennen sie weiter. Deaktivierte Einträge werden für neue Beratungen nicht mehr angeboten.</source>
        <translation>Entries are not deleted but deactivated: older consultations still refer to them. Deactivated entries are no longer offered for new consultations.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="145"/>
        <source>&amp;Bezeichnung:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="152"/>
        <source>Re&amp;chtskreise:</source>
        <translation>Le&amp;gal domains:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="210"/>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="234"/>
        <source>Eintrag bearbeiten</source>
        <translation>Edit entry</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="219"/>
        <source>Dea&amp;ktivieren</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="220"/>
        <source>A&amp;ktivieren</source>
        <translation>&amp;Activate</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="234"/>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="241"/>
        <source>Neuer Eintrag</source>
        <translation>New entry</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="248"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="255"/>
        <source>„%1“ ist jetzt inaktiv.</source>
        <translation>‘%1’ is now inactive.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="255"/>
        <source>„%1“ ist wieder aktiv.</source>
        <translation>‘%1’ is active again.</translation>
    </message>
</context>
<context>
    <name>Catalogues</name>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="37"/>
        <source>persönlich</source>
        <translation>in person</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="38"/>
        <source>telefonisch</source>
        <translation>by phone</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="39"/>
        <source>Hausbesuch</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="40"/>
        <source>Begleitung</source>
        <translation>Accompaniment</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="41"/>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="42"/>
        <source>schriftlich (Brief, E-Mail)</source>
        <translation>in writing (letter, e-mail)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="58"/>
        <source>allgemein</source>
        <translation>general</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="59"/>
        <location filename="../../kim_desktop/domain/catalogues.py" line="329"/>
        <source>frühkindliche Sprachförderung</source>
        <translation>early-childhood language support</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="81"/>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="82"/>
        <source>in Arbeit</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="83"/>
        <source>erreicht</source>
        <translation>achieved</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="84"/>
        <source>nicht erreicht</source>
        <translation>not achieved</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="85"/>
        <source>verworfen</source>
        <translation>dropped</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="151"/>
        <source>SGB II – Grundsicherung für Arbeitsuchende</source>
        <translation>SGB II – basic income support for jobseekers</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="152"/>
        <source>SGB III – Arbeitsförderung</source>
        <translation>SGB III – employment promotion</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="153"/>
        <source>SGB V – Krankenversicherung</source>
        <translation>SGB V – health insurance</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="154"/>
        <source>SGB VI – Rentenversicherung</source>
        <translation>SGB VI – pension insurance</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="155"/>
        <source>SGB VIII – Kinder- und Jugendhilfe</source>
        <translation>SGB VIII – child and youth welfare</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="156"/>
        <source>SGB IX – Rehabilitation und Teilhabe</source>
        <translation>SGB IX – rehabilitation and participation</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="157"/>
        <source>SGB X – Verwaltungsverfahren, Sozialdatenschutz</source>
        <translation>SGB X – administrative procedure, social data protection</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="158"/>
        <source>SGB XI – Pflegeversicherung</source>
        <translation>SGB XI – long-term care insurance</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="159"/>
        <source>SGB XII – Sozialhilfe</source>
        <translation>SGB XII – social assistance</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="160"/>
        <source>AsylbLG – Asylbewerberleistungsgesetz</source>
        <translation>AsylbLG – benefits for asylum seekers</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="161"/>
        <source>AsylG – Asylverfahren</source>
        <translation>AsylG – asylum procedure</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="162"/>
        <source>AufenthG – Aufenthaltsgesetz</source>
        <translation>AufenthG – Residence Act</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="163"/>
        <source>FreizügG/EU – Freizügigkeit der Unionsbürger</source>
        <translation>FreizügG/EU – free movement of EU citizens</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="164"/>
        <source>StAG – Staatsangehörigkeit, Einbürgerung</source>
        <translation>StAG – nationality, naturalisation</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="165"/>
        <source>BAföG/BAB – Ausbildungsförderung</source>
        <translation>BAföG/BAB – education and training grants</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="166"/>
        <source>WoGG – Wohngeld</source>
        <translation>WoGG – housing benefit</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="167"/>
        <source>BEEG – Elterngeld</source>
        <translation>BEEG – parental allowance</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="168"/>
        <source>UVG – Unterhaltsvorschuss</source>
        <translation>UVG – maintenance advance</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="169"/>
        <source>BKGG – Kindergeld, Kinderzuschlag</source>
        <translation>BKGG – child benefit, child supplement</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="170"/>
        <source>BQFG – Anerkennung ausländischer Berufsabschlüsse</source>
        <translation>BQFG – recognition of foreign professional qualifications</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="171"/>
        <source>Schule und Kita (Landesrecht NRW)</source>
        <translation>School and day care (NRW state law)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="172"/>
        <source>sonstiges Recht</source>
        <translation>other law</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="198"/>
        <source>Aufenthaltserlaubnis</source>
        <translation>Residence permit</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="199"/>
        <source>Aufenthaltserlaubnis – vorübergehender Schutz (§ 24 AufenthG)</source>
        <translation>Residence permit – temporary protection (§ 24 AufenthG)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="201"/>
        <source>Niederlassungserlaubnis</source>
        <translation>Settlement permit</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="202"/>
        <source>Erlaubnis zum Daueraufenthalt – EU</source>
        <translation>EU long-term residence permit</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="203"/>
        <source>Blaue Karte EU</source>
        <translation>EU Blue Card</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="204"/>
        <source>Fiktionsbescheinigung</source>
        <translation>Fictional certificate (Fiktionsbescheinigung)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="205"/>
        <source>Aufenthaltsgestattung</source>
        <translation>Permission to reside during the asylum procedure (Aufenthaltsgestattung)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="206"/>
        <source>Duldung</source>
        <translation>Toleration (Duldung)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="207"/>
        <source>EU-Freizügigkeit</source>
        <translation>EU freedom of movement</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="208"/>
        <source>deutsche Staatsangehörigkeit</source>
        <translation>German citizenship</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="209"/>
        <source>sonstiger Status</source>
        <translation>other status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="210"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="233"/>
        <source>Ziele erreicht</source>
        <translation>Goals achieved</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="234"/>
        <source>an einen Netzwerkpartner übergeben</source>
        <translation>handed over to a partner agency</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="235"/>
        <source>kein Unterstützungsbedarf mehr</source>
        <translation>no further need for support</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="236"/>
        <source>auf Wunsch der Person beendet</source>
        <translation>ended at the person&apos;s request</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="237"/>
        <source>Kontakt abgebrochen, keine Mitwirkung</source>
        <translation>Contact broken off, no cooperation</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="238"/>
        <source>Wegzug aus dem Kreisgebiet</source>
        <translation>Moved out of the district</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="239"/>
        <source>keine Zuständigkeit des KIM</source>
        <translation>KIM not responsible</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="240"/>
        <source>verstorben</source>
        <translation>deceased</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="241"/>
        <source>sonstiger Grund</source>
        <translation>other reason</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="257"/>
        <source>weiblich</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="258"/>
        <source>männlich</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="259"/>
        <source>divers</source>
        <translation>diverse</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="260"/>
        <source>keine Angabe</source>
        <translation>not stated</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="287"/>
        <source>Jobcenter</source>
        <translation>Jobcenter</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="288"/>
        <source>Agentur für Arbeit</source>
        <translation>Employment agency (Agentur für Arbeit)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="290"/>
        <source>Ausländerbehörde</source>
        <translation>Foreigners&apos; authority (Ausländerbehörde)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="292"/>
        <source>Einbürgerungsbehörde</source>
        <translation>Naturalisation authority</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="293"/>
        <source>Bundesamt für Migration und Flüchtlinge (BAMF)</source>
        <translation>Federal Office for Migration and Refugees (BAMF)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="295"/>
        <source>Jugendamt</source>
        <translation>Youth welfare office (Jugendamt)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="296"/>
        <source>Sozialamt</source>
        <translation>Social welfare office (Sozialamt)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="298"/>
        <source>Wohnungsamt / Wohngeldstelle</source>
        <translation>Housing office / housing benefit office</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="299"/>
        <source>Familienkasse</source>
        <translation>Family benefits office (Familienkasse)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="300"/>
        <source>Elterngeldstelle</source>
        <translation>Parental allowance office</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="301"/>
        <source>BAföG-Amt</source>
        <translation>Student finance office (BAföG)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="302"/>
        <source>Gesundheitsamt</source>
        <translation>Public health office (Gesundheitsamt)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="303"/>
        <source>Krankenkasse</source>
        <translation>Health insurance fund</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="304"/>
        <source>Deutsche Rentenversicherung</source>
        <translation>German pension insurance (Deutsche Rentenversicherung)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="305"/>
        <source>Anerkennungsberatung (IQ Netzwerk)</source>
        <translation>Recognition advice (IQ network)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="307"/>
        <source>Migrationsberatung für Erwachsene (MBE)</source>
        <translation>Migration counselling for adults (MBE)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="308"/>
        <source>Jugendmigrationsdienst (JMD)</source>
        <translation>Youth migration service (JMD)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="309"/>
        <source>Integrationskurs-Träger</source>
        <translation>Integration course provider</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="311"/>
        <source>Schule / Kita</source>
        <translation>School / day care</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="313"/>
        <source>Caritas</source>
        <translation>Caritas</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="314"/>
        <source>Diakonie</source>
        <translation>Diakonie</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="315"/>
        <source>Arbeiterwohlfahrt (AWO)</source>
        <translation>Arbeiterwohlfahrt (AWO)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="316"/>
        <source>Deutsches Rotes Kreuz (DRK)</source>
        <translation>German Red Cross (DRK)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="317"/>
        <source>Der Paritätische</source>
        <translation>Der Paritätische</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="318"/>
        <source>Schuldnerberatung</source>
        <translation>Debt counselling</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="319"/>
        <source>sonstiger Netzwerkpartner</source>
        <translation>other partner agency</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="323"/>
        <source>Aufenthalt</source>
        <translation>Residence</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="324"/>
        <source>Arbeit / Ausbildung</source>
        <translation>Work / vocational training</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="325"/>
        <source>Sprache / Integrationskurs</source>
        <translation>Language / integration course</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="326"/>
        <source>Wohnen</source>
        <translation>Housing</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="327"/>
        <source>Gesundheit</source>
        <translation>Health</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="328"/>
        <source>Kita / Schule</source>
        <translation>Day care / school</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="330"/>
        <source>Finanzen / Leistungen</source>
        <translation>Finances / benefits</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="331"/>
        <source>Schulden</source>
        <translation>Debts</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="332"/>
        <source>Anerkennung von Abschlüssen</source>
        <translation>Recognition of qualifications</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="333"/>
        <source>Familie</source>
        <translation>Family</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="334"/>
        <source>Einbürgerung</source>
        <translation>Naturalisation</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="335"/>
        <source>Behinderung / Pflege</source>
        <translation>Disability / care</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="336"/>
        <source>Behördenpost und Anträge</source>
        <translation>Official letters and applications</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="337"/>
        <source>Freizeit / gesellschaftliche Teilhabe</source>
        <translation>Leisure / social participation</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="338"/>
        <source>Diskriminierung</source>
        <translation>Discrimination</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/catalogues.py" line="339"/>
        <source>Sonstiges</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="21"/>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="87"/>
        <source>Passwort ändern</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="25"/>
        <source>Die Datei wird dabei mit einem neuen Schlüssel neu verschlüsselt: danach öffnet nur noch das neue Passwort sie.</source>
        <translation>The file is re-encrypted with a new key: afterwards only the new password opens it.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="34"/>
        <source>Passwort &amp;ändern</source>
        <translation>C&amp;hange password</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="42"/>
        <source>&amp;Bisheriges Passwort:</source>
        <translation>Current &amp;password:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="65"/>
        <source>Bitte warten …</source>
        <translation>Please wait…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/change_password_dialog.py" line="88"/>
        <source>Das Passwort wurde geändert. Sicherungen von vorher öffnen sich weiter mit dem alten Passwort.</source>
        <translation>The password has been changed. Backups made before the change still open with the old password.</translation>
    </message>
</context>
<context>
    <name>Check</name>
    <message>
        <location filename="../../kim_desktop/storage/audit.py" line="73"/>
        <source>Protokoll: Eintrag {seq} fehlt</source>
        <translation>Audit log: entry {seq} is missing</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/audit.py" line="76"/>
        <source>Protokoll: Eintrag {seq}: Verkettung unterbrochen</source>
        <translation>Audit log: entry {seq}: chain broken</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/audit.py" line="79"/>
        <source>Protokoll: Eintrag {seq}: Inhalt verändert</source>
        <translation>Audit log: entry {seq}: content altered</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/audit.py" line="84"/>
        <source>Protokoll ist leer (jede Datendatei beginnt mit ihrem Anlegen)</source>
        <translation>Audit log is empty (every vault starts with its creation)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/audit.py" line="87"/>
        <source>Protokoll: Kettenende fehlt</source>
        <translation>Audit log: end of chain missing</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/audit.py" line="89"/>
        <source>Protokoll: letzte Einträge fehlen oder wurden ersetzt</source>
        <translation>Audit log: the last entries are missing or were replaced</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/check.py" line="37"/>
        <source>SQLCipher {version} ({provider}), HMAC {hmac}, Seitengröße {page_size}</source>
        <translation>SQLCipher {version} ({provider}), HMAC {hmac}, page size {page_size}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/check.py" line="44"/>
        <source>Verschlüsselung: {detail}</source>
        <translation>Encryption: {detail}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/check.py" line="47"/>
        <source>SQLCipher-Integritätsprüfung: in Ordnung</source>
        <translation>SQLCipher integrity check: OK</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/check.py" line="50"/>
        <source>SQLite: {detail}</source>
        <translation>SQLite: {detail}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/check.py" line="52"/>
        <source>SQLite quick_check: in Ordnung</source>
        <translation>SQLite quick_check: OK</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/check.py" line="56"/>
        <source>Schemaversion unlesbar: {detail}</source>
        <translation>Schema version unreadable: {detail}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/check.py" line="63"/>
        <source>Schemaversion: {version} (aktuell)</source>
        <translation>Schema version: {version} (current)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/check.py" line="65"/>
        <source>Schemaversion {version}, erwartet {expected}</source>
        <translation>Schema version {version}, expected {expected}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/check.py" line="71"/>
        <source>Protokoll unlesbar: {detail}</source>
        <translation>Audit log unreadable: {detail}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/storage/check.py" line="75"/>
        <source>Protokollkette: {count} Einträge, unversehrt</source>
        <translation>Audit chain: {count} entries, intact</translation>
    </message>
</context>
<context>
    <name>CheckableList</name>
    <message>
        <location filename="../../kim_desktop/ui/widgets/checkable_list.py" line="68"/>
        <source>Tippen filtert, Leertaste wählt, Esc hebt den Filter auf</source>
        <translation>Type to filter, Space selects, Esc clears the filter</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/checkable_list.py" line="185"/>
        <source>Filter „%1“: Leertaste wählt, Esc hebt den Filter auf</source>
        <translation>Filter ‘%1’: Space selects, Esc clears the filter</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/checkable_list.py" line="186"/>
        <source>Kein Eintrag enthält „%1“ (Rücktaste oder Esc)</source>
        <translation>No entry contains ‘%1’ (Backspace or Esc)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/checkable_list.py" line="190"/>
        <source>Gewählt: %1</source>
        <translation>Selected: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/checkable_list.py" line="191"/>
        <source>Nichts gewählt</source>
        <translation>Nothing selected</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="66"/>
        <source>Person bearbeiten</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="66"/>
        <source>Neue Person</source>
        <translation>New person</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="71"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="108"/>
        <source>z. B. Arabisch, Deutsch (A2)</source>
        <translation>e.g. Arabic, German (A2)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="109"/>
        <source>&amp;Dolmetschung nötig</source>
        <translation>&amp;Interpreter needed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="121"/>
        <source>z. B. verheiratet, zwei Kinder (4 und 7 Jahre)</source>
        <translation>e.g. married, two children (aged 4 and 7)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="127"/>
        <source>&amp;Vorname:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="128"/>
        <source>&amp;Nachname:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="129"/>
        <source>&amp;Geburtsdatum:</source>
        <translation>Date of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="130"/>
        <source>Geschl&amp;echt:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="131"/>
        <source>Staatsangehörig&amp;keit:</source>
        <translation>&amp;Nationality:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="132"/>
        <source>S&amp;prachen:</source>
        <translation>Lang&amp;uages:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="134"/>
        <source>Sp&amp;rache der Dolmetschung:</source>
        <translation>Interpreter l&amp;anguage:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="136"/>
        <source>&amp;Aufenthaltsstatus:</source>
        <translation>&amp;Residence status:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="137"/>
        <source>Wohn&amp;ort (Kommune):</source>
        <translation>Place of residence (&amp;municipality):</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="138"/>
        <source>Ans&amp;chrift:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="139"/>
        <source>&amp;Telefon:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="140"/>
        <source>E-&amp;Mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="141"/>
        <source>&amp;Haushalt:</source>
        <translation>&amp;Household:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="142"/>
        <source>Noti&amp;zen:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="144"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="144"/>
        <source>Wohnort und Kontakt</source>
        <translation>Residence and contact</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="151"/>
        <source>Möglicherweise schon vorhanden</source>
        <translation>Possibly already recorded</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="158"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="158"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="158"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="159"/>
        <source>Warum ähnlich</source>
        <translation>Why similar</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="162"/>
        <source>Trotzdem neu an&amp;legen</source>
        <translation>Crea&amp;te anyway</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="163"/>
        <source>Trotzdem &amp;speichern</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="164"/>
        <source>Vorhandene Person ver&amp;wenden</source>
        <translation>Use e&amp;xisting person</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="228"/>
        <source>Nicht gespeicherte Eingaben wurden wiederhergestellt.</source>
        <translation>Unsaved entries have been restored.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="304"/>
        <source>Diese schon erfassten Personen könnten dieselbe sein (ähnlicher Name, gleiches Geburtsdatum). Bitte prüfen, bevor eine zweite Akte entsteht.</source>
        <translation>These people already recorded could be the same person (similar name, same date of birth). Please check before a second record is created.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="306"/>
        <source>Nach der Änderung ähnelt die Person diesen schon erfassten Personen. Trotzdem speichern?</source>
        <translation>After the change, the person resembles these people already recorded. Save anyway?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/client_dialog.py" line="332"/>
        <source>Die Eingaben sind nicht gespeichert. Verwerfen?</source>
        <translation>The entries have not been saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>ClientPicker</name>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="362"/>
        <source>Auskunft nach Art. 15 – Person wählen</source>
        <translation>Subject access (Art. 15) – choose person</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="364"/>
        <source>Pseudonym (K-XXXX-XX)</source>
        <translation>Pseudonym (K-XXXX-XX)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="365"/>
        <source>Pseudonym oder Name</source>
        <translation>Pseudonym or name</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="367"/>
        <source>&amp;Suchen:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="370"/>
        <source>&amp;Treffer:</source>
        <translation>&amp;Matches:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="376"/>
        <source>&amp;Auswählen</source>
        <translation>Se&amp;lect</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="402"/>
        <source>, geb. %1</source>
        <translation>, born %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="420"/>
        <source>Bitte das Pseudonym der Person eingeben (K-XXXX-XX).</source>
        <translation>Please enter the person&apos;s pseudonym (K-XXXX-XX).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="422"/>
        <source>Bitte das ganze Pseudonym eingeben (K-XXXX-XX); das letzte Zeichen ist ein Prüfzeichen, das Tippfehler erkennt.</source>
        <translation>Please enter the whole pseudonym (K-XXXX-XX); the last character is a check character that catches typing errors.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="425"/>
        <source>Unter diesem Pseudonym ist niemand gespeichert.</source>
        <translation>Nobody is stored under this pseudonym.</translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <location filename="../../kim_desktop/services/clients.py" line="28"/>
        <source>Bitte Vor- oder Nachnamen eingeben.</source>
        <translation>Please enter a first or last name.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/clients.py" line="29"/>
        <source>Das Geburtsdatum liegt in der Zukunft.</source>
        <translation>The date of birth is in the future.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/clients.py" line="30"/>
        <source>Das Geburtsdatum liegt vor 1900.</source>
        <translation>The date of birth is before 1900.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/clients.py" line="31"/>
        <source>Das ist keine E-Mail-Adresse.</source>
        <translation>That is not an e-mail address.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/clients.py" line="32"/>
        <source>Der Text ist zu lang (höchstens {limit} Zeichen).</source>
        <translation>The text is too long (at most {limit} characters).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/clients.py" line="33"/>
        <source>Unbekannter Wert „{value}“.</source>
        <translation>Unknown value ‘{value}’.</translation>
    </message>
</context>
<context>
    <name>ConfirmFindingsDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/submit_flow.py" line="30"/>
        <source>Personenbezogene Daten?</source>
        <translation>Personal data?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/submit_flow.py" line="33"/>
        <source>Der Kommentar zum Zurückziehen geht an die Geschäftsstelle und enthält Stellen, die wie personenbezogene Daten aussehen.
Bitte ändern Sie den Kommentar – oder bestätigen Sie, dass es sich nicht um personenbezogene Daten handelt (die Bestätigung wird protokolliert).</source>
        <translation>The withdrawal comment goes to the coordination office and contains passages that look like personal data.
Please change the comment – or confirm that this is not personal data (the confirmation is logged).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/submit_flow.py" line="37"/>
        <source>&amp;Trotzdem zurückziehen</source>
        <translation>&amp;Withdraw anyway</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/submit_flow.py" line="40"/>
        <source>Die Meldung enthält Stellen, die wie personenbezogene Daten aussehen. Eine Meldung beschreibt ein strukturelles Problem und darf keine Daten einzelner Personen enthalten.
Bitte ändern Sie den Text – oder bestätigen Sie, dass es sich nicht um personenbezogene Daten handelt (die Bestätigung wird protokolliert).</source>
        <translation>The escalation report contains passages that look like personal data. An escalation report describes a structural problem and must not contain data about individual persons.
Please change the text – or confirm that this is not personal data (the confirmation is logged).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/submit_flow.py" line="50"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/submit_flow.py" line="50"/>
        <source>Fundstelle</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/submit_flow.py" line="50"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/submit_flow.py" line="57"/>
        <source>Ich &amp;bestätige, dass das keine personenbezogenen Daten sind</source>
        <translation>I &amp;confirm that this is not personal data</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/submit_flow.py" line="60"/>
        <source>&amp;Zurück zum Bearbeiten</source>
        <translation>&amp;Back to editing</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/submit_flow.py" line="44"/>
        <source>&amp;Trotzdem übermitteln</source>
        <translation>&amp;Submit anyway</translation>
    </message>
</context>
<context>
    <name>ConflictDetailsDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="126"/>
        <source>Unterlegene Fassung</source>
        <translation>Losing version</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="129"/>
        <source>(personenbezogen, hier nicht angezeigt)</source>
        <translation>(personal data, not shown here)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="132"/>
        <source>%1, Datensatz %2, Revision %3 von %4</source>
        <translation>%1, record %2, revision %3 of %4</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="34"/>
        <source>Tabelle</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="34"/>
        <source>Datensatz</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="34"/>
        <source>Unterlegen: Gerät</source>
        <translation>Losing device</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="35"/>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="35"/>
        <source>Geändert am</source>
        <translation>Changed on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="35"/>
        <source>Gewonnen hat</source>
        <translation>Winner</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="36"/>
        <source>Protokolliert am</source>
        <translation>Logged on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="57"/>
        <source>%1 (Revision %2)</source>
        <translation>%1 (revision %2)</translation>
    </message>
</context>
<context>
    <name>ConflictsTab</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="78"/>
        <source>Unterlegene Fassung an&amp;zeigen …</source>
        <translation>Show &amp;losing version …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="82"/>
        <source>Wo ein Datensatz in zwei Fassungen ankam, gewinnt die höhere Revision (dann die spätere Änderung, dann die Geräte-ID). Die unterlegene Fassung wird hier aufbewahrt, nicht verworfen.</source>
        <translation>Where a record arrived in two versions, the higher revision wins (then the later change, then the device ID). The losing version is kept here, not discarded.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="84"/>
        <source>Keine Konflikte: kein Datensatz kam bisher in zwei Fassungen an.</source>
        <translation>No conflicts: no record has arrived in two versions so far.</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../../kim_desktop/domain/consent.py" line="21"/>
        <source>Der Widerruf kann nicht vor der Erteilung liegen.</source>
        <translation>The revocation cannot lie before the consent was given.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/consent.py" line="22"/>
        <source>Eine Einwilligung kann nicht in der Zukunft erteilt sein.</source>
        <translation>A consent cannot be given in the future.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/consent.py" line="23"/>
        <source>Ein Widerruf kann nicht in der Zukunft liegen.</source>
        <translation>A revocation cannot lie in the future.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/consent.py" line="24"/>
        <source>Bitte angeben, wofür die Einwilligung gilt.</source>
        <translation>Please state what the consent covers.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/consent.py" line="25"/>
        <source>Für {agency} liegt am {date} keine gültige Einwilligung oder Schweigepflichtentbindung vor.</source>
        <translation>On {date} there is no valid consent or release from confidentiality for {agency}.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="52"/>
        <source>Einwilligung aufnehmen</source>
        <translation>Add consent</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="60"/>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="64"/>
        <source>z. B. Austausch zum Antrag auf Bürgergeld</source>
        <translation>e.g. exchange about the Bürgergeld application</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="65"/>
        <source>Einwilligung und Schweigepflichtentbindung gelten ab dem Tag der Erteilung und bis zum Tag vor einem Widerruf.</source>
        <translation>Consent and release from confidentiality apply from the day they are given until the day before a revocation.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="69"/>
        <source>&amp;Netzwerkpartner:</source>
        <translation>&amp;Partner agency:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="70"/>
        <source>&amp;Erteilt am:</source>
        <translation>&amp;Given on:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="71"/>
        <source>&amp;Wofür:</source>
        <translation>P&amp;urpose:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="73"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="85"/>
        <source>Bitte einen Netzwerkpartner wählen.</source>
        <translation>Please choose a partner agency.</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="91"/>
        <source>Netzwerkpartner</source>
        <translation>Partner agency</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="91"/>
        <source>Erteilt am</source>
        <translation>Given on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="92"/>
        <source>Widerrufen am</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="92"/>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="92"/>
        <source>Wofür</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="93"/>
        <source>Einwilligung &amp;aufnehmen …</source>
        <translation>A&amp;dd consent…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="94"/>
        <source>&amp;Widerrufen …</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="95"/>
        <source>Einwilligung und Schweigepflichtentbindung je Netzwerkpartner. Eine Vermittlung ohne gültige Einwilligung wird bei der Beratung nachgefragt und vermerkt.</source>
        <translation>Consent and release from confidentiality per partner agency. A referral without valid consent is queried when the consultation is recorded, and noted.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="117"/>
        <source>gültig</source>
        <translation>valid</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="117"/>
        <source>widerrufen</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="118"/>
        <source>noch nicht gültig</source>
        <translation>not yet valid</translation>
    </message>
</context>
<context>
    <name>ConsultationDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/consultation_dialog.py" line="131"/>
        <source>%1 · Phase: %2 · Fall seit %3</source>
        <translation>%1 · Phase: %2 · Case opened on %3</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_dialog.py" line="139"/>
        <source>Der Fall ist abgeschlossen; für eine neue Beratung den Fall bitte erst wieder aufnehmen.</source>
        <translation>The case is closed; to record a new consultation, please reopen it first.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_dialog.py" line="145"/>
        <source>%1 (inaktiv)</source>
        <translation>%1 (inactive)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_dialog.py" line="166"/>
        <source>Beratung erfassen</source>
        <translation>Record consultation</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_dialog.py" line="167"/>
        <source>Beratung bearbeiten</source>
        <translation>Edit consultation</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_dialog.py" line="168"/>
        <source>Speichern und &amp;nächste</source>
        <translation>Save and &amp;next</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_dialog.py" line="169"/>
        <source>Speichern und &amp;neue</source>
        <translation>Save and &amp;new</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_dialog.py" line="314"/>
        <source>Für diese Netzwerkpartner liegt am %1 keine gültige Einwilligung oder Schweigepflichtentbindung vor:

%2

Trotzdem vermitteln? Die Entscheidung wird mit der Beratung festgehalten.</source>
        <translation>There is no valid consent or release from confidentiality on %1 for these partner agencies:

%2

Refer anyway? The decision is recorded with the consultation.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_dialog.py" line="318"/>
        <source>Trotzdem vermitteln?</source>
        <translation>Refer anyway?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_dialog.py" line="328"/>
        <source>Beratung vom %1 gespeichert. Die nächste Beratung bitte hier erfassen.</source>
        <translation>Consultation of %1 saved. Please record the next consultation here.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_dialog.py" line="336"/>
        <source>Die Eingaben zu dieser Beratung sind nicht gespeichert. Verwerfen?</source>
        <translation>The entries for this consultation have not been saved. Discard them?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_dialog.py" line="387"/>
        <source>Vorschlag: %1</source>
        <translation>Suggestion: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_dialog.py" line="388"/>
        <source>Die Rechtskreise der gewählten Netzwerkpartner; übernommen wird nur, was Sie bestätigen.</source>
        <translation>The legal domains of the selected partner agencies; only what you confirm is applied.</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="54"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="56"/>
        <source>Beginn als HH:MM, 24 Stunden (optional)</source>
        <translation>Start as HH:MM, 24-hour clock (optional)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="60"/>
        <source>Dauer in Minuten (1 bis 720, optional)</source>
        <translation>Duration in minutes (1 to 720, optional)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="66"/>
        <source>z. B. Rathaus, Raum 1.12</source>
        <translation>e.g. town hall, room 1.12</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="68"/>
        <source>Anfangsbuchstabe tippen: p, t, h, b, v, s</source>
        <translation>Type the first letter: i, b, h, a, v (i again for ‘in writing’)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="71"/>
        <source>ohne Dolmetschung</source>
        <translation>no interpreter</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="81"/>
        <source>Vorschl&amp;ag übernehmen</source>
        <translation>&amp;Apply suggestion</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="94"/>
        <source>Wiedervorlage als TT.MM.JJJJ, oder „+7“ (Tage) bzw. „+2w“ (Wochen) ab dem Beratungstag; leer: keine Wiedervorlage</source>
        <translation>Follow-up as DD.MM.YYYY, or ‘+7’ (days) or ‘+2w’ (weeks) from the consultation date; empty: no follow-up</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="96"/>
        <source>+&amp;1 Woche</source>
        <translation>+&amp;1 week</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="97"/>
        <source>+&amp;2 Wochen</source>
        <translation>+&amp;2 weeks</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="103"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="105"/>
        <source>Strg+Eingabe oder Strg+S</source>
        <translation>Ctrl+Enter or Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="106"/>
        <source>Speichern und &amp;nächste</source>
        <translation>Save and &amp;next</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="108"/>
        <source>Strg+Umschalt+Eingabe: speichern, dann die nächste Beratung dieses Falls erfassen</source>
        <translation>Ctrl+Shift+Enter: save, then record the next consultation for this case</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="110"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="112"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="159"/>
        <source>Minuten</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="161"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="162"/>
        <source>&amp;Beginn:</source>
        <translation>Start &amp;time:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="163"/>
        <source>Da&amp;uer:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="164"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="165"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="166"/>
        <source>Kon&amp;taktart:</source>
        <translation>&amp;Contact type:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="167"/>
        <source>Dolmetsc&amp;hung:</source>
        <translation>&amp;Interpreter:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="174"/>
        <source>Th&amp;emen:</source>
        <translation>T&amp;opics:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="178"/>
        <source>&amp;Rechtskreise:</source>
        <translation>&amp;Legal domains:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="186"/>
        <source>&amp;Vermittlung an:</source>
        <translation>&amp;Referred to:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="193"/>
        <source>Noti&amp;zen:</source>
        <translation>Not&amp;es:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="196"/>
        <source>Nächste Schr&amp;itte:</source>
        <translation>Ne&amp;xt steps:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="199"/>
        <source>&amp;Wiedervorlage:</source>
        <translation>&amp;Follow-up:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/consultation_form.py" line="213"/>
        <source>Listen: tippen filtert, Leertaste wählt · Strg+Eingabe: speichern · Strg+Umschalt+Eingabe: speichern und nächste · Esc: abbrechen</source>
        <translation>Lists: type to filter, Space selects · Ctrl+Enter: save · Ctrl+Shift+Enter: save and next · Esc: cancel</translation>
    </message>
</context>
<context>
    <name>ConsultationListPage</name>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="105"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="106"/>
        <source>Name, Pseudonym oder Wort aus den Notizen</source>
        <translation>Name, pseudonym or word from the notes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="107"/>
        <source>alle Kommunen</source>
        <translation>all municipalities</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="112"/>
        <source>alle Rechtskreise</source>
        <translation>all legal domains</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="113"/>
        <source>alle Kontaktarten</source>
        <translation>all contact types</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="115"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="115"/>
        <source>Gerät %1</source>
        <translation>Device %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="117"/>
        <source>abgeschlossene &amp;Fälle einbeziehen</source>
        <translation>I&amp;nclude closed cases</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="119"/>
        <source>Filter &amp;zurücksetzen</source>
        <translation>&amp;Reset filters</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="128"/>
        <source>Beratungen</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="212"/>
        <source>&amp;Suche:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="213"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="214"/>
        <source>&amp;Rechtskreis:</source>
        <translation>&amp;Legal domain:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="215"/>
        <source>Datum &amp;von:</source>
        <translation>&amp;Date from:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="216"/>
        <source>b&amp;is:</source>
        <translation>t&amp;o:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="217"/>
        <source>Kontakt&amp;art:</source>
        <translation>&amp;Contact type:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="219"/>
        <source>Case &amp;Management:</source>
        <translation>C&amp;ase Management:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="344"/>
        <source>„bis“ liegt vor „von“.</source>
        <translation>‘to’ is before ‘from’.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="380"/>
        <source>Beratungen werden gezählt …</source>
        <translation>Counting consultations…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="414"/>
        <source>Keine Beratungen</source>
        <translation>No consultations</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="416"/>
        <source>1 Beratung</source>
        <translation>1 consultation</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/consultation_list_page.py" line="418"/>
        <source>%1 Beratungen</source>
        <translation>%1 consultations</translation>
    </message>
</context>
<context>
    <name>ConsultationTable</name>
    <message>
        <location filename="../../kim_desktop/ui/consultation_table_model.py" line="48"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_table_model.py" line="49"/>
        <source>Beginn</source>
        <translation>Start time</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_table_model.py" line="50"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_table_model.py" line="51"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_table_model.py" line="52"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_table_model.py" line="53"/>
        <source>Kontaktart</source>
        <translation>Contact type</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_table_model.py" line="54"/>
        <source>Dauer (Min.)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_table_model.py" line="55"/>
        <source>Rechtskreise</source>
        <translation>Legal domains</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_table_model.py" line="56"/>
        <source>Case Management</source>
        <translation>Case Management</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_table_model.py" line="58"/>
        <source>Der Fall ist abgeschlossen.</source>
        <translation>The case is closed.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/consultation_table_model.py" line="59"/>
        <source>Gerät %1</source>
        <translation>Device %1</translation>
    </message>
</context>
<context>
    <name>Consultations</name>
    <message>
        <location filename="../../kim_desktop/services/consultations.py" line="35"/>
        <source>Eine Beratung kann nicht in der Zukunft liegen.</source>
        <translation>A consultation cannot lie in the future.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/consultations.py" line="36"/>
        <source>Die Beratung liegt vor dem Beginn des Falls ({date}).</source>
        <translation>The consultation lies before the start of the case ({date}).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/consultations.py" line="37"/>
        <source>Die Dauer muss zwischen 1 und 720 Minuten liegen.</source>
        <translation>The duration must be between 1 and 720 minutes.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/consultations.py" line="38"/>
        <source>Bitte die Kommune angeben.</source>
        <translation>Please choose the municipality.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/consultations.py" line="39"/>
        <source>Unbekannter Eintrag „{code}“.</source>
        <translation>Unknown entry ‘{code}’.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/consultations.py" line="40"/>
        <source>Bitte mindestens ein Thema wählen.</source>
        <translation>Please select at least one topic.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/consultations.py" line="41"/>
        <source>Die Wiedervorlage liegt vor dem Beratungstag.</source>
        <translation>The follow-up lies before the consultation date.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/consultations.py" line="42"/>
        <source>Der Fall ist abgeschlossen; für eine neue Beratung den Fall bitte erst wieder aufnehmen.</source>
        <translation>The case is closed; to record a new consultation, please reopen it first.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/consultations.py" line="44"/>
        <source>Für diese Vermittlung fehlt eine gültige Einwilligung; bitte bestätigen oder ändern.</source>
        <translation>A valid consent is missing for this referral; please confirm or change it.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/consultations.py" line="46"/>
        <source>Uhrzeit bitte als HH:MM angeben.</source>
        <translation>Please enter the time as HH:MM.</translation>
    </message>
</context>
<context>
    <name>CoordinatorInbox</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="61"/>
        <source>&amp;Eingang</source>
        <translation>&amp;Inbox</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="62"/>
        <source>&amp;Lenkungsgruppe</source>
        <translation>Steering &amp;group</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="73"/>
        <source>alle offenen</source>
        <translation>all open</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="74"/>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="83"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="78"/>
        <source>alle Kommunen</source>
        <translation>all municipalities</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="87"/>
        <source>Titel enthält …</source>
        <translation>Title contains …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="90"/>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="91"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="92"/>
        <source>&amp;Rechtskreis:</source>
        <translation>&amp;Legal domain:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="93"/>
        <source>&amp;Dringlichkeit:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="94"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="117"/>
        <source>Meldungen</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="139"/>
        <source>Status ändern / Rück&amp;meldung …</source>
        <translation>Change status / fee&amp;dback …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="140"/>
        <source>&amp;Zusammenführen …</source>
        <translation>Me&amp;rge …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="141"/>
        <source>Zwei oder mehr Meldungen in der Tabelle auswählen (Strg+Klick oder Umschalt+Pfeiltasten).</source>
        <translation>Select two or more escalations in the table (Ctrl+click or Shift+arrow keys).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="210"/>
        <source>alle Rechtskreise</source>
        <translation>all legal domains</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="246"/>
        <source>Keine Meldungen zu diesen Filtern.</source>
        <translation>No escalations match these filters.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="247"/>
        <source>Noch keine Meldungen eingegangen. Meldungen kommen mit den Exporten der Case Manager (Austausch → Import).</source>
        <translation>No escalation reports received yet. Reports arrive with the Case Managers&apos; exports (Exchange → Import).</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="250"/>
        <source>%n Meldung(en)</source>
        <translation>
            <numerusform>%n escalation</numerusform>
            <numerusform>%n escalations</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="322"/>
        <source>Gespeichert. Die Rückmeldung geht mit dem nächsten Rückmeldungspaket an die Verfasserin oder den Verfasser.</source>
        <translation>Saved. The feedback goes to the author with the next feedback package.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kim_desktop/ui/escalations/inbox.py" line="339"/>
        <source>%n Meldung(en) zusammengeführt.</source>
        <translation>
            <numerusform>%n escalation merged.</numerusform>
            <numerusform>%n escalations merged.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/review_dialog.py" line="38"/>
        <source>Status und Rückmeldung erreichen die Verfasserin oder den Verfasser mit dem nächsten Rückmeldungspaket (Austausch → Rückmeldungen schreiben).</source>
        <translation>Status and feedback reach the author with the next feedback package (Exchange → Write feedback).</translation>
    </message>
</context>
<context>
    <name>CoordinatorsModel</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="42"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="42"/>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="42"/>
        <source>Fingerabdruck</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="48"/>
        <source> (diese Datendatei)</source>
        <translation> (this vault)</translation>
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
    <name>DateField</name>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/forms.py" line="83"/>
        <location filename="../../kim_desktop/ui/widgets/date_field.py" line="67"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/date_field.py" line="68"/>
        <source>Datum als TT.MM.JJJJ; auch „heute“, „gestern“, „24.12.“ oder „+7“ (Tage), „+2w“ (Wochen). Pfeil hoch/runter: ein Tag weiter/zurück.</source>
        <translation>Date as DD.MM.YYYY; also ‘today’, ‘yesterday’, ‘24.12.’ or ‘+7’ (days), ‘+2w’ (weeks). Up/down arrow: one day forward/back.</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <location filename="../../kim_desktop/domain/dates.py" line="32"/>
        <source>Bitte ein Datum eingeben.</source>
        <translation>Please enter a date.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/dates.py" line="33"/>
        <source>Bitte das Datum als TT.MM.JJJJ eingeben, z. B. 24.12.2026.</source>
        <translation>Please enter the date as DD.MM.YYYY, e.g. 24.12.2026.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/dates.py" line="34"/>
        <source>Einen Monat {month} gibt es nicht (1 bis 12).</source>
        <translation>There is no month {month} (1 to 12).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/dates.py" line="35"/>
        <source>Einen Tag 0 gibt es nicht.</source>
        <translation>There is no day 0.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/dates.py" line="36"/>
        <source>Den {date} gibt es nicht: der Monat hat nur {days} Tage.</source>
        <translation>{date} does not exist: the month has only {days} days.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/dates.py" line="37"/>
        <source>Den {date} gibt es nicht: {year} ist kein Schaltjahr, der Februar hat nur 28 Tage.</source>
        <translation>{date} does not exist: {year} is not a leap year, February has only 28 days.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/dates.py" line="39"/>
        <source>Das Jahr {year} liegt nicht zwischen {first} und {last}.</source>
        <translation>The year {year} is not between {first} and {last}.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/dates.py" line="40"/>
        <source>Bitte eine Uhrzeit eingeben.</source>
        <translation>Please enter a time.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/dates.py" line="41"/>
        <source>Bitte die Uhrzeit als HH:MM eingeben, z. B. 09:30.</source>
        <translation>Please enter the time as HH:MM, e.g. 09:30.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/dates.py" line="42"/>
        <source>Eine Stunde {hour} gibt es nicht (0 bis 23).</source>
        <translation>There is no hour {hour} (0 to 23).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/dates.py" line="43"/>
        <source>Eine Minute {minute} gibt es nicht (0 bis 59).</source>
        <translation>There is no minute {minute} (0 to 59).</translation>
    </message>
</context>
<context>
    <name>DayView</name>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="65"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="65"/>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="65"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="66"/>
        <source>Klient:in (Fall)</source>
        <translation>Client (case)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="66"/>
        <source>Dolmetschen</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="67"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="79"/>
        <source>Termine und freie Zeiten des Tages</source>
        <translation>Appointments and free slots of the day</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="93"/>
        <source>Termin &amp;bearbeiten …</source>
        <translation>&amp;Edit appointment …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="94"/>
        <source>Termin &amp;löschen</source>
        <translation>&amp;Delete appointment</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="95"/>
        <source>Entf</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="96"/>
        <source>Beratung er&amp;fassen …</source>
        <translation>&amp;Record consultation …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="142"/>
        <source>%1 – Feiertag: %2</source>
        <translation>%1 – Public holiday: %2</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="144"/>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="158"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="150"/>
        <source> · Vertretung: %1</source>
        <translation> · Substitute: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="150"/>
        <source>benannt</source>
        <translation>named</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="153"/>
        <source> (sonst %1)</source>
        <translation> (otherwise %1)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="159"/>
        <source>%1 – kein Sprechtag</source>
        <translation>%1 – no office day</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="165"/>
        <source>Sprechzeiten: %1</source>
        <translation>Office hours: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="169"/>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="173"/>
        <source>Keine Termine.</source>
        <translation>No appointments.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="171"/>
        <source>Keine Sprechzeiten und keine Termine an diesem Tag. „Neuer Termin …“ (Strg+N) legt trotzdem einen an.</source>
        <translation>No office hours and no appointments on this day. “New appointment …” (Ctrl+N) creates one anyway.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="178"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="180"/>
        <source>frei</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="182"/>
        <source>(Fall nicht mehr vorhanden)</source>
        <translation>(case no longer exists)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="223"/>
        <source>Dieser Termin nennt keinen Fall. Bitte zuerst einen Fall anlegen und im Termin auswählen (Termin bearbeiten).</source>
        <translation>This appointment does not name a case. Please create a case first and select it in the appointment (Edit appointment).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/day_view.py" line="226"/>
        <source>Beratung zu diesem Termin erfassen (Strg+B)</source>
        <translation>Record consultation for this appointment (Ctrl+B)</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="137"/>
        <source>Beschluss erfassen</source>
        <translation>Record decision</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="149"/>
        <source>zurück in Prüfung (Geschäftsstelle)</source>
        <translation>back to review (coordination office)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="153"/>
        <source>Status bleibt („%1“)</source>
        <translation>Status unchanged (“%1”)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="156"/>
        <source>&amp;Beschluss:</source>
        <translation>&amp;Decision:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="157"/>
        <source>&amp;Ergebnis:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="163"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="175"/>
        <source>Bitte den Beschluss eintragen.</source>
        <translation>Please enter the decision.</translation>
    </message>
</context>
<context>
    <name>DevicesModel</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="29"/>
        <source>Case Management</source>
        <translation>Case Management</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="29"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="29"/>
        <source>Fingerabdruck</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="30"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="30"/>
        <source>Letztes Paket am</source>
        <translation>Last package on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="30"/>
        <source>Letzte Nr.</source>
        <translation>Last no.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="31"/>
        <source>Fehlende Pakete</source>
        <translation>Missing packages</translation>
    </message>
</context>
<context>
    <name>DevicesTab</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="56"/>
        <source>&amp;Vertrauen …</source>
        <translation>&amp;Trust …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="57"/>
        <source>Sperre&amp;n …</source>
        <translation>Re&amp;voke …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="61"/>
        <source>Die Geräte der Case Managerinnen und Case Manager, von denen Pakete kamen. Ein gesperrtes Gerät (z. B. ein gestohlener Laptop) wird ab dann abgelehnt; seine bisherigen Daten bleiben.</source>
        <translation>The devices of the case managers from whom packages have arrived. A revoked device (e.g. a stolen laptop) is rejected from then on; its existing data remain.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="64"/>
        <source>Noch keine Geräte bekannt. Ein Gerät erscheint hier, sobald sein erstes Paket eingelesen wird.</source>
        <translation>No devices known yet. A device appears here as soon as its first package is read in.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="100"/>
        <source>»%1« wird vertraut.</source>
        <translation>“%1” is now trusted.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="107"/>
        <source>Gerät sperren</source>
        <translation>Revoke device</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="108"/>
        <source>Das Gerät von »%1« sperren?

Ein gesperrtes Gerät wird ab jetzt abgelehnt; seine bisherigen Daten bleiben.</source>
        <translation>Revoke the device of “%1”?

A revoked device is rejected from now on; its existing data remain.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/devices_tab.py" line="112"/>
        <source>Das Gerät von »%1« ist gesperrt.</source>
        <translation>The device of “%1” has been revoked.</translation>
    </message>
</context>
<context>
    <name>DiscardQuestion</name>
    <message>
        <location filename="../../kim_desktop/ui/widgets/discard_question.py" line="12"/>
        <source>Eingaben verwerfen?</source>
        <translation>Discard entries?</translation>
    </message>
</context>
<context>
    <name>DistrictWeekView</name>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="44"/>
        <source>nach &amp;Kommune ordnen</source>
        <translation>sort by &amp;municipality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="45"/>
        <source>Zeilen: Kommunen statt Personen</source>
        <translation>Rows: municipalities instead of people</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="56"/>
        <source>Wochenplan des Kreises</source>
        <translation>District weekly plan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="87"/>
        <source>Wochenpläne von %n Person(en)</source>
        <translation>
            <numerusform>Weekly plan of %n person</numerusform>
            <numerusform>Weekly plans of %n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="90"/>
        <source>Noch keine Wochenpläne importiert. Sobald die Case Managerinnen und Case Manager ihre Exportdateien schicken und sie unter „Austausch“ importiert sind, steht hier, wer an welchem Tag in welcher Kommune ist.</source>
        <translation>No weekly plans imported yet. As soon as the case managers send their export files and these have been imported under “Exchange”, this view shows who is in which municipality on which day.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="93"/>
        <source>Für diese Woche liegt kein Wochenplan vor.</source>
        <translation>There is no weekly plan for this week.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="116"/>
        <source>Person</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="116"/>
        <source>Team</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="134"/>
        <source>Feiertag</source>
        <translation>Public holiday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="135"/>
        <source>Feiertag: %1</source>
        <translation>Public holiday: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="138"/>
        <source>abwesend</source>
        <translation>away</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="142"/>
        <source>Vertretung: %1</source>
        <translation>Substitute: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="148"/>
        <source>Sprechzeiten: %1</source>
        <translation>Office hours: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="149"/>
        <source>Termine: %1</source>
        <translation>Appointments: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="152"/>
        <source>kein Sprechtag</source>
        <translation>no office day</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="154"/>
        <source>sonst: %1</source>
        <translation>otherwise: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/district_view.py" line="173"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
</context>
<context>
    <name>DrillDownDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/reports/drill_down_dialog.py" line="25"/>
        <source>Liste hinter der Zahl – %1</source>
        <translation>List behind the number – %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/drill_down_dialog.py" line="33"/>
        <source>1 Eintrag</source>
        <translation>1 entry</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/drill_down_dialog.py" line="33"/>
        <source>%1 Einträge</source>
        <translation>%1 entries</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/drill_down_dialog.py" line="34"/>
        <source>pseudonymisiert: Pseudonyme statt Namen, keine Notizen</source>
        <translation>pseudonymised: pseudonyms instead of names, no notes</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <location filename="../../kim_desktop/domain/name_matching.py" line="47"/>
        <source>gleiches Geburtsdatum</source>
        <translation>same date of birth</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/name_matching.py" line="48"/>
        <source>gleiches Geburtsdatum (1. Januar, oft ein Ersatzdatum)</source>
        <translation>same date of birth (1 January, often a substitute date)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/name_matching.py" line="50"/>
        <source>Geburtsdatum fehlt bei einer der beiden Personen</source>
        <translation>date of birth missing for one of the two people</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/name_matching.py" line="52"/>
        <source>gleicher Name</source>
        <translation>same name</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/name_matching.py" line="53"/>
        <source>Name ähnlich ({pairs})</source>
        <translation>similar name ({pairs})</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/name_matching.py" line="54"/>
        <source>Vor- und Nachname vertauscht</source>
        <translation>first and last name swapped</translation>
    </message>
</context>
<context>
    <name>EscalationDetailView</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="25"/>
        <source>Titel:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="25"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="25"/>
        <source>Dringlichkeit:</source>
        <translation>Urgency:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="26"/>
        <source>Rechtskreise:</source>
        <translation>Legal domains:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="26"/>
        <source>Partner/Behörden:</source>
        <translation>Partners/authorities:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="27"/>
        <source>Kommunen:</source>
        <translation>Municipalities:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="27"/>
        <source>Anzahl Fälle:</source>
        <translation>Number of cases:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="28"/>
        <source>Erstmals beobachtet:</source>
        <translation>First observed:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="28"/>
        <source>Übermittelt:</source>
        <translation>Submitted:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="29"/>
        <source>Beschreibung:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="29"/>
        <source>Vorgeschlagene Maßnahme:</source>
        <translation>Proposed measure:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="30"/>
        <source>Anlagen:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="55"/>
        <source>&amp;Verlauf und Rückmeldungen:</source>
        <translation>&amp;History and feedback:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="62"/>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="62"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="63"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="86"/>
        <source>%1 (mit zusammengeführten Meldungen)</source>
        <translation>%1 (including merged escalations)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="88"/>
        <source>%1 eigene Fälle verknüpft – die Verknüpfung bleibt auf diesem Gerät</source>
        <translation>%1 own cases linked – the link stays on this device</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="97"/>
        <source>noch nicht (Entwurf)</source>
        <translation>not yet (draft)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="111"/>
        <source>nicht übernommen: %1</source>
        <translation>not applied: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/history_view.py" line="113"/>
        <source>Rückmeldung</source>
        <translation>Feedback</translation>
    </message>
</context>
<context>
    <name>EscalationFormDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="58"/>
        <source>Neue Meldung</source>
        <translation>New escalation report</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="59"/>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="269"/>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="334"/>
        <source>Meldung bearbeiten</source>
        <translation>Edit escalation report</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="64"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="65"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="66"/>
        <source>Maßnahme</source>
        <translation>Measure</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="67"/>
        <source>Anlagen</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="81"/>
        <source>Kurz: welches Problem, wo?</source>
        <translation>In brief: what problem, where?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="82"/>
        <source>Was geschieht, seit wann, wie oft, welche Folgen? Ohne Namen und ohne Einzelfalldaten.</source>
        <translation>What is happening, since when, how often, with what consequences? No names and no individual case data.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="84"/>
        <source>Was müsste sich ändern, wer könnte es ändern?</source>
        <translation>What would need to change, and who could change it?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="85"/>
        <source>Nur Text, z. B. Auszüge aus Schreiben – ohne personenbezogene Daten</source>
        <translation>Text only, e.g. excerpts from letters – without personal data</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="92"/>
        <source>Wie viele Fälle (auch anderer Kolleginnen und Kollegen) sind Ihnen bekannt?</source>
        <translation>How many cases (including those of colleagues) are you aware of?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="110"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="111"/>
        <source>&amp;Beschreibung:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="112"/>
        <source>Vorgeschlagene &amp;Maßnahme:</source>
        <translation>Proposed &amp;measure:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="113"/>
        <source>An&amp;lagen (Text):</source>
        <translation>&amp;Attachments (text):</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="116"/>
        <source>&amp;Rechtskreise:</source>
        <translation>&amp;Legal domains:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="117"/>
        <source>&amp;Partner/Behörden:</source>
        <translation>&amp;Partners/authorities:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="118"/>
        <source>&amp;Kommunen:</source>
        <translation>Mun&amp;icipalities:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="119"/>
        <source>Anzahl &amp;Fälle:</source>
        <translation>&amp;Number of cases:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="120"/>
        <source>E&amp;igene Fälle:</source>
        <translation>&amp;Own cases:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="122"/>
        <source>&amp;Erstmals beobachtet:</source>
        <translation>&amp;First observed:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="123"/>
        <source>&amp;Dringlichkeit:</source>
        <translation>&amp;Urgency:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="133"/>
        <source>Als Entwurf &amp;speichern</source>
        <translation>&amp;Save as draft</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="134"/>
        <source>Strg+S oder Strg+Eingabe</source>
        <translation>Ctrl+S or Ctrl+Enter</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="136"/>
        <source>Prüfen und über&amp;mitteln …</source>
        <translation>Check and su&amp;bmit …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="137"/>
        <source>Speichert, prüft auf personenbezogene Daten und übermittelt mit dem nächsten Export</source>
        <translation>Saves, checks for personal data and submits with the next export</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="139"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="243"/>
        <source>Bitte einen Titel angeben.</source>
        <translation>Please enter a title.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="246"/>
        <source>Bitte das Problem beschreiben.</source>
        <translation>Please describe the problem.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/form_dialog.py" line="317"/>
        <source>Die Eingaben zu dieser Meldung sind nicht gespeichert. Verwerfen?</source>
        <translation>Your entries for this escalation report have not been saved. Discard them?</translation>
    </message>
</context>
<context>
    <name>EscalationStatus</name>
    <message>
        <location filename="../../kim_desktop/domain/escalation_status.py" line="46"/>
        <source>Entwurf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/escalation_status.py" line="47"/>
        <source>übermittelt</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/escalation_status.py" line="48"/>
        <source>in Prüfung (Geschäftsstelle)</source>
        <translation>under review (coordination office)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/escalation_status.py" line="49"/>
        <source>in der Lenkungsgruppe</source>
        <translation>with the steering group</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/escalation_status.py" line="50"/>
        <source>gelöst</source>
        <translation>resolved</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/escalation_status.py" line="51"/>
        <source>nicht lösbar</source>
        <translation>not resolvable</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/escalation_status.py" line="52"/>
        <source>zurückgezogen</source>
        <translation>withdrawn</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/escalation_status.py" line="73"/>
        <source>niedrig</source>
        <translation>low</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/escalation_status.py" line="74"/>
        <source>mittel</source>
        <translation>medium</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/escalation_status.py" line="75"/>
        <source>hoch</source>
        <translation>high</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/escalation_status.py" line="76"/>
        <source>akut</source>
        <translation>acute</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/escalation_status.py" line="94"/>
        <source>Von „{current}“ nach „{target}“ kann die Meldung in Ihrer Rolle nicht wechseln.</source>
        <translation>In your role, the escalation report cannot move from “{current}” to “{target}”.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/escalation_status.py" line="96"/>
        <source>Nur Entwürfe können geändert werden; die Meldung ist bereits „{current}“.</source>
        <translation>Only drafts can be changed; the escalation report is already “{current}”.</translation>
    </message>
</context>
<context>
    <name>EscalationTable</name>
    <message>
        <location filename="../../kim_desktop/ui/models/escalation_table_model.py" line="30"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/models/escalation_table_model.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/models/escalation_table_model.py" line="32"/>
        <source>Dringlichkeit</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/models/escalation_table_model.py" line="33"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/models/escalation_table_model.py" line="34"/>
        <source>Rechtskreise</source>
        <translation>Legal domains</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/models/escalation_table_model.py" line="35"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/models/escalation_table_model.py" line="36"/>
        <source>Quellen</source>
        <translation>Sources</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/models/escalation_table_model.py" line="37"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/models/escalation_table_model.py" line="38"/>
        <source>Übermittelt</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/models/escalation_table_model.py" line="39"/>
        <source>Letzte Änderung</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/models/escalation_table_model.py" line="41"/>
        <source>+%1 zusammengeführt</source>
        <translation>+%1 merged</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/models/escalation_table_model.py" line="42"/>
        <source>Doppelte Meldungen aus anderen Kommunen wurden mit dieser zusammengeführt; die Fallzahl zählt sie mit.</source>
        <translation>Duplicate escalation reports from other municipalities have been merged into this one; the case count includes them.</translation>
    </message>
</context>
<context>
    <name>Escalations</name>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="73"/>
        <source>Bitte einen Titel angeben.</source>
        <translation>Please enter a title.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="74"/>
        <source>Der Titel darf höchstens {max} Zeichen lang sein.</source>
        <translation>The title must not exceed {max} characters.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="75"/>
        <source>Bitte das Problem beschreiben.</source>
        <translation>Please describe the problem.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="76"/>
        <source>Der Text darf höchstens {max} Zeichen lang sein.</source>
        <translation>The text must not exceed {max} characters.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="77"/>
        <source>Die Zahl der betroffenen Fälle muss zwischen 1 und {max} liegen.</source>
        <translation>The number of affected cases must be between 1 and {max}.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="79"/>
        <source>Es sind {links} Fälle verknüpft; die Zahl der betroffenen Fälle kann nicht kleiner sein.</source>
        <translation>{links} cases are linked; the number of affected cases cannot be smaller.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="81"/>
        <source>Bitte eine Dringlichkeit wählen.</source>
        <translation>Please choose an urgency.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="82"/>
        <source>„Zuerst beobachtet“ kann nicht in der Zukunft liegen.</source>
        <translation>“First observed” cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="83"/>
        <source>Verknüpft werden können nur eigene, vorhandene Fälle.</source>
        <translation>Only your own existing cases can be linked.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="84"/>
        <source>Meldungen schreibt das Case Management.</source>
        <translation>Escalation reports are written by Case Management.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="85"/>
        <source>Meldungen bearbeitet nur die Geschäftsstelle (Koordination).</source>
        <translation>Escalation reports are processed only by the coordination office (coordinator role).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="87"/>
        <source>Diese Meldung stammt von einem anderen Gerät.</source>
        <translation>This escalation report comes from another device.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="88"/>
        <source>Bitte eine Rückmeldung schreiben oder einen neuen Status wählen.</source>
        <translation>Please write feedback or choose a new status.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="90"/>
        <source>Die Meldung ist mit einer anderen zusammengeführt; bitte dort bearbeiten.</source>
        <translation>This escalation report has been merged into another one; please edit that one instead.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="92"/>
        <source>Bitte mindestens eine weitere Meldung zum Zusammenführen wählen.</source>
        <translation>Please choose at least one more escalation report to merge.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="94"/>
        <source>Eine Meldung kann nicht mit sich selbst zusammengeführt werden.</source>
        <translation>An escalation report cannot be merged with itself.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="96"/>
        <source>„{title}“ fasst schon andere Meldungen zusammen und kann nicht selbst zugeordnet werden.</source>
        <translation>“{title}” already combines other escalation reports and cannot itself be assigned.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="98"/>
        <source>„{title}“ ist zurückgezogen und kann nicht zusammengeführt werden.</source>
        <translation>“{title}” has been withdrawn and cannot be merged.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="100"/>
        <source>Mit einer gleichartigen Meldung zusammengeführt.</source>
        <translation>Merged with a similar escalation report.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="101"/>
        <source>Gerät {device}</source>
        <translation>Device {device}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/escalations.py" line="102"/>
        <source>Geschäftsstelle</source>
        <translation>Coordination office</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/texts.py" line="17"/>
        <source>&lt;h3&gt;Noch keine Meldungen&lt;/h3&gt;&lt;p&gt;Mit einer Meldung geben Sie ein &lt;b&gt;strukturelles Problem&lt;/b&gt; an die Geschäftsstelle weiter: etwas, das nicht nur eine Person betrifft, sondern immer wieder auftritt – lange Wartezeiten bei einer Behörde, fehlende Angebote, Zuständigkeitslücken zwischen Rechtskreisen. Die Geschäftsstelle prüft die Meldung und bringt sie, wenn nötig, in die Lenkungsgruppe.&lt;/p&gt;&lt;p&gt;Eine Meldung ist &lt;b&gt;kein Einzelfall&lt;/b&gt; und enthält &lt;b&gt;keine personenbezogenen Daten&lt;/b&gt;: keine Namen, Geburtsdaten, Telefonnummern, Adressen oder Aktenzeichen. Das Formular prüft den Text darauf, bevor er übermittelt wird.&lt;/p&gt;&lt;p&gt;„Neue Meldung …“ (Strg+N) legt einen Entwurf an.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;No escalation reports yet&lt;/h3&gt;&lt;p&gt;With an escalation report you pass a &lt;b&gt;structural problem&lt;/b&gt; on to the coordination office: something that does not affect just one person but occurs again and again – long waiting times at an authority, missing services, gaps in responsibility between legal domains. The coordination office reviews the report and, if necessary, brings it to the steering group.&lt;/p&gt;&lt;p&gt;An escalation report is &lt;b&gt;not an individual case&lt;/b&gt; and contains &lt;b&gt;no personal data&lt;/b&gt;: no names, dates of birth, phone numbers, addresses or file numbers. The form checks the text for these before it is submitted.&lt;/p&gt;&lt;p&gt;“New escalation report …” (Ctrl+N) creates a draft.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/texts.py" line="29"/>
        <source>Die Verknüpfung bleibt auf diesem Gerät – übermittelt wird nur die Anzahl.</source>
        <translation>The link stays on this device – only the number is submitted.</translation>
    </message>
</context>
<context>
    <name>EscalationsPage</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/page.py" line="24"/>
        <source>Meldungen – Eingang der Geschäftsstelle</source>
        <translation>Escalations – coordination office inbox</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/page.py" line="25"/>
        <source>Meldungen an die Geschäftsstelle</source>
        <translation>Escalations to the coordination office</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/page.py" line="44"/>
        <source>Der Eingang der Meldungen ist in dieser Version noch nicht verfügbar.</source>
        <translation>The escalation inbox is not yet available in this version.</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="41"/>
        <source>Ausnahmen am {day}</source>
        <translation>Exceptions on {day}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="71"/>
        <source>Feiertag: {name} – keine Sprechzeiten.</source>
        <translation>Public holiday: {name} – no office hours.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="74"/>
        <source>Ausnahmen an diesem Tag</source>
        <translation>Exceptions on this day</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="76"/>
        <source>Ausnahme &amp;löschen …</source>
        <translation>&amp;Delete exception …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="90"/>
        <source>Neue Ausnahme</source>
        <translation>New exception</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="96"/>
        <source>&amp;Art:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="97"/>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="101"/>
        <source>— wie im Wochenplan —</source>
        <translation>— as in the weekly plan —</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="102"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="105"/>
        <source>z. B. Rathaus, Raum 2.14</source>
        <translation>e.g. town hall, room 2.14</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="106"/>
        <source>&amp;Ort / Raum:</source>
        <translation>&amp;Location / room:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="110"/>
        <source>S&amp;prechzeiten:</source>
        <translation>Office &amp;hours:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="112"/>
        <source>keine Vertretung</source>
        <translation>no substitute</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="113"/>
        <source>Nur bei Urlaub. Zur Auswahl stehen die Fallmanagerinnen und Fallmanager, deren Profil über den Austausch bekannt ist.</source>
        <translation>Only for vacation. You can choose from the case managers whose profile is known via the exchange.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="117"/>
        <source>Ve&amp;rtretung:</source>
        <translation>Su&amp;bstitute:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="119"/>
        <source>&amp;Notiz:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="134"/>
        <source>&amp;bis:</source>
        <translation>&amp;until:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="136"/>
        <source>(ohne Wochenenden und Feiertage)</source>
        <translation>(excluding weekends and public holidays)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="152"/>
        <source>&amp;Hinzufügen</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="154"/>
        <source>Strg+Eingabe</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="181"/>
        <source>Keine Ausnahmen an diesem Tag.</source>
        <translation>No exceptions on this day.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="197"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="198"/>
        <source>Vertretung: {name}</source>
        <translation>Substitute: {name}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="216"/>
        <source>Ausnahme löschen</source>
        <translation>Delete exception</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="217"/>
        <source>„{what}“ löschen?</source>
        <translation>Delete “{what}”?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="294"/>
        <source>Schon eingetragen – nichts hinzugefügt.</source>
        <translation>Already entered – nothing added.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="296"/>
        <source>Eingetragen für {day}.</source>
        <translation>Entered for {day}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kim_desktop/ui/schedule/exception_dialog.py" line="298"/>
        <source>Eingetragen für %n Arbeitstag(e) vom {first} bis {last}.</source>
        <translation>
            <numerusform>Entered for %n working day from {first} to {last}.</numerusform>
            <numerusform>Entered for %n working days from {first} to {last}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="71"/>
        <source>diese Datendatei</source>
        <translation>this vault</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="114"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/conflicts_tab.py" line="115"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/folders.py" line="38"/>
        <source>KIM-Austauschdateien (*.kimsync);;Alle Dateien (*)</source>
        <translation>KIM exchange files (*.kimsync);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="235"/>
        <source>Datei nicht lesbar: %1</source>
        <translation>File not readable: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="238"/>
        <source>Datei zu groß für eine Schlüsseldatei</source>
        <translation>File too large for a key file</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="242"/>
        <source>keine Textdatei</source>
        <translation>not a text file</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/outcome_model.py" line="22"/>
        <source>Gerät von »%1« noch nicht bestätigt (Fingerabdruck %2); vertrauen im Reiter »Geräte«</source>
        <translation>Device of “%1” not yet confirmed (fingerprint %2); trust it in the “Devices” tab</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/own_status.py" line="19"/>
        <source>Beim Kreis angekommen bis Paket %1.</source>
        <translation>Arrived at the district up to package %1.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/own_status.py" line="21"/>
        <source>Noch keine Bestätigung vom Kreis; sie kommt mit der nächsten Rückmeldung der Koordination.</source>
        <translation>No confirmation from the district yet; it comes with the next feedback from the coordination.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/own_status.py" line="28"/>
        <source>Noch kein Paket für den Kreis geschrieben.</source>
        <translation>No package written for the district yet.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/own_status.py" line="29"/>
        <source>Zuletzt geschrieben: Paket %1.</source>
        <translation>Last written: package %1.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/own_status.py" line="32"/>
        <source>Alle Pakete sind angekommen.</source>
        <translation>All packages have arrived.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/own_status.py" line="35"/>
        <source>Noch nicht bestätigt: Paket %1.</source>
        <translation>Not yet confirmed: package %1.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/own_status.py" line="37"/>
        <source>Noch nicht bestätigt: Pakete %1.</source>
        <translation>Not yet confirmed: packages %1.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/own_status.py" line="41"/>
        <source>Falls ein USB-Stick verloren ging: »Alles, was der Kreis noch nicht bestätigt hat« exportieren.</source>
        <translation>If a USB stick was lost: export “Everything the district has not yet confirmed”.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/parts.py" line="24"/>
        <source>Gerade läuft eine andere Aufgabe mit der Datendatei (z. B. eine Sicherung). Bitte gleich noch einmal versuchen.</source>
        <translation>Another task is currently running on the vault (e.g. a backup). Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/parts.py" line="123"/>
        <source>&amp;Zielordner:</source>
        <translation>&amp;Destination folder:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="17"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="18"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="19"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="20"/>
        <source>Phasenwechsel</source>
        <translation>Changes of phase</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="21"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="22"/>
        <source>Einwilligungen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="23"/>
        <source>Beratungen</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="24"/>
        <source>Stammdaten</source>
        <translation>Master data</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="27"/>
        <source>neu importiert</source>
        <translation>newly imported</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="28"/>
        <source>unverändert (schon importiert)</source>
        <translation>unchanged (already imported)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="29"/>
        <source>abgelehnt</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="30"/>
        <source>unbekanntes Gerät</source>
        <translation>unknown device</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="31"/>
        <source>bereit zum Import</source>
        <translation>ready to import</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="32"/>
        <source>abgebrochen, nicht bearbeitet</source>
        <translation>cancelled, not processed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="35"/>
        <source>vertraut</source>
        <translation>trusted</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="36"/>
        <source>gesperrt</source>
        <translation>revoked</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="37"/>
        <source>unbestätigt</source>
        <translation>unconfirmed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="40"/>
        <source>Einsatzkonfiguration</source>
        <translation>Deployment configuration</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="41"/>
        <source>hier hinzugefügt</source>
        <translation>added here</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="42"/>
        <source>aus einer Rückmeldung</source>
        <translation>from a feedback file</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="68"/>
        <source>pseudonymisiert: Namen, Geburtsdaten, Kontaktdaten und Notizen bleiben auf diesem Gerät</source>
        <translation>pseudonymised: names, dates of birth, contact details and notes stay on this device</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/texts.py" line="71"/>
        <source>vollständig</source>
        <translation>complete</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/trust_dialog.py" line="18"/>
        <source>Fingerabdruck</source>
        <translation>Fingerprint</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/page.py" line="30"/>
        <source>Austausch</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/page.py" line="40"/>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/page.py" line="41"/>
        <source>&amp;Geräte</source>
        <translation>&amp;Devices</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/page.py" line="42"/>
        <source>&amp;Konflikte</source>
        <translation>&amp;Conflicts</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/page.py" line="43"/>
        <source>Import&amp;protokoll</source>
        <translation>Import &amp;log</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/page.py" line="44"/>
        <source>&amp;Rückmeldungen schreiben</source>
        <translation>&amp;Write feedback</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/page.py" line="48"/>
        <source>E&amp;xport für den Kreis</source>
        <translation>E&amp;xport for the district</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/page.py" line="49"/>
        <source>&amp;Rückmeldungen einlesen</source>
        <translation>&amp;Read feedback</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/page.py" line="51"/>
        <source>&amp;Schlüssel</source>
        <translation>&amp;Keys</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="49"/>
        <source>E&amp;xportieren</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="50"/>
        <source>Bericht als Datei speichern: Excel, CSV, PDF oder Sachstandsbericht</source>
        <translation>Save report as a file: Excel, CSV, PDF or status report</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="53"/>
        <source>&amp;Excel-Datei (XLSX, alle Ansichten) …</source>
        <translation>&amp;Excel file (XLSX, all views) …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="54"/>
        <source>&amp;CSV-Datei (aktuelle Ansicht) …</source>
        <translation>&amp;CSV file (current view) …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="55"/>
        <source>&amp;PDF mit Diagrammen (alle Ansichten) …</source>
        <translation>&amp;PDF with charts (all views) …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="56"/>
        <source>&amp;Sachstandsbericht (PDF, für außerhalb des Kreises) …</source>
        <translation>&amp;Status report (PDF, for use outside the district) …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="74"/>
        <source>Bericht als Excel-Datei speichern</source>
        <translation>Save report as Excel file</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="75"/>
        <source>Ansicht als CSV-Datei speichern</source>
        <translation>Save view as CSV file</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="76"/>
        <source>Bericht als PDF speichern</source>
        <translation>Save report as PDF</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="76"/>
        <source>Sachstandsbericht speichern</source>
        <translation>Save status report</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="77"/>
        <source>Excel-Dateien (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="77"/>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="78"/>
        <source>PDF-Dateien (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="81"/>
        <source>nur für den internen Gebrauch im Kreis</source>
        <translation>for internal use within the district only</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="95"/>
        <source>Nur für den internen Gebrauch</source>
        <translation>For internal use only</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="96"/>
        <source>Diese Datei enthält die interne Fassung des Berichts: Namen der Case Manager, kleine Zahlen nicht unterdrückt. Sie ist nur für den Gebrauch in der Kreisverwaltung bestimmt. Für Stellen außerhalb des Kreises die Fassung „Für außerhalb des Kreises“ wählen.

Trotzdem speichern?</source>
        <translation>This file contains the internal version of the report: names of the case managers, small counts not suppressed. It is intended for use within the district administration only. For recipients outside the district, choose the “For use outside the district” version.

Save anyway?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="111"/>
        <source>Nicht gespeichert: erst einen gültigen Zeitraum wählen.</source>
        <translation>Not saved: choose a valid period first.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="124"/>
        <source>Das Speichern von Berichten ist in dieser Version noch nicht verfügbar.</source>
        <translation>Saving reports is not yet available in this version.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="130"/>
        <source>Die Datei wird geschrieben …</source>
        <translation>Writing the file …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="140"/>
        <source>Gespeichert: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="142"/>
        <source>(nur für den internen Gebrauch im Kreis)</source>
        <translation>(for internal use within the district only)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/export_actions.py" line="147"/>
        <source>Nicht gespeichert: %1</source>
        <translation>Not saved: %1</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="42"/>
        <source>Neues Paket</source>
        <translation>New package</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="44"/>
        <source>Schreibt Ihre Änderungen in eine verschlüsselte Datei (*.kimsync), z. B. auf einen USB-Stick. Öffnen kann sie nur die Koordination im Kreis.</source>
        <translation>Writes your changes to an encrypted file (*.kimsync), e.g. on a USB stick. Only the coordination at the district can open it.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="50"/>
        <source>Ä&amp;nderungen seit dem letzten Export</source>
        <translation>&amp;Changes since the last export</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="51"/>
        <source>&amp;Alles erneut senden</source>
        <translation>&amp;Resend everything</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="52"/>
        <source>Alles, was der Kreis noch nicht &amp;bestätigt hat (z. B. wenn ein USB-Stick verloren ging)</source>
        <translation>Everything the district has not yet con&amp;firmed (e.g. if a USB stick was lost)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="64"/>
        <source>Ex&amp;portieren</source>
        <translation>Ex&amp;port</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="70"/>
        <source>Umfang:</source>
        <translation>Scope:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="71"/>
        <source>Zusammenfassung:</source>
        <translation>Summary:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="78"/>
        <source>Stand beim Kreis</source>
        <translation>Status at the district</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="111"/>
        <source>Wird gezählt …</source>
        <translation>Counting …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="120"/>
        <source>Paket Nr. %1</source>
        <translation>Package no. %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="122"/>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="171"/>
        <source>Inhalt: %1</source>
        <translation>Contents: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="124"/>
        <source>Nichts Neues: es wird ein kleines Lebenszeichen geschrieben, damit der Kreis sieht, dass das Gerät arbeitet.</source>
        <translation>Nothing new: a small heartbeat is written so that the district can see the device is in use.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="126"/>
        <source>Umfang: %1</source>
        <translation>Scope: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="130"/>
        <source>Verschlüsselt für: %1</source>
        <translation>Encrypted for: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="133"/>
        <source>Es ist keine Koordination als Empfänger eingerichtet. Bitte im Reiter »Schlüssel« die Schlüsseldatei der Koordination hinzufügen.</source>
        <translation>No coordination is set up as recipient. Please add the coordination&apos;s key file in the “Keys” tab.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="151"/>
        <source>Export …</source>
        <translation>Export …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="164"/>
        <source>ein Lebenszeichen, nichts Neues seit Paket %1</source>
        <translation>a heartbeat, nothing new since package %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="168"/>
        <source>Paket %1 gespeichert: %2</source>
        <translation>Package %1 saved: %2</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="170"/>
        <source>Ordner: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/export_tab.py" line="177"/>
        <source>Es wurde nichts exportiert: %1</source>
        <translation>Nothing was exported: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/feedback_tab.py" line="64"/>
        <source>Schreibt für jedes vertraute Case-Management-Gerät eine Rückmeldung (Stammdaten und die Bestätigung, welche seiner Pakete angekommen sind) und, wenn weitere Koordinationen bekannt sind, ein Abgleichspaket für sie. Jede Datei ist nur für ihren Empfänger lesbar.</source>
        <translation>Writes a feedback file for each trusted case management device (master data and the confirmation of which of its packages have arrived) and, if other coordinators are known, a sync package for them. Each file can only be read by its recipient.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/feedback_tab.py" line="68"/>
        <source>Rückmeldungen schrei&amp;ben</source>
        <translation>&amp;Write feedback</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/feedback_tab.py" line="74"/>
        <source>Geschriebene Da&amp;teien:</source>
        <translation>Written &amp;files:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/feedback_tab.py" line="97"/>
        <source>Rückmeldungen …</source>
        <translation>Feedback …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/feedback_tab.py" line="114"/>
        <source>Dateien geschrieben: %1 in %2</source>
        <translation>Files written: %1 in %2</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/feedback_tab.py" line="118"/>
        <source>Nichts geschrieben: noch keinem Case-Management-Gerät vertraut und keine weitere Koordination bekannt.</source>
        <translation>Nothing written: no case management device trusted yet and no other coordination known.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/feedback_tab.py" line="123"/>
        <source>Es wurde nichts geschrieben: %1</source>
        <translation>Nothing was written: %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="110"/>
        <source>Dieser Monat</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="110"/>
        <source>Letzter Monat</source>
        <translation>Last month</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="110"/>
        <source>Dieses Quartal</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="111"/>
        <source>Dieses Jahr</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="111"/>
        <source>Letztes Jahr</source>
        <translation>Last year</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="111"/>
        <source>Benutzerdefiniert</source>
        <translation>Custom</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="121"/>
        <source>alle Teams</source>
        <translation>all teams</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="123"/>
        <source>Team %1 – %2</source>
        <translation>Team %1 – %2</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="127"/>
        <source>alle Case Manager</source>
        <translation>all case managers</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="129"/>
        <source>&amp;Für außerhalb des Kreises (anonymisiert, kleine Zahlen unterdrückt)</source>
        <translation>&amp;For use outside the district (anonymised, small counts suppressed)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="130"/>
        <source>Zeigt die Fassung, die den Kreis verlassen darf: ohne Namen, Zahlen von 1 bis 4 als „&lt;5“, ohne Liste hinter den Zahlen.</source>
        <translation>Shows the version that may leave the district: no names, counts from 1 to 4 as “&lt;5”, no lists behind the numbers.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="150"/>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="152"/>
        <source>v&amp;on</source>
        <translation>f&amp;rom</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="154"/>
        <source>&amp;bis</source>
        <translation>t&amp;o</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="157"/>
        <source>Kommu&amp;nen:</source>
        <translation>&amp;Municipalities:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="162"/>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="165"/>
        <source>Case &amp;Manager:</source>
        <translation>&amp;Case manager:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="217"/>
        <source>Beginn des Zeitraums: %1</source>
        <translation>Start of period: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="219"/>
        <source>Ende des Zeitraums: %1</source>
        <translation>End of period: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="221"/>
        <source>Das Ende des Zeitraums liegt vor seinem Anfang.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/pii_highlight.py" line="178"/>
        <source>Feld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/pii_highlight.py" line="178"/>
        <source>Zeile</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/pii_highlight.py" line="178"/>
        <source>Art</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/pii_highlight.py" line="178"/>
        <source>Fundstelle</source>
        <translation>Match</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/pii_highlight.py" line="179"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/pii_highlight.py" line="180"/>
        <source>Eingabe oder Klick markiert die Fundstelle im Feld</source>
        <translation>Enter or click highlights the match in the field</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/pii_highlight.py" line="205"/>
        <source>Die Prüfung auf personenbezogene Daten ist gerade nicht möglich; beim Übermitteln wird erneut geprüft.</source>
        <translation>The check for personal data is not possible right now; it will be repeated on submission.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/pii_highlight.py" line="208"/>
        <source>Prüfung auf personenbezogene Daten wird vorbereitet …</source>
        <translation>Preparing the check for personal data …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/pii_highlight.py" line="210"/>
        <source>Möglicherweise personenbezogene Daten (%1) – bitte entfernen oder umschreiben:</source>
        <translation>Possibly personal data (%1) – please remove or rephrase:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/pii_highlight.py" line="213"/>
        <source>Keine Hinweise auf personenbezogene Daten.</source>
        <translation>No indications of personal data.</translation>
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
        <location filename="../../kim_desktop/ui/wizard.py" line="227"/>
        <source>Datendatei wird angelegt …</source>
        <translation>Creating the vault…</translation>
    </message>
</context>
<context>
    <name>FollowUps</name>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="30"/>
        <source>Fällig am</source>
        <translation>Due on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="31"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="33"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="34"/>
        <source>Beratung vom</source>
        <translation>Consultation date</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="35"/>
        <source>Nächste Schritte</source>
        <translation>Next steps</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="39"/>
        <source>heute</source>
        <translation>today</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="40"/>
        <source>nächste 7 Tage</source>
        <translation>next 7 days</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="41"/>
        <source>nächste 30 Tage</source>
        <translation>next 30 days</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="42"/>
        <source>alle offenen</source>
        <translation>all open</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="57"/>
        <source>überfällig seit gestern</source>
        <translation>overdue since yesterday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="58"/>
        <source>überfällig seit %1 Tagen</source>
        <translation>overdue for %1 days</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="59"/>
        <source>heute fällig</source>
        <translation>due today</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="60"/>
        <source>morgen fällig</source>
        <translation>due tomorrow</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="61"/>
        <source>fällig in %1 Tagen</source>
        <translation>due in %1 days</translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="143"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="149"/>
        <source>&amp;Zeitraum:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="166"/>
        <source>Er&amp;ledigt</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="167"/>
        <source>Leertaste oder Strg+E</source>
        <translation>Space or Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="168"/>
        <source>Fall ö&amp;ffnen</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="169"/>
        <source>Eingabetaste oder Doppelklick</source>
        <translation>Enter or double-click</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="170"/>
        <source>&amp;Rückgängig</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="229"/>
        <source>%1 überfällig, %2 insgesamt</source>
        <translation>%1 overdue, %2 in total</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="231"/>
        <source>Keine offenen Wiedervorlagen in diesem Zeitraum.</source>
        <translation>No open follow-ups in this period.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="262"/>
        <source>Erledigt: %1, fällig am %2.</source>
        <translation>Done: %1, due on %2.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/follow_ups_page.py" line="273"/>
        <source>Wieder offen.</source>
        <translation>Open again.</translation>
    </message>
</context>
<context>
    <name>FreshnessBanner</name>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="52"/>
        <source>Daten eines Teams sind älter als 14 Tage – Zahlen können unvollständig sein.</source>
        <translation>Data from one team is older than 14 days – figures may be incomplete.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="54"/>
        <source>Daten von %1 Teams sind älter als 14 Tage – Zahlen können unvollständig sein.</source>
        <translation>Data from %1 teams is older than 14 days – figures may be incomplete.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="57"/>
        <source>Daten von 1 Case Manager sind älter als 14 Tage – Zahlen können unvollständig sein.</source>
        <translation>Data from 1 case manager is older than 14 days – figures may be incomplete.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="60"/>
        <source>Daten von %1 Case Managern sind älter als 14 Tage – Zahlen können unvollständig sein.</source>
        <translation>Data from %1 case managers is older than 14 days – figures may be incomplete.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="62"/>
        <source>Datenstand anzeigen</source>
        <translation>Show data status</translation>
    </message>
</context>
<context>
    <name>FreshnessPanel</name>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="75"/>
        <source>Ihre Zahlen in diesem Programm sind vollständig. Darunter: wann Sie zuletzt Daten für den Kreis exportiert haben – die Berichte der Koordination kennen nur den Stand bis dahin.</source>
        <translation>Your figures in this program are complete. Below: when you last exported data to the district – the coordination’s reports only include data up to that point.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="79"/>
        <source>Stand der importierten Daten je Case Manager. „Veraltet“: der letzte Import ist älter als 14 Tage oder liegt vor dem Ende des Zeitraums – Beratungen danach fehlen in den Zahlen.</source>
        <translation>Status of the imported data per case manager. “Out of date”: the last import is older than 14 days or before the end of the period – consultations after it are missing from the figures.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="85"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="85"/>
        <source>Case Management</source>
        <translation>Case Management</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="86"/>
        <source>Letzter Export</source>
        <translation>Last export</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="86"/>
        <source>Letzter Import</source>
        <translation>Last import</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="87"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="97"/>
        <source>Noch keine Daten von Case Managern importiert.</source>
        <translation>No data imported from case managers yet.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="109"/>
        <source>Export an den Kreis fällig</source>
        <translation>Export to the district due</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="109"/>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="110"/>
        <source>aktuell</source>
        <translation>up to date</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/freshness_panel.py" line="110"/>
        <source>veraltet</source>
        <translation>out of date</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goal_dialog.py" line="38"/>
        <source>Ziel ändern</source>
        <translation>Edit goal</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goal_dialog.py" line="38"/>
        <source>Neues Ziel</source>
        <translation>New goal</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goal_dialog.py" line="51"/>
        <source>&amp;Ziel:</source>
        <translation>&amp;Goal:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goal_dialog.py" line="52"/>
        <source>S&amp;tand:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goal_dialog.py" line="53"/>
        <source>&amp;Fällig bis:</source>
        <translation>&amp;Due by:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goal_dialog.py" line="54"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="23"/>
        <source>Ziel</source>
        <translation>Goal</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="23"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="23"/>
        <source>Fällig bis</source>
        <translation>Due by</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="24"/>
        <source>Erreicht am</source>
        <translation>Achieved on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="25"/>
        <source>Ziel &amp;anlegen …</source>
        <translation>A&amp;dd goal…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="26"/>
        <source>Ziel &amp;ändern …</source>
        <translation>&amp;Edit goal…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/goals_consents.py" line="27"/>
        <source>Der Fall ist abgeschlossen: Ziele lassen sich erst nach dem Wiederaufnehmen ändern.</source>
        <translation>The case is closed: goals can only be changed once it has been reopened.</translation>
    </message>
</context>
<context>
    <name>ImportLogModel</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_log_tab.py" line="48"/>
        <source>Zeitpunkt</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_log_tab.py" line="48"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_log_tab.py" line="48"/>
        <source>Gerät</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_log_tab.py" line="48"/>
        <source>Paket-Nr.</source>
        <translation>Package no.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_log_tab.py" line="49"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_log_tab.py" line="49"/>
        <source>Datensätze neu/geändert</source>
        <translation>Records new/changed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_log_tab.py" line="49"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>ImportLogTab</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_log_tab.py" line="78"/>
        <source>Jedes eingelesene Paket, die neuesten zuerst (höchstens 500).</source>
        <translation>Every package read in, newest first (at most 500).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_log_tab.py" line="79"/>
        <source>Noch kein Paket eingelesen.</source>
        <translation>No package read in yet.</translation>
    </message>
</context>
<context>
    <name>ImportTab</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="49"/>
        <source>Austauschdateien der Case Managerinnen und Case Manager einlesen, einzeln oder einen ganzen Ordner. Zuerst zeigt eine Vorschau, was jede Datei hinzufügen, ändern oder löschen würde; eine fehlerhafte Datei wird abgelehnt, die anderen werden trotzdem importiert.</source>
        <translation>Read in exchange files from the case managers, one by one or a whole folder. A preview first shows what each file would add, change or delete; a faulty file is rejected, the others are still imported.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="54"/>
        <source>Rückmeldungen der Koordination einlesen (Dateien *.kimsync, z. B. vom USB-Stick). Sie bringen Stammdaten und die Bestätigung, welche Ihrer Pakete beim Kreis angekommen sind.</source>
        <translation>Read in feedback from the coordination (*.kimsync files, e.g. from a USB stick). It brings master data and the confirmation of which of your packages have arrived at the district.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="57"/>
        <source>Da&amp;teien wählen …</source>
        <translation>Choose &amp;files …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="58"/>
        <source>&amp;Ordner wählen …</source>
        <translation>Choose f&amp;older …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="61"/>
        <source>Noch keine Dateien gewählt.</source>
        <translation>No files chosen yet.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="70"/>
        <source>Erge&amp;bnis je Datei:</source>
        <translation>&amp;Result per file:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="73"/>
        <source>Jetzt i&amp;mportieren</source>
        <translation>&amp;Import now</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="94"/>
        <source>Austauschdateien wählen</source>
        <translation>Choose exchange files</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="99"/>
        <source>Ordner mit Austauschdateien wählen</source>
        <translation>Choose folder with exchange files</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="106"/>
        <source>Ordner %1</source>
        <translation>Folder %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="111"/>
        <source>Datei %1</source>
        <translation>File %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="113"/>
        <source>%1 Dateien: %2</source>
        <translation>%1 files: %2</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="124"/>
        <source>Vorschau …</source>
        <translation>Preview …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="128"/>
        <source>Import …</source>
        <translation>Import …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="151"/>
        <source>Dort liegen keine Austauschdateien (*.kimsync).</source>
        <translation>There are no exchange files (*.kimsync) there.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="158"/>
        <source>Vorschau abgebrochen. Bitte die Dateien erneut wählen.</source>
        <translation>Preview cancelled. Please choose the files again.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="163"/>
        <source>Vorschau, noch nichts importiert – %1</source>
        <translation>Preview, nothing imported yet – %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="174"/>
        <source>Import abgebrochen; die bis dahin eingelesenen Dateien bleiben importiert – %1</source>
        <translation>Import cancelled; the files read in up to then remain imported – %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="176"/>
        <source>Import abgeschlossen – %1</source>
        <translation>Import completed – %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/import_tab.py" line="187"/>
        <source>Abgebrochen: %1</source>
        <translation>Cancelled: %1</translation>
    </message>
</context>
<context>
    <name>InboxDetailView</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="32"/>
        <source>Meldung im Detail</source>
        <translation>Escalation report details</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="37"/>
        <source>%1 Meldungen ausgewählt.</source>
        <translation>%1 escalations selected.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="38"/>
        <source>Keine Meldung ausgewählt.</source>
        <translation>No escalation selected.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="49"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="50"/>
        <source>Dringlichkeit</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="51"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="52"/>
        <source>Rechtskreise</source>
        <translation>Legal domains</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="53"/>
        <source>Beteiligte Stellen</source>
        <translation>Agencies involved</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="54"/>
        <source>Betroffene Fälle</source>
        <translation>Cases affected</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="55"/>
        <source>Zuerst beobachtet</source>
        <translation>First observed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="56"/>
        <source>Von</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="57"/>
        <source>Übermittelt</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="58"/>
        <source>Letzte Änderung</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="63"/>
        <source>Beschreibung</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="64"/>
        <source>Vorgeschlagene Maßnahme</source>
        <translation>Proposed measure</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="65"/>
        <source>Anlagen (Text)</source>
        <translation>Attachments (text)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="67"/>
        <source>Quellen (zusammengeführte Meldungen)</source>
        <translation>Sources (merged escalations)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="73"/>
        <source>%1 – %2, %3 Fälle, von %4, übermittelt %5</source>
        <translation>%1 – %2, %3 cases, from %4, submitted %5</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="79"/>
        <source>keine</source>
        <translation>None</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="81"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="89"/>
        <source>nicht übernommen: %1</source>
        <translation>not applied: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="91"/>
        <source>Rückmeldung</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="98"/>
        <source>noch keine Einträge</source>
        <translation>no entries yet</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/inbox_detail.py" line="105"/>
        <source>%1 (davon %2 in dieser Meldung, der Rest aus zusammengeführten)</source>
        <translation>%1 (of which %2 in this escalation, the rest from merged ones)</translation>
    </message>
</context>
<context>
    <name>KeysTab</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="64"/>
        <source>Weitere Koordinationen</source>
        <translation>Other coordinators</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="65"/>
        <source>Koordination (Empfänger Ihrer Exporte)</source>
        <translation>Coordination (recipient of your exports)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="67"/>
        <source>Weitere Koordinationen im Kreis: sie erhalten die Abgleichspakete dieser Datendatei.</source>
        <translation>Other coordinators in the district: they receive this vault&apos;s sync packages.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="69"/>
        <source>Exporte werden für diese Koordinationen verschlüsselt; Rückmeldungen werden nur von ihnen angenommen.</source>
        <translation>Exports are encrypted for these coordinators; feedback is only accepted from them.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="72"/>
        <source>Noch keine Koordination bekannt. IT trägt sie in die Einsatzkonfiguration ein, oder Sie fügen hier die Schlüsseldatei hinzu, die die Koordination mit »Speichern unter …« gespeichert hat.</source>
        <translation>No coordination known yet. IT enters it in the deployment configuration, or you add the key file here that the coordination saved with “Save as …”.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="74"/>
        <source>Hin&amp;zufügen …</source>
        <translation>&amp;Add …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="75"/>
        <source>En&amp;tfernen …</source>
        <translation>&amp;Remove …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="85"/>
        <source>Öffentliche Schlüssel dieser Datendatei</source>
        <translation>Public keys of this vault</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="87"/>
        <source>Nichts Geheimes: IT trägt diesen Text in die Einsatzkonfiguration ein, damit die Case-Management-Geräte für diese Koordination verschlüsseln.</source>
        <translation>Nothing secret: IT enters this text in the deployment configuration so that the case management devices encrypt for this coordination.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="89"/>
        <source>Nichts Geheimes. Die Koordination erkennt Ihr Gerät beim ersten Import an diesem Fingerabdruck.</source>
        <translation>Nothing secret. The coordination recognises your device by this fingerprint on the first import.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="97"/>
        <source>Speichern &amp;unter …</source>
        <translation>&amp;Save as …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="98"/>
        <source>K&amp;opieren</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="108"/>
        <source>Fingerabdruck:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="146"/>
        <source>Schlüsseldatei der Koordination wählen</source>
        <translation>Choose the coordination&apos;s key file</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="147"/>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="213"/>
        <source>Schlüsseldateien (*.toml *.txt);;Alle Dateien (*)</source>
        <translation>Key files (*.toml *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="154"/>
        <source>Die Datei ist keine Schlüsseldatei der Koordination (%1).</source>
        <translation>The file is not a coordination key file (%1).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="158"/>
        <source>Das ist der eigene Schlüssel dieser Datendatei.</source>
        <translation>That is this vault&apos;s own key.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="163"/>
        <source>Diese Koordination hinzufügen?

%1

Bitte den Fingerabdruck mit der Koordination vergleichen, z. B. am Telefon. Künftige Exporte werden auch für sie verschlüsselt.</source>
        <translation>Add this coordination?

%1

Please compare the fingerprint with the coordination, e.g. by phone. Future exports will also be encrypted for it.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="165"/>
        <source>Koordination hinzufügen</source>
        <translation>Add coordination</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="175"/>
        <source>Koordination hinzugefügt.</source>
        <translation>Coordination added.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="183"/>
        <source>Koordination entfernen</source>
        <translation>Remove coordination</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="184"/>
        <source>»%1« entfernen? Künftige Exporte werden nicht mehr für sie verschlüsselt, und ihre Rückmeldungen werden abgelehnt.</source>
        <translation>Remove “%1”? Future exports will no longer be encrypted for it, and its feedback will be rejected.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="190"/>
        <source>Koordination entfernt.</source>
        <translation>Coordination removed.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="204"/>
        <source>Schlüssel</source>
        <translation>Keys</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="212"/>
        <source>Öffentliche Schlüssel speichern</source>
        <translation>Save public keys</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="223"/>
        <source>Nicht gespeichert: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/keys_tab.py" line="226"/>
        <source>Öffentliche Schlüssel gespeichert: %1</source>
        <translation>Public keys saved: %1</translation>
    </message>
</context>
<context>
    <name>ListTab</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/parts.py" line="95"/>
        <source>&amp;Aktualisieren</source>
        <translation>&amp;Refresh</translation>
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
        <location filename="../../kim_desktop/ui/main_window.py" line="28"/>
        <source>KIM Desktop</source>
        <translation>KIM Desktop</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="129"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="130"/>
        <source>&amp;Sperren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="131"/>
        <source>Passwort &amp;ändern …</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="134"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="135"/>
        <source>&amp;Extras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="136"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="137"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="138"/>
        <source>Ü&amp;ber KIM Desktop</source>
        <translation>&amp;About KIM Desktop</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="167"/>
        <source>Über KIM Desktop</source>
        <translation>About KIM Desktop</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="168"/>
        <source>&lt;h3&gt;KIM Desktop %1&lt;/h3&gt;&lt;p&gt;Fallarbeit im Kommunalen Integrationsmanagement: verschlüsselt, offline, Abgleich per Exportdatei.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 (SQLCipher) · %4&lt;/p&gt;&lt;p&gt;Einsatzkonfiguration: %5&lt;br&gt;Installation prüfen: &lt;tt&gt;kim-desktop self-check&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KIM Desktop %1&lt;/h3&gt;&lt;p&gt;Case work in municipal integration management (Kommunales Integrationsmanagement): encrypted, offline, synchronised by export files.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 (SQLCipher) · %4&lt;/p&gt;&lt;p&gt;Deployment configuration: %5&lt;br&gt;Check the installation: &lt;tt&gt;kim-desktop self-check&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="192"/>
        <source>Nicht gespeichert</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="193"/>
        <source>Es gibt nicht gespeicherte Eingaben. Trotzdem beenden?</source>
        <translation>There are unsaved entries. Quit anyway?</translation>
    </message>
</context>
<context>
    <name>MasterData</name>
    <message>
        <location filename="../../kim_desktop/services/master_data.py" line="40"/>
        <source>Bitte eine Bezeichnung eingeben.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/master_data.py" line="41"/>
        <source>Einen Eintrag „{label}“ gibt es hier schon.</source>
        <translation>An entry ‘{label}’ already exists here.</translation>
    </message>
</context>
<context>
    <name>MasterDataPage</name>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="30"/>
        <source>Bezeichnung</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="32"/>
        <source>Herkunft</source>
        <translation>Origin</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="33"/>
        <source>Rechtskreise</source>
        <translation>Legal domains</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="34"/>
        <source>Netzwerk&amp;partner</source>
        <translation>&amp;Partner agencies</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="35"/>
        <source>&amp;Themen</source>
        <translation>T&amp;opics</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="36"/>
        <source>&amp;Rechtskreise</source>
        <translation>&amp;Legal domains</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="37"/>
        <source>aktiv</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="38"/>
        <source>inaktiv</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="39"/>
        <source>mitgeliefert</source>
        <translation>shipped</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="40"/>
        <source>eigener Eintrag</source>
        <translation>added here</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/master_data_page.py" line="281"/>
        <source>Stammdaten</source>
        <translation>Master data</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="35"/>
        <source>Neue Sitzung der Lenkungsgruppe</source>
        <translation>New steering group meeting</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="41"/>
        <source>Sitzung der Lenkungsgruppe</source>
        <translation>Steering group meeting</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="45"/>
        <source>&amp;Datum:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="46"/>
        <source>&amp;Titel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="47"/>
        <source>&amp;Ort:</source>
        <translation>&amp;Location:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="52"/>
        <source>&amp;Anlegen</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_dialogs.py" line="61"/>
        <source>Bitte ein Datum eingeben.</source>
        <translation>Please enter a date.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/merge_dialog.py" line="31"/>
        <source>Meldungen zusammenführen</source>
        <translation>Merge escalations</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/merge_dialog.py" line="33"/>
        <source>Welche Meldung bleibt bestehen? Die anderen werden ihr als Quellen zugeordnet, zählen bei der Fallzahl mit und folgen ab jetzt ihrem Status.</source>
        <translation>Which escalation report remains? The others are assigned to it as sources, count towards its number of cases and follow its status from now on.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/merge_dialog.py" line="38"/>
        <source>Bestehen bleibt</source>
        <translation>Remains</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/merge_dialog.py" line="44"/>
        <source>&amp;%1 %2 – %3, %4, Fälle: %5</source>
        <translation>&amp;%1 %2 – %3, %4, cases: %5</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/merge_dialog.py" line="58"/>
        <source>&amp;Rückmeldung an die Verfasser (freiwillig):</source>
        <translation>&amp;Feedback to the authors (optional):</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/merge_dialog.py" line="71"/>
        <source>&amp;Zusammenführen</source>
        <translation>&amp;Merge</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <location filename="../../kim_desktop/ui/schedule/month_view.py" line="26"/>
        <source>Monat; Pfeiltasten wählen den Tag, Eingabe öffnet ihn</source>
        <translation>Month; arrow keys select the day, Enter opens it</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/month_view.py" line="28"/>
        <source>Pfeiltasten: Tag wählen · Eingabe: Tagesansicht · Bild auf/ab: Monat zurück/weiter</source>
        <translation>Arrow keys: select day · Enter: day view · Page Up/Down: previous/next month</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/month_view.py" line="68"/>
        <source>  (heute)</source>
        <translation>  (today)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/month_view.py" line="77"/>
        <source>1 Termin</source>
        <translation>1 appointment</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/month_view.py" line="78"/>
        <source>%1 Termine</source>
        <translation>%1 appointments</translation>
    </message>
</context>
<context>
    <name>MunicipalityPicker</name>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="61"/>
        <source>Alle Kommunen</source>
        <translation>All municipalities</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="89"/>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="93"/>
        <source>%1 gewählt</source>
        <translation>%1 selected</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/filter_bar.py" line="96"/>
        <source>Alle Kommunen; zum Auswählen öffnen (Leertaste)</source>
        <translation>All municipalities; open to select (Space)</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../kim_desktop/ui/sections.py" line="25"/>
        <source>Start</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/sections.py" line="26"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/sections.py" line="27"/>
        <source>Beratungen</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/sections.py" line="29"/>
        <source>Wiedervorlagen</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/sections.py" line="33"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/sections.py" line="34"/>
        <source>Austausch</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/sections.py" line="35"/>
        <source>Terminplan</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/sections.py" line="36"/>
        <source>Meldungen</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/sections.py" line="38"/>
        <source>Berichte</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/sections.py" line="32"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/sections.py" line="31"/>
        <source>Stammdaten</source>
        <translation>Master data</translation>
    </message>
</context>
<context>
    <name>NavigationBar</name>
    <message>
        <location filename="../../kim_desktop/ui/schedule/navigation.py" line="24"/>
        <source>He&amp;ute</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/navigation.py" line="25"/>
        <source>Zum heutigen Tag (Strg+T)</source>
        <translation>Go to today (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/navigation.py" line="30"/>
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/navigation.py" line="34"/>
        <source>Datum wählen; Alt+Pfeil runter öffnet den Kalender</source>
        <translation>Choose a date; Alt+Down arrow opens the calendar</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/navigation.py" line="35"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/navigation.py" line="61"/>
        <source>%1 zurück (Bild auf, Alt+Pfeil links)</source>
        <translation>%1 back (Page Up, Alt+Left arrow)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/navigation.py" line="62"/>
        <source>%1 weiter (Bild ab, Alt+Pfeil rechts)</source>
        <translation>%1 forward (Page Down, Alt+Right arrow)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/navigation.py" line="63"/>
        <source>%1 zurück</source>
        <translation>%1 back</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/navigation.py" line="64"/>
        <source>%1 weiter</source>
        <translation>%1 forward</translation>
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
    <name>OpenCaseDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="55"/>
        <source>Fall öffnen</source>
        <translation>Open case</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="64"/>
        <source>Name oder Pseudonym (K-XXXX-XX)</source>
        <translation>Name or pseudonym (K-XXXX-XX)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="68"/>
        <source>&amp;Suche:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="71"/>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="76"/>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="78"/>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="86"/>
        <source>&amp;Kommune:</source>
        <translation>&amp;Municipality:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="87"/>
        <source>Sch&amp;werpunkt:</source>
        <translation>&amp;Focus:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="88"/>
        <source>&amp;Beginn:</source>
        <translation>Start &amp;date:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="89"/>
        <source>Fall &amp;öffnen</source>
        <translation>&amp;Open case</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="136"/>
        <source>Für diese Person ist schon ein Fall offen (seit %1). Ein weiterer Fall ist nur bei einem neuen Anliegen sinnvoll.</source>
        <translation>A case is already open for this person (since %1). Another case only makes sense for a new concern.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/open_case_dialog.py" line="145"/>
        <source>Bitte eine Person auswählen.</source>
        <translation>Please select a person.</translation>
    </message>
</context>
<context>
    <name>OutcomeModel</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/outcome_model.py" line="35"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/outcome_model.py" line="35"/>
        <source>Ergebnis</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/outcome_model.py" line="35"/>
        <source>neu</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/outcome_model.py" line="35"/>
        <source>geändert</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/outcome_model.py" line="36"/>
        <source>unverändert</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/outcome_model.py" line="36"/>
        <source>gelöscht</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/outcome_model.py" line="36"/>
        <source>Konflikte</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/outcome_model.py" line="37"/>
        <source>fehlende Pakete</source>
        <translation>missing packages</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/outcome_model.py" line="37"/>
        <source>Grund / Hinweise</source>
        <translation>Reason / notes</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="46"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="48"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="49"/>
        <source>Pseudonym:</source>
        <translation>Pseudonym:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="50"/>
        <source>Geburtsdatum:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="51"/>
        <source>Geschlecht:</source>
        <translation>Gender:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="52"/>
        <source>Staatsangehörigkeit:</source>
        <translation>Nationality:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="53"/>
        <source>Sprachen:</source>
        <translation>Languages:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="54"/>
        <source>Dolmetschung:</source>
        <translation>Interpreter:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="55"/>
        <source>Aufenthaltsstatus:</source>
        <translation>Residence status:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="56"/>
        <source>Wohnort:</source>
        <translation>Place of residence:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="57"/>
        <source>Anschrift:</source>
        <translation>Address:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="58"/>
        <source>Telefon, E-Mail:</source>
        <translation>Phone, e-mail:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="59"/>
        <source>Haushalt:</source>
        <translation>Household:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="60"/>
        <source>Notizen:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="61"/>
        <source>Person be&amp;arbeiten …</source>
        <translation>&amp;Edit person…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="67"/>
        <source>Fall</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="69"/>
        <source>Kommune:</source>
        <translation>Municipality:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="70"/>
        <source>Schwerpunkt:</source>
        <translation>Focus:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="71"/>
        <source>Beginn:</source>
        <translation>Start date:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="72"/>
        <source>Phase:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="73"/>
        <source>Abschluss:</source>
        <translation>Closure:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="75"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="75"/>
        <source>seit</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="77"/>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="131"/>
        <source>&amp;Phase ändern …</source>
        <translation>Change &amp;phase…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="78"/>
        <source>Sch&amp;werpunkt, Kommune …</source>
        <translation>Focus, &amp;municipality…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="79"/>
        <source>Verlauf der Phasen:</source>
        <translation>Phase history:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="109"/>
        <source>nötig (%1)</source>
        <translation>needed (%1)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="111"/>
        <source>nicht nötig</source>
        <translation>not needed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="130"/>
        <source>Fall &amp;wieder aufnehmen …</source>
        <translation>&amp;Reopen case…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/overview.py" line="134"/>
        <source>Erst „Personendaten anzeigen …“ wählen.</source>
        <translation>Choose “Show personal data …” first.</translation>
    </message>
</context>
<context>
    <name>OwnEscalations</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="41"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="42"/>
        <source>Dringlichkeit</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="43"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="44"/>
        <source>Übermittelt</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="45"/>
        <source>Letzte Änderung</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="92"/>
        <source>&amp;Neue Meldung …</source>
        <translation>&amp;New escalation report …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="92"/>
        <source>Strg+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="94"/>
        <source>&amp;Bearbeiten …</source>
        <translation>E&amp;dit …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="95"/>
        <source>Nur Entwürfe; Eingabetaste</source>
        <translation>Drafts only; Enter</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="96"/>
        <source>Über&amp;mitteln …</source>
        <translation>&amp;Submit …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="97"/>
        <source>Prüfen und mit dem nächsten Export senden</source>
        <translation>Check and send with the next export</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="99"/>
        <source>&amp;Zurückziehen …</source>
        <translation>&amp;Withdraw …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="100"/>
        <source>Möglich, bis die Meldung in der Lenkungsgruppe ist</source>
        <translation>Possible until the escalation report is with the steering group</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="102"/>
        <source>Entwurf &amp;löschen</source>
        <translation>De&amp;lete draft</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="102"/>
        <source>Entf</source>
        <translation>Del</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="202"/>
        <source>Meldung</source>
        <translation>Escalation report</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="291"/>
        <source>Meldung zurückziehen</source>
        <translation>Withdraw escalation report</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="314"/>
        <source>Den Entwurf „%1“ löschen? Das lässt sich nicht rückgängig machen.</source>
        <translation>Delete the draft “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="316"/>
        <source>Entwurf löschen?</source>
        <translation>Delete draft?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="321"/>
        <source>Entwurf löschen</source>
        <translation>Delete draft</translation>
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
        <location filename="../../kim_desktop/ui/widgets/password_field.py" line="47"/>
        <location filename="../../kim_desktop/ui/widgets/password_field.py" line="80"/>
        <source>Anzeigen</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/password_field.py" line="48"/>
        <source>Passwort anzeigen oder verbergen (Strg+H)</source>
        <translation>Show or hide the password (Ctrl+H)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/password_field.py" line="51"/>
        <source>Die Feststelltaste ist aktiv.</source>
        <translation>Caps Lock is on.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/widgets/password_field.py" line="80"/>
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
    <name>PatternDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="75"/>
        <source>— kein Bürotag —</source>
        <translation>— no office day —</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="78"/>
        <source>z. B. Rathaus, Raum 2.14</source>
        <translation>e.g. town hall, room 2.14</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="81"/>
        <source>Zeiträume als HH:MM-HH:MM, mehrere durch Semikolon getrennt.</source>
        <translation>Time ranges as HH:MM-HH:MM, several separated by semicolons.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="160"/>
        <source>Wochenplan</source>
        <translation>Weekly plan</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="168"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="186"/>
        <source>Gültig &amp;ab:</source>
        <translation>Valid &amp;from:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="188"/>
        <source>Die Änderung gilt ab diesem Tag; frühere Tage behalten den bisherigen Plan.</source>
        <translation>The change applies from this day on; earlier days keep the previous plan.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="199"/>
        <source>Bürotage</source>
        <translation>Office days</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="201"/>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="219"/>
        <source>Wochentag</source>
        <translation>Weekday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="201"/>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="219"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="201"/>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="219"/>
        <source>Ort / Raum</source>
        <translation>Location / room</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="202"/>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="220"/>
        <source>Sprechzeiten</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="205"/>
        <source>&amp;Montag</source>
        <translation>&amp;Monday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="205"/>
        <source>&amp;Dienstag</source>
        <translation>&amp;Tuesday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="205"/>
        <source>M&amp;ittwoch</source>
        <translation>&amp;Wednesday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="205"/>
        <source>D&amp;onnerstag</source>
        <translation>T&amp;hursday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="206"/>
        <source>&amp;Freitag</source>
        <translation>Fr&amp;iday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="206"/>
        <source>Samsta&amp;g</source>
        <translation>Sat&amp;urday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="210"/>
        <source>Samstag an&amp;zeigen</source>
        <translation>Sh&amp;ow Saturday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="216"/>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="220"/>
        <source>Gültig</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="223"/>
        <source>Verlauf des Wochenplans</source>
        <translation>Weekly plan history</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="224"/>
        <source>Fett: gilt heute.</source>
        <translation>Bold: applies today.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="268"/>
        <source>Noch kein Wochenplan.</source>
        <translation>No weekly plan yet.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/pattern_dialog.py" line="274"/>
        <source>ab {date}</source>
        <translation>from {date}</translation>
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
    <name>PersonalData</name>
    <message>
        <location filename="../../kim_desktop/domain/personal_data.py" line="35"/>
        <source>Auskunftsersuchen nach Art. 15 DSGVO</source>
        <translation>Access request under Art. 15 GDPR</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/personal_data.py" line="36"/>
        <source>Fachaufsicht oder Beschwerde</source>
        <translation>Supervision or complaint</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/personal_data.py" line="37"/>
        <source>Vertretung der zuständigen Case Managerin / des zuständigen Case Managers</source>
        <translation>Standing in for the responsible case manager</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/personal_data.py" line="39"/>
        <source>Berichtigung von Daten (Art. 16 DSGVO)</source>
        <translation>Correction of data (Art. 16 GDPR)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/personal_data.py" line="40"/>
        <source>Sonstiger dienstlicher Grund</source>
        <translation>Other official reason</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/personal_data.py" line="42"/>
        <source>(pseudonymisiert)</source>
        <translation>(pseudonymised)</translation>
    </message>
</context>
<context>
    <name>PhaseDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/phase_dialog.py" line="51"/>
        <source>Fall wieder aufnehmen</source>
        <translation>Reopen case</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/phase_dialog.py" line="52"/>
        <source>Phase ändern</source>
        <translation>Change phase</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/phase_dialog.py" line="63"/>
        <source>– bitte wählen –</source>
        <translation>– please choose –</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/phase_dialog.py" line="66"/>
        <source>Bisherige Phase:</source>
        <translation>Current phase:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/phase_dialog.py" line="68"/>
        <source>&amp;Neue Phase:</source>
        <translation>&amp;New phase:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/phase_dialog.py" line="69"/>
        <location filename="../../kim_desktop/ui/case_detail/phase_dialog.py" line="88"/>
        <source>&amp;Datum des Wechsels:</source>
        <translation>&amp;Date of change:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/phase_dialog.py" line="71"/>
        <source>Abschluss&amp;grund:</source>
        <translation>Closing &amp;reason:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/phase_dialog.py" line="74"/>
        <source>Phase &amp;ändern</source>
        <translation>Change &amp;phase</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/phase_dialog.py" line="88"/>
        <source>&amp;Abschlussdatum:</source>
        <translation>Closing &amp;date:</translation>
    </message>
</context>
<context>
    <name>PiiGuard</name>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="89"/>
        <source>Name</source>
        <translation>Personal name</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="90"/>
        <source>Geburtsdatum</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="91"/>
        <source>Telefonnummer</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="92"/>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="105"/>
        <source>E-Mail-Adresse</source>
        <translation>Email address</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="93"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="94"/>
        <source>Aktenzeichen oder Nummer</source>
        <translation>File reference or number</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="95"/>
        <source>Anschrift</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="98"/>
        <source>ähnelt dem Namen einer Ihrer Personen</source>
        <translation>resembles the name of one of your clients</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="99"/>
        <source>gleicht dem Geburtsdatum einer Ihrer Personen</source>
        <translation>matches the date of birth of one of your clients</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="100"/>
        <source>Datum neben „{marker}“: vermutlich ein Geburtsdatum</source>
        <translation>Date next to “{marker}”: probably a date of birth</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="101"/>
        <source>Datum neben einer Altersangabe („{marker}“)</source>
        <translation>Date next to an age statement (“{marker}”)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="102"/>
        <source>Datum weit zurück ohne Ereigniswort (seit, am, bis …): vermutlich ein Geburtsdatum</source>
        <translation>Date far in the past without an event word (seit, am, bis …): probably a date of birth</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="104"/>
        <source>sieht aus wie eine Telefonnummer</source>
        <translation>looks like a phone number</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="106"/>
        <source>Kontonummer (IBAN mit gültiger Prüfziffer)</source>
        <translation>Account number (IBAN with valid check digits)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="107"/>
        <source>Kontonummer nach „IBAN“ (Prüfziffer stimmt nicht)</source>
        <translation>Account number after “IBAN” (check digits do not match)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="108"/>
        <source>Nummer nach „{marker}“</source>
        <translation>Number after “{marker}”</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="109"/>
        <source>Nummer einer Bedarfsgemeinschaft</source>
        <translation>Number of a benefit household (Bedarfsgemeinschaft)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="110"/>
        <source>Kundennummer der Agentur für Arbeit</source>
        <translation>Customer number of the Agentur für Arbeit (employment agency)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="111"/>
        <source>gerichtliches Aktenzeichen</source>
        <translation>court file reference</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="112"/>
        <source>Rentenversicherungsnummer</source>
        <translation>Pension insurance number</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/pii_guard.py" line="113"/>
        <source>Straße mit Hausnummer</source>
        <translation>Street with house number</translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="88"/>
        <source>Datenschutz</source>
        <translation>Data protection</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="92"/>
        <source>Aufbewahrungsfrist abgelaufen</source>
        <translation>Retention period expired</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="94"/>
        <source>einem Jahr</source>
        <translation>one year</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="94"/>
        <source>%1 Jahren</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="96"/>
        <source>Personen, deren Fälle alle abgeschlossen sind, der letzte vor mindestens %1 (Aufbewahrungsfrist). Endgültiges Löschen entfernt ihre Stammdaten, Fälle, Ziele, Einwilligungen und Beratungen unwiderruflich aus der Datendatei; übrig bleibt nur ein leerer Löschvermerk für den Abgleich.</source>
        <translation>People whose cases are all closed, the last one at least %1 ago (retention period). Permanent deletion irrevocably removes their personal details, cases, goals, consents and consultations from the vault; all that remains is an empty deletion marker for synchronisation.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="121"/>
        <source>&amp;Fällig zur Löschung:</source>
        <translation>D&amp;ue for deletion:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="124"/>
        <source>Endgültig &amp;löschen …</source>
        <translation>&amp;Delete permanently…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="125"/>
        <source>Liste a&amp;ktualisieren</source>
        <translation>&amp;Refresh list</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="143"/>
        <source>Auskunft und Statistik</source>
        <translation>Subject access and statistics</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="144"/>
        <source>&amp;Auskunft nach Art. 15 …</source>
        <translation>&amp;Subject access (Art. 15)…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="145"/>
        <source>&amp;Statistik exportieren …</source>
        <translation>&amp;Export statistics…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="150"/>
        <source>Alles, was zu einer Person gespeichert ist, als PDF (DSGVO Art. 15).</source>
        <translation>Everything stored about a person, as a PDF (GDPR Art. 15).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="152"/>
        <source>Beratungen eines Zeitraums als Excel-Datei, pseudonymisiert: ohne Namen, Geburtsdaten und Notizen; kleine Anzahlen werden verborgen.</source>
        <translation>Consultations in a period as an Excel file, pseudonymised: without names, dates of birth or notes; small counts are hidden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="179"/>
        <source>Personen: %n</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="209"/>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="234"/>
        <source>Endgültig löschen</source>
        <translation>Delete permanently</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="210"/>
        <source>Die Daten der ausgewählten Personen (%n) endgültig löschen?

Gelöscht werden Name, Geburtsdatum, Kontaktdaten und Notizen sowie alle Fälle, Ziele, Einwilligungen und Beratungen. Das lässt sich nicht rückgängig machen; beim nächsten Abgleich löscht auch die Kreisverwaltung ihre Kopie. Sicherungen, die vorher angelegt wurden, enthalten die Daten noch, bis sie ersetzt werden.</source>
        <translation>
            <numerusform>Permanently delete the data of %n selected person?

This deletes the name, date of birth, contact details and notes as well as all cases, goals, consents and consultations. This cannot be undone; at the next synchronisation the district administration deletes its copy too. Backups made before still contain the data until they are replaced.</numerusform>
            <numerusform>Permanently delete the data of the %n selected people?

This deletes their names, dates of birth, contact details and notes as well as all cases, goals, consents and consultations. This cannot be undone; at the next synchronisation the district administration deletes its copy too. Backups made before still contain the data until they are replaced.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="224"/>
        <source>Löschen läuft …</source>
        <translation>Deleting…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="228"/>
        <source>Daten endgültig gelöscht (Personen: %n).</source>
        <translation>
            <numerusform>Data permanently deleted (%n person).</numerusform>
            <numerusform>Data permanently deleted (%n people).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="232"/>
        <source>Es wurde nichts gelöscht: %1</source>
        <translation>Nothing was deleted: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="246"/>
        <source>Auskunft wird geschrieben …</source>
        <translation>Writing the subject access report…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="249"/>
        <source>Auskunft gespeichert: %1</source>
        <translation>Subject access report saved: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="261"/>
        <source>Statistik speichern</source>
        <translation>Save statistics</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="261"/>
        <source>Excel-Arbeitsmappe (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="277"/>
        <source>Statistik wird geschrieben …</source>
        <translation>Writing the statistics…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="280"/>
        <source>Statistik gespeichert (Beratungen: %n): %1</source>
        <translation>
            <numerusform>Statistics saved (%n consultation): %1</numerusform>
            <numerusform>Statistics saved (%n consultations): %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="284"/>
        <source>Die Statistik wurde nicht gespeichert: %1</source>
        <translation>The statistics were not saved: %1</translation>
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
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="36"/>
        <source>&amp;Verwerfen</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="42"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="45"/>
        <source>&amp;Kommunen, in denen ich berate:</source>
        <translation>&amp;Municipalities where I advise:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="87"/>
        <source>Nicht gespeicherte Eingaben wurden wiederhergestellt.</source>
        <translation>Unsaved entries have been restored.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="94"/>
        <source>Bitte einen Namen eingeben.</source>
        <translation>Please enter a name.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="98"/>
        <source>Bitte mindestens eine Kommune auswählen.</source>
        <translation>Please select at least one municipality.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/profile_page.py" line="106"/>
        <source>Gespeichert.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/progress.py" line="40"/>
        <source>Abbre&amp;chen</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/progress.py" line="65"/>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/progress.py" line="71"/>
        <source>Wird nach der laufenden Datei abgebrochen …</source>
        <translation>Cancelling after the current file …</translation>
    </message>
</context>
<context>
    <name>ReportChart</name>
    <message>
        <location filename="../../kim_desktop/ui/reports/chart_view.py" line="107"/>
        <source>Zu dieser Ansicht gibt es kein Diagramm.</source>
        <translation>There is no chart for this view.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/chart_view.py" line="109"/>
        <source>Keine Daten im gewählten Zeitraum.</source>
        <translation>No data in the selected period.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/chart_view.py" line="111"/>
        <source>Unterdrückte Werte („&lt;5“, „x“) sind als 0 gezeichnet.</source>
        <translation>Suppressed values (“&lt;5”, “x”) are drawn as 0.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/chart_view.py" line="216"/>
        <source>Sonstige</source>
        <translation>Other</translation>
    </message>
</context>
<context>
    <name>ReportFiles</name>
    <message>
        <location filename="../../kim_desktop/cli_report.py" line="22"/>
        <source>--municipality: „{ags}“ ist keine Kommune der Einsatzkonfiguration (AGS, z. B. {example}).</source>
        <translation>--municipality: “{ags}” is not a municipality in the deployment configuration (AGS, e.g. {example}).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/cli_report.py" line="25"/>
        <source>--team: „{team}“ ist kein Team der Einsatzkonfiguration ({teams}).</source>
        <translation>--team: “{team}” is not a team in the deployment configuration ({teams}).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/cli_report.py" line="27"/>
        <source>Hinweis: --view gilt nur für --format csv; {format} enthält alle Ansichten.</source>
        <translation>Note: --view applies only to --format csv; {format} holds every view.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/cli_report.py" line="29"/>
        <source>Hinweis: --view gilt nur für --format csv; der Sachstandsbericht hat einen festen Aufbau.</source>
        <translation>Note: --view applies only to --format csv; the status report has a fixed structure.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/cli_report.py" line="32"/>
        <source>Warnung: Die Zieldatei endet nicht auf „{suffix}“; sie wird trotzdem als {format} geschrieben.</source>
        <translation>Warning: the target file does not end in “{suffix}”; it is written as {format} anyway.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="25"/>
        <source>Bericht Kommunales Integrationsmanagement</source>
        <translation>Report on municipal integration management (KIM)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="26"/>
        <source>Bericht</source>
        <translation>Report</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="27"/>
        <source>Kreis</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="28"/>
        <source>Zeitraum</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="29"/>
        <location filename="../../kim_desktop/reports/status_report.py" line="39"/>
        <source>Erstellt am</source>
        <translation>Created on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="30"/>
        <source>Verwendung</source>
        <translation>Use</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="31"/>
        <source>intern (nur zur Auswertung in der Kreisverwaltung)</source>
        <translation>internal (for evaluation within the district administration only)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="32"/>
        <source>zur Weitergabe (pseudonymisiert, kleine Anzahlen unterdrückt)</source>
        <translation>for passing on (pseudonymised, small counts suppressed)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="34"/>
        <source>Auswahl</source>
        <translation>Selection</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="35"/>
        <source>alle Kommunen und Teams</source>
        <translation>all municipalities and teams</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="36"/>
        <source>Teams {teams}</source>
        <translation>Teams {teams}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="37"/>
        <source>Kommunen (AGS) {keys}</source>
        <translation>Municipalities (AGS) {keys}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="38"/>
        <source>{count} Case Manager/innen</source>
        <translation>{count} case managers</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="39"/>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="40"/>
        <source>Anzahlen von 1 bis {below} sind als „&lt;{threshold}“ ausgewiesen; „x“: gesperrt, damit sich ein kleiner Wert nicht aus Summen errechnen lässt (Schutz vor Rückschlüssen auf einzelne Personen).</source>
        <translation>Counts from 1 to {below} are shown as “&lt;{threshold}”; “x”: withheld so that a small value cannot be calculated from totals (protection against conclusions about individual people).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="44"/>
        <source>Stand der Daten</source>
        <translation>State of the data</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="45"/>
        <source>Letztes eingelesenes Austauschpaket je Case Management. „veraltet“: die Zahlen können unvollständig sein.</source>
        <translation>Last exchange package imported per case management. “out of date”: the figures may be incomplete.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="49"/>
        <source>Case Management</source>
        <translation>Case Management</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="50"/>
        <location filename="../../kim_desktop/reports/status_report.py" line="57"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="51"/>
        <source>Letzter Import</source>
        <translation>Last import</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="52"/>
        <source>Stand</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="53"/>
        <source>veraltet</source>
        <translation>out of date</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="54"/>
        <source>aktuell</source>
        <translation>up to date</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="55"/>
        <source>noch nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="56"/>
        <source>Im Diagramm sind unterdrückte Anzahlen („&lt;{threshold}“, „x“) als 0 dargestellt.</source>
        <translation>In the chart, suppressed counts (“&lt;{threshold}”, “x”) are shown as 0.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="58"/>
        <source>Keine Daten im Zeitraum.</source>
        <translation>No data in the period.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="59"/>
        <source>Seite {page} von {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_cells.py" line="60"/>
        <source>Inhalt</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_csv.py" line="36"/>
        <source>Der Bericht enthält keine Ansicht „{view}“.</source>
        <translation>The report contains no view “{view}”.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_pdf.py" line="71"/>
        <source>Übrige</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_pdf.py" line="72"/>
        <location filename="../../kim_desktop/reports/status_report.py" line="77"/>
        <source>{number}. {title}</source>
        <translation>{number}. {title}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="32"/>
        <source>Sachstandsbericht Kommunales Integrationsmanagement – {district}</source>
        <translation>Status report on municipal integration management (KIM) – {district}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="34"/>
        <source>Der Sachstandsbericht geht an den Ausschuss und wird nur aus einem Bericht zur Weitergabe erstellt (pseudonymisiert, kleine Anzahlen unterdrückt).</source>
        <translation>The status report goes to the committee and is created only from a report for passing on (pseudonymised, small counts suppressed).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="38"/>
        <source>Berichtszeitraum</source>
        <translation>Reporting period</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="40"/>
        <source>Datengrundlage</source>
        <translation>Data basis</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="41"/>
        <source>Pseudonymisierte Daten der Case Managerinnen und Case Manager aus KIM Desktop, ohne Namen und ohne andere personenbezogene Angaben; Anzahlen unter {threshold} unterdrückt.</source>
        <translation>Pseudonymised data of the case managers from KIM Desktop, without names or other personal data; counts below {threshold} suppressed.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="45"/>
        <source>Vorbemerkungen</source>
        <translation>Preliminary remarks</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="46"/>
        <source>Über den Stand des Case Managements im Kommunalen Integrationsmanagement (Modul 2) im {district} wird für den Zeitraum vom {start} bis {end} informiert: welche Teams in welchen Kommunen arbeiten, wie viele Fälle und Beratungen sie hatten, welche Rechtskreise und Themen die Beratungen betrafen und welche strukturellen Problemlagen der Geschäftsstelle der Lenkungsgruppe gemeldet wurden.</source>
        <translation>This report covers the state of case management in municipal integration management (module 2) in {district} for the period from {start} to {end}: which teams work in which municipalities, how many cases and consultations they had, which legal domains and topics the consultations concerned, and which structural problems were escalated to the coordination office of the steering group.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="53"/>
        <source>Teams und Kommunen des Case Managements</source>
        <translation>Case management teams and municipalities</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="54"/>
        <source>Die Teams des Case Managements und ihre Kommunen (Teams: {teams}, Kommunen: {municipalities}):</source>
        <translation>The case management teams and their municipalities (teams: {teams}, municipalities: {municipalities}):</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="58"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="59"/>
        <source>Anstellungsträger</source>
        <translation>Employer</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="60"/>
        <source>seit</source>
        <translation>since</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="61"/>
        <source>Fallzahlen und Beratungen je Team</source>
        <translation>Cases and consultations per team</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="62"/>
        <source>Im Berichtszeitraum fanden insgesamt {consultations} Beratungen statt.</source>
        <translation>In the reporting period, a total of {consultations} consultations took place.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="64"/>
        <source>Im Berichtszeitraum fanden insgesamt {consultations} Beratungen statt; am Ende des Zeitraums waren {active} Fälle aktiv.</source>
        <translation>In the reporting period, a total of {consultations} consultations took place; at the end of the period, {active} cases were active.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="68"/>
        <source>Beratungen und Fälle im Verlauf</source>
        <translation>Consultations and cases over time</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="69"/>
        <source>Rechtskreise und Themen der Beratungen</source>
        <translation>Legal domains and topics of the consultations</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="70"/>
        <source>Strukturelle Problemlagen: Meldungen an die Lenkungsgruppe</source>
        <translation>Structural problems: escalations to the steering group</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="72"/>
        <source>Bei rechtskreisübergreifenden, strukturellen Problemlagen informieren die Case Managerinnen und Case Manager die Geschäftsstelle der Lenkungsgruppe. Im Berichtszeitraum wurden {count} Meldungen übermittelt; die Tabelle zeigt ihren heutigen Stand.</source>
        <translation>For structural problems that span several legal domains, the case managers inform the coordination office of the steering group. In the reporting period, {count} escalations were submitted; the table shows their current status.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/status_report.py" line="78"/>
        <source>Erstellt mit KIM Desktop am {created}.</source>
        <translation>Created with KIM Desktop on {created}.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/report_export.py" line="35"/>
        <source>Unbekanntes Format „{format}“; möglich: {choices}.</source>
        <translation>Unknown format “{format}”; possible: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/report_export.py" line="36"/>
        <source>Unbekannte Ansicht „{view}“; möglich: {choices}.</source>
        <translation>Unknown view “{view}”; possible: {choices}.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/report_export.py" line="37"/>
        <source>„{path}“ ist die Datendatei oder eine ihrer Begleitdateien (Schlüssel, Sperre, Journal, Sicherung) und wird nicht überschrieben. Bitte eine andere Zieldatei wählen.</source>
        <translation>“{path}” is the vault or one of its companion files (keys, lock, journal, backup) and is not overwritten. Please choose another target file.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/report_export.py" line="41"/>
        <source>„{path}“ ist keine gewöhnliche Datei (sondern z. B. ein Ordner oder ein Gerät) und wird nicht überschrieben. Bitte eine Zieldatei wählen.</source>
        <translation>“{path}” is not a regular file (but e.g. a folder or a device) and is not overwritten. Please choose a target file.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/report_export.py" line="45"/>
        <source>Den Ordner „{folder}“ gibt es nicht. Bitte die Zieldatei in einem vorhandenen Ordner wählen.</source>
        <translation>The folder “{folder}” does not exist. Please choose the target file in an existing folder.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/report_export.py" line="48"/>
        <source>Der Bericht konnte nicht als „{path}“ gespeichert werden: {reason}.</source>
        <translation>The report could not be saved as “{path}”: {reason}.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/report_export.py" line="50"/>
        <source>keine Schreibrechte</source>
        <translation>no permission to write</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/report_export.py" line="51"/>
        <source>Datenträger voll</source>
        <translation>disk full</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/report_export.py" line="52"/>
        <source>ist ein Ordner</source>
        <translation>is a folder</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/report_export.py" line="53"/>
        <source>Ordner gibt es nicht</source>
        <translation>folder does not exist</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/report_export.py" line="54"/>
        <source>schreibgeschützt</source>
        <translation>read-only</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/report_export.py" line="55"/>
        <source>Schreibfehler ({code})</source>
        <translation>write error ({code})</translation>
    </message>
</context>
<context>
    <name>ReportPeriod</name>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="26"/>
        <source>Zeitraum „{text}“ nicht verstanden. Beispiele: 2026, 2026-03, 2026-01..2026-06, 2026-01-15..2026-03-31 oder 01.01.2026..30.06.2026.</source>
        <translation>Period “{text}” not understood. Examples: 2026, 2026-03, 2026-01..2026-06, 2026-01-15..2026-03-31 or 01.01.2026..30.06.2026.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="30"/>
        <source>Bitte einen Zeitraum angeben, z. B. 2026-01..2026-06.</source>
        <translation>Please specify a period, e.g. 2026-01..2026-06.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="31"/>
        <source>Den Tag {text} gibt es nicht.</source>
        <translation>The day {text} does not exist.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="32"/>
        <source>Den Monat {text} gibt es nicht (Monate 01 bis 12).</source>
        <translation>The month {text} does not exist (months 01 to 12).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="33"/>
        <source>Das Jahr {year} liegt nicht zwischen {first} und {last}.</source>
        <translation>The year {year} is not between {first} and {last}.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="35"/>
        <source>Der Zeitraum endet ({last}) vor seinem Anfang ({first}).</source>
        <translation>The period ends ({last}) before it starts ({first}).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="37"/>
        <source>Januar</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="37"/>
        <source>Februar</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="38"/>
        <source>März</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="38"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="39"/>
        <source>Mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="39"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="40"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="40"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="41"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="41"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="42"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_period.py" line="42"/>
        <source>Dezember</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <location filename="../../kim_desktop/ui/models/report_table_model.py" line="25"/>
        <source>Doppelklick oder Eingabetaste: Liste anzeigen</source>
        <translation>Double-click or Enter: show list</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/models/report_table_model.py" line="26"/>
        <source>Kleine Zahl (unter %1), unterdrückt</source>
        <translation>Small count (below %1), suppressed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/models/report_table_model.py" line="27"/>
        <source>Verdeckt, damit sich keine kleine Zahl aus den Summen zurückrechnen lässt</source>
        <translation>Hidden so that no small count can be calculated back from the totals</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="47"/>
        <source>Berichte für außerhalb der Kreisverwaltung haben keine Einzelauflistung.</source>
        <translation>Reports for use outside the district administration have no individual listing.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="49"/>
        <source>Unbekanntes Auswahlmerkmal: {key}</source>
        <translation>Unknown selection criterion: {key}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="53"/>
        <location filename="../../kim_desktop/reports/report_builder.py" line="77"/>
        <source>Beratungen</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="54"/>
        <location filename="../../kim_desktop/reports/drill_down.py" line="73"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="55"/>
        <source>Meldungen</source>
        <translation>Escalations</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="56"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="57"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="58"/>
        <location filename="../../kim_desktop/reports/report_builder.py" line="74"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="59"/>
        <location filename="../../kim_desktop/reports/report_builder.py" line="86"/>
        <source>Case Manager</source>
        <translation>Case manager</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="60"/>
        <location filename="../../kim_desktop/reports/report_builder.py" line="91"/>
        <source>Kontaktart</source>
        <translation>Contact type</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="61"/>
        <source>Dauer (Min.)</source>
        <translation>Duration (min.)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="62"/>
        <location filename="../../kim_desktop/reports/report_builder.py" line="69"/>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="63"/>
        <location filename="../../kim_desktop/reports/report_builder.py" line="68"/>
        <source>Rechtskreise</source>
        <translation>Legal domains</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="64"/>
        <location filename="../../kim_desktop/reports/report_builder.py" line="71"/>
        <source>Dolmetschung</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="65"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="66"/>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="67"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="68"/>
        <source>eröffnet</source>
        <translation>opened</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="69"/>
        <source>abgeschlossen</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="70"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="71"/>
        <location filename="../../kim_desktop/reports/report_builder.py" line="93"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="72"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/drill_down.py" line="74"/>
        <source>übermittelt</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="62"/>
        <source>Übersicht nach Kommunen</source>
        <translation>Overview by municipality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="63"/>
        <source>Verlauf nach Monaten</source>
        <translation>Trend by month</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="64"/>
        <source>Beratungen nach Kommune und Monat</source>
        <translation>Consultations by municipality and month</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="65"/>
        <source>Aktive Fälle am Ende des Zeitraums nach Phase</source>
        <translation>Active cases at the end of the period by phase</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="66"/>
        <source>Case Management</source>
        <translation>Case Management</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="67"/>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="70"/>
        <source>Kontaktarten</source>
        <translation>Contact types</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="72"/>
        <source>Vermittlungen an Netzwerkpartner</source>
        <translation>Referrals to partner agencies</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="73"/>
        <source>Meldungen struktureller Problemlagen nach Status</source>
        <translation>Escalations of structural problems by status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="75"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="76"/>
        <source>Insgesamt</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="78"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="79"/>
        <source>neue Fälle</source>
        <translation>new cases</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="80"/>
        <source>abgeschlossene Fälle</source>
        <translation>closed cases</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="81"/>
        <source>aktive Fälle</source>
        <translation>active cases</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="82"/>
        <source>Beratungen mit Dolmetschung</source>
        <translation>consultations with interpreter</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="83"/>
        <source>Beratungen mit Vermittlung</source>
        <translation>consultations with referral</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="84"/>
        <source>mit Dolmetschung</source>
        <translation>with interpreter</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="85"/>
        <source>ohne Dolmetschung</source>
        <translation>without interpreter</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="87"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="88"/>
        <source>letzter Import</source>
        <translation>latest import</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="89"/>
        <source>Rechtskreis</source>
        <translation>Legal domain</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="90"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="92"/>
        <source>Netzwerkpartner</source>
        <translation>Partner agency</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="94"/>
        <source>Anzahl</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="95"/>
        <source>Anteil (%)</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="96"/>
        <source>betroffene Fälle</source>
        <translation>affected cases</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="97"/>
        <source>Eine Beratung kann mehrere Einträge betreffen; die Zeilen ergeben zusammen nicht die Zahl der Beratungen. Anteil: an allen Beratungen des Zeitraums.</source>
        <translation>A consultation can concern several entries; the rows do not add up to the number of consultations. Share: of all consultations in the period.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="100"/>
        <source>Personen: verschiedene Pseudonyme; wer in mehreren Kommunen beraten wurde, zählt in jeder, insgesamt aber einmal.</source>
        <translation>People: distinct pseudonyms; anyone consulted in several municipalities counts in each, but only once in the total.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="103"/>
        <source>Phase am letzten Tag des Zeitraums, nach dem Phasenverlauf des Falls.</source>
        <translation>Phase on the last day of the period, according to the case&apos;s phase history.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="105"/>
        <source>Zeitraum: {start} bis {end}</source>
        <translation>Period: {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="106"/>
        <source>Nur Kommunen: {names}</source>
        <translation>Municipalities only: {names}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="107"/>
        <source>Nur Teams: {numbers}</source>
        <translation>Teams only: {numbers}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="108"/>
        <source>Nur Case Manager: {names}</source>
        <translation>Case managers only: {names}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="109"/>
        <source>Anzahlen von 1 bis {last} sind als „&lt;{threshold}“ ausgewiesen; „x“: gesperrt, damit sich ein kleiner Wert nicht aus Summen errechnen lässt.</source>
        <translation>Counts from 1 to {last} are shown as “&lt;{threshold}”; “x”: withheld so that a small value cannot be calculated from totals.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="112"/>
        <source>Ohne personenbezogene Daten: Case Management nach Teams zusammengefasst.</source>
        <translation>No personal data: case management aggregated by team.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="114"/>
        <source>Daten möglicherweise unvollständig (letzter Import älter als 14 Tage oder vor Ende des Zeitraums): {names}</source>
        <translation>Data possibly incomplete (last import older than 14 days or before the end of the period): {names}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_builder.py" line="117"/>
        <source>nie</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_facts.py" line="35"/>
        <source>Das Ende des Zeitraums liegt vor seinem Anfang.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_facts.py" line="36"/>
        <source>Gerät {device}</source>
        <translation>Device {device}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_freshness.py" line="27"/>
        <source>Team {number} – {employer}</source>
        <translation>Team {number} – {employer}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/report_freshness.py" line="28"/>
        <source>ohne Team</source>
        <translation>no team</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../kim_desktop/ui/reports/page.py" line="66"/>
        <source>Berichte – der Kreis im Überblick</source>
        <translation>Reports – the district at a glance</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/page.py" line="67"/>
        <source>Berichte – meine Zahlen</source>
        <translation>Reports – my figures</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/page.py" line="74"/>
        <source>F5: neu berechnen</source>
        <translation>F5: recalculate</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/page.py" line="77"/>
        <source>Vorschau der Fassung für außerhalb des Kreises: ohne Namen (Case Manager als Teams), Zahlen von 1 bis 4 als „&lt;5“ und so viele weitere verdeckt, dass sich keine zurückrechnen lässt; keine Listen hinter den Zahlen.</source>
        <translation>Preview of the version for use outside the district: no names (case managers as teams), counts from 1 to 4 as “&lt;5” and enough others hidden that none can be calculated back; no lists behind the numbers.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/page.py" line="91"/>
        <source>Datenstand</source>
        <translation>Data status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/page.py" line="182"/>
        <source>Die Zahlen werden berechnet …</source>
        <translation>Calculating the figures …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/page.py" line="185"/>
        <source>Der Bericht konnte nicht berechnet werden: %1</source>
        <translation>The report could not be calculated: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/page.py" line="259"/>
        <source>Die Liste wird gelesen …</source>
        <translation>Reading the list …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/page.py" line="278"/>
        <source>%1 · berechnet um %2</source>
        <translation>%1 · calculated at %2</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reports/page.py" line="282"/>
        <source>Die Liste konnte nicht gelesen werden: %1</source>
        <translation>The list could not be read: %1</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="47"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="47"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="47"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="47"/>
        <source>Abgeschlossen am</source>
        <translation>Closed on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="48"/>
        <source>Fällig seit</source>
        <translation>Due since</translation>
    </message>
</context>
<context>
    <name>RevealDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/reveal_dialog.py" line="26"/>
        <source>Personendaten anzeigen</source>
        <translation>Show personal data</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reveal_dialog.py" line="29"/>
        <source>Diese Ansicht ist pseudonymisiert. Name, Geburtsdatum, Kontaktdaten und Notizen von %1 werden nur aus einem dienstlichen Grund angezeigt. Der Zugriff wird mit dem Grund protokolliert.</source>
        <translation>This view is pseudonymised. The name, date of birth, contact details and notes of %1 are shown only for an official reason. The access is logged with the reason.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reveal_dialog.py" line="33"/>
        <source>Grund</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reveal_dialog.py" line="44"/>
        <source>Die Daten bleiben sichtbar, bis Sie den Fall verlassen oder die Datendatei gesperrt wird.</source>
        <translation>The data stay visible until you leave the case or the vault is locked.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reveal_dialog.py" line="48"/>
        <source>Personendaten an&amp;zeigen</source>
        <translation>&amp;Show personal data</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/reveal_dialog.py" line="63"/>
        <source>Bitte einen Grund wählen.</source>
        <translation>Please choose a reason.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/review_dialog.py" line="53"/>
        <source>Status ändern / Rückmeldung</source>
        <translation>Change status / feedback</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/review_dialog.py" line="58"/>
        <source>„%1“ – derzeit: %2</source>
        <translation>“%1” – currently: %2</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/review_dialog.py" line="64"/>
        <source>Neuer Status</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/review_dialog.py" line="67"/>
        <source>Status &amp;bleibt – nur Rückmeldung</source>
        <translation>Status &amp;unchanged – feedback only</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/review_dialog.py" line="78"/>
        <source>Aus diesem Status gibt es keinen Wechsel.</source>
        <translation>There is no transition from this status.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/review_dialog.py" line="85"/>
        <source>Rückmeldung</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/review_dialog.py" line="86"/>
        <source>&amp;Rückmeldung an die Verfasserin / den Verfasser:</source>
        <translation>&amp;Feedback to the author:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/review_dialog.py" line="103"/>
        <source>&amp;Speichern</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/review_dialog.py" line="119"/>
        <source>Ohne Statuswechsel ist eine Rückmeldung nötig.</source>
        <translation>Feedback is required if the status does not change.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/review_dialog.py" line="120"/>
        <source>Die Rückmeldung ist freiwillig.</source>
        <translation>Feedback is optional.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/review_dialog.py" line="126"/>
        <source>Bitte eine Rückmeldung schreiben oder einen neuen Status wählen.</source>
        <translation>Please write feedback or choose a new status.</translation>
    </message>
</context>
<context>
    <name>RevokeConsentDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="108"/>
        <source>Einwilligung widerrufen</source>
        <translation>Revoke consent</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="115"/>
        <source>Netzwerkpartner:</source>
        <translation>Partner agency:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="116"/>
        <source>Erteilt am:</source>
        <translation>Given on:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="119"/>
        <source>Wofür:</source>
        <translation>Purpose:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="120"/>
        <source>Widerrufen a&amp;m:</source>
        <translation>Revoked &amp;on:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="122"/>
        <source>Ab diesem Tag gilt die Einwilligung nicht mehr.</source>
        <translation>From this day on, the consent no longer applies.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/consent_dialog.py" line="123"/>
        <source>&amp;Widerrufen</source>
        <translation>&amp;Revoke</translation>
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
    <name>ScheduleLabels</name>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="15"/>
        <source>Montag</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="15"/>
        <source>Dienstag</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="16"/>
        <source>Mittwoch</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="16"/>
        <source>Donnerstag</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="17"/>
        <source>Freitag</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="17"/>
        <source>Samstag</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="18"/>
        <source>Sonntag</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="22"/>
        <source>Beratung</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="23"/>
        <source>Erstgespräch</source>
        <translation>Initial interview</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="24"/>
        <source>Begleitung</source>
        <translation>Accompaniment</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="25"/>
        <source>Hausbesuch</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="26"/>
        <source>intern</source>
        <translation>internal</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="30"/>
        <source>Urlaub</source>
        <translation>Vacation</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="31"/>
        <source>Krankheit</source>
        <translation>Illness</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="32"/>
        <source>Fortbildung</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="33"/>
        <source>zusätzlicher Tag in einer Kommune</source>
        <translation>additional day in a municipality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/domain/schedule_labels.py" line="34"/>
        <source>verlegte Sprechzeit</source>
        <translation>moved office hours</translation>
    </message>
</context>
<context>
    <name>SchedulePage</name>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="70"/>
        <source>Terminplan</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="71"/>
        <source>Terminplan – wer ist wo?</source>
        <translation>Schedule – who is where?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="90"/>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="101"/>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="196"/>
        <source>Woche</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="101"/>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="196"/>
        <source>Tag</source>
        <translation>Day</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="102"/>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="196"/>
        <source>Monat</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="120"/>
        <source>&amp;Neuer Termin …</source>
        <translation>&amp;New appointment …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="120"/>
        <source>Strg+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="125"/>
        <source>&amp;Wochenplan …</source>
        <translation>&amp;Weekly plan …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="126"/>
        <source>Kommunen, Orte und Sprechzeiten je Wochentag</source>
        <translation>Municipalities, locations and office hours per weekday</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="128"/>
        <source>&amp;Abwesenheit/Abweichung …</source>
        <translation>&amp;Absence/Change …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="129"/>
        <source>Urlaub, Krankheit, Fortbildung, zusätzlicher Tag oder verlegte Sprechzeiten am gewählten Tag</source>
        <translation>Vacation, illness, training, additional day or moved office hours on the selected day</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="133"/>
        <source>Aushan&amp;g (PDF) …</source>
        <translation>Front-desk not&amp;ice (PDF) …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="134"/>
        <source>Aushang für den Empfang, ohne Namen</source>
        <translation>Front-desk notice, without names</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="135"/>
        <source>&amp;Tagesblatt (PDF) …</source>
        <translation>&amp;Day sheet (PDF) …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="136"/>
        <source>Termine des Tages mit Namen, zum Ausdrucken</source>
        <translation>The day&apos;s appointments with names, for printing</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="138"/>
        <source>&amp;Kalenderdatei (.ics) …</source>
        <translation>&amp;Calendar file (.ics) …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="139"/>
        <source>Sprechzeiten und Termine des gezeigten Zeitraums</source>
        <translation>Office hours and appointments of the displayed period</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="216"/>
        <source>KW %1: %2 – %3</source>
        <translation>CW %1: %2 – %3</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="338"/>
        <source>Den Termin am %1 um %2 Uhr löschen?</source>
        <translation>Delete the appointment on %1 at %2?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="340"/>
        <source>Termin löschen?</source>
        <translation>Delete appointment?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="345"/>
        <source>Termin löschen</source>
        <translation>Delete appointment</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/page.py" line="359"/>
        <source>Beratung erfassen</source>
        <translation>Record consultation</translation>
    </message>
</context>
<context>
    <name>SchedulePdf</name>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="25"/>
        <source>Tagesplan</source>
        <translation>Day sheet</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="26"/>
        <source>Termine ({count})</source>
        <translation>Appointments ({count})</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="27"/>
        <source>Keine Termine.</source>
        <translation>No appointments.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="28"/>
        <source>Freie Zeiten</source>
        <translation>Free times</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="29"/>
        <source>Abwesend: {reason}</source>
        <translation>Absent: {reason}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="30"/>
        <source>Zeit</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="31"/>
        <source>Dauer</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="32"/>
        <source>{minutes} Min.</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="33"/>
        <source>Art</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="34"/>
        <source>Klient/in</source>
        <translation>Client</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="35"/>
        <source>Sprachmittlung</source>
        <translation>Interpreter</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="36"/>
        <source>Notiz</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="37"/>
        <source>ohne Fall</source>
        <translation>no case</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/day_sheet.py" line="38"/>
        <source>Enthält personenbezogene Daten – nicht aushängen, nicht weitergeben.</source>
        <translation>Contains personal data – do not post or pass on.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/front_desk_notice.py" line="26"/>
        <source>Sprechstunde Integrationsmanagement</source>
        <translation>Integration management office hours</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/front_desk_notice.py" line="27"/>
        <source>belegt</source>
        <translation>taken</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/front_desk_notice.py" line="28"/>
        <source>frei</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/front_desk_notice.py" line="29"/>
        <source>Ihre Ansprechperson: {name}</source>
        <translation>Your contact: {name}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/front_desk_notice.py" line="30"/>
        <source>Heute sind keine Termine mehr zu vergeben.</source>
        <translation>No more appointments available today.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/front_desk_notice.py" line="31"/>
        <source>Termine heute</source>
        <translation>Appointments today</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/schedule_pdf_parts.py" line="45"/>
        <source>Sprechzeiten</source>
        <translation>Office hours</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/schedule_pdf_parts.py" line="46"/>
        <source>Ort</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/schedule_pdf_parts.py" line="47"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/schedule_pdf_parts.py" line="48"/>
        <source>Feiertag: {holiday}</source>
        <translation>Public holiday: {holiday}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/schedule_pdf_parts.py" line="49"/>
        <source>heute keine Sprechstunde</source>
        <translation>no office hours today</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/schedule_pdf_parts.py" line="50"/>
        <source>Vertretung: {name}</source>
        <translation>Substitute: {name}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/schedule_pdf_parts.py" line="51"/>
        <source>Seite {page}</source>
        <translation>Page {page}</translation>
    </message>
</context>
<context>
    <name>ScheduleTexts</name>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="13"/>
        <source>Mo</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="13"/>
        <source>Di</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="14"/>
        <source>Mi</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="14"/>
        <source>Do</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="15"/>
        <source>Fr</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="15"/>
        <source>Sa</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="16"/>
        <source>So</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="20"/>
        <source>Januar</source>
        <translation>January</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="20"/>
        <source>Februar</source>
        <translation>February</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="21"/>
        <source>März</source>
        <translation>March</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="21"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="22"/>
        <source>Mai</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="22"/>
        <source>Juni</source>
        <translation>June</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="23"/>
        <source>Juli</source>
        <translation>July</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="23"/>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="24"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="24"/>
        <source>Oktober</source>
        <translation>October</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="25"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/texts.py" line="25"/>
        <source>Dezember</source>
        <translation>December</translation>
    </message>
</context>
<context>
    <name>Schedules</name>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="39"/>
        <source>Bitte einen Wochentag wählen.</source>
        <translation>Please choose a weekday.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="40"/>
        <source>Bitte die Kommune angeben.</source>
        <translation>Please give the municipality.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="41"/>
        <source>Sprechzeiten bitte als 09:00-12:00;13:00-15:30 angeben.</source>
        <translation>Please give office hours as 09:00-12:00;13:00-15:30.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="42"/>
        <source>Uhrzeit bitte als HH:MM angeben.</source>
        <translation>Please give the time as HH:MM.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="43"/>
        <source>Die Dauer muss zwischen 1 und 720 Minuten liegen.</source>
        <translation>The duration must be between 1 and 720 minutes.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="44"/>
        <source>Der Termin muss vor Mitternacht enden.</source>
        <translation>The appointment must end before midnight.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="45"/>
        <source>Unbekannte Art „{kind}“.</source>
        <translation>Unknown kind “{kind}”.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="46"/>
        <source>Der Wochenplan kann nicht vor seinem Beginn ({date}) enden.</source>
        <translation>The weekly pattern cannot end before it starts ({date}).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="48"/>
        <source>Eine Vertretung gibt es nur bei Urlaub.</source>
        <translation>A substitute can only be named for leave.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="49"/>
        <source>Die Vertretung muss eine andere Person sein.</source>
        <translation>The substitute must be someone else.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="50"/>
        <source>Überschneidet sich mit dem Termin um {start}.</source>
        <translation>Overlaps with the appointment at {start}.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="51"/>
        <source>Der Termin {start} liegt außerhalb der Sprechzeiten.</source>
        <translation>The appointment at {start} is outside office hours.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="52"/>
        <source>Der Tag ist ein Feiertag ({holiday}).</source>
        <translation>The day is a public holiday ({holiday}).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="53"/>
        <source>An diesem Tag sind Sie abwesend.</source>
        <translation>You are absent on this day.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="54"/>
        <source>Das Ende liegt vor dem Beginn.</source>
        <translation>The end is before the start.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="55"/>
        <source>Ein zusätzlicher Tag oder eine verlegte Sprechzeit gilt für einen einzelnen Tag.</source>
        <translation>An additional day or a moved office hour applies to a single day.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="57"/>
        <source>Der Zeitraum darf höchstens {days} Tage umfassen.</source>
        <translation>The period may cover at most {days} days.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="58"/>
        <source>An diesem Tag gibt es laut Wochenplan keinen Bürotag: bitte die Kommune angeben.</source>
        <translation>According to the weekly plan there is no office day on this day: please specify the municipality.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/schedules.py" line="60"/>
        <source>Im Zeitraum liegt kein Arbeitstag (Wochenenden und Feiertage zählen nicht).</source>
        <translation>There is no working day in the period (weekends and public holidays do not count).</translation>
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
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="30"/>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="147"/>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="33"/>
        <source>wie das System</source>
        <translation>same as the system</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="39"/>
        <source> Minuten</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="52"/>
        <source>Die Sprache gilt ab dem nächsten Start. Die Demo-Datendatei bleibt an ihrem Ort; ihr Speicherort lässt sich hier nicht ändern.</source>
        <translation>The language takes effect at the next start. The demo vault stays where it is; its location cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="55"/>
        <source>Die Sprache gilt ab dem nächsten Start. Ein neuer Ort für die Datendatei verschiebt sie samt Schlüsseldatei dorthin; eine dort schon vorhandene Datendatei wird beim nächsten Start geöffnet.</source>
        <translation>The language takes effect at the next start. A new location for the vault moves it there together with its key file; if a vault already exists there, that one is opened at the next start.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="62"/>
        <source>&amp;Sprache:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="63"/>
        <source>Automatisch sperren &amp;nach:</source>
        <translation>&amp;Auto-lock after:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="65"/>
        <source>Aufbe&amp;wahrte Sicherungen:</source>
        <translation>Backups to &amp;keep:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="184"/>
        <source>Die Datendatei wird verschoben …</source>
        <translation>Moving the vault …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="64"/>
        <source>Ordner für Si&amp;cherungen:</source>
        <translation>&amp;Backup folder:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="66"/>
        <source>&amp;Datendatei:</source>
        <translation>&amp;Vault:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="83"/>
        <source>Von der IT vorgegeben: %1 bis %2 Minuten</source>
        <translation>Set by IT: %1 to %2 minutes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="161"/>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="198"/>
        <source>Datendatei verschieben</source>
        <translation>Move vault</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/settings_dialog.py" line="162"/>
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
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="60"/>
        <source>&amp;Wiedervorlagen anzeigen</source>
        <translation>&amp;Show follow-ups</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="70"/>
        <source>&amp;Terminplan anzeigen</source>
        <translation>Show sched&amp;ule</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="103"/>
        <source>Willkommen, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="111"/>
        <source>Die IT kann ein neues Passwort setzen (Wiederherstellungsschlüssel).</source>
        <translation>IT can set a new password (recovery key).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="113"/>
        <source>Kein Wiederherstellungsschlüssel: ein vergessenes Passwort bedeutet verlorene Daten.</source>
        <translation>No recovery key: a forgotten password means lost data.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="140"/>
        <source>Feiertag (%1)</source>
        <translation>Public holiday (%1)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="147"/>
        <source>, Sprechzeiten %1</source>
        <translation>, office hours %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="149"/>
        <source>kein Sprechtag</source>
        <translation>no office day</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="151"/>
        <source>1 Termin</source>
        <translation>1 appointment</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="151"/>
        <source>%1 Termine</source>
        <translation>%1 appointments</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="152"/>
        <source>Heute: %1 · %2</source>
        <translation>Today: %1 · %2</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="175"/>
        <source>Wiedervorlagen: %1 überfällig, %2 heute fällig</source>
        <translation>Follow-ups: %1 overdue, %2 due today</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="205"/>
        <source>Sicherung läuft …</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="208"/>
        <source>Sicherung angelegt: %1</source>
        <translation>Backup created: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="218"/>
        <source>Prüfung läuft …</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="221"/>
        <source>Ergebnis: in Ordnung</source>
        <translation>Result: OK</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="221"/>
        <source>Ergebnis: FEHLER gefunden</source>
        <translation>Result: ERRORS found</translation>
    </message>
</context>
<context>
    <name>Statistics</name>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="41"/>
        <source>Das Ende des Zeitraums liegt vor seinem Anfang.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="44"/>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="55"/>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="56"/>
        <source>Altersgruppe</source>
        <translation>Age group</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="57"/>
        <source>Schwerpunkt</source>
        <translation>Focus</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="58"/>
        <source>AGS</source>
        <translation>AGS</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="59"/>
        <source>Kommune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="60"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="61"/>
        <source>Kontaktart</source>
        <translation>Contact type</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="62"/>
        <source>Dauer (Min.)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="63"/>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="64"/>
        <source>Rechtskreise</source>
        <translation>Legal domains</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="65"/>
        <source>Vermittlung an</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="66"/>
        <source>Statistik Kommunales Integrationsmanagement – {district}</source>
        <translation>Municipal integration management (KIM) statistics – {district}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="67"/>
        <source>Zeitraum: {start} bis {end}</source>
        <translation>Period: {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="68"/>
        <source>Erstellt am: {date}</source>
        <translation>Created on: {date}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="69"/>
        <source>Anzahlen unter {threshold} sind als „&lt;{threshold}“ ausgewiesen (Schutz vor Rückschlüssen auf einzelne Personen).</source>
        <translation>Counts below {threshold} are shown as ‘&lt;{threshold}’ (so that no conclusions can be drawn about individual people).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="73"/>
        <source>Das Blatt „Beratungen“ enthält pseudonymisierte Einzeldaten: nur zur Auswertung in der Kreisverwaltung, nicht weitergeben.</source>
        <translation>The ‘Beratungen’ sheet contains pseudonymised individual records: only for evaluation at the district administration, do not pass on.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="77"/>
        <source>Beratungen insgesamt</source>
        <translation>Total consultations</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="78"/>
        <source>Personen (Pseudonyme)</source>
        <translation>People (pseudonyms)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="79"/>
        <source>Beratungen je Kommune</source>
        <translation>Consultations per municipality</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="80"/>
        <source>Beratungen je Rechtskreis (eine Beratung kann mehrere Rechtskreise betreffen)</source>
        <translation>Consultations per legal domain (one consultation can concern several legal domains)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="82"/>
        <source>Beratungen je Kontaktart</source>
        <translation>Consultations per contact type</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/statistics_export.py" line="83"/>
        <source>Anzahl</source>
        <translation>Count</translation>
    </message>
</context>
<context>
    <name>StatisticsPeriodDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="294"/>
        <source>Statistik exportieren</source>
        <translation>Export statistics</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="299"/>
        <source>&amp;Von:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="299"/>
        <source>&amp;Bis:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="300"/>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="312"/>
        <source>Die Datei enthält keine Namen, Geburtsdaten oder Notizen.</source>
        <translation>The file contains no names, dates of birth or notes.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="315"/>
        <source>&amp;Weiter …</source>
        <translation>Co&amp;ntinue…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/privacy_page.py" line="341"/>
        <source>Das Ende des Zeitraums liegt vor seinem Anfang.</source>
        <translation>The end of the period is before its start.</translation>
    </message>
</context>
<context>
    <name>SteeringAgenda</name>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="58"/>
        <source>Lenkungsgruppe KIM</source>
        <translation>KIM steering group</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="59"/>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="60"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="61"/>
        <source>Ort</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="62"/>
        <source>Nr.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="63"/>
        <source>Thema</source>
        <translation>Topic</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="64"/>
        <source>Kommunen</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="65"/>
        <source>Rechtskreise</source>
        <translation>Legal domains</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="66"/>
        <source>Beteiligte Stellen</source>
        <translation>Agencies involved</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="67"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="68"/>
        <source>Dringlichkeit</source>
        <translation>Urgency</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="69"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="70"/>
        <source>Für diese Sitzung sind noch keine Punkte vorgesehen.</source>
        <translation>No items have been scheduled for this meeting yet.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="71"/>
        <source>Zusammenfassungen</source>
        <translation>Summaries</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="72"/>
        <source>TOP {number}: {title}</source>
        <translation>Item {number}: {title}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="73"/>
        <source>Gemeldet von</source>
        <translation>Reported by</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="74"/>
        <source>Case Management {municipality}</source>
        <translation>Case Management {municipality}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="75"/>
        <source>Übermittelt am</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="76"/>
        <source>Zuerst beobachtet</source>
        <translation>First observed</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="77"/>
        <source>Zusammengeführt aus</source>
        <translation>Merged from</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="78"/>
        <source>Problembeschreibung</source>
        <translation>Problem description</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="79"/>
        <source>Vorgeschlagene Maßnahme</source>
        <translation>Proposed measure</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="80"/>
        <source>Verlauf und Rückmeldungen</source>
        <translation>History and feedback</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="81"/>
        <source>Rückmeldung</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="82"/>
        <source>Geschäftsstelle</source>
        <translation>Coordination office</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="83"/>
        <source>Zeitpunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="84"/>
        <source>Wer</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="85"/>
        <source>Status / Kommentar</source>
        <translation>Status / comment</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="86"/>
        <source>Beschluss</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="87"/>
        <source>noch nicht gefasst</source>
        <translation>not yet taken</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/reports/steering_agenda.py" line="88"/>
        <source>Seite {page}</source>
        <translation>Page {page}</translation>
    </message>
</context>
<context>
    <name>SteeringGroup</name>
    <message>
        <location filename="../../kim_desktop/services/steering_group.py" line="38"/>
        <source>Bitte das Datum der Sitzung angeben.</source>
        <translation>Please enter the date of the meeting.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/steering_group.py" line="39"/>
        <source>Bitte einen Titel der Sitzung angeben.</source>
        <translation>Please enter a title for the meeting.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/steering_group.py" line="40"/>
        <source>Höchstens {max} Zeichen.</source>
        <translation>At most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/steering_group.py" line="41"/>
        <source>„{title}“ ist „{status}“ und kann nicht auf die Tagesordnung.</source>
        <translation>“{title}” is “{status}” and cannot be put on the agenda.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/steering_group.py" line="43"/>
        <source>„{title}“ ist „{status}“ und kann nicht auf die Tagesordnung. Kommt das Problem wieder, nehmen Sie die Meldung bitte zuerst wieder in Prüfung.</source>
        <translation>“{title}” is “{status}” and cannot go on the agenda. If the problem returns, please take the escalation back into review first.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/steering_group.py" line="46"/>
        <source>„{title}“ ist mit einer anderen Meldung zusammengeführt; bitte jene aufnehmen.</source>
        <translation>“{title}” has been merged into another escalation report; please add that one instead.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/steering_group.py" line="48"/>
        <source>Bitte den Beschluss eintragen.</source>
        <translation>Please enter the decision.</translation>
    </message>
</context>
<context>
    <name>SteeringGroupView</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="41"/>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="54"/>
        <source>%n Punkt(e)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="104"/>
        <source>Sitzungen</source>
        <translation>Meetings</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="106"/>
        <source>Sitzungen der Lenkungsgruppe</source>
        <translation>Steering group meetings</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="108"/>
        <source>Neue &amp;Sitzung …</source>
        <translation>New &amp;meeting …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="110"/>
        <source>Noch keine Sitzung angelegt.</source>
        <translation>No meeting created yet.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="118"/>
        <source>Tagesordnung</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="123"/>
        <source>Punkte der Tagesordnung</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="129"/>
        <source>Meldungen &amp;hinzufügen …</source>
        <translation>&amp;Add escalations …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="130"/>
        <source>Nach &amp;oben</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="131"/>
        <source>Nach &amp;unten</source>
        <translation>Move d&amp;own</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="132"/>
        <source>Ent&amp;fernen</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="133"/>
        <source>&amp;Beschluss erfassen …</source>
        <translation>Record &amp;decision …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="134"/>
        <source>Tagesordnung als &amp;PDF …</source>
        <translation>Agenda as &amp;PDF …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="135"/>
        <source>Strg+Pfeil hoch</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="136"/>
        <source>Strg+Pfeil runter</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="158"/>
        <source>Eingabetaste auf einem Punkt: Beschluss erfassen; Strg+Pfeil hoch/runter: verschieben; Entf: entfernen. Beschlüsse erreichen die Verfasser als Rückmeldung mit dem nächsten Rückmeldungspaket.</source>
        <translation>Enter on an item: record decision; Ctrl+Up/Down: move; Del: remove. Decisions reach the authors as feedback with the next feedback package.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="204"/>
        <source>Bitte zuerst eine Sitzung anlegen oder auswählen.</source>
        <translation>Please create or select a meeting first.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="219"/>
        <source>Beschluss: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="244"/>
        <source>Sitzung angelegt.</source>
        <translation>Meeting created.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="280"/>
        <source>%n Meldung(en) auf die Tagesordnung gesetzt.</source>
        <translation>
            <numerusform>%n escalation added to the agenda.</numerusform>
            <numerusform>%n escalations added to the agenda.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="298"/>
        <source>„%1“ von der Tagesordnung nehmen?</source>
        <translation>Remove “%1” from the agenda?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="300"/>
        <source>Der erfasste Beschluss gehört zu diesem Punkt und entfällt mit ihm.</source>
        <translation>The recorded decision belongs to this item and is removed with it.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="302"/>
        <source>Punkt entfernen</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="324"/>
        <source>Beschluss gespeichert.</source>
        <translation>Decision saved.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="334"/>
        <source>Tagesordnung speichern</source>
        <translation>Save agenda</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="347"/>
        <source>Die Datei wurde nicht gespeichert: %1</source>
        <translation>The file was not saved: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/agenda_view.py" line="351"/>
        <source>Die Tagesordnung wurde gespeichert: %1</source>
        <translation>The agenda was saved: %1</translation>
    </message>
</context>
<context>
    <name>SubmitFlow</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/submit_flow.py" line="97"/>
        <source>Meldung übermitteln?</source>
        <translation>Submit escalation report?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/submit_flow.py" line="98"/>
        <source>Die Meldung wird auf personenbezogene Daten geprüft und geht dann mit dem nächsten Export an die Geschäftsstelle. Danach kann sie nicht mehr geändert, nur noch zurückgezogen werden.

Jetzt übermitteln?</source>
        <translation>The escalation report is checked for personal data and then goes to the coordination office with the next export. After that it can no longer be changed, only withdrawn.

Submit now?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/submit_flow.py" line="116"/>
        <source>Übermitteln</source>
        <translation>Submit</translation>
    </message>
</context>
<context>
    <name>SyncTable</name>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="64"/>
        <source>Geräteprofile</source>
        <translation>Device profiles</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="65"/>
        <source>Personen</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="67"/>
        <source>Fälle</source>
        <translation>Cases</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="68"/>
        <source>Phasenwechsel</source>
        <translation>Phase changes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="69"/>
        <source>Ziele</source>
        <translation>Goals</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="70"/>
        <source>Einwilligungen</source>
        <translation>Consents</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="71"/>
        <source>Beratungen</source>
        <translation>Consultations</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="72"/>
        <source>Wochenpläne</source>
        <translation>Weekly patterns</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="73"/>
        <source>Abweichungen vom Wochenplan</source>
        <translation>Exceptions to the weekly pattern</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="75"/>
        <source>Termine</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="77"/>
        <source>Meldungen</source>
        <translation>Escalation reports</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="78"/>
        <source>Schritte von Meldungen</source>
        <translation>Escalation report steps</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="79"/>
        <source>Stammdaten</source>
        <translation>Master data</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="80"/>
        <source>Rückmeldungen zu Meldungen</source>
        <translation>Feedback on escalation reports</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="82"/>
        <source>Sitzungen der Lenkungsgruppe</source>
        <translation>Steering group meetings</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/sync/registry.py" line="84"/>
        <source>Tagesordnungspunkte</source>
        <translation>Agenda items</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="35"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="35"/>
        <source>Kontaktart</source>
        <translation>Contact type</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="35"/>
        <source>Beginn, Dauer</source>
        <translation>Start, duration</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="36"/>
        <source>Themen</source>
        <translation>Topics</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="36"/>
        <source>Vermittlungen</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="36"/>
        <source>Notizen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="37"/>
        <source>Wiedervorlage</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="44"/>
        <source>Eine Beratung auswählen, um sie hier ganz zu sehen; Eingabetaste oder Doppelklick öffnet sie zum Bearbeiten.</source>
        <translation>Select a consultation to see it here in full; Enter or double-click opens it for editing.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="46"/>
        <source>Zu diesem Fall gibt es noch keine Beratung.</source>
        <translation>There are no consultations for this case yet.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="47"/>
        <source>Beratung bearbei&amp;ten …</source>
        <translation>O&amp;pen consultation…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="72"/>
        <source>⚠ %1 (ohne Einwilligung)</source>
        <translation>⚠ %1 (without consent)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="78"/>
        <source>%1 (%2 Min.)</source>
        <translation>%1 (%2 min)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="86"/>
        <source>%1, erledigt</source>
        <translation>%1, done</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="102"/>
        <source>Vermittlung ohne gültige Einwilligung; die Entscheidung ist im Protokoll vermerkt.</source>
        <translation>Referral without valid consent; the decision is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="111"/>
        <source>Eine Beratung mit Vermittlung ohne Einwilligung.</source>
        <translation>One consultation with a referral without consent.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="113"/>
        <source>%1 Beratungen mit Vermittlung ohne Einwilligung.</source>
        <translation>%1 consultations with a referral without consent.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="124"/>
        <source>Erst „Personendaten anzeigen …“ wählen.</source>
        <translation>Choose “Show personal data …” first.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="131"/>
        <source>Rechtskreise: %1</source>
        <translation>Legal domains: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="132"/>
        <source>Vermittlungen: %1</source>
        <translation>Referrals: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="133"/>
        <source>Notizen:</source>
        <translation>Notes:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/case_detail/timeline.py" line="134"/>
        <source>Vereinbarte nächste Schritte:</source>
        <translation>Agreed next steps:</translation>
    </message>
</context>
<context>
    <name>TrustDeviceDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/trust_dialog.py" line="34"/>
        <source>Gerät bestätigen</source>
        <translation>Confirm device</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/trust_dialog.py" line="36"/>
        <source>Pakete von diesem Gerät werden erst importiert, wenn Sie ihm vertrauen.</source>
        <translation>Packages from this device are only imported once you trust it.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/trust_dialog.py" line="38"/>
        <source>(ohne Namen)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/trust_dialog.py" line="43"/>
        <source>Case Management:</source>
        <translation>Case management:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/trust_dialog.py" line="44"/>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/trust_dialog.py" line="45"/>
        <source>Fingerabdruck:</source>
        <translation>Fingerprint:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/trust_dialog.py" line="47"/>
        <source>Bitte den Fingerabdruck mit der Case Managerin oder dem Case Manager vergleichen, z. B. am Telefon. Nur wenn er übereinstimmt, dem Gerät vertrauen; spätere Pakete mit einem anderen Schlüssel werden abgelehnt.</source>
        <translation>Please compare the fingerprint with the case manager, e.g. by phone. Only trust the device if it matches; later packages with a different key will be rejected.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/trust_dialog.py" line="52"/>
        <source>Dieses Gerät ist gesperrt. Nur wieder vertrauen, wenn es sicher wieder in den richtigen Händen ist.</source>
        <translation>This device is revoked. Only trust it again if it is safely back in the right hands.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/trust_dialog.py" line="58"/>
        <source>Gerät &amp;vertrauen</source>
        <translation>&amp;Trust device</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/trust_dialog.py" line="60"/>
        <source>&amp;Nicht vertrauen</source>
        <translation>&amp;Don&apos;t trust</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="37"/>
        <source>KIM Desktop – Entsperren</source>
        <translation>KIM Desktop – Unlock</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="40"/>
        <source>Gesperrt – bitte Passwort eingeben</source>
        <translation>Locked – please enter the password</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="41"/>
        <source>Datendatei entsperren</source>
        <translation>Unlock vault</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="59"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="96"/>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="97"/>
        <source>Nicht gespeicherte Eingaben gehen verloren. Trotzdem beenden?</source>
        <translation>Unsaved entries will be lost. Quit anyway?</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="53"/>
        <source>&amp;Entsperren</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="56"/>
        <source>&amp;Neue Datendatei …</source>
        <translation>&amp;New vault…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="64"/>
        <source>&amp;Datendatei:</source>
        <translation>&amp;Vault:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="67"/>
        <source>&amp;Passwort:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="113"/>
        <source>Entsperre …</source>
        <translation>Unlocking…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="122"/>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="123"/>
        <source>Eine laufende Aufgabe wird noch beendet …</source>
        <translation>A running task is still being finished …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/unlock_dialog.py" line="137"/>
        <source>Bitte das Passwort eingeben.</source>
        <translation>Please enter the password.</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <location filename="../../kim_desktop/ui/schedule/week_view.py" line="89"/>
        <source>Woche; Pfeiltasten wählen den Tag, Eingabe öffnet ihn</source>
        <translation>Week; arrow keys select the day, Enter opens it</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/week_view.py" line="92"/>
        <source>Pfeiltasten: Tag wählen · Eingabe: Tagesansicht · Bild auf/ab: Woche zurück/weiter</source>
        <translation>Arrow keys: select day · Enter: day view · Page Up/Down: previous/next week</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/week_view.py" line="119"/>
        <source>Feiertag: %1</source>
        <translation>Public holiday: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/schedule/week_view.py" line="127"/>
        <source>kein Sprechtag</source>
        <translation>no office day</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="52"/>
        <source>Meldung zurückziehen</source>
        <translation>Withdraw escalation report</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="53"/>
        <source>„%1“ zurückziehen? Die Geschäftsstelle erfährt es mit dem nächsten Export; ein Grund hilft ihr.</source>
        <translation>Withdraw “%1”? The coordination office learns of it with the next export; giving a reason helps them.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="57"/>
        <source>&amp;Kommentar (ohne personenbezogene Daten):</source>
        <translation>&amp;Comment (no personal data):</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="64"/>
        <source>&amp;Zurückziehen</source>
        <translation>&amp;Withdraw</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="65"/>
        <source>Abbrechen</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/escalations/own_list.py" line="73"/>
        <source>Kommentar</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>WrittenModel</name>
    <message>
        <location filename="../../kim_desktop/ui/exchange/feedback_tab.py" line="39"/>
        <source>Datei</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/feedback_tab.py" line="39"/>
        <source>Für</source>
        <translation>For</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/feedback_tab.py" line="39"/>
        <source>Paket-Nr.</source>
        <translation>Package no.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/feedback_tab.py" line="39"/>
        <source>Inhalt</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/feedback_tab.py" line="47"/>
        <source>die anderen Koordinationen</source>
        <translation>the other coordinators</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/exchange/feedback_tab.py" line="52"/>
        <source>nur Bestätigungen, keine geänderten Daten</source>
        <translation>confirmations only, no changed data</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../kim_desktop/errors.py" line="20"/>
        <source>Unbekannter Fehler.</source>
        <translation>Unknown error.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="36"/>
        <source>Passwort falsch.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="41"/>
        <source>Dieses Passwort öffnet die Datei nicht: eine Passwortänderung wurde unterbrochen. Bitte das andere Passwort versuchen (das bisherige oder das neue).</source>
        <translation>This password does not open the file: a password change was interrupted. Please try the other password (the previous one or the new one).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="50"/>
        <source>Keine Datendatei unter {path} gefunden.</source>
        <translation>No vault found at {path}.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="55"/>
        <source>Unter {path} liegt bereits eine Datendatei; sie wird nicht überschrieben.</source>
        <translation>A vault already exists at {path}; it will not be overwritten.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="60"/>
        <source>Zur Datendatei gehört die Schlüsseldatei {path}; sie fehlt. Entweder ist die gewählte Datei keine KIM-Datendatei, oder die Schlüsseldatei wurde nicht mitkopiert.</source>
        <translation>The vault&apos;s key file {path} is missing. Either the chosen file is not a KIM vault, or the key file was not copied along with it.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="69"/>
        <source>Die Datei {path} ist keine KIM-Datendatei oder sie ist beschädigt ({reason}).</source>
        <translation>The file {path} is not a KIM vault or it is damaged ({reason}).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="76"/>
        <source>Die Datendatei {path} ist bereits in einem anderen Programmfenster oder Prozess geöffnet.</source>
        <translation>The vault {path} is already open in another program window or process.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="83"/>
        <source>Die Datendatei ist gesperrt.</source>
        <translation>The vault is locked.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="88"/>
        <source>Die Datendatei {path} stammt aus einer neueren Version von KIM Desktop. Bitte das Programm aktualisieren; die Datei bleibt unverändert.</source>
        <translation>The vault {path} comes from a newer version of KIM Desktop. Please update the program; the file remains unchanged.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="97"/>
        <source>Die Verschlüsselung der Datendatei entspricht nicht den Vorgaben ({setting}); Abbruch.</source>
        <translation>The vault&apos;s encryption does not meet the requirements ({setting}); aborted.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="104"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="109"/>
        <source>Konfiguration {path} ungültig: {reason}</source>
        <translation>Invalid configuration {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="114"/>
        <source>Wiederherstellung nicht möglich: {reason}</source>
        <translation>Recovery not possible: {reason}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="119"/>
        <source>Schreiben nicht möglich ({reason}). Die Daten sind unverändert; bitte Speicherplatz prüfen.</source>
        <translation>Cannot write ({reason}). The data is unchanged; please check the free disk space.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="126"/>
        <source>Auf {path} kann nicht geschrieben werden ({reason}). Bitte Ordner und Rechte prüfen.</source>
        <translation>Cannot write to {path} ({reason}). Please check the folder and its permissions.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="133"/>
        <source>Die Datendatei ist gerade beschäftigt (Sicherung oder Prüfung läuft). Bitte gleich noch einmal versuchen.</source>
        <translation>The vault is busy right now (a backup or check is running). Please try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="140"/>
        <source>Dateifehler bei {path}: {reason}</source>
        <translation>File error at {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="145"/>
        <source>Sicherung fehlgeschlagen: {reason}</source>
        <translation>Backup failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="186"/>
        <source>Eingabe abgelehnt.</source>
        <translation>Input rejected.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="199"/>
        <source>Der Datensatz {record} ist nicht (mehr) vorhanden.</source>
        <translation>The record {record} does not exist (any more).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="204"/>
        <source>{pseudonym}: die Aufbewahrungsfrist ist noch nicht abgelaufen (nicht alle Fälle sind abgeschlossen oder der letzte Abschluss liegt weniger als {years} Jahre zurück). Es wurde nichts gelöscht.</source>
        <translation>{pseudonym}: the retention period has not yet expired (not all cases are closed, or the last one was closed less than {years} years ago). Nothing was deleted.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="213"/>
        <source>Austausch nicht möglich: {reason}</source>
        <translation>Exchange not possible: {reason}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/errors.py" line="218"/>
        <source>Schlüssel abgelehnt: {reason}</source>
        <translation>Key rejected: {reason}</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/demo_data.py" line="81"/>
        <source>Die Zahl der Beratungen muss eine ganze Zahl von {low} bis {high} sein (angegeben: {value}).</source>
        <translation>The number of consultations must be a whole number from {low} to {high} (given: {value}).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/services/demo_data.py" line="88"/>
        <source>Die Datendatei {path} enthält bereits {clients} Klientinnen und Klienten. Demo-Daten kommen nur mit --add hinzu.</source>
        <translation>The vault {path} already contains {clients} clients. Demo data is only added with --add.</translation>
    </message>
</context>
</TS>
