<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="de_DE">
<context>
    <name>AppController</name>
    <message>
        <location filename="../../kim_desktop/ui/app.py" line="196"/>
        <source>Automatische Sicherung angelegt.</source>
        <translation>Automatic backup created.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/app.py" line="291"/>
        <source>KIM Desktop wird beendet, sobald die laufende Aufgabe abgeschlossen ist …</source>
        <translation>KIM Desktop will close as soon as the running task has finished …</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/app.py" line="292"/>
        <location filename="../../kim_desktop/ui/app.py" line="328"/>
        <source>KIM Desktop</source>
        <translation>KIM Desktop</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/app.py" line="329"/>
        <source>KIM Desktop wurde beim letzten Mal unerwartet beendet. Ihre gespeicherten Daten sind nicht betroffen; die technischen Angaben stehen im Protokoll.</source>
        <translation>KIM Desktop ended unexpectedly last time. Your saved data is not affected; the technical details are in the log.</translation>
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
        <location filename="../../kim_desktop/ui/main_window.py" line="100"/>
        <source>&amp;Datei</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="101"/>
        <source>&amp;Sperren</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="102"/>
        <source>Passwort &amp;ändern …</source>
        <translation>Change &amp;password…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="105"/>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="106"/>
        <source>&amp;Extras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="107"/>
        <source>&amp;Einstellungen …</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="108"/>
        <source>&amp;Hilfe</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="109"/>
        <source>Ü&amp;ber KIM Desktop</source>
        <translation>&amp;About KIM Desktop</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="138"/>
        <source>Über KIM Desktop</source>
        <translation>About KIM Desktop</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="139"/>
        <source>&lt;h3&gt;KIM Desktop %1&lt;/h3&gt;&lt;p&gt;Fallarbeit im Kommunalen Integrationsmanagement: verschlüsselt, offline, Abgleich per Exportdatei.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 (SQLCipher) · %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;KIM Desktop %1&lt;/h3&gt;&lt;p&gt;Case work in municipal integration management (Kommunales Integrationsmanagement): encrypted, offline, synchronised by export files.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 (SQLCipher) · %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="161"/>
        <source>Nicht gespeichert</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/main_window.py" line="162"/>
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
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="41"/>
        <source>Rolle:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="42"/>
        <source>Team:</source>
        <translation>Team:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="43"/>
        <source>Kommunen:</source>
        <translation>Municipalities:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="44"/>
        <source>Geräte-ID:</source>
        <translation>Device ID:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="45"/>
        <source>Datendatei:</source>
        <translation>Vault:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="46"/>
        <source>Passwort vergessen:</source>
        <translation>Forgotten password:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="47"/>
        <source>Letzte Sicherung:</source>
        <translation>Last backup:</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="49"/>
        <source>Jetzt &amp;sichern</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="50"/>
        <source>Datendatei &amp;prüfen</source>
        <translation>&amp;Check vault</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="77"/>
        <source>Willkommen, %1</source>
        <translation>Welcome, %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="85"/>
        <source>Die IT kann ein neues Passwort setzen (Wiederherstellungsschlüssel).</source>
        <translation>IT can set a new password (recovery key).</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="87"/>
        <source>Kein Wiederherstellungsschlüssel: ein vergessenes Passwort bedeutet verlorene Daten.</source>
        <translation>No recovery key: a forgotten password means lost data.</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="115"/>
        <source>Sicherung läuft …</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="118"/>
        <source>Sicherung angelegt: %1</source>
        <translation>Backup created: %1</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="128"/>
        <source>Prüfung läuft …</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="131"/>
        <source>Ergebnis: in Ordnung</source>
        <translation>Result: OK</translation>
    </message>
    <message>
        <location filename="../../kim_desktop/ui/pages/start_page.py" line="131"/>
        <source>Ergebnis: FEHLER gefunden</source>
        <translation>Result: ERRORS found</translation>
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
