<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Wk::AcknowledgeDialog</name>
    <message>
        <location filename="../widgets/acknowledgedialog.cpp" line="+35"/>
        <source>Acknowledge alerts</source>
        <translation>Alarme bestätigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Acknowledged by:</source>
        <translation>Bestätigt von:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What you are doing about it (optional)</source>
        <translation>Was Sie dagegen unternehmen (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lasts at most</source>
        <translation>Gilt höchstens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 36h or 2d</source>
        <translation>z. B. 36h oder 2d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom duration</source>
        <translation>Benutzerdefinierte Dauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A duration such as 90m, 36h or 2d</source>
        <translation>Eine Dauer wie 90m, 36h oder 2d</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lasts &amp;at most:</source>
        <translation>Gilt &amp;höchstens:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>alert %1 (gone)</source>
        <translation>Alarm %1 (verschwunden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1  %2%3, %4 for %5</source>
        <translation>%1  %2%3, %4 seit %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledge alert</source>
        <translation>Alarm bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge %1 alerts</source>
        <translation>%1 Alarme bestätigen</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Lasts until the alert resolves, or for at most %1, whichever comes first. It stops escalation and repeating notifications.</source>
        <translation>Gilt, bis der Alarm behoben ist, höchstens jedoch %1 – je nachdem, was zuerst eintritt. Die Bestätigung stoppt die Eskalation und wiederholte Benachrichtigungen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Enter how long the acknowledgement may last, such as 90m, 36h or 2d.</source>
        <translation>Geben Sie an, wie lange die Bestätigung gelten darf, z. B. 90m, 36h oder 2d.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 acknowledged; these were not:</source>
        <translation>%1 bestätigt; diese nicht:</translation>
    </message>
</context>
<context>
    <name>Wk::Acknowledgement</name>
    <message>
        <location filename="../models/alerts/acknowledgement.cpp" line="+33"/>
        <source>acknowledged by %1 %2 ago</source>
        <translation>bestätigt von %1 vor %2</translation>
    </message>
</context>
<context>
    <name>Wk::AlertBook</name>
    <message>
        <location filename="../models/alerts/alertbook.cpp" line="+41"/>
        <source> (critical alerts included)</source>
        <translation> (einschließlich kritischer Alarme)</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>the alert is gone</source>
        <translation>der Alarm ist verschwunden</translation>
    </message>
    <message>
        <location line="+283"/>
        <source>step %1 after %2 min to %3 (%4)</source>
        <translation>Stufe %1 nach %2 min an %3 (%4)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>there is no alert %1</source>
        <translation>es gibt keinen Alarm %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alert %1 (%2) has resolved; there is nothing to acknowledge</source>
        <translation>Alarm %1 (%2) ist behoben; es gibt nichts zu bestätigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alert %1 (%2) is already acknowledged by %3 %4 ago</source>
        <translation>Alarm %1 (%2) wurde bereits vor %4 von %3 bestätigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an acknowledgement must last a positive time</source>
        <translation>eine Bestätigung muss eine positive Dauer haben</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 until %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>unacknowledged</source>
        <translation>Bestätigung aufgehoben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>alert %1 is not acknowledged</source>
        <translation>Alarm %1 ist nicht bestätigt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: acknowledgement by %2 ended (%3)</source>
        <translation>%1: Bestätigung durch %2 beendet (%3)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the acknowledgement expired</source>
        <translation>die Bestätigung ist abgelaufen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the alert resolved</source>
        <translation>der Alarm wurde behoben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>acknowledged in Watchkeeper</source>
        <translation>in Watchkeeper bestätigt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>acknowledgement ended</source>
        <translation>Bestätigung beendet</translation>
    </message>
    <message>
        <location line="+135"/>
        <location line="+31"/>
        <source>there is no maintenance window %1</source>
        <translation>es gibt kein Wartungsfenster %1</translation>
    </message>
</context>
<context>
    <name>Wk::AlertDetailPane</name>
    <message>
        <location filename="../widgets/alertdetailpane.cpp" line="+115"/>
        <source>Alert details</source>
        <translation>Alarmdetails</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select an alert to see its details.</source>
        <translation>Wählen Sie einen Alarm aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Runbook link</source>
        <translation>Runbook-Link</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Runbook:</source>
        <translation>Runbook:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledged:</source>
        <translation>Bestätigt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppressed:</source>
        <translation>Zurückgehalten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation:</source>
        <translation>Eskalation:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notified:</source>
        <translation>Benachrichtigt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annotations:</source>
        <translation>Annotationen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule expression over the last hour</source>
        <translation>Regelausdruck der letzten Stunde</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 for %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suppressed</source>
        <translation>zurückgehalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>until the alert resolves, at most until %1</source>
        <translation>bis der Alarm behoben ist, höchstens bis %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>step %1 at %2 to %3 (%4)</source>
        <translation>Stufe %1 um %2 an %3 (%4)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The expression of rule %1 is not known here, so there is no chart.</source>
        <translation>Der Ausdruck der Regel %1 ist hier nicht bekannt, daher gibt es kein Diagramm.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule expression over the last hour: %1 (the chart shows %2; the line is where the alert condition begins)</source>
        <translation>Regelausdruck der letzten Stunde: %1 (das Diagramm zeigt %2; die Linie markiert, wo die Alarmbedingung beginnt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rule expression over the last hour: %1</source>
        <translation>Regelausdruck der letzten Stunde: %1</translation>
    </message>
</context>
<context>
    <name>Wk::AlertListProxy</name>
    <message>
        <location filename="../widgets/alertlistproxy.cpp" line="+75"/>
        <source>silenced by %1 until %2</source>
        <translation>stummgeschaltet von %1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>silenced (silence %1)</source>
        <translation>stummgeschaltet (Stummschaltung %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>maintenance &quot;%1&quot; until %2</source>
        <translation>Wartung &quot;%1&quot; bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>maintenance &quot;%1&quot;</source>
        <translation>Wartung &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inhibited by %1</source>
        <translation>unterdrückt durch %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>step %1 of %2</source>
        <translation>Stufe %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>step %1 at %2 to %3 (%4)</source>
        <translation>Stufe %1 um %2 an %3 (%4)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged by</source>
        <translation>Bestätigt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppressed because</source>
        <translation>Zurückgehalten wegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
</context>
<context>
    <name>Wk::AlertRepository</name>
    <message>
        <location filename="../models/alerts/alertrepository.cpp" line="+295"/>
        <source>cannot write the audit log</source>
        <translation>Prüfprotokoll kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>cannot read the audit log</source>
        <translation>Prüfprotokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+16"/>
        <source>cannot read acknowledgements</source>
        <translation>Bestätigungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot save the acknowledgement</source>
        <translation>Bestätigung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot end acknowledgement %1</source>
        <translation>Bestätigung %1 kann nicht beendet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledgement %1 has already ended</source>
        <translation>Bestätigung %1 ist bereits beendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot update acknowledgement %1</source>
        <translation>Bestätigung %1 kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read silences</source>
        <translation>Stummschaltungen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>silence %1 in %2: %3</source>
        <translation>Stummschaltung %1 in %2: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+8"/>
        <source>cannot save silence %1</source>
        <translation>Stummschaltung %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot purge expired silences</source>
        <translation>abgelaufene Stummschaltungen können nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read maintenance windows</source>
        <translation>Wartungsfenster können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>cannot save maintenance window %1</source>
        <translation>Wartungsfenster %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>there is no maintenance window %1</source>
        <translation>es gibt kein Wartungsfenster %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>cannot remove maintenance window %1</source>
        <translation>Wartungsfenster %1 kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot record alert history</source>
        <translation>Alarmverlauf kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot read alert history</source>
        <translation>Alarmverlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot prune alert history</source>
        <translation>Alarmverlauf kann nicht bereinigt werden</translation>
    </message>
</context>
<context>
    <name>Wk::AlertStatus</name>
    <message>
        <location filename="../models/alerts/alertstatus.cpp" line="+22"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>silenced by %n silence(s)</source>
        <translation>
            <numerusform>stummgeschaltet durch %n Stummschaltung</numerusform>
            <numerusform>stummgeschaltet durch %n Stummschaltungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inhibited by %1</source>
        <translation>unterdrückt durch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in maintenance window %1</source>
        <translation>im Wartungsfenster %1</translation>
    </message>
</context>
<context>
    <name>Wk::AlertStyle</name>
    <message>
        <location filename="../widgets/alertstyle.cpp" line="+26"/>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
</context>
<context>
    <name>Wk::AlertmanagerClient</name>
    <message>
        <location filename="../models/alerts/alertmanagerclient.cpp" line="+47"/>
        <source>Alertmanager at %1: %2</source>
        <translation>Alertmanager unter %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alertmanager at %1: HTTP %2: %3</source>
        <translation>Alertmanager unter %1: HTTP %2: %3</translation>
    </message>
</context>
<context>
    <name>Wk::AlertmanagerCodec</name>
    <message>
        <location filename="../models/alerts/alertmanagercodec.cpp" line="+21"/>
        <source>not JSON at offset %1: %2</source>
        <translation>kein JSON an Offset %1: %2</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>matcher %1 has no name</source>
        <translation>Matcher %1 hat keinen Namen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>matcher %1: %2</source>
        <translation>Matcher %1: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>alert %1: fingerprint &quot;%2&quot; is not hexadecimal</source>
        <translation>Alarm %1: Fingerprint &quot;%2&quot; ist nicht hexadezimal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alert %1: startsAt is not a time</source>
        <translation>Alarm %1: startsAt ist keine Zeitangabe</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected a list of alerts</source>
        <translation>Liste von Alarmen erwartet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected a list of alert groups</source>
        <translation>Liste von Alarmgruppen erwartet</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>silence %1: %2</source>
        <translation>Stummschaltung %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no id</source>
        <translation>keine id</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>startsAt or endsAt is not a time</source>
        <translation>startsAt oder endsAt ist keine Zeitangabe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected a list of silences</source>
        <translation>Liste von Stummschaltungen erwartet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>expected a silence object</source>
        <translation>Stummschaltungsobjekt erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the answer names no silenceID</source>
        <translation>die Antwort nennt keine silenceID</translation>
    </message>
</context>
<context>
    <name>Wk::AlertmanagerSilenceStore</name>
    <message>
        <location filename="../models/alerts/alertmanagersilencestore.cpp" line="+119"/>
        <location line="+34"/>
        <source>no Alertmanager client</source>
        <translation>kein Alertmanager-Client</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 until %2 on %3</source>
        <translation>%1 bis %2 auf %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>updated to %1 until %2 on %3</source>
        <translation>geändert zu %1 bis %2 auf %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>replaced %1 by %2 until %3 on %4</source>
        <translation>%1 ersetzt durch %2 bis %3 auf %4</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>expired %1 on %2</source>
        <translation>%1 auf %2 beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired on %1</source>
        <translation>auf %1 beendet</translation>
    </message>
</context>
<context>
    <name>Wk::AlertsCli</name>
    <message>
        <location filename="../models/alerts/alertscli.cpp" line="+91"/>
        <source>%1 needs a value</source>
        <translation>%1 benötigt einen Wert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Alertmanager at %1 did not answer in time</source>
        <translation>Alertmanager unter %1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no database and no Alertmanager to work on</source>
        <translation>weder Datenbank noch Alertmanager zum Arbeiten vorhanden</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+12"/>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>empty alert id</source>
        <translation>leere Alarm-ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no current alert %1 (see &quot;alerts list&quot;)</source>
        <translation>es gibt keinen aktuellen Alarm %1 (siehe &quot;alerts list&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+21"/>
        <source>%1 is ambiguous: it starts %2</source>
        <translation>%1 ist mehrdeutig: so beginnen %2</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>empty silence id</source>
        <translation>leere Stummschaltungs-ID</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>there is no silence %1 (see &quot;silence list&quot;)</source>
        <translation>es gibt keine Stummschaltung %1 (siehe &quot;silence list&quot;)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source># Alerts from Alertmanager at %1</source>
        <translation># Alarme von Alertmanager unter %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source># Alerts as last recorded in %1 (no rule evaluator runs here; a running Watchkeeper has the live state)</source>
        <translation># Alarme, wie zuletzt in %1 aufgezeichnet (hier läuft keine Regelauswertung; ein laufendes Watchkeeper kennt den aktuellen Zustand)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, %2 ago</source>
        <translation>%1, vor %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+189"/>
        <location line="+71"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Alertname</source>
        <translation>Alarmname</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+189"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suppressed</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: alerts ack ID... --note TEXT [--expires 4h]</source>
        <translation>Aufruf: alerts ack ID... --note TEXT [--expires 4h]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--expires: %1</source>
        <translation>--expires: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be positive</source>
        <translation>muss positiv sein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>acknowledged %1 (%2) until %3</source>
        <translation>%1 (%2) bis %3 bestätigt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>usage: alerts unack ID... [--reason TEXT]</source>
        <translation>Aufruf: alerts unack ID... [--reason TEXT]</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unacknowledged %1</source>
        <translation>Bestätigung von %1 aufgehoben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a time; use RFC 3339 (2026-03-03T02:00:00Z) or now</source>
        <translation>&quot;%1&quot; ist keine Zeitangabe; verwenden Sie RFC 3339 (2026-03-03T02:00:00Z) oder now</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: silence add MATCHER... --comment TEXT [--duration 2h | --end TIME] [--start TIME] [--author NAME]</source>
        <translation>Aufruf: silence add MATCHER... --comment TEXT [--duration 2h | --end TIME] [--start TIME] [--author NAME]</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>--duration: %1</source>
        <translation>--duration: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>silence refused: %1</source>
        <translation>Stummschaltung abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matchers</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts At</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends At</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matching</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+71"/>
        <source>Created By</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="-71"/>
        <location line="+71"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>usage: silence expire ID... [--reason TEXT]</source>
        <translation>Aufruf: silence expire ID... [--reason TEXT]</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>none left</source>
        <translation>keines mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in force until %1</source>
        <translation>aktiv bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>all but critical</source>
        <translation>alle außer kritischen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppresses</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: audit export FILE.csv|-</source>
        <translation>Aufruf: audit export FILE.csv|-</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the audit log lives in the workspace database; none is configured</source>
        <translation>das Prüfprotokoll liegt in der Datenbank des Arbeitsbereichs; es ist keine konfiguriert</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>unknown command &quot;%1 %2&quot;; commands:</source>
        <translation>unbekannter Befehl &quot;%1 %2&quot;; Befehle:</translation>
    </message>
</context>
<context>
    <name>Wk::AlertsModel</name>
    <message>
        <location filename="../models/alerts/alertsmodel.cpp" line="+557"/>
        <source>%1, %2 ago</source>
        <translation>%1, vor %2</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no %1)</source>
        <translation>(ohne %1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 firing, %2 pending</source>
        <translation>%1 ausgelöst, %2 ausstehend</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppressed</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>Wk::AlertsPage</name>
    <message>
        <location filename="../widgets/alertspage.cpp" line="+73"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alert list</source>
        <translation>Alarmliste</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Alert details</source>
        <translation>Alarmdetails</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Show %1 alerts</source>
        <translation>Alarme anzeigen: %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>State:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+457"/>
        <source>Show suppressed and inhibited</source>
        <translation>Zurückgehaltene und unterdrückte anzeigen</translation>
    </message>
    <message>
        <location line="-455"/>
        <source>Also list alerts that are silenced, in a maintenance window or inhibited by another alert, with the reason</source>
        <translation>Auch Alarme auflisten, die stummgeschaltet, in einem Wartungsfenster oder durch einen anderen Alarm unterdrückt sind, mit dem Grund</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Group by:</source>
        <translation>&amp;Gruppieren nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>alert name</source>
        <translation>Alarmname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter: label text or instance=~&quot;db.*&quot;  ( / )</source>
        <translation>Filter: Label-Text oder instance=~&quot;db.*&quot;  ( / )</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label filter</source>
        <translation>Label-Filter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text in any label or the summary, or matchers such as severity=&quot;critical&quot;. Press / to get here, Escape to leave.</source>
        <translation>Text in einem beliebigen Label oder in der Zusammenfassung, oder Matcher wie severity=&quot;critical&quot;. Mit / gelangen Sie hierher, mit Escape wieder hinaus.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Acknowledge…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acknowledge the selected alerts</source>
        <translation>Die ausgewählten Alarme bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Un-acknowledge</source>
        <translation>Bestätigung aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take back the acknowledgement of the selected alerts</source>
        <translation>Die Bestätigung der ausgewählten Alarme zurücknehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence…</source>
        <translation>Stummschalten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Silence alerts like the selected ones</source>
        <translation>Alarme wie die ausgewählten stummschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open incident…</source>
        <translation>Vorfall eröffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open an incident with the current alert linked to it</source>
        <translation>Einen Vorfall eröffnen, mit dem aktuellen Alarm verknüpft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Alert count</source>
        <translation>Anzahl der Alarme</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Nothing to acknowledge: select a pending or firing alert that nobody has acknowledged.</source>
        <translation>Nichts zu bestätigen: Wählen Sie einen ausstehenden oder ausgelösten Alarm, den noch niemand bestätigt hat.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing to open an incident for: select an alert.</source>
        <translation>Kein Vorfall zu eröffnen: Wählen Sie einen Alarm aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The incident could not be opened.</source>
        <translation>Der Vorfall konnte nicht eröffnet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The incident is queued: it opens when the incident database is reachable again.</source>
        <translation>Der Vorfall ist vorgemerkt: Er wird eröffnet, sobald die Vorfalldatenbank wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened incident #%1.</source>
        <translation>Vorfall #%1 eröffnet.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Nothing to un-acknowledge: none of the selected alerts is acknowledged.</source>
        <translation>Keine Bestätigung aufzuheben: Keiner der ausgewählten Alarme ist bestätigt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Select an alert to silence alerts like it.</source>
        <translation>Wählen Sie einen Alarm aus, um ähnliche Alarme stummzuschalten.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Show suppressed and inhibited (%1)</source>
        <translation>Zurückgehaltene und unterdrückte anzeigen (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 alert shown</source>
        <translation>1 Alarm angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 alerts shown</source>
        <translation>%1 Alarme angezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 needs attention</source>
        <translation>1 braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 need attention</source>
        <translation>%1 brauchen Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>Wk::AlertsPanel</name>
    <message>
        <location filename="../widgets/alertspanel.cpp" line="+40"/>
        <source>Alerts needing attention</source>
        <translation>Alarme, die Aufmerksamkeit brauchen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>step %1 · %2</source>
        <translation>Stufe %1 · %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+49"/>
        <source>No firing alert needs attention</source>
        <translation>Kein ausgelöster Alarm braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+98"/>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
</context>
<context>
    <name>Wk::AuditLogModel</name>
    <message>
        <location filename="../models/alerts/auditlogmodel.cpp" line="+49"/>
        <location line="+3"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>Wk::AuditPage</name>
    <message>
        <location filename="../widgets/auditpage.cpp" line="+30"/>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Audit filter</source>
        <translation>Prüfprotokollfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by who, action, alert or reason (Ctrl+F)</source>
        <translation>Nach Person, Aktion, Alarm oder Begründung filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the whole audit log to a CSV file (%1)</source>
        <translation>Das gesamte Prüfprotokoll in eine CSV-Datei schreiben (%1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Audit entries</source>
        <translation>Prüfprotokolleinträge</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>This session keeps no database, so there is no audit log to show.</source>
        <translation>Diese Sitzung führt keine Datenbank, daher gibt es kein Prüfprotokoll anzuzeigen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The audit log could not be read: %1</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The audit log was not exported: %1</source>
        <translation>Das Prüfprotokoll wurde nicht exportiert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log was exported to %1.</source>
        <translation>Das Prüfprotokoll wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the audit log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Wk::AuditReasonDialog</name>
    <message>
        <location filename="../widgets/auditreasondialog.cpp" line="+31"/>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (required; it goes to the audit log)</source>
        <translation>Warum (erforderlich; wird im Prüfprotokoll vermerkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Say why first</source>
        <translation>Geben Sie zuerst eine Begründung an</translation>
    </message>
</context>
<context>
    <name>Wk::BarChartWidget</name>
    <message>
        <location filename="../widgets/barchartwidget.cpp" line="+160"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
</context>
<context>
    <name>Wk::BucketChunk</name>
    <message>
        <location filename="../models/metrics/bucketchunk.cpp" line="+145"/>
        <source>corrupt bit stream</source>
        <translation>beschädigter Bitstrom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buckets out of order</source>
        <translation>Buckets in falscher Reihenfolge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no buckets</source>
        <translation>keine Buckets</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid bucket chunk: %1</source>
        <translation>ungültiger Bucket-Chunk: %1</translation>
    </message>
</context>
<context>
    <name>Wk::Cli</name>
    <message>
        <location filename="../app/cli.cpp" line="+37"/>
        <location line="+11"/>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>metrics check FILE|-   parse an exposition page, print its counts or first error</source>
        <translation>metrics check FILE|-   eine Exposition-Seite lesen, ihre Anzahlen oder den ersten Fehler ausgeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rules test FILE...      run rule unit tests (promtool test rules format)</source>
        <translation>rules test FILE...      Regel-Unit-Tests ausführen (Format von promtool test rules)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>alerts list [--json] | ack ID... --note TEXT | unack ID...</source>
        <translation>alerts list [--json] | ack ID... --note TEXT | unack ID...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>silence add MATCHER... --duration 2h --comment TEXT | list | expire ID</source>
        <translation>silence add MATCHER... --duration 2h --comment TEXT | list | expire ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>maintenance list [--json]</source>
        <translation>maintenance list [--json]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>audit export FILE.csv|-   (all: [--workspace FILE | --database LOC])</source>
        <translation>audit export FILE.csv|-   (alle: [--workspace FILE | --database LOC])</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>incident list|show|open|move|note|ack|export ...   the incident board [--workspace FILE | --database LOC]</source>
        <translation>incident list|show|open|move|note|ack|export ...   die Vorfallsübersicht [--workspace FILE | --database LOC]</translation>
    </message>
</context>
<context>
    <name>Wk::Collector</name>
    <message>
        <location filename="../models/sources/collector.cpp" line="+92"/>
        <source>cannot read credentials_file %1: %2</source>
        <translation>credentials_file %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>invalid response: %1</source>
        <translation>ungültige Antwort: %1</translation>
    </message>
</context>
<context>
    <name>Wk::CommunicationChecklist</name>
    <message>
        <location filename="../models/incidents/communicationchecklist.cpp" line="+57"/>
        <source>Slack: real-time updates in #incidents</source>
        <translation>Slack: Echtzeit-Updates in #incidents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: status updates to stakeholders</source>
        <translation>E-Mail: Statusupdates an Stakeholder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone: call the on-call chain (critical incidents)</source>
        <translation>Telefon: Bereitschaftskette anrufen (kritische Vorfälle)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status page: public status update</source>
        <translation>Statusseite: öffentliches Statusupdate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail: customer notification (P1/P2)</source>
        <translation>E-Mail: Kundenbenachrichtigung (P1/P2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Social media: post for a major incident</source>
        <translation>Soziale Medien: Beitrag bei einem größeren Vorfall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>internal</source>
        <translation>intern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>external</source>
        <translation>extern</translation>
    </message>
</context>
<context>
    <name>Wk::Dashboard</name>
    <message>
        <location filename="../models/dashboards/dashboard.cpp" line="+41"/>
        <source>: a panel must be an object</source>
        <translation>: ein Panel muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>: unknown panel type &quot;%1&quot; (timeseries, stat, gauge, status, bar, funnel, table, alerts, incidents, text)</source>
        <translation>: unbekannter Panel-Typ &quot;%1&quot; (timeseries, stat, gauge, status, bar, funnel, table, alerts, incidents, text)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>: grid needs whole numbers x, y, w, h</source>
        <translation>: grid benötigt ganze Zahlen x, y, w, h</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>: grid position and size must be positive</source>
        <translation>: Position und Größe in grid müssen positiv sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: queries must be a list</source>
        <translation>: queries muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>: a query needs an expr</source>
        <translation>: eine Abfrage benötigt expr</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>: a %1 panel needs at least one query</source>
        <translation>: ein %1-Panel benötigt mindestens eine Abfrage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>: decimals must be a whole number</source>
        <translation>: decimals muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>: thresholds must be a list</source>
        <translation>: thresholds muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>: a threshold needs a numeric value</source>
        <translation>: ein Schwellenwert benötigt einen numerischen Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>: target must be a number or {value, label}</source>
        <translation>: target muss eine Zahl oder {value, label} sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>: columns must be a list of label names</source>
        <translation>: columns muss eine Liste von Label-Namen sein</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>a dashboard must be a JSON object</source>
        <translation>ein Dashboard muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a dashboard needs a panels list</source>
        <translation>ein Dashboard benötigt eine panels-Liste</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Broken panel</source>
        <translation>Defektes Panel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read dashboard: %1</source>
        <translation>Dashboard kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="dashboard-strings.cpp" line="+5"/>
        <source>Business</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business and product teams</source>
        <translation>Geschäfts- und Produktteams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead funnel (24 h)</source>
        <translation>Lead-Trichter (24 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>converted</source>
        <translation>konvertiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appointments (24 h)</source>
        <translation>Termine (24 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scheduled</source>
        <translation>geplant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI agent success rate</source>
        <translation>Erfolgsquote des KI-Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI agent escalation rate</source>
        <translation>Eskalationsquote des KI-Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>escalated</source>
        <translation>eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads per hour by source</source>
        <translation>Leads pro Stunde nach Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AI agent conversations per hour</source>
        <translation>Gespräche des KI-Agenten pro Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls, SMS and emails per hour</source>
        <translation>Anrufe, SMS und E-Mails pro Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>calls</source>
        <translation>Anrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active users</source>
        <translation>Aktive Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active users</source>
        <translation>aktive Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineering</source>
        <translation>Technik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Development and operations teams</source>
        <translation>Entwicklungs- und Betriebsteams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System health</source>
        <translation>Systemzustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95 API latency by endpoint</source>
        <translation>p95-API-Latenz nach Endpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>95th percentile of request duration per endpoint over 5 minutes. Target &lt; 500 ms.</source>
        <translation>95. Perzentil der Anfragedauer je Endpunkt über 5 Minuten. Zielwert &lt; 500 ms.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500 ms target</source>
        <translation>Zielwert 500 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 s: performance alert</source>
        <translation>2 s: Leistungsalarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95 database query time</source>
        <translation>p95-Datenbankabfragezeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>200 ms target</source>
        <translation>Zielwert 200 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of requests answered with a 5xx status over 5 minutes. Alert above 10 %.</source>
        <translation>Anteil der Anfragen, die mit einem 5xx-Status beantwortet wurden, über 5 Minuten. Alarm über 10 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5xx share</source>
        <translation>5xx-Anteil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cpu</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disk (fullest mount)</source>
        <translation>Datenträger (vollster Einhängepunkt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>disk</source>
        <translation>Datenträger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource utilisation</source>
        <translation>Ressourcenauslastung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Executive</source>
        <translation>Geschäftsleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Management and stakeholders</source>
        <translation>Management und Stakeholder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uptime (30 days)</source>
        <translation>Verfügbarkeit (30 Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of health polls in the last 30 days that the service answered. Target 99.9 %.</source>
        <translation>Anteil der Zustandsabfragen der letzten 30 Tage, die der Dienst beantwortet hat. Zielwert 99,9 %.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>99.9 % target</source>
        <translation>Zielwert 99,9 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uptime</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>below 99.9 % target</source>
        <translation>unter Zielwert 99,9 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue (24 h)</source>
        <translation>Umsatz (24 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead conversion (24 h)</source>
        <translation>Lead-Konversion (24 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer satisfaction</source>
        <translation>Kundenzufriedenheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of 5</source>
        <translation>von 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User growth</source>
        <translation>Benutzerwachstum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>registered users</source>
        <translation>registrierte Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per hour by plan</source>
        <translation>Umsatz pro Stunde nach Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lead conversion rate (daily)</source>
        <translation>Lead-Konversionsrate (täglich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>converted / created</source>
        <translation>konvertiert / erstellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability (hourly)</source>
        <translation>Verfügbarkeit (stündlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support and operations teams</source>
        <translation>Support- und Betriebsteams</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Real-time status</source>
        <translation>Echtzeitstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active alerts</source>
        <translation>Aktive Alarme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Firing alerts that need someone: not acknowledged, not silenced, not inhibited, not in maintenance.</source>
        <translation>Ausgelöste Alarme, um die sich jemand kümmern muss: nicht bestätigt, nicht stummgeschaltet, nicht unterdrückt, nicht in Wartung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active incidents</source>
        <translation>Aktive Vorfälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open incidents, worst first</source>
        <translation>Offene Vorfälle, schwerste zuerst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> the Incidents tab is where they are worked.</source>
        <translation> bearbeitet werden sie auf der Registerkarte Vorfälle.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests per second</source>
        <translation>Anfragen pro Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1000 req/s capacity</source>
        <translation>Kapazität 1000 req/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95 latency, all endpoints</source>
        <translation>p95-Latenz, alle Endpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity utilisation</source>
        <translation>Kapazitätsauslastung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DB connections (of 100)</source>
        <translation>DB-Verbindungen (von 100)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed logins (5 min)</source>
        <translation>Fehlgeschlagene Anmeldungen (5 min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed logins</source>
        <translation>fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account lockouts (1 h)</source>
        <translation>Kontosperrungen (1 h)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lockouts</source>
        <translation>Sperrungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security events per 5 min</source>
        <translation>Sicherheitsereignisse pro 5 min</translation>
    </message>
</context>
<context>
    <name>Wk::DashboardRunner</name>
    <message>
        <location filename="../models/dashboards/dashboardrunner.cpp" line="+196"/>
        <source>query %1: %2</source>
        <translation>Abfrage %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: loading</source>
        <translation>%1: wird geladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no data</source>
        <translation>%1: keine Daten</translation>
    </message>
</context>
<context>
    <name>Wk::Database</name>
    <message>
        <location filename="../models/storage/database.cpp" line="+87"/>
        <location line="+40"/>
        <source>cannot open database %1: %2</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>not a valid URL</source>
        <translation>keine gültige URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the URL names no database (postgresql://user@host:port/dbname)</source>
        <translation>die URL nennt keine Datenbank (postgresql://user@host:port/dbname)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the Qt PostgreSQL driver (QPSQL) is not installed</source>
        <translation>der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>schema &quot;%1&quot; is not a plain SQL name</source>
        <translation>Schema &quot;%1&quot; ist kein einfacher SQL-Name</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>parameter %1 has an unusable value</source>
        <translation>Parameter %1 hat einen unbrauchbaren Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown parameter &quot;%1&quot;; known: %2</source>
        <translation>unbekannter Parameter &quot;%1&quot;; bekannt: %2</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+40"/>
        <source>cannot read the schema version of %1</source>
        <translation>die Schemaversion von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>migration module name &quot;%1&quot; must be lower-case letters, digits and _</source>
        <translation>der Migrationsmodulname &quot;%1&quot; darf nur aus Kleinbuchstaben, Ziffern und _ bestehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>migrations of module %1 must be numbered upwards from 1 and each have statements; version %2 is not</source>
        <translation>Migrationen des Moduls %1 müssen ab 1 aufsteigend nummeriert sein und jeweils Anweisungen enthalten; Version %2 erfüllt das nicht</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>database %1 has version %2 of the %3 schema, newer than version %4 that this Watchkeeper knows; use a newer Watchkeeper or another database</source>
        <translation>Datenbank %1 hat Version %2 des Schemas %3, neuer als Version %4, die dieses Watchkeeper kennt; verwenden Sie ein neueres Watchkeeper oder eine andere Datenbank</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>migration %1 of %2 (%3) failed</source>
        <translation>Migration %1 von %2 (%3) ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot record migration %1 of %2</source>
        <translation>Migration %1 von %2 kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a transaction on %1 is already open</source>
        <translation>eine Transaktion auf %1 ist bereits offen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no transaction on %1 to commit</source>
        <translation>keine Transaktion auf %1 zum Festschreiben</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>cannot run &quot;%1&quot;</source>
        <translation>&quot;%1&quot; kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown database error</source>
        <translation>unbekannter Datenbankfehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Wk::DatabaseLease</name>
    <message>
        <location filename="../models/storage/databaselease.cpp" line="+59"/>
        <source>lease &quot;%1&quot; given up: %2</source>
        <translation>Lease &quot;%1&quot; aufgegeben: %2</translation>
    </message>
</context>
<context>
    <name>Wk::Duration</name>
    <message>
        <location filename="../models/core/duration.cpp" line="+34"/>
        <source>empty duration</source>
        <translation>leere Dauer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid duration &quot;%1&quot;: expected a number at position %2</source>
        <translation>ungültige Dauer &quot;%1&quot;: Zahl an Position %2 erwartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>invalid duration &quot;%1&quot;: expected a unit (ms, s, m, h, d, w, y) at position %2</source>
        <translation>ungültige Dauer &quot;%1&quot;: Einheit (ms, s, m, h, d, w, y) an Position %2 erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid duration &quot;%1&quot;: units out of order</source>
        <translation>ungültige Dauer &quot;%1&quot;: Einheiten in falscher Reihenfolge</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wk::EngineRegistry</name>
    <message>
        <location filename="../models/promql/engineregistry.cpp" line="+29"/>
        <source>engine &quot;%1&quot;: expected &quot;local&quot;, &quot;prometheus&quot; or a Prometheus URL (http:// or https://)</source>
        <translation>engine &quot;%1&quot;: &quot;local&quot;, &quot;prometheus&quot; oder eine Prometheus-URL (http:// oder https://) erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>engine &quot;%1&quot;: a Prometheus URL has no query or fragment; give the server&apos;s base URL (the part before /api/v1)</source>
        <translation>engine &quot;%1&quot;: eine Prometheus-URL hat weder Query noch Fragment; geben Sie die Basis-URL des Servers an (den Teil vor /api/v1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>engine &quot;local&quot;: no local engine in this session</source>
        <translation>engine &quot;local&quot;: in dieser Sitzung gibt es keine lokale Engine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>engine &quot;prometheus&quot;: the workspace names no Prometheus server (prometheus: URL)</source>
        <translation>engine &quot;prometheus&quot;: der Arbeitsbereich nennt keinen Prometheus-Server (prometheus: URL)</translation>
    </message>
</context>
<context>
    <name>Wk::EscalationPolicy</name>
    <message>
        <location filename="../models/alerts/escalationpolicy.cpp" line="+76"/>
        <source>escalation must be a map with matchers and steps</source>
        <translation>escalation muss eine Map mit matchers und steps sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown field %1 in escalation; known: matchers, steps</source>
        <translation>unbekanntes Feld %1 in escalation; bekannt: matchers, steps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>matchers must be a list of matchers</source>
        <translation>matchers muss eine Liste von Matchern sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>steps must be a list</source>
        <translation>steps muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a step must be a map with after, channels and target</source>
        <translation>eine Stufe muss eine Map mit after, channels und target sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a step needs a positive delay after: (5m, 15m, 30m)</source>
        <translation>eine Stufe benötigt eine positive Verzögerung after: (5m, 15m, 30m)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a step needs a list of channels</source>
        <translation>eine Stufe benötigt eine Liste von Kanälen</translation>
    </message>
</context>
<context>
    <name>Wk::Exposition</name>
    <message>
        <location filename="../models/metrics/expositionformat.cpp" line="+21"/>
        <source>OpenMetrics 1.0</source>
        <translation>OpenMetrics 1.0</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prometheus text 0.0.4</source>
        <translation>Prometheus-Textformat 0.0.4</translation>
    </message>
</context>
<context>
    <name>Wk::ExpositionParser</name>
    <message>
        <location filename="../models/metrics/expositionparser.cpp" line="+704"/>
        <source>text after &quot;# EOF&quot;</source>
        <translation>Text nach &quot;# EOF&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>missing &quot;# EOF&quot; at the end of an OpenMetrics page</source>
        <translation>&quot;# EOF&quot; fehlt am Ende einer OpenMetrics-Seite</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>empty line; OpenMetrics allows none</source>
        <translation>leere Zeile; OpenMetrics erlaubt keine</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>expected &quot;# HELP&quot;, &quot;# TYPE&quot;, &quot;# UNIT&quot; or &quot;# EOF&quot;; OpenMetrics has no comments</source>
        <translation>&quot;# HELP&quot;, &quot;# TYPE&quot;, &quot;# UNIT&quot; oder &quot;# EOF&quot; erwartet; OpenMetrics kennt keine Kommentare</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a space and a metric name</source>
        <translation>Leerzeichen und Metrikname erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a metric name</source>
        <translation>Metrikname erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+384"/>
        <source>expected a metric name, found %1</source>
        <translation>Metrikname erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>expected a space after the metric name</source>
        <translation>Leerzeichen nach dem Metriknamen erwartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a space after the metric name, found %1</source>
        <translation>Leerzeichen nach dem Metriknamen erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+400"/>
        <location line="+4"/>
        <source>invalid character %1 in metric name</source>
        <translation>ungültiges Zeichen %1 im Metriknamen</translation>
    </message>
    <message>
        <location line="-397"/>
        <source>help text is not valid UTF-8</source>
        <translation>Hilfetext ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 line for %2 after its samples; metadata comes first</source>
        <translation>%1-Zeile für %2 nach den zugehörigen Messwerten; Metadaten müssen zuerst kommen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>second HELP line for %1</source>
        <translation>zweite HELP-Zeile für %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>second TYPE line for %1</source>
        <translation>zweite TYPE-Zeile für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a metric type</source>
        <translation>Metriktyp erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unexpected text after the metric type</source>
        <translation>unerwarteter Text nach dem Metriktyp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown metric type %1; expected counter, gauge, histogram, gaugehistogram, summary, info, stateset or unknown</source>
        <translation>unbekannter Metriktyp %1; erwartet: counter, gauge, histogram, gaugehistogram, summary, info, stateset oder unknown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown metric type %1; expected counter, gauge, histogram, summary or untyped</source>
        <translation>unbekannter Metriktyp %1; erwartet: counter, gauge, histogram, summary oder untyped</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+19"/>
        <source>%1 metrics have no unit</source>
        <translation>%1-Metriken haben keine Einheit</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>second UNIT line for %1</source>
        <translation>zweite UNIT-Zeile für %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid character %1 in unit</source>
        <translation>ungültiges Zeichen %1 in der Einheit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the metric name %1 must end with &quot;_%2&quot;, its unit</source>
        <translation>der Metrikname %1 muss auf &quot;_%2&quot; (seine Einheit) enden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 was used by an earlier metric family; a family&apos;s lines must be together and names must not clash</source>
        <translation>%1 wurde bereits von einer früheren Metrikfamilie verwendet; die Zeilen einer Familie müssen zusammenstehen, und Namen dürfen nicht kollidieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 needs the name %2, which an earlier metric family used</source>
        <translation>%1 benötigt den Namen %2, den eine frühere Metrikfamilie verwendet hat</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+33"/>
        <source>label value not closed by &apos;&quot;&apos;</source>
        <translation>Label-Wert nicht durch &apos;&quot;&apos; abgeschlossen</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+31"/>
        <source>label value is not valid UTF-8</source>
        <translation>Label-Wert ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+22"/>
        <source>label set not closed by &apos;}&apos;</source>
        <translation>Label-Menge nicht durch &apos;}&apos; abgeschlossen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>expected a label name, found %1</source>
        <translation>Label-Name erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected &apos;=&apos; after the label name %1</source>
        <translation>&apos;=&apos; nach dem Label-Namen %1 erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected &apos;&quot;&apos; to open the value of label %1</source>
        <translation>&apos;&quot;&apos; am Anfang des Werts von Label %1 erwartet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>expected &apos;,&apos; or &apos;}&apos; after a label value, found %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; nach einem Labelwert erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>duplicate label %1</source>
        <translation>Label %1 doppelt vorhanden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected an exemplar: &quot;# {labels} value [timestamp]&quot;</source>
        <translation>Exemplar erwartet: &quot;# {labels} value [timestamp]&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a space and the exemplar&apos;s value</source>
        <translation>Leerzeichen und Wert des Exemplars erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected the exemplar&apos;s value</source>
        <translation>Wert des Exemplars erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid exemplar value %1</source>
        <translation>ungültiger Exemplar-Wert %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>trailing space after the exemplar&apos;s value</source>
        <translation>Leerzeichen am Ende nach dem Wert des Exemplars</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid exemplar timestamp %1</source>
        <translation>ungültiger Exemplar-Zeitstempel %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected text after the exemplar&apos;s timestamp</source>
        <translation>unerwarteter Text nach dem Zeitstempel des Exemplars</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>expected a space and a value</source>
        <translation>Leerzeichen und Wert erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a space after the labels, found %1</source>
        <translation>Leerzeichen nach den Labels erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected a value</source>
        <translation>Wert erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid value %1</source>
        <translation>ungültiger Wert %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>trailing space after the value</source>
        <translation>Leerzeichen am Ende nach dem Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a timestamp</source>
        <translation>Zeitstempel erwartet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid timestamp %1</source>
        <translation>ungültiger Zeitstempel %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>trailing space after the timestamp</source>
        <translation>Leerzeichen am Ende nach dem Zeitstempel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected &quot;# {&quot; to start an exemplar, found %1</source>
        <translation>&quot;# {&quot; am Anfang eines Exemplars erwartet, gefunden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>invalid timestamp %1; expected integer milliseconds</source>
        <translation>ungültiger Zeitstempel %1; erwartet werden ganze Millisekunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unexpected text after the timestamp</source>
        <translation>unerwarteter Text nach dem Zeitstempel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a sample name of the %2 family %3</source>
        <translation>%1 ist kein Messwertname der %2-Familie %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>exemplars are allowed only on histogram buckets and counter totals</source>
        <translation>Exemplare sind nur an Histogramm-Buckets und Counter-Gesamtwerten erlaubt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>exemplar labels have %1 characters; at most 128 are allowed</source>
        <translation>Exemplar-Labels haben %1 Zeichen; höchstens 128 sind erlaubt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>a stateset sample needs the label %1</source>
        <translation>ein Stateset-Messwert braucht das Label %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a histogram bucket needs the label &quot;le&quot;</source>
        <translation>ein Histogramm-Bucket braucht das Label &quot;le&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a summary quantile needs the label &quot;quantile&quot;</source>
        <translation>ein Summary-Quantil braucht das Label &quot;quantile&quot;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+21"/>
        <location line="+101"/>
        <location line="+9"/>
        <source>duplicate series %1</source>
        <translation>doppelte Zeitreihe %1</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>samples of one group of %1 are not together</source>
        <translation>die Messwerte einer Gruppe von %1 stehen nicht zusammen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>samples of one group must all have timestamps or none</source>
        <translation>die Messwerte einer Gruppe müssen entweder alle einen Zeitstempel haben oder keiner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>timestamp goes backwards within a group</source>
        <translation>Zeitstempel läuft innerhalb einer Gruppe rückwärts</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 must not be NaN</source>
        <translation>%1 darf nicht NaN sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 must not be negative</source>
        <translation>%1 darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 must be an integer</source>
        <translation>%1 muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a stateset sample is 0 or 1</source>
        <translation>ein Stateset-Messwert ist 0 oder 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an info sample is 1</source>
        <translation>ein Info-Messwert ist 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quantile&apos;s value must not be negative</source>
        <translation>der Wert eines Quantils darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>invalid le %1</source>
        <translation>ungültiges le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>le %1 must be written &quot;+Inf&quot;</source>
        <translation>le %1 muss als &quot;+Inf&quot; geschrieben werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bucket le=%1 comes after le=%2; buckets go in ascending order</source>
        <translation>Bucket le=%1 folgt auf le=%2; Buckets stehen in aufsteigender Reihenfolge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bucket counts are cumulative; %1 is less than the previous bucket&apos;s %2</source>
        <translation>Bucket-Zähler sind kumulativ; %1 ist kleiner als der Wert %2 des vorigen Buckets</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the +Inf bucket (%1) differs from the count (%2)</source>
        <translation>der +Inf-Bucket (%1) weicht von der Anzahl (%2) ab</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>invalid quantile %1; expected a number from 0 to 1</source>
        <translation>ungültiges Quantil %1; erwartet wird eine Zahl von 0 bis 1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quantile %1 comes after %2; quantiles go in ascending order</source>
        <translation>Quantil %1 folgt auf %2; Quantile stehen in aufsteigender Reihenfolge</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the count (%1) differs from the +Inf bucket (%2)</source>
        <translation>die Anzahl (%1) weicht vom +Inf-Bucket (%2) ab</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>histogram %1 has no bucket with le=&quot;+Inf&quot;</source>
        <translation>Histogramm %1 hat keinen Bucket mit le=&quot;+Inf&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>histogram %1 has a _sum but no _count</source>
        <translation>Histogramm %1 hat _sum, aber kein _count</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gauge histogram %1 has a _gsum but no _gcount</source>
        <translation>Gauge-Histogramm %1 hat _gsum, aber kein _gcount</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>histogram %1 has a _count but no _sum</source>
        <translation>Histogramm %1 hat _count, aber kein _sum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gauge histogram %1 has a _gcount but no _gsum</source>
        <translation>Gauge-Histogramm %1 hat _gcount, aber kein _gsum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>histogram %1 has negative buckets, so it must not have a _sum</source>
        <translation>Histogramm %1 hat negative Buckets und darf daher kein _sum haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gauge histogram %1 has a negative _gsum but no negative buckets</source>
        <translation>Gauge-Histogramm %1 hat ein negatives _gsum, aber keine negativen Buckets</translation>
    </message>
</context>
<context>
    <name>Wk::FirstRun</name>
    <message>
        <location filename="../app/firstrun.cpp" line="+123"/>
        <source>no target to write</source>
        <translation>kein Ziel zum Schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Watchkeeper workspace, written by the welcome page.</source>
        <translation>Watchkeeper-Arbeitsbereich, geschrieben von der Willkommensseite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit it freely: Settings changes only the lines it needs and keeps your comments.</source>
        <translation>Bearbeiten Sie ihn nach Belieben: Die Einstellungen ändern nur die nötigen Zeilen und behalten Ihre Kommentare bei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys: title, targets, database, rule_files, dashboards, alertmanager, prometheus, displays, notifications.</source>
        <translation>Schlüssel: title, targets, database, rule_files, dashboards, alertmanager, prometheus, displays, notifications.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The service&apos;s health endpoint, polled every 30 seconds as the monitoring guide says.</source>
        <translation>Der Zustands-Endpunkt des Dienstes, alle 30 Sekunden abgefragt, wie es der Monitoring-Leitfaden vorsieht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its Prometheus metrics page, scraped every 15 seconds.</source>
        <translation>Seine Prometheus-Metrikseite, alle 15 Sekunden abgerufen.</translation>
    </message>
</context>
<context>
    <name>Wk::FirstRunPage</name>
    <message>
        <location filename="../app/firstrunpage.cpp" line="+42"/>
        <location line="+6"/>
        <location line="+165"/>
        <source>Welcome to Watchkeeper</source>
        <translation>Willkommen bei Watchkeeper</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>Watchkeeper watches a service&apos;s health and metrics, raises alerts and shows it all on dashboards. Connect it to your service, or look around with a simulated one first.</source>
        <translation>Watchkeeper überwacht Zustand und Metriken eines Dienstes, löst Alarme aus und zeigt alles auf Dashboards an. Verbinden Sie es mit Ihrem Dienst oder sehen Sie sich zuerst mit einem simulierten Dienst um.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Connect to a service</source>
        <translation>Mit einem Dienst verbinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watchkeeper polls the service&apos;s health endpoint and, when it has one, its Prometheus metrics page.</source>
        <translation>Watchkeeper fragt den Zustands-Endpunkt des Dienstes ab und, falls vorhanden, seine Prometheus-Metrikseite.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Health URL</source>
        <translation>Zustands-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Health URL</source>
        <translation>&amp;Zustands-URL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answers GET with the health JSON of the monitoring guide. Polled every 30 seconds.</source>
        <translation>Beantwortet GET mit dem Zustands-JSON aus dem Monitoring-Leitfaden. Wird alle 30 Sekunden abgefragt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Metrics URL (optional)</source>
        <translation>Metrik-URL (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Metrics URL
(optional)</source>
        <translation>&amp;Metrik-URL
(optional)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A page in Prometheus text format. Scraped every 15 seconds.</source>
        <translation>Eine Seite im Prometheus-Textformat. Wird alle 15 Sekunden abgerufen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch both URLs once and say what they answer (Enter in a URL field)</source>
        <translation>Beide URLs einmal abrufen und anzeigen, was sie liefern (Eingabe in einem URL-Feld)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Save and open</source>
        <translation>&amp;Speichern und öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the workspace and open the dashboards (Ctrl+S)</source>
        <translation>Arbeitsbereich schreiben und Dashboards öffnen (Strg+S)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Try the demo</source>
        <translation>Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A simulated service with live health, metrics, alerts and incidents: every dashboard works without any setup.</source>
        <translation>Ein simulierter Dienst mit live Zustand, Metriken, Alarmen und Vorfällen: Alle Dashboards funktionieren ohne Einrichtung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can connect your own service later from Settings.</source>
        <translation>Ihren eigenen Dienst können Sie später in den Einstellungen verbinden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your choice is kept in %1. watchkeeper --demo or --workspace FILE starts something else for one run.</source>
        <translation>Ihre Auswahl wird in %1 gespeichert. watchkeeper --demo oder --workspace FILE startet für einen Lauf etwas anderes.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Enter the health URL, for example https://service.example.com/api/health.</source>
        <translation>Geben Sie die Zustands-URL ein, zum Beispiel https://service.example.com/api/health.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL.</source>
        <translation>&quot;%1&quot; ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+12"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+3"/>
        <source>testing…</source>
        <translation>wird getestet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Saved as %1.</source>
        <translation>Gespeichert als %1.</translation>
    </message>
</context>
<context>
    <name>Wk::FirstRunTester</name>
    <message>
        <location filename="../app/firstruntester.cpp" line="+22"/>
        <source>%1: 1 check</source>
        <translation>%1: 1 Prüfung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 checks</source>
        <translation>%1: %2 Prüfungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, version %1</source>
        <translation>, Version %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>this is a metrics page, not a health response: enter it as the metrics URL</source>
        <translation>dies ist eine Metrikseite, keine Zustandsantwort: Geben Sie sie als Metrik-URL ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not a health response: %1</source>
        <translation>keine Zustandsantwort: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the page has no metrics</source>
        <translation>die Seite enthält keine Metriken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 series in %2 families</source>
        <translation>%1 Zeitreihen in %2 Familien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this is a health response, not a metrics page: enter it as the health URL</source>
        <translation>dies ist eine Zustandsantwort, keine Metrikseite: Geben Sie sie als Zustands-URL ein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a metrics page: %1</source>
        <translation>keine Metrikseite: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;%1&quot; is not an http:// or https:// URL</source>
        <translation>&quot;%1&quot; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot read the credentials file %1: %2</source>
        <translation>die Zugangsdatendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Wk::FunnelWidget</name>
    <message>
        <location filename="../widgets/funnelwidget.cpp" line="+128"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>overall %1</source>
        <translation>gesamt %1</translation>
    </message>
</context>
<context>
    <name>Wk::Health</name>
    <message>
        <location filename="../models/sources/healthstatus.h" line="+16"/>
        <source>healthy</source>
        <translation>gesund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>degraded</source>
        <translation>beeinträchtigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unhealthy</source>
        <translation>gestört</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>Wk::HealthDecoder</name>
    <message>
        <location filename="../models/sources/healthdecoder.cpp" line="+132"/>
        <source>duration %1 ms</source>
        <translation>Dauer %1 ms</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n API(s) failing</source>
        <translation>
            <numerusform>%n API fällt aus</numerusform>
            <numerusform>%n APIs fallen aus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 at %2 %</source>
        <translation>%1 bei %2 %</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invalid response: %1</source>
        <translation>ungültige Antwort: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid response: expected a JSON object at the top</source>
        <translation>ungültige Antwort: auf oberster Ebene wird ein JSON-Objekt erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid response: &quot;data&quot; is %1, expected an object</source>
        <translation>ungültige Antwort: &quot;data&quot; ist %1, erwartet wird ein Objekt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the service answered success=false%1</source>
        <translation>der Dienst hat success=false geantwortet%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid response: &quot;data.checks&quot; is %1, expected an array</source>
        <translation>ungültige Antwort: &quot;data.checks&quot; ist %1, erwartet wird ein Array</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invalid response: data.checks[%1] is %2, expected an object</source>
        <translation>ungültige Antwort: data.checks[%1] ist %2, erwartet wird ein Objekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid response: data.checks[%1].name is %2, expected a string</source>
        <translation>ungültige Antwort: data.checks[%1].name ist %2, erwartet wird eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid response: data.checks[%1].status is %2, expected a string</source>
        <translation>ungültige Antwort: data.checks[%1].status ist %2, erwartet wird eine Zeichenkette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid response: data.checks[%1].status &quot;%2&quot; is not healthy, degraded or unhealthy</source>
        <translation>ungültige Antwort: data.checks[%1].status &quot;%2&quot; ist nicht healthy, degraded oder unhealthy</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invalid response: data.checks[%1].duration is %2, expected a number of milliseconds</source>
        <translation>ungültige Antwort: data.checks[%1].duration ist %2, erwartet wird eine Anzahl Millisekunden</translation>
    </message>
</context>
<context>
    <name>Wk::HealthModel</name>
    <message>
        <location filename="../models/sources/healthmodel.cpp" line="+108"/>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Wk::HistoryRepository</name>
    <message>
        <location filename="../models/storage/historyrepository.cpp" line="+197"/>
        <source>cannot read the stored series</source>
        <translation>die gespeicherten Zeitreihen können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stored series %1 has unreadable labels; skipped</source>
        <translation>gespeicherte Zeitreihe %1 hat unlesbare Labels; übersprungen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the stored history</source>
        <translation>der gespeicherte Verlauf kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>stored chunk of series %1 has unknown tier %2; skipped</source>
        <translation>gespeicherter Block der Zeitreihe %1 hat die unbekannte Stufe %2; übersprungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>stored history refused: %1</source>
        <translation>gespeicherter Verlauf abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>cannot store series %1</source>
        <translation>Zeitreihe %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read back series %1</source>
        <translation>Zeitreihe %1 kann nicht zurückgelesen werden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>cannot prepare the history statements</source>
        <translation>die Anweisungen für den Verlauf können nicht vorbereitet werden</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cannot store a history chunk</source>
        <translation>ein Verlaufsblock kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>cannot store open history data</source>
        <translation>offene Verlaufsdaten können nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cannot clear open history data</source>
        <translation>offene Verlaufsdaten können nicht geleert werden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot delete expired history</source>
        <translation>abgelaufener Verlauf kann nicht gelöscht werden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot delete series without history</source>
        <translation>Zeitreihen ohne Verlauf können nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>Wk::HttpFetcher</name>
    <message>
        <location filename="../models/sources/httpfetcher.cpp" line="+31"/>
        <source>unreachable: connection refused</source>
        <translation>nicht erreichbar: Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: host not found</source>
        <translation>nicht erreichbar: Host nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: the server closed the connection</source>
        <translation>nicht erreichbar: der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused an insecure redirect (https to http)</source>
        <translation>unsichere Weiterleitung (https zu http) abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+31"/>
        <source>response larger than the %1 MiB limit</source>
        <translation>Antwort größer als das Limit von %1 MiB</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>timeout after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentAutomation</name>
    <message>
        <location filename="../models/incidents/incidentautomation.cpp" line="+31"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentBoard</name>
    <message>
        <location filename="../widgets/incidentboard.cpp" line="+25"/>
        <source>Incident board</source>
        <translation>Vorfallsübersicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show only %1 incidents (with the other ticked severities)</source>
        <translation>Nur Vorfälle mit %1 anzeigen (zusammen mit den anderen angehakten Schweregraden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filter %1</source>
        <translation>Filter %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only incidents I command or am assigned to</source>
        <translation>Nur Vorfälle, die ich leite oder die mir zugewiesen sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open only</source>
        <translation>Nur &amp;offene</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide closed incidents</source>
        <translation>Geschlossene Vorfälle ausblenden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Incident board status</source>
        <translation>Status der Vorfallsübersicht</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Not applied after reconnecting: %1</source>
        <translation>Nach dem Neuverbinden nicht übernommen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+101"/>
        <source>%1, %n incident(s)</source>
        <translation>
            <numerusform>%1, %n Vorfall</numerusform>
            <numerusform>%1, %n Vorfälle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Offline: the incident database is unreachable (%1). Showing the last known state.</source>
        <translation>Offline: Die Vorfallsdatenbank ist nicht erreichbar (%1). Der letzte bekannte Stand wird angezeigt.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>the board is read-only</source>
        <translation>die Übersicht ist schreibgeschützt</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentCardDelegate</name>
    <message>
        <location filename="../widgets/incidentcarddelegate.cpp" line="+105"/>
        <location line="+17"/>
        <source>%1 %2 left</source>
        <translation>%1: noch %2</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 %2 over</source>
        <translation>%1: %2 überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 met in %2</source>
        <translation>%1 erreicht in %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 missed by %2</source>
        <translation>%1 um %2 verfehlt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 +%2</source>
        <translation>%1 +%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 met</source>
        <translation>%1 erreicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 missed</source>
        <translation>%1 verfehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 change waiting to be stored</source>
        <translation>1 Änderung wartet auf Speicherung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 changes waiting to be stored</source>
        <translation>%1 Änderungen warten auf Speicherung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 alert firing</source>
        <translation>1 Alarm ausgelöst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 alerts firing</source>
        <translation>%1 Alarme ausgelöst</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+89"/>
        <source>No commander</source>
        <translation>Keine Einsatzleitung</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Commander %1</source>
        <translation>Einsatzleitung %1</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>⚑ %1</source>
        <translation>⚑ %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 firing</source>
        <translation>%1 ausgelöst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentChange</name>
    <message>
        <location filename="../models/incidents/incidentchange.cpp" line="+38"/>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>open incident %1</source>
        <translation>Vorfall %1 eröffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>move to %1</source>
        <translation>in Phase %1 verschieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set severity %1</source>
        <translation>Schweregrad %1 setzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rename to %1</source>
        <translation>in %1 umbenennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>make %1 commander</source>
        <translation>%1 zur Einsatzleitung machen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assign %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>set impact %1</source>
        <translation>Auswirkung %1 setzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tick %1</source>
        <translation>%1 abhaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untick %1</source>
        <translation>Haken bei %1 entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>add action item %1</source>
        <translation>Maßnahme %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>edit action item %1</source>
        <translation>Maßnahme %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>note %1</source>
        <translation>Notiz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledge</source>
        <translation>bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>link alert %1</source>
        <translation>Alarm %1 verknüpfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>record alert %1 resolved</source>
        <translation>Alarm %1 als behoben erfassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>record %1 SLA breach</source>
        <translation>SLA-Überschreitung %1 erfassen</translation>
    </message>
    <message>
        <location line="+204"/>
        <location line="+78"/>
        <source>an incident needs a title</source>
        <translation>ein Vorfall braucht einen Titel</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+59"/>
        <source>severity &quot;%1&quot; is not one of P1, P2, P3, P4</source>
        <translation>Schweregrad &quot;%1&quot; ist keiner von P1, P2, P3, P4</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Opened as %1 (%2): %3</source>
        <translation>Eröffnet als %1 (%2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+215"/>
        <source>%1 firing</source>
        <translation>%1 ausgelöst</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+215"/>
        <source>%1 firing (%2)</source>
        <translation>%1 ausgelöst (%2)</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>&quot;%1&quot; is not a stage</source>
        <translation>&quot;%1&quot; ist keine Phase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(reopened: the resolution target runs again)</source>
        <translation>(wieder geöffnet: das Behebungsziel läuft erneut)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Acknowledged by moving to %1</source>
        <translation>Bestätigt durch Wechsel in Phase %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Escalated %1 → %2</source>
        <translation>Eskaliert %1 → %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Downgraded %1 → %2</source>
        <translation>Herabgestuft %1 → %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Renamed from %1</source>
        <translation>Umbenannt von %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No incident commander</source>
        <translation>Keine Einsatzleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is incident commander</source>
        <translation>%1 hat die Einsatzleitung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nobody assigned</source>
        <translation>Niemand zugewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assigned: %1</source>
        <translation>Zugewiesen: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Impact: %1</source>
        <translation>Auswirkung: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a communication channel</source>
        <translation>&quot;%1&quot; ist kein Kommunikationskanal</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not done after all: %1</source>
        <translation>Doch nicht erledigt: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+26"/>
        <source>an action item needs a text</source>
        <translation>eine Maßnahme braucht einen Text</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Action item %1: %2 (owner %3, due %4)</source>
        <translation>Maßnahme %1: %2 (verantwortlich %3, fällig %4)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>incident %1 has no action item %2</source>
        <translation>Vorfall %1 hat keine Maßnahme %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Action item %1 done: %2</source>
        <translation>Maßnahme %1 erledigt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action item %1 open again: %2</source>
        <translation>Maßnahme %1 wieder offen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action item %1 now: %2 (owner %3, due %4)</source>
        <translation>Maßnahme %1 jetzt: %2 (verantwortlich %3, fällig %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a note needs a text</source>
        <translation>eine Notiz braucht einen Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an alert needs a fingerprint</source>
        <translation>ein Alarm braucht einen Fingerprint</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 firing again</source>
        <translation>%1 erneut ausgelöst</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>alert %1 is not linked to incident %2</source>
        <translation>Alarm %1 ist nicht mit Vorfall %2 verknüpft</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 resolved</source>
        <translation>%1 behoben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an SLA (response or resolution)</source>
        <translation>&quot;%1&quot; ist kein SLA (response oder resolution)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Response target missed: not acknowledged within %1 (%2)</source>
        <translation>Reaktionsziel verfehlt: nicht innerhalb von %1 bestätigt (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution target missed: not resolved within %1 (%2)</source>
        <translation>Behebungsziel verfehlt: nicht innerhalb von %1 behoben (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown change</source>
        <translation>unbekannte Änderung</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unknown change kind &quot;%1&quot;</source>
        <translation>unbekannte Art der Änderung &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentCli</name>
    <message>
        <location filename="../models/incidents/incidentcli.cpp" line="+74"/>
        <source>Nothing to change: incident %1 is already like that.</source>
        <translation>Nichts zu ändern: Vorfall %1 ist bereits in diesem Zustand.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: watchkeeper incident COMMAND [--as NAME]
  list [--json] [--open]       every incident (--open: not closed)
  show ID                      one incident with its timeline
  open --title TEXT --severity P1|P2|P3|P4 [--commander NAME] [--impact TEXT]
  move ID STAGE                detection, assessment, response, resolution,
                               follow-up or closed
  note ID TEXT...              add a note to the timeline
  ack ID                       acknowledge
  export ID --markdown FILE    post-incident review (FILE - for standard output)
  export ID --pdf FILE
Exit codes: 0 done, 1 failed, 2 usage, 3 refused because the incident changed.
</source>
        <translation>Verwendung: watchkeeper incident COMMAND [--as NAME]
  list [--json] [--open]       alle Vorfälle auflisten (--open: nicht geschlossene)
  show ID                      einen Vorfall mit seiner Zeitleiste anzeigen
  open --title TEXT --severity P1|P2|P3|P4 [--commander NAME] [--impact TEXT]
  move ID STAGE                detection, assessment, response, resolution,
                               follow-up oder closed
  note ID TEXT...              der Zeitleiste eine Notiz hinzufügen
  ack ID                       Vorfall bestätigen
  export ID --markdown FILE    Nachbetrachtung exportieren (FILE - für die Standardausgabe)
  export ID --pdf FILE
Exit-Codes: 0 erledigt, 1 fehlgeschlagen, 2 Aufruffehler, 3 abgelehnt, weil sich der Vorfall geändert hat.
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--as needs a name</source>
        <translation>--as braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident: which command?</source>
        <translation>incident: welcher Befehl?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>incident: unknown command &quot;%1&quot;</source>
        <translation>incident: unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident: no database; set database: in the workspace</source>
        <translation>incident: keine Datenbank; setzen Sie database: im Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>incident %1: which incident (ID)?</source>
        <translation>incident %1: welcher Vorfall (ID)?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incident %1: the ID is a positive number (or INC-number)</source>
        <translation>incident %1: die ID ist eine positive Zahl (oder INC-Nummer)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>incident export: --markdown and --pdf need a file</source>
        <translation>incident export: --markdown und --pdf brauchen eine Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident export: unexpected &quot;%1&quot;</source>
        <translation>incident export: unerwartetes &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident export: give one of --markdown FILE or --pdf FILE</source>
        <translation>incident export: geben Sie entweder --markdown FILE oder --pdf FILE an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incident show: unexpected &quot;%1&quot;</source>
        <translation>incident show: unerwartetes &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no incident %1 in %2</source>
        <translation>es gibt keinen Vorfall %1 in %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>incident list: unexpected &quot;%1&quot;</source>
        <translation>incident list: unerwartetes &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SEV</source>
        <translation>SG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STAGE</source>
        <translation>PHASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AGE</source>
        <translation>ALTER</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>COMMANDER</source>
        <translation>LEITUNG</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(no incidents)</source>
        <translation>(keine Vorfälle)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>incident open: an option is missing its value</source>
        <translation>incident open: bei einer Option fehlt der Wert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident open: unexpected &quot;%1&quot;</source>
        <translation>incident open: unerwartetes &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident open: --title is required</source>
        <translation>incident open: --title ist erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident open: --severity P1|P2|P3|P4 is required</source>
        <translation>incident open: --severity P1|P2|P3|P4 ist erforderlich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incident open: severity &quot;%1&quot; is not P1, P2, P3 or P4</source>
        <translation>incident open: Schweregrad &quot;%1&quot; ist nicht P1, P2, P3 oder P4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opened incident %1 (%2): %3</source>
        <translation>Vorfall %1 eröffnet (%2): %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>incident move: give one stage</source>
        <translation>incident move: geben Sie genau eine Phase an</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>incident move: &quot;%1&quot; is not a stage</source>
        <translation>incident move: &quot;%1&quot; ist keine Phase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Incident %1 is now in %2</source>
        <translation>Vorfall %1 ist jetzt in Phase %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>incident note: the note is empty</source>
        <translation>incident note: die Notiz ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Note added to incident %1</source>
        <translation>Notiz zu Vorfall %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>incident ack: unexpected &quot;%1&quot;</source>
        <translation>incident ack: unerwartetes &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident %1 acknowledged</source>
        <translation>Vorfall %1 bestätigt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>incident export: PDF export is not available in this build</source>
        <translation>incident export: PDF-Export ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+13"/>
        <source>Wrote the review of incident %1 to %2</source>
        <translation>Nachbetrachtung von Vorfall %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentColumnView</name>
    <message>
        <location filename="../widgets/incidentcolumnview.cpp" line="+22"/>
        <source>%1 column</source>
        <translation>Spalte %1</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentDetailPane</name>
    <message>
        <location filename="../widgets/incidentdetailpane.cpp" line="+32"/>
        <source>Incident details</source>
        <translation>Vorfalldetails</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the severity (escalate or downgrade)</source>
        <translation>Schweregrad ändern (eskalieren oder herabstufen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Take command</source>
        <translation>&amp;Leitung übernehmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Action items</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New action item</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+5"/>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;note (Ctrl+Enter)</source>
        <translation>&amp;Notiz hinzufügen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Select an incident to see its timeline.</source>
        <translation>Wählen Sie einen Vorfall aus, um seine Zeitleiste zu sehen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not yet stored</source>
        <translation>noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No incident commander</source>
        <translation>Keine Einsatzleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commander: %1</source>
        <translation>Einsatzleitung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responders: %1</source>
        <translation>Bearbeiter: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opened %1 ago by %2</source>
        <translation>Vor %1 von %2 eröffnet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No impact summary yet.</source>
        <translation>Noch keine Zusammenfassung der Auswirkung.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Impact:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Auswirkung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done by %1</source>
        <translation>Erledigt von %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>no owner</source>
        <translation>kein Verantwortlicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, due %1</source>
        <translation>, fällig %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No action items yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Alerts&lt;/b&gt;&lt;br&gt;</source>
        <translation>&lt;b&gt;Alarme&lt;/b&gt;&lt;br&gt;</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentNoteBox</name>
    <message>
        <location filename="../widgets/incidentnotebox.cpp" line="+10"/>
        <source>Add a note to the timeline… (Ctrl+Enter adds it)</source>
        <translation>Notiz zur Zeitleiste hinzufügen… (Strg+Eingabe fügt sie hinzu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New timeline note</source>
        <translation>Neue Notiz in der Zeitleiste</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentPdfExport</name>
    <message>
        <location filename="../widgets/incidentpdfexport.cpp" line="+68"/>
        <source>cannot write %1: PDF export needs the graphical libraries (run with QT_QPA_PLATFORM=offscreen on a server)</source>
        <translation>%1 kann nicht geschrieben werden: Der PDF-Export braucht die grafischen Bibliotheken (auf einem Server mit QT_QPA_PLATFORM=offscreen ausführen)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Post-incident review: %1 %2</source>
        <translation>Nachbetrachtung: %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there is no incident %1 in %2</source>
        <translation>es gibt keinen Vorfall %1 in %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote the review of incident %1 to %2</source>
        <translation>Nachbetrachtung von Vorfall %1 nach %2 geschrieben</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentRepository</name>
    <message>
        <location filename="../models/incidents/incidentrepository.cpp" line="+199"/>
        <source>no database to keep incidents in</source>
        <translation>keine Datenbank zum Speichern von Vorfällen</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Incident %1 was changed by %2 at %3; your change (%4) was not applied. The current state (version %5) is shown.</source>
        <translation>Vorfall %1 wurde von %2 am %3 geändert; Ihre Änderung (%4) wurde nicht übernommen. Der aktuelle Stand (Version %5) wird angezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>someone</source>
        <translation>jemandem</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+130"/>
        <source>there is no incident %1</source>
        <translation>es gibt keinen Vorfall %1</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>cannot notify other clients</source>
        <translation>andere Clients können nicht benachrichtigt werden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>cannot look for an open incident of an alert</source>
        <translation>nach einem offenen Vorfall zu einem Alarm kann nicht gesucht werden</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+338"/>
        <source>the incident database is unreachable: %1</source>
        <translation>die Vorfallsdatenbank ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>The incident database is unreachable; the change is kept and will be stored when it is back.</source>
        <translation>Die Vorfallsdatenbank ist nicht erreichbar; die Änderung wird aufbewahrt und gespeichert, sobald sie wieder erreichbar ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The incident database is unreachable; the change is kept and will be stored when it is back (%1 changes waiting).</source>
        <translation>Die Vorfallsdatenbank ist nicht erreichbar; die Änderung wird aufbewahrt und gespeichert, sobald sie wieder erreichbar ist (%1 Änderungen warten).</translation>
    </message>
    <message>
        <location line="+92"/>
        <location line="+15"/>
        <source>the connection to the database was lost</source>
        <translation>die Verbindung zur Datenbank ist abgebrochen</translation>
    </message>
    <message>
        <location line="+241"/>
        <source>cannot read incidents</source>
        <translation>Vorfälle können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cannot read incident timelines</source>
        <translation>Zeitleisten der Vorfälle können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>cannot read incident %1</source>
        <translation>Vorfall %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot read the timeline of incident %1</source>
        <translation>die Zeitleiste von Vorfall %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>cannot store the new incident</source>
        <translation>der neue Vorfall kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cannot read the new incident&apos;s id</source>
        <translation>die ID des neuen Vorfalls kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>cannot store incident %1</source>
        <translation>Vorfall %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>incident %1 changed while it was being stored</source>
        <translation>Vorfall %1 wurde geändert, während er gespeichert wurde</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>cannot add to the timeline of incident %1</source>
        <translation>zur Zeitleiste von Vorfall %1 kann nichts hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot read a timeline entry&apos;s id</source>
        <translation>die ID eines Zeitleisteneintrags kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot look up a queued change</source>
        <translation>eine wartende Änderung kann nicht nachgeschlagen werden</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentReview</name>
    <message>
        <location filename="../models/incidents/incidentreview.cpp" line="+40"/>
        <source>✔ met</source>
        <translation>✔ erreicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✖ missed by %1</source>
        <translation>✖ um %1 verfehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>✖ breached, still open (%1 over)</source>
        <translation>✖ überschritten, noch offen (%1 darüber)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>running, %1 left</source>
        <translation>läuft, noch %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>INC-(not yet stored)</source>
        <translation>INC-(noch nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <location line="+10"/>
        <source># Post-incident review: %1 — %2

</source>
        <translation># Nachbetrachtung: %1 — %2

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+113"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Incident commander</source>
        <translation>Einsatzleitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responders</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review generated</source>
        <translation>Nachbetrachtung erstellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>## Summary

</source>
        <translation>## Zusammenfassung

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 incident &quot;%2&quot; was opened at %3</source>
        <translation>Der %1-Vorfall &quot;%2&quot; wurde am %3 eröffnet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> after the alert %1 fired</source>
        <translation> nach Auslösung des Alarms %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> after the alerts %1 and %2 fired</source>
        <translation> nach Auslösung der Alarme %1 und %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It was acknowledged by %1 after %2 (target %3, %4).</source>
        <translation>Er wurde nach %2 von %1 bestätigt (Zielwert %3, %4).</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+8"/>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>It has not been acknowledged.</source>
        <translation>Er wurde nicht bestätigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service was restored after %1 (target %2, %3).</source>
        <translation>Der Dienst wurde nach %1 wiederhergestellt (Zielwert %2, %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is not resolved yet (%1 since it was opened).</source>
        <translation>Er ist noch nicht behoben (%1 seit der Eröffnung).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It was closed at %1.</source>
        <translation>Er wurde am %1 geschlossen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action items done: %1 of %2.</source>
        <translation>Erledigte Maßnahmen: %1 von %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>## Impact

</source>
        <translation>## Auswirkung

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No impact summary was written. For a %1 incident the guide expects: %2.</source>
        <translation>Es wurde keine Zusammenfassung der Auswirkung geschrieben. Für einen %1-Vorfall erwartet der Leitfaden: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>## Times against targets

</source>
        <translation>## Zeiten im Vergleich zu den Zielwerten

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+40"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>After opening</source>
        <translation>Nach Eröffnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged (response)</source>
        <translation>Bestätigt (Reaktion)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolved (resolution)</source>
        <translation>Behoben (Behebung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>## Time in each stage

</source>
        <translation>## Zeit in jeder Phase

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent</source>
        <translation>Verbrachte Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (now)</source>
        <translation> (aktuell)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>## Timeline

</source>
        <translation>## Zeitleiste

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (not yet stored)</source>
        <translation> (noch nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>## Linked alerts

</source>
        <translation>## Verknüpfte Alarme

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No alerts are linked; the incident was opened by hand.

</source>
        <translation>Es sind keine Alarme verknüpft; der Vorfall wurde von Hand eröffnet.

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fired</source>
        <translation>Ausgelöst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>## Action items

</source>
        <translation>## Maßnahmen

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No action items yet. The follow-up stage assigns them: what to fix, who owns it, by when.

</source>
        <translation>Noch keine Maßnahmen. Sie werden in der Phase Nachbereitung festgelegt: was zu beheben ist, wer verantwortlich ist, bis wann.

</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✔ done</source>
        <translation>✔ erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>☐ open</source>
        <translation>☐ offen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>## Communication

</source>
        <translation>## Kommunikation

</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>: done by %1 at %2</source>
        <translation>: erledigt von %1 am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>: not done</source>
        <translation>: nicht erledigt</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentSeverities</name>
    <message>
        <location filename="../models/incidents/incidentseverity.cpp" line="+21"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete service outage</source>
        <translation>Vollständiger Ausfall des Dienstes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database down, authentication failure</source>
        <translation>Datenbank ausgefallen, Authentifizierungsfehler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Significant service degradation</source>
        <translation>Erhebliche Beeinträchtigung des Dienstes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow response times, feature unavailability</source>
        <translation>Langsame Antwortzeiten, nicht verfügbare Funktionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor service impact</source>
        <translation>Geringe Auswirkung auf den Dienst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Non-critical feature issues</source>
        <translation>Probleme mit nicht kritischen Funktionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minimal impact</source>
        <translation>Minimale Auswirkung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cosmetic issues, minor bugs</source>
        <translation>Kosmetische Probleme, kleinere Fehler</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentStages</name>
    <message>
        <location filename="../models/incidents/incidentstage.cpp" line="+34"/>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Nachbereitung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Monitoring detected the issue, the on-call engineer was alerted and the incident was created.</source>
        <translation>Die Überwachung hat das Problem erkannt, der Bereitschaftsingenieur wurde alarmiert und der Vorfall wurde angelegt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The engineer assesses severity and impact, escalates if necessary and informs stakeholders.</source>
        <translation>Der Ingenieur bewertet Schweregrad und Auswirkung, eskaliert bei Bedarf und informiert die Beteiligten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The response team is assembled, root cause analysis starts and mitigation steps are carried out.</source>
        <translation>Das Reaktionsteam wird zusammengestellt, die Ursachenanalyse beginnt und Maßnahmen zur Schadensbegrenzung werden umgesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The issue is resolved and verified, service is back to normal and the post-incident review is scheduled.</source>
        <translation>Das Problem ist behoben und überprüft, der Dienst läuft wieder normal und die Nachbetrachtung ist angesetzt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The post-incident review is held, action items are assigned and monitoring and alerting are improved.</source>
        <translation>Die Nachbetrachtung findet statt, Maßnahmen werden zugewiesen und Überwachung und Alarmierung werden verbessert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The incident is over and its follow-up is done.</source>
        <translation>Der Vorfall ist vorbei und seine Nachbereitung ist abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>Wk::IncidentsPanel</name>
    <message>
        <location filename="../widgets/incidentspanel.cpp" line="+82"/>
        <source>No open incidents</source>
        <translation>Keine offenen Vorfälle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Open incidents</source>
        <translation>Offene Vorfälle</translation>
    </message>
</context>
<context>
    <name>Wk::InhibitRule</name>
    <message>
        <location filename="../models/alerts/inhibitrule.cpp" line="+47"/>
        <source>%1_matchers must be a list of matchers</source>
        <translation>%1_matchers muss eine Liste von Matchern sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be a map of label names to values</source>
        <translation>%1 muss eine Zuordnung von Label-Namen zu Werten sein</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>inhibit_rules must be a list of rules</source>
        <translation>inhibit_rules muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an inhibition rule must be a map</source>
        <translation>eine Unterdrückungsregel muss eine Zuordnung sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown field %1 in an inhibition rule; known: %2</source>
        <translation>unbekanntes Feld %1 in einer Unterdrückungsregel; bekannt sind: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>equal must be a list of label names</source>
        <translation>equal muss eine Liste von Label-Namen sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an inhibition rule needs source and target matchers</source>
        <translation>eine Unterdrückungsregel braucht Quell- und Ziel-Matcher</translation>
    </message>
</context>
<context>
    <name>Wk::LabelMatcher</name>
    <message>
        <location filename="../models/metrics/labelmatcher.cpp" line="+16"/>
        <source>invalid regular expression &quot;%1&quot;: %2</source>
        <translation>ungültiger regulärer Ausdruck &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a matcher; expected name=value, name!=value, name=~regex or name!~regex</source>
        <translation>&quot;%1&quot; ist kein Matcher; erwartet wird name=value, name!=value, name=~regex oder name!~regex</translation>
    </message>
</context>
<context>
    <name>Wk::LocalAlertSource</name>
    <message>
        <location filename="../models/alerts/localalertsource.cpp" line="+25"/>
        <source>local rules</source>
        <translation>lokale Regeln</translation>
    </message>
</context>
<context>
    <name>Wk::LocalEngine</name>
    <message>
        <location filename="../models/promql/localengine.cpp" line="+115"/>
        <source>zero or negative query resolution step widths are not accepted</source>
        <translation>Schrittweiten der Abfrageauflösung von null oder kleiner werden nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>end timestamp must not be before start time</source>
        <translation>der Endzeitstempel darf nicht vor der Startzeit liegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>exceeded maximum resolution of %1 points per timeseries; try decreasing the query resolution (?step=XX)</source>
        <translation>maximale Auflösung von %1 Punkten pro Zeitreihe überschritten; versuchen Sie, die Abfrageauflösung zu verringern (?step=XX)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid expression type &quot;%1&quot; for range query, must be Scalar or instant Vector</source>
        <translation>ungültiger Ausdruckstyp &quot;%1&quot; für eine Bereichsabfrage, erlaubt sind Scalar oder instant Vector</translation>
    </message>
</context>
<context>
    <name>Wk::LocalSilenceStore</name>
    <message>
        <location filename="../models/alerts/localsilencestore.cpp" line="+32"/>
        <source>%1 from %2 until %3</source>
        <translation>%1 von %2 bis %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>local silences</source>
        <translation>lokale Stummschaltungen</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+46"/>
        <source>there is no silence %1</source>
        <translation>es gibt keine Stummschaltung %1</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>updated to %1</source>
        <translation>geändert zu %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expired %1 and replaced it</source>
        <translation>Stummschaltung %1 beendet und ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recreated expired %1</source>
        <translation>abgelaufene Stummschaltung %1 neu angelegt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>expired %1 silence %2</source>
        <translation>Stummschaltung %2 (%1) beendet</translation>
    </message>
</context>
<context>
    <name>Wk::MainWindow</name>
    <message>
        <location filename="../app/mainwindow.cpp" line="+49"/>
        <source>Watchkeeper</source>
        <translation>Watchkeeper</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — Watchkeeper</source>
        <translation>%1 — Watchkeeper</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Alerts</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Firing and pending alerts: A acknowledge, S suppress, I open incident, / filter</source>
        <translation>Ausgelöste und ausstehende Alarme: A bestätigen, S zurückhalten, I Vorfall eröffnen, / filtern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incidents</source>
        <translation>Vorfälle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P1–P4 incidents through the guide&apos;s five stages</source>
        <translation>P1–P4-Vorfälle durch die fünf Phasen des Leitfadens</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;report (PDF)…</source>
        <translation>Be&amp;richt exportieren (PDF)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time range of the charts (Ctrl+[ and Ctrl+] step through)</source>
        <translation>Zeitraum der Diagramme (mit Strg+[ und Strg+] durchschalten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 5 minutes</source>
        <translation>Letzte 5 Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 6 hours</source>
        <translation>Letzte 6 Stunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Shorter range</source>
        <translation>Kürzerer Zeitraum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Longer range</source>
        <translation>Längerer Zeitraum</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Refresh now</source>
        <translation>Jetzt &amp;aktualisieren</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>Watchkeeper: %n unacknowledged alert(s), worst %1</source>
        <translation>
            <numerusform>Watchkeeper: %n unbestätigter Alarm, höchster Schweregrad %1</numerusform>
            <numerusform>Watchkeeper: %n unbestätigte Alarme, höchster Schweregrad %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Watchkeeper: no unacknowledged alerts</source>
        <translation>Watchkeeper: keine unbestätigten Alarme</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+10"/>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Bericht gespeichert unter %1 (%n Seite)</numerusform>
            <numerusform>Bericht gespeichert unter %1 (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: waiting for first poll</source>
        <translation>%1: Warten auf die erste Abfrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: ✔ ok %2 ago (%3 ms)</source>
        <translation>%1: ✔ OK vor %2 (%3 ms)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: ✖ %2 (%3 ago)</source>
        <translation>%1: ✖ %2 (vor %3)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> — %n series over the cap dropped</source>
        <translation>
            <numerusform> — %n Zeitreihe über dem Limit verworfen</numerusform>
            <numerusform> — %n Zeitreihen über dem Limit verworfen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Wk::MaintenanceDialog</name>
    <message>
        <location filename="../widgets/maintenancedialog.cpp" line="+67"/>
        <source>Critical alerts are never suppressed (the guide): they page as usual during the window.</source>
        <translation>Kritische Alarme werden nie unterdrückt (laut Leitfaden): sie alarmieren auch während des Fensters wie gewohnt die Bereitschaft.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+176"/>
        <source>New maintenance window</source>
        <translation>Neues Wartungsfenster</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Database patching</source>
        <translation>z. B. Patchen der Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Once</source>
        <translation>&amp;Einmalig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weekly</source>
        <translation>&amp;Wöchentlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Repeats:</source>
        <translation>Wiederholung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An IANA time zone such as Europe/Berlin; the window follows its daylight saving time</source>
        <translation>Eine IANA-Zeitzone wie Europe/Berlin; das Fenster folgt ihrer Sommerzeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginnt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>En&amp;det:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On:</source>
        <translation>Tage:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tarts at:</source>
        <translation>Beginnt &amp;um:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2h30m</source>
        <translation>z. B. 2h30m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom duration</source>
        <translation>Benutzerdefinierte Dauer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lasts:</source>
        <translation>D&amp;auer:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only alerts matching (optional; none = every alert):</source>
        <translation>Nur passende Alarme (optional; ohne Angabe = alle Alarme):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Critical alerts</source>
        <translation>Kritische Alarme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created &amp;by:</source>
        <translation>Erstellt &amp;von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What maintenance it covers: a change, a ticket (required)</source>
        <translation>Welche Wartung das Fenster abdeckt: eine Änderung, ein Ticket (erforderlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next occurrence</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save window</source>
        <translation>Fenster speichern</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Edit maintenance window</source>
        <translation>Wartungsfenster bearbeiten</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>the duration &quot;%1&quot; is not one; write it as 2h or 2h30m</source>
        <translation>die Dauer &quot;%1&quot; ist ungültig; schreiben Sie sie als 2h oder 2h30m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/Berlin)</source>
        <translation>&quot;%1&quot; ist keine bekannte Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Still needed: %1</source>
        <translation>Noch erforderlich: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Next occurrence: shown once the schedule is complete</source>
        <translation>Nächster Termin: wird angezeigt, sobald der Zeitplan vollständig ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No occurrence left: the window has ended</source>
        <translation>Kein Termin mehr: Das Fenster ist abgelaufen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>In force now: %1 to %2 %3 (%4 left)</source>
        <translation>Jetzt aktiv: %1 bis %2 %3 (noch %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: %1 to %2 %3 (in %4)</source>
        <translation>Nächster: %1 bis %2 %3 (in %4)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This window was set to suppress critical alerts too (outside this dialog); the guide never suppresses critical system failures.</source>
        <translation>Dieses Fenster wurde so eingestellt, dass es auch kritische Alarme unterdrückt (außerhalb dieses Dialogs); der Leitfaden unterdrückt kritische Systemausfälle nie.</translation>
    </message>
</context>
<context>
    <name>Wk::MaintenanceModel</name>
    <message>
        <location filename="../models/alerts/maintenancemodel.cpp" line="+161"/>
        <source>no occurrence left</source>
        <translation>kein Termin mehr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in force until %1</source>
        <translation>aktiv bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next: %1</source>
        <translation>nächster: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every alert</source>
        <translation>alle Alarme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every alert but critical</source>
        <translation>alle Alarme außer kritischen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next</source>
        <translation>Nächster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suppresses</source>
        <translation>Unterdrückt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alerts now</source>
        <translation>Alarme aktuell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
</context>
<context>
    <name>Wk::MaintenancePage</name>
    <message>
        <location filename="../widgets/maintenancepage.cpp" line="+26"/>
        <source>Maintenance windows</source>
        <translation>Wartungsfenster</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New window…</source>
        <translation>Neues Fenster…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan a maintenance window</source>
        <translation>Ein Wartungsfenster planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected maintenance window</source>
        <translation>Das ausgewählte Wartungsfenster bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove…</source>
        <translation>Entfernen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected maintenance window, with a reason</source>
        <translation>Das ausgewählte Wartungsfenster mit Begründung entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The guide plans windows of 2 to 4 hours.</source>
        <translation>Der Leitfaden plant Fenster von 2 bis 4 Stunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Maintenance rules</source>
        <translation>Wartungsregeln</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Maintenance window list</source>
        <translation>Liste der Wartungsfenster</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Select a maintenance window to edit.</source>
        <translation>Wählen Sie ein Wartungsfenster zum Bearbeiten aus.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a maintenance window to remove.</source>
        <translation>Wählen Sie ein Wartungsfenster zum Entfernen aus.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove maintenance window</source>
        <translation>Wartungsfenster entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove &quot;%1&quot; (%2)? Alerts it suppresses will notify again.</source>
        <translation>&quot;%1&quot; (%2) entfernen? Alarme, die es unterdrückt, lösen wieder Benachrichtigungen aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the alert book is gone</source>
        <translation>das Alarmbuch ist nicht mehr verfügbar</translation>
    </message>
</context>
<context>
    <name>Wk::MaintenanceSilencer</name>
    <message>
        <location filename="../models/alerts/maintenancesilencer.cpp" line="+96"/>
        <source>Maintenance window &quot;%1&quot;%2</source>
        <translation>Wartungsfenster &quot;%1&quot;%2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the maintenance window was changed or removed</source>
        <translation>das Wartungsfenster wurde geändert oder entfernt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>maintenance silence not created: %1</source>
        <translation>Stummschaltung für die Wartung nicht angelegt: %1</translation>
    </message>
</context>
<context>
    <name>Wk::MaintenanceWindow</name>
    <message>
        <location filename="../models/alerts/maintenancewindow.cpp" line="+87"/>
        <location filename="../widgets/maintenancedialog.cpp" line="-57"/>
        <source>a maintenance window needs a name</source>
        <translation>ein Wartungsfenster braucht einen Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a maintenance window needs a comment: say what maintenance it covers (the monitoring guide requires documentation for every suppression)</source>
        <translation>ein Wartungsfenster braucht einen Kommentar: Geben Sie an, welche Wartung es abdeckt (der Monitoring-Leitfaden verlangt eine Dokumentation jeder Unterdrückung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../widgets/maintenancedialog.cpp" line="+4"/>
        <source>a maintenance window needs its creator&apos;s name</source>
        <translation>ein Wartungsfenster braucht den Namen seines Erstellers</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>matcher %1: %2</source>
        <translation>Matcher %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the window must end after it starts</source>
        <translation>das Fenster muss nach seinem Beginn enden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a weekly window needs at least one weekday</source>
        <translation>ein wöchentliches Fenster braucht mindestens einen Wochentag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a weekly window needs a start time</source>
        <translation>ein wöchentliches Fenster braucht eine Startzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a weekly window needs a duration</source>
        <translation>ein wöchentliches Fenster braucht eine Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a weekly window must be shorter than a week</source>
        <translation>ein wöchentliches Fenster muss kürzer als eine Woche sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/Berlin)</source>
        <translation>&quot;%1&quot; ist keine bekannte Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the window lasts %1; the monitoring guide plans maintenance windows of 2 to 4 hours</source>
        <translation>das Fenster dauert %1; der Monitoring-Leitfaden plant Wartungsfenster von 2 bis 4 Stunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this window also suppresses critical alerts; the monitoring guide never suppresses critical system failures</source>
        <translation>dieses Fenster unterdrückt auch kritische Alarme; der Monitoring-Leitfaden unterdrückt kritische Systemausfälle nie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 to %2 UTC</source>
        <translation>%1 bis %2 UTC</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 %3 for %4</source>
        <translation>%1 %2 %3 für %4</translation>
    </message>
    <message>
        <location filename="../widgets/maintenancedialog.cpp" line="-2"/>
        <source>a maintenance window needs a comment</source>
        <translation>ein Wartungsfenster braucht einen Kommentar</translation>
    </message>
</context>
<context>
    <name>Wk::MatcherEditor</name>
    <message>
        <location filename="../widgets/matchereditor.cpp" line="+29"/>
        <source>equals</source>
        <translation>ist gleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not equal</source>
        <translation>ist ungleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matches the regular expression</source>
        <translation>passt auf den regulären Ausdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does not match the regular expression</source>
        <translation>passt nicht auf den regulären Ausdruck</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Matchers</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add matcher</source>
        <translation>Matcher &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a matcher row (label name, operator, value)</source>
        <translation>Eine Matcher-Zeile hinzufügen (Label-Name, Operator, Wert)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Matcher %1 label name</source>
        <translation>Label-Name von Matcher %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matcher %1 operator</source>
        <translation>Operator von Matcher %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>= equals, != does not equal, =~ matches the regular expression, !~ does not match it</source>
        <translation>= ist gleich, != ist ungleich, =~ passt auf den regulären Ausdruck, !~ passt nicht darauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matcher %1 value</source>
        <translation>Wert von Matcher %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Remove matcher %1</source>
        <translation>Matcher %1 entfernen</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>matcher %1 (%2): a label name is required</source>
        <translation>Matcher %1 (%2): ein Label-Name ist erforderlich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matcher %1 (%2): &quot;%3&quot; is not a label name (letters, digits and _, not starting with a digit)</source>
        <translation>Matcher %1 (%2): &quot;%3&quot; ist kein Label-Name (Buchstaben, Ziffern und _, nicht mit einer Ziffer beginnend)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>matcher %1 (%2): %3</source>
        <translation>Matcher %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>Wk::MatcherList</name>
    <message>
        <location filename="../models/alerts/matcherlist.cpp" line="+13"/>
        <source>&quot;%1&quot;: missing closing &apos;}&apos;</source>
        <translation>&quot;%1&quot;: schließende &apos;}&apos; fehlt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&quot;%1&quot;: unterminated quote</source>
        <translation>&quot;%1&quot;: Anführungszeichen nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>Wk::MetricsCheck</name>
    <message>
        <location filename="../models/metrics/expositioncheck.cpp" line="+41"/>
        <source>%1: %2: families %3, series %4, samples %5</source>
        <translation>%1: %2: Familien %3, Zeitreihen %4, Messwerte %5</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: Lesen nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>Wk::Notification</name>
    <message>
        <location filename="../models/alerts/notification.cpp" line="+76"/>
        <source>FIRING</source>
        <translation>AUSGELÖST</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RESOLVED</source>
        <translation>BEHOBEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACKNOWLEDGED</source>
        <translation>BESTÄTIGT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ACKNOWLEDGED by %1</source>
        <translation>BESTÄTIGT von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ESCALATION step %1</source>
        <translation>ESKALATION Stufe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ESCALATION step %1 (%2)</source>
        <translation>ESKALATION Stufe %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEST</source>
        <translation>TEST</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Test notification from Watchkeeper to channel %1</source>
        <translation>Testbenachrichtigung von Watchkeeper an Kanal %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If you can read this, channel %1 delivers. No action is needed.</source>
        <translation>Wenn Sie dies lesen können, funktioniert die Zustellung über Kanal %1. Es ist nichts weiter zu tun.</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationConfigLoader</name>
    <message>
        <location filename="../models/alerts/notificationconfigloader.cpp" line="+57"/>
        <source>%1 must be a mapping</source>
        <translation>%1 muss eine Zuordnung (Mapping) sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown key &quot;%1&quot; in %2 (allowed: %3)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; in %2 (erlaubt: %3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 must be a single value</source>
        <translation>%1 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+46"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>%1 is required</source>
        <translation>%1 ist erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must not hold empty entries</source>
        <translation>%1 darf keine leeren Einträge enthalten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 must be greater than zero</source>
        <translation>%1 muss größer als null sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 must be a whole number from %2 to %3</source>
        <translation>%1 muss eine ganze Zahl von %2 bis %3 sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be an http or https URL</source>
        <translation>%1 muss eine http- oder https-URL sein</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>channel &quot;%1&quot;: use either %2 or %2_file, not both</source>
        <translation>Kanal &quot;%1&quot;: verwenden Sie entweder %2 oder %2_file, nicht beides</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1_file</source>
        <translation>%1_file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel &quot;%1&quot;: cannot read %2_file %3</source>
        <translation>Kanal &quot;%1&quot;: %2_file %3 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>channel &quot;%1&quot;: %2 is a secret and is not accepted written in the workspace; put it in a file and name it with %2_file:, or use %2: ${ENVIRONMENT_VARIABLE}</source>
        <translation>Kanal &quot;%1&quot;: %2 ist ein Geheimnis und wird nicht direkt im Arbeitsbereich akzeptiert; legen Sie es in einer Datei ab und geben Sie diese mit %2_file: an, oder verwenden Sie %2: ${ENVIRONMENT_VARIABLE}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>channel &quot;%1&quot;: %2: environment variable %3 is not set</source>
        <translation>Kanal &quot;%1&quot;: %2: Umgebungsvariable %3 ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel &quot;%1&quot;: %2: environment variable %3 is empty</source>
        <translation>Kanal &quot;%1&quot;: %2: Umgebungsvariable %3 ist leer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>channel &quot;%1&quot; needs %2_file: PATH or %2: ${ENVIRONMENT_VARIABLE}</source>
        <translation>Kanal &quot;%1&quot; braucht %2_file: PATH oder %2: ${ENVIRONMENT_VARIABLE}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>channel &quot;%1&quot;: %2: %3</source>
        <translation>Kanal &quot;%1&quot;: %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel &quot;%1&quot;: the %2 from %3 is not an http or https URL</source>
        <translation>Kanal &quot;%1&quot;: der Wert von %2 aus %3 ist keine http- oder https-URL</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>smarthost</source>
        <translation>smarthost</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>smarthost must be HOST:PORT, e.g. localhost:25</source>
        <translation>smarthost muss HOST:PORT sein, z. B. localhost:25</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>auth_username</source>
        <translation>auth_username</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>channel &quot;%1&quot;: auth_username and auth_password (or auth_password_file) go together</source>
        <translation>Kanal &quot;%1&quot;: auth_username und auth_password (oder auth_password_file) gehören zusammen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>require_tls</source>
        <translation>require_tls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channel &quot;%1&quot;: a password is never sent unencrypted; keep require_tls: true or use port 465</source>
        <translation>Kanal &quot;%1&quot;: ein Passwort wird nie unverschlüsselt gesendet; require_tls: true beibehalten oder Port 465 verwenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>quiet_hours</source>
        <translation>quiet_hours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quiet_hours needs start and end (HH:MM)</source>
        <translation>quiet_hours braucht start und end (HH:MM)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 must be a time of day as HH:MM</source>
        <translation>%1 muss eine Uhrzeit im Format HH:MM sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>time_zone</source>
        <translation>time_zone</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown time zone &quot;%1&quot; (examples: UTC, Europe/Berlin)</source>
        <translation>unbekannte Zeitzone &quot;%1&quot; (Beispiele: UTC, Europe/Berlin)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quiet_hours start and end must differ</source>
        <translation>start und end von quiet_hours müssen sich unterscheiden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rate_limit</source>
        <translation>rate_limit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate_limit count</source>
        <translation>rate_limit count</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rate_limit needs per: a duration, e.g. 5m</source>
        <translation>rate_limit braucht per: eine Dauer, z. B. 5m</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate_limit per</source>
        <translation>rate_limit per</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>retry</source>
        <translation>retry</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>backoff must be a list of durations, e.g. [5s, 30s, 2m, 10m]</source>
        <translation>backoff muss eine Liste von Dauern sein, z. B. [5s, 30s, 2m, 10m]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a backoff</source>
        <translation>ein backoff-Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>max_retry_after</source>
        <translation>max_retry_after</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>send_resolved</source>
        <translation>send_resolved</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tls</source>
        <translation>tls</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ca_file</source>
        <translation>ca_file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>insecure_skip_verify</source>
        <translation>insecure_skip_verify</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>each channel must be a mapping with at least name and type</source>
        <translation>jeder Kanal muss eine Zuordnung mit mindestens name und type sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a channel&apos;s name</source>
        <translation>der Name eines Kanals</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel name &quot;%1&quot; may hold only letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;</source>
        <translation>Kanalname &quot;%1&quot; darf nur Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos; enthalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the type of channel &quot;%1&quot;</source>
        <translation>der Typ von Kanal &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>channel &quot;%1&quot;: unknown type &quot;%2&quot; (known: %3)</source>
        <translation>Kanal &quot;%1&quot;: unbekannter Typ &quot;%2&quot; (bekannt: %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel &quot;%1&quot; (%2)</source>
        <translation>Kanal &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>severities</source>
        <translation>severities</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>channel</source>
        <translation>channel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>username</source>
        <translation>username</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>channel &quot;%1&quot;: email needs an SMTP relay as smarthost: HOST:PORT</source>
        <translation>Kanal &quot;%1&quot;: E-Mail braucht ein SMTP-Relay als smarthost: HOST:PORT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>hello</source>
        <translation>hello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel &quot;%1&quot;: from</source>
        <translation>Kanal &quot;%1&quot;: from</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from must be a mail address such as watchkeeper@example.com</source>
        <translation>from muss eine E-Mail-Adresse wie watchkeeper@example.com sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>channel &quot;%1&quot; needs to: a list of mail addresses</source>
        <translation>Kanal &quot;%1&quot; braucht to: eine Liste von E-Mail-Adressen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&quot;%1&quot; is not a mail address</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>channel &quot;%1&quot; needs to: a list of phone numbers</source>
        <translation>Kanal &quot;%1&quot; braucht to: eine Liste von Telefonnummern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>max_length</source>
        <translation>max_length</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reminder_interval</source>
        <translation>reminder_interval</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>repeat_sound</source>
        <translation>repeat_sound</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>channel &quot;%1&quot; names a recipient twice</source>
        <translation>Kanal &quot;%1&quot; nennt einen Empfänger doppelt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cannot read workspace: %1</source>
        <translation>Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>notifications</source>
        <translation>notifications</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>external_url</source>
        <translation>external_url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>channels must be a list</source>
        <translation>channels muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a channel named &quot;%1&quot; is defined twice; names must be unique</source>
        <translation>ein Kanal namens &quot;%1&quot; ist doppelt definiert; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>only one desktop channel is allowed</source>
        <translation>nur ein Desktop-Kanal ist erlaubt</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationDelivery</name>
    <message>
        <location filename="../models/alerts/notificationdelivery.cpp" line="+42"/>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate-limited</source>
        <translation>ratenbegrenzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not configured</source>
        <translation>nicht konfiguriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>suppressed</source>
        <translation>unterdrückt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>left to another desktop</source>
        <translation>einem anderen Desktop überlassen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>retrying at %1 (attempt %2)</source>
        <translation>erneuter Versuch um %1 (Versuch %2)</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationDeliveryModel</name>
    <message>
        <location filename="../models/alerts/notificationdeliverymodel.cpp" line="+22"/>
        <source>firing</source>
        <translation>ausgelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>behoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>acknowledged</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationFormatter</name>
    <message>
        <location filename="../models/alerts/notificationformatter.cpp" line="+150"/>
        <location line="+212"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+212"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+212"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+212"/>
        <source>Resolved</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+210"/>
        <source>Response time</source>
        <translation>Reaktionszeit</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+210"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-193"/>
        <location line="+105"/>
        <location line="+89"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location line="-192"/>
        <location line="+106"/>
        <location line="+88"/>
        <source>Open in Watchkeeper</source>
        <translation>In Watchkeeper öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labels:</source>
        <translation>Labels:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Annotations:</source>
        <translation>Annotationen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fingerprint: %1</source>
        <translation>Fingerabdruck: %1</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationHttpClient</name>
    <message>
        <location filename="../models/alerts/notificationhttpclient.cpp" line="+42"/>
        <source>unreachable: connection refused</source>
        <translation>nicht erreichbar: Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: host not found</source>
        <translation>nicht erreichbar: Host nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: the server closed the connection</source>
        <translation>nicht erreichbar: Der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unreachable: proxy error</source>
        <translation>nicht erreichbar: Proxy-Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>HTTP %1 %2</source>
        <translation>HTTP %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (redirects are not followed)</source>
        <translation> (Weiterleitungen werden nicht verfolgt)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>timeout after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationLogStore</name>
    <message>
        <location filename="../models/alerts/notificationlogstore.cpp" line="+91"/>
        <source>cannot record a notification delivery</source>
        <translation>eine Zustellung einer Benachrichtigung kann nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the notification delivery log</source>
        <translation>das Zustellprotokoll der Benachrichtigungen kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>cannot prune the notification delivery log</source>
        <translation>das Zustellprotokoll der Benachrichtigungen kann nicht bereinigt werden</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationOutbox</name>
    <message>
        <location filename="../models/alerts/notificationoutbox.cpp" line="+59"/>
        <source>cannot keep a notification for delivery</source>
        <translation>eine Benachrichtigung kann nicht für die Zustellung aufbewahrt werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>cannot remove a delivered notification</source>
        <translation>eine zugestellte Benachrichtigung kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot read the notifications waiting for delivery</source>
        <translation>die zur Zustellung wartenden Benachrichtigungen können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationSecret</name>
    <message>
        <location filename="../models/alerts/notificationsecret.cpp" line="+64"/>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nowhere</source>
        <translation>nirgendwo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cannot read the secret file %1: %2</source>
        <translation>die Geheimnisdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the secret file %1 is empty</source>
        <translation>die Geheimnisdatei %1 ist leer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no secret is configured</source>
        <translation>kein Geheimnis konfiguriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the environment variable %1 is empty</source>
        <translation>die Umgebungsvariable %1 ist leer</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationSmtpClient</name>
    <message>
        <location filename="../models/alerts/notificationsmtpclient.cpp" line="+52"/>
        <source>timeout after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>TLS with %1 failed: %2</source>
        <translation>TLS mit %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unreachable: connection refused</source>
        <translation>nicht erreichbar: Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreachable: host not found</source>
        <translation>nicht erreichbar: Host nicht gefunden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreachable: the relay closed the connection</source>
        <translation>nicht erreichbar: Das Relay hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+16"/>
        <source>the relay sent an unreadable reply</source>
        <translation>das Relay hat eine unlesbare Antwort gesendet</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>SMTP %1: the relay refused the user name or password for %2: %3</source>
        <translation>SMTP %1: das Relay hat Benutzername oder Passwort für %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 does not offer STARTTLS, which this channel requires</source>
        <translation>%1 bietet kein STARTTLS an, das dieser Kanal verlangt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password for %1 is not sent over an unencrypted connection</source>
        <translation>das Passwort für %1 wird nicht über eine unverschlüsselte Verbindung gesendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 offers no sign-in Watchkeeper speaks (PLAIN or LOGIN); it offers: %2</source>
        <translation>%1 bietet keine Anmeldung an, die Watchkeeper beherrscht (PLAIN oder LOGIN); angeboten: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SMTP %1 at %2: %3</source>
        <translation>SMTP %1 bei %2: %3</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationTray</name>
    <message>
        <location filename="../models/alerts/notificationtray.cpp" line="+88"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Resolved: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Acknowledged by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acknowledged: %1</source>
        <translation>Bestätigt: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Escalation step %1: %2</source>
        <translation>Eskalationsstufe %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Watchkeeper test notification</source>
        <translation>Watchkeeper-Testbenachrichtigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop notifications reach you. No action is needed.</source>
        <translation>Desktop-Benachrichtigungen erreichen Sie. Es ist nichts weiter zu tun.</translation>
    </message>
</context>
<context>
    <name>Wk::NotificationsPage</name>
    <message>
        <location filename="../widgets/notificationspage.cpp" line="+24"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notification filter</source>
        <translation>Benachrichtigungsfilter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by channel, alert, event or reason (Ctrl+F)</source>
        <translation>Nach Kanal, Alarm, Ereignis oder Grund filtern (Strg+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Problems only</source>
        <translation>Nur &amp;Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only notifications that failed or wait for a retry</source>
        <translation>Nur Benachrichtigungen anzeigen, die fehlgeschlagen sind oder auf einen erneuten Versuch warten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Notification deliveries</source>
        <translation>Zustellungen von Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 shown · %2 failed · %3 retrying</source>
        <translation>%1 angezeigt · %2 fehlgeschlagen · %3 in Wiederholung</translation>
    </message>
</context>
<context>
    <name>Wk::Notifier</name>
    <message>
        <location filename="../models/alerts/notifier.cpp" line="+266"/>
        <source>there is no notification channel named &quot;%1&quot;</source>
        <translation>es gibt keinen Benachrichtigungskanal namens &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>another Watchkeeper of the team holds the notifier lease</source>
        <translation>eine andere Watchkeeper-Instanz des Teams hält die Benachrichtigungs-Lease</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>at most %1 per %2 to %3; the next one can go at %4 UTC</source>
        <translation>höchstens %1 pro %2 an %3; die nächste kann um %4 UTC gesendet werden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>replaced by the %1 notification before its retry</source>
        <translation>vor dem erneuten Versuch durch die %1-Benachrichtigung ersetzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>replaced by the %1 notification before it was sent</source>
        <translation>vor dem Senden durch die %1-Benachrichtigung ersetzt</translation>
    </message>
    <message>
        <location line="+75"/>
        <location line="+26"/>
        <source>the channel is no longer configured</source>
        <translation>der Kanal ist nicht mehr konfiguriert</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>carried over from before the restart</source>
        <translation>aus der Zeit vor dem Neustart übernommen</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>desktop notifications are not sent over the network</source>
        <translation>Desktop-Benachrichtigungen werden nicht über das Netzwerk gesendet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1; not retried, a newer notification replaces it</source>
        <translation>%1; nicht wiederholt, eine neuere Benachrichtigung ersetzt sie</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>gave up after %n attempt(s): %1</source>
        <translation>
            <numerusform>nach %n Versuch aufgegeben: %1</numerusform>
            <numerusform>nach %n Versuchen aufgegeben: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the desktop does not show severity &quot;%1&quot;</source>
        <translation>der Desktop zeigt Schweregrad &quot;%1&quot; nicht an</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>no %1 channel is configured for severity &quot;%2&quot;</source>
        <translation>für Schweregrad &quot;%2&quot; ist kein %1-Kanal konfiguriert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is neither a channel type (%2) nor a configured channel</source>
        <translation>&quot;%1&quot; ist weder ein Kanaltyp (%2) noch ein konfigurierter Kanal</translation>
    </message>
</context>
<context>
    <name>Wk::OpenIncidentDialog</name>
    <message>
        <location filename="../widgets/openincidentdialog.cpp" line="+24"/>
        <source>Open incident</source>
        <translation>Vorfall eröffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new incident with this alert linked to it:</source>
        <translation>Ein neuer Vorfall, mit diesem Alarm verknüpft:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Severity</source>
        <translation>&amp;Schweregrad</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Open incident</source>
        <translation>Vorfall &amp;eröffnen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Respond within %1, resolve within %2.</source>
        <translation>Reaktion innerhalb von %1, Behebung innerhalb von %2.</translation>
    </message>
</context>
<context>
    <name>Wk::PanelView</name>
    <message>
        <location filename="../widgets/panelview.cpp" line="+129"/>
        <source>This panel could not be read; the rest of the dashboard works.</source>
        <translation>Dieses Panel konnte nicht gelesen werden; der Rest des Dashboards funktioniert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>target %1</source>
        <translation>Zielwert %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>No incident board in this workspace.</source>
        <translation>Keine Vorfallübersicht in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No alert source in this workspace.</source>
        <translation>Keine Alarmquelle in diesem Arbeitsbereich.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>View full</source>
        <translation>Vollansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy query</source>
        <translation>Abfrage kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export panel as PNG</source>
        <translation>Panel als PNG exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Export as CSV…</source>
        <translation>Als CSV exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export panel data as CSV</source>
        <translation>Panel-Daten als CSV exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>Wk::PrometheusEngine</name>
    <message>
        <location filename="../models/promql/prometheusengine.cpp" line="+36"/>
        <source>unreachable: connection refused</source>
        <translation>nicht erreichbar: Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: host not found</source>
        <translation>nicht erreichbar: Host nicht gefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreachable: the server closed the connection</source>
        <translation>nicht erreichbar: Der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unreachable: %1</source>
        <translation>nicht erreichbar: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>refused an insecure redirect (https to http)</source>
        <translation>unsichere Weiterleitung abgelehnt (https zu http)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS handshake failed: %1</source>
        <translation>TLS-Handshake fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>expected a time in seconds</source>
        <translation>Zeitangabe in Sekunden erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>time out of range</source>
        <translation>Zeit außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected [time, &quot;value&quot;]</source>
        <translation>erwartet: [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected the value as a string</source>
        <translation>Wert als Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not a number: &quot;%1&quot;</source>
        <translation>keine Zahl: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected &quot;metric&quot; to be an object</source>
        <translation>&quot;metric&quot; als Objekt erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>label %1 is not a string</source>
        <translation>Label %1 ist keine Zeichenkette</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>expected a series object</source>
        <translation>Zeitreihenobjekt erwartet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected &quot;values&quot; to be an array</source>
        <translation>&quot;values&quot; als Array erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a matrix series without &quot;values&quot;</source>
        <translation>eine Matrix-Zeitreihe ohne &quot;values&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a vector series without &quot;value&quot;</source>
        <translation>eine Vektor-Zeitreihe ohne &quot;value&quot;</translation>
    </message>
    <message>
        <location line="+70"/>
        <location line="+131"/>
        <source>Prometheus at %1: %2</source>
        <translation>Prometheus unter %1: %2</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>cannot read credentials_file %1: %2</source>
        <translation>credentials_file %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no certificate in ca_file %1</source>
        <translation>kein Zertifikat in ca_file %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>answer larger than the %1 MiB limit</source>
        <translation>Antwort größer als das Limit von %1 MiB</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>timeout after %1 s</source>
        <translation>Zeitüberschreitung nach %1 s</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>empty answer</source>
        <translation>leere Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the answer is not JSON: line %1, column %2: %3</source>
        <translation>die Antwort ist kein JSON: Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>failed without saying why</source>
        <translation>ohne Angabe eines Grundes fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unexpected answer: status &quot;%1&quot;</source>
        <translation>unerwartete Antwort: Status &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTTP %1 with a successful answer</source>
        <translation>HTTP %1 mit einer Erfolgsantwort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unexpected answer: %1</source>
        <translation>unerwartete Antwort: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a range query answered with &quot;%1&quot;</source>
        <translation>eine Bereichsabfrage lieferte &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>unsupported: native histograms (%n sample(s) left out)</source>
        <translation>
            <numerusform>nicht unterstützt: native Histogramme (%n Messwert ausgelassen)</numerusform>
            <numerusform>nicht unterstützt: native Histogramme (%n Messwerte ausgelassen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>expected [time, &quot;string&quot;]</source>
        <translation>erwartet: [time, &quot;string&quot;]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown result type &quot;%1&quot;</source>
        <translation>unbekannter Ergebnistyp &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Wk::Promql::Evaluator</name>
    <message>
        <location filename="../models/promql/evaluator.cpp" line="+618"/>
        <source>query processing would load too many samples into memory in query execution</source>
        <translation>die Abfrageverarbeitung würde bei der Ausführung zu viele Messwerte in den Speicher laden</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>cannot do range evaluation of matrix selector</source>
        <translation>Bereichsauswertung eines Matrix-Selektors nicht möglich</translation>
    </message>
    <message>
        <location line="+205"/>
        <source>found duplicate series for the match group %1 on the %2 hand-side of the operation: [%3, %4];many-to-many matching not allowed: matching labels must be unique on one side</source>
        <translation>doppelte Zeitreihen für die Match-Gruppe %1 auf der Seite %2 der Operation gefunden: [%3, %4]; many-to-many-Matching nicht erlaubt: Matching-Labels müssen auf einer Seite eindeutig sein</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>multiple matches for labels: many-to-one matching must be explicit (group_left/group_right)</source>
        <translation>mehrere Treffer für Labels: many-to-one-Matching muss explizit sein (group_left/group_right)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>multiple matches for labels: grouping labels must ensure unique matches</source>
        <translation>mehrere Treffer für Labels: Gruppierungs-Labels müssen eindeutige Treffer sicherstellen</translation>
    </message>
    <message>
        <location line="+160"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+593"/>
        <location line="+198"/>
        <source>quantile value should be between 0 and 1, got %1</source>
        <translation>der Quantilwert sollte zwischen 0 und 1 liegen, erhalten: %1</translation>
    </message>
    <message>
        <location line="-613"/>
        <source>Ratio value is NaN</source>
        <translation>Verhältniswert ist NaN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>limit_ratio is not supported by the local engine</source>
        <translation>limit_ratio wird von der lokalen Engine nicht unterstützt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parameter value is NaN</source>
        <translation>Parameterwert ist NaN</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scalar value %1 underflows int64</source>
        <translation>Skalarwert %1 unterschreitet den int64-Bereich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scalar value %1 overflows int64</source>
        <translation>Skalarwert %1 überschreitet den int64-Bereich</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>invalid label name %1</source>
        <translation>ungültiger Label-Name %1</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>unsupported: native histograms (%1)</source>
        <translation>nicht unterstützt: native Histogramme (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>sort is ineffective for range queries since results are always ordered by labels</source>
        <translation>sort ist bei Bereichsabfragen wirkungslos, da Ergebnisse immer nach Labels sortiert sind</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>function %1 is not implemented</source>
        <translation>Funktion %1 ist nicht implementiert</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>invalid smoothing factor. Expected: 0 &lt; sf &lt; 1, got: %1</source>
        <translation>ungültiger Glättungsfaktor. Erwartet: 0 &lt; sf &lt; 1, erhalten: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid trend factor. Expected: 0 &lt; tf &lt; 1, got: %1</source>
        <translation>ungültiger Trendfaktor. Erwartet: 0 &lt; tf &lt; 1, erhalten: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>metric might not be a counter, name does not end in _total/_sum/_count/_bucket: &quot;%1&quot;</source>
        <translation>Metrik ist möglicherweise kein Counter, Name endet nicht auf _total/_sum/_count/_bucket: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>invalid regular expression in label_replace(): %1</source>
        <translation>ungültiger regulärer Ausdruck in label_replace(): %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid destination label name in label_replace(): %1</source>
        <translation>ungültiger Ziel-Label-Name in label_replace(): %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>invalid source label name in label_join(): %1</source>
        <translation>ungültiger Quell-Label-Name in label_join(): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>invalid destination label name in label_join(): %1</source>
        <translation>ungültiger Ziel-Label-Name in label_join(): %1</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>bucket label &quot;le&quot; is missing or has a malformed value of %1</source>
        <translation>Bucket-Label &quot;le&quot; fehlt oder hat den fehlerhaften Wert %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source> for metric name %1</source>
        <translation> für den Metriknamen %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>input to histogram_quantile needed to be fixed for monotonicity (see https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile)</source>
        <translation>Eingabe für histogram_quantile musste für Monotonie korrigiert werden (siehe https://prometheus.io/docs/prometheus/latest/querying/functions/#histogram_quantile)</translation>
    </message>
</context>
<context>
    <name>Wk::Promql::Lexer</name>
    <message>
        <location filename="../models/promql/lexer.cpp" line="+127"/>
        <source>end of input</source>
        <translation>Ende der Eingabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>identifier &quot;%1&quot;</source>
        <translation>Bezeichner &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>number &quot;%1&quot;</source>
        <translation>Zahl &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration &quot;%1&quot;</source>
        <translation>Dauer &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>string %1</source>
        <translation>Zeichenkette %1</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>bad duration syntax: &quot;%1&quot;</source>
        <translation>ungültige Dauer-Syntax: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>bad number or duration syntax: &quot;%1&quot;</source>
        <translation>ungültige Zahlen- oder Dauer-Syntax: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unterminated raw string</source>
        <translation>nicht abgeschlossene Raw-Zeichenkette</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>unterminated quoted string</source>
        <translation>nicht abgeschlossene Zeichenkette in Anführungszeichen</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+22"/>
        <source>illegal character in escape sequence</source>
        <translation>unzulässiges Zeichen in Escape-Sequenz</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>escape sequence is an invalid Unicode code point</source>
        <translation>Escape-Sequenz ist ein ungültiger Unicode-Codepunkt</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>octal escape value &gt; 255</source>
        <translation>oktaler Escape-Wert &gt; 255</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown escape sequence &apos;\%1&apos;</source>
        <translation>unbekannte Escape-Sequenz &apos;\%1&apos;</translation>
    </message>
    <message>
        <location line="+134"/>
        <source>unexpected character after &apos;!&apos;: &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen nach &apos;!&apos;: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected character: &apos;%1&apos;</source>
        <translation>unerwartetes Zeichen: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>Wk::Promql::Parser</name>
    <message>
        <location filename="../models/promql/parser.cpp" line="+104"/>
        <source>no expression found in input</source>
        <translation>kein Ausdruck in der Eingabe gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <location line="+365"/>
        <location line="+9"/>
        <source>unexpected %1</source>
        <translation>unerwartet: %1</translation>
    </message>
    <message>
        <location line="-373"/>
        <source>unexpected %1 in %2</source>
        <translation>unerwartet in %2: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>bool modifier can only be used on comparison operators</source>
        <translation>bool-Modifikator kann nur bei Vergleichsoperatoren verwendet werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+14"/>
        <location line="+420"/>
        <source>grouping opts</source>
        <translation>Gruppierungsoptionen</translation>
    </message>
    <message>
        <location line="-427"/>
        <source>unexpected %1; group modifiers need on(...) or ignoring(...)</source>
        <translation>unerwartet: %1; Gruppenmodifikatoren erfordern on(...) oder ignoring(...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no grouping allowed for &quot;%1&quot; operation</source>
        <translation>keine Gruppierung erlaubt für Operation &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>label &quot;%1&quot; must not occur in ON and GROUP clause at once</source>
        <translation>Label &quot;%1&quot; darf nicht gleichzeitig in ON- und GROUP-Klausel vorkommen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>vector matching only allowed between instant vectors</source>
        <translation>Vektor-Matching nur zwischen Instant-Vektoren erlaubt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>binary expression must contain only scalar and instant vector types</source>
        <translation>binärer Ausdruck darf nur Skalar- und Instant-Vektor-Typen enthalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comparisons between scalars must use BOOL modifier</source>
        <translation>Vergleiche zwischen Skalaren müssen den BOOL-Modifikator verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>set operator &quot;%1&quot; not allowed in binary scalar expression</source>
        <translation>Mengenoperator &quot;%1&quot; ist in binärem Skalarausdruck nicht erlaubt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unary expression only allowed on expressions of type scalar or instant vector, got %1</source>
        <translation>unärer Ausdruck nur bei Ausdrücken vom Typ Skalar oder Instant-Vektor erlaubt, erhalten: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>bad duration &quot;%1&quot;</source>
        <translation>ungültige Dauer &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bad number or duration &quot;%1&quot; in %2</source>
        <translation>ungültige Zahl oder Dauer &quot;%1&quot; in %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected %1 in %2, expected duration</source>
        <translation>unerwartet in %2: %1, Dauer erwartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>range</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>subquery step</source>
        <translation>Unterabfrage-Schrittweite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subquery selector</source>
        <translation>Unterabfrage-Selektor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subquery is only allowed on instant vector, got %1</source>
        <translation>Unterabfrage nur bei Instant-Vektor erlaubt, erhalten: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>subquery range must be greater than 0</source>
        <translation>Bereich der Unterabfrage muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>subquery step must be greater than 0</source>
        <translation>Schrittweite der Unterabfrage muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>matrix selector</source>
        <translation>Matrix-Selektor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ranges only allowed for vector selectors</source>
        <translation>Bereiche nur bei Vektor-Selektoren erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no offset modifiers allowed before range</source>
        <translation>keine offset-Modifikatoren vor dem Bereich erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no @ modifiers allowed before range</source>
        <translation>keine @-Modifikatoren vor dem Bereich erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>range must be greater than 0</source>
        <translation>Bereich muss größer als 0 sein</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>offset modifier must be preceded by an instant vector selector or range vector selector or a subquery</source>
        <translation>offset-Modifikator muss auf einen Instant-Vektor-Selektor, einen Bereichsvektor-Selektor oder eine Unterabfrage folgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>offset may not be set multiple times</source>
        <translation>offset darf nicht mehrfach gesetzt werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offset</source>
        <translation>offset</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>@ modifier must be preceded by an instant vector selector or range vector selector or a subquery</source>
        <translation>@-Modifikator muss auf einen Instant-Vektor-Selektor, einen Bereichsvektor-Selektor oder eine Unterabfrage folgen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>@ &lt;timestamp&gt; may not be set multiple times</source>
        <translation>@ &lt;timestamp&gt; darf nicht mehrfach gesetzt werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>unexpected %1 in @, expected timestamp</source>
        <translation>unerwartet in @: %1, Zeitstempel erwartet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>timestamp out of bounds for @ modifier: %1</source>
        <translation>Zeitstempel außerhalb des gültigen Bereichs für @-Modifikator: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>error parsing number &quot;%1&quot;</source>
        <translation>Fehler beim Parsen der Zahl &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>paren expression</source>
        <translation>Klammerausdruck</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unexpected end of input</source>
        <translation>unerwartetes Ende der Eingabe</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+28"/>
        <source>unexpected %1 in label matching, expected label matching operator</source>
        <translation>unerwartet beim Label-Matching: %1, Label-Matching-Operator erwartet</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+51"/>
        <source>metric name must not be set twice: &quot;%1&quot; or &quot;%2&quot;</source>
        <translation>Metrikname darf nicht zweimal gesetzt werden: &quot;%1&quot; oder &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>unexpected %1 in label matching, expected string</source>
        <translation>unerwartet beim Label-Matching: %1, Zeichenkette erwartet</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>unexpected %1 in label matching, expected &quot;,&quot; or &quot;}&quot;</source>
        <translation>unerwartet beim Label-Matching: %1, &quot;,&quot; oder &quot;}&quot; erwartet</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>vector selector must contain at least one non-empty matcher</source>
        <translation>Vektor-Selektor muss mindestens einen nicht leeren Matcher enthalten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>unexpected %1 in %2, expected label</source>
        <translation>unerwartet in %2: %1, Label erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected %1 in %2, expected &quot;,&quot; or &quot;)&quot;</source>
        <translation>unerwartet in %2: %1, &quot;,&quot; oder &quot;)&quot; erwartet</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>duplicate grouping clause in aggregation</source>
        <translation>doppelte Gruppierungsklausel in Aggregation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>aggregation</source>
        <translation>Aggregation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unexpected %1 in aggregation</source>
        <translation>unerwartet in Aggregation: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no arguments for aggregate expression provided</source>
        <translation>keine Argumente für Aggregationsausdruck angegeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wrong number of arguments for aggregate expression provided, expected %1, got %2</source>
        <translation>falsche Anzahl von Argumenten für Aggregationsausdruck, erwartet: %1, erhalten: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected type %1 in aggregation parameter, got %2</source>
        <translation>Typ %1 im Aggregationsparameter erwartet, erhalten: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected type instant vector in aggregation expression, got %1</source>
        <translation>Typ instant vector im Aggregationsausdruck erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown function with name &quot;%1&quot;</source>
        <translation>unbekannte Funktion mit dem Namen &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>function call</source>
        <translation>Funktionsaufruf</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unexpected %1 in function call, expected &quot;,&quot; or &quot;)&quot;</source>
        <translation>unerwartetes %1 im Funktionsaufruf, &quot;,&quot; oder &quot;)&quot; erwartet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected %1 argument(s) in call to &quot;%2&quot;, got %3</source>
        <translation>%1 Argument(e) im Aufruf von &quot;%2&quot; erwartet, %3 erhalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected at least %1 argument(s) in call to &quot;%2&quot;, got %3</source>
        <translation>mindestens %1 Argument(e) im Aufruf von &quot;%2&quot; erwartet, %3 erhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected at most %1 argument(s) in call to &quot;%2&quot;, got %3</source>
        <translation>höchstens %1 Argument(e) im Aufruf von &quot;%2&quot; erwartet, %3 erhalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected type %1 in call to function &quot;%2&quot;, got %3</source>
        <translation>Typ %1 im Aufruf der Funktion &quot;%2&quot; erwartet, %3 erhalten</translation>
    </message>
</context>
<context>
    <name>Wk::RecordedAlertSource</name>
    <message>
        <location filename="../models/alerts/recordedalertsource.cpp" line="+16"/>
        <source>alert history</source>
        <translation>Alarmverlauf</translation>
    </message>
</context>
<context>
    <name>Wk::ReportWriter</name>
    <message>
        <location filename="../widgets/reportwriter.cpp" line="+47"/>
        <location line="+38"/>
        <source>%1 report</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>cannot write the report to %1</source>
        <translation>der Bericht kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Watchkeeper · %1 · page %2</source>
        <translation>Watchkeeper · %1 · Seite %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 to %2 (%3)%4 · audience: %5</source>
        <translation>%1 bis %2 (%3)%4 · Zielgruppe: %5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Key figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+5"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This dashboard has no key figures; its charts follow.</source>
        <translation>Dieses Dashboard hat keine Kennzahlen; es folgen seine Diagramme.</translation>
    </message>
</context>
<context>
    <name>Wk::RuleEvaluator</name>
    <message>
        <location filename="../models/alerts/ruleevaluator.cpp" line="+314"/>
        <source>the query engine does not answer template queries synchronously</source>
        <translation>die Abfrage-Engine beantwortet Vorlagenabfragen nicht synchron</translation>
    </message>
</context>
<context>
    <name>Wk::RuleLoader</name>
    <message>
        <location filename="../models/alerts/ruleloader.cpp" line="+61"/>
        <source>field %1 not found in %2</source>
        <translation>Feld %1 nicht gefunden in %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 must be a mapping of names to strings</source>
        <translation>%1 muss ein Mapping von Namen auf Zeichenketten sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 must be a string</source>
        <translation>%1 %2 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>group %1, rule %2: a rule must be a mapping</source>
        <translation>Gruppe %1, Regel %2: eine Regel muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>only one of &apos;record&apos; and &apos;alert&apos; must be set</source>
        <translation>nur eines von &apos;record&apos; und &apos;alert&apos; darf gesetzt sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one of &apos;record&apos; or &apos;alert&apos; must be set</source>
        <translation>&apos;record&apos; oder &apos;alert&apos; muss gesetzt sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>field &apos;expr&apos; must be set in rule</source>
        <translation>Feld &apos;expr&apos; muss in jeder Regel gesetzt sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>could not parse expression: %1:%2: parse error: %3</source>
        <translation>Ausdruck konnte nicht geparst werden: %1:%2: Syntaxfehler: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>invalid field &apos;for&apos; in recording rule</source>
        <translation>ungültiges Feld &apos;for&apos; in Aufzeichnungsregel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invalid field &apos;keep_firing_for&apos; in recording rule</source>
        <translation>ungültiges Feld &apos;keep_firing_for&apos; in Aufzeichnungsregel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invalid recording rule name: %1</source>
        <translation>ungültiger Name der Aufzeichnungsregel: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>labels</source>
        <translation>labels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid label name: %1</source>
        <translation>ungültiger Label-Name: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>label %1: %2</source>
        <translation>Label %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invalid field &apos;annotations&apos; in recording rule</source>
        <translation>ungültiges Feld &apos;annotations&apos; in Aufzeichnungsregel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>annotations</source>
        <translation>annotations</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>invalid annotation name: %1</source>
        <translation>ungültiger Annotationsname: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>annotation %1: %2</source>
        <translation>Annotation %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>cannot read the rule file: %1</source>
        <translation>die Regeldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>yaml: %1</source>
        <translation>yaml: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a rule file must be a mapping with a &quot;groups&quot; list</source>
        <translation>eine Regeldatei muss ein Mapping mit einer Liste &quot;groups&quot; sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rule file</source>
        <translation>Regeldatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;groups&quot; must be a list</source>
        <translation>&quot;groups&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a group must be a mapping</source>
        <translation>eine Gruppe muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a rule group</source>
        <translation>Regelgruppe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Groupname must not be empty</source>
        <translation>Gruppenname darf nicht leer sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>groupname: %1 is repeated in the same file</source>
        <translation>Gruppenname: %1 kommt in derselben Datei mehrfach vor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>group %1: </source>
        <translation>Gruppe %1: </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>limit must be a whole number, 0 or more</source>
        <translation>limit muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;rules&quot; must be a list</source>
        <translation>&quot;rules&quot; muss eine Liste sein</translation>
    </message>
</context>
<context>
    <name>Wk::ScreenshotTaker</name>
    <message>
        <location filename="../app/screenshot.cpp" line="+64"/>
        <source>watchkeeper: some panels have no data:</source>
        <translation>watchkeeper: einige Panels haben keine Daten:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>watchkeeper: cannot write screenshot %1</source>
        <translation>watchkeeper: Screenshot %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>screenshot written to %1</source>
        <translation>Screenshot nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>Wk::SeriesNotation</name>
    <message>
        <location filename="../models/promql/seriesnotation.cpp" line="+108"/>
        <source>native histogram notation is not supported</source>
        <translation>die Notation für native Histogramme wird nicht unterstützt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+27"/>
        <location line="+13"/>
        <source>expected a repetition count after &apos;x&apos;</source>
        <translation>Wiederholungsanzahl nach &apos;x&apos; erwartet</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+25"/>
        <location line="+13"/>
        <source>too many values</source>
        <translation>zu viele Werte</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>expected a number, &apos;_&apos; or &apos;stale&apos;</source>
        <translation>Zahl, &apos;_&apos; oder &apos;stale&apos; erwartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a number after &apos;%1&apos;</source>
        <translation>Zahl nach &apos;%1&apos; erwartet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected &apos;x&apos; and a repetition count</source>
        <translation>&apos;x&apos; und eine Wiederholungsanzahl erwartet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unexpected character &apos;%1&apos; in series values</source>
        <translation>unerwartetes Zeichen &apos;%1&apos; in den Werten der Zeitreihe</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>expected a label name, got %1</source>
        <translation>Label-Name erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected &apos;=&apos; after label name, got %1</source>
        <translation>&apos;=&apos; nach dem Label-Namen erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a quoted label value, got %1</source>
        <translation>Label-Wert in Anführungszeichen erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected &apos;,&apos; or &apos;}&apos;, got %1</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet, %1 erhalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected a metric name or &apos;{&apos;</source>
        <translation>Metrikname oder &apos;{&apos; erwartet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unexpected %1 after the series</source>
        <translation>unerwartetes %1 nach der Zeitreihe</translation>
    </message>
</context>
<context>
    <name>Wk::SeriesStore</name>
    <message>
        <location filename="../models/metrics/seriesstore.cpp" line="+572"/>
        <location line="+60"/>
        <source>no series with id %1</source>
        <translation>keine Zeitreihe mit der ID %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>%1: chunk %2..%3 overlaps data already held</source>
        <translation>%1: Chunk %2..%3 überschneidet sich mit bereits vorhandenen Daten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: bucket chunk %2..%3 overlaps data already held</source>
        <translation>%1: Bucket-Chunk %2..%3 überschneidet sich mit bereits vorhandenen Daten</translation>
    </message>
</context>
<context>
    <name>Wk::Session</name>
    <message>
        <location filename="../app/session.cpp" line="+140"/>
        <source>cannot start the simulated service on a loopback port</source>
        <translation>der simulierte Dienst kann auf keinem Loopback-Port gestartet werden</translation>
    </message>
</context>
<context>
    <name>Wk::SettingsAppearancePage</name>
    <message>
        <location filename="../app/settingsappearancepage.cpp" line="+46"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Desktop</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light, for a desk</source>
        <translation>Hell, für den Schreibtisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall</source>
        <translation>Wandanzeige</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark with large type, for a screen across the room</source>
        <translation>Dunkel mit großer Schrift, für einen Bildschirm am anderen Ende des Raums</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Applies at once to every window. A wall started with --wall always uses the wall theme.</source>
        <translation>Gilt sofort für alle Fenster. Eine mit --wall gestartete Wandanzeige verwendet immer das Wandanzeige-Design.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>System language (%1)</source>
        <translation>Systemsprache (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The window changes language at once. At the next start the command line&apos;s --lang wins over this choice.</source>
        <translation>Das Fenster wechselt die Sprache sofort. Beim nächsten Start hat die Option --lang der Befehlszeile Vorrang vor dieser Auswahl.</translation>
    </message>
</context>
<context>
    <name>Wk::SettingsChannelsPage</name>
    <message>
        <location filename="../app/settingschannelspage.cpp" line="+77"/>
        <source>&amp;Channels</source>
        <translation>&amp;Kanäle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notification channels</source>
        <translation>Benachrichtigungskanäle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add channel</source>
        <translation>Kanal &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected channel (Delete in the list)</source>
        <translation>Den ausgewählten Kanal entfernen (Entf in der Liste)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>T&amp;ype</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Severities</source>
        <translation>Schweregrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None ticked: every severity.</source>
        <translation>Keiner angehakt: jeder Schweregrad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Recipients</source>
        <translation>Em&amp;pfänger</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>comma-separated addresses or phone numbers</source>
        <translation>durch Kommas getrennte Adressen oder Telefonnummern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mail relay</source>
        <translation>&amp;Mail-Relay</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;From</source>
        <translation>&amp;Absender</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In a f&amp;ile</source>
        <translation>In einer &amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In an environment &amp;variable</source>
        <translation>In einer Umgebungs&amp;variable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Secret file</source>
        <translation>Geheimnisdatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment variable name</source>
        <translation>Name der Umgebungsvariable</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Webhook URLs, routing keys and tokens stay in the file or the variable; the workspace names where, never the secret.</source>
        <translation>Webhook-URLs, Routing-Keys und Tokens bleiben in der Datei oder der Variable; der Arbeitsbereich nennt nur den Ort, nie das Geheimnis.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the channel to the workspace (Ctrl+S)</source>
        <translation>Den Kanal in den Arbeitsbereich schreiben (Strg+S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rate limits, retries and the other keys of a channel stay as written in the workspace.</source>
        <translation>Ratenlimits, Wiederholungen und die übrigen Schlüssel eines Kanals bleiben so, wie sie im Arbeitsbereich stehen.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The demo notifies the desktop only. Open your own workspace to add channels.</source>
        <translation>Die Demo benachrichtigt nur den Desktop. Öffnen Sie Ihren eigenen Arbeitsbereich, um Kanäle hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Routing key</source>
        <translation>Routing-Key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway URL</source>
        <translation>Gateway-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>A new channel: name it, pick its type and where its secret is, then Apply.</source>
        <translation>Ein neuer Kanal: Geben Sie ihm einen Namen, wählen Sie seinen Typ und den Ort seines Geheimnisses und klicken Sie dann auf Übernehmen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The channel needs a name.</source>
        <translation>Der Kanal braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name the file the secret is in.</source>
        <translation>Geben Sie die Datei an, in der das Geheimnis liegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An environment variable name has letters, digits and _ only.</source>
        <translation>Der Name einer Umgebungsvariable besteht nur aus Buchstaben, Ziffern und _.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Saved; alerts use this channel from now on.</source>
        <translation>Gespeichert; Alarme verwenden ab jetzt diesen Kanal.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
</context>
<context>
    <name>Wk::SettingsTargetsPage</name>
    <message>
        <location filename="../app/settingstargetspage.cpp" line="+71"/>
        <source>&amp;Targets</source>
        <translation>&amp;Ziele</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add target</source>
        <translation>Ziel &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new target (Ctrl+N)</source>
        <translation>Ein neues Ziel (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected target from the workspace (Delete in the list)</source>
        <translation>Das ausgewählte Ziel aus dem Arbeitsbereich entfernen (Entf in der Liste)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Becomes the job label of every series of this target: letters, digits, _ . -</source>
        <translation>Wird zum job-Label jeder Zeitreihe dieses Ziels: Buchstaben, Ziffern, _ . -</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health endpoint (JSON)</source>
        <translation>Zustands-Endpunkt (JSON)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metrics page (Prometheus)</source>
        <translation>Metrikseite (Prometheus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Time between two polls (the guide: health every 30 s)</source>
        <translation>Zeit zwischen zwei Abfragen (laut Leitfaden: Zustand alle 30 s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Interval</source>
        <translation>&amp;Intervall</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A poll that takes longer fails; at most the interval</source>
        <translation>Eine Abfrage, die länger dauert, schlägt fehl; höchstens das Intervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time&amp;out</source>
        <translation>&amp;Zeitüberschreitung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No&amp;ne</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token in a &amp;file</source>
        <translation>Token in einer &amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Token in an &amp;environment variable</source>
        <translation>Token in einer Umgebungs&amp;variable</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+95"/>
        <source>Token file</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <location line="-94"/>
        <location line="+24"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Choose the token file</source>
        <translation>Token-Datei auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment variable name</source>
        <translation>Name der Umgebungsvariable</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent as a bearer token, read at each poll. The workspace keeps the file&apos;s path or the variable&apos;s name, never the token.</source>
        <translation>Wird als Bearer-Token gesendet und bei jeder Abfrage gelesen. Der Arbeitsbereich speichert den Pfad der Datei oder den Namen der Variable, nie das Token.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TLS (https)</source>
        <translation>TLS (https)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the system&apos;s certificate authorities</source>
        <translation>die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the CA file</source>
        <translation>CA-Datei auswählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA file</source>
        <translation>&amp;CA-Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Skip certificate verification</source>
        <translation>Zertifikatsprüfung übers&amp;pringen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificates will not be checked: anyone on the way to the service can pose as it and read the token. Use this only for testing.</source>
        <translation>Zertifikate werden nicht geprüft: Jeder auf dem Weg zum Dienst kann sich als dieser ausgeben und das Token mitlesen. Verwenden Sie dies nur zum Testen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fetch the URL once with these settings (Ctrl+T)</source>
        <translation>Die URL einmal mit diesen Einstellungen abrufen (Strg+T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the target to the workspace and poll it from now on (Ctrl+S)</source>
        <translation>Das Ziel in den Arbeitsbereich schreiben und ab jetzt abfragen (Strg+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the changes in the form</source>
        <translation>Die Änderungen im Formular verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo removal</source>
        <translation>Entfernen rück&amp;gängig</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Certificate authority file</source>
        <translation>Datei der Zertifizierungsstelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Changes are written to %1; its comments stay as they are.</source>
        <translation>Änderungen werden in %1 geschrieben; die Kommentare darin bleiben unverändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo&apos;s targets are built in. Open your own workspace (the welcome page, or watchkeeper --workspace FILE) to edit targets here.</source>
        <translation>Die Ziele der Demo sind fest eingebaut. Öffnen Sie Ihren eigenen Arbeitsbereich (über die Willkommensseite oder mit watchkeeper --workspace FILE), um hier Ziele zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1, %2 target at %3</source>
        <translation>%1, %2-Ziel unter %3</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>A new target: fill in its name and URL, then Apply.</source>
        <translation>Ein neues Ziel: Geben Sie Namen und URL ein und klicken Sie dann auf Übernehmen.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>The target needs a name.</source>
        <translation>Das Ziel braucht einen Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Enter the URL, for example https://service.example.com/api/health.</source>
        <translation>Geben Sie die URL ein, zum Beispiel https://service.example.com/api/health.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the file the token is in.</source>
        <translation>Wählen Sie die Datei, in der das Token liegt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>An environment variable name has letters, digits and _ only, like SERVICE_TOKEN.</source>
        <translation>Der Name einer Umgebungsvariable besteht nur aus Buchstaben, Ziffern und _, etwa SERVICE_TOKEN.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Saved; %1 is polled with these settings from now on.</source>
        <translation>Gespeichert; %1 wird ab jetzt mit diesen Einstellungen abgefragt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No change to save.</source>
        <translation>Keine Änderung zu speichern.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Removed %1 from the workspace; Undo removal puts it back.</source>
        <translation>%1 wurde aus dem Arbeitsbereich entfernt; „Entfernen rückgängig“ stellt es wieder her.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The target is back.</source>
        <translation>Das Ziel ist wieder da.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
</context>
<context>
    <name>Wk::SettingsThemePreview</name>
    <message>
        <location filename="../app/settingsthemepreview.cpp" line="+61"/>
        <source>Requests / s</source>
        <translation>Anfragen / s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Error rate</source>
        <translation>Fehlerquote</translation>
    </message>
</context>
<context>
    <name>Wk::SettingsUserPage</name>
    <message>
        <location filename="../app/settingsuserpage.cpp" line="+40"/>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Your name</source>
        <translation>&amp;Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Written on acknowledgements, silences and incident timelines. Empty: your login name.</source>
        <translation>Wird bei Bestätigungen, Stummschaltungen und Zeitleisten von Vorfällen eingetragen. Leer: Ihr Anmeldename.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hold back popups and sounds during quiet hours</source>
        <translation>&amp;Popups und Töne während der Ruhezeiten zurückhalten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>t&amp;o</source>
        <translation>&amp;bis</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Critical alerts still pop up and sound; the tray badge always counts. The span may cross midnight.</source>
        <translation>Kritische Alarme erscheinen und ertönen weiterhin; das Symbol im Infobereich zählt immer mit. Der Zeitraum darf über Mitternacht reichen.</translation>
    </message>
</context>
<context>
    <name>Wk::SettingsWindow</name>
    <message>
        <location filename="../app/settingswindow.cpp" line="+30"/>
        <source>Settings — Watchkeeper</source>
        <translation>Einstellungen — Watchkeeper</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
</context>
<context>
    <name>Wk::Silence</name>
    <message>
        <location filename="../models/alerts/silence.cpp" line="+26"/>
        <source>a silence needs at least one matcher</source>
        <translation>eine Stummschaltung braucht mindestens einen Matcher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matcher %1: %2</source>
        <translation>Matcher %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>matcher %1: &quot;%2&quot; is not a label name</source>
        <translation>Matcher %1: &quot;%2&quot; ist kein Label-Name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>at least one matcher must not match the empty string, or the silence would mute every alert</source>
        <translation>mindestens ein Matcher darf nicht auf die leere Zeichenkette passen, sonst würde die Stummschaltung jeden Alarm stummschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the silence must end after it starts</source>
        <translation>die Stummschaltung muss nach ihrem Beginn enden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the end time must not be in the past</source>
        <translation>die Endzeit darf nicht in der Vergangenheit liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a silence needs its creator&apos;s name</source>
        <translation>eine Stummschaltung braucht den Namen ihres Erstellers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a silence needs a comment: say why these alerts are suppressed (the monitoring guide requires documentation for every suppression)</source>
        <translation>eine Stummschaltung braucht einen Kommentar: Geben Sie an, warum diese Alarme unterdrückt werden (der Monitoring-Leitfaden verlangt eine Dokumentation für jede Unterdrückung)</translation>
    </message>
</context>
<context>
    <name>Wk::SilenceDialog</name>
    <message>
        <location filename="../widgets/silencedialog.cpp" line="+53"/>
        <source>A comment is required: say why (the guide requires documentation for every suppression)</source>
        <translation>Ein Kommentar ist erforderlich: Geben Sie den Grund an (der Leitfaden verlangt eine Dokumentation für jede Unterdrückung)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+163"/>
        <source>New silence</source>
        <translation>Neue Stummschaltung</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Alerts whose labels match every matcher:</source>
        <translation>Alarme, deren Labels auf jeden Matcher passen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching alerts</source>
        <translation>Passende Alarme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Now</source>
        <translation>&amp;Jetzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;t</source>
        <translation>&amp;Um</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start time</source>
        <translation>Startzeit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Starts:</source>
        <translation>Beginnt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;For</source>
        <translation>&amp;Für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. 90m, 6h, 3d</source>
        <translation>z. B. 90m, 6h, 3d</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom duration</source>
        <translation>Benutzerdefinierte Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Until</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End time</source>
        <translation>Endzeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ends:</source>
        <translation>Endet:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created &amp;by:</source>
        <translation>Erstellt &amp;von:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why are these alerts suppressed? A ticket, a change, a known cause.</source>
        <translation>Warum werden diese Alarme unterdrückt? Ein Ticket, eine Änderung, eine bekannte Ursache.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comment required</source>
        <translation>Kommentar erforderlich</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ctrl+Enter saves.</source>
        <translation>Strg+Eingabe speichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save silence</source>
        <translation>Stummschaltung speichern</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Edit silence</source>
        <translation>Stummschaltung bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Editing silence %1. Changing the matchers or the start of an active silence expires it and creates a new one, as Alertmanager does.</source>
        <translation>Stummschaltung %1 wird bearbeitet. Wenn Sie die Matcher oder den Beginn einer aktiven Stummschaltung ändern, läuft sie ab und eine neue wird erstellt, wie bei Alertmanager.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suppress notifications for matching alerts. They stay on the alerts page, marked as silenced.</source>
        <translation>Benachrichtigungen für passende Alarme unterdrücken. Sie bleiben auf der Alarmseite und werden als stummgeschaltet markiert.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Add a matcher to see which alerts it matches.</source>
        <translation>Fügen Sie einen Matcher hinzu, um zu sehen, auf welche Alarme er passt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matches no alert now</source>
        <translation>Passt derzeit auf keinen Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches 1 alert now</source>
        <translation>Passt derzeit auf 1 Alarm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matches %1 alerts now</source>
        <translation>Passt derzeit auf %1 Alarme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the duration &quot;%1&quot; is not one; write it as 90m, 6h or 3d</source>
        <translation>&quot;%1&quot; ist keine gültige Dauer; schreiben Sie sie als 90m, 6h oder 3d</translation>
    </message>
</context>
<context>
    <name>Wk::SilenceListProxy</name>
    <message>
        <location filename="../widgets/silencelistproxy.cpp" line="+68"/>
        <source>matches 1 alert now</source>
        <translation>passt derzeit auf 1 Alarm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>matches %1 alerts now</source>
        <translation>passt derzeit auf %1 Alarme</translation>
    </message>
</context>
<context>
    <name>Wk::SilencesModel</name>
    <message>
        <location filename="../models/alerts/silencesmodel.cpp" line="+232"/>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active, expires within 5 minutes</source>
        <translation>aktiv, läuft innerhalb von 5 Minuten ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>matches no alert now</source>
        <translation>passt derzeit auf keinen Alarm</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n alert(s)</source>
        <translation>
            <numerusform>%n Alarm</numerusform>
            <numerusform>%n Alarme</numerusform>
        </translation>
    </message>
    <message>
        <location line="+47"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matchers</source>
        <translation>Matcher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matching alerts</source>
        <translation>Passende Alarme</translation>
    </message>
</context>
<context>
    <name>Wk::SilencesPage</name>
    <message>
        <location filename="../widgets/silencespage.cpp" line="+29"/>
        <source>Silences</source>
        <translation>Stummschaltungen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New silence…</source>
        <translation>Neue Stummschaltung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a silence</source>
        <translation>Eine Stummschaltung erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected silence</source>
        <translation>Die ausgewählte Stummschaltung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expire early…</source>
        <translation>Vorzeitig beenden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the selected silence now, with a reason</source>
        <translation>Die ausgewählte Stummschaltung jetzt beenden, mit Begründung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Active only</source>
        <translation>Nur &amp;aktive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide pending and expired silences</source>
        <translation>Ausstehende und abgelaufene Stummschaltungen ausblenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show ac&amp;knowledgements</source>
        <translation>&amp;Bestätigungen anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also list the ACK! silences that carry acknowledgements in Alertmanager</source>
        <translation>Auch die ACK!-Stummschaltungen auflisten, die in Alertmanager Bestätigungen tragen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Silence list</source>
        <translation>Liste der Stummschaltungen</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Select a silence to edit.</source>
        <translation>Wählen Sie eine Stummschaltung zum Bearbeiten aus.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Select a silence to expire.</source>
        <translation>Wählen Sie eine Stummschaltung zum Beenden aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This silence has already expired.</source>
        <translation>Diese Stummschaltung ist bereits abgelaufen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Expire silence</source>
        <translation>Stummschaltung beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End this silence now instead of at %1?
%2
made by %3: %4</source>
        <translation>Diese Stummschaltung jetzt statt um %1 beenden?
%2
erstellt von %3: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expire now</source>
        <translation>Jetzt beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the silence store is gone</source>
        <translation>der Speicher der Stummschaltungen ist nicht mehr verfügbar</translation>
    </message>
</context>
<context>
    <name>Wk::SlaStatus</name>
    <message>
        <location filename="../models/incidents/slastatus.cpp" line="+58"/>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DUE SOON</source>
        <translation>BALD FÄLLIG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BREACHED</source>
        <translation>ÜBERSCHRITTEN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>met</source>
        <translation>eingehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 %2 left</source>
        <translation>%1: noch %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 %3 left</source>
        <translation>%1 %2: noch %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2 %3 over</source>
        <translation>%1 %2 um %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 met in %2</source>
        <translation>%1 eingehalten in %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 missed by %2</source>
        <translation>%1 um %2 verfehlt</translation>
    </message>
</context>
<context>
    <name>Wk::StatTile</name>
    <message>
        <location filename="../widgets/stattile.cpp" line="+131"/>
        <location line="+160"/>
        <source>data %1 old</source>
        <translation>Daten %1 alt</translation>
    </message>
</context>
<context>
    <name>Wk::StatusGridView</name>
    <message>
        <location filename="../widgets/statusgridview.cpp" line="+27"/>
        <source>Health checks</source>
        <translation>Zustandsprüfungen</translation>
    </message>
</context>
<context>
    <name>Wk::StatusTileDelegate</name>
    <message>
        <location filename="../widgets/statustiledelegate.cpp" line="+79"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+96"/>
        <source>poll failed: %1</source>
        <translation>Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-92"/>
        <location line="+106"/>
        <source>updated %1</source>
        <translation>aktualisiert %1</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+106"/>
        <source>stale</source>
        <translation>veraltet</translation>
    </message>
</context>
<context>
    <name>Wk::TemplateFunctions</name>
    <message>
        <location filename="../models/alerts/templatefunctions.cpp" line="+409"/>
        <source>queries are not available in this template</source>
        <translation>in dieser Vorlage sind keine Abfragen verfügbar</translation>
    </message>
</context>
<context>
    <name>Wk::TimeSeriesChart</name>
    <message>
        <location filename="../widgets/timeserieschart.cpp" line="+821"/>
        <location line="+429"/>
        <source>series %1</source>
        <translation>Zeitreihe %1</translation>
    </message>
    <message>
        <location line="-424"/>
        <source>%1
Click to show or hide this series.</source>
        <translation>%1
Klicken Sie, um diese Zeitreihe ein- oder auszublenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Series %1</source>
        <translation>Zeitreihe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows or hides the series on the chart</source>
        <translation>Blendet die Zeitreihe im Diagramm ein oder aus</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+403"/>
        <source>+%1 more</source>
        <translation>+%1 weitere</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>target %1</source>
        <translation>Zielwert %1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Query failed: %1</source>
        <translation>Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+178"/>
        <location line="+82"/>
        <source>Time series chart</source>
        <translation>Zeitreihendiagramm</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>data %1 old</source>
        <translation>Daten %1 alt</translation>
    </message>
</context>
<context>
    <name>Wk::TimelineEntry</name>
    <message>
        <location filename="../models/incidents/timelineentry.cpp" line="+69"/>
        <source>Opened</source>
        <translation>Eröffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Acknowledged</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert firing</source>
        <translation>Alarm ausgelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert resolved</source>
        <translation>Alarm behoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SLA breach</source>
        <translation>SLA überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commander</source>
        <translation>Einsatzleitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assignees</source>
        <translation>Bearbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action item</source>
        <translation>Maßnahme</translation>
    </message>
</context>
<context>
    <name>Wk::Translation</name>
    <message>
        <location filename="../app/translation.cpp" line="+90"/>
        <source>no translation for &quot;%1&quot;; available: %2</source>
        <translation>keine Übersetzung für &quot;%1&quot;; verfügbar: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>--lang needs a language code, e.g. de</source>
        <translation>--lang braucht einen Sprachcode, z. B. de</translation>
    </message>
</context>
<context>
    <name>Wk::Units</name>
    <message>
        <location filename="../widgets/units.cpp" line="+130"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> d</source>
        <translation> d</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>k req/s</source>
        <translation>k req/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M req/s</source>
        <translation>M req/s</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+10"/>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>B</source>
        <translation>Mrd.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
</context>
<context>
    <name>Wk::UserConfig</name>
    <message>
        <location filename="../models/config/userconfig.cpp" line="+163"/>
        <source>cannot write the user settings: permission denied or no space left</source>
        <translation>die Benutzereinstellungen können nicht geschrieben werden: keine Berechtigung oder kein Speicherplatz frei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the user settings file is not a valid INI file</source>
        <translation>die Datei der Benutzereinstellungen ist keine gültige INI-Datei</translation>
    </message>
</context>
<context>
    <name>Wk::WallDisplay</name>
    <message>
        <location filename="../app/walldisplay.cpp" line="+46"/>
        <source>Watchkeeper wall</source>
        <translation>Watchkeeper-Wandanzeige</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1  ·  %2 of %3</source>
        <translation>%1  ·  %2 von %3</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>updated %1 ago</source>
        <translation>vor %1 aktualisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for data</source>
        <translation>warte auf Daten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> — showing the last data, from %1</source>
        <translation> — die letzten Daten von %1 werden angezeigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>⚠ Connection lost  %1%2</source>
        <translation>⚠ Verbindung verloren  %1%2</translation>
    </message>
</context>
<context>
    <name>Wk::Workspace</name>
    <message>
        <location filename="../models/config/workspace.cpp" line="+54"/>
        <source>%1 must be a mapping</source>
        <translation>%1 muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown key &quot;%1&quot; in %2 (allowed: %3)</source>
        <translation>unbekannter Schlüssel &quot;%1&quot; in %2 (erlaubt: %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 must be a single value</source>
        <translation>%1 muss ein einzelner Wert sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 must be greater than zero</source>
        <translation>%1 muss größer als null sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a size (examples: 512KiB, 10MiB)</source>
        <translation>%1: &quot;%2&quot; ist keine Größe (Beispiele: 512KiB, 10MiB)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not an http:// or https:// URL</source>
        <translation>%1: &quot;%2&quot; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>a target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a target needs a name and a url</source>
        <translation>ein Ziel braucht name und url</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>target name &quot;%1&quot; may use letters, digits, _ . - only</source>
        <translation>Zielname &quot;%1&quot; darf nur Buchstaben, Ziffern, _ . - enthalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kind must be health or metrics, not &quot;%1&quot;</source>
        <translation>kind muss health oder metrics sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>interval</source>
        <translation>interval</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+37"/>
        <source>timeout</source>
        <translation>timeout</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>timeout must not be longer than the interval</source>
        <translation>timeout darf nicht länger als interval sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>instance</source>
        <translation>instance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>max_body_size</source>
        <translation>max_body_size</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>labels must be a mapping of name: value</source>
        <translation>labels muss ein Mapping aus name: value sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a label value</source>
        <translation>Label-Wert</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>tls</source>
        <translation>tls</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ca_file</source>
        <translation>ca_file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>insecure_skip_verify</source>
        <translation>insecure_skip_verify</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credentials_file</source>
        <translation>credentials_file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bearer_token must be an environment reference like ${TOKEN}; put secrets in credentials_file or the environment</source>
        <translation>bearer_token muss ein Verweis auf eine Umgebungsvariable wie ${TOKEN} sein; legen Sie Geheimnisse in credentials_file oder in der Umgebung ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>bearer_token</source>
        <translation>bearer_token</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>prometheus needs a url</source>
        <translation>prometheus braucht eine url</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>incidents</source>
        <translation>incidents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>open_for must be a mapping of alert severity to P1, P2, P3 or P4</source>
        <translation>open_for muss eine Zuordnung von Alarmschweregrad zu P1, P2, P3 oder P4 sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an alert severity</source>
        <translation>Alarmschweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an incident severity</source>
        <translation>Vorfallschweregrad</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>open_for: &quot;%1&quot; for %2 is not P1, P2, P3 or P4</source>
        <translation>open_for: &quot;%1&quot; für %2 ist nicht P1, P2, P3 oder P4</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>environment variable %1 is not set</source>
        <translation>Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read workspace: %1</source>
        <translation>Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the workspace is empty; it needs at least a targets: list</source>
        <translation>der Arbeitsbereich ist leer; er braucht mindestens eine targets:-Liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>targets must be a list</source>
        <translation>targets muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a target named &quot;%1&quot; is defined twice; names must be unique</source>
        <translation>ein Ziel namens &quot;%1&quot; ist doppelt definiert; Namen müssen eindeutig sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>database</source>
        <translation>database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rule_files must be a list of paths</source>
        <translation>rule_files muss eine Liste von Pfaden sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a rule file</source>
        <translation>Regeldatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dashboards</source>
        <translation>dashboards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>alertmanager</source>
        <translation>alertmanager</translation>
    </message>
    <message>
        <location line="-163"/>
        <location line="+4"/>
        <source>prometheus</source>
        <translation>prometheus</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>displays must be a list</source>
        <translation>displays muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a display</source>
        <translation>Anzeige</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>screen</source>
        <translation>screen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>screen must be a screen number from 0</source>
        <translation>screen muss eine Bildschirmnummer ab 0 sein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>dashboards must be a list of dashboard ids</source>
        <translation>dashboards muss eine Liste von Dashboard-IDs sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a dashboard id</source>
        <translation>Dashboard-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rotate</source>
        <translation>rotate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dim_at_night</source>
        <translation>dim_at_night</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>night</source>
        <translation>night</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>night must be hours like 22-6</source>
        <translation>night muss Stunden wie 22-6 angeben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>CloudGreet (simulated)</source>
        <translation>CloudGreet (simuliert)</translation>
    </message>
</context>
<context>
    <name>Wk::WorkspaceWriter</name>
    <message>
        <location filename="../models/config/workspacewriter.cpp" line="+427"/>
        <source>the workspace must be a mapping of keys (title:, targets:, ...)</source>
        <translation>der Arbeitsbereich muss ein Mapping von Schlüsseln sein (title:, targets:, ...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the workspace is written as one flow mapping ({...}); Watchkeeper edits block-style files only, so change it by hand</source>
        <translation>der Arbeitsbereich ist als ein einziges Flow-Mapping ({...}) geschrieben; Watchkeeper bearbeitet nur Dateien im Block-Stil, ändern Sie ihn daher von Hand</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>%1 must be a list</source>
        <translation>%1 muss eine Liste sein</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 already has an item named &quot;%2&quot;</source>
        <translation>%1 hat bereits einen Eintrag namens &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+40"/>
        <source>%1 has no item named &quot;%2&quot;</source>
        <translation>%1 hat keinen Eintrag namens &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+272"/>
        <location line="+29"/>
        <source>cannot find the end of this item</source>
        <translation>das Ende dieses Eintrags wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="-243"/>
        <source>%1 must be a mapping</source>
        <translation>%1 muss ein Mapping sein</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is written in flow style ({...}); Watchkeeper edits block-style mappings only, so change it by hand</source>
        <translation>&quot;%1&quot; ist im Flow-Stil ({...}) geschrieben; Watchkeeper bearbeitet nur Mappings im Block-Stil, ändern Sie es daher von Hand</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>cannot find the end of this list</source>
        <translation>das Ende dieser Liste wurde nicht gefunden</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>cannot add keys to an item whose keys are all removed</source>
        <translation>einem Eintrag, dessen Schlüssel alle entfernt wurden, können keine Schlüssel hinzugefügt werden</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>cannot read workspace: %1</source>
        <translation>Arbeitsbereich kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+86"/>
        <source>the change was not made, the result would not load: %1</source>
        <translation>die Änderung wurde nicht vorgenommen, das Ergebnis ließe sich nicht laden: %1</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>bearer_token must be an environment reference like ${TOKEN}; the token itself is never written to the workspace</source>
        <translation>bearer_token muss ein Verweis auf eine Umgebungsvariable wie ${TOKEN} sein; das Token selbst wird nie in den Arbeitsbereich geschrieben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the workspace has no target named &quot;%1&quot;</source>
        <translation>der Arbeitsbereich hat kein Ziel namens &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+72"/>
        <source>a target named &quot;%1&quot; exists already</source>
        <translation>ein Ziel namens &quot;%1&quot; existiert bereits</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>the target &quot;%1&quot; did not read back</source>
        <translation>das Ziel &quot;%1&quot; ließ sich nicht zurücklesen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the target &quot;%1&quot; would not read back as entered (%2)</source>
        <translation>das Ziel &quot;%1&quot; ließe sich nicht wie eingegeben zurücklesen (%2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+13"/>
        <source>no key given</source>
        <translation>kein Schlüssel angegeben</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a list item needs a list and a name</source>
        <translation>ein Listeneintrag braucht eine Liste und einen Namen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the workspace has no file to save to</source>
        <translation>der Arbeitsbereich hat keine Datei zum Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not saved, the workspace would not load: %1</source>
        <translation>nicht gespeichert, der Arbeitsbereich ließe sich nicht laden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>cannot write workspace: %1</source>
        <translation>Arbeitsbereich kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Wk::XorChunk</name>
    <message>
        <location filename="../models/metrics/xorchunk.cpp" line="+93"/>
        <source>invalid sample chunk: %1</source>
        <translation>ungültiger Messwert-Chunk: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown format or bad sample count</source>
        <translation>unbekanntes Format oder falsche Anzahl an Messwerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no samples</source>
        <translation>keine Messwerte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>truncated or corrupt bit stream</source>
        <translation>abgeschnittener oder beschädigter Bitstrom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>timestamps out of order</source>
        <translation>Zeitstempel nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>trailing bytes after the last sample</source>
        <translation>überzählige Bytes nach dem letzten Messwert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+81"/>
        <source>Operations console: service health, metrics, alerts and incidents.

Subcommands: %1
  watchkeeper report --dashboard ID --range 7d --pdf FILE   write a dashboard as a PDF report</source>
        <translation>Betriebskonsole: Dienstzustand, Metriken, Alarme und Vorfälle.

Unterbefehle: %1
  watchkeeper report --dashboard ID --range 7d --pdf FILE   ein Dashboard als PDF-Bericht schreiben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run against the built-in simulated service.</source>
        <translation>Mit dem eingebauten simulierten Dienst ausführen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Workspace file (YAML) with targets, rules, database.</source>
        <translation>Arbeitsbereichsdatei (YAML) mit Zielen, Regeln, Datenbank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render offscreen once data has arrived, write the PNG and exit.</source>
        <translation>Sobald Daten eingetroffen sind, einmal im Hintergrund rendern, die PNG-Datei schreiben und beenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dashboard to show first (executive, engineering, business, operations).</source>
        <translation>Zuerst anzuzeigendes Dashboard (executive, engineering, business, operations).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Seed of the simulated service (demo).</source>
        <translation>Startwert (Seed) des simulierten Dienstes (Demo).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window size for screenshots, WIDTHxHEIGHT.</source>
        <translation>Fenstergröße für Screenshots, BREITExHÖHE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NOC wall mode: fullscreen, dark, rotating dashboards, no dialogs.</source>
        <translation>NOC-Wandanzeige-Modus: Vollbild, dunkel, wechselnde Dashboards, keine Dialoge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wall: the screen to use (from 0).</source>
        <translation>Wandanzeige: der zu verwendende Bildschirm (ab 0).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wall: time per dashboard, e.g. 30s.</source>
        <translation>Wandanzeige: Zeit pro Dashboard, z. B. 30s.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of the program (de, en, es); the system locale&apos;s by default.</source>
        <translation>Sprache des Programms (de, en, es); standardmäßig die des Systemgebietsschemas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>watchkeeper: already running; its window was raised</source>
        <translation>watchkeeper: läuft bereits; sein Fenster wurde in den Vordergrund geholt</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>watchkeeper: give --demo or --workspace FILE (see --help)</source>
        <translation>watchkeeper: geben Sie --demo oder --workspace FILE an (siehe --help)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>watchkeeper: no dashboard named &quot;%1&quot;</source>
        <translation>watchkeeper: kein Dashboard namens &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../app/reportcommand.cpp" line="+33"/>
        <source>Write a dashboard as a PDF report.</source>
        <translation>Ein Dashboard als PDF-Bericht schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dashboard id.</source>
        <translation>Dashboard-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time range, e.g. 7d.</source>
        <translation>Zeitraum, z. B. 7d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report on the simulated service.</source>
        <translation>Bericht über den simulierten Dienst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Workspace file.</source>
        <translation>Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language of the report.</source>
        <translation>Sprache des Berichts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+70"/>
        <source>report written to %1 (%n page(s))</source>
        <translation>
            <numerusform>Bericht nach %1 geschrieben (%n Seite)</numerusform>
            <numerusform>Bericht nach %1 geschrieben (%n Seiten)</numerusform>
        </translation>
    </message>
</context>
</TS>
